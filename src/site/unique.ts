let counter = 0;

/** An id unique within the build (hence within a page), for aria-describedby and label pairs. */
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

/**
 * Narrowing strings to the unions they belong to, without casts at the call sites: `Object.keys` and
 * `Array.prototype.includes` speak of plain strings, so the two casts that bridge them live here, once.
 */

/** The keys present in a record, typed by its key union. */
export function keysOf<K extends string>(record: Readonly<Partial<Record<K, unknown>>>): K[] {
  return Object.keys(record) as K[];
}

/** Narrows a string to one of `values` (a select's value, a saved letter, an event field) to their union. */
export function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

import type { ScormVersion } from '../tracking-port';

/**
 * The versions to look for, in order: `?scorm=1.2` or `?scorm=2004` first when given, then the order the
 * packager wrote on the root element (the 1.2 package prefers 1.2, the 2004 package 2004).
 */
export function versionOrder(query: string | null, written: string | undefined): ScormVersion[] {
  const order: ScormVersion[] = [];
  for (const token of [query ?? '', ...(written ?? '2004 1.2').split(/[\s,]+/)]) {
    if ((token === '1.2' || token === '2004') && !order.includes(token)) order.push(token);
  }
  for (const version of ['2004', '1.2'] as const) if (!order.includes(version)) order.push(version);
  return order;
}

/**
 * Short, stable keys for tracked ids in the saved learner record.
 *
 * suspend_data is a budget (4,096 characters in SCORM 1.2), so the record stores each id as a 5-character
 * hash rather than its full text. Hashing (rather than numbering by position) keeps saved progress valid
 * when lessons are reordered; the content check fails the build if two tracked ids ever share a key.
 */
export function shortKey(id: string): string {
  // FNV-1a, 32 bits: tiny, well distributed for short ASCII ids.
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0').slice(-5);
}

/** Pairs of ids that would share a key, for the build-time check. */
export function keyCollisions(ids: readonly string[]): Array<[string, string]> {
  const seen = new Map<string, string>();
  const collisions: Array<[string, string]> = [];
  for (const id of new Set(ids)) {
    const key = shortKey(id);
    const other = seen.get(key);
    if (other !== undefined) collisions.push([other, id]);
    else seen.set(key, id);
  }
  return collisions;
}

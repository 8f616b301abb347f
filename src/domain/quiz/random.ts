/**
 * Seeded randomness. Draws and shuffles depend only on a seed stored with the attempt, so a reload (or a
 * replay in a test) gives the same questions in the same order with the same option order.
 *
 * The generator must never change once learners have stored seeds: a unit test pins its first outputs.
 */

/** A source of numbers in [0, 1). */
export type Random = () => number;

/** mulberry32: a small, fast 32-bit generator, good enough for shuffling quiz questions. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a string, as an unsigned 32-bit integer. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * A seed for one purpose derived from the attempt's seed and a label (a question id, `draw`…). Keying by a
 * stable id rather than a position keeps a question's option order the same wherever it lands in the draw.
 */
export function deriveSeed(seed: number, label: string): number {
  // murmur3's finaliser spreads the bits so nearby seeds give unrelated streams.
  let h = (hashString(label) ^ (seed >>> 0)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** A random integer in [0, max). */
export function randomInt(random: Random, max: number): number {
  return Math.floor(random() * max);
}

/** Fisher–Yates shuffle; returns a new array and leaves the argument untouched. */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = randomInt(random, i + 1);
    const a = result[i] as T;
    result[i] = result[j] as T;
    result[j] = a;
  }
  return result;
}

/** Shuffle from a seed: the same seed always gives the same order. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  return shuffle(items, mulberry32(seed));
}

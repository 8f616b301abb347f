/**
 * Seeded randomness: mulberry32, a 32-bit generator small enough to keep its whole state in the world.
 *
 * The simulator never calls Math.random(): activation tokens and two-factor codes are drawn from the
 * world's own state, so the same seed and the same events always give the same codes (saves, tests and
 * trainer demos agree).
 */

/** Draws one number in [0, 1) from `state`; returns it with the next state. */
export function mulberry32(state: number): { value: number; state: number } {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return { value: ((t ^ (t >>> 14)) >>> 0) / 4294967296, state: next };
}

/** Draws `length` characters from `alphabet`; returns them with the next state. */
export function drawString(state: number, alphabet: string, length: number): { value: string; state: number } {
  let current = state;
  let value = '';
  for (let i = 0; i < length; i++) {
    const draw = mulberry32(current);
    current = draw.state;
    value += alphabet[Math.floor(draw.value * alphabet.length)] ?? '';
  }
  return { value, state: current };
}

/** Turns any seed (a number or a word such as a scenario id) into a 32-bit state (FNV-1a for strings). */
export function seedState(seed: number | string): number {
  if (typeof seed === 'number') return seed >>> 0;
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

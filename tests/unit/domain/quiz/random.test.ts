import { describe, expect, it } from 'vitest';
import { deriveSeed, hashString, mulberry32, randomInt, seededShuffle, shuffle } from '../../../../src/domain/quiz/random';

describe('mulberry32', () => {
  it('keeps giving the same numbers for a seed, so stored seeds stay valid', () => {
    const random = mulberry32(42);
    expect([random(), random(), random()]).toMatchInlineSnapshot(`
      [
        0.6011037519201636,
        0.44829055899754167,
        0.8524657934904099,
      ]
    `);
  });
  it('gives numbers in [0, 1) and different streams for different seeds', () => {
    const a = mulberry32(1);
    const b = mulberry32(2);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(b()).not.toBe(mulberry32(1)());
  });
});

describe('deriveSeed', () => {
  it('is a stable unsigned 32-bit value that depends on both seed and label', () => {
    expect(deriveSeed(7, 'q-a')).toBe(deriveSeed(7, 'q-a'));
    expect(deriveSeed(7, 'q-a')).not.toBe(deriveSeed(7, 'q-b'));
    expect(deriveSeed(7, 'q-a')).not.toBe(deriveSeed(8, 'q-a'));
    expect(deriveSeed(7, 'q-a')).toBeGreaterThanOrEqual(0);
    expect(deriveSeed(7, 'q-a')).toBeLessThan(2 ** 32);
    expect(hashString('')).toBe(0x811c9dc5);
  });
});

describe('shuffle', () => {
  it('returns a permutation and leaves the argument untouched', () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const result = shuffle(items, mulberry32(3));
    expect([...result].sort((a, b) => a - b)).toEqual(items);
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
  it('gives the same order for the same seed and another for another seed', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    expect(seededShuffle(items, 99)).toEqual(seededShuffle(items, 99));
    expect(seededShuffle(items, 99)).not.toEqual(seededShuffle(items, 100));
  });
  it('puts each item first about as often as the others', () => {
    const counts = [0, 0, 0, 0];
    for (let seed = 0; seed < 4000; seed++) counts[seededShuffle([0, 1, 2, 3], seed)[0] ?? 0]! += 1;
    for (const count of counts) expect(count).toBeGreaterThan(850);
  });
  it('picks integers below the bound', () => {
    const random = mulberry32(5);
    const ints = Array.from({ length: 200 }, () => randomInt(random, 3));
    expect(new Set(ints)).toEqual(new Set([0, 1, 2]));
  });
});

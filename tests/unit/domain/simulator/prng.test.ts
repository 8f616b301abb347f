import { describe, expect, it } from 'vitest';
import { drawString, mulberry32, seedState } from '../../../../src/domain/simulator/prng';

describe('seeded randomness', () => {
  it('gives the same draws for the same state, in [0, 1)', () => {
    const a = mulberry32(42);
    expect(mulberry32(42)).toEqual(a);
    expect(a.value).toBeGreaterThanOrEqual(0);
    expect(a.value).toBeLessThan(1);
    expect(mulberry32(a.state).value).not.toBe(a.value);
  });
  it('draws strings from an alphabet and turns words into seeds', () => {
    const code = drawString(7, '0123456789', 6);
    expect(code.value).toMatch(/^\d{6}$/);
    expect(drawString(7, '0123456789', 6)).toEqual(code);
    expect(seedState('scenario-rejet')).toBe(seedState('scenario-rejet'));
    expect(seedState('a')).not.toBe(seedState('b'));
    expect(seedState(-1)).toBe(0xffffffff);
  });
});

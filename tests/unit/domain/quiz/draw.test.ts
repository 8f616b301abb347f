import { describe, expect, it } from 'vitest';
import { allocate, drawLength, drawQuestions, objectivesToCover, type Drawable } from '../../../../src/domain/quiz/draw';
import { loadContent } from '../../../../src/schemas/load-content';
import type { Question } from '../../../../src/domain/quiz';
import { bankOf } from './questions';

const bank = bankOf({ 'm1-notions': 10, 'm2-compte-structure': 6, 'm3-factures-emises': 4 });

function ids(result: ReturnType<typeof drawQuestions>): string[] {
  if (!result.ok) throw new Error(result.issues[0]?.code);
  return result.value.map((q) => q.id);
}

function perModule(questions: readonly Question[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const q of questions) counts[q.module] = (counts[q.module] ?? 0) + 1;
  return counts;
}

describe('drawQuestions', () => {
  it('gives the same questions in the same order for the same seed', () => {
    expect(ids(drawQuestions(bank, { count: 10, seed: 1234 }))).toEqual(ids(drawQuestions(bank, { count: 10, seed: 1234 })));
  });
  it('gives another draw for another seed', () => {
    expect(ids(drawQuestions(bank, { count: 10, seed: 1 }))).not.toEqual(ids(drawQuestions(bank, { count: 10, seed: 2 })));
  });
  it('does not depend on the order of questions in the bank file', () => {
    expect(ids(drawQuestions([...bank].reverse(), { count: 10, seed: 77 }))).toEqual(ids(drawQuestions(bank, { count: 10, seed: 77 })));
  });
  it('never draws a question twice, even when the bank repeats an id', () => {
    for (let seed = 0; seed < 50; seed++) {
      const drawn = ids(drawQuestions([...bank, ...bank], { count: 20, seed }));
      expect(new Set(drawn).size).toBe(20);
    }
  });
  it('allocates in proportion to each module’s share of the bank by default', () => {
    for (let seed = 0; seed < 20; seed++) {
      const result = drawQuestions(bank, { count: 10, seed });
      expect(result.ok && perModule(result.value)).toEqual({ 'm1-notions': 5, 'm2-compte-structure': 3, 'm3-factures-emises': 2 });
    }
  });
  it('allocates by the given module weights with the largest remainder', () => {
    // Quotas for 7 questions over weights 60/50/40: 2.8, 2.33, 1.87 → 2, 2, 1, then the two largest remainders.
    const result = drawQuestions(bank, { count: 7, seed: 3, strata: { 'm1-notions': 60, 'm2-compte-structure': 50, 'm3-factures-emises': 40 } });
    expect(result.ok && perModule(result.value)).toEqual({ 'm1-notions': 3, 'm2-compte-structure': 2, 'm3-factures-emises': 2 });
  });
  it('shares out the surplus of a module too small for its quota', () => {
    // m3 would get 6 of 12 but has 4: it gives 4 and the 8 left are shared 1:1.
    const result = drawQuestions(bank, { count: 12, seed: 3, strata: { 'm1-notions': 1, 'm2-compte-structure': 1, 'm3-factures-emises': 2 } });
    expect(result.ok && perModule(result.value)).toEqual({ 'm1-notions': 4, 'm2-compte-structure': 4, 'm3-factures-emises': 4 });
  });
  it('draws only from modules with a positive weight', () => {
    const result = drawQuestions(bank, { count: 6, seed: 3, strata: { 'm2-compte-structure': 1, 'm3-factures-emises': 0, 'm9-inconnu': 5 } });
    expect(result.ok && perModule(result.value)).toEqual({ 'm2-compte-structure': 6 });
  });
  it('breaks equal remainders by a seeded order, so no module is always favoured', () => {
    const even = bankOf({ a: 5, b: 5, c: 5 });
    const favoured = new Set<string>();
    for (let seed = 0; seed < 30; seed++) {
      const result = drawQuestions(even, { count: 4, seed });
      if (!result.ok) throw new Error('draw failed');
      const counts = perModule(result.value);
      favoured.add(Object.keys(counts).find((k) => counts[k] === 2) ?? '');
    }
    expect(favoured).toEqual(new Set(['a', 'b', 'c']));
  });
  it('keeps the bank order when asked not to shuffle', () => {
    const result = drawQuestions(bank, { count: 20, seed: 9, shuffle: false });
    expect(ids(result)).toEqual(bank.map((q) => q.id));
  });
  it('fails with a value when the bank is too small', () => {
    expect(drawQuestions(bank, { count: 21, seed: 1 })).toEqual({ ok: false, issues: [{ code: 'draw.bank-too-small', params: { requested: 21, available: 20 } }] });
    expect(drawQuestions(bank, { count: 5, seed: 1, strata: { 'm3-factures-emises': 1 } })).toEqual({
      ok: false,
      issues: [{ code: 'draw.bank-too-small', params: { requested: 5, available: 4 } }],
    });
  });
  it('fails with a value for a count that is not a positive integer', () => {
    expect(drawQuestions(bank, { count: 0, seed: 1 })).toEqual({ ok: false, issues: [{ code: 'draw.invalid-count', params: { count: 0 } }] });
    expect(drawQuestions(bank, { count: 2.5, seed: 1 }).ok).toBe(false);
  });
});

describe('allocate', () => {
  it('gives every seat and no stratum more than its capacity', () => {
    const seats = allocate(
      10,
      [
        { key: 'a', weight: 5, capacity: 2 },
        { key: 'b', weight: 3, capacity: 10 },
        { key: 'c', weight: 2, capacity: 10 },
        { key: 'd', weight: 0, capacity: 10 },
      ],
      ['a', 'b', 'c', 'd'],
    );
    expect(Object.fromEntries(seats)).toEqual({ a: 2, b: 5, c: 3, d: 0 });
  });
});

describe('drawQuestions — by objective (the final test blueprint)', () => {
  /** A bank whose modules have objectives of unequal weight: o1 has 6 questions, o3 only one, o5 is in a module of weight 0. */
  const objectiveBank = (): Drawable[] => [
    ...Array.from({ length: 6 }, (_, i) => ({ id: `a-o1-${i}`, module: 'a', objectives: ['o1'] })),
    { id: 'a-o2', module: 'a', objectives: ['o2'] },
    { id: 'a-o2-o3', module: 'a', objectives: ['o2', 'o3'] },
    ...Array.from({ length: 5 }, (_, i) => ({ id: `b-o4-${i}`, module: 'b', objectives: ['o4'] })),
    { id: 'c-o5', module: 'c', objectives: ['o5'] },
  ];
  const strata = { a: 2, b: 1, c: 0 };

  it('assesses every objective of the drawn modules in every draw, even one a single question covers', () => {
    for (let seed = 0; seed < 300; seed++) {
      const drawn = drawQuestions(objectiveBank(), { count: 3, seed, strata, coverObjectives: true });
      if (!drawn.ok) throw new Error(drawn.issues[0]?.code);
      expect(new Set(drawn.value.flatMap((q) => q.objectives ?? []))).toEqual(new Set(['o1', 'o2', 'o3', 'o4']));
      expect(drawn.value.some((q) => q.module === 'c')).toBe(false);
    }
  });

  it('raises the length to the number of objectives when the count is lower, and keeps a larger count', () => {
    expect(objectivesToCover(objectiveBank(), strata)).toEqual(['o1', 'o2', 'o3', 'o4']);
    expect(drawLength(objectiveBank(), { count: 3, strata, coverObjectives: true })).toBe(4);
    expect(drawLength(objectiveBank(), { count: 3, strata })).toBe(3);
    const drawn = drawQuestions(objectiveBank(), { count: 9, seed: 5, strata, coverObjectives: true });
    expect(drawn.ok && drawn.value).toHaveLength(9);
  });

  it('is deterministic from the seed and the bank as a set, and attempts differ', () => {
    const a = ids(drawQuestions(objectiveBank(), { count: 6, seed: 42, strata, coverObjectives: true }));
    expect(ids(drawQuestions([...objectiveBank()].reverse(), { count: 6, seed: 42, strata, coverObjectives: true }))).toEqual(a);
    const draws = new Set(Array.from({ length: 50 }, (_, seed) => ids(drawQuestions(objectiveBank(), { count: 6, seed, strata, coverObjectives: true })).sort().join()));
    expect(draws.size).toBeGreaterThan(10);
  });

  it('fills the seats left in proportion to the modules’ weights', () => {
    for (let seed = 0; seed < 50; seed++) {
      const drawn = drawQuestions(objectiveBank(), { count: 9, seed, strata, coverObjectives: true });
      expect(drawn.ok && perModule(drawn.value as Question[])).toEqual({ a: 6, b: 3 });
    }
  });

  it('1,000 seeded draws of the course’s final bank each assess every objective of modules 1 to 7', () => {
    const content = loadContent(process.cwd());
    const final = content.quizzes.find((b) => b.kind === 'final')!;
    const modules = content.course.modules.filter((m) => /^m[1-7]-/.test(m.id));
    const expected = modules.flatMap((m) => m.objectives.map((o) => o.id)).sort();
    const weights = Object.fromEntries(content.course.modules.map((m) => [m.id, m.minutes]));
    const length = drawLength(final.questions, { count: final.draw ?? final.questions.length, strata: weights, coverObjectives: true });
    expect(length).toBeGreaterThanOrEqual(expected.length);
    const seen = new Set<string>();
    for (let seed = 0; seed < 1000; seed++) {
      const drawn = drawQuestions(final.questions as Question[], { count: final.draw ?? final.questions.length, seed: seed * 2654435761, strata: weights, coverObjectives: true });
      if (!drawn.ok) throw new Error(drawn.issues[0]?.code);
      expect(drawn.value).toHaveLength(length);
      expect(new Set(drawn.value.map((q) => q.id)).size).toBe(length);
      const covered = new Set(drawn.value.flatMap((q) => q.objectives));
      expect(expected.filter((o) => !covered.has(o)), `seed ${seed}`).toEqual([]);
      seen.add(drawn.value.map((q) => q.id).sort().join());
    }
    // Attempts differ: almost every draw is a new set of questions.
    expect(seen.size).toBeGreaterThan(990);
  }, 60_000);
});

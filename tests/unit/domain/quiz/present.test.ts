import { describe, expect, it } from 'vitest';
import { presentQuestion, presentQuestions } from '../../../../src/domain/quiz/present';
import type { Choice, Question } from '../../../../src/domain/quiz';
import { everyType, match, multiple, order, single, truefalse } from './questions';

const idsOf = (choices: readonly Choice[]) => choices.map((c) => c.id);

describe('presentQuestion', () => {
  it('gives the same option order for the same seed, as after a reload', () => {
    expect(presentQuestion(multiple, 5)).toEqual(presentQuestion(multiple, 5));
  });
  it('shuffles options of single and multiple questions across seeds', () => {
    const orders = new Set(Array.from({ length: 30 }, (_, seed) => idsOf((presentQuestion(multiple, seed) as typeof multiple).options).join()));
    expect(orders.size).toBeGreaterThan(5);
  });
  it('orders options by question id, not by the question’s place in the draw', () => {
    const a = presentQuestions([single, multiple], 11);
    const b = presentQuestions([multiple, single], 11);
    expect(a[0]).toEqual(b[1]);
  });
  it('keeps the file order when shuffle is off', () => {
    const fixed = { ...single, shuffle: false };
    expect(presentQuestion(fixed, 3)).toBe(fixed);
    const fixedMatch = { ...match, shuffle: false };
    expect(presentQuestion(fixedMatch, 3)).toBe(fixedMatch);
  });
  it('shuffles the choices of a match question and keeps its prompts', () => {
    const shown = Array.from({ length: 20 }, (_, seed) => presentQuestion(match, seed) as typeof match);
    expect(new Set(shown.map((q) => idsOf(q.choices).join())).size).toBeGreaterThan(1);
    for (const q of shown) expect(q.prompts).toEqual(match.prompts);
  });
  it('never shows an order question already in the right order', () => {
    const two = { ...order, items: order.items.slice(0, 2), answer: order.answer.slice(0, 2) };
    for (let seed = 0; seed < 100; seed++) {
      for (const q of [order, two]) {
        const shown = presentQuestion(q, seed) as typeof order;
        expect(idsOf(shown.items)).not.toEqual(q.answer);
        expect([...idsOf(shown.items)].sort()).toEqual([...q.answer].sort());
      }
    }
  });
  it('leaves vrai/faux as it is and never changes the answer key', () => {
    expect(presentQuestion(truefalse, 1)).toBe(truefalse);
    for (const q of everyType) expect((presentQuestion(q, 8) as Question).answer).toEqual(q.answer);
  });
});

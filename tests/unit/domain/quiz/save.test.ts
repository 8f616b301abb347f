import { describe, expect, it } from 'vitest';
import {
  correctResponse,
  dayOf,
  dayToIso,
  decodeAttempts,
  decodeResponse,
  encodeAttempts,
  encodeResponse,
  moduleScores,
  redraw,
  restoreInProgress,
  saveInProgress,
  saveSubmitted,
  startAttempt,
  answer,
  type SavedAttempt,
} from '../../../../src/domain/quiz';
import { bankOf, everyType, match } from './questions';

describe('saved answers', () => {
  it('round-trip for every question type, as ids', () => {
    for (const q of everyType) {
      const response = correctResponse(q);
      expect(decodeResponse(q, encodeResponse(q, response))).toEqual(response);
    }
    expect(encodeResponse(everyType[2]!, false)).toBe('f');
  });

  it('write a match answer in the order of the prompt ids, whatever the file order', () => {
    expect(encodeResponse(match, { service: 'a1', fournitures: 'a9' })).toBe('+a9+a1+');
    expect(decodeResponse(match, '+a9+a1+')).toEqual({ fournitures: 'a9', service: 'a1' });
  });

  it('read nothing from an empty text or a value of the wrong shape', () => {
    for (const q of everyType) expect(decodeResponse(q, '')).toBeUndefined();
    expect(decodeResponse(everyType[2]!, 'x')).toBeUndefined();
    expect(encodeResponse(everyType[0]!, undefined)).toBe('');
    expect(encodeResponse(everyType[0]!, true)).toBe('');
    expect(encodeResponse(everyType[2]!, 'v')).toBe('');
    expect(encodeResponse(everyType[1]!, 'a')).toBe('');
    expect(encodeResponse(match, ['a1'])).toBe('');
  });
});

describe('saved attempts', () => {
  const attempts: SavedAttempt[] = [
    { number: 1, seed: 4294967295, day: 20000, check: 'abc', status: 'submitted', score: 40, results: ['correct', 'partial', 'incorrect'] },
    { number: 2, seed: 7, day: 20001, check: 'x1', status: 'in-progress', answers: ['a', '', 'v', 'b+c'] },
  ];

  it('round-trip in a compact string with no character JSON escapes', () => {
    const text = encodeAttempts(attempts);
    expect(text).toBe('1.1z141z3.ffk.abc.s40.cpw|2.7.ffl.x1.pa,,v,b+c');
    expect(JSON.stringify(text)).toBe(`"${text}"`);
    expect(decodeAttempts(text)).toEqual(attempts);
  });

  it('drop unreadable attempts and never throw', () => {
    expect(decodeAttempts(undefined)).toEqual([]);
    expect(decodeAttempts('')).toEqual([]);
    expect(decodeAttempts('garbage|1.2.3|0.1.2.3.p|1.1.1.1.s101.c|1.1.1.1.sx.c|1.1.1.1.pA"|1.1.1.1.q')).toEqual([]);
    expect(decodeAttempts('x|2.7.fel.x1.pa')).toHaveLength(1);
  });

  it('rebuild an attempt in progress with the same draw and answers, or nothing when the bank changed', () => {
    const bank = bankOf({ m1: 4, m2: 4 });
    const started = startAttempt(bank, { bank: 'b', number: 1, seed: 99, startedAt: '2026-05-04T10:00:00.000Z', count: 4 });
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    const answered = answer(started.value, started.value.questionIds[1]!, true, { answeredAt: '2026-05-04T10:01:00.000Z', latencyMs: 5 });
    if (!answered.ok) throw new Error('answer refused');
    const questions = answered.value.questionIds.map((id) => bank.find((q) => q.id === id)!);
    const saved = saveInProgress(answered.value, questions);
    expect(saved.answers).toEqual(['', 'v', '', '']);
    const restored = restoreInProgress(bank, saved, { count: 4, bank: 'b' });
    expect(restored?.questionIds).toEqual(answered.value.questionIds);
    // Times are not saved: a restored answer has none, rather than an invented one.
    expect(restored?.answers).toEqual({ [answered.value.questionIds[1]!]: { response: true } });
    expect(restoreInProgress(bankOf({ m1: 5, m2: 4 }), saved, { count: 4, bank: 'b' })).toBeNull();
    expect(redraw(bank, saved, { count: 4 })?.map((q) => q.id)).toEqual(answered.value.questionIds);
    expect(redraw(bankOf({ m1: 5, m2: 4 }), saved, { count: 4 })).toBeNull();
  });

  it('save a submitted attempt as one outcome per question, and score it per module', () => {
    const bank = bankOf({ m1: 2, m2: 2 });
    const started = startAttempt(bank, { bank: 'b', number: 1, seed: 3, startedAt: '2026-05-04T10:00:00.000Z', shuffle: false });
    if (!started.ok) throw new Error('start refused');
    const [a, b, c] = started.value.questionIds;
    const saved = saveSubmitted(started.value, 25, { [a!]: { status: 'correct' }, [b!]: { status: 'partial' }, [c!]: { status: 'empty' } });
    expect(saved.results).toEqual(['correct', 'partial', 'incorrect', 'incorrect']);
    expect(moduleScores(bank, saved.results)).toEqual({ m1: { correct: 1, total: 2, score: 50 }, m2: { correct: 0, total: 2, score: 0 } });
  });

  it('count days in UTC', () => {
    expect(dayOf('1970-01-02T23:59:59.000Z')).toBe(1);
    expect(dayOf('not a date')).toBe(0);
    expect(dayToIso(dayOf('2026-05-04T10:00:00.000Z'))).toBe('2026-05-04');
  });
});

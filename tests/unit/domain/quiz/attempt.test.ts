import { describe, expect, it } from 'vitest';
import {
  answer,
  attemptQuestions,
  attemptsLeft,
  canStartAttempt,
  gradeAttempt,
  startAttempt,
  submit,
  type AttemptState,
} from '../../../../src/domain/quiz/attempt';
import type { LearnerResponse, Question, Result } from '../../../../src/domain/quiz';
import { bankOf, everyType, match, multiple, order, single, truefalse } from './questions';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`unexpected issue ${result.issues[0]?.code}`);
  return result.value;
}

const when = (second: number) => ({ answeredAt: `2025-03-01T10:00:${String(second).padStart(2, '0')}.000Z`, latencyMs: 1000 * second });

const right: Record<string, LearnerResponse> = {
  [single.id]: 'a',
  [multiple.id]: ['a', 'b'],
  [truefalse.id]: false,
  [order.id]: ['saisir', 'enregistrer', 'envoyer', 'suivre'],
  [match.id]: { fournitures: 'a1', service: 'a1', 'sous-traitant': 'a9', cotraitant: 'a12' },
};

describe('gradeAttempt', () => {
  it('scores full credit only, out of 100, and passes at the mastery score', () => {
    const result = gradeAttempt(everyType, { ...right, [multiple.id]: ['a'] }, 80);
    expect(result).toMatchObject({ score: 80, partialScore: 90, passed: true, correct: 4, total: 5 });
    expect(gradeAttempt(everyType, { ...right, [multiple.id]: ['a'], [single.id]: 'b' }, 80)).toMatchObject({ score: 60, passed: false });
  });
  it('rounds the score down, so a share just under the mark fails', () => {
    const bank = bankOf({ m: 6 });
    const responses = Object.fromEntries(bank.map((q, i) => [q.id, i < 5 ? false : true]));
    expect(gradeAttempt(bank, responses, 84)).toMatchObject({ score: 83, passed: false });
  });
  it('reports a score per module', () => {
    const questions: Question[] = [...bankOf({ 'm1-notions': 2 }), ...bankOf({ 'm2-compte-structure': 3 })];
    const responses = { 'm1-notions-q1': false, 'm1-notions-q2': true, 'm2-compte-structure-q1': false, 'm2-compte-structure-q2': false };
    expect(gradeAttempt(questions, responses, 80).modules).toEqual({
      'm1-notions': { correct: 1, total: 2, score: 50 },
      'm2-compte-structure': { correct: 2, total: 3, score: 66 },
    });
  });
  it('grades a missing answer as empty and counts it as not correct', () => {
    const result = gradeAttempt([single, truefalse], { [truefalse.id]: false }, 50);
    expect(result.grades[single.id]?.status).toBe('empty');
    expect(result).toMatchObject({ score: 50, passed: true });
  });
  it('does not pass an attempt with no question', () => {
    expect(gradeAttempt([], {}, 0)).toMatchObject({ score: 0, partialScore: 0, passed: false, total: 0 });
  });
});

describe('attempt lifecycle', () => {
  const start = (seed = 2024) => value(startAttempt(everyType, { bank: 'final', number: 1, seed, startedAt: '2025-03-01T09:59:00.000Z' }));

  it('starts with the seed, the drawn ids and no answers, as plain serialisable data', () => {
    const attempt = start();
    expect(attempt).toMatchObject({ bank: 'final', number: 1, seed: 2024, startedAt: '2025-03-01T09:59:00.000Z', answers: {}, status: 'in-progress' });
    expect([...attempt.questionIds].sort()).toEqual(everyType.map((q) => q.id).sort());
    expect(JSON.parse(JSON.stringify(attempt))).toEqual(attempt);
  });

  it('shows the same questions with the same option order after a reload', () => {
    const attempt = start();
    const reloaded = JSON.parse(JSON.stringify(attempt)) as AttemptState;
    expect(value(attemptQuestions([...everyType].reverse(), reloaded))).toEqual(value(attemptQuestions(everyType, attempt)));
  });

  it('draws a count of questions stratified like drawQuestions', () => {
    const bank = bankOf({ a: 6, b: 4 });
    const attempt = value(startAttempt(bank, { bank: 'final', number: 1, seed: 1, startedAt: 't', count: 5, strata: { a: 3, b: 2 } }));
    expect(attempt.questionIds.filter((id) => id.startsWith('a-'))).toHaveLength(3);
    expect(startAttempt(bank, { bank: 'final', number: 1, seed: 1, startedAt: 't', count: 11 })).toMatchObject({ ok: false, issues: [{ code: 'draw.bank-too-small' }] });
  });

  it('records, changes and clears answers without touching the previous state', () => {
    const attempt = start();
    const first = value(answer(attempt, single.id, 'b', when(5)));
    const changed = value(answer(first, single.id, 'a', when(9)));
    expect(attempt.answers).toEqual({});
    expect(changed.answers[single.id]).toEqual({ response: 'a', ...when(9) });
    expect(value(answer(changed, single.id, undefined, when(10))).answers).toEqual({});
    expect(value(answer(changed, multiple.id, [], when(10))).answers).not.toHaveProperty(multiple.id);
    expect(value(answer(changed, match.id, {}, when(10))).answers).not.toHaveProperty(match.id);
    expect(value(answer(changed, single.id, '', when(10))).answers).toEqual({});
    expect(value(answer(changed, truefalse.id, false, when(10))).answers[truefalse.id]?.response).toBe(false);
  });

  it('refuses an answer to a question the attempt did not draw', () => {
    expect(answer(start(), 'q-inconnue', 'a', when(1))).toEqual({ ok: false, issues: [{ code: 'attempt.unknown-question', params: { questionId: 'q-inconnue' } }] });
  });

  it('refuses to submit while questions are unanswered, listing them', () => {
    const attempt = value(answer(start(), single.id, 'a', when(3)));
    const result = submit(attempt, everyType, { submittedAt: 'end', masteryScore: 80 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues[0]?.code).toBe('attempt.unanswered');
      expect(result.issues[0]?.code === 'attempt.unanswered' && [...result.issues[0].params.questionIds].sort()).toEqual([match.id, multiple.id, order.id, truefalse.id].sort());
    }
  });

  it('submits a complete attempt: grades it, records one interaction per question, and closes it', () => {
    let attempt = start();
    attempt.questionIds.forEach((id, i) => {
      attempt = value(answer(attempt, id, id === single.id ? 'c' : (right[id] as LearnerResponse), when(i + 1)));
    });
    const { attempt: done, result, interactions } = value(submit(attempt, everyType, { submittedAt: '2025-03-01T10:10:00.000Z', masteryScore: 80 }));
    expect(result).toMatchObject({ score: 80, passed: true });
    expect(done).toMatchObject({ status: 'submitted', submittedAt: '2025-03-01T10:10:00.000Z', score: 80, passed: true });
    expect(interactions.map((i) => i.id)).toEqual(attempt.questionIds);
    expect(interactions.find((i) => i.id === single.id)).toMatchObject({ result: 'incorrect', learnerResponse: 'c', correctResponse: 'a' });
    expect(answer(done, single.id, 'a', when(59))).toEqual({ ok: false, issues: [{ code: 'attempt.submitted', params: { number: 1 } }] });
    expect(submit(done, everyType, { submittedAt: 'again', masteryScore: 80 })).toMatchObject({ ok: false, issues: [{ code: 'attempt.submitted' }] });
  });

  it('reports a drawn question that has left the bank instead of crashing', () => {
    const attempt = start();
    const smaller = everyType.filter((q) => q.id !== order.id);
    expect(attemptQuestions(smaller, attempt)).toEqual({ ok: false, issues: [{ code: 'attempt.unknown-question', params: { questionId: order.id } }] });
    expect(submit(attempt, smaller, { submittedAt: 'end', masteryScore: 80 })).toMatchObject({ ok: false, issues: [{ code: 'attempt.unknown-question' }] });
  });
});

describe('remaining attempts', () => {
  it('counts every started attempt against the allowance', () => {
    expect(attemptsLeft([], 3)).toBe(3);
    expect(attemptsLeft([{ number: 1, status: 'submitted', passed: false }, { number: 2, status: 'in-progress' }], 3)).toBe(1);
    expect(attemptsLeft([{ number: 1, status: 'submitted' }, { number: 2, status: 'submitted' }], 1)).toBe(0);
  });
  it('allows a new attempt, numbered after the last, while some are left', () => {
    expect(canStartAttempt([], 3)).toEqual({ ok: true, value: { number: 1 } });
    expect(canStartAttempt([{ number: 1, status: 'submitted', passed: false }], 3)).toEqual({ ok: true, value: { number: 2 } });
  });
  it('asks to resume an attempt in progress rather than start another', () => {
    expect(canStartAttempt([{ number: 1, status: 'in-progress' }], 3)).toEqual({ ok: false, issues: [{ code: 'attempt.in-progress', params: { number: 1 } }] });
  });
  it('refuses a new attempt once the test is passed or when none is left', () => {
    expect(canStartAttempt([{ number: 1, status: 'submitted', passed: true }], 3)).toEqual({ ok: false, issues: [{ code: 'attempt.already-passed', params: { number: 1 } }] });
    const failed = [1, 2, 3].map((number) => ({ number, status: 'submitted' as const, passed: false }));
    expect(canStartAttempt(failed, 3)).toEqual({ ok: false, issues: [{ code: 'attempt.none-left', params: { allowed: 3 } }] });
  });
});

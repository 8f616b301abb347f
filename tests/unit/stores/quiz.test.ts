import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanStores } from 'nanostores';
import { $quizRuntime, answer, quizView, retry, start, submit, type QuizSetup } from '../../../src/stores/quiz';
import { attemptOutcomes } from '../../../src/domain/quiz/rules';
import { $record, restoreRecord } from '../../../src/stores/record';
import { correctResponse, decodeAttempts, sealQuestion, type AnyQuestion, type LearnerResponse, type Question } from '../../../src/domain/quiz';
import { emptyRecord } from '../../../src/domain/record/record';
import { decodeRecord, encodeRecord } from '../../../src/domain/record/codec';
import { bankOf, everyType } from '../domain/quiz/questions';

const check: QuizSetup = { bank: { id: 'm3-check', kind: 'module-check', questions: everyType }, masteryScore: 80, attempts: 3 };
const entry: QuizSetup = {
  bank: { id: 'entry', kind: 'entry', questions: [...bankOf({ 'm1-notions': 3, 'm2-compte': 2, 'm3-factures': 1 })] },
  masteryScore: 80,
  attempts: 3,
};
/** The final test ships sealed, as the page does: the tests answer from the keys in clear. */
const finalKeys = bankOf({ m1: 6, m2: 6, m3: 6 });
const release = 'secret-de-publication';
const final: QuizSetup = {
  bank: { id: 'final', kind: 'final', draw: 6, questions: finalKeys.map((q) => sealQuestion(q, { salt: `sel-${q.id}`, release })), release },
  masteryScore: 80,
  attempts: 2,
  strata: { m0: 10, m1: 20, m2: 20, m3: 20 },
};

const view = (setup: QuizSetup) => quizView(setup, $record.get(), $quizRuntime.get()[setup.bank.id]);

const truefalseExplanation = finalKeys[0]!.explanation;
const keys = new Map<string, Question>([...everyType, ...entry.bank.questions, ...finalKeys].map((q) => [q.id, q as Question]));
/** The question with its key: a sealed one is looked up among the keys in clear. */
const withKey = (question: AnyQuestion): Question => ('seal' in question ? keys.get(question.id)! : question);
const rightFor = (question: AnyQuestion) => correctResponse(withKey(question));

/** A wrong response of the same shape as the right one. */
function wrong(shown: AnyQuestion): LearnerResponse {
  const question = withKey(shown);
  switch (question.type) {
    case 'truefalse':
      return !question.answer;
    case 'single':
      return question.options.find((o) => o.id !== question.answer)!.id;
    case 'multiple':
      return question.options.filter((o) => !question.answer.includes(o.id)).map((o) => o.id);
    case 'order':
      return [...question.answer].reverse();
    case 'match':
      return Object.fromEntries(question.prompts.map((p) => [p.id, question.choices.find((c) => c.id !== question.answer[p.id])!.id]));
  }
}

function answerAll(setup: QuizSetup, right: (q: AnyQuestion) => boolean = () => true): void {
  for (const q of view(setup).questions) expect(answer(setup, q.id, right(q) ? rightFor(q) : wrong(q))).toBeNull();
}

beforeEach(() => restoreRecord(emptyRecord()));
afterEach(() => cleanStores($record, $quizRuntime));

describe('quiz store', () => {
  it('makes an update of an answer from the answer stored now, so two changes before a redraw both count', () => {
    expect(start(check)).toBeNull();
    const multiple = view(check).questions.find((q) => q.type === 'multiple')!;
    const [a, b] = multiple.type === 'multiple' ? multiple.options.map((o) => o.id) : [];
    // Two boxes ticked in a row, each change adding its box to the answer as stored when it happens.
    const tick = (id: string) => (stored: LearnerResponse | undefined) => [...(Array.isArray(stored) ? (stored as string[]) : []), id];
    expect(answer(check, multiple.id, tick(a!))).toBeNull();
    expect(answer(check, multiple.id, tick(b!))).toBeNull();
    expect(view(check).current?.answers[multiple.id]?.response).toEqual([a, b]);
    // A plain value still replaces the answer.
    expect(answer(check, multiple.id, [b!])).toBeNull();
    expect(view(check).current?.answers[multiple.id]?.response).toEqual([b]);
  });

  it('starts an attempt saved in the activity data, without question texts', () => {
    expect(start(check)).toBeNull();
    const v = view(check);
    expect(v.current?.number).toBe(1);
    expect(v.questions.map((q) => q.id).sort()).toEqual(everyType.map((q) => q.id).sort());
    const activity = $record.get().activities['m3-check'];
    expect(activity).toMatchObject({ done: false, attempts: 1 });
    expect(activity?.data).toMatch(/^1\.[0-9a-z]+\.[0-9a-z]+\.[0-9a-z]+\.p,{4}$/);
    expect(activity?.data).not.toContain('q-single');
  });

  it('keeps the draw, the order and the answers through a reload (a record read back from its save)', () => {
    start(final);
    const before = view(final);
    const [first, second] = before.questions;
    answer(final, first!.id, rightFor(first!));
    answer(final, second!.id, wrong(second!));
    const saved = encodeRecord($record.get());
    cleanStores($record, $quizRuntime);
    restoreRecord(emptyRecord());
    expect(view(final).current).toBeNull();
    // What a reload does: the persistence reaction decodes the saved string into the record.
    const decoded = decodeRecord(saved, ['final']);
    expect(decoded.ok).toBe(true);
    if (decoded.ok) restoreRecord(decoded.value.record);
    const after = view(final);
    expect(after.questions).toEqual(before.questions);
    expect(after.current?.answers[first!.id]?.response).toEqual(rightFor(first!));
    expect(after.current?.answers[second!.id]?.response).toEqual(wrong(second!));
  });

  it('refuses to submit with unanswered questions, listing them in order', () => {
    start(check);
    const [first, ...rest] = view(check).questions;
    answer(check, first!.id, rightFor(first!));
    const result = submit(check);
    expect(result).toEqual({ ok: false, issues: [{ code: 'attempt.unanswered', params: { questionIds: rest.map((q) => q.id) } }] });
    expect(view(check).unanswered).toEqual(rest.map((q) => q.id));
    expect($record.get().activities['m3-check']?.done).toBe(false);
  });

  it('a cleared answer counts as unanswered again', () => {
    start(check);
    const [first] = view(check).questions;
    answer(check, first!.id, rightFor(first!));
    answer(check, first!.id, undefined);
    expect(view(check).current?.answers[first!.id]).toBeUndefined();
  });

  it('marks a module check done once submitted, keeps the best score and allows a retry with a new attempt', () => {
    start(check);
    answerAll(check);
    const first = submit(check);
    expect(first.ok && first.value.result.score).toBe(100);
    expect(first.ok && first.value.interactions).toHaveLength(everyType.length);
    expect($record.get().activities['m3-check']).toMatchObject({ done: true, score: 100, attempts: 1 });
    expect(view(check).responses).not.toEqual({});

    expect(retry(check)).toBeNull();
    expect(view(check).current?.number).toBe(2);
    answerAll(check, () => false);
    submit(check);
    expect($record.get().activities['m3-check']).toMatchObject({ done: true, score: 100, attempts: 2 });
    const v = view(check);
    expect(v.submitted).toHaveLength(1);
    expect(v.submitted[0]).toMatchObject({ number: 2, score: 0 });
    expect(Object.values(v.submitted[0]!.results).every((r) => r !== 'correct')).toBe(true);
  });

  it('the entry test is taken once and marks the modules that meet the positioning rule', () => {
    start(entry);
    // m1: 3/3 (mastered); m2: 1/2 (not); m3: 1/1 (too few questions to tell).
    const wrongOnes = new Set(['m2-compte-q1']);
    answerAll(entry, (q) => !wrongOnes.has(q.id));
    submit(entry);
    expect($record.get().mastered).toEqual(['m1-notions']);
    expect($record.get().activities['entry']?.done).toBe(true);
    expect(view(entry).canStart).toBe(false);
    expect(start(entry)).toEqual({ code: 'attempt.none-left', params: { allowed: 1 } });
    expect(view(entry).submitted[0]?.modules['m1-notions']).toEqual({ correct: 3, total: 3, score: 100 });
  });

  it('draws the final test stratified, and is done when passed', () => {
    start(final);
    const v = view(final);
    expect(v.questions).toHaveLength(6);
    expect(v.questions.filter((q) => q.module === 'm1')).toHaveLength(2);
    answerAll(final);
    submit(final);
    expect($record.get().activities['final']).toMatchObject({ done: true, score: 100, attempts: 1 });
    expect(start(final)).toEqual({ code: 'attempt.already-passed', params: { number: 1 } });
  });

  it('shows the final test without its keys, and its correction once submitted', () => {
    start(final);
    const shown = view(final).questions;
    expect(shown.every((q) => 'seal' in q && !('answer' in q) && !('explanation' in q))).toBe(true);
    answerAll(final);
    const outcome = submit(final);
    expect(outcome.ok && outcome.value.interactions.map((i) => i.correctResponse)).toEqual(shown.map((q) => rightFor(q)));
    const corrected = view(final).submitted[0]!.questions;
    expect(corrected.map((q) => q.id)).toEqual(shown.map((q) => q.id));
    expect(corrected.every((q) => q.explanation === truefalseExplanation && 'answer' in q)).toBe(true);
  });

  it('limits the final test attempts, each a new draw, and is done when every attempt is used', () => {
    start(final);
    const seeds = new Set<number>([view(final).current!.seed]);
    answerAll(final, () => false);
    submit(final);
    expect($record.get().activities['final']?.done).toBe(false);
    expect(view(final).left).toBe(1);
    expect(retry(final)).toBeNull();
    seeds.add(view(final).current!.seed);
    answerAll(final, (q) => q.module === 'm1');
    submit(final);
    expect(seeds.size).toBe(2);
    const record = $record.get();
    expect(record.activities['final']).toMatchObject({ done: true, score: 33, attempts: 2 });
    expect(start(final)).toEqual({ code: 'attempt.none-left', params: { allowed: 2 } });
    expect(view(final).submitted.map((a) => a.score)).toEqual([0, 33]);
    expect(decodeAttempts(record.activities['final']?.data)).toHaveLength(2);
    const outline = { ...final.bank, questions: final.bank.questions.map((q) => ({ id: q.id, module: q.module, objectives: q.objectives })), strata: final.strata };
    // Reported per objective too (every question of this bank assesses « m3-cadre »).
    expect(attemptOutcomes(outline, record.activities['final']?.data, 80).map((a) => a.objectives['m3-cadre'])).toEqual([
      { correct: 0, total: 6, score: 0 },
      { correct: 2, total: 6, score: 33 },
    ]);
    expect(attemptOutcomes(outline, record.activities['final']?.data, 80).map((a) => a.modules['m1'])).toEqual([
      { correct: 0, total: 2, score: 0 },
      { correct: 2, total: 2, score: 100 },
    ]);
  });

  it('keeps a whole course of quiz data inside the record budget', () => {
    for (const id of ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7']) {
      const setup = { ...check, bank: { ...check.bank, id: `${id}-check` } };
      start(setup);
      answerAll(setup);
      submit(setup);
    }
    start(entry);
    answerAll(entry);
    submit(entry);
    const big: QuizSetup = { ...final, bank: { ...final.bank, draw: 18 } };
    for (let i = 0; i < 2; i++) {
      start(big);
      answerAll(big, () => false);
      submit(big);
    }
    expect(encodeRecord($record.get()).length).toBeLessThan(800);
  });
});

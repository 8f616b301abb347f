import { describe, expect, it } from 'vitest';
import { emptyRecord } from '../../../src/domain/record/record';
import { check12, check2004, RESPONSE12, RESPONSE2004 } from '../../../src/lms/formats';
import { description2004, interactionEntry, interactionValues12, interactionValues2004 } from '../../../src/lms/interactions';
import {
  displayLearnerName,
  finalTestFromRecord,
  lessonStatus12,
  objectiveValues12,
  objectiveValues2004,
  progressValues12,
  progressValues2004,
  trackingState,
  type FinalTestOutcome,
} from '../../../src/lms/mapping';
import type { CmiValue } from '../../../src/lms/session';
import { DURATION2004, TIME12, TIMESPAN12, TIMESTAMP2004 } from '../../../src/lms/time';
import type { ProgressReport } from '../../../src/lms/tracking-port';
import { allButFinal, interactions, masteredAndPassed, MASTERY, plan, questions, startedRecord } from '../../fixtures/lms/course';

const asMap = (values: readonly CmiValue[]): Record<string, string> => Object.fromEntries(values.map((v) => [v.element, v.value]));
const state = (record = emptyRecord(), finalTest: FinalTestOutcome | null = null) => trackingState({ record, plan, finalTest, masteryScore: MASTERY });
const entry = (kind: keyof typeof interactions) => interactionEntry(interactions[kind]!, questions[kind]);

describe('trackingState', () => {
  it('reports an untouched course as incomplete, unknown, no score, suspend', () => {
    const { progress, exit } = state();
    expect(progress).toEqual({ completion: 'incomplete', success: 'unknown', score: null, progressMeasure: 0, attemptsLeft: false });
    expect(exit).toBe('suspend');
  });

  it('measures progress by required minutes', () => {
    expect(state(allButFinal()).progress.progressMeasure).toBe(0.57);
  });

  it('counts modules marked « déjà maîtrisé » as done for completion', () => {
    const { progress, exit, objectives } = state(masteredAndPassed(), { score: 85, passed: true, attemptsLeft: false });
    expect(progress.completion).toBe('completed');
    expect(progress.progressMeasure).toBe(1);
    expect(progress.success).toBe('passed');
    expect(progress.score).toEqual({ raw: 85, min: 0, max: 100, scaled: 0.85 });
    expect(exit).toBe('normal');
    expect(objectives.find((o) => o.id === 'm1-notions')?.completion).toBe('completed');
  });

  it('keeps exit suspend after a pass while a required lesson is left', () => {
    expect(state(startedRecord(), { score: 90, passed: true, attemptsLeft: false }).exit).toBe('suspend');
  });

  it('keeps exit suspend after a failure with attempts left, normal once none are left', () => {
    const record = masteredAndPassed();
    expect(state(record, { score: 50, passed: false, attemptsLeft: true }).exit).toBe('suspend');
    expect(state(record, { score: 50, passed: false, attemptsLeft: false }).exit).toBe('normal');
  });

  it('gives one objective per module with its completion, and success and score from the final test', () => {
    const { objectives } = state(startedRecord(), { score: 60, passed: false, attemptsLeft: true, modules: { 'm1-notions': { score: 90 }, 'm2-compte': { score: 40 } } });
    expect(objectives).toEqual([
      { id: 'm1-notions', completion: 'incomplete', success: 'passed', score: { raw: 90, min: 0, max: 100, scaled: 0.9 } },
      { id: 'm2-compte', completion: 'not attempted', success: 'failed', score: { raw: 40, min: 0, max: 100, scaled: 0.4 } },
      { id: 'm8-evaluation', completion: 'not attempted', success: 'unknown', score: null },
    ]);
  });
});

describe('finalTestFromRecord', () => {
  it('reads the best score and the attempts left from the record', () => {
    const rules = { masteryScore: MASTERY, attempts: 3 };
    expect(finalTestFromRecord(emptyRecord(), 'quiz-final', rules)).toBeNull();
    expect(finalTestFromRecord(masteredAndPassed(), 'quiz-final', rules)).toEqual({ score: 85, passed: true, attemptsLeft: false });
    const failedTwice = { ...emptyRecord(), activities: { 'quiz-final': { done: true, score: 70, attempts: 2 } } };
    expect(finalTestFromRecord(failedTwice, 'quiz-final', rules)).toEqual({ score: 70, passed: false, attemptsLeft: true });
    const failedThrice = { ...emptyRecord(), activities: { 'quiz-final': { done: true, score: 70, attempts: 3 } } };
    expect(finalTestFromRecord(failedThrice, 'quiz-final', rules, { m1: { score: 70 } })).toEqual({ score: 70, passed: false, attemptsLeft: false, modules: { m1: { score: 70 } } });
  });
});

describe('SCORM 1.2 lesson_status at each stage', () => {
  const report = (over: Partial<ProgressReport>): ProgressReport => ({
    completion: 'incomplete', success: 'unknown', score: null, progressMeasure: 0.5, attemptsLeft: false, ...over,
  });
  const score = { raw: 60, min: 0, max: 100, scaled: 0.6 };

  it('is incomplete while the course is under way, with no score', () => {
    expect(progressValues12(report({}))).toEqual([{ element: 'cmi.core.lesson_status', value: 'incomplete' }]);
  });
  it('stays incomplete, score held back, after a failure with attempts left (no mastery override to failed)', () => {
    expect(lessonStatus12(report({ success: 'failed', score, attemptsLeft: true }))).toBe('incomplete');
    expect(asMap(progressValues12(report({ success: 'failed', score, attemptsLeft: true })))).toEqual({ 'cmi.core.lesson_status': 'incomplete' });
  });
  it('is failed with the score once no attempt is left', () => {
    expect(progressValues12(report({ success: 'failed', score }))).toEqual([
      { element: 'cmi.core.score.raw', value: '60' },
      { element: 'cmi.core.score.min', value: '0' },
      { element: 'cmi.core.score.max', value: '100' },
      { element: 'cmi.core.lesson_status', value: 'failed' },
    ]);
  });
  it('is passed with the score as soon as the final test is passed', () => {
    expect(asMap(progressValues12(report({ success: 'passed', score: { ...score, raw: 85, scaled: 0.85 } })))).toEqual({
      'cmi.core.score.raw': '85', 'cmi.core.score.min': '0', 'cmi.core.score.max': '100', 'cmi.core.lesson_status': 'passed',
    });
  });
  it('is completed when every required lesson is done and no test result exists', () => {
    expect(lessonStatus12(report({ completion: 'completed' }))).toBe('completed');
  });
  it('never sends a value SCORM 1.2 forbids', () => {
    for (const r of [report({}), report({ success: 'passed', score }), report({ success: 'failed', score })]) {
      const values = progressValues12(r);
      for (const v of values) expect(check12(v, values)).toBeNull();
    }
  });
});

describe('SCORM 2004 progress', () => {
  it('reports completion and success separately, score scaled first', () => {
    const values = progressValues2004({ completion: 'incomplete', success: 'failed', score: { raw: 60, min: 0, max: 100, scaled: 0.6 }, progressMeasure: 0.42, attemptsLeft: true });
    expect(values.map((v) => v.element)).toEqual([
      'cmi.score.scaled', 'cmi.score.raw', 'cmi.score.min', 'cmi.score.max', 'cmi.progress_measure', 'cmi.success_status', 'cmi.completion_status',
    ]);
    expect(asMap(values)).toMatchObject({ 'cmi.score.scaled': '0.6', 'cmi.success_status': 'failed', 'cmi.completion_status': 'incomplete', 'cmi.progress_measure': '0.42' });
    for (const v of values) expect(check2004(v, values)).toBeNull();
  });
  it('sends no score before the final test', () => {
    expect(progressValues2004(state().progress).some((v) => v.element.startsWith('cmi.score'))).toBe(false);
  });
});

describe('objectives', () => {
  const tested = { id: 'm1-notions', completion: 'completed', success: 'failed', score: { raw: 40, min: 0, max: 100, scaled: 0.4 } } as const;
  it('gives 1.2 one status: the test result if any, else completion', () => {
    expect(asMap(objectiveValues12(2, tested))).toEqual({
      'cmi.objectives.2.id': 'm1-notions', 'cmi.objectives.2.score.raw': '40', 'cmi.objectives.2.score.min': '0',
      'cmi.objectives.2.score.max': '100', 'cmi.objectives.2.status': 'failed',
    });
    expect(asMap(objectiveValues12(0, { id: 'm2', completion: 'not attempted', success: 'unknown', score: null }))).toEqual({
      'cmi.objectives.0.id': 'm2', 'cmi.objectives.0.status': 'not attempted',
    });
  });
  it('gives 2004 success, completion and a scaled score', () => {
    expect(asMap(objectiveValues2004(1, tested))).toEqual({
      'cmi.objectives.1.id': 'm1-notions', 'cmi.objectives.1.score.scaled': '0.4', 'cmi.objectives.1.score.raw': '40',
      'cmi.objectives.1.score.min': '0', 'cmi.objectives.1.score.max': '100',
      'cmi.objectives.1.success_status': 'failed', 'cmi.objectives.1.completion_status': 'completed',
    });
  });
});

describe('SCORM 1.2 interactions', () => {
  const values = (kind: keyof typeof interactions) => asMap(interactionValues12(0, entry(kind)));

  it('writes choices as single characters of the authored option order, sets sorted', () => {
    expect(values('single')).toMatchObject({ 'cmi.interactions.0.type': 'choice', 'cmi.interactions.0.student_response': 'b', 'cmi.interactions.0.correct_responses.0.pattern': 'a' });
    expect(values('multiple')).toMatchObject({ 'cmi.interactions.0.student_response': 'a,c', 'cmi.interactions.0.correct_responses.0.pattern': 'a,b,c' });
  });
  it('writes true-false as t/f, sequencing in order, matching as source.target pairs', () => {
    expect(values('truefalse')).toMatchObject({ 'cmi.interactions.0.type': 'true-false', 'cmi.interactions.0.student_response': 't' });
    expect(values('order')).toMatchObject({ 'cmi.interactions.0.type': 'sequencing', 'cmi.interactions.0.student_response': 'b,a,c', 'cmi.interactions.0.correct_responses.0.pattern': 'a,b,c' });
    expect(values('match')).toMatchObject({ 'cmi.interactions.0.type': 'matching', 'cmi.interactions.0.student_response': 'a.a,b.b' });
  });
  it('says wrong, never incorrect, for incorrect and partial answers', () => {
    expect(values('single')['cmi.interactions.0.result']).toBe('wrong');
    expect(values('multiple')['cmi.interactions.0.result']).toBe('wrong');
    expect(values('truefalse')['cmi.interactions.0.result']).toBe('correct');
  });
  it('gives id, module objective, CMITime, CMITimespan latency, and no description', () => {
    const v = values('single');
    expect(v['cmi.interactions.0.id']).toBe('fin-m1-mode');
    expect(v['cmi.interactions.0.objectives.0.id']).toBe('m1-notions');
    expect(v['cmi.interactions.0.time']).toBe('09:15:30');
    expect(v['cmi.interactions.0.time']).toMatch(TIME12);
    expect(v['cmi.interactions.0.latency']).toBe('0000:01:23.45');
    expect(v['cmi.interactions.0.latency']).toMatch(TIMESPAN12);
    expect(Object.keys(v).some((k) => k.includes('description'))).toBe(false);
  });
  it('sets the type before the responses', () => {
    const order = interactionValues12(0, entry('match')).map((v) => v.element.replace('cmi.interactions.0.', ''));
    expect(order.indexOf('type')).toBeLessThan(order.indexOf('student_response'));
    expect(order.indexOf('type')).toBeLessThan(order.indexOf('correct_responses.0.pattern'));
    expect(order[0]).toBe('id');
  });
  it('falls back to performance when an option cannot be a single character', () => {
    const v = asMap(interactionValues12(0, interactionEntry(interactions.single!)));
    expect(v).toMatchObject({ 'cmi.interactions.0.type': 'performance', 'cmi.interactions.0.student_response': 'edi' });
    const many = { ...questions.single!, options: Array.from({ length: 40 }, (_, i) => ({ id: `o${i}`, text: '' })) } as typeof questions.single;
    const far = { ...interactions.single!, learnerResponse: 'o39', correctResponse: 'o0' };
    expect(asMap(interactionValues12(0, interactionEntry(far, many)))['cmi.interactions.0.type']).toBe('performance');
  });
});

describe('SCORM 2004 interactions', () => {
  const values = (kind: keyof typeof interactions) => asMap(interactionValues2004(0, entry(kind)));

  it('writes ids as safe tokens with the [,] and [.] delimiters', () => {
    expect(values('single')).toMatchObject({ 'cmi.interactions.0.type': 'choice', 'cmi.interactions.0.learner_response': 'edi', 'cmi.interactions.0.correct_responses.0.pattern': 'portail' });
    // Moodle refuses a hyphen in a response (406): `code-service` is written `code_service`.
    expect(values('multiple')).toMatchObject({ 'cmi.interactions.0.learner_response': 'code_service[,]sirets', 'cmi.interactions.0.correct_responses.0.pattern': 'code_service[,]engagement[,]sirets' });
    expect(values('truefalse')).toMatchObject({ 'cmi.interactions.0.type': 'true-false', 'cmi.interactions.0.learner_response': 'true' });
    expect(values('order')).toMatchObject({ 'cmi.interactions.0.type': 'sequencing', 'cmi.interactions.0.learner_response': 'eti[,]grandes[,]pme' });
    expect(values('match')).toMatchObject({ 'cmi.interactions.0.type': 'matching', 'cmi.interactions.0.learner_response': 'gestionnaire[.]tout[,]utilisateur[.]peu' });
  });
  it('says incorrect, never wrong', () => {
    expect(values('single')['cmi.interactions.0.result']).toBe('incorrect');
    expect(values('multiple')['cmi.interactions.0.result']).toBe('incorrect');
  });
  it('gives an ISO timestamp, an ISO latency and the question as description', () => {
    const v = values('single');
    expect(v['cmi.interactions.0.timestamp']).toBe('2025-03-04T09:15:30.12Z');
    expect(v['cmi.interactions.0.timestamp']).toMatch(TIMESTAMP2004);
    expect(v['cmi.interactions.0.latency']).toBe('PT1M23.45S');
    expect(v['cmi.interactions.0.latency']).toMatch(DURATION2004);
    expect(v['cmi.interactions.0.description']).toBe('Quel mode d’accès convient à une TPE ?');
  });
  it('sets the type right after the id (2004 answers 408 otherwise)', () => {
    const order = interactionValues2004(0, entry('order')).map((v) => v.element.replace('cmi.interactions.0.', ''));
    expect(order.slice(0, 2)).toEqual(['id', 'type']);
  });
  it('cuts descriptions to 250 characters and protects a leading brace', () => {
    expect(description2004('x'.repeat(400))).toHaveLength(250);
    expect(description2004('  Deux\n lignes ')).toBe('Deux lignes');
    expect(description2004('{lang=en}')).toBe('{lang=fr}{lang=en}');
  });
  it('sends a long question, brace first, as a description of 250 characters at most', () => {
    const long = interactionEntry(interactions.single!, { ...questions.single!, stem: `{${'Une question très longue. '.repeat(20)}` } as typeof questions.single);
    const description = asMap(interactionValues2004(0, long))['cmi.interactions.0.description']!;
    expect(description.length).toBe(250);
    expect(description.startsWith('{lang=fr}{Une question')).toBe(true);
    expect(description.endsWith('…')).toBe(true);
  });
});

describe('time formats: each version refuses the other’s', () => {
  /** [element, value, accepted by 1.2, accepted by 2004] */
  const cases: [string, string, boolean, boolean][] = [
    ['latency', '0000:01:23.45', true, false],
    ['latency', 'PT1M23.45S', false, true],
    ['latency', '0000:01:23.456', false, false],
    ['latency', 'PT1.234S', false, false],
    ['time', '09:15:30', true, false],
    ['time', '2025-03-04T09:15:30.12Z', false, false],
    ['timestamp', '2025-03-04T09:15:30.12Z', false, true],
    ['timestamp', '09:15:30', false, false],
    // A zone needs the fraction before it (the standard nests it there); our timestamps always carry both.
    ['timestamp', '2025-03-04T09:15:30Z', false, false],
  ];
  it('1.2 takes a CMITimespan latency and a CMITime time; 2004 an ISO 8601 duration and a timestamp with seconds', () => {
    for (const [field, value, in12, in2004] of cases) {
      const v = { element: `cmi.interactions.0.${field}`, value };
      // 1.2 has no `timestamp`, 2004 no `time`: the element itself is refused there.
      expect(check12(v, []) === null, `1.2 ${field}=${value}`).toBe(in12);
      expect(check2004(v, []) === null, `2004 ${field}=${value}`).toBe(in2004);
    }
  });
});

describe.each([
  { version: '1.2', n: 3, values: interactionValues12, check: check12, response: 'student_response', formats: RESPONSE12 },
  { version: '2004', n: 7, values: interactionValues2004, check: check2004, response: 'learner_response', formats: RESPONSE2004 },
])('SCORM $version interactions of every question type', ({ n, values, check, response, formats }) => {
  it.each(Object.keys(interactions) as (keyof typeof interactions)[])('%s passes its own checks', (kind) => {
    const all = values(n, entry(kind));
    for (const v of all) expect(check(v, all), `${kind} ${v.element}=${v.value}`).toBeNull();
    const type = asMap(all)[`cmi.interactions.${n}.type`]!;
    expect(asMap(all)[`cmi.interactions.${n}.${response}`]).toMatch(formats[type]!);
  });
});

describe('displayLearnerName', () => {
  it('turns « Nom, Prénom » into « Prénom Nom »', () => {
    expect(displayLearnerName('Dupont, Marie')).toBe('Marie Dupont');
    expect(displayLearnerName(' Marie Dupont ')).toBe('Marie Dupont');
    expect(displayLearnerName('')).toBe('');
  });
});

describe('objectives: one per module, then one per objective the final test assesses', () => {
  const assessed = [{ id: 'm1-o', module: 'm1-notions' }, { id: 'm2-o', module: 'm2-compte' }];
  it('reports each objective unknown before the final test, then passed or failed from its own questions', () => {
    const before = trackingState({ record: emptyRecord(), plan, finalTest: null, masteryScore: MASTERY, objectives: assessed });
    expect(before.objectives.slice(-2)).toEqual([
      { id: 'm1-o', completion: 'not attempted', success: 'unknown', score: null },
      { id: 'm2-o', completion: 'not attempted', success: 'unknown', score: null },
    ]);
    const after = trackingState({
      record: emptyRecord(),
      plan,
      finalTest: { score: 85, passed: true, attemptsLeft: false, modules: {}, objectives: { 'm1-o': { score: 100 }, 'm2-o': { score: 50 } } },
      masteryScore: MASTERY,
      objectives: assessed,
    });
    expect(after.objectives.slice(-2).map((o) => [o.id, o.success, o.score?.raw])).toEqual([
      ['m1-o', 'passed', 100],
      ['m2-o', 'failed', 50],
    ]);
    expect(after.objectives).toHaveLength(plan.modules.length + 2);
  });
});

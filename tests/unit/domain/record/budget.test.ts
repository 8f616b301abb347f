import { describe, expect, it } from 'vitest';
import { encodeRecord } from '../../../../src/domain/record/codec';
import { addLessonTime, emptyRecord, endLesson, setActivityResult, setLearnerName, setMastered, visitLesson, type LearnerRecord } from '../../../../src/domain/record/record';
import { encodeAttempts, type SavedAttempt } from '../../../../src/domain/quiz/save';
import { drawLength } from '../../../../src/domain/quiz/draw';
import { encodeRun, runStamp, setAsideRun } from '../../../../src/domain/simulation/codec';
import type { Event } from '../../../../src/domain/simulator';
import { RUN_DATA_MAX, RUNS_KEPT, runsToSetAside } from '../../../../src/reactions/simulation-save';
import { loadContent } from '../../../../src/schemas/load-content';

/** suspend_data budget: SCORM 1.2 allows 4,096 characters; the course keeps to 3,000 to leave room. */
const BUDGET = 3000;

/** Every text field of an event made long and different from the scenario's (the worst a learner can type). */
function garbled(event: Event, salt: number): Event {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(event)) {
    out[name] = name === 'type' ? value : typeof value === 'string' ? `${value}-saisie-différente-${salt}-${'é'.repeat(20)}` : value;
  }
  return out as unknown as Event;
}

/** The largest record the course allows, built with the course's own saving rules. */
function largestRecord(): { record: LearnerRecord; runsKept: number; scenarios: number } {
  const content = loadContent(process.cwd());
  let record = emptyRecord();
  for (const module of content.course.modules) {
    record = setMastered(record, module.id, true);
    for (const lesson of module.lessons) {
      record = addLessonTime(endLesson(visitLesson(record, lesson.id), lesson.id), lesson.id, 99_999);
    }
  }
  for (const bank of content.quizzes) {
    // The final test draws at least one question per objective: its length may exceed `draw`.
    const weights = Object.fromEntries(content.course.modules.map((m) => [m.id, m.minutes]));
    const count = drawLength(bank.questions, { count: bank.draw ?? bank.questions.length, strata: weights, coverObjectives: bank.kind === 'final' });
    const attempts = bank.kind === 'final' ? content.course.attempts : bank.kind === 'entry' ? 1 : 3;
    const saved: SavedAttempt[] = Array.from({ length: attempts }, (_, i) => ({
      number: i + 1, seed: 0xfffffff0 - i, day: 99_999, check: 'zzzzzz', status: 'submitted', score: 100, results: Array(count).fill('partial'),
    }));
    record = setActivityResult(record, bank.id, { done: true, score: 100, attempts: 99, data: encodeAttempts(saved) });
  }
  content.scenarios.forEach((scenario, index) => {
    const stepEvents = scenario.steps.flatMap((step) => (step.event ? [step.event as unknown as Event] : []));
    // A long event log: the steps three times over, typed differently each time.
    const events = [0, 1, 2].flatMap((round) => stepEvents.map((event, i) => garbled(event, round * 100 + i)));
    const data = encodeRun({ mode: 'evaluation', events, errors: 999, hints: 999 }, { steps: scenario.steps, savedAt: 30_000_000 + index, maxLength: RUN_DATA_MAX });
    for (const id of runsToSetAside(record.activities, scenario.id)) {
      record = setActivityResult(record, id, { done: true, score: 100, attempts: 99, data: setAsideRun() });
    }
    record = setActivityResult(record, scenario.id, { done: true, score: 100, attempts: 99, data });
  });
  record = setLearnerName(record, 'Marie-Amélie-Éléonore de La Tour-Dupont-Saint-Germain');
  const runsKept = Object.values(record.activities).filter((a) => { const s = runStamp(a.data); return s !== null && !s.setAside; }).length;
  return { record, runsKept, scenarios: content.scenarios.length };
}

describe('learner record budget', () => {
  it(`the largest record the course allows encodes into at most ${BUDGET} characters`, () => {
    const { record, runsKept, scenarios } = largestRecord();
    expect(scenarios).toBeGreaterThan(RUNS_KEPT);
    expect(runsKept).toBe(RUNS_KEPT);
    const length = encodeRecord(record).length;
    expect(length).toBeLessThanOrEqual(BUDGET);
    // It loads and checks the whole course content first (schemas, scenario replays, cast): seconds on a busy machine.
  }, 30_000);
});

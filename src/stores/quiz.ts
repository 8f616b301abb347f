/**
 * Quizzes on the page: the named actions that take one (start, answer, submit, retry) and the view an island
 * renders. Every rule is the engine's (src/domain/quiz/); this module only wires it to the learner record.
 *
 * Where the state lives: an attempt — in progress or submitted — is saved in the quiz's activity `data` in
 * `$record` (compact: seed and answer ids, see src/domain/quiz/save.ts), so a reload restores the draw, the
 * order and the answers. `$quizRuntime` holds only what this page adds and the record does not keep: answer
 * times, the last submission with its interaction records (for the LMS reaction to come) and the questions a
 * refused submission left unanswered.
 */
import { map } from 'nanostores';
import {
  answer as answerQuestion,
  attemptQuestions,
  attemptSummaries,
  decodeAttempts,
  dayToIso,
  drawSettings,
  encodeAttempts,
  isPassing,
  isQuizDone,
  masteredModules,
  moduleScores,
  objectiveScores,
  openQuestion,
  redraw,
  restoreInProgress,
  saveInProgress,
  saveSubmitted,
  startAttempt,
  fail,
  startRule,
  submit as submitAttempt,
  type AnyQuestion,
  type AttemptState,
  type BankKind,
  type DrawSettings,
  type LearnerResponse,
  type ModuleScore,
  type Question,
  type QuizIssue,
  type QuizRules,
  type Result,
  type SavedAttempt,
  type SavedResult,
  type Submission,
} from '../domain/quiz';
import type { LearnerRecord } from '../domain/record/record';
import { $record, markMastered, saveActivity } from './record';

/**
 * A bank as the page ships it to the island. The final test's questions are sealed (no key in the page, see
 * src/domain/quiz/seal.ts) and `release` opens their corrections once an attempt is submitted; the entry test
 * and the module checks ship their keys in clear (they are formative, and correct each answer at once).
 */
export interface QuizBankProps {
  id: string;
  kind: BankKind;
  draw?: number | undefined;
  questions: AnyQuestion[];
  /** Release secret of sealed questions (`openQuestion`). */
  release?: string | undefined;
}

/** Everything an action needs to know about a quiz: its bank and the course's rules for it. */
export interface QuizSetup {
  bank: QuizBankProps;
  /** Pass mark in percent (`course.yaml` masteryScore). */
  masteryScore: number;
  /** Attempts allowed for the final test (`course.yaml` attempts); module checks are unlimited. */
  attempts: number;
  /** Final test: module id → weight (its minutes) for the stratified draw. */
  strata?: Record<string, number> | undefined;
}

interface QuizRuntime {
  /** Answer times of the attempt in progress, by question id (not saved: budget). */
  times: Record<string, { answeredAt: string; latencyMs?: number }>;
  /** The last submission in this page: responses, grades and interaction records. */
  submission?: Submission;
  /** Questions a refused submission left unanswered, in order. */
  unanswered: readonly string[];
}

export const $quizRuntime = map<Record<string, QuizRuntime>>({});

/** A submitted attempt as the pages show it. */
export interface SubmittedAttempt {
  number: number;
  /** YYYY-MM-DD. */
  date: string;
  score: number;
  passed: boolean;
  /** Questions in order (presented), opened: with their key and correction; empty when the bank changed since. */
  questions: Question[];
  results: Record<string, SavedResult>;
  modules: Record<string, ModuleScore>;
  /** Per objective id (final test blueprint). */
  objectives: Record<string, ModuleScore>;
}

export interface QuizView {
  /** The attempt being taken, if any. */
  current: AttemptState | null;
  /** Its questions, in order, options in presentation order (sealed for the final test: no key). */
  questions: AnyQuestion[];
  /** Submitted attempts, oldest first (a module check keeps its last one only). */
  submitted: SubmittedAttempt[];
  /** Attempts started so far (the number of the latest). */
  started: number;
  /** Final test: attempts left; module checks and entry: Infinity or 0. */
  left: number;
  /** A new attempt may start now. */
  canStart: boolean;
  /** Why not, when `canStart` is false and no attempt is in progress. */
  blocked: QuizIssue | null;
  done: boolean;
  /** The learner's responses of the last submission in this page (for the feedback on picked options). */
  responses: Readonly<Record<string, LearnerResponse>>;
  unanswered: readonly string[];
}

const EMPTY_RUNTIME: QuizRuntime = { times: {}, unanswered: [] };

/** The course's rules for this quiz (kind, pass mark, attempts allowed). */
function rulesOf(setup: QuizSetup): QuizRules {
  return { kind: setup.bank.kind, masteryScore: setup.masteryScore, attempts: setup.attempts };
}

/** Draw settings of this bank (`drawSettings`): the same at start and at every redraw. */
function settings(setup: QuizSetup): DrawSettings {
  return drawSettings({ kind: setup.bank.kind, draw: setup.bank.draw, strata: setup.strata });
}

/** The quiz as the island shows it, derived from the learner record and this page's runtime. */
export function quizView(setup: QuizSetup, record: LearnerRecord, runtime: QuizRuntime = EMPTY_RUNTIME): QuizView {
  const activity = record.activities[setup.bank.id];
  const saved = decodeAttempts(activity?.data);
  const started = Math.max(activity?.attempts ?? 0, ...saved.map((a) => a.number));
  const draw = settings(setup);
  let current: AttemptState | null = null;
  let questions: AnyQuestion[] = [];
  const submitted: SubmittedAttempt[] = [];
  for (const attempt of saved) {
    if (attempt.status === 'in-progress') {
      const restored = restoreInProgress(setup.bank.questions, attempt, { ...draw, bank: setup.bank.id });
      if (!restored) continue;
      const answers = Object.fromEntries(
        Object.entries(restored.answers).map(([id, a]) => [id, { ...a, ...runtime.times[id] }]),
      );
      current = { ...restored, answers };
      const presented = attemptQuestions(setup.bank.questions, current);
      questions = presented.ok ? presented.value : [];
    } else {
      const drawn = redraw(setup.bank.questions, attempt, draw);
      const presented = drawn ? attemptQuestions(setup.bank.questions, { seed: attempt.seed, questionIds: drawn.map((q) => q.id) }) : null;
      // The attempt is submitted: its corrections are released (opened) for the page to show.
      const opened = (presented?.ok ? presented.value : []).map((q) => openQuestion(q, setup.bank.release));
      const list = opened.every((q) => q !== null) ? (opened as Question[]) : [];
      submitted.push({
        number: attempt.number,
        date: dayToIso(attempt.day),
        score: attempt.score,
        passed: isPassing(attempt.score, setup.masteryScore),
        questions: list,
        results: Object.fromEntries(list.map((q, i) => [q.id, attempt.results[i] ?? 'incorrect'])),
        modules: moduleScores(list, attempt.results),
        objectives: objectiveScores(list, attempt.results),
      });
    }
  }
  const rule = startRule(rulesOf(setup), current ? saved : saved.filter((a) => a.status === 'submitted'), started);
  const kept = saved.filter((a) => a.status === 'submitted' || current !== null);
  const left = setup.bank.kind === 'final' ? Math.max(0, setup.attempts - started) : setup.bank.kind === 'entry' ? (started > 0 ? 0 : 1) : Infinity;
  const submission = runtime.submission;
  const last = submitted[submitted.length - 1];
  const responses =
    current === null && submission && last && submission.attempt.number === last.number
      ? Object.fromEntries(Object.entries(submission.attempt.answers).map(([id, a]) => [id, a.response]))
      : {};
  return {
    current,
    questions,
    submitted,
    started,
    left,
    canStart: current === null && rule.ok,
    blocked: current === null && !rule.ok ? (rule.issues[0] ?? null) : null,
    done: activity?.done === true || isQuizDone(setup.bank.kind, attemptSummaries(kept, setup.masteryScore), setup.attempts),
    responses,
    unanswered: current ? runtime.unanswered : [],
  };
}

function runtimeOf(bankId: string): QuizRuntime {
  return $quizRuntime.get()[bankId] ?? EMPTY_RUNTIME;
}

function setRuntime(bankId: string, change: Partial<QuizRuntime>): void {
  $quizRuntime.setKey(bankId, { ...runtimeOf(bankId), ...change });
}

/** When each quiz's current question set was last touched: the start of an answer's latency. */
const lastTouch = new Map<string, number>();

function savedOf(bankId: string): SavedAttempt[] {
  return decodeAttempts($record.get().activities[bankId]?.data);
}

function write(setup: QuizSetup, attempts: readonly SavedAttempt[], extra: { score?: number } = {}): void {
  const started = Math.max($record.get().activities[setup.bank.id]?.attempts ?? 0, ...attempts.map((a) => a.number));
  const done = isQuizDone(setup.bank.kind, attemptSummaries(attempts, setup.masteryScore), setup.attempts);
  saveActivity(setup.bank.id, { done, attempts: started, data: encodeAttempts(attempts), ...extra });
}

/** A fresh seed for a draw: randomness comes from the browser here, never from the domain. */
function newSeed(): number {
  return globalThis.crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
}

/**
 * Starts a new attempt (a new draw) when the rules allow it; an attempt in progress is resumed instead.
 * Returns the issue that refused it, if any.
 */
export function start(setup: QuizSetup, now: Date = new Date()): QuizIssue | null {
  const view = quizView(setup, $record.get(), runtimeOf(setup.bank.id));
  if (view.current) return null;
  const saved = savedOf(setup.bank.id).filter((a) => a.status === 'submitted');
  const rule = startRule(rulesOf(setup), saved, view.started);
  if (!rule.ok) return rule.issues[0] ?? null;
  const attempt = startAttempt(setup.bank.questions, { ...settings(setup), bank: setup.bank.id, number: rule.value.number, seed: newSeed(), startedAt: now.toISOString() });
  if (!attempt.ok) return attempt.issues[0] ?? null;
  const questions = attemptQuestions(setup.bank.questions, attempt.value);
  if (!questions.ok) return questions.issues[0] ?? null;
  // A module check or the entry test keeps its latest result only (its best score stays in the record).
  const history = setup.bank.kind === 'final' ? saved : saved.slice(-1);
  lastTouch.set(setup.bank.id, now.getTime());
  setRuntime(setup.bank.id, { times: {}, unanswered: [] });
  write(setup, [...history, saveInProgress(attempt.value, questions.value)]);
  return null;
}

/**
 * A question's new answer, or how to make it from the answer stored now. A control that adds to an answer (a
 * box ticked, a pair chosen, an item moved) gives the update: the island redraws after a timer, so a second
 * change made before it would otherwise start from the answer last drawn and drop the first.
 */
export type AnswerUpdate = LearnerResponse | undefined | ((stored: LearnerResponse | undefined) => LearnerResponse | undefined);

/** Records (or changes, or clears with an empty response) the answer to one question of the attempt in progress. */
export function answer(setup: QuizSetup, questionId: string, update: AnswerUpdate, now: Date = new Date()): QuizIssue | null {
  const runtime = runtimeOf(setup.bank.id);
  const view = quizView(setup, $record.get(), runtime);
  if (!view.current) return { code: 'attempt.unknown-question', params: { questionId } };
  const response = typeof update === 'function' ? update(view.current.answers[questionId]?.response) : update;
  // The latency runs from the last answer (or the start) in this page; after a reload it is unknown, not 0.
  const since = lastTouch.get(setup.bank.id);
  const when = since === undefined ? { answeredAt: now.toISOString() } : { answeredAt: now.toISOString(), latencyMs: Math.max(0, now.getTime() - since) };
  const next = answerQuestion(view.current, questionId, response, when);
  if (!next.ok) return next.issues[0] ?? null;
  lastTouch.set(setup.bank.id, now.getTime());
  const { [questionId]: _previous, ...times } = runtime.times;
  const answered = next.value.answers[questionId] !== undefined;
  setRuntime(setup.bank.id, {
    times: answered ? { ...times, [questionId]: when } : times,
    unanswered: runtime.unanswered.filter((id) => id !== questionId || !answered),
  });
  const others = savedOf(setup.bank.id).filter((a) => a.status === 'submitted');
  write(setup, [...others, saveInProgress(next.value, view.questions)]);
  return null;
}

/**
 * Submits the attempt in progress. Refused with `attempt.unanswered` (listing the questions, in order)
 * while a question has no answer. On success the outcome goes to the record: score (the best is kept),
 * attempts, done by the rule of the quiz's kind; the entry test also marks the modules it finds mastered.
 */
export function submit(setup: QuizSetup, now: Date = new Date()): Result<Submission> {
  const view = quizView(setup, $record.get(), runtimeOf(setup.bank.id));
  if (!view.current) return fail({ code: 'attempt.unknown-question', params: { questionId: '' } });
  const result = submitAttempt(view.current, setup.bank.questions, {
    submittedAt: now.toISOString(),
    masteryScore: setup.masteryScore,
    open: (question) => openQuestion(question, setup.bank.release),
  });
  if (!result.ok) {
    const unanswered = result.issues.flatMap((issue) => (issue.code === 'attempt.unanswered' ? issue.params.questionIds : []));
    setRuntime(setup.bank.id, { unanswered });
    return result;
  }
  const { attempt, result: graded } = result.value;
  const previous = savedOf(setup.bank.id).filter((a) => a.status === 'submitted');
  const history = setup.bank.kind === 'final' ? previous : [];
  setRuntime(setup.bank.id, { submission: result.value, unanswered: [], times: {} });
  write(setup, [...history, saveSubmitted(attempt, graded.score, graded.grades)], { score: graded.score });
  if (setup.bank.kind === 'entry') for (const moduleId of masteredModules(graded.modules)) markMastered(moduleId, true);
  return result;
}

/** « Recommencer »: a new attempt with a new draw, when the rules allow one. */
export function retry(setup: QuizSetup, now: Date = new Date()): QuizIssue | null {
  setRuntime(setup.bank.id, { times: {}, unanswered: [] });
  return start(setup, now);
}

/**
 * Attempts: the state of a quiz being taken, as plain serialisable data (it is saved on every answer and
 * survives a reload), the pure steps that change it, and the rule for remaining attempts.
 *
 * An attempt keeps its seed and the ids it drew: the questions and their option order are derived again from
 * them (`attemptQuestions`), so a reload shows the same draw even if the bank file was reordered since.
 */
import { drawWithSeed } from './draw';
import { grade as gradeQuestion, isEmptyResponse } from './grade';
import { interactionRecord, type AnswerEvent, type InteractionRecord } from './interaction';
import { isPassing } from './mastery';
import { presentQuestion } from './present';
import { fail, ok, type AnyQuestion, type Grade, type LearnerResponse, type Question, type Result } from './types';

/** One module's share of an attempt. */
export interface ModuleScore {
  correct: number;
  total: number;
  /** 0–100, rounded down. */
  score: number;
}

export interface AttemptResult {
  /** Share of questions with full credit, 0–100, rounded down (so 79.9 % is 79 and fails an 80 % mark). */
  score: number;
  /** Mean partial credit, 0–100, rounded down: reported beside the score, never used to pass. */
  partialScore: number;
  /** `score` reaches the mastery score (and there was at least one question). */
  passed: boolean;
  correct: number;
  total: number;
  /** Per module id, in order of first appearance among the questions. */
  modules: Record<string, ModuleScore>;
  /** Per objective id (a question counts for each objective it assesses), in order of first appearance. */
  objectives: Record<string, ModuleScore>;
  /** Per question id. Unanswered questions are `empty` and count as not correct. */
  grades: Record<string, Grade>;
}

function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.floor((part * 100) / whole);
}

/**
 * Grades a set of questions. The score counts full credit only (see `GRADING_RULES`); a missing response is
 * graded `empty` and earns nothing.
 */
export function gradeAttempt(
  questions: readonly AnyQuestion[],
  responses: Readonly<Record<string, LearnerResponse | undefined>>,
  masteryScore: number,
): AttemptResult {
  const grades: Record<string, Grade> = {};
  const modules: Record<string, ModuleScore> = {};
  const objectives: Record<string, ModuleScore> = {};
  let correct = 0;
  let partial = 0;
  for (const question of questions) {
    const result = gradeQuestion(question, responses[question.id]);
    grades[question.id] = result;
    correct += result.credit;
    partial += result.partialCredit;
    const mod = (modules[question.module] ??= { correct: 0, total: 0, score: 0 });
    mod.correct += result.credit;
    mod.total += 1;
    for (const id of question.objectives) {
      const objective = (objectives[id] ??= { correct: 0, total: 0, score: 0 });
      objective.correct += result.credit;
      objective.total += 1;
    }
  }
  for (const score of [...Object.values(modules), ...Object.values(objectives)]) score.score = percent(score.correct, score.total);
  const total = questions.length;
  const score = percent(correct, total);
  // Partial credits are fractions: round to a millionth first so 0.1 + 0.2 does not lose a point.
  const partialScore = total === 0 ? 0 : Math.floor(Math.round((partial * 100 * 1e6) / total) / 1e6);
  return { score, partialScore, passed: total > 0 && isPassing(score, masteryScore), correct, total, modules, objectives, grades };
}

export interface AttemptState {
  /** Bank the questions come from. */
  bank: string;
  /** 1 for the first attempt. */
  number: number;
  /** Seed of the draw and of every shuffle. */
  seed: number;
  /** Ids of the drawn questions, in presentation order. */
  questionIds: readonly string[];
  /** ISO 8601 time the attempt started. */
  startedAt: string;
  /** Answers given so far, by question id; an answer may be changed until the attempt is submitted. */
  answers: Readonly<Record<string, AnswerEvent>>;
  status: 'in-progress' | 'submitted';
  /** Set on submission. */
  submittedAt?: string;
  score?: number;
  passed?: boolean;
}

export interface StartOptions {
  bank: string;
  number: number;
  seed: number;
  startedAt: string;
  /** Questions to draw. Default: the whole bank. */
  count?: number | undefined;
  /** Module weights for a stratified draw (see `drawQuestions`). */
  strata?: Readonly<Record<string, number>> | undefined;
  /** Shuffle the questions. Default `true`. */
  shuffle?: boolean | undefined;
  /** Assess every objective at least once (the final test's blueprint, see `drawQuestions`). */
  coverObjectives?: boolean | undefined;
}

/** Starts an attempt: draws its questions from the seed. Fails as `drawQuestions` does. */
export function startAttempt(bank: readonly AnyQuestion[], options: StartOptions): Result<AttemptState> {
  const drawn = drawWithSeed(bank, options.seed, options);
  if (!drawn.ok) return drawn;
  return ok({
    bank: options.bank,
    number: options.number,
    seed: options.seed,
    questionIds: drawn.value.map((q) => q.id),
    startedAt: options.startedAt,
    answers: {},
    status: 'in-progress',
  });
}

/**
 * The attempt's questions in order, with options in their presentation order. Fails with
 * `attempt.unknown-question` if the bank no longer holds a drawn question.
 */
export function attemptQuestions<Q extends AnyQuestion>(bank: readonly Q[], attempt: Pick<AttemptState, 'seed' | 'questionIds'>): Result<Q[]> {
  const byId = new Map(bank.map((q) => [q.id, q] as const));
  const questions: Q[] = [];
  for (const id of attempt.questionIds) {
    const question = byId.get(id);
    if (!question) return fail({ code: 'attempt.unknown-question', params: { questionId: id } });
    questions.push(presentQuestion(question, attempt.seed));
  }
  return ok(questions);
}

/** No answer at all: nothing given, an empty string, an empty selection or an empty set of pairs. */
function isBlank(response: LearnerResponse): boolean {
  if (response === '') return true;
  if (typeof response !== 'object') return false;
  return Array.isArray(response) ? response.length === 0 : Object.keys(response).length === 0;
}

/**
 * Records (or changes) the answer to one question. An empty response clears the answer: unticking every box
 * leaves the question unanswered. Fails on a submitted attempt or a question it did not draw.
 */
export function answer(
  attempt: AttemptState,
  questionId: string,
  response: LearnerResponse | undefined,
  when: { answeredAt: string; latencyMs?: number | undefined },
): Result<AttemptState> {
  if (attempt.status === 'submitted') return fail({ code: 'attempt.submitted', params: { number: attempt.number } });
  if (!attempt.questionIds.includes(questionId)) return fail({ code: 'attempt.unknown-question', params: { questionId } });
  const { [questionId]: _previous, ...others } = attempt.answers;
  if (response === undefined || isBlank(response)) return ok({ ...attempt, answers: others });
  return ok({ ...attempt, answers: { ...others, [questionId]: { response, answeredAt: when.answeredAt, latencyMs: when.latencyMs } } });
}

export interface Submission {
  attempt: AttemptState;
  result: AttemptResult;
  /** One record per question, in the attempt's order. */
  interactions: InteractionRecord[];
}

/**
 * Submits an attempt: grades it and produces the interaction records. Refused with `attempt.unanswered`
 * (listing the questions) while a question has no answer, as an unanswered question is not a wrong one.
 *
 * A sealed question is graded on its digests; its interaction record (which carries the correct response)
 * needs the question opened: `open` is called here, once the attempt is graded, and a question it cannot open
 * gets no record. Questions in clear need no `open`.
 */
export function submit(
  attempt: AttemptState,
  bank: readonly AnyQuestion[],
  options: { submittedAt: string; masteryScore: number; open?: ((question: AnyQuestion) => Question | null) | undefined },
): Result<Submission> {
  if (attempt.status === 'submitted') return fail({ code: 'attempt.submitted', params: { number: attempt.number } });
  const questions = attemptQuestions(bank, attempt);
  if (!questions.ok) return questions;
  const unanswered = questions.value.filter((q) => isEmptyResponse(q, attempt.answers[q.id]?.response)).map((q) => q.id);
  if (unanswered.length > 0) return fail({ code: 'attempt.unanswered', params: { questionIds: unanswered } });

  const responses = Object.fromEntries(Object.entries(attempt.answers).map(([id, a]) => [id, a.response]));
  const result = gradeAttempt(questions.value, responses, options.masteryScore);
  const open = options.open ?? ((q: AnyQuestion) => ('seal' in q ? null : q));
  const interactions = questions.value.flatMap((presented) => {
    const given = attempt.answers[presented.id];
    const q = given ? open(presented) : null;
    const record = given && q ? interactionRecord(q, given, result.grades[q.id]) : null;
    return record ? [record] : [];
  });
  return ok({
    attempt: { ...attempt, status: 'submitted', submittedAt: options.submittedAt, score: result.score, passed: result.passed },
    result,
    interactions,
  });
}

/** What the attempt rule needs to know of each past attempt. */
export type AttemptSummary = Pick<AttemptState, 'number' | 'status'> & { passed?: boolean | undefined };

export { attemptsLeft, canStartAttempt } from './attempt-rule';

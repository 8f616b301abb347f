/**
 * The saved form of a quiz's attempts: the `data` string of its activity in the learner record.
 *
 * The whole record shares a budget of about 3,000 characters (SCORM 1.2 suspend_data), so a quiz saves no
 * question text and no question id: an attempt keeps its seed, and its questions are drawn again from the
 * bank with it (`drawQuestions` is deterministic). A short check of the drawn ids tells when the bank has
 * changed since, so answers are never attached to the wrong questions.
 *
 * Layout (no character that JSON would escape): attempts joined by `|`, each
 * `number.seed.day.check.state`, with seed, day (days since 1970-01-01, UTC) and check in base 36, and
 * - in progress: `p` then the answers in question order, joined by `,` (empty = not answered yet);
 * - submitted: `s<score>` then one letter per question in order: `c` correct, `p` partial, `w` wrong.
 * Answers are stable ids, never positions: `+` joins the ids of a multiple or order answer, a match answer
 * lists the choice of each prompt in the order of the prompts' ids, vrai/faux is `v` or `f`.
 */
import type { AttemptState, ModuleScore, StartOptions } from './attempt';
import { drawWithSeed, type Drawable } from './draw';
import { hashString } from './random';
import type { GradeStatus, LearnerResponse, PublicQuestion } from './types';

/** A graded question's outcome, as saved. */
export type SavedResult = Exclude<GradeStatus, 'empty'>;

const RESULT_LETTER: Record<SavedResult, string> = { correct: 'c', partial: 'p', incorrect: 'w' };
const LETTER_RESULT: Record<string, SavedResult> = { c: 'correct', p: 'partial', w: 'incorrect' };

interface SavedBase {
  number: number;
  seed: number;
  /** Day the attempt started, in days since 1970-01-01 (UTC). */
  day: number;
  /** Check of the drawn ids (`drawCheck`). */
  check: string;
}

export interface SavedInProgress extends SavedBase {
  status: 'in-progress';
  /** Encoded answers in question order (`encodeResponse`); `''` for a question not answered yet. */
  answers: readonly string[];
}

export interface SavedSubmitted extends SavedBase {
  status: 'submitted';
  /** 0–100, as graded. */
  score: number;
  /** Outcome of each question, in question order. */
  results: readonly SavedResult[];
}

export type SavedAttempt = SavedInProgress | SavedSubmitted;

/** What `startAttempt` needs beyond the seed to draw the same questions again. */
export type DrawSettings = Pick<StartOptions, 'count' | 'strata' | 'shuffle' | 'coverObjectives'>;

/**
 * The draw settings of a bank, the same at the start of an attempt and at every redraw (or saved attempts
 * would not match): the final test is shuffled and drawn by objective; the others give their questions in the
 * file's order.
 */
export function drawSettings(bank: { kind: 'entry' | 'module-check' | 'final'; draw?: number | undefined; strata?: Readonly<Record<string, number>> | undefined }): DrawSettings {
  const final = bank.kind === 'final';
  return { count: bank.draw, strata: bank.strata, shuffle: final, coverObjectives: final };
}

/** A short check of the drawn question ids, in order. */
export function drawCheck(questionIds: readonly string[]): string {
  return hashString(questionIds.join(' ')).toString(36);
}

/** Days since 1970-01-01 (UTC) of an ISO 8601 time; 0 when unreadable. */
export function dayOf(iso: string): number {
  const time = Date.parse(iso);
  return Number.isFinite(time) ? Math.floor(time / 86_400_000) : 0;
}

/** The ISO date (YYYY-MM-DD) of a saved day. */
export function dayToIso(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

const sortedPromptIds = (question: Extract<PublicQuestion, { type: 'match' }>) => question.prompts.map((p) => p.id).sort();

/** One answer as saved text (see the layout above). */
export function encodeResponse(question: PublicQuestion, response: LearnerResponse | undefined): string {
  if (response === undefined) return '';
  switch (question.type) {
    case 'truefalse':
      return response === true ? 'v' : response === false ? 'f' : '';
    case 'single':
      return typeof response === 'string' ? response : '';
    case 'multiple':
    case 'order':
      return Array.isArray(response) ? response.join('+') : '';
    case 'match': {
      if (typeof response !== 'object' || Array.isArray(response)) return '';
      const pairs = response as Readonly<Record<string, string>>;
      return sortedPromptIds(question).map((id) => pairs[id] ?? '').join('+');
    }
  }
}

/** The answer read back from its saved text; `undefined` for nothing answered. */
export function decodeResponse(question: PublicQuestion, text: string): LearnerResponse | undefined {
  if (text === '') return undefined;
  switch (question.type) {
    case 'truefalse':
      return text === 'v' ? true : text === 'f' ? false : undefined;
    case 'single':
      return text;
    case 'multiple':
    case 'order':
      return text.split('+').filter((id) => id !== '');
    case 'match': {
      const choices = text.split('+');
      const pairs: Record<string, string> = {};
      sortedPromptIds(question).forEach((id, i) => {
        const choice = choices[i];
        if (choice) pairs[id] = choice;
      });
      return pairs;
    }
  }
}

/** Encodes every attempt into the activity's `data` string. */
export function encodeAttempts(attempts: readonly SavedAttempt[]): string {
  return attempts
    .map((a) => {
      const head = `${a.number}.${a.seed.toString(36)}.${a.day.toString(36)}.${a.check}`;
      return a.status === 'in-progress'
        ? `${head}.p${a.answers.join(',')}`
        : `${head}.s${a.score}.${a.results.map((r) => RESULT_LETTER[r]).join('')}`;
    })
    .join('|');
}

const BASE36 = /^[0-9a-z]+$/;
const ANSWER = /^[0-9a-z+-]*$/;

function decodeOne(text: string): SavedAttempt | null {
  const parts = text.split('.');
  const [number, seed, day, check, state, results] = parts;
  if (number === undefined || seed === undefined || day === undefined || check === undefined || state === undefined) return null;
  if (!/^[1-9]\d*$/.test(number) || !BASE36.test(seed) || !BASE36.test(day) || !BASE36.test(check)) return null;
  const base: SavedBase = { number: Number(number), seed: parseInt(seed, 36) >>> 0, day: parseInt(day, 36), check };
  if (state.startsWith('p') && parts.length === 5) {
    const answers = state.slice(1).split(',');
    return answers.every((a) => ANSWER.test(a)) ? { ...base, status: 'in-progress', answers } : null;
  }
  if (state.startsWith('s') && parts.length === 6 && /^s\d{1,3}$/.test(state) && results !== undefined && /^[cpw]*$/.test(results)) {
    const score = Number(state.slice(1));
    if (score > 100) return null;
    return { ...base, status: 'submitted', score, results: [...results].map((letter) => LETTER_RESULT[letter] ?? 'incorrect') };
  }
  return null;
}

/**
 * Reads the attempts back. Never throws: an unreadable attempt is dropped (the learner then starts a new
 * one), and `undefined` or `''` gives no attempts.
 */
export function decodeAttempts(data: string | undefined): SavedAttempt[] {
  if (!data) return [];
  return data.split('|').flatMap((part) => {
    const attempt = decodeOne(part);
    return attempt ? [attempt] : [];
  });
}

/** The saved form of an attempt in progress, given its questions in order. */
export function saveInProgress(attempt: AttemptState, questions: readonly PublicQuestion[]): SavedInProgress {
  return {
    number: attempt.number,
    seed: attempt.seed,
    day: dayOf(attempt.startedAt),
    check: drawCheck(attempt.questionIds),
    status: 'in-progress',
    answers: questions.map((q) => encodeResponse(q, attempt.answers[q.id]?.response)),
  };
}

/** The saved form of a submitted attempt, from its graded outcome per question. */
export function saveSubmitted(attempt: AttemptState, score: number, grades: Readonly<Record<string, { status: GradeStatus }>>): SavedSubmitted {
  return {
    number: attempt.number,
    seed: attempt.seed,
    day: dayOf(attempt.startedAt),
    check: drawCheck(attempt.questionIds),
    status: 'submitted',
    score,
    results: attempt.questionIds.map((id) => {
      const status = grades[id]?.status;
      return status === undefined || status === 'empty' ? 'incorrect' : status;
    }),
  };
}

/**
 * The ids a saved attempt drew, drawn again from its seed; `null` when the bank changed since (the check
 * differs) or can no longer give the draw.
 */
export function redraw<Q extends Drawable>(bank: readonly Q[], saved: SavedBase, settings: DrawSettings): Q[] | null {
  const drawn = drawWithSeed(bank, saved.seed, settings);
  if (!drawn.ok || drawCheck(drawn.value.map((q) => q.id)) !== saved.check) return null;
  return drawn.value;
}

/** Per-module scores of a submitted attempt, from its saved outcomes and its questions in order. */
export function moduleScores(questions: readonly Drawable[], results: readonly SavedResult[]): Record<string, ModuleScore> {
  const modules: Record<string, ModuleScore> = {};
  questions.forEach((q, i) => {
    const mod = (modules[q.module] ??= { correct: 0, total: 0, score: 0 });
    mod.total += 1;
    if (results[i] === 'correct') mod.correct += 1;
  });
  for (const mod of Object.values(modules)) mod.score = Math.floor((mod.correct * 100) / mod.total);
  return modules;
}

/**
 * Per-objective scores of a submitted attempt, from its saved outcomes and its questions in order: a question
 * counts for each objective it assesses (one or two). Objectives in order of first appearance.
 */
export function objectiveScores(questions: readonly Drawable[], results: readonly SavedResult[]): Record<string, ModuleScore> {
  const objectives: Record<string, ModuleScore> = {};
  questions.forEach((q, i) => {
    for (const id of q.objectives ?? []) {
      const score = (objectives[id] ??= { correct: 0, total: 0, score: 0 });
      score.total += 1;
      if (results[i] === 'correct') score.correct += 1;
    }
  });
  for (const score of Object.values(objectives)) score.score = Math.floor((score.correct * 100) / score.total);
  return objectives;
}

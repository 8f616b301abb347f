/**
 * The quiz engine's data: questions, learner responses, grades and issues, all plain serialisable data.
 *
 * These shapes are what `src/schemas/quiz.ts` produces from a bank file (`content/quizzes/<bank>.yaml`); the
 * engine never reads files itself. Optional fields are typed `?: T | undefined` so zod's parsed output fits.
 */
import { refuse, succeed, type Result as DomainResult } from '../result';

/** The five question types: choix unique, choix multiples, vrai/faux, remettre dans l'ordre, associer. */
export type QuestionType = 'single' | 'multiple' | 'truefalse' | 'order' | 'match';

/** Every question type, in the order the course presents them to authors. */
export const QUESTION_TYPES: readonly QuestionType[] = ['single', 'multiple', 'truefalse', 'order', 'match'];

/** An option, an item to order, a prompt or a choice: a stable id, its text and optional feedback. */
export interface Choice {
  /** Stable id within its question; responses and interaction records use it, never a position. */
  id: string;
  /** Text shown to the learner. */
  text: string;
  /** Feedback shown when the learner picked this option (single and multiple only). */
  feedback?: string | undefined;
}

/** Feedback per outcome of the whole answer. */
export interface AnswerFeedback {
  correct?: string | undefined;
  incorrect?: string | undefined;
  partial?: string | undefined;
}

/** Where the lesson that teaches a question lives. */
export interface LessonLink {
  /** Lesson id from `course.yaml`. */
  id: string;
  /** Anchor of the section inside the lesson page, without `#`. */
  section?: string | undefined;
}

interface QuestionBase {
  /** Stable id, unique across every bank: it keys responses, attempts and LMS interactions. */
  id: string;
  /** Module id from `course.yaml`: draws are stratified by it and results reported per module. */
  module: string;
  /** Ids of the one or two objectives of its module (`course.yaml`) the question assesses. */
  objectives: readonly string[];
  /** The question itself. */
  stem: string;
  /** Short explanation shown after grading. */
  explanation: string;
  /** The lesson section that teaches it. */
  lesson: LessonLink;
  /** Feedback per outcome. */
  feedback?: AnswerFeedback | undefined;
}

/** Choix unique: one option is right. */
export interface SingleQuestion extends QuestionBase {
  type: 'single';
  options: readonly Choice[];
  /** Id of the right option. */
  answer: string;
  /** Shuffle the options when presenting the question. */
  shuffle: boolean;
}

/** Choix multiples: one or more options are right. */
export interface MultipleQuestion extends QuestionBase {
  type: 'multiple';
  options: readonly Choice[];
  /** Ids of every right option. */
  answer: readonly string[];
  shuffle: boolean;
}

/** Vrai/faux. */
export interface TrueFalseQuestion extends QuestionBase {
  type: 'truefalse';
  /** `true` when the statement in the stem is true. */
  answer: boolean;
}

/** Remettre dans l'ordre: put every item in sequence. */
export interface OrderQuestion extends QuestionBase {
  type: 'order';
  items: readonly Choice[];
  /** Every item id, in the right order. */
  answer: readonly string[];
}

/** Associer: give each prompt its choice (a choice may serve several prompts or none). */
export interface MatchQuestion extends QuestionBase {
  type: 'match';
  prompts: readonly Choice[];
  choices: readonly Choice[];
  /** Prompt id → choice id, one entry per prompt. */
  answer: Readonly<Record<string, string>>;
  shuffle: boolean;
}

export type Question = SingleQuestion | MultipleQuestion | TrueFalseQuestion | OrderQuestion | MatchQuestion;

/** The fields of a question that give its answer away: the key, the texts of the correction, the lesson. */
export type KeyField = 'answer' | 'explanation' | 'feedback' | 'lesson';

/**
 * What the learner sees of a question before submitting: its type, stem and choices, no key. (Choices keep the
 * `Choice` type, but a public question carries no choice feedback: it tells which option is right.)
 */
export type PublicQuestion = Question extends infer Q ? (Q extends Question ? Omit<Q, KeyField> : never) : never;

/**
 * A question of a bank whose key must stay out of the page (the final test): its public part, the digests the
 * grading compares responses with and the correction, encrypted. See `seal.ts`.
 */
export type SealedQuestion = PublicQuestion & { seal: Seal };

/** What `seal.ts` adds to a public question. */
export interface Seal {
  /** Random per question and per build (base64url). */
  salt: string;
  /** Salted digests of the units of the key (`keyUnits`), sorted: grading looks responses up in them. */
  digests: readonly string[];
  /** The correction (key, feedback, explanation, lesson) encrypted, base64url. */
  box: string;
}

/** A question as the engine takes it: with its key in clear (entry test, module checks) or sealed (final test). */
export type AnyQuestion = Question | SealedQuestion;

/** The learner's response for each question type: always stable ids (or a boolean), never positions. */
export interface ResponseByType {
  single: string;
  multiple: readonly string[];
  truefalse: boolean;
  order: readonly string[];
  match: Readonly<Record<string, string>>;
}

/** Any learner response. */
export type LearnerResponse = ResponseByType[QuestionType];

/**
 * Outcome of one question. `empty` means nothing was answered: it is not a wrong answer, and the UI refuses
 * to submit it.
 */
export type GradeStatus = 'correct' | 'incorrect' | 'partial' | 'empty';

export interface Grade {
  status: GradeStatus;
  /** 1 when the answer is entirely right, else 0. Scores and the pass decision count this only. */
  credit: 0 | 1;
  /** Share of the answer that is right, 0–1, reported beside the score (see `GRADING_RULES`). */
  partialCredit: number;
}

/** A rule violation, as a value the UI maps to a message. */
export type QuizIssue =
  | { code: 'draw.invalid-count'; params: { count: number } }
  | { code: 'draw.bank-too-small'; params: { requested: number; available: number } }
  | { code: 'attempt.unknown-question'; params: { questionId: string } }
  | { code: 'attempt.submitted'; params: { number: number } }
  | { code: 'attempt.unanswered'; params: { questionIds: readonly string[] } }
  | { code: 'attempt.in-progress'; params: { number: number } }
  | { code: 'attempt.already-passed'; params: { number: number } }
  | { code: 'attempt.none-left'; params: { allowed: number } };

export type QuizIssueCode = QuizIssue['code'];

/** Either a value or the issue that prevented it (the domain's one result shape, ../result.ts). */
export type Result<T> = DomainResult<T, QuizIssue>;

export function ok<T>(value: T): Result<T> {
  return succeed(value);
}

export function fail<T = never>(issue: QuizIssue): Result<T> {
  return refuse(issue);
}

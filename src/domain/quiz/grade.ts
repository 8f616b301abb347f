/**
 * Grading, one rule per question type.
 *
 * The rule, stated once (and exported as data in `GRADING_RULES` so pages and documentation can show it):
 * - **Full credit** (`credit: 1`) only for an entirely right answer: the right option (single, vrai/faux),
 *   exactly the set of right options, no more and no less (multiple), the exact sequence (order), every pair
 *   right (match). Scores and the pass decision count full credit only.
 * - **Partial credit** (`partialCredit`, 0–1) is reported beside the score, never used to pass:
 *   multiple: max(0, (right picks − wrong picks) / number of right options); order: share of items in their
 *   right position; match: share of prompts given their right choice; single and vrai/faux: 0 or 1.
 * - **Empty** (nothing answered, or a response of the wrong shape) is `empty`, not wrong: the UI refuses to
 *   submit it.
 * - A status is `correct` with full credit, `partial` with some partial credit, `incorrect` otherwise.
 *
 * A sealed question (final test, `seal.ts`) is graded by the same rule, without its key: each unit of the
 * response (an option picked, an item at a position, a pair) is hashed with the question's salt and looked up
 * among the digests of the key's units.
 */
import { isSealed, unit, unitDigest } from './seal';
import type {
  AnswerFeedback,
  AnyQuestion,
  Choice,
  Grade,
  GradeStatus,
  LearnerResponse,
  MatchQuestion,
  MultipleQuestion,
  OrderQuestion,
  PublicQuestion,
  Question,
  QuestionType,
  ResponseByType,
  SealedQuestion,
} from './types';

/** The grading rule of each type, as data: what gives full credit and how partial credit is computed. */
export const GRADING_RULES = {
  passDecision: 'full-credit-only',
  single: { full: 'the right option', partial: 'none' },
  multiple: { full: 'exactly the set of right options', partial: 'max(0, (right picks - wrong picks) / number of right options)' },
  truefalse: { full: 'the right value', partial: 'none' },
  order: { full: 'the exact sequence', partial: 'share of items in their right position' },
  match: { full: 'every pair right', partial: 'share of prompts given their right choice' },
} as const satisfies { passDecision: string } & Record<QuestionType, { full: string; partial: string }>;

const EMPTY: Grade = { status: 'empty', credit: 0, partialCredit: 0 };

function isStringArray(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isStringRecord(value: unknown): value is Readonly<Record<string, string>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string');
}

/**
 * The response narrowed to the question's type, or `null` when nothing usable was answered (missing, empty
 * selection, empty string, or a value of the wrong shape, e.g. from a corrupted save).
 */
export function usableResponse<T extends QuestionType>(type: T, response: unknown): ResponseByType[T] | null;
export function usableResponse(type: QuestionType, response: unknown): LearnerResponse | null {
  switch (type) {
    case 'single':
      return typeof response === 'string' && response !== '' ? response : null;
    case 'truefalse':
      return typeof response === 'boolean' ? response : null;
    case 'multiple':
    case 'order':
      return isStringArray(response) && response.length > 0 ? response : null;
    case 'match':
      return isStringRecord(response) && Object.values(response).some((v) => v !== '') ? response : null;
  }
}

/** Whether a response counts as « nothing answered ». */
export function isEmptyResponse(question: PublicQuestion, response: unknown): boolean {
  return usableResponse(question.type, response) === null;
}

/**
 * `empty`: nothing answered; `incomplete`: an order that does not place every item once, or a match that
 * leaves a prompt without a choice; `complete` otherwise. The UI may refuse to submit anything but `complete`.
 */
export function responseCompleteness(question: PublicQuestion, response: unknown): 'empty' | 'incomplete' | 'complete' {
  switch (question.type) {
    case 'order': {
      const order = usableResponse('order', response);
      if (!order) return 'empty';
      const ids = new Set(order);
      const complete = order.length === question.items.length && ids.size === order.length && question.items.every((item) => ids.has(item.id));
      return complete ? 'complete' : 'incomplete';
    }
    case 'match': {
      const pairs = usableResponse('match', response);
      if (!pairs) return 'empty';
      const choiceIds = new Set(question.choices.map((c) => c.id));
      return question.prompts.every((p) => choiceIds.has(pairs[p.id] ?? '')) ? 'complete' : 'incomplete';
    }
    default:
      return isEmptyResponse(question, response) ? 'empty' : 'complete';
  }
}

const CORRECT: Grade = { status: 'correct', credit: 1, partialCredit: 1 };

/** A grade short of full credit, with the share of the answer that was right (clamped to 0–1). */
function notFull(share: number): Grade {
  const partialCredit = Math.min(1, Math.max(0, share));
  return { status: partialCredit > 0 ? 'partial' : 'incorrect', credit: 0, partialCredit };
}

function gradeMultiple(question: MultipleQuestion, picks: readonly string[]): Grade {
  const right = new Set(question.answer);
  const picked = new Set(picks);
  let rightPicks = 0;
  let wrongPicks = 0;
  for (const id of picked) {
    if (right.has(id)) rightPicks++;
    else wrongPicks++;
  }
  if (rightPicks === right.size && wrongPicks === 0) return { ...CORRECT };
  return notFull((rightPicks - wrongPicks) / right.size);
}

function gradeOrder(question: OrderQuestion, sequence: readonly string[]): Grade {
  const inPlace = question.answer.filter((id, i) => sequence[i] === id).length;
  if (inPlace === question.answer.length && sequence.length === question.answer.length) return { ...CORRECT };
  return notFull(inPlace / question.answer.length);
}

function gradeMatch(question: MatchQuestion, pairs: Readonly<Record<string, string>>): Grade {
  const prompts = Object.keys(question.answer);
  const right = prompts.filter((prompt) => pairs[prompt] === question.answer[prompt]).length;
  return right === prompts.length ? { ...CORRECT } : notFull(right / prompts.length);
}

/** Grades a response to a sealed question against its digests: the same rule as `grade`, no key needed. */
function gradeSealed(question: SealedQuestion, response: unknown): Grade {
  const { salt, digests } = question.seal;
  const known = new Set(digests);
  const right = (u: string) => known.has(unitDigest(salt, question.id, u));
  switch (question.type) {
    case 'single': {
      const pick = usableResponse('single', response);
      return pick === null ? { ...EMPTY } : right(unit.single(pick)) ? { ...CORRECT } : notFull(0);
    }
    case 'truefalse': {
      const value = usableResponse('truefalse', response);
      return value === null ? { ...EMPTY } : right(unit.truefalse(value)) ? { ...CORRECT } : notFull(0);
    }
    case 'multiple': {
      const picks = usableResponse('multiple', response);
      if (picks === null) return { ...EMPTY };
      let rightPicks = 0;
      let wrongPicks = 0;
      for (const id of new Set(picks)) {
        if (right(unit.option(id))) rightPicks++;
        else wrongPicks++;
      }
      if (rightPicks === digests.length && wrongPicks === 0) return { ...CORRECT };
      return notFull((rightPicks - wrongPicks) / digests.length);
    }
    case 'order': {
      const sequence = usableResponse('order', response);
      if (sequence === null) return { ...EMPTY };
      const count = question.items.length;
      const inPlace = sequence.filter((id, i) => i < count && right(unit.position(i, id))).length;
      if (inPlace === count && sequence.length === count) return { ...CORRECT };
      return notFull(inPlace / count);
    }
    case 'match': {
      const pairs = usableResponse('match', response);
      if (pairs === null) return { ...EMPTY };
      const matched = question.prompts.filter((p) => pairs[p.id] !== undefined && right(unit.pair(p.id, pairs[p.id] as string))).length;
      return matched === question.prompts.length ? { ...CORRECT } : notFull(matched / question.prompts.length);
    }
  }
}

/** Grades one response against its question (see the rule at the top of this file), sealed or not. */
export function grade(question: AnyQuestion, response: unknown): Grade {
  if (isSealed(question)) return gradeSealed(question, response);
  switch (question.type) {
    case 'single': {
      const pick = usableResponse('single', response);
      return pick === null ? { ...EMPTY } : pick === question.answer ? { ...CORRECT } : notFull(0);
    }
    case 'truefalse': {
      const value = usableResponse('truefalse', response);
      return value === null ? { ...EMPTY } : value === question.answer ? { ...CORRECT } : notFull(0);
    }
    case 'multiple': {
      const picks = usableResponse('multiple', response);
      return picks === null ? { ...EMPTY } : gradeMultiple(question, picks);
    }
    case 'order': {
      const sequence = usableResponse('order', response);
      return sequence === null ? { ...EMPTY } : gradeOrder(question, sequence);
    }
    case 'match': {
      const pairs = usableResponse('match', response);
      return pairs === null ? { ...EMPTY } : gradeMatch(question, pairs);
    }
  }
}

/** The right response, in the same shape as a learner's (for corrections and interaction records). */
export function correctResponse(question: Question): LearnerResponse {
  switch (question.type) {
    case 'multiple':
    case 'order':
      return [...question.answer];
    case 'match':
      return { ...question.answer };
    default:
      return question.answer;
  }
}

/** What to show after grading: the feedback for the outcome and the feedback of each option picked. */
export interface Feedback {
  /** Feedback written for the outcome (`feedback.correct`, `.partial` or `.incorrect`), if any. */
  answer?: string;
  /** Feedback of the options the learner picked (single and multiple), in the question's option order. */
  options: Array<{ id: string; feedback: string }>;
}

const OUTCOME_FEEDBACK: Record<Exclude<GradeStatus, 'empty'>, keyof AnswerFeedback> = {
  correct: 'correct',
  partial: 'partial',
  incorrect: 'incorrect',
};

/** Picks the feedback to show for a graded response; nothing for an empty one. */
export function feedbackFor(question: Question, response: unknown, result: Grade = grade(question, response)): Feedback {
  if (result.status === 'empty') return { options: [] };
  const feedback: Feedback = { options: [] };
  // A partial answer without its own feedback falls back to the « incorrect » text: it was not fully right.
  const text = question.feedback?.[OUTCOME_FEEDBACK[result.status]] ?? (result.status === 'partial' ? question.feedback?.incorrect : undefined);
  if (text !== undefined) feedback.answer = text;
  if (question.type === 'single' || question.type === 'multiple') {
    const picked = new Set(question.type === 'single' ? [String(response)] : (response as readonly string[]));
    feedback.options = question.options
      .filter((option): option is Choice & { feedback: string } => picked.has(option.id) && option.feedback !== undefined)
      .map((option) => ({ id: option.id, feedback: option.feedback }));
  }
  return feedback;
}

/**
 * The one feedback a correction shows for a graded question: the feedback of the option picked when the
 * question is a choix unique (it speaks to the learner's own choice), else the feedback written for the
 * outcome (a partial answer falls back to the « incorrect » text), else the explanation. One text, not the
 * option's, the outcome's and the explanation in a row, which mostly said the same thing three times.
 * `response` is unknown after a reload (only outcomes are saved): the outcome's text or the explanation then.
 */
export function correctionFeedback(question: Question, result: Exclude<GradeStatus, 'empty'>, response?: unknown): string {
  if (question.type === 'single' && typeof response === 'string') {
    const picked = question.options.find((o) => o.id === response)?.feedback;
    if (picked !== undefined) return picked;
  }
  const outcome = question.feedback?.[OUTCOME_FEEDBACK[result]] ?? (result === 'partial' ? question.feedback?.incorrect : undefined);
  return outcome ?? question.explanation;
}

/**
 * Interaction records: one per answered question, as plain data. The LMS work maps them to
 * `cmi.interactions.n.*` (SCORM 1.2 and 2004); nothing here formats SCORM strings.
 */
import { correctResponse, grade as gradeQuestion, usableResponse } from './grade';
import type { Grade, LearnerResponse, Question, QuestionType } from './types';

export interface InteractionRecord {
  /** The question's stable id. */
  id: string;
  type: QuestionType;
  /** Stable ids (or a boolean), never positions: the same in every presentation order. */
  learnerResponse: LearnerResponse;
  correctResponse: LearnerResponse;
  result: 'correct' | 'incorrect' | 'partial';
  /**
   * Time the learner took to answer, in milliseconds; absent when unknown (an answer restored after a
   * reload or a resume: times are not saved, and none is invented).
   */
  latencyMs?: number;
  /** When the learner answered, as an ISO 8601 string given by the caller; absent when unknown, as above. */
  timestamp?: string;
  module: string;
  /** Ids of the objectives the question assesses. */
  objectives: readonly string[];
}

/**
 * What the caller knows of one answer: the response, when it was given and how long it took. The times are
 * absent for an answer restored from a save (they are not saved), never made up.
 */
export interface AnswerEvent {
  response: LearnerResponse;
  /** ISO 8601 time of the answer (the domain never reads the clock). */
  answeredAt?: string | undefined;
  latencyMs?: number | undefined;
}

/** The interaction record of an answer, or `null` when the response is empty (nothing was answered). */
export function interactionRecord(question: Question, answer: AnswerEvent, result: Grade = gradeQuestion(question, answer.response)): InteractionRecord | null {
  const response = usableResponse(question.type, answer.response);
  if (response === null || result.status === 'empty') return null;
  const record: InteractionRecord = {
    id: question.id,
    type: question.type,
    learnerResponse: response,
    correctResponse: correctResponse(question),
    result: result.status,
    module: question.module,
    objectives: [...question.objectives],
  };
  if (answer.latencyMs !== undefined) record.latencyMs = Math.max(0, Math.round(answer.latencyMs));
  if (answer.answeredAt !== undefined) record.timestamp = answer.answeredAt;
  return record;
}

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
  /** Time the learner took to answer, in milliseconds. */
  latencyMs: number;
  /** When the learner answered, as an ISO 8601 string given by the caller. */
  timestamp: string;
  module: string;
  /** Ids of the objectives the question assesses. */
  objectives: readonly string[];
}

/** What the caller knows of one answer: the response, when it was given and how long it took. */
export interface AnswerEvent {
  response: LearnerResponse;
  /** ISO 8601 time of the answer (the domain never reads the clock). */
  answeredAt: string;
  latencyMs: number;
}

/** The interaction record of an answer, or `null` when the response is empty (nothing was answered). */
export function interactionRecord(question: Question, answer: AnswerEvent, result: Grade = gradeQuestion(question, answer.response)): InteractionRecord | null {
  const response = usableResponse(question.type, answer.response);
  if (response === null || result.status === 'empty') return null;
  return {
    id: question.id,
    type: question.type,
    learnerResponse: response,
    correctResponse: correctResponse(question),
    result: result.status,
    latencyMs: Math.max(0, Math.round(answer.latencyMs)),
    timestamp: answer.answeredAt,
    module: question.module,
    objectives: [...question.objectives],
  };
}

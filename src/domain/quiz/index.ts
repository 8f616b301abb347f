/**
 * The quiz engine: pure functions over plain data (no framework, no clock, no global randomness).
 * Islands and stores import from here.
 */
export * from './types';
export { mulberry32, hashString, deriveSeed, shuffle, seededShuffle, type Random } from './random';
export { drawLength, drawQuestions, objectivesToCover, type DrawOptions, type Drawable } from './draw';
export { presentQuestion, presentQuestions } from './present';
export { grade, GRADING_RULES, correctResponse, correctionFeedback, feedbackFor, isEmptyResponse, responseCompleteness, usableResponse, type Feedback } from './grade';
export { isSealed, keyUnits, openQuestion, publicPart, sealQuestion, unitDigest } from './seal';
export { interactionRecord, type AnswerEvent, type InteractionRecord } from './interaction';
export {
  answer,
  attemptQuestions,
  attemptsLeft,
  canStartAttempt,
  gradeAttempt,
  startAttempt,
  submit,
  type AttemptResult,
  type AttemptState,
  type AttemptSummary,
  type ModuleScore,
  type StartOptions,
  type Submission,
} from './attempt';
export { crossCheckBanks, formatQuizProblems, type BankKind, type CourseIds, type QuizBankData, type QuizProblem } from './check';
export { isQuizDone, masteredModules, POSITIONING_RULE } from './outcome';
export {
  attemptOutcomes,
  attemptSummaries,
  bestOutcome,
  isPassing,
  startRule,
  type AttemptOutcome,
  type BankOutline,
  type QuizRules,
} from './rules';
export {
  dayOf,
  dayToIso,
  decodeAttempts,
  decodeResponse,
  drawCheck,
  drawSettings,
  encodeAttempts,
  encodeResponse,
  moduleScores,
  objectiveScores,
  redraw,
  saveInProgress,
  saveSubmitted,
  type DrawSettings,
  type SavedAttempt,
  type SavedInProgress,
  type SavedResult,
  type SavedSubmitted,
} from './save';
export { restoreInProgress } from './restore';

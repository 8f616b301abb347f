/**
 * The TrackingPort: what the course asks of an LMS, whatever its SCORM version. The shell talks to this
 * interface only; `scorm12.ts` and `scorm2004.ts` adapt it to a raw API object found by `discovery.ts` (a
 * real LMS's, or scorm-again's embedded one when there is no LMS).
 *
 * Every method returns a result value and none throws: an LMS that refuses a value, a commit, or whose API
 * throws or vanishes mid-way yields `{ ok: false, error }`, and the caller keeps the record locally, shows
 * its notice and sends everything again at the next commit (STYLE.md §3, §11).
 */
import type { InteractionRecord } from '../domain/quiz/interaction';

export type ScormVersion = '1.2' | '2004';

/**
 * Why a call failed.
 * - `lms`: the LMS refused (its GetLastError code and GetErrorString message).
 * - `limit` / `format`: the adapter refused to send a value the standard forbids (too long, wrong format,
 *   out of range), before the LMS saw it; lenient LMSs would accept it and lose it elsewhere.
 * - `state`: called before `initialize`, after `terminate`, or `initialize`/`terminate` twice.
 * - `exception`: the API threw or disappeared.
 */
export type TrackingErrorKind = 'lms' | 'limit' | 'format' | 'state' | 'exception';

export interface TrackingError {
  kind: TrackingErrorKind;
  /** The LMS's error code (`"405"`, `"406"`…) for `lms`; one of ours (`"limit.suspend_data"`…) otherwise. */
  code: string;
  message: string;
  /** The data model element concerned, when there is one. */
  element?: string;
  /** The array index of the entry concerned (an interaction to send again at the same index). */
  index?: number;
}

export type TrackingResult<T = void> = { ok: true; value: T } | { ok: false; error: TrackingError };

export function ok(): TrackingResult;
export function ok<T>(value: T): TrackingResult<T>;
export function ok<T>(value?: T): TrackingResult<T | undefined> {
  return { ok: true, value };
}

export function failure<T = never>(error: TrackingError): TrackingResult<T> {
  return { ok: false, error };
}

/** 2004's completion vocabulary; 1.2's lesson_status is read into it. */
export type CompletionStatus = 'completed' | 'incomplete' | 'not attempted' | 'unknown';
export type SuccessStatus = 'passed' | 'failed' | 'unknown';

/** A score on the course's 0–100 scale (`raw`), with its bounds and, for 2004, its scaled value. */
export interface ScoreReport {
  raw: number;
  min: number;
  max: number;
  /** `raw` scaled to −1..1 (0..1 here): `cmi.score.scaled` in 2004, not sent in 1.2. */
  scaled: number;
}

/** What the LMS says about this learner and attempt when the session opens. */
export interface ResumeState {
  version: ScormVersion;
  /** `resume` when the previous session ended with exit `suspend`; `ab-initio` on a first launch. */
  entry: 'ab-initio' | 'resume' | '';
  /** The bookmark (a lesson id for us), `''` when none. */
  location: string;
  /** Our encoded learner record (domain/record/codec.ts), `''` when none. */
  suspendData: string;
  /** As the LMS gives it: SCORM 1.2 LMSs often send « Nom, Prénom » (see `displayLearnerName`). */
  learnerName: string;
  learnerId: string;
  /** SCORM 1.2's `cmi.core.lesson_status` as read (`not attempted`, `incomplete`…); absent in 2004. */
  lessonStatus?: string;
  completion: CompletionStatus;
  success: SuccessStatus;
  /** The score the LMS holds, when it holds one. */
  score: Partial<ScoreReport> | null;
  /** `normal`, `browse` or `review`: only `normal` sessions should change status and score. */
  mode: string;
  /** `credit` or `no-credit`. */
  credit: string;
  /**
   * Values that could not be read (an unsupported element, an LMS error): each fell back to its empty
   * value above, and the session goes on.
   */
  warnings: readonly TrackingError[];
}

/** Completion, success and score of the whole course, as `mapping.ts` derives them from the record. */
export interface ProgressReport {
  /** Every required lesson is complete (modules marked « déjà maîtrisé » count as done). */
  completion: 'completed' | 'incomplete';
  /** From the final test: `unknown` until it is taken. */
  success: SuccessStatus;
  /** The final test's best score, `null` until it is taken. */
  score: ScoreReport | null;
  /** Share of required minutes done, 0–1 (`cmi.progress_measure` in 2004). */
  progressMeasure: number;
  /** The final test failed but attempts remain: the failure is not final yet (see `lessonStatus12`). */
  attemptsLeft: boolean;
}

/** One objective per module. */
export interface ObjectiveReport {
  /** The module id from course.yaml. */
  id: string;
  completion: 'completed' | 'incomplete' | 'not attempted';
  /** From the module's share of the final test; `unknown` until then. */
  success: SuccessStatus;
  score: ScoreReport | null;
}

/**
 * What identifies the options of a question for SCORM 1.2, whose choice, sequencing and matching responses
 * are single characters (a–z, 0–9) rather than ids: each id is written as the character of its position in
 * the authored order (the bank's order, not the shuffled presentation, so the letters are stable).
 */
export interface InteractionAlphabet {
  /** Options (single, multiple) or items (order), in authored order. */
  options?: readonly string[];
  /** Matching: prompts (sources) and choices (targets), in authored order. */
  prompts?: readonly string[];
  choices?: readonly string[];
}

/** One final-test answer to report, with what each version needs beyond the quiz engine's record. */
export interface InteractionEntry {
  record: InteractionRecord;
  /** The question text (`cmi.interactions.n.description`, 2004 only; cut to 250 characters). */
  description?: string;
  alphabet?: InteractionAlphabet;
}

/** `recorded`, or `unsupported` when the LMS has no interactions/objectives (`_count` refused). */
export type ArrayWrite = 'recorded' | 'unsupported';

/** What became of one interaction sent to the LMS. */
export interface InteractionWrite {
  /**
   * `recorded` (values listed in `refused` left out), `refused` (the LMS refused its id or type: the entry
   * stops there and is not sent again), `unsupported` (the LMS has no interactions).
   */
  status: 'recorded' | 'refused' | 'unsupported';
  /** The index written; `null` when unsupported. */
  index: number | null;
  /** The values refused, each once, with the LMS's code (or our format check's). */
  refused: readonly TrackingError[];
}

/**
 * An évaluation exercise's result: a `performance` interaction whose result is the score (0–100), with the
 * module as its objective and the exercise title as its description (2004).
 */
export interface ExerciseReport {
  /** The scenario id (content/scenarios). */
  id: string;
  module: string;
  title: string;
  /** 0–100. */
  score: number;
}

/** One call as the session made it, for the LMS inspector. */
export interface CallRecord {
  /** Milliseconds since the log started. */
  at: number;
  call: string;
  element?: string | undefined;
  value?: string | undefined;
  /** What the API returned (`true`, `false`, `read`…) or `not sent` when our format check held it back. */
  result: string;
  error?: TrackingError | undefined;
}

/**
 * The session's own log of calls (the last `limit`), read by the LMS inspector: it adds no call to the LMS.
 */
export class CallLog {
  readonly entries: CallRecord[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly started: number;

  constructor(
    private readonly now: () => number = () => Date.now(),
    private readonly limit = 1000,
  ) {
    this.started = now();
  }

  add(entry: Omit<CallRecord, 'at'>): void {
    this.entries.push({ at: Math.round(this.now() - this.started), ...entry });
    if (this.entries.length > this.limit) this.entries.splice(0, this.entries.length - this.limit);
    for (const listener of this.listeners) listener();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** `suspend` while the course is unfinished (the next launch resumes), `normal` once finished. */
export type ExitMode = 'suspend' | 'normal';

export interface TrackingPort {
  readonly version: ScormVersion;
  /** Every call made, for the LMS inspector. */
  readonly log: CallLog;
  /**
   * Whether a failure refuses the value itself (our format check, or the LMS's format, range or access
   * codes), so that sending it again would be refused again; otherwise the link failed and a retry may work.
   */
  isValueRefusal(error: TrackingError): boolean;
  /** Opens the session (once per launch). */
  initialize(): TrackingResult;
  /** Reads entry, bookmark, suspend_data, learner and status; never fails once initialised. */
  readResumeState(): TrackingResult<ResumeState>;
  setLocation(location: string): TrackingResult;
  setSuspendData(data: string): TrackingResult;
  setProgress(progress: ProgressReport): TrackingResult;
  /**
   * Appends one interaction (journaling: a new attempt adds new entries), or writes it again at `retryIndex`
   * after a link failure. A value the LMS refuses is left out, never retried; a link failure fails with the
   * entry's `index`.
   */
  recordInteraction(entry: InteractionEntry, retryIndex?: number): TrackingResult<InteractionWrite>;
  /** An évaluation exercise's result, as a `performance` interaction (same rules as `recordInteraction`). */
  recordExercise(report: ExerciseReport, retryIndex?: number): TrackingResult<InteractionWrite>;
  /** Creates or updates the objective with this id. */
  setObjective(objective: ObjectiveReport): TrackingResult<ArrayWrite>;
  /** This session's duration; write it once, just before `terminate`. */
  setSessionTime(ms: number): TrackingResult;
  setExit(exit: ExitMode): TrackingResult;
  commit(): TrackingResult;
  /** Closes the session (once per launch); later calls return a `state` error without reaching the LMS. */
  terminate(): TrackingResult;
}

/**
 * The budget we hold suspend_data to in both versions: SCORM 1.2's 4,096 characters. SCORM 2004 3rd/4th Ed.
 * allow 64,000, but the same record goes to both packages and the codec is designed for the smaller one.
 *
 * @spec SCORM 1.2 RTE §3.4 `cmi.suspend_data` CMIString4096; SCORM 2004 4th Ed. RTE §4.2 `cmi.suspend_data`
 *   SPM 64,000 (CONFORMANCE.md 3.2).
 */
export const SUSPEND_DATA_BUDGET = 4096;

/**
 * The TrackingPort over a SCORM 2004 4th Edition API (`window.API_1484_11`, or scorm-again's
 * `Scorm2004API` as the embedded LMS): SCORM 2004's element names, formats and mapping for the shared
 * adapter (adapter.ts).
 *
 * The adapter holds itself to SCORM 2004's limits and formats (formats.ts): location ≤ 1,000 characters,
 * suspend_data ≤ 4,096 (our budget, below the standard's 64,000), ISO 8601 durations and timestamps,
 * `[,]`/`[.]` response delimiters, `incorrect` not `wrong`, description ≤ 250, scaled score in −1..1.
 * Nothing throws: refusals come back as values.
 */
import { CmiAdapter, apiCalls, readScore, type Dialect } from './adapter';
import type { Scorm2004Api } from './discovery';
import { check2004 } from './formats';
import { exerciseValues2004, interactionValues2004 } from './interactions';
import { objectiveValues2004, progressValues2004 } from './mapping';
import { duration2004 } from './time';
import type { CompletionStatus, SuccessStatus } from './tracking-port';

/**
 * GetValue on an element the SCO has not set yet answers 403 (« Data Model Element Value Not
 * Initialized »): for a read, that is an empty value, not a failure.
 *
 * @spec SCORM 2004 4th Ed. RTE ch. 3 API error codes (CONFORMANCE.md 1.13).
 */
const VALUE_NOT_INITIALIZED = '403';

const COMPLETION = new Set<string>(['completed', 'incomplete', 'not attempted', 'unknown'] satisfies CompletionStatus[]);
const SUCCESS = new Set<string>(['passed', 'failed', 'unknown'] satisfies SuccessStatus[]);

/** SCORM 2004 4th Edition for the shared adapter. */
export const SCORM2004: Dialect = {
  version: '2004',
  check: check2004,
  /**
   * A refusal of the value itself, never worth retrying: 404 read-only, 405 write-only, 406 type mismatch, 407 out of range, 408 dependency not established.
   * @spec CONFORMANCE.md 1.13 (error codes).
   */
  valueCodes: ['404', '405', '406', '407', '408'],
  emptyCodes: [VALUE_NOT_INITIALIZED],
  elements: { entry: 'cmi.entry', location: 'cmi.location', sessionTime: 'cmi.session_time', exit: 'cmi.exit' },
  /** @spec SCORM 2004 4th Ed. RTE §4.2 cmi.session_time, ISO 8601 duration (CONFORMANCE.md 4.1–4.2). */
  duration: duration2004,
  /** @spec SCORM 2004 4th Ed. RTE §4.2 cmi.exit (`logout` is deprecated and never used). */
  exitValue: (exit) => exit,
  progressValues: progressValues2004,
  interactionValues: interactionValues2004,
  exerciseValues: exerciseValues2004,
  objectiveValues: objectiveValues2004,
  /**
   * @spec SCORM 2004 4th Ed. RTE §4.2 cmi.entry, cmi.location, cmi.suspend_data, cmi.learner_name,
   *   cmi.learner_id, cmi.completion_status, cmi.success_status, cmi.score, cmi.mode, cmi.credit
   *   (CONFORMANCE.md 3.1–3.5).
   */
  resume(read) {
    const completion = read('cmi.completion_status');
    const success = read('cmi.success_status');
    const score = readScore(read, 'cmi.score', ['scaled', 'raw', 'min', 'max']);
    return {
      version: '2004',
      location: read('cmi.location'),
      suspendData: read('cmi.suspend_data'),
      learnerName: read('cmi.learner_name'),
      learnerId: read('cmi.learner_id'),
      completion: COMPLETION.has(completion) ? (completion as CompletionStatus) : 'unknown',
      success: SUCCESS.has(success) ? (success as SuccessStatus) : 'unknown',
      score: score.raw === undefined && score.scaled === undefined ? null : score,
      mode: read('cmi.mode'),
      credit: read('cmi.credit'),
    };
  },
};

export class Scorm2004Adapter extends CmiAdapter {
  constructor(api: Scorm2004Api) {
    super(SCORM2004, apiCalls(api, '', 'Terminate'));
  }
}

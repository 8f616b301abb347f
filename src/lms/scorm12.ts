/**
 * The TrackingPort over a SCORM 1.2 API (`window.API`, or scorm-again's `Scorm12API` as the embedded LMS):
 * SCORM 1.2's element names, formats and mapping for the shared adapter (adapter.ts).
 *
 * The adapter holds itself to SCORM 1.2's limits and formats (formats.ts): 4,096 characters of
 * suspend_data, 255 of lesson_location, CMITimespan session time, CMIIdentifier ids, single-character
 * choice responses, `wrong` not `incorrect`, scores 0–100. Nothing throws: refusals come back as values.
 */
import { CmiAdapter, apiCalls, readScore, type Dialect } from './adapter';
import type { Scorm12Api } from './discovery';
import { check12 } from './formats';
import { exerciseValues12, interactionValues12 } from './interactions';
import { objectiveValues12, progressValues12 } from './mapping';
import { timespan12 } from './time';
import type { CompletionStatus, SuccessStatus } from './tracking-port';

/**
 * 2004's completion and success read from 1.2's single lesson_status.
 *
 * @spec SCORM 1.2 RTE §3.4 cmi.core.lesson_status vocabulary (CONFORMANCE.md 2.1).
 */
export function statusFrom12(lessonStatus: string): { completion: CompletionStatus; success: SuccessStatus } {
  switch (lessonStatus) {
    case 'passed':
      return { completion: 'completed', success: 'passed' };
    case 'failed':
      return { completion: 'completed', success: 'failed' };
    case 'completed':
      return { completion: 'completed', success: 'unknown' };
    case 'incomplete':
    case 'browsed':
      return { completion: 'incomplete', success: 'unknown' };
    case 'not attempted':
      return { completion: 'not attempted', success: 'unknown' };
    default:
      return { completion: 'unknown', success: 'unknown' };
  }
}

/** SCORM 1.2 for the shared adapter. */
export const SCORM12: Dialect = {
  version: '1.2',
  check: check12,
  /**
   * A refusal of the value itself, never worth retrying: 403 read-only, 404 write-only, 405 incorrect data type.
   * @spec CONFORMANCE.md 1.13 (error codes).
   */
  valueCodes: ['403', '404', '405'],
  emptyCodes: [],
  elements: { entry: 'cmi.core.entry', location: 'cmi.core.lesson_location', sessionTime: 'cmi.core.session_time', exit: 'cmi.core.exit' },
  /** @spec SCORM 1.2 RTE §3.4 cmi.core.session_time, CMITimespan (CONFORMANCE.md 4.1–4.2). */
  duration: timespan12,
  /** 1.2 has no `normal`: a finished session leaves exit empty. @spec SCORM 1.2 RTE §3.4 cmi.core.exit. */
  exitValue: (exit) => (exit === 'suspend' ? 'suspend' : ''),
  /** The single lesson_status of `lessonStatus12` (mapping.ts), with the score once it is final. */
  progressValues: progressValues12,
  interactionValues: interactionValues12,
  exerciseValues: exerciseValues12,
  objectiveValues: objectiveValues12,
  /**
   * @spec SCORM 1.2 RTE §3.4 cmi.core.entry, lesson_location, student_name, student_id, lesson_status,
   *   score, lesson_mode, credit, cmi.suspend_data (CONFORMANCE.md 3.1–3.5).
   */
  resume(read) {
    const lessonStatus = read('cmi.core.lesson_status');
    const score = readScore(read, 'cmi.core.score', ['raw', 'min', 'max']);
    return {
      version: '1.2',
      location: read('cmi.core.lesson_location'),
      suspendData: read('cmi.suspend_data'),
      learnerName: read('cmi.core.student_name'),
      learnerId: read('cmi.core.student_id'),
      lessonStatus,
      ...statusFrom12(lessonStatus),
      score: score.raw === undefined ? null : score,
      mode: read('cmi.core.lesson_mode'),
      credit: read('cmi.core.credit'),
    };
  },
};

export class Scorm12Adapter extends CmiAdapter {
  constructor(api: Scorm12Api) {
    super(SCORM12, apiCalls(api, 'LMS', 'Finish'));
  }
}

/**
 * The TrackingPort over a SCORM 1.2 API (`window.API`, or scorm-again's `Scorm12API` as the embedded LMS).
 *
 * The adapter holds itself to SCORM 1.2's limits and formats (formats.ts): 4,096 characters of
 * suspend_data, 255 of lesson_location, CMITimespan session time, CMIIdentifier ids, single-character
 * choice responses, `wrong` not `incorrect`, scores 0–100. Nothing throws: refusals come back as values.
 */
import type { Scorm12Api } from './discovery';
import { check12 } from './formats';
import { interactionValues12, objectiveValues12, progressValues12 } from './mapping';
import { CmiSession } from './session';
import { timespan12 } from './time';
import {
  ok,
  type ArrayWrite,
  type CompletionStatus,
  type ExitMode,
  type InteractionEntry,
  type ObjectiveReport,
  type ProgressReport,
  type ResumeState,
  type ScoreReport,
  type SuccessStatus,
  type TrackingError,
  type TrackingPort,
  type TrackingResult,
} from './tracking-port';

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

export class Scorm12Adapter implements TrackingPort {
  readonly version = '1.2' as const;
  private readonly session: CmiSession;

  constructor(api: Scorm12Api) {
    this.session = new CmiSession({
      calls: {
        initialize: () => api.LMSInitialize(''),
        terminate: () => api.LMSFinish(''),
        getValue: (element) => api.LMSGetValue(element),
        setValue: (element, value) => api.LMSSetValue(element, value),
        commit: () => api.LMSCommit(''),
        getLastError: () => api.LMSGetLastError(),
        getErrorString: (code) => api.LMSGetErrorString(code),
        getDiagnostic: (code) => api.LMSGetDiagnostic(code),
      },
      check: check12,
      emptyCodes: [],
    });
  }

  initialize(): TrackingResult {
    return this.session.initialize();
  }

  /**
   * @spec SCORM 1.2 RTE §3.4 cmi.core.entry, lesson_location, student_name, student_id, lesson_status,
   *   score, lesson_mode, credit, cmi.suspend_data (CONFORMANCE.md 3.1–3.5).
   */
  readResumeState(): TrackingResult<ResumeState> {
    const warnings: TrackingError[] = [];
    const read = (element: string): string => {
      const result = this.session.getValue(element);
      if (result.ok) return result.value;
      warnings.push(result.error);
      return '';
    };
    const entry = read('cmi.core.entry');
    if (warnings[0]?.kind === 'state') return { ok: false, error: warnings[0] };
    const lessonStatus = read('cmi.core.lesson_status');
    const score: Partial<ScoreReport> = {};
    for (const key of ['raw', 'min', 'max'] as const) {
      const text = read(`cmi.core.score.${key}`);
      if (text !== '' && Number.isFinite(Number(text))) score[key] = Number(text);
    }
    const state: ResumeState = {
      version: '1.2',
      entry: entry === 'resume' || entry === 'ab-initio' ? entry : '',
      location: read('cmi.core.lesson_location'),
      suspendData: read('cmi.suspend_data'),
      learnerName: read('cmi.core.student_name'),
      learnerId: read('cmi.core.student_id'),
      lessonStatus,
      ...statusFrom12(lessonStatus),
      score: score.raw === undefined ? null : score,
      mode: read('cmi.core.lesson_mode'),
      credit: read('cmi.core.credit'),
      warnings,
    };
    return ok(state);
  }

  setLocation(location: string): TrackingResult {
    return this.session.setValues([{ element: 'cmi.core.lesson_location', value: location }]);
  }

  setSuspendData(data: string): TrackingResult {
    return this.session.setValues([{ element: 'cmi.suspend_data', value: data }]);
  }

  /** Sends the single lesson_status of `lessonStatus12` (mapping.ts), with the score once it is final. */
  setProgress(progress: ProgressReport): TrackingResult {
    return this.session.setValues(progressValues12(progress));
  }

  recordInteraction(entry: InteractionEntry): TrackingResult<ArrayWrite> {
    return this.session.append('cmi.interactions', (n) => ok(interactionValues12(n, entry)));
  }

  setObjective(objective: ObjectiveReport): TrackingResult<ArrayWrite> {
    return this.session.upsertObjective(objective.id, (n) => objectiveValues12(n, objective));
  }

  /** @spec SCORM 1.2 RTE §3.4 cmi.core.session_time, CMITimespan (CONFORMANCE.md 4.1–4.2). */
  setSessionTime(ms: number): TrackingResult {
    return this.session.setValues([{ element: 'cmi.core.session_time', value: timespan12(ms) }]);
  }

  /** 1.2 has no `normal`: a finished session leaves exit empty. @spec SCORM 1.2 RTE §3.4 cmi.core.exit. */
  setExit(exit: ExitMode): TrackingResult {
    return this.session.setValues([{ element: 'cmi.core.exit', value: exit === 'suspend' ? 'suspend' : '' }]);
  }

  commit(): TrackingResult {
    return this.session.commit();
  }

  terminate(): TrackingResult {
    return this.session.terminate();
  }
}

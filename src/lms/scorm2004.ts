/**
 * The TrackingPort over a SCORM 2004 4th Edition API (`window.API_1484_11`, or scorm-again's
 * `Scorm2004API` as the embedded LMS).
 *
 * The adapter holds itself to SCORM 2004's limits and formats (formats.ts): location ≤ 1,000 characters,
 * suspend_data ≤ 4,096 (our budget, below the standard's 64,000), ISO 8601 durations and timestamps,
 * `[,]`/`[.]` response delimiters, `incorrect` not `wrong`, description ≤ 250, scaled score in −1..1.
 * Nothing throws: refusals come back as values.
 */
import type { Scorm2004Api } from './discovery';
import { check2004 } from './formats';
import { interactionValues2004, objectiveValues2004, progressValues2004 } from './mapping';
import { CmiSession } from './session';
import { duration2004 } from './time';
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
 * GetValue on an element the SCO has not set yet answers 403 (« Data Model Element Value Not
 * Initialized »): for a read, that is an empty value, not a failure.
 *
 * @spec SCORM 2004 4th Ed. RTE ch. 3 API error codes (CONFORMANCE.md 1.13).
 */
const VALUE_NOT_INITIALIZED = '403';

const COMPLETION = new Set<CompletionStatus>(['completed', 'incomplete', 'not attempted', 'unknown']);
const SUCCESS = new Set<SuccessStatus>(['passed', 'failed', 'unknown']);

export class Scorm2004Adapter implements TrackingPort {
  readonly version = '2004' as const;
  private readonly session: CmiSession;

  constructor(api: Scorm2004Api) {
    this.session = new CmiSession({
      calls: {
        initialize: () => api.Initialize(''),
        terminate: () => api.Terminate(''),
        getValue: (element) => api.GetValue(element),
        setValue: (element, value) => api.SetValue(element, value),
        commit: () => api.Commit(''),
        getLastError: () => api.GetLastError(),
        getErrorString: (code) => api.GetErrorString(code),
        getDiagnostic: (code) => api.GetDiagnostic(code),
      },
      check: check2004,
      emptyCodes: [VALUE_NOT_INITIALIZED],
    });
  }

  initialize(): TrackingResult {
    return this.session.initialize();
  }

  /**
   * @spec SCORM 2004 4th Ed. RTE §4.2 cmi.entry, cmi.location, cmi.suspend_data, cmi.learner_name,
   *   cmi.learner_id, cmi.completion_status, cmi.success_status, cmi.score, cmi.mode, cmi.credit
   *   (CONFORMANCE.md 3.1–3.5).
   */
  readResumeState(): TrackingResult<ResumeState> {
    const warnings: TrackingError[] = [];
    const read = (element: string): string => {
      const result = this.session.getValue(element);
      if (result.ok) return result.value;
      warnings.push(result.error);
      return '';
    };
    const entry = read('cmi.entry');
    if (warnings[0]?.kind === 'state') return { ok: false, error: warnings[0] };
    const completion = read('cmi.completion_status');
    const success = read('cmi.success_status');
    const score: Partial<ScoreReport> = {};
    for (const key of ['scaled', 'raw', 'min', 'max'] as const) {
      const text = read(`cmi.score.${key}`);
      if (text !== '' && Number.isFinite(Number(text))) score[key] = Number(text);
    }
    const state: ResumeState = {
      version: '2004',
      entry: entry === 'resume' || entry === 'ab-initio' ? entry : '',
      location: read('cmi.location'),
      suspendData: read('cmi.suspend_data'),
      learnerName: read('cmi.learner_name'),
      learnerId: read('cmi.learner_id'),
      completion: COMPLETION.has(completion as CompletionStatus) ? (completion as CompletionStatus) : 'unknown',
      success: SUCCESS.has(success as SuccessStatus) ? (success as SuccessStatus) : 'unknown',
      score: score.raw === undefined && score.scaled === undefined ? null : score,
      mode: read('cmi.mode'),
      credit: read('cmi.credit'),
      warnings,
    };
    return ok(state);
  }

  setLocation(location: string): TrackingResult {
    return this.session.setValues([{ element: 'cmi.location', value: location }]);
  }

  setSuspendData(data: string): TrackingResult {
    return this.session.setValues([{ element: 'cmi.suspend_data', value: data }]);
  }

  setProgress(progress: ProgressReport): TrackingResult {
    return this.session.setValues(progressValues2004(progress));
  }

  recordInteraction(entry: InteractionEntry): TrackingResult<ArrayWrite> {
    return this.session.append('cmi.interactions', (n) => ok(interactionValues2004(n, entry)));
  }

  setObjective(objective: ObjectiveReport): TrackingResult<ArrayWrite> {
    return this.session.upsertObjective(objective.id, (n) => objectiveValues2004(n, objective));
  }

  /** @spec SCORM 2004 4th Ed. RTE §4.2 cmi.session_time, ISO 8601 duration (CONFORMANCE.md 4.1–4.2). */
  setSessionTime(ms: number): TrackingResult {
    return this.session.setValues([{ element: 'cmi.session_time', value: duration2004(ms) }]);
  }

  /** @spec SCORM 2004 4th Ed. RTE §4.2 cmi.exit (`logout` is deprecated and never used). */
  setExit(exit: ExitMode): TrackingResult {
    return this.session.setValues([{ element: 'cmi.exit', value: exit }]);
  }

  commit(): TrackingResult {
    return this.session.commit();
  }

  terminate(): TrackingResult {
    return this.session.terminate();
  }
}

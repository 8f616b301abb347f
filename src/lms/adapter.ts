/**
 * What the SCORM 1.2 and 2004 adapters have in common, written once: every TrackingPort method is the same
 * sequence of calls in both versions, only the element names, formats and mapping functions differ. Each
 * version describes itself with a `Dialect` (scorm12.ts, scorm2004.ts); `CmiAdapter` does the rest over the
 * session of session.ts (one Initialize, one Terminate, checks before sending, refusals as values).
 */
import { CmiSession, type CmiValue, type Check, type RawCalls } from './session';
import {
  ok,
  CallLog,
  type ArrayWrite,
  type ExerciseReport,
  type ExitMode,
  type InteractionEntry,
  type InteractionWrite,
  type ObjectiveReport,
  type ProgressReport,
  type ResumeState,
  type ScoreReport,
  type ScormVersion,
  type TrackingError,
  type TrackingPort,
  type TrackingResult,
} from './tracking-port';

/** Reads one element for the resume state: `''` when it cannot be read (the refusal goes to the warnings). */
export type Read = (element: string) => string;

/** One SCORM version as the shared adapter needs it. */
export interface Dialect {
  version: ScormVersion;
  /** The standard's formats and limits (formats.ts). */
  check: Check;
  /** GetValue codes that only mean « no value yet » (2004: 403). */
  emptyCodes: readonly string[];
  /** SetValue codes that refuse one value, not the link (see `SessionOptions.valueCodes`). */
  valueCodes: readonly string[];
  /** Element names that differ between versions. */
  elements: { entry: string; location: string; sessionTime: string; exit: string };
  /** The session time in the version's duration type. */
  duration(ms: number): string;
  /** The value of the exit element for this exit mode. */
  exitValue(exit: ExitMode): string;
  progressValues(report: ProgressReport): CmiValue[];
  interactionValues(n: number, entry: InteractionEntry): CmiValue[];
  exerciseValues(n: number, report: ExerciseReport): CmiValue[];
  objectiveValues(n: number, objective: ObjectiveReport): CmiValue[];
  /**
   * The rest of the resume state, read after the entry (whose failure before Initialize ends the read).
   * `entry` and `warnings` are added by the adapter.
   */
  resume(read: Read): Omit<ResumeState, 'entry' | 'warnings'>;
}

/** The numeric scores among `keys` of `prefix` (`cmi.core.score`, `cmi.score`); unreadable ones are left out. */
export function readScore(read: Read, prefix: string, keys: readonly (keyof ScoreReport)[]): Partial<ScoreReport> {
  const score: Partial<ScoreReport> = {};
  for (const key of keys) {
    const text = read(`${prefix}.${key}`);
    if (text !== '' && Number.isFinite(Number(text))) score[key] = Number(text);
  }
  return score;
}

type ApiFunction = (...args: string[]) => unknown;

/**
 * The eight API functions of `api` under this version's names: `prefix` before each (`LMS` in 1.2) and
 * the name of Terminate (`Finish` in 1.2). Each call goes through `api` at the time it is made, so an API
 * that vanishes mid-way throws there, where the session turns it into an `exception` error.
 *
 * @spec SCORM 1.2 RTE §3.3 (LMSInitialize… LMSGetDiagnostic); SCORM 2004 4th Ed. RTE §3.1 (Initialize…
 *   GetDiagnostic); CONFORMANCE.md 1.1, 1.6–1.8.
 */
export function apiCalls(api: object, prefix: '' | 'LMS', terminate: 'Finish' | 'Terminate'): RawCalls {
  const call = (name: string, ...args: string[]): unknown => (api as Record<string, ApiFunction>)[`${prefix}${name}`]!(...args);
  return {
    initialize: () => call('Initialize', ''),
    terminate: () => call(terminate, ''),
    getValue: (element) => call('GetValue', element),
    setValue: (element, value) => call('SetValue', element, value),
    commit: () => call('Commit', ''),
    getLastError: () => call('GetLastError'),
    getErrorString: (code) => call('GetErrorString', code),
    getDiagnostic: (code) => call('GetDiagnostic', code),
  };
}

/** An interaction is nothing without its id and type: a refusal there stops the entry. */
const isEssential = (element: string): boolean => /^cmi\.interactions\.\d+\.(id|type)$/.test(element);

/** The TrackingPort over a raw SCORM API, for the version `dialect` describes. */
export class CmiAdapter implements TrackingPort {
  readonly version: ScormVersion;
  readonly log = new CallLog();
  private readonly session: CmiSession;

  constructor(
    private readonly dialect: Dialect,
    calls: RawCalls,
  ) {
    this.version = dialect.version;
    this.session = new CmiSession({ calls, check: dialect.check, emptyCodes: dialect.emptyCodes, valueCodes: dialect.valueCodes, log: this.log });
  }

  private set(element: string, value: string): TrackingResult {
    return this.session.setValues([{ element, value }]);
  }

  initialize(): TrackingResult {
    return this.session.initialize();
  }

  isValueRefusal(error: TrackingError): boolean {
    return this.session.isValueRefusal(error);
  }

  /** Entry first: a `state` refusal there (not initialised, terminated) fails the whole read. */
  readResumeState(): TrackingResult<ResumeState> {
    const warnings: TrackingError[] = [];
    const read: Read = (element) => {
      const result = this.session.getValue(element);
      if (result.ok) return result.value;
      warnings.push(result.error);
      return '';
    };
    const entry = read(this.dialect.elements.entry);
    if (warnings[0]?.kind === 'state') return { ok: false, error: warnings[0] };
    const rest = this.dialect.resume(read);
    return ok({ ...rest, entry: entry === 'resume' || entry === 'ab-initio' ? entry : '', warnings });
  }

  setLocation(location: string): TrackingResult {
    return this.set(this.dialect.elements.location, location);
  }

  setSuspendData(data: string): TrackingResult {
    return this.set('cmi.suspend_data', data);
  }

  setProgress(progress: ProgressReport): TrackingResult {
    return this.session.setValues(this.dialect.progressValues(progress));
  }

  recordInteraction(entry: InteractionEntry, retryIndex?: number): TrackingResult<InteractionWrite> {
    return this.session.writeEntry('cmi.interactions', (n) => this.dialect.interactionValues(n, entry), isEssential, retryIndex);
  }

  recordExercise(report: ExerciseReport, retryIndex?: number): TrackingResult<InteractionWrite> {
    return this.session.writeEntry('cmi.interactions', (n) => this.dialect.exerciseValues(n, report), isEssential, retryIndex);
  }

  setObjective(objective: ObjectiveReport): TrackingResult<ArrayWrite> {
    return this.session.upsertObjective(objective.id, (n) => this.dialect.objectiveValues(n, objective));
  }

  setSessionTime(ms: number): TrackingResult {
    return this.set(this.dialect.elements.sessionTime, this.dialect.duration(ms));
  }

  setExit(exit: ExitMode): TrackingResult {
    return this.set(this.dialect.elements.exit, this.dialect.exitValue(exit));
  }

  commit(): TrackingResult {
    return this.session.commit();
  }

  terminate(): TrackingResult {
    return this.session.terminate();
  }
}

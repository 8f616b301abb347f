/**
 * What both adapters share: the session state (one Initialize, one Terminate), and every call to the raw
 * API wrapped so that nothing throws and every refusal becomes a `TrackingError` carrying the LMS's own
 * code and message. `scorm12.ts` and `scorm2004.ts` supply the element names, formats and limits.
 */
import { failure, ok, type ArrayWrite, type TrackingError, type TrackingResult } from './tracking-port';

/** One value for the LMS: a data model element and its string. */
export interface CmiValue {
  element: string;
  value: string;
}

/** The eight API functions, whatever their names in this version. */
export interface RawCalls {
  initialize(): unknown;
  terminate(): unknown;
  getValue(element: string): unknown;
  setValue(element: string, value: string): unknown;
  commit(): unknown;
  getLastError(): unknown;
  getErrorString(code: string): unknown;
  getDiagnostic(code: string): unknown;
}

/** Checks one value against the standard before it is sent; `null` when it may go. */
export type Check = (value: CmiValue, batch: readonly CmiValue[]) => TrackingError | null;

export interface SessionOptions {
  calls: RawCalls;
  check: Check;
  /** Codes a GetValue may return for an element that simply has no value yet (2004: 403). */
  emptyCodes: readonly string[];
}

/**
 * SCORM API functions return the strings "true"/"false"; some home-grown LMSs return booleans. Anything
 * else is a refusal.
 *
 * @spec SCORM 1.2 RTE §3.3 and SCORM 2004 4th Ed. RTE ch. 3 (API): return values are the characterstrings
 *   "true"/"false" (CONFORMANCE.md 1.11–1.12).
 */
export function isTrue(result: unknown): boolean {
  return result === true || String(result) === 'true';
}

function errorMessage(thrown: unknown): string {
  return thrown instanceof Error ? thrown.message : String(thrown);
}

export class CmiSession {
  private state: 'idle' | 'open' | 'closed' = 'idle';
  private readonly unsupported = new Set<string>();
  private readonly objectiveIndex = new Map<string, number>();

  constructor(private readonly options: SessionOptions) {}

  /** The LMS's last error as a `TrackingError` (code from GetLastError, message from GetErrorString). */
  private lmsError(fallback: string, element?: string): TrackingError {
    const { calls } = this.options;
    let code: string;
    let message: string;
    try {
      code = String(calls.getLastError() ?? '101');
      const text = String(calls.getErrorString(code) ?? '');
      const diagnostic = String(calls.getDiagnostic(code) ?? '');
      message = text || fallback;
      if (diagnostic && diagnostic !== text) message += ` (${diagnostic})`;
    } catch (thrown) {
      return { kind: 'exception', code: 'exception', message: errorMessage(thrown), ...(element ? { element } : {}) };
    }
    if (code === '0' || code === '') code = '101';
    return { kind: 'lms', code, message, ...(element ? { element } : {}) };
  }

  /** Runs one API call that must answer "true". */
  private call(name: string, run: () => unknown, element?: string): TrackingResult {
    let result: unknown;
    try {
      result = run();
    } catch (thrown) {
      return failure({ kind: 'exception', code: 'exception', message: `${name}: ${errorMessage(thrown)}`, ...(element ? { element } : {}) });
    }
    return isTrue(result) ? ok() : failure(this.lmsError(`${name} refused`, element));
  }

  private requireOpen(what: string): TrackingResult {
    if (this.state === 'open') return ok();
    const message = this.state === 'idle' ? `${what} before initialize` : `${what} after terminate`;
    return failure({ kind: 'state', code: this.state === 'idle' ? 'state.not-initialized' : 'state.terminated', message });
  }

  initialize(): TrackingResult {
    if (this.state !== 'idle') {
      return failure({ kind: 'state', code: 'state.initialized', message: 'the session is already open or closed: one Initialize per launch' });
    }
    const result = this.call('Initialize', () => this.options.calls.initialize());
    if (result.ok) this.state = 'open';
    return result;
  }

  /** Commit or Terminate: only while the session is open; a Terminate accepted closes it. */
  private closingCall(name: 'Commit' | 'Terminate'): TrackingResult {
    const open = this.requireOpen(name.toLowerCase());
    if (!open.ok) return open;
    const result = this.call(name, () => (name === 'Commit' ? this.options.calls.commit() : this.options.calls.terminate()));
    if (result.ok && name === 'Terminate') this.state = 'closed';
    return result;
  }

  terminate(): TrackingResult {
    return this.closingCall('Terminate');
  }

  commit(): TrackingResult {
    return this.closingCall('Commit');
  }

  /** Reads one element; an element without a value yet reads as `''`. */
  getValue(element: string): TrackingResult<string> {
    const open = this.requireOpen(`GetValue(${element})`);
    if (!open.ok) return open;
    let value: unknown;
    try {
      value = this.options.calls.getValue(element);
    } catch (thrown) {
      return failure({ kind: 'exception', code: 'exception', message: `GetValue: ${errorMessage(thrown)}`, element });
    }
    let code: string;
    try {
      code = String(this.options.calls.getLastError() ?? '0');
    } catch (thrown) {
      return failure({ kind: 'exception', code: 'exception', message: `GetLastError: ${errorMessage(thrown)}`, element });
    }
    if (code === '0' || code === '') return ok(value === null || value === undefined ? '' : String(value));
    if (this.options.emptyCodes.includes(code)) return ok('');
    return failure(this.lmsError(`GetValue(${element}) refused`, element));
  }

  /** Checks then sends values in order; stops at the first refusal. */
  setValues(values: readonly CmiValue[]): TrackingResult {
    const open = this.requireOpen('SetValue');
    if (!open.ok) return open;
    for (const value of values) {
      const problem = this.options.check(value, values);
      if (problem) return failure(problem);
    }
    for (const { element, value } of values) {
      const result = this.call(`SetValue(${element})`, () => this.options.calls.setValue(element, value), element);
      if (!result.ok) return result;
    }
    return ok();
  }

  /**
   * The number of entries of an array element (`cmi.interactions`, `cmi.objectives`), or `null` when the
   * LMS does not support it: the array is then left alone for the rest of the session and tracking goes
   * on without it.
   *
   * @spec SCORM 1.2 RTE §3.4 `_count` (401 not implemented); SCORM 2004 4th Ed. RTE §4.1 `_count`
   *   (401/402 when the LMS does not implement the element); CONFORMANCE.md 5.1.
   */
  count(array: string): TrackingResult<number | null> {
    if (this.unsupported.has(array)) return ok(null);
    const read = this.getValue(`${array}._count`);
    if (!read.ok) {
      if (read.error.kind !== 'lms') return read;
      this.unsupported.add(array);
      return ok(null);
    }
    const n = Number(read.value);
    if (read.value === '' || !Number.isInteger(n) || n < 0) {
      this.unsupported.add(array);
      return ok(null);
    }
    return ok(n);
  }

  /** Appends an entry to an array element: `build(n)` gives its values at the next free index. */
  append(array: string, build: (n: number) => TrackingResult<readonly CmiValue[]>): TrackingResult<ArrayWrite> {
    const count = this.count(array);
    if (!count.ok) return count;
    if (count.value === null) return ok('unsupported');
    const values = build(count.value);
    if (!values.ok) return values;
    const written = this.setValues(values.value);
    return written.ok ? ok('recorded') : written;
  }

  /**
   * Creates or updates the objective with this id: looks for it among the LMS's objectives once (it may come
   * from a previous session), then remembers its index.
   */
  upsertObjective(id: string, build: (n: number) => readonly CmiValue[]): TrackingResult<ArrayWrite> {
    let index = this.objectiveIndex.get(id);
    if (index === undefined) {
      const count = this.count('cmi.objectives');
      if (!count.ok) return count;
      if (count.value === null) return ok('unsupported');
      index = count.value;
      for (let n = 0; n < count.value; n++) {
        const existing = this.getValue(`cmi.objectives.${n}.id`);
        if (existing.ok && existing.value === id) {
          index = n;
          break;
        }
      }
    }
    const written = this.setValues(build(index));
    if (!written.ok) return written;
    this.objectiveIndex.set(id, index);
    return ok('recorded');
  }
}

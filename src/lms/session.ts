/**
 * What both adapters share: the session state (one Initialize, one Terminate), and every call to the raw
 * API wrapped so that nothing throws and every refusal becomes a `TrackingError` carrying the LMS's own
 * code and message. `scorm12.ts` and `scorm2004.ts` supply the element names, formats and limits.
 */
import { failure, ok, type ArrayWrite, type CallLog, type InteractionWrite, type TrackingError, type TrackingResult } from './tracking-port';

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
  /**
   * The LMS's codes that refuse one value (its format, range or access), not the link: such a value would be
   * refused again, so it is left out and never retried (2004: 404–408; 1.2: 403–405).
   */
  valueCodes: readonly string[];
  /** Where every call is written, for the LMS inspector (no call of its own). */
  log?: CallLog | undefined;
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
  /** How many objectives the LMS holds, once read (`null`: not read yet). */
  private objectivesKnown: number | null = null;
  /** The next free index of each array written by `writeEntry`. */
  private readonly next = new Map<string, number>();

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
  private call(name: string, run: () => unknown, element?: string, value?: string): TrackingResult {
    let result: unknown;
    try {
      result = run();
    } catch (thrown) {
      const error: TrackingError = { kind: 'exception', code: 'exception', message: `${name}: ${errorMessage(thrown)}`, ...(element ? { element } : {}) };
      this.options.log?.add({ call: name, element, value, result: 'exception', error });
      return failure(error);
    }
    if (isTrue(result)) {
      this.options.log?.add({ call: name, element, value, result: 'true' });
      return ok();
    }
    const error = this.lmsError(`${name} refused`, element);
    this.options.log?.add({ call: name, element, value, result: String(result), error });
    return failure(error);
  }

  /** A refusal of this one value (format, range, access), as opposed to a link failure worth retrying. */
  isValueRefusal(error: TrackingError): boolean {
    return error.kind === 'format' || error.kind === 'limit' || (error.kind === 'lms' && this.options.valueCodes.includes(error.code));
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
    const read = value === null || value === undefined ? '' : String(value);
    if (code === '0' || code === '' || this.options.emptyCodes.includes(code)) {
      this.options.log?.add({ call: 'GetValue', element, value: code === '0' || code === '' ? read : '', result: code === '0' || code === '' ? 'read' : `empty (${code})` });
      return ok(code === '0' || code === '' ? read : '');
    }
    const error = this.lmsError(`GetValue(${element}) refused`, element);
    this.options.log?.add({ call: 'GetValue', element, result: 'refused', error });
    return failure(error);
  }

  /** Checks then sends values in order; stops at the first refusal. */
  setValues(values: readonly CmiValue[]): TrackingResult {
    const open = this.requireOpen('SetValue');
    if (!open.ok) return open;
    for (const value of values) {
      const problem = this.options.check(value, values);
      if (problem) {
        this.options.log?.add({ call: 'SetValue', element: value.element, value: value.value, result: 'not sent', error: problem });
        return failure(problem);
      }
    }
    for (const { element, value } of values) {
      const result = this.call('SetValue', () => this.options.calls.setValue(element, value), element, value);
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

  /** The next free index of an array: `_count` read once per session, then counted here. */
  private nextIndex(array: string): TrackingResult<number | null> {
    const known = this.next.get(array);
    if (known !== undefined) return ok(known);
    const count = this.count(array);
    if (count.ok && count.value !== null) this.next.set(array, count.value);
    return count;
  }

  /**
   * Writes one entry of an array (`cmi.interactions`): at `retryIndex` when the entry is sent again after a
   * link failure, else at the next free index — `_count` is read once, never again, so a refusal can never
   * make the course write a second, half-written copy of an entry.
   *
   * A value the LMS refuses for itself (`isValueRefusal`: 406 on a response pattern…) is logged, left out,
   * and the rest of the entry still goes; when it is an `essential` element (the id, the type) the entry
   * stops there as `refused`. A link failure (101, 351, an exception) stops the entry and fails with its
   * `index`, to be retried there.
   *
   * @spec SCORM 2004 4th Ed. RTE §4.1 (arrays: n = _count for a new entry, 351 on a gap); SCORM 1.2 RTE
   *   §3.4 (201 on a gap); CONFORMANCE.md 5.1.
   */
  writeEntry(
    array: string,
    build: (n: number) => readonly CmiValue[],
    essential: (element: string) => boolean,
    retryIndex?: number,
  ): TrackingResult<InteractionWrite> {
    const open = this.requireOpen('SetValue');
    if (!open.ok) return open;
    let index: number;
    if (retryIndex !== undefined) index = retryIndex;
    else {
      const next = this.nextIndex(array);
      if (!next.ok) return next;
      if (next.value === null) return ok({ status: 'unsupported', index: null, refused: [] });
      index = next.value;
    }
    const values = build(index);
    const refused: TrackingError[] = [];
    let written = false;
    let status: InteractionWrite['status'] = 'recorded';
    const taken = () => {
      if (written && (this.next.get(array) ?? 0) <= index) this.next.set(array, index + 1);
    };
    for (const value of values) {
      const problem = this.options.check(value, values);
      let result: TrackingResult;
      if (problem) {
        this.options.log?.add({ call: 'SetValue', element: value.element, value: value.value, result: 'not sent', error: problem });
        result = failure(problem);
      } else result = this.call('SetValue', () => this.options.calls.setValue(value.element, value.value), value.element, value.value);
      if (result.ok) {
        written = true;
        continue;
      }
      if (!this.isValueRefusal(result.error)) {
        taken();
        return failure({ ...result.error, index });
      }
      refused.push(result.error);
      if (essential(value.element)) {
        status = 'refused';
        break;
      }
    }
    taken();
    return ok({ status, index, refused });
  }

  /**
   * Creates or updates the objective with this id: looks for it among the LMS's objectives once (it may come
   * from a previous session), then remembers its index.
   */
  upsertObjective(id: string, build: (n: number) => readonly CmiValue[]): TrackingResult<ArrayWrite> {
    let index = this.objectiveIndex.get(id);
    if (index === undefined) {
      // The LMS's objectives are read once, at the first objective written: each id then has its index, and a
      // new one goes after the last (not one scan per objective, which fills the LMS's log with reads).
      if (this.objectivesKnown === null) {
        const count = this.count('cmi.objectives');
        if (!count.ok) return count;
        if (count.value === null) return ok('unsupported');
        for (let n = 0; n < count.value; n++) {
          const existing = this.getValue(`cmi.objectives.${n}.id`);
          if (existing.ok && existing.value !== '' && !this.objectiveIndex.has(existing.value)) this.objectiveIndex.set(existing.value, n);
        }
        this.objectivesKnown = count.value;
      }
      index = this.objectiveIndex.get(id) ?? this.objectivesKnown;
    }
    const written = this.setValues(build(index));
    if (!written.ok) return written;
    if (!this.objectiveIndex.has(id)) {
      this.objectiveIndex.set(id, index);
      this.objectivesKnown = Math.max(this.objectivesKnown ?? 0, index + 1);
    }
    return ok('recorded');
  }

}

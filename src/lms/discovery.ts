/**
 * API discovery: finds the LMS's SCORM API object in the windows around the course.
 *
 * The search goes bottom-up, from the course's own window through `parent` until the top, then through the
 * `opener` of the top window (and of the course's window) and its parents. SCORM 2004's `API_1484_11` is
 * looked for along the whole way first, then SCORM 1.2's `API` (DESIGN.md: 2004 first). Every property read
 * on another window is guarded: a cross-origin frame throws on access, and such a window is skipped rather
 * than ending the search (a course in a cross-domain frame can still find an API above a foreign frame only
 * if the browser lets it read there, and must never crash for trying).
 *
 * @spec SCORM 2004 4th Ed. RTE §3.3 API discovery algorithm (ADL RTE Fig. 3.3.1b; `maxTries = 500`), with
 *   Rustici's fixes (check the own window first, guard each access); SCORM 1.2 RTE §3.3 / ADL APIWrapper.js
 *   `findAPI()` (parent chain, then `window.opener`). CONFORMANCE.md 1.1–1.4.
 */
import type { ScormVersion } from './tracking-port';

/** The SCORM 1.2 API (`window.API`). Values come back as strings (`"true"`/`"false"`, codes). */
export interface Scorm12Api {
  LMSInitialize(arg: ''): unknown;
  LMSFinish(arg: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(arg: ''): unknown;
  LMSGetLastError(): unknown;
  LMSGetErrorString(code: string): unknown;
  LMSGetDiagnostic(code: string): unknown;
}

/** The SCORM 2004 API (`window.API_1484_11`). */
export interface Scorm2004Api {
  Initialize(arg: ''): unknown;
  Terminate(arg: ''): unknown;
  GetValue(element: string): unknown;
  SetValue(element: string, value: string): unknown;
  Commit(arg: ''): unknown;
  GetLastError(): unknown;
  GetErrorString(code: string): unknown;
  GetDiagnostic(code: string): unknown;
}

export type DiscoveredApi = { version: '2004'; api: Scorm2004Api } | { version: '1.2'; api: Scorm12Api };

/** What discovery reads of a window: all of it may be missing or throw (cross-origin). */
export interface WindowLike {
  readonly parent?: unknown;
  readonly opener?: unknown;
}

export interface DiscoveryOptions {
  /** Which versions to look for, in order. Default: 2004, then 1.2. */
  versions?: readonly ScormVersion[];
  /** Windows climbed per chain before giving up. Default 500 (ADL's SCORM 2004 `maxTries`). */
  maxLevels?: number;
}

export const MAX_DISCOVERY_LEVELS = 500;

const METHODS: Record<ScormVersion, readonly string[]> = {
  '1.2': ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'],
  '2004': ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'],
};

const API_NAME: Record<ScormVersion, string> = { '1.2': 'API', '2004': 'API_1484_11' };

/** Reads a property of a possibly cross-origin window; `undefined` when the browser forbids it. */
function read(win: unknown, key: string): unknown {
  if ((typeof win !== 'object' && typeof win !== 'function') || win === null) return undefined;
  try {
    return (win as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** The API object of this version on `win`, if there is one with every method of the standard. */
function apiOn(win: unknown, version: ScormVersion): unknown {
  const candidate = read(win, API_NAME[version]);
  if ((typeof candidate !== 'object' && typeof candidate !== 'function') || candidate === null) return undefined;
  try {
    return METHODS[version].every((name) => typeof (candidate as Record<string, unknown>)[name] === 'function') ? candidate : undefined;
  } catch {
    return undefined;
  }
}

/** `win`, its parent, its grandparent… up to the top (a window is its own parent there) or `maxLevels`. */
function parentChain(start: unknown, maxLevels: number): unknown[] {
  const chain: unknown[] = [];
  let current = start;
  for (let level = 0; level <= maxLevels && current !== undefined && current !== null; level++) {
    if (chain.includes(current)) break;
    chain.push(current);
    const parent = read(current, 'parent');
    if (parent === current) break;
    current = parent;
  }
  return chain;
}

/**
 * Every window to search, in order: the course's window and its parents, then the opener of the top one and
 * the opener of the course's own window, each with its parents.
 */
export function searchOrder(start: WindowLike, maxLevels = MAX_DISCOVERY_LEVELS): unknown[] {
  const own = parentChain(start, maxLevels);
  const windows = [...own];
  const top = own[own.length - 1];
  for (const opener of [read(top, 'opener'), read(start, 'opener')]) {
    for (const win of parentChain(opener, maxLevels)) if (!windows.includes(win)) windows.push(win);
  }
  return windows;
}

/** Finds the LMS's API, or `null` when the course runs without an LMS (then the shell embeds one). */
export function findApi(start: WindowLike, options: DiscoveryOptions = {}): DiscoveredApi | null {
  const windows = searchOrder(start, options.maxLevels ?? MAX_DISCOVERY_LEVELS);
  for (const version of options.versions ?? (['2004', '1.2'] as const)) {
    for (const win of windows) {
      const api = apiOn(win, version);
      if (api === undefined) continue;
      return version === '2004' ? { version, api: api as Scorm2004Api } : { version, api: api as Scorm12Api };
    }
  }
  return null;
}

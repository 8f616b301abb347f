/**
 * The embedded LMS (DESIGN.md « Launch »): with no LMS around the shell, scorm-again's SCORM 1.2 runtime
 * plays the LMS in the page and its data model is kept in `localStorage`, so the standalone course goes
 * through the same adapter (scorm12.ts), mapping and resume path as a real LMS — and scorm-again checks
 * every value we write.
 *
 * Only the shell loads this module, and only when discovery found no LMS: scorm-again's runtime is imported
 * dynamically here, so an LMS launch never downloads it.
 *
 * What an LMS does between two launches, this does too: at Commit and Finish the CMI is stored; at the next
 * launch `cmi.core.entry` is `resume` when the previous session ended with exit `suspend`, `total_time`
 * adds up the sessions, and the bookmark, suspend_data, status and score are given back.
 *
 * It is the only home of the standalone learner record: course pages open through the shell (deep-link.ts)
 * and write nothing themselves. A record the earlier local persistence left under LEGACY_RECORD_KEY is
 * migrated into it once (`withLegacyRecord`).
 *
 * Nothing lost: a stored CMI that cannot be read is set aside under its own key (never erased) and the
 * launch starts clean with a notice; a suspend_data written by another tab since this launch last wrote is
 * merged with ours (both tabs' progress kept); a storage that refuses the write makes Commit answer "false"
 * (error 101), so the shell shows its banner and sends everything again at the next commit.
 */
import { decodeRecord, encodeRecord } from '../domain/record/codec';
import { mergeRecords } from '../domain/record/record';
import type { Scorm12Api } from './discovery';

import { EMBEDDED_KEY, LEGACY_RECORD_KEY } from './embedded-store';

export { EMBEDDED_KEY, LEGACY_RECORD_KEY } from './embedded-store';
/** Prefix of the keys where unreadable stored data is set aside. */
export const SET_ASIDE_PREFIX = 'parcours-chorus-pro:lms-embarque:illisible:';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
type Flat = Record<string, string>;

/** Elements a new launch starts from (the rest belongs to one session: exit, session_time, interactions). */
const KEPT = /^cmi\.(core\.(lesson_location|lesson_status|score\.(raw|min|max)|student_id|student_name)|suspend_data|objectives\.\d+\.(id|status|score\.(raw|min|max)))$/;

/** The notice when what this browser kept for the course could not be read. */
export const EMBEDDED_UNREADABLE_NOTICE =
  'Votre progression enregistrée dans ce navigateur était illisible : le parcours repart de zéro. L’ancienne sauvegarde est conservée à part.';

interface Stored {
  v: 1;
  cmi: Flat;
}

function parse(text: string): Stored | null {
  try {
    const value: unknown = JSON.parse(text);
    if (!value || typeof value !== 'object' || (value as { v?: unknown }).v !== 1) return null;
    const cmi = (value as { cmi?: unknown }).cmi;
    if (!cmi || typeof cmi !== 'object' || Array.isArray(cmi)) return null;
    const flat: Flat = {};
    for (const [k, v] of Object.entries(cmi)) if (typeof v === 'string') flat[k] = v;
    return { v: 1, cmi: flat };
  } catch {
    return null;
  }
}

function setAside(storage: Store, text: string, now: number): void {
  try {
    storage.setItem(`${SET_ASIDE_PREFIX}${now}`, text);
  } catch {
    // Best effort: the notice still tells the learner.
  }
}

/** Where an unreadable record left under the old key is set aside (never erased). */
export const LEGACY_UNREADABLE_KEY = 'parcours-chorus-pro:record:unreadable';

/** The notice when the record left under the old key could not be read. */
export const LEGACY_UNREADABLE_NOTICE =
  'Une ancienne sauvegarde de votre progression dans ce navigateur était illisible : elle n’a pas pu être reprise et reste conservée à part.';

/**
 * The migration of the earlier local persistence: course pages opened on their own used to keep the record
 * under LEGACY_RECORD_KEY. Its progress is merged into the launch's suspend_data (nothing lost); the key is
 * removed once the embedded LMS has stored a CMI that holds it (`storedApi`), and nothing writes it again.
 * An unreadable one is set aside under LEGACY_UNREADABLE_KEY at once, with a notice.
 */
function withLegacyRecord(storage: Store | null, init: Flat, trackedIds: readonly string[]): { migrating: boolean; notice: string | null } {
  let text: string | null;
  try {
    text = storage?.getItem(LEGACY_RECORD_KEY) ?? null;
  } catch {
    return { migrating: false, notice: null };
  }
  if (text === null) return { migrating: false, notice: null };
  const legacy = decodeRecord(text, trackedIds);
  if (!legacy.ok) {
    try {
      storage?.setItem(LEGACY_UNREADABLE_KEY, text);
      storage?.removeItem(LEGACY_RECORD_KEY);
    } catch {
      // Left where it is: the next launch tries again.
    }
    return { migrating: false, notice: legacy.issues.includes('empty') ? null : LEGACY_UNREADABLE_NOTICE };
  }
  const current = init['cmi.suspend_data'] ?? '';
  const held = decodeRecord(current, trackedIds);
  if (current === '' || !held.ok) init['cmi.suspend_data'] = encodeRecord(legacy.value.record);
  else init['cmi.suspend_data'] = encodeRecord(mergeRecords(legacy.value.record, held.value.record));
  return { migrating: true, notice: null };
}

/** What a launch starts from: the stored CMI turned into the next session's initial values. */
export function launchValues(
  storage: Store | null,
  trackedIds: readonly string[],
  now = Date.now(),
): { init: Flat; notice: string | null; migrating: boolean } {
  let text: string | null;
  try {
    text = storage?.getItem(EMBEDDED_KEY) ?? null;
  } catch {
    text = null;
  }
  const stored = text === null ? null : parse(text);
  if (text !== null && !stored) {
    if (storage) setAside(storage, text, now);
    const init: Flat = { 'cmi.core.entry': 'ab-initio' };
    const legacy = withLegacyRecord(storage, init, trackedIds);
    return { init, notice: EMBEDDED_UNREADABLE_NOTICE, migrating: legacy.migrating };
  }
  if (!stored) {
    const init: Flat = { 'cmi.core.entry': 'ab-initio' };
    return { init, ...withLegacyRecord(storage, init, trackedIds) };
  }
  const init: Flat = {};
  for (const [k, v] of Object.entries(stored.cmi)) if (KEPT.test(k)) init[k] = v;
  const suspend = stored.cmi['cmi.suspend_data'] ?? '';
  if (suspend !== '' && !decodeRecord(suspend, trackedIds).ok && storage) {
    // The shell says so (its notice for an unreadable suspend_data) and starts clean; the text is kept.
    setAside(storage, suspend, now);
  }
  const legacy = withLegacyRecord(storage, init, trackedIds);
  const total = stored.cmi['cmi.core.total_time'];
  if (total) init['cmi.core.total_time'] = total;
  init['cmi.core.entry'] = stored.cmi['cmi.core.exit'] === 'suspend' ? 'resume' : '';
  return { init, ...legacy };
}

/** The parts of scorm-again's Scorm12API used here. */
interface Runtime extends Scorm12Api {
  loadFromFlattenedJSON(json: Flat): void;
  getFlattenedCMI(): Record<string, unknown>;
  cmi: { getCurrentTotalTime(): string };
}

/**
 * Wraps scorm-again's runtime as the API the adapter talks to, storing the CMI at each Commit and at Finish.
 * `migrating`: the launch merged the old key's record (`launchValues`); the key is removed after the first
 * CMI stored, which holds it. Exported for the unit tests, which pass scorm-again's runtime directly.
 */
export function storedApi(runtime: Runtime, storage: Store | null, trackedIds: readonly string[], migrating = false): Scorm12Api {
  let lastWritten: string | null = null;
  let ownError: string | null = null;
  const store = (finishing: boolean): boolean => {
    const cmi: Flat = {};
    for (const [k, v] of Object.entries(runtime.getFlattenedCMI())) if (typeof v === 'string' || typeof v === 'number') cmi[k] = String(v);
    if (finishing) cmi['cmi.core.total_time'] = runtime.cmi.getCurrentTotalTime();
    else delete cmi['cmi.core.total_time'];
    try {
      if (!storage) return true;
      const before = parse(storage.getItem(EMBEDDED_KEY) ?? '');
      if (!finishing && before?.cmi['cmi.core.total_time']) cmi['cmi.core.total_time'] = before.cmi['cmi.core.total_time'];
      const theirs = before?.cmi['cmi.suspend_data'] ?? '';
      const ours = cmi['cmi.suspend_data'] ?? '';
      // Another tab wrote since we last did: keep both tabs' progress.
      if (theirs !== '' && theirs !== lastWritten && theirs !== ours) {
        const a = decodeRecord(theirs, trackedIds);
        const b = decodeRecord(ours, trackedIds);
        if (a.ok && b.ok) cmi['cmi.suspend_data'] = encodeRecord(mergeRecords(a.value.record, b.value.record));
      }
      storage.setItem(EMBEDDED_KEY, JSON.stringify({ v: 1, cmi }));
      lastWritten = cmi['cmi.suspend_data'] ?? '';
      if (migrating) {
        storage.removeItem(LEGACY_RECORD_KEY);
        migrating = false;
      }
      return true;
    } catch {
      return false;
    }
  };
  const answer = (result: string, finishing: boolean): string => {
    if (result !== 'true') return result;
    if (store(finishing)) return 'true';
    ownError = '101';
    return 'false';
  };
  return {
    LMSInitialize: (arg) => runtime.LMSInitialize(arg),
    LMSFinish: (arg) => answer(String(runtime.LMSFinish(arg)), true),
    LMSGetValue: (element) => runtime.LMSGetValue(element),
    LMSSetValue: (element, value) => {
      ownError = null;
      return runtime.LMSSetValue(element, value);
    },
    LMSCommit: (arg) => {
      ownError = null;
      return answer(String(runtime.LMSCommit(arg)), false);
    },
    LMSGetLastError: () => ownError ?? runtime.LMSGetLastError(),
    LMSGetErrorString: (code) => (ownError !== null && code === ownError ? 'Le navigateur refuse d’enregistrer la progression' : runtime.LMSGetErrorString(code)),
    LMSGetDiagnostic: (code) => (ownError !== null && code === ownError ? 'localStorage' : runtime.LMSGetDiagnostic(code)),
  };
}

/** Loads scorm-again's SCORM 1.2 runtime (only now) and returns it ready for the shell's adapter. */
export async function openEmbeddedLms(storage: Store | null, trackedIds: readonly string[]): Promise<{ api: Scorm12Api; notice: string | null }> {
  // The ESM build exports the class by name (its type declarations say `default`).
  const { Scorm12API } = (await import('scorm-again/scorm12/min')) as unknown as { Scorm12API: new (settings: object) => Runtime };
  // No commit URL: Commit answers "true" and this module stores the CMI. No autocommit: the shell decides
  // when to commit. Log level 5: silent.
  const runtime = new Scorm12API({ autocommit: false, lmsCommitUrl: false, logLevel: 5, autoCompleteLessonStatus: false });
  const { init, notice, migrating } = launchValues(storage, trackedIds);
  runtime.loadFromFlattenedJSON(init);
  return { api: storedApi(runtime, storage, trackedIds, migrating), notice };
}

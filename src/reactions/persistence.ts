/**
 * Keeps the learner record of a course page opened on its own (outside the launch shell: a bookmark, a link
 * to a page) in the browser's storage: restores it at page start — merged with what the embedded LMS holds
 * (src/lms/embedded.ts), so progress made through the shell shows — saves after changes (debounced) and at
 * once when the page is hidden or left. The shell's next launch merges this record into its own, so nothing
 * done on such a page is lost. Inside the shell the page starts from the shell's record (tracking.ts).
 *
 * Nothing is ever lost silently: a save that cannot be read is moved aside under BACKUP_KEY before a clean
 * record starts, and the learner is told; a storage that refuses writes (private mode, quota) is reported too.
 */
import { decodeRecord, encodeRecord, type DecodeFailure } from '../domain/record/codec';
import { trackedIds } from '../domain/course/plan';
import { emptyRecord, mergeRecords } from '../domain/record/record';
import { embeddedRecord, PAGE_RECORD_KEY } from '../lms/embedded-store';
import { $plan, $record, $recordNotice, mergeRecord, restoreRecord } from '../stores/record';

export const STORAGE_KEY = PAGE_RECORD_KEY;
export const BACKUP_KEY = 'parcours-chorus-pro:record:unreadable';

const NOTICES: Record<Exclude<DecodeFailure, 'empty'>, string> = {
  format:
    'Votre progression enregistrée dans ce navigateur était illisible : le parcours repart de zéro. L’ancienne sauvegarde est conservée à part.',
  checksum:
    'Votre progression enregistrée dans ce navigateur a été altérée : le parcours repart de zéro. L’ancienne sauvegarde est conservée à part.',
  version:
    'Votre progression avait été enregistrée par une version plus ancienne du parcours qui n’est plus lisible : le parcours repart de zéro. L’ancienne sauvegarde est conservée à part.',
};

const WRITE_FAILED =
  'Votre navigateur refuse d’enregistrer la progression (navigation privée ou stockage plein) : elle sera perdue à la fermeture de la page.';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

/** Reads the saved record into the store. Returns the failure, if any, for tests and diagnostics. */
export function restoreFromStorage(storage: Storage): DecodeFailure | null {
  let saved: string | null;
  try {
    saved = storage.getItem(STORAGE_KEY);
  } catch {
    restoreRecord(emptyRecord(), WRITE_FAILED);
    return 'empty';
  }
  const result = decodeRecord(saved, trackedIds($plan.get()));
  const shell = embeddedRecord(storage, trackedIds($plan.get()));
  if (result.ok) {
    restoreRecord(shell ? mergeRecords(result.record, shell) : result.record);
    return null;
  }
  if (result.reason === 'empty') {
    restoreRecord(shell ?? emptyRecord());
    return 'empty';
  }
  try {
    if (saved !== null) storage.setItem(BACKUP_KEY, saved);
  } catch {
    // Keeping the backup is best effort; the notice below still tells the learner.
  }
  restoreRecord(emptyRecord(), NOTICES[result.reason]);
  return result.reason;
}

/** Writes the current record now (nothing when the storage already holds exactly it). */
export function saveToStorage(storage: Storage): boolean {
  try {
    const text = encodeRecord($record.get());
    if (storage.getItem(STORAGE_KEY) !== text) storage.setItem(STORAGE_KEY, text);
    return true;
  } catch {
    $recordNotice.set(WRITE_FAILED);
    return false;
  }
}

/**
 * Saves 400 ms after each change and immediately when the page is hidden or left. Call it after the page's
 * own start-up listeners (time tracking) are registered, so their last update is in the final save.
 */
export function startSaving(storage: Storage, target: Pick<Window, 'addEventListener'> = window): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    saveToStorage(storage);
  };
  const unlisten = $record.listen(() => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(flush, 400);
  });
  target.addEventListener('pagehide', flush);
  target.addEventListener('visibilitychange', () => {
    if (globalThis.document?.visibilityState === 'hidden') flush();
  });
  // Another tab of the course saved: take its progress in, so this tab's next save cannot undo it.
  target.addEventListener('storage', (event: Event) => {
    const { key, newValue } = event as StorageEvent;
    if (key !== STORAGE_KEY || newValue === null) return;
    const incoming = decodeRecord(newValue, trackedIds($plan.get()));
    if (incoming.ok) mergeRecord(incoming.record);
  });
  return () => {
    flush();
    unlisten();
  };
}

/**
 * « Changer d'apprenant / effacer ma progression », for the standalone course on a shared computer. A page asks
 * for it (`requestReset`) and sends the tab back to the launch shell; the shell, before it opens the embedded
 * LMS, erases what this browser keeps of the learner (`eraseIfRequested`). The erasing waits for the new
 * launch because the shell being left still closes its session on the way out, and that last save would
 * otherwise write the progress back. In a platform (an LMS found), nothing is erased: the platform keeps the
 * record, and the pages do not offer the action.
 */
import { COMPANY_KEY, EMBEDDED_KEY, LEGACY_RECORD_KEY } from './embedded-store';

/** Set by a page, read and removed by the next launch. */
export const RESET_KEY = 'parcours-chorus-pro:effacer';

/**
 * Prefixes of the keys that hold the learner's data: the embedded LMS's CMI, its set-aside copies, the old
 * record, the company typed for the attestation.
 */
const LEARNER_KEYS = [EMBEDDED_KEY, LEGACY_RECORD_KEY, COMPANY_KEY];

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** Asks the next launch to erase this browser's progress. False when the browser's storage refuses. */
export function requestReset(storage: Store | null): boolean {
  try {
    storage?.setItem(RESET_KEY, '1');
    return storage !== null;
  } catch {
    return false;
  }
}

/** Erases the learner's keys (and the request) when a reset was requested; returns whether it did. */
export function eraseIfRequested(storage: Store | null): boolean {
  try {
    if (!storage || storage.getItem(RESET_KEY) === null) return false;
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key !== null && LEARNER_KEYS.some((prefix) => key.startsWith(prefix))) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
    storage.removeItem(RESET_KEY);
    return true;
  } catch {
    return false;
  }
}

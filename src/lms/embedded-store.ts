/**
 * The embedded LMS's storage keys and a reader of the record it holds, for course pages opened on their
 * own (outside the shell): light, no scorm-again. See embedded.ts.
 */
import { decodeRecord } from '../domain/record/codec';
import type { LearnerRecord } from '../domain/record/record';

/** Where the embedded LMS keeps its data model (`{ v: 1, cmi: { "cmi.suspend_data": …, … } }`). */
export const EMBEDDED_KEY = 'parcours-chorus-pro:lms-embarque';

/** Where a course page opened on its own keeps the record (src/reactions/persistence.ts). */
export const PAGE_RECORD_KEY = 'parcours-chorus-pro:record';

/** The learner record in the embedded LMS's suspend_data, or `null` (none, or unreadable). */
export function embeddedRecord(storage: Pick<Storage, 'getItem'>, trackedIds: readonly string[]): LearnerRecord | null {
  try {
    const stored = JSON.parse(storage.getItem(EMBEDDED_KEY) ?? 'null') as { cmi?: Record<string, unknown> } | null;
    const suspend = stored?.cmi?.['cmi.suspend_data'];
    if (typeof suspend !== 'string') return null;
    const decoded = decodeRecord(suspend, trackedIds);
    return decoded.ok ? decoded.record : null;
  } catch {
    return null;
  }
}

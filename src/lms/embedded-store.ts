/**
 * The embedded LMS's storage keys (see embedded.ts), apart so that a test or a page can name them without
 * loading the embedded LMS.
 */

/** Where the embedded LMS keeps its data model (`{ v: 1, cmi: { "cmi.suspend_data": …, … } }`). */
export const EMBEDDED_KEY = 'parcours-chorus-pro:lms-embarque';

/**
 * Where course pages opened on their own kept the record before they opened through the shell. Only read,
 * once, to migrate it into the embedded LMS (embedded.ts); nothing writes it any more.
 */
export const LEGACY_RECORD_KEY = 'parcours-chorus-pro:record';

/**
 * The company a learner typed for the attestation (optional, printed under the name). Kept in this browser,
 * apart from the record: it is not progress, and the record's size is bounded by SCORM 1.2's suspend_data.
 * « Effacer ma progression » erases it with the rest (reset.ts).
 */
export const COMPANY_KEY = 'parcours-chorus-pro:entreprise';

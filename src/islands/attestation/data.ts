/**
 * What an attestation says, shared by its page (HTML) and its PDF: built once from the record and the
 * organisation's settings, so that both always print the same facts.
 */

/** The issuing organisation (content/organisation.yaml), images as data: URLs. */
export interface Issuer {
  name: string;
  address: string[];
  siret: string;
  nda: string;
  ndaRegion: string;
  logo: string;
  signatory: { name: string; role: string; city: string; signature: string };
}

export interface ObjectiveGroup {
  /** « Module 1 · Obligations, notions et vocabulaire ». */
  module: string;
  items: string[];
}

export interface AttestationData {
  number: string;
  learnerName: string;
  company?: string | undefined;
  courseTitle: string;
  /** First activity recorded (`YYYY-MM-DD`), when known. */
  startDate?: string | undefined;
  /** Day the final test was passed. */
  passDate: string;
  /** Day the attestation is issued (today). */
  issuedDate: string;
  /** Programme duration, minutes. */
  minutes: number;
  /** Time actually spent in the lessons, minutes. */
  spentMinutes: number;
  score: number;
  masteryScore: number;
  objectives: ObjectiveGroup[];
  issuer: Issuer;
}

const NBSP = '\u00a0';

/** « 3 décembre 2026 ». */
export const dateFr = (iso: string): string =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** « 7 h », « 2 h 05 », « 45 min ». */
export function durationFr(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m}${NBSP}min`;
  return m === 0 ? `${h}${NBSP}h` : `${h}${NBSP}h${NBSP}${String(m).padStart(2, '0')}`;
}

/** « du 2 au 3 décembre 2026 » style period, or « le 3 décembre 2026 ». */
export function periodFr(start: string | undefined, end: string): string {
  if (!start || start >= end) return `le ${dateFr(end)}`;
  return `du ${dateFr(start)} au ${dateFr(end)}`;
}

/** The SIRET written in groups (« 987 654 321 00015 »). */
export const siretFr = (siret: string): string => siret.replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/, `$1${NBSP}$2${NBSP}$3${NBSP}$4`);

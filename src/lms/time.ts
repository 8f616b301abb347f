/**
 * Time formats of the two SCORM versions. SCORM 1.2 and 2004 each reject the other's format (Moodle: 405 in
 * 1.2, 406 in 2004), so every duration or instant the adapters send goes through one of these functions.
 * Pure: callers pass milliseconds or ISO strings, nothing here reads the clock.
 */

/** The largest CMITimespan: four hour digits. */
const MAX_TIMESPAN12_CS = (9999 * 3600 + 59 * 60 + 59) * 100 + 99;

/** Whole centiseconds of a duration in milliseconds; negative, NaN and infinite durations count as 0. */
function centiseconds(ms: number): number {
  return Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 10) : 0;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * A duration as a SCORM 1.2 CMITimespan, `HHHH:MM:SS.SS` (e.g. `0001:02:03.45`). Hundredths are written only
 * when not zero; durations beyond 9999:59:59.99 are clamped to it, as the type has four hour digits at most.
 *
 * @spec SCORM 1.2 RTE §3.4 (data types), CMITimespan: `HHHH:MM:SS.SS`, 2–4 hour digits, optional 1–2
 *   decimals (CONFORMANCE.md 4.1; Moodle regex `^([0-9]{2,4}):([0-9]{2}):([0-9]{2})(\.[0-9]{1,2})?$`).
 */
export function timespan12(ms: number): string {
  const cs = Math.min(centiseconds(ms), MAX_TIMESPAN12_CS);
  const hours = Math.floor(cs / 360000);
  const minutes = Math.floor((cs % 360000) / 6000);
  const seconds = Math.floor((cs % 6000) / 100);
  const hundredths = cs % 100;
  const base = `${pad(hours, 4)}:${pad(minutes, 2)}:${pad(seconds, 2)}`;
  return hundredths === 0 ? base : `${base}.${pad(hundredths, 2)}`;
}

/**
 * A duration as a SCORM 2004 ISO 8601 duration, `PT#H#M#S` with at most two decimals on seconds
 * (e.g. `PT1H2M3.45S`, `PT0S`). Hours are not folded into days: `PT30H` is as valid as `P1DT6H`, and months
 * and years have no fixed length.
 *
 * @spec SCORM 2004 4th Ed. RTE §4.2 `cmi.session_time` (timeinterval (second,10,2)); CONFORMANCE.md 4.1.
 */
export function duration2004(ms: number): string {
  const cs = centiseconds(ms);
  const hours = Math.floor(cs / 360000);
  const minutes = Math.floor((cs % 360000) / 6000);
  const seconds = Math.floor((cs % 6000) / 100);
  const hundredths = cs % 100;
  let text = 'PT';
  if (hours > 0) text += `${hours}H`;
  if (minutes > 0) text += `${minutes}M`;
  if (seconds > 0 || hundredths > 0 || (hours === 0 && minutes === 0)) {
    const fraction = hundredths === 0 ? '' : `.${pad(hundredths, 2)}`.replace(/0$/, '');
    text += `${seconds}${fraction}S`;
  }
  return text;
}

/** Parses an ISO 8601 instant; `null` when it does not name a valid time. */
function parseInstant(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * The time of day of an instant as a SCORM 1.2 CMITime, `HH:MM:SS` (UTC), or `null` when `iso` is not a
 * valid instant. CMITime has no date and no zone; UTC keeps it independent of the learner's machine.
 *
 * @spec SCORM 1.2 RTE §3.4 (data types), CMITime `HH:MM:SS.SS` (`cmi.interactions.n.time`); CONFORMANCE.md 4.3.
 */
export function time12(iso: string): string | null {
  const date = parseInstant(iso);
  if (!date) return null;
  return `${pad(date.getUTCHours(), 2)}:${pad(date.getUTCMinutes(), 2)}:${pad(date.getUTCSeconds(), 2)}`;
}

/**
 * An instant as a SCORM 2004 timestamp, `YYYY-MM-DDThh:mm:ss.ssZ` (UTC, hundredths), or `null` when `iso`
 * is not a valid instant or falls outside the years the type allows. Two details matter: the standard
 * nests the zone designator inside the fraction (`ss[.s[TZD]]`), so `…:30Z` without a fraction is refused
 * by strict LMSs (Moodle, scorm-again: 406); and `Date.toISOString()` gives three decimals, one more than
 * Moodle admits.
 *
 * @spec SCORM 2004 4th Ed. RTE §4.2 `cmi.interactions.n.timestamp`, time (second,10,0):
 *   `YYYY[-MM[-DD[Thh[:mm[:ss[.s[TZD]]]]]]]`, years 1970–2038; CONFORMANCE.md 4.3.
 */
export function timestamp2004(iso: string): string | null {
  const date = parseInstant(iso);
  if (!date) return null;
  const year = date.getUTCFullYear();
  if (year < 1970 || year > 2038) return null;
  return `${date.toISOString().slice(0, 22)}Z`;
}

/** SCORM 1.2 CMITimespan, as the adapters check it before sending. */
export const TIMESPAN12 = /^[0-9]{2,4}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,2})?$/;
/** SCORM 1.2 CMITime. */
export const TIME12 = /^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,2})?$/;
/** SCORM 2004 timeinterval (second,10,2): an ISO 8601 duration with at most two decimals on seconds. */
export const DURATION2004 = /^P(?!$)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/;
/** SCORM 2004 time (second,10,0) with a full date and time: the zone only after a 1–2 digit fraction. */
export const TIMESTAMP2004 = /^(19[7-9]\d|20[0-2]\d|203[0-8])-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2}(Z|[+-]([01]\d|2[0-3])(:[0-5]\d)?)?)?$/;

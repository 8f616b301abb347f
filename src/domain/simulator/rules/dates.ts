/**
 * The simulated clock and calendar dates.
 *
 * The clock counts whole minutes since 1970-01-01T00:00Z (UTC) and moves only through events; nothing here
 * reads the machine's time. Calendar dates are `YYYY-MM-DD` strings, as typed in « Date » of « Références ».
 * `Date.UTC` and `toISOString` are used as pure calendar arithmetic.
 */
import { issue, type Issue } from '../issues';

/** Minutes since the Unix epoch (UTC). */
export type Minutes = number;

export const MINUTES_PER_HOUR = 60;
export const MINUTES_PER_DAY = 24 * 60;

/** Whole days from the clock's `now` to `until` (rounded up, never negative), for « il reste N jours ». */
export function daysLeft(world: { now: Minutes }, until: Minutes): number {
  return Math.max(0, Math.ceil((until - world.now) / MINUTES_PER_DAY));
}

/** `2025-03-03T09:00` (UTC, optional seconds/Z) → minutes; NaN when unreadable. */
export function minutesFromIso(iso: string): Minutes {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(iso);
  if (!match) return Number.NaN;
  const [, y, mo, d, h = '0', mi = '0'] = match;
  if (!isCalendarDate(`${y}-${mo}-${d}`)) return Number.NaN;
  return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)) / 60_000;
}

/** Minutes → `2025-03-03T09:00Z`. */
export function isoFromMinutes(minutes: Minutes): string {
  return `${new Date(minutes * 60_000).toISOString().slice(0, 16)}Z`;
}

/** The calendar date (UTC) of a moment: minutes → `2025-03-03`. */
export function dateOf(minutes: Minutes): string {
  return new Date(minutes * 60_000).toISOString().slice(0, 10);
}

/** True for an existing `YYYY-MM-DD` date (2025-02-30 is refused). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
}

/** Checks a required date field. */
export function checkDate(value: string, path: string): Issue[] {
  if (value.trim() === '') return [issue('field.required', path)];
  return isCalendarDate(value) ? [] : [issue('date.invalid', path)];
}

/** `2025-03-03` → « 03/03/2025 », as the portal prints dates. */
export function formatDate(value: string): string {
  const [y, m, d] = value.split('-');
  return `${d ?? ''}/${m ?? ''}/${y ?? ''}`;
}

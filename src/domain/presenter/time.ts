/** Clock times and durations for the trainer views, in French (« 9 h 05 », « 3 min 05 s »). */

const NBSP = '\u00a0';

/** Minutes since midnight from « 09:00 » / « 9:00 » / « 9h00 », or `null`. */
export function parseClock(text: string): number | null {
  const match = /^\s*(\d{1,2})\s*[:hH]\s*(\d{2})\s*$/.exec(text);
  if (!match) return null;
  const h = Number(match[1]);
  const m = Number(match[2]);
  return h < 24 && m < 60 ? h * 60 + m : null;
}

/** « 9 h 05 » for 545 minutes since midnight (wraps after midnight). */
export function formatClock(minutes: number): string {
  const total = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${Math.floor(total / 60)}${NBSP}h${NBSP}${String(total % 60).padStart(2, '0')}`;
}

/** « 09:05 », the value of an `<input type="time">`. */
export function clockValue(minutes: number): string {
  const total = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** « 45 s », « 3 min 05 s », « 1 h 02 min » for a number of seconds. */
export function formatElapsed(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  if (s < 60) return `${s}${NBSP}s`;
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return `${minutes}${NBSP}min${NBSP}${String(s % 60).padStart(2, '0')}${NBSP}s`;
  return `${Math.floor(minutes / 60)}${NBSP}h${NBSP}${String(minutes % 60).padStart(2, '0')}${NBSP}min`;
}

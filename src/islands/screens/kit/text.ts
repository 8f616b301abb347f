/**
 * Text helpers of the mock portal screens: French spacing, the portal's date, amount and SIRET formats, the
 * highlight match, and the event a démonstration step shows. One place for each, so that every screen
 * prints a value the same way.
 */
import { formatEuros, isoFromMinutes, type Event, type Minutes } from '../../../domain/simulator/core';
import { frenchSpacing } from '../../../domain/text/typography';

/** French spacing for the screens' sentences (no-break spaces before « : », thin ones before « ; ! ? »). */
export const fr = frenchSpacing;

export { formatEuros };

/** Whether a control named `name` is the highlighted one (apostrophes and spaces compared typographically). */
export function isHighlighted(highlight: string | undefined, name: string): boolean {
  return highlight !== undefined && highlight !== '' && fr(highlight) === fr(name);
}

/** « 02/03/2026 » from `2026-03-02`. */
export function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-');
  return y && m && d ? `${d}/${m}/${y}` : iso;
}

/** A moment of the simulated clock as the portal prints it: « 02/03/2026 à 09 h 05 ». */
export function formatMoment(minutes: Minutes): string {
  const [date = '', time = ''] = isoFromMinutes(minutes).split('T');
  return `${formatDay(date)} à ${time.slice(0, 2)}\u00a0h\u00a0${time.slice(3, 5)}`;
}

/** Groups a SIRET as printed on documents: 812 345 676 00017 (no-break spaces). */
export function formatSiret(siret: string): string {
  return siret.length === 14 ? `${siret.slice(0, 3)}\u00a0${siret.slice(3, 6)}\u00a0${siret.slice(6, 9)}\u00a0${siret.slice(9)}` : siret;
}

/**
 * The event a démonstration step shows (the frame passes it as JSON in `params.event`), when it is of the
 * wanted type: the screen pre-fills its form with it so that the class sees what the step types.
 */
export function demoEvent<T extends Event['type']>(params: Readonly<Record<string, string>>, type: T): Extract<Event, { type: T }> | undefined {
  const raw = params['event'];
  if (!raw) return undefined;
  try {
    const parsed = JSON.parse(raw) as { type?: unknown };
    return parsed && parsed.type === type ? (parsed as Extract<Event, { type: T }>) : undefined;
  } catch {
    return undefined;
  }
}

export { isOneOf } from '../../../domain/keys';

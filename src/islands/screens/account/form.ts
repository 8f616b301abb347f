/**
 * Pure helpers of the account screens: tying the portal's refusals to the fields they concern, formatting
 * the simulated clock, and French spacing for the screens' own sentences.
 *
 * The screen contract gives a refusal as plain French messages (`dispatch` → `string[]`). To put each message
 * under its field, we ask the simulator once more, on the same world, which rule each message comes from:
 * `can(world, event)` runs the very transition `dispatch` ran, so its issues carry the `path` of the field.
 * Nothing here decides a rule; it only files the simulator's answers.
 */
import { can, isoFromMinutes, message, type Event, type Minutes, type World } from '../../../domain/simulator/core';
import { frenchSpacing } from '../../../domain/text/typography';

/** Messages filed by field (the event's key, e.g. `siret`), and those that belong to no field. */
export interface FormErrors {
  fields: Readonly<Record<string, readonly string[]>>;
  general: readonly string[];
}

export const NO_ERRORS: FormErrors = { fields: {}, general: [] };

/**
 * Files the refusal `messages` of `event` on `world` by field. `fields` lists the form's fields in screen
 * order; `alias` maps an issue path to another field (e.g. the search `query` to the field the learner used).
 * A message the simulator does not explain (a refusal from the frame itself) stays general.
 */
export function fileMessages(
  world: World,
  event: Event,
  messages: readonly string[],
  fields: readonly string[],
  alias: Readonly<Record<string, string>> = {},
): FormErrors {
  const verdict = can(world, event);
  const byField: Record<string, string[]> = {};
  const filed = new Set<string>();
  if (!verdict.ok) {
    for (const found of verdict.issues) {
      const head = found.path.split('.')[0] ?? '';
      const field = alias[head] ?? head;
      if (!fields.includes(field)) continue;
      const text = message(found);
      (byField[field] ??= []).push(text);
      filed.add(text);
    }
  }
  const general = [...new Set(messages.filter((text) => !filed.has(text)))];
  return { fields: byField, general };
}

/** The first field of `fields` (screen order) that has an error, if any. */
export function firstInvalid(errors: FormErrors, fields: readonly string[]): string | undefined {
  return fields.find((field) => (errors.fields[field]?.length ?? 0) > 0);
}

/** True when the form has any error to show. */
export function hasErrors(errors: FormErrors): boolean {
  return errors.general.length > 0 || Object.values(errors.fields).some((list) => list.length > 0);
}

/** A moment of the simulated clock as the portal prints it: « 02/03/2026 à 09 h 05 ». */
export function formatMoment(minutes: Minutes): string {
  const iso = isoFromMinutes(minutes);
  const [date = '', time = ''] = iso.split('T');
  const [y = '', m = '', d = ''] = date.split('-');
  return `${d}/${m}/${y} à ${time.slice(0, 2)}\u00a0h\u00a0${time.slice(3, 5)}`;
}

/** French spacing for the screens' sentences (no-break spaces before « : », thin ones before « ; ! ? »). */
export const fr = frenchSpacing;

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

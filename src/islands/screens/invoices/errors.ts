/**
 * Files the portal's refusals of the invoice screens by field. The screen contract gives a refusal as French
 * messages; asking `can` on the same world (the very transition `dispatch` ran) gives the issues with the
 * `path` of their field (`number`, `lines.0.quantity`…). Each issue goes to the most specific field the form
 * shows; the rest stays general. Nothing here decides a rule.
 */
import { can, message, type Event, type Issue, type World } from '../../../domain/simulator/core';

export interface FiledErrors {
  fields: Readonly<Record<string, readonly string[]>>;
  general: readonly string[];
}

export const NONE: FiledErrors = { fields: {}, general: [] };

/** The field of `fields` an issue path belongs to: equal, or the longest prefix at a dot. */
export function fieldOf(path: string, fields: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const field of fields) {
    if ((path === field || path.startsWith(`${field}.`)) && field.length > (best?.length ?? -1)) best = field;
  }
  return best;
}

/** Files issues by field; `alias` renames a path before filing (e.g. `invoiceId` → a button's field). */
export function fileIssues(issues: readonly Issue[], fields: readonly string[], alias: Readonly<Record<string, string>> = {}): FiledErrors {
  const byField: Record<string, string[]> = {};
  const general: string[] = [];
  for (const found of issues) {
    const path = alias[found.path] ?? found.path;
    const field = fieldOf(path, fields);
    const text = message(found);
    if (field === undefined) {
      if (!general.includes(text)) general.push(text);
    } else if (!(byField[field] ??= []).includes(text)) byField[field].push(text);
  }
  return { fields: byField, general };
}

/** The issues behind a refusal: those `can` reports on the world the event was refused on. */
export function issuesOf(world: World, event: Event): Issue[] {
  const verdict = can(world, event);
  return verdict.ok ? [] : verdict.issues;
}

/** True when anything is filed. */
export function hasAny(errors: FiledErrors): boolean {
  return errors.general.length > 0 || Object.values(errors.fields).some((list) => list.length > 0);
}

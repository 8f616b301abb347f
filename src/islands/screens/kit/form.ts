/**
 * One form hook for every screen: it dispatches the form's event, files the portal's refusals under the fields
 * they concern, moves the focus to the first refused field (or the form's general messages), brings it into
 * view with its message and places the « Pourquoi ? » there. And one draft hook, so that what the learner types
 * survives a reload.
 *
 * `dispatch` hands back the simulator's issues, each with the `path` of its field, and the effects of an
 * accepted event (the id of what it created), which `submit` returns to the screen. Nothing here decides a
 * rule or runs the simulator; it only files the simulator's answers.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Effect, Event, Issue } from '../../../domain/simulator/core';
import type { Dispatched, ScreenProps } from '../types';
import { usePlayer } from './player';

/** Messages filed by field (a field name or path: `siret`, `lines.0.quantity`), and those of no field. */
export interface FormErrors {
  fields: Readonly<Record<string, readonly string[]>>;
  general: readonly string[];
}

export const NO_ERRORS: FormErrors = { fields: {}, general: [] };

/** The field of `fields` an issue path belongs to: equal, or the longest prefix at a dot. */
export function fieldOf(path: string, fields: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const field of fields) {
    if ((path === field || path.startsWith(`${field}.`)) && field.length > (best?.length ?? -1)) best = field;
  }
  return best;
}

/**
 * Files issues by field, each as its `message` (the frame's, `usePlayer().message`). `alias` renames a path (or
 * its first segment) before filing, e.g. the search `query` to the field the learner used, or `invoiceId` to a
 * button's field.
 */
export function fileIssues(
  issues: readonly Issue[],
  fields: readonly string[],
  message: (found: Issue) => string,
  alias: Readonly<Record<string, string>> = {},
): FormErrors {
  const byField: Record<string, string[]> = {};
  const general: string[] = [];
  for (const found of issues) {
    const head = found.path.split('.')[0] ?? '';
    const path = alias[found.path] ?? (alias[head] !== undefined ? found.path.replace(head, alias[head]) : found.path);
    const field = fieldOf(path, fields);
    const text = message(found);
    if (field === undefined) {
      if (!general.includes(text)) general.push(text);
    } else if (!(byField[field] ??= []).includes(text)) byField[field].push(text);
  }
  return { fields: byField, general };
}

/** The French messages of a refusal (none when the portal accepted). */
export function refusalOf(result: Dispatched): string[] {
  return [...result.messages];
}

/** What an accepted event gives the screen back: the effects of its transition (the id of what it created). */
export interface Accepted {
  effects: readonly Effect[];
}

/** What a field takes from the form by its name: its element id and its refusals. */
export interface FieldBinding {
  id: string;
  errors: readonly string[] | undefined;
}

/** True when the form has anything to show. */
export function hasErrors(errors: FormErrors): boolean {
  return errors.general.length > 0 || Object.values(errors.fields).some((list) => list.length > 0);
}

/** The first field of `fields` (screen order) that has an error, if any. */
export function firstInvalid(errors: FormErrors, fields: readonly string[]): string | undefined {
  return fields.find((field) => (errors.fields[field]?.length ?? 0) > 0);
}

/** Ids for the fields of one screen instance: unique on the page even when two simulations show the same screen. */
export function useFieldIds<F extends string>(fields: readonly F[]): Record<F, string> {
  const base = useId();
  return Object.fromEntries(fields.map((field) => [field, `${base}-${field}`])) as Record<F, string>;
}

/** The id of a field by its path (`lines.0.quantity` → `…-lines-0-quantity`), unique on the page. */
export function useIdOf(): (field: string) => string {
  const base = useId();
  return (field: string) => `${base}-${field.replace(/\./g, '-')}`;
}

/**
 * The refusals of one form. `fields` lists its fields in screen order (or computes them, for forms whose
 * fields change: invoice lines); `ids` gives a field's element id (a map or a function), by default one unique
 * on the page from the field's path (`idOf`).
 */
export function useForm(props: Pick<ScreenProps, 'dispatch'>, fields: readonly string[] | (() => readonly string[]), ids?: Readonly<Record<string, string>> | ((field: string) => string)) {
  const player = usePlayer();
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const generalId = useId();
  const unique = useIdOf();
  const list = () => (typeof fields === 'function' ? fields() : fields);
  const idOf = (field: string) => (ids === undefined ? unique(field) : typeof ids === 'function' ? ids(field) : (ids[field] ?? field));
  useEffect(() => {
    if (attempt === 0 || !hasErrors(errors)) return;
    const first = firstInvalid(errors, list());
    const id = first ? idOf(first) : generalId;
    const target = document.getElementById(id);
    if (!target) return;
    player.placeWhy(id);
    target.focus({ preventScroll: true });
    // The field with its message and « Pourquoi ? », below the frame's sticky bar.
    player.reveal(target.closest('.cpa-field, .cpa-check, .cpa-radios') ?? target);
    // Only after a refused action, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs once per attempt, reading that attempt's errors
  }, [attempt]);
  const refuse = (next: FormErrors) => {
    setErrors(next);
    setAttempt((n) => n + 1);
  };
  return {
    errors,
    generalId,
    /** The element id of a field. */
    idOf,
    /** Errors of one field. */
    of: (field: string) => errors.fields[field],
    /** What any field takes from its name: `<SelectField label="…" {...form.field('espace')} value={…} onChange={…} />`. */
    field: (field: string): FieldBinding => ({ id: idOf(field), errors: errors.fields[field] }),
    /** The props a text field takes from its field name and state: `<TextField label="…" {...form.bind('email', email, setEmail)} />`. */
    bind: (field: string, value: string, onInput: (value: string) => void) => ({ id: idOf(field), value, onInput, errors: errors.fields[field] }),
    clear: () => setErrors(NO_ERRORS),
    /**
     * Dispatches. When the portal accepted, clears the errors and returns what the event created; otherwise
     * files the refusal's issues by field and returns null.
     */
    submit(event: Event, alias: Readonly<Record<string, string>> = {}): Accepted | null {
      const { issues, effects } = props.dispatch(event);
      if (issues.length === 0) {
        setErrors(NO_ERRORS);
        return { effects };
      }
      refuse(fileIssues(issues, list(), player.message, alias));
      return null;
    },
    /** Shows refusals that come from a query or a local check. */
    show: refuse,
  };
}

/**
 * A form's text values by field name, empty or taken from a démonstration step's event (`demoEvent`) so that the
 * class sees what the step types: `[values, set, reset]`, where `set(field)` is that field's `onInput`.
 */
export function useValues<K extends string>(fields: readonly K[], shown?: Partial<Record<K, unknown>>) {
  const blank = () => Object.fromEntries(fields.map((field) => [field, ''])) as Record<K, string>;
  const [values, setValues] = useState(() => {
    const start = blank();
    for (const field of fields) {
      const value = shown?.[field];
      if (typeof value === 'string') start[field] = value;
    }
    return start;
  });
  const set = (field: K) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  return [values, set, () => setValues(blank())] as const;
}

/** What `useForm` gives a screen. */
export type FormState = ReturnType<typeof useForm>;

/**
 * A form's state that survives a reload: it starts from the draft the run kept for form `name` of this screen
 * (if any) over `initial`, and each change saves the fields that differ from `initial`. In démonstration and
 * outside a frame nothing is kept.
 */
export function useDraft<T extends object>(name: string, initial: () => T): [T, (next: T | ((previous: T) => T)) => void] {
  const player = usePlayer();
  const start = useRef<T | null>(null);
  const [value, setValue] = useState<T>(() => {
    const base = initial();
    start.current = base;
    const saved = player.draftOf(name);
    return saved ? { ...base, ...saved } : base;
  });
  const latest = useRef(value);
  latest.current = value;
  const update = (next: T | ((previous: T) => T)) => {
    const resolved = typeof next === 'function' ? next(latest.current) : next;
    latest.current = resolved;
    setValue(resolved);
    const base = new Map<string, unknown>(Object.entries(start.current ?? resolved));
    const changed = Object.fromEntries(Object.entries(resolved).filter(([field, item]) => JSON.stringify(item) !== JSON.stringify(base.get(field))));
    player.keepDraft(name, changed);
  };
  return [value, update];
}

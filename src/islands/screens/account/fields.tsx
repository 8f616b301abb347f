/**
 * Form pieces only the account screens use (radio groups, definitions, the form-errors hook), kept apart from
 * `ui.tsx` so that the invoice pages do not load them.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import type { Event } from '../../../domain/simulator/core';
import type { ScreenProps } from '../types';
import { fileMessages, firstInvalid, fr, hasErrors, NO_ERRORS, type FormErrors } from './form';
import { FieldErrors, isHighlighted, Mark, type Highlightable } from './ui';

/** A group of radio buttons with its legend. */
export function RadioGroup(
  p: Highlightable & {
    name: string;
    legend: string;
    value: string;
    options: readonly { value: string; label: string }[];
    onChange: (value: string) => void;
    errors?: readonly string[] | undefined;
  },
) {
  const errors = p.errors ?? [];
  const errorId = `${p.name}-error`;
  return (
    <fieldset class="cpa-radios" aria-describedby={errors.length > 0 ? errorId : undefined}>
      <legend class="cpa-field__label">{fr(p.legend)}</legend>
      {p.options.map((option, index) => {
        const id = `${p.name}-${option.value}`;
        const on = isHighlighted(p.highlight, option.label);
        return (
          <div class="cpa-radio" key={option.value}>
            <Mark on={on} />
            <input
              type="radio"
              id={id}
              name={p.name}
              value={option.value}
              checked={p.value === option.value}
              data-highlight={on ? 'true' : undefined}
              class={on ? 'cpa-hl' : undefined}
              aria-invalid={errors.length > 0 && index === 0 ? 'true' : undefined}
              onChange={() => p.onChange(option.value)}
            />
            <label for={id}>{fr(option.label)}</label>
          </div>
        );
      })}
      <FieldErrors id={p.name} errors={errors} />
    </fieldset>
  );
}

/**
 * The state of one form's refusals: `submit(event)` dispatches it, files the messages by field on refusal,
 * then moves the focus to the first field in error (or to the general messages). Returns true when accepted.
 */
export function useFormErrors(props: ScreenProps, fields: readonly string[], ids: Readonly<Record<string, string>>) {
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const generalId = useId();
  useEffect(() => {
    if (attempt === 0 || !hasErrors(errors)) return;
    const field = firstInvalid(errors, fields);
    const target = document.getElementById(field ? (ids[field] ?? field) : generalId);
    target?.focus();
    // Focus only after a submit, not on each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs once per attempt, reading that attempt's errors
  }, [attempt]);
  return {
    errors,
    generalId,
    /** Errors of one field. */
    of: (field: string) => errors.fields[field],
    /**
     * The props every text field of the form takes, from its field name and state: its id, value, input
     * handler, errors and the screen's highlight (`<TextField label="…" {...form.bind('email', email, setEmail)} />`).
     */
    bind: (field: string, value: string, onInput: (value: string) => void) => ({
      id: ids[field] ?? field,
      value,
      onInput,
      errors: errors.fields[field],
      highlight: props.highlight,
    }),
    clear: () => setErrors(NO_ERRORS),
    submit(event: Event, alias: Readonly<Record<string, string>> = {}): boolean {
      const world = props.world;
      const messages = props.dispatch(event);
      if (messages.length === 0) {
        setErrors(NO_ERRORS);
        return true;
      }
      setErrors(fileMessages(world, event, messages, fields, alias));
      setAttempt((n) => n + 1);
      return false;
    },
    /** Shows messages that come from a query rather than an event (the rattachement search). */
    show(next: FormErrors) {
      setErrors(next);
      setAttempt((n) => n + 1);
    },
  };
}

/** A line of « libellé : valeur » in a description list. */
export function Info({ term, children }: { term: string; children: ComponentChildren }) {
  return (
    <div class="cpa-info">
      <dt>{fr(term)}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Ids for the fields of one screen instance: unique on the page even when two simulations show the same screen. */
export function useFieldIds<F extends string>(fields: readonly F[]): Record<F, string> {
  const base = useId();
  return Object.fromEntries(fields.map((field) => [field, `${base}-${field}`])) as Record<F, string>;
}


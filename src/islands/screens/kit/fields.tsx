/**
 * The portal's fields, drawn once: a label (with its required mark inside it, so it never floats), an
 * optional hint, the control, and the portal's refusals under it — with the « Pourquoi ? » of the last
 * refusal when the form placed it there. Every field is tied to its hint and errors (aria-describedby),
 * marked invalid when refused, and outlined with a « ➜ ici » mark when it is the step's highlighted target.
 */
import type { ComponentChildren } from 'preact';
import { fr, isHighlighted } from './text';
import { usePlayer } from './player';
import { useHighlight } from './context';

/** Props of a control that can be the highlighted target of a step. */
export interface Highlightable {
  /** The highlight (accessible name) to match instead of the screen's. */
  highlight?: string | undefined;
}

/** A control's props with the highlight resolved: its own, or the screen's. */
export function useShell<P extends Highlightable>(p: P): P {
  const highlight = useHighlight(p.highlight);
  return { ...p, highlight };
}

/** The visible mark placed before a highlighted control (the outline alone is easy to miss on a projector). */
export function Mark({ on }: { on: boolean }) {
  return on ? (
    <span class="cpa-mark" aria-hidden="true">
      ➜ ici
    </span>
  ) : null;
}

/** The required mark: shown, not read (the control carries aria-required). */
export function Required({ on }: { on?: boolean | undefined }) {
  return on ? (
    <span class="cpa-req" aria-hidden="true">
      {'\u00a0*'}
    </span>
  ) : null;
}

/** The portal's refusals of one field (or form), with the « Pourquoi ? » when it was placed here. */
export function FieldErrors({ id, errors }: { id: string; errors: readonly string[] }) {
  const { why } = usePlayer();
  if (errors.length === 0) return null;
  return (
    <ul class="cpa-field__error" id={`${id}-error`}>
      {errors.map((text) => (
        <li key={text}>
          <span aria-hidden="true">⚠ </span>
          {fr(text)}
        </li>
      ))}
      {why.text && why.at === id && (
        <li class="cpa-why">
          <strong>Pourquoi&nbsp;?</strong> {fr(why.text)}
        </li>
      )}
    </ul>
  );
}

/** Ids of the hint and error of a field, for aria-describedby. */
function describedBy(id: string, hint: boolean, errors: boolean): string | undefined {
  const ids = [hint ? `${id}-hint` : '', errors ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export interface ShellProps extends Highlightable {
  id: string;
  label: string;
  errors?: readonly string[] | undefined;
  hint?: ComponentChildren;
  required?: boolean | undefined;
}

/** What a control of a field takes from its shell: ids, state and highlight. */
export function controlProps(p: ShellProps) {
  const errors = p.errors ?? [];
  const on = isHighlighted(p.highlight, p.label);
  return {
    id: p.id,
    name: p.id,
    'aria-invalid': errors.length > 0 ? ('true' as const) : undefined,
    'aria-describedby': describedBy(p.id, p.hint !== undefined, errors.length > 0),
    'aria-required': p.required ? ('true' as const) : undefined,
    'data-highlight': on ? 'true' : undefined,
    class: on ? 'cpa-input cpa-hl' : 'cpa-input',
  };
}

/** The frame of every labelled field: label and required mark, hint, control, errors. */
export function Field(own: ShellProps & { children: ComponentChildren }) {
  const p = useShell(own);
  const errors = p.errors ?? [];
  return (
    <div class={errors.length > 0 ? 'cpa-field cpa-field--invalid' : 'cpa-field'}>
      <span class="cpa-field__head">
        <Mark on={isHighlighted(p.highlight, p.label)} />
        {/* The mark follows the label outside it, so that the label's text is the field's name alone. */}
        <span>
          <label for={p.id} class="cpa-field__label">
            {fr(p.label)}
          </label>
          <Required on={p.required} />
        </span>
      </span>
      {p.children}
      {/* After the control, so that the controls of a row line up whether or not they have a hint. */}
      {p.hint !== undefined && (
        <div class="cpa-field__hint" id={`${p.id}-hint`}>
          {p.hint}
        </div>
      )}
      <FieldErrors id={p.id} errors={errors} />
    </div>
  );
}

/** An option of a select or a radio group; `T` is the union of its values (a select hands back a `T`, no cast). */
export interface SelectOption<T extends string = string> {
  value: T;
  label: string;
}

/** A labelled checkbox with optional errors and a reason when it cannot be ticked. */
export function CheckField(
  own: Highlightable & {
    id: string;
    label: string;
    checked: boolean;
    onChange: (checked: boolean) => void;
    errors?: readonly string[] | undefined;
    /** Why the box cannot be changed; the box is then disabled and the reason shown next to it. */
    disabledReason?: string | undefined;
  },
) {
  const p = useShell(own);
  const errors = p.errors ?? [];
  const on = isHighlighted(p.highlight, p.label);
  const reasonId = `${p.id}-reason`;
  const describedIds = [p.disabledReason ? reasonId : '', errors.length > 0 ? `${p.id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={errors.length > 0 ? 'cpa-check cpa-field--invalid' : 'cpa-check'}>
      <Mark on={on} />
      <input
        type="checkbox"
        id={p.id}
        name={p.id}
        checked={p.checked}
        disabled={p.disabledReason !== undefined}
        aria-invalid={errors.length > 0 ? 'true' : undefined}
        aria-describedby={describedIds || undefined}
        data-highlight={on ? 'true' : undefined}
        class={on ? 'cpa-hl' : undefined}
        onChange={(e) => p.onChange(e.currentTarget.checked)}
      />
      <label for={p.id}>{fr(p.label)}</label>
      {p.disabledReason && (
        <p class="cpa-reason" id={reasonId}>
          {fr(p.disabledReason)}
        </p>
      )}
      <FieldErrors id={p.id} errors={errors} />
    </div>
  );
}

/** A group of radio buttons with its legend. */
export function RadioGroup<T extends string>(
  own: Highlightable & {
    name: string;
    legend: string;
    value: T;
    options: readonly SelectOption<T>[];
    onChange: (value: T) => void;
    errors?: readonly string[] | undefined;
  },
) {
  const p = useShell(own);
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

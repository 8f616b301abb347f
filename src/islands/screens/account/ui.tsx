/**
 * Building blocks shared by the account screens: labelled fields with their hint and errors, buttons that
 * say why they are disabled, the highlight of démonstration steps and hints, and the form hook that files the
 * portal's refusals by field and moves the focus to the first error.
 */
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import type { CheckResult, ScreenProps } from '../types';
// Straight from the domain, not through form.ts: every area's screens use these blocks, and form.ts brings the
// account forms' helpers (and the SIRET formatting) that the invoice and validation screens do not need.
import { frenchSpacing as fr } from '../../../domain/text/typography';
import './account.css';

/** Props of a control that can be the highlighted target of a step. */
export interface Highlightable {
  /** The current highlight (accessible name) from the screen props. */
  highlight?: string | undefined;
}

/** Whether a control named `name` is the highlighted one (apostrophes and spaces compared typographically). */
export function isHighlighted(highlight: string | undefined, name: string): boolean {
  return highlight !== undefined && highlight !== '' && fr(highlight) === fr(name);
}

/** The visible mark placed before a highlighted control (the outline alone is easy to miss on a projector). */
export function Mark({ on }: { on: boolean }) {
  return on ? <span class="cpa-mark" aria-hidden="true">➜ ici</span> : null;
}

/**
 * The root of every account screen: read-only in démonstration, and the highlighted control kept in view.
 * `label` names the screen for readers of the code; the frame gives the landmark and the title.
 */
export function Screen({ props, children }: { props: ScreenProps; children: ComponentChildren; label: string }) {
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!props.highlight) return;
    const target = root.current?.querySelector<HTMLElement>('[data-highlight]');
    target?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [props.highlight]);
  return (
    <div class="cpa" ref={root}>
      <fieldset class="cpa-all" disabled={props.readOnly}>
        {children}
      </fieldset>
    </div>
  );
}

/** A titled block of the portal page (« Mes rattachements aux structures »…). */
export function Block({ title, children, id }: { title: string; children: ComponentChildren; id?: string }) {
  const generated = useId();
  const headingId = id ?? `${generated}-h`;
  return (
    // A group, not a region: two simulations on one page show the same blocks, and landmarks must be unique.
    <div class="cpa-block" role="group" aria-labelledby={headingId}>
      <h3 id={headingId} class="cpa-block__title">{fr(title)}</h3>
      <div class="cpa-block__body">{children}</div>
    </div>
  );
}

/** A success or information message, announced politely. */
export function Notice({ children }: { children: ComponentChildren }) {
  return (
    <p class="cpa-notice" role="status">
      {children}
    </p>
  );
}

/** Messages that concern the whole form; focusable so that the focus can land on them. */
export function GeneralErrors({ messages, id }: { messages: readonly string[]; id?: string | undefined }) {
  if (messages.length === 0) return null;
  return (
    <div class="cpa-alert" role="alert" id={id} tabIndex={-1}>
      <ul>
        {messages.map((text) => (
          <li key={text}>{fr(text)}</li>
        ))}
      </ul>
    </div>
  );
}

interface FieldProps extends Highlightable {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  errors?: readonly string[] | undefined;
  hint?: ComponentChildren;
  type?: 'text' | 'email' | 'password';
  autoComplete?: string;
  required?: boolean;
  inputMode?: 'numeric' | 'text' | 'email';
  multiline?: boolean;
  /** Visible text stays the label; this adds an example or a format, read after it. */
  placeholder?: string;
}

/** Ids of the hint and error of a field, for aria-describedby. */
function describedBy(id: string, hint: boolean, errors: boolean): string | undefined {
  const ids = [hint ? `${id}-hint` : '', errors ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function FieldErrors({ id, errors }: { id: string; errors: readonly string[] }) {
  if (errors.length === 0) return null;
  return (
    <ul class="cpa-field__error" id={`${id}-error`}>
      {errors.map((text) => (
        <li key={text}>
          <span aria-hidden="true">⚠ </span>
          {fr(text)}
        </li>
      ))}
    </ul>
  );
}

/** A labelled text field; its hint and errors are tied to it, and it is marked invalid when it has errors. */
export function TextField(p: FieldProps) {
  const errors = p.errors ?? [];
  const on = isHighlighted(p.highlight, p.label);
  const shared = {
    id: p.id,
    name: p.id,
    value: p.value,
    'aria-invalid': errors.length > 0 ? ('true' as const) : undefined,
    'aria-describedby': describedBy(p.id, p.hint !== undefined, errors.length > 0),
    'aria-required': p.required ? ('true' as const) : undefined,
    'data-highlight': on ? 'true' : undefined,
    class: on ? 'cpa-input cpa-hl' : 'cpa-input',
    onInput: (e: JSX.TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) => p.onInput(e.currentTarget.value),
  };
  return (
    <div class={errors.length > 0 ? 'cpa-field cpa-field--invalid' : 'cpa-field'}>
      <Mark on={on} />
      <span class="cpa-field__head">
        <label for={p.id} class="cpa-field__label">
          {fr(p.label)}
        </label>
        {p.required && (
          <span class="cpa-req" aria-hidden="true">
            *
          </span>
        )}
      </span>
      {p.hint !== undefined && (
        <div class="cpa-field__hint" id={`${p.id}-hint`}>
          {p.hint}
        </div>
      )}
      {p.multiline ? (
        <textarea {...shared} rows={3} />
      ) : (
        <input
          {...shared}
          type={p.type ?? 'text'}
          autoComplete={p.autoComplete ?? 'off'}
          inputMode={p.inputMode}
          placeholder={p.placeholder}
          spellcheck={false}
        />
      )}
      <FieldErrors id={p.id} errors={errors} />
    </div>
  );
}

/** A labelled checkbox with optional errors and a reason when it cannot be ticked. */
export function CheckField(
  p: Highlightable & {
    id: string;
    label: string;
    checked: boolean;
    onChange: (checked: boolean) => void;
    errors?: readonly string[] | undefined;
    /** Why the box cannot be changed; the box is then disabled and the reason shown next to it. */
    disabledReason?: string | undefined;
  },
) {
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

/** A labelled select. */
export function SelectField(
  p: Highlightable & {
    id: string;
    label: string;
    value: string;
    options: readonly { value: string; label: string }[];
    onChange: (value: string) => void;
    errors?: readonly string[] | undefined;
    required?: boolean;
  },
) {
  const errors = p.errors ?? [];
  const on = isHighlighted(p.highlight, p.label);
  return (
    <div class={errors.length > 0 ? 'cpa-field cpa-field--invalid' : 'cpa-field'}>
      <Mark on={on} />
      <span class="cpa-field__head">
        <label for={p.id} class="cpa-field__label">
          {fr(p.label)}
        </label>
        {p.required && (
          <span class="cpa-req" aria-hidden="true">
            *
          </span>
        )}
      </span>
      <select
        id={p.id}
        name={p.id}
        value={p.value}
        class={on ? 'cpa-input cpa-hl' : 'cpa-input'}
        data-highlight={on ? 'true' : undefined}
        aria-invalid={errors.length > 0 ? 'true' : undefined}
        aria-describedby={errors.length > 0 ? `${p.id}-error` : undefined}
        aria-required={p.required ? 'true' : undefined}
        onChange={(e) => p.onChange(e.currentTarget.value)}
      >
        {p.options.map((option) => (
          <option key={option.value} value={option.value}>
            {fr(option.label)}
          </option>
        ))}
      </select>
      <FieldErrors id={p.id} errors={errors} />
    </div>
  );
}

/**
 * A button of the portal. When `check` refuses the action, the button stays focusable but inert
 * (aria-disabled) and the reason is shown and read with it.
 */
export function Button(
  p: Highlightable & {
    /** Visible text; also the accessible name unless `name` is given. */
    children: string;
    /** Full accessible name when the visible text needs context (« Valider la demande de Julien Morel »). */
    name?: string;
    onClick?: () => void;
    type?: 'button' | 'submit';
    variant?: 'primary' | 'secondary' | 'link' | 'danger';
    verdict?: CheckResult;
  },
) {
  const reasonId = useId();
  const accessibleName = p.name ?? p.children;
  const on = isHighlighted(p.highlight, accessibleName);
  const refused = p.verdict !== undefined && !p.verdict.ok ? p.verdict.reasons : [];
  const variant = p.variant ?? 'secondary';
  return (
    <span class="cpa-button-wrap">
      <Mark on={on} />
      <button
        type={p.type ?? 'button'}
        class={`cpa-button cpa-button--${variant}${on ? ' cpa-hl' : ''}`}
        aria-label={p.name === undefined ? undefined : fr(p.name)}
        aria-disabled={refused.length > 0 ? 'true' : undefined}
        aria-describedby={refused.length > 0 ? reasonId : undefined}
        data-highlight={on ? 'true' : undefined}
        onClick={(e) => {
          if (refused.length > 0) {
            e.preventDefault();
            return;
          }
          p.onClick?.();
        }}
      >
        {fr(p.children)}
      </button>
      {refused.length > 0 && (
        <span class="cpa-reason" id={reasonId}>
          {refused.map((text) => fr(text)).join(' ')}
        </span>
      )}
    </span>
  );
}

/** A form that never uses the browser's own validation: the portal (the simulator) checks everything. */
export function Form({ onSubmit, children }: { onSubmit: () => void; children: ComponentChildren; label: string }) {
  return (
    <form
      class="cpa-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}

/** Shown instead of a screen that needs a session when nobody is logged in. */
export function NeedsLogin({ props }: { props: ScreenProps }) {
  return (
    <Screen props={props} label="Connexion requise">
      <p>{fr('Vous devez être connecté pour accéder à cette page.')}</p>
      <Button variant="primary" highlight={props.highlight} onClick={() => props.navigate('compte/accueil')}>
        Aller à la page de connexion
      </Button>
    </Screen>
  );
}

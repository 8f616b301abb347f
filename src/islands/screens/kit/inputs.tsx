/**
 * The portal's text, date and select fields, in the field shell of fields.tsx. Apart from it so that a page
 * whose first screens show no such field (the syntheses) does not load them before a form is opened.
 */
import type { JSX } from 'preact';
import { isOneOf } from '../../../domain/keys';
import { controlProps, Field, useShell, type SelectOption, type ShellProps } from './fields';
import { fr } from './text';

export interface TextProps extends ShellProps {
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'email' | 'password';
  autoComplete?: string;
  inputMode?: 'numeric' | 'text' | 'email' | 'decimal';
  multiline?: boolean;
  /** Visible text stays the label; this adds an example or a format, read after it. */
  placeholder?: string;
}

/** A labelled text field (or text area). */
export function TextField(own: TextProps) {
  const p = useShell(own);
  const shared = {
    ...controlProps(p),
    value: p.value,
    onInput: (e: JSX.TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) => p.onInput(e.currentTarget.value),
  };
  return (
    <Field {...p}>
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
    </Field>
  );
}

/** A labelled date field (the browser's own picker). */
export function DateField(own: ShellProps & { value: string; onInput: (value: string) => void }) {
  const p = useShell(own);
  return (
    <Field {...p}>
      <input {...controlProps(p)} type="date" value={p.value} onInput={(e: JSX.TargetedEvent<HTMLInputElement>) => p.onInput(e.currentTarget.value)} />
    </Field>
  );
}

/** Options under a heading of the list (`<optgroup>`). */
export interface OptionGroup<T extends string = string> {
  label: string;
  options: readonly SelectOption<T>[];
}

const optionList = (options: readonly SelectOption[]) =>
  options.map((option) => (
    <option key={option.value} value={option.value}>
      {fr(option.label)}
    </option>
  ));

/** A labelled select: its options, then its option groups (empty groups are left out). */
export function SelectField<T extends string>(
  own: ShellProps & { value: T | ''; options: readonly SelectOption<T>[]; groups?: readonly OptionGroup<T>[]; onChange: (value: T) => void },
) {
  const p = useShell(own);
  const values = [...p.options, ...(p.groups ?? []).flatMap((group) => group.options)].map((option) => option.value);
  const onChange = (value: string) => {
    if (isOneOf(values, value)) p.onChange(value);
  };
  return (
    <Field {...p}>
      <select {...controlProps(p)} value={p.value} onChange={(e) => onChange(e.currentTarget.value)}>
        {optionList(p.options)}
        {(p.groups ?? [])
          .filter((group) => group.options.length > 0)
          .map((group) => (
            <optgroup key={group.label} label={fr(group.label)}>
              {optionList(group.options)}
            </optgroup>
          ))}
      </select>
    </Field>
  );
}


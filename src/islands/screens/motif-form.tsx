/**
 * The motif form of the decision screens (loaded on demand with them, so it stays out of the pages' first
 * download).
 */
import type { ComponentChildren } from 'preact';
import type { FormState } from './kit';
import type { ScreenId } from './types';
import { Actions, Button, Form, TextField } from './kit';

/** The two decisions written in one text field, as the portal labels them. */
const KINDS = {
  /** Validating an invoice or a sous-traitant's projet de décompte: an optional « Complément d'information », « Enregistrer ». */
  complement: { fieldLabel: "Complément d'information", action: 'Enregistrer', variant: 'primary', required: false },
  /** Refusing an invoice: a required motif and a danger action. */
  refusal: { fieldLabel: 'Motif du refus', action: 'Refuser la facture', variant: 'danger', required: true },
} as const;

/**
 * A decision form around one text field: the field with the refusals filed under it, the action, and
 * « Annuler », which goes back to `back`. `children` come before the field (e.g. the titulaire's confirmation box).
 */
export function MotifForm(p: {
  kind: keyof typeof KINDS;
  form: FormState;
  /** The accessible name of the form. */
  label: string;
  /** The field's name in the event (where the simulator files its refusals). */
  field: string;
  value: string;
  onInput: (value: string) => void;
  onSubmit: () => void;
  /** The screen « Annuler » goes back to, with its parameters. */
  back: { to: ScreenId; params: Readonly<Record<string, string>> };
  children?: ComponentChildren;
}) {
  const kind = KINDS[p.kind];
  return (
    <Form label={p.label} onSubmit={p.onSubmit} errors={p.form}>
      {p.children}
      <TextField {...p.form.field(p.field)} label={kind.fieldLabel} value={p.value} multiline onInput={p.onInput} required={kind.required} />
      <Actions>
        <Button type="submit" variant={kind.variant}>
          {kind.action}
        </Button>
        <Button {...p.back}>Annuler</Button>
      </Actions>
    </Form>
  );
}

/**
 * The motif form of the decision screens (loaded on demand with them, so it stays out of the pages' first
 * download).
 */
import type { ComponentChildren } from 'preact';
import type { useForm } from './kit';
import type { ScreenProps } from './types';
import { Actions, Button, Form, TextField } from './kit';

/**
 * A decision form around one text field — refusing an invoice in « Factures à valider » (a required motif, a
 * danger action), validating one or a sous-traitant's projet de décompte (an optional « Complément
 * d'information », « Enregistrer »): the field with the refusals filed under it, the action, and « Annuler ».
 * `children` come before the field (e.g. the titulaire's confirmation box).
 */
export function MotifForm(p: {
  props: ScreenProps;
  form: ReturnType<typeof useForm>;
  /** The accessible name of the form. */
  label: string;
  /** The field's name in the event (where the simulator files its refusals) and its id. */
  field: string;
  id: string;
  fieldLabel: string;
  value: string;
  onInput: (value: string) => void;
  /** The text of the action. */
  action: string;
  /** The action's look: `danger` (a refusal, the default) or `primary`. */
  variant?: 'danger' | 'primary';
  /** Whether the field must be filled (default: yes). */
  required?: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  children?: ComponentChildren;
}) {
  return (
    <Form label={p.label} onSubmit={p.onSubmit} errors={p.form}>
      {p.children}
      <TextField id={p.id} label={p.fieldLabel} value={p.value} multiline onInput={p.onInput} errors={p.form.of(p.field)} required={p.required ?? true} />
      <Actions>
        <Button type="submit" variant={p.variant ?? 'danger'}>
          {p.action}
        </Button>
        <Button onClick={p.onCancel}>
          Annuler
        </Button>
      </Actions>
    </Form>
  );
}

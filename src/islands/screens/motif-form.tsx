/**
 * The motif form of the decision screens (loaded on demand with them, so it stays out of the pages' first
 * download).
 */
import type { useForm } from './kit';
import type { ScreenProps } from './types';
import { Actions, Button, Form, GeneralErrors, TextField } from './kit';

/**
 * A form asking for one motif — refusing an invoice in « Factures à valider », contesting a revised amount in
 * « Factures de travaux »: the motif field with the refusals filed under it, the action, and « Annuler ».
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
  /** The text of the (danger) action. */
  action: string;
  onSubmit: () => void;
  onCancel: () => void;
}) {
  const { highlight } = p.props;
  return (
    <Form label={p.label} onSubmit={p.onSubmit}>
      <GeneralErrors id={p.form.generalId} messages={p.form.errors.general} />
      <TextField id={p.id} label={p.fieldLabel} value={p.value} multiline onInput={p.onInput} errors={p.form.of(p.field)} highlight={highlight} required />
      <Actions>
        <Button type="submit" variant="danger" highlight={highlight}>
          {p.action}
        </Button>
        <Button highlight={highlight} onClick={p.onCancel}>
          Annuler
        </Button>
      </Actions>
    </Form>
  );
}

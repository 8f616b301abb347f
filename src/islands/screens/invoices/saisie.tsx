/**
 * `factures/saisie`: « Saisir une facture » in « Factures émises » (facts §2.3–2.4), in blocks — cadre de
 * facturation, destinataire, références, lignes with the VAT summary, pièces jointes, commentaire — then
 * « Enregistrer » (a brouillon), « Valider et envoyer » and the « Confirmation d'envoi » step with
 * « Confirmer et envoyer ». Amounts are typed in euros (French comma) and sent to the simulator in cents;
 * every rule (mandatory fields, the recipient's code service / engagement, totals) is the simulator's.
 *
 * Parameters: `invoiceId` opens a brouillon; in démonstration, `event` (an `invoice.save`) fills the form.
 */
import { useState } from 'preact/hooks';
import {
  CADRES,
  CADRES_WITH_VALIDEUR,
  createdId,
  EMISES_CADRES,
  INVOICE_KIND_LABELS,
  PAYMENT_MODE_LABELS,
  VAT_TYPE_LABELS,
  vatTypeWithoutTax,
  type Event,
} from '../../../domain/simulator/core';
import { Actions, Block, Button, DateField, Form, fr, isOneOf, Notice, Screen, SelectField, TextField, useDraft, useForm, useIdOf , loggedIn, type LoggedInProps } from '../kit';
import { fieldOrder, initialForm, readableLines, toInput, type FormState, type LineForm } from './invoice-form';
import { AttachmentsBlock, Confirmation, LinesBlock, RecipientFacts, type FieldBinder } from './saisie-blocks';
import { InvoiceTabs } from './ui';
import { keysOf } from '../../../domain/keys';

const KINDS = keysOf(INVOICE_KIND_LABELS);
const VAT_TYPES = keysOf(VAT_TYPE_LABELS);
const PAYMENT_MODES = keysOf(PAYMENT_MODE_LABELS);
const labelled = <T extends string>(values: readonly T[], labels: Readonly<Record<T, string>>) => values.map((value) => ({ value, label: labels[value] }));
const CADRE_OPTIONS = [
  ...EMISES_CADRES,
  ...keysOf(CADRES).filter((code) => !EMISES_CADRES.includes(code)),
].map((code) => ({ value: code, label: `${code} — ${CADRES[code].label}` }));

export const SaisieScreen = loggedIn(function SaisieScreen(props: LoggedInProps) {
  const { world } = props;
  const sirets = [...new Set(world.session?.espaces.filter((e) => e.espace === 'facturesEmises').map((e) => e.siret) ?? [])];
  // What the learner types survives a reload (kept in the run as a draft of this form).
  const [form, setForm] = useDraft<FormState>('saisie', () => initialForm(world, props.params, sirets[0] ?? ''));
  const [invoiceId, setInvoiceId] = useState<string | null>(props.params['invoiceId'] ?? null);
  const [dirty, setDirty] = useState(false);
  const [notice, setNotice] = useState('');
  const idOf = useIdOf();
  const errors = useForm(props, () => fieldOrder(form), idOf);
  const field: FieldBinder = errors.field;

  const existing = invoiceId ? world.invoices[invoiceId] : undefined;
  if (existing && existing.status !== 'BROUILLON') {
    return (
      <Screen props={props}>
        <InvoiceTabs props={props} current="factures/saisie" />
        <Notice>{fr(`La facture n° ${existing.data.number} n'est plus un brouillon : elle ne se modifie plus ici.`)}</Notice>
        <Button variant="primary" to="factures/detail" params={{ invoiceId: existing.id }}>Voir la facture</Button>
      </Screen>
    );
  }

  const update = (patch: Partial<FormState>) => {
    setForm((f) => ({ ...f, ...patch }));
    setDirty(true);
  };
  const updateLine = (index: number, patch: Partial<LineForm>) => update({ lines: form.lines.map((line, i) => (i === index ? { ...line, ...patch } : line)) });
  const input = toInput(form);
  const siret = form.recipientSiret.replace(/\s/g, '');
  const recipient = siret.length === 14 ? world.recipients[siret] : undefined;
  const bankAccounts = world.structures[form.supplierSiret]?.bankAccounts.filter((account) => account.active) ?? [];

  /** « Enregistrer »: creates or updates the brouillon; returns its id when accepted (a new one's from the portal). */
  const save = (): string | null => {
    const event: Event = { type: 'invoice.save', invoiceId, data: input };
    const accepted = errors.submit(event);
    const id = accepted && (invoiceId ?? createdId(accepted.effects, 'invoice'));
    if (!id) return null;
    setInvoiceId(id);
    setDirty(false);
    return id;
  };
  const onSave = () => {
    if (save()) setNotice('Brouillon enregistré : il attend dans la Synthèse. Il n’est pas envoyé à votre client.');
  };
  const onSubmit = () => {
    setNotice('');
    // The frame applies each event to the run's latest world: « Valider et envoyer » meets the brouillon just saved.
    const id = invoiceId && !dirty ? invoiceId : save();
    if (id) errors.submit({ type: 'invoice.submit', invoiceId: id });
  };

  return (
    <Screen props={props}>
      <InvoiceTabs props={props} current="factures/saisie" />
      {existing && <p class="cpa-muted">{fr(`Brouillon ${existing.data.number ? `n° ${existing.data.number}` : 'sans numéro'} (statut « Brouillon »).`)}</p>}
      {notice && <Notice>{fr(notice)}</Notice>}
      {existing?.awaitingConfirmation === true && invoiceId ? (
        <Confirmation props={props} invoiceId={invoiceId} />
      ) : (
        <Form onSubmit={onSubmit} errors={errors}>
          <Block title="Cadre de facturation">
            <div class="cpa-grid">
              <SelectField
                label="Fournisseur"
                {...field('supplierSiret')}
                value={form.supplierSiret}
                options={sirets.map((s) => ({ value: s, label: `${world.structures[s]?.raisonSociale ?? s} (${s})` }))}
                onChange={(supplierSiret) => update({ supplierSiret })}
                required
              />
              <SelectField label="Cadre de facturation" {...field('cadre')} value={form.cadre} options={CADRE_OPTIONS} onChange={(cadre) => update({ cadre })} required />
              {isOneOf(CADRES_WITH_VALIDEUR, form.cadre) && (
                <TextField label="SIRET du valideur (titulaire ou mandataire)" {...field('valideurSiret')} value={form.valideurSiret} inputMode="numeric" onInput={(valideurSiret) => update({ valideurSiret })} required />
              )}
            </div>
          </Block>

          <Block title="Destinataire">
            <div class="cpa-grid">
              <TextField label="SIRET du destinataire" {...field('recipientSiret')} value={form.recipientSiret} inputMode="numeric" hint="14 chiffres, sans espace" onInput={(recipientSiret) => update({ recipientSiret })} required />
              <TextField label="Code service" {...field('codeService')} value={form.codeService} onInput={(codeService) => update({ codeService })} />
              <TextField label="Numéro d'engagement" {...field('engagement')} value={form.engagement} onInput={(engagement) => update({ engagement })} />
            </div>
            <RecipientFacts recipient={recipient} />
          </Block>

          <Block title="Références">
            <div class="cpa-grid">
              <SelectField label="Type de facture" {...field('kind')} value={form.kind} options={labelled(KINDS, INVOICE_KIND_LABELS)} onChange={(kind) => update({ kind })} required />
              <TextField label="Numéro de facture" {...field('number')} value={form.number} onInput={(number) => update({ number })} required />
              <DateField label="Date de facture" {...field('date')} value={form.date} onInput={(date) => update({ date })} required />
              <SelectField label="Type de TVA" {...field('vatType')} value={form.vatType} options={labelled(VAT_TYPES, VAT_TYPE_LABELS)} onChange={(vatType) => update({ vatType })} required />
              <SelectField label="Mode de paiement" {...field('paymentMode')} value={form.paymentMode} options={labelled(PAYMENT_MODES, PAYMENT_MODE_LABELS)} onChange={(paymentMode) => update({ paymentMode })} required />
              <SelectField
                label="Coordonnées bancaires"
                {...field('bankAccountId')}
                value={form.bankAccountId}
                options={[{ value: '', label: 'Aucune' }, ...bankAccounts.map((account) => ({ value: account.id, label: `${account.label} — ${account.iban.slice(0, 4)} … ${account.iban.slice(-4)}` }))]}
                hint={bankAccounts.filter((account) => account.id === form.bankAccountId).map((account) => fr(`${account.label} — ${account.iban}`))[0]}
                onChange={(bankAccountId) => update({ bankAccountId })}
              />
            </div>
          </Block>

          <LinesBlock
            form={form}
            field={field}
            lines={readableLines(input)}
            withoutTax={vatTypeWithoutTax(form.vatType)}
            lineErrors={errors.of('lines')}
            linesId={idOf('lines')}
            onLine={updateLine}
            onLines={(lines) => update({ lines })}
          />
          <AttachmentsBlock attachments={form.attachments} errors={errors.of('attachments')} idOf={idOf} onChange={(attachments) => update({ attachments })} />

          <Block title="Commentaire">
            <TextField label="Commentaire" {...field('comment')} value={form.comment} multiline onInput={(comment) => update({ comment })} />
          </Block>

          <Actions>
            <Button onClick={onSave}>Enregistrer</Button>
            <Button type="submit" variant="primary">Valider et envoyer</Button>
          </Actions>
        </Form>
      )}
    </Screen>
  );
});

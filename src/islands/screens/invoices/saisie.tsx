/**
 * `factures/saisie`: « Saisir une facture » in « Factures émises » (facts §2.3–2.4), in blocks — cadre de
 * facturation, destinataire, références, lignes with the VAT summary, pièces jointes, commentaire — then
 * « Enregistrer » (a brouillon), « Valider et envoyer » and the « Confirmation d'envoi » step with
 * « Confirmer et envoyer ». Amounts are typed in euros (French comma) and sent to the simulator in cents;
 * every rule (mandatory fields, the recipient's code service / engagement, totals) is the simulator's.
 *
 * Parameters: `invoiceId` opens a brouillon; in démonstration, `event` (an `invoice.save`) fills the form.
 */
import { useId, useRef, useState, useEffect } from 'preact/hooks';
import {
  CADRES,
  CADRES_WITH_VALIDEUR,
  checkAttachment,
  computeTotals,
  currentUser,
  dateOf,
  EMISES_CADRES,
  formatRate,
  INVOICE_KIND_LABELS,
  PAYMENT_MODE_LABELS,
  peekNextId,
  transition,
  VAT_RATES,
  VAT_TYPE_LABELS,
  vatSummary,
  vatTypeWithoutTax,
  type AttachmentInput,
  type CadreCode,
  type Event,
  type InvoiceInput,
  type InvoiceKind,
  type LineInput,
  type PaymentMode,
  type RecipientRequirement,
  type VatType,
  type World,
} from '../../../domain/simulator/core';
import { Block, Button, Form, GeneralErrors, NeedsLogin, Notice, Screen, SelectField, TextField } from '../account/ui';
import type { ScreenProps } from '../types';
import { eurosText, parseEuros, parseQuantity, quantityText } from './amounts';
import { fileIssues } from './errors';
import { DateField, formatEuros, fr, InvoiceTabs, recipientName, useInvoiceErrors } from './ui';

interface LineForm {
  designation: string;
  quantity: string;
  unitPrice: string;
  vatRate: string;
}

interface FormState {
  supplierSiret: string;
  cadre: string;
  kind: InvoiceKind;
  number: string;
  date: string;
  recipientSiret: string;
  codeService: string;
  engagement: string;
  valideurSiret: string;
  vatType: VatType;
  paymentMode: PaymentMode;
  bankAccountId: string;
  lines: LineForm[];
  attachments: AttachmentInput[];
  comment: string;
}

const EMPTY_LINE: LineForm = { designation: '', quantity: '', unitPrice: '', vatRate: '2000' };

/** What the learner sees of each requirement of the annuaire (facts §1.9). */
export const REQUIREMENT_TEXT: Readonly<Record<RecipientRequirement, string>> = {
  aucun: 'ni code service ni numéro d’engagement obligatoires',
  codeService: 'le code service est obligatoire',
  engagement: 'le numéro d’engagement est obligatoire',
  codeServiceEtEngagement: 'le code service et le numéro d’engagement sont obligatoires',
  codeServiceOuEngagement: 'le code service ou le numéro d’engagement (au moins l’un des deux) est obligatoire',
};

function fromInput(data: InvoiceInput): FormState {
  return {
    ...data,
    lines: data.lines.map((line) => ({
      designation: line.designation,
      quantity: quantityText(line.quantity),
      unitPrice: eurosText(line.unitPriceCents),
      vatRate: String(line.vatRate),
    })),
    attachments: data.attachments.map((file) => ({ ...file })),
  };
}

function blank(world: World, supplierSiret: string): FormState {
  const bank = world.structures[supplierSiret]?.bankAccounts.find((account) => account.active);
  return {
    supplierSiret,
    cadre: 'A1',
    kind: 'FACTURE',
    number: '',
    date: dateOf(world.now),
    recipientSiret: '',
    codeService: '',
    engagement: '',
    valideurSiret: '',
    vatType: 'TVA_SUR_ENCAISSEMENT',
    paymentMode: 'VIREMENT',
    bankAccountId: bank?.id ?? '',
    lines: [{ ...EMPTY_LINE }],
    attachments: [],
    comment: '',
  };
}

/** The form as the simulator's InvoiceInput: amounts in cents, empty lines left out. */
function toInput(form: FormState): InvoiceInput {
  const lines: LineInput[] = form.lines
    .filter((line) => line.designation.trim() !== '' || line.quantity.trim() !== '' || line.unitPrice.trim() !== '')
    .map((line) => ({
      designation: line.designation,
      quantity: parseQuantity(line.quantity),
      unitPriceCents: parseEuros(line.unitPrice),
      discountCents: 0,
      vatRate: Number(line.vatRate),
    }));
  return { ...form, lines, declaredTotals: null, attachments: form.attachments.map((file) => ({ ...file })) };
}

/** The lines that can be totalled (readable amounts), for the live VAT summary. */
function readableLines(input: InvoiceInput): LineInput[] {
  return input.lines.filter(
    (line) => Number.isFinite(line.quantity) && line.quantity > 0 && Number.isSafeInteger(line.unitPriceCents) && line.unitPriceCents >= 0,
  );
}

function initialForm(props: ScreenProps, supplierSiret: string): FormState {
  const { world, params } = props;
  const invoice = params['invoiceId'] ? world.invoices[params['invoiceId']] : undefined;
  if (params['event']) {
    try {
      const event = JSON.parse(params['event']) as Event;
      if (event.type === 'invoice.save') return fromInput(event.data);
    } catch {
      // A parameter that is not an event: the form starts as usual.
    }
  }
  return invoice ? fromInput(invoice.data) : blank(world, supplierSiret);
}

/** Ids of the form's fields, by field path. */
function useIds() {
  const base = useId();
  return (field: string) => `${base}-${field.replace(/\./g, '-')}`;
}

/** The block « Confirmation d'envoi » shown once « Valider et envoyer » passed. */
function Confirmation({ props, invoiceId }: { props: ScreenProps; invoiceId: string }) {
  const { world, highlight } = props;
  const invoice = world.invoices[invoiceId];
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useInvoiceErrors(props, () => [], () => '');
  useEffect(() => heading.current?.focus(), []);
  if (!invoice) return null;
  const totals = computeTotals(invoice.data.lines);
  const confirm = { type: 'invoice.confirm', invoiceId } as const;
  const cancel = { type: 'invoice.cancelSubmit', invoiceId } as const;
  return (
    <section class="cpf-confirm" aria-labelledby={`${invoiceId}-confirm`}>
      <h3 id={`${invoiceId}-confirm`} ref={heading} tabIndex={-1}>
        {fr("Confirmation d'envoi")}
      </h3>
      <p>{fr('Vérifiez la facture : une fois envoyée, elle ne peut plus être modifiée.')}</p>
      <dl class="cpa-dl">
        <div class="cpa-info"><dt>Numéro</dt><dd>{invoice.data.number}</dd></div>
        <div class="cpa-info"><dt>Destinataire</dt><dd>{fr(recipientName(world, invoice.data.recipientSiret))}</dd></div>
        <div class="cpa-info"><dt>Code service</dt><dd>{invoice.data.codeService || '—'}</dd></div>
        <div class="cpa-info"><dt>{fr("Numéro d'engagement")}</dt><dd>{invoice.data.engagement || '—'}</dd></div>
        <div class="cpa-info"><dt>Montant TTC</dt><dd>{formatEuros(totals.ttc)}</dd></div>
      </dl>
      <GeneralErrors id={form.generalId} messages={form.errors.general} />
      <div class="cpa-actions">
        <Button
          variant="primary"
          highlight={highlight}
          verdict={props.check(confirm)}
          onClick={() => form.send(confirm) && props.navigate('factures/detail', { invoiceId, sent: '1' })}
        >
          Confirmer et envoyer
        </Button>
        <Button highlight={highlight} verdict={props.check(cancel)} onClick={() => form.send(cancel)}>
          Annuler
        </Button>
      </div>
    </section>
  );
}

export function SaisieScreen(props: ScreenProps) {
  const { world, highlight } = props;
  const user = currentUser(world);
  const sirets = user
    ? [...new Set(world.session?.espaces.filter((e) => e.espace === 'facturesEmises').map((e) => e.siret) ?? [])]
    : [];
  const [form, setForm] = useState<FormState>(() => initialForm(props, sirets[0] ?? ''));
  const [invoiceId, setInvoiceId] = useState<string | null>(props.params['invoiceId'] ?? null);
  const [dirty, setDirty] = useState(false);
  const [notice, setNotice] = useState('');
  const [attachment, setAttachment] = useState({ name: '', size: '' });
  const [attachmentErrors, setAttachmentErrors] = useState<{ name?: string[]; size?: string[] }>({});
  const idOf = useIds();
  const fieldOrder = () => [
    'supplierSiret',
    'cadre',
    'valideurSiret',
    'recipientSiret',
    'codeService',
    'engagement',
    'kind',
    'number',
    'date',
    'vatType',
    'paymentMode',
    'bankAccountId',
    ...form.lines.flatMap((_, i) => [`lines.${i}.designation`, `lines.${i}.quantity`, `lines.${i}.unitPriceCents`, `lines.${i}.vatRate`]),
    'lines',
    'attachments',
    'comment',
  ];
  const errors = useInvoiceErrors(props, fieldOrder, idOf);

  if (!user) return <NeedsLogin props={props} />;
  const existing = invoiceId ? world.invoices[invoiceId] : undefined;
  if (existing && existing.status !== 'BROUILLON') {
    return (
      <Screen props={props} label="Saisir une facture">
        <InvoiceTabs props={props} current="factures/saisie" />
        <Notice>{fr(`La facture n° ${existing.data.number} n'est plus un brouillon : elle ne se modifie plus ici.`)}</Notice>
        <Button variant="primary" highlight={highlight} onClick={() => props.navigate('factures/detail', { invoiceId: existing.id })}>
          Voir la facture
        </Button>
      </Screen>
    );
  }

  const update = (patch: Partial<FormState>) => {
    setForm((f) => ({ ...f, ...patch }));
    setDirty(true);
  };
  const updateLine = (index: number, patch: Partial<LineForm>) => {
    setForm((f) => ({ ...f, lines: f.lines.map((line, i) => (i === index ? { ...line, ...patch } : line)) }));
    setDirty(true);
  };
  const input = toInput(form);
  const recipient = form.recipientSiret.replace(/\s/g, '').length === 14 ? world.recipients[form.recipientSiret.replace(/\s/g, '')] : undefined;
  const summary = vatSummary(readableLines(input));
  const totals = computeTotals(readableLines(input));
  const bankAccounts = world.structures[form.supplierSiret]?.bankAccounts.filter((account) => account.active) ?? [];
  const withoutTax = vatTypeWithoutTax(form.vatType);

  /** « Enregistrer »: creates or updates the brouillon; returns its id and the world after it when accepted. */
  const save = (): { id: string; after: World } | null => {
    const id = invoiceId ?? peekNextId(world, 'f');
    const event: Event = { type: 'invoice.save', invoiceId, data: input };
    if (!errors.send(event)) return null;
    setInvoiceId(id);
    setDirty(false);
    // The same transition the frame applied: the world « Valider et envoyer » meets right after.
    return { id, after: transition(world, event).world };
  };
  const onSave = () => {
    if (save()) setNotice('Brouillon enregistré : il attend dans la Synthèse. Il n’est pas envoyé à votre client.');
  };
  const onSubmit = () => {
    setNotice('');
    const saved = invoiceId && !dirty ? { id: invoiceId, after: world } : save();
    if (!saved) return;
    errors.send({ type: 'invoice.submit', invoiceId: saved.id }, {}, saved.after);
  };
  const addAttachment = () => {
    const size = Math.round(parseQuantity(attachment.size) * 1024);
    const file = { name: attachment.name, size: Number.isFinite(size) ? size : 0 };
    const issues = checkAttachment(file, 'file');
    if (issues.length > 0) {
      const filed = fileIssues(issues, ['file.name', 'file.size']);
      setAttachmentErrors({ name: [...(filed.fields['file.name'] ?? []), ...filed.general], size: [...(filed.fields['file.size'] ?? [])] });
      document.getElementById(idOf(filed.fields['file.size'] && !filed.fields['file.name'] ? 'pj.size' : 'pj.name'))?.focus();
      return;
    }
    setAttachmentErrors({});
    update({ attachments: [...form.attachments, { name: file.name.trim(), size: file.size }] });
    setAttachment({ name: '', size: '' });
  };

  const awaiting = existing?.awaitingConfirmation === true;
  const cadreOptions = [
    ...EMISES_CADRES.map((code) => ({ value: code, label: `${code} — ${CADRES[code].label}` })),
    ...(Object.keys(CADRES) as CadreCode[])
      .filter((code) => !EMISES_CADRES.includes(code))
      .map((code) => ({ value: code, label: `${code} — ${CADRES[code].label}` })),
  ];

  return (
    <Screen props={props} label="Saisir une facture">
      <InvoiceTabs props={props} current="factures/saisie" />
      {existing && <p class="cpa-muted">{fr(`Brouillon ${existing.data.number ? `n° ${existing.data.number}` : 'sans numéro'} (statut « Brouillon »).`)}</p>}
      {notice && <Notice>{fr(notice)}</Notice>}
      {awaiting && invoiceId ? (
        <Confirmation props={props} invoiceId={invoiceId} />
      ) : (
        <Form label="Saisir une facture" onSubmit={onSubmit}>
          <GeneralErrors id={errors.generalId} messages={errors.errors.general} />
          <Block title="Cadre de facturation">
            <div class="cpf-grid">
              <SelectField
                id={idOf('supplierSiret')}
                label="Fournisseur"
                value={form.supplierSiret}
                options={sirets.map((siret) => ({ value: siret, label: `${world.structures[siret]?.raisonSociale ?? siret} (${siret})` }))}
                onChange={(value) => update({ supplierSiret: value })}
                errors={errors.of('supplierSiret')}
                highlight={highlight}
                required
              />
              <SelectField
                id={idOf('cadre')}
                label="Cadre de facturation"
                value={form.cadre}
                options={cadreOptions}
                onChange={(value) => update({ cadre: value })}
                errors={errors.of('cadre')}
                highlight={highlight}
                required
              />
              {(CADRES_WITH_VALIDEUR as readonly string[]).includes(form.cadre) && (
                <TextField
                  id={idOf('valideurSiret')}
                  label="SIRET du valideur (titulaire ou mandataire)"
                  value={form.valideurSiret}
                  inputMode="numeric"
                  onInput={(value) => update({ valideurSiret: value })}
                  errors={errors.of('valideurSiret')}
                  highlight={highlight}
                  required
                />
              )}
            </div>
          </Block>

          <Block title="Destinataire">
            <div class="cpf-grid">
              <TextField
                id={idOf('recipientSiret')}
                label="SIRET du destinataire"
                value={form.recipientSiret}
                inputMode="numeric"
                hint="14 chiffres, sans espace"
                onInput={(value) => update({ recipientSiret: value })}
                errors={errors.of('recipientSiret')}
                highlight={highlight}
                required
              />
              <TextField
                id={idOf('codeService')}
                label="Code service"
                value={form.codeService}
                onInput={(value) => update({ codeService: value })}
                errors={errors.of('codeService')}
                highlight={highlight}
              />
              <TextField
                id={idOf('engagement')}
                label="Numéro d'engagement"
                value={form.engagement}
                onInput={(value) => update({ engagement: value })}
                errors={errors.of('engagement')}
                highlight={highlight}
              />
            </div>
            {recipient && (
              <div class="cpf-recipient" role="status">
                <p>
                  <strong>{fr(recipient.name)}</strong>
                  {!recipient.active && fr(' — structure inactive')}
                </p>
                <p>{fr(`Pour ce destinataire, ${REQUIREMENT_TEXT[recipient.requirement]}.`)}</p>
                {recipient.services.some((service) => service.active) && (
                  <p>
                    {fr('Services : ')}
                    {recipient.services
                      .filter((service) => service.active)
                      .map((service) => `${service.code} (${service.label})`)
                      .join(', ')}
                  </p>
                )}
              </div>
            )}
          </Block>

          <Block title="Références">
            <div class="cpf-grid">
              <SelectField
                id={idOf('kind')}
                label="Type de facture"
                value={form.kind}
                options={Object.entries(INVOICE_KIND_LABELS).map(([value, label]) => ({ value, label }))}
                onChange={(value) => update({ kind: value as InvoiceKind })}
                errors={errors.of('kind')}
                highlight={highlight}
                required
              />
              <TextField
                id={idOf('number')}
                label="Numéro de facture"
                value={form.number}
                onInput={(value) => update({ number: value })}
                errors={errors.of('number')}
                highlight={highlight}
                required
              />
              <DateField
                id={idOf('date')}
                label="Date de facture"
                value={form.date}
                onInput={(value) => update({ date: value })}
                errors={errors.of('date')}
                highlight={highlight}
                required
              />
              <SelectField
                id={idOf('vatType')}
                label="Type de TVA"
                value={form.vatType}
                options={Object.entries(VAT_TYPE_LABELS).map(([value, label]) => ({ value, label }))}
                onChange={(value) => update({ vatType: value as VatType })}
                errors={errors.of('vatType')}
                highlight={highlight}
                required
              />
              <SelectField
                id={idOf('paymentMode')}
                label="Mode de paiement"
                value={form.paymentMode}
                options={Object.entries(PAYMENT_MODE_LABELS).map(([value, label]) => ({ value, label }))}
                onChange={(value) => update({ paymentMode: value as PaymentMode })}
                errors={errors.of('paymentMode')}
                highlight={highlight}
                required
              />
              <SelectField
                id={idOf('bankAccountId')}
                label="Coordonnées bancaires"
                value={form.bankAccountId}
                options={[
                  { value: '', label: 'Aucune' },
                  ...bankAccounts.map((account) => ({ value: account.id, label: `${account.label} — ${account.iban.slice(0, 4)} … ${account.iban.slice(-4)}` })),
                ]}
                onChange={(value) => update({ bankAccountId: value })}
                errors={errors.of('bankAccountId')}
                highlight={highlight}
              />
            </div>
          </Block>

          <Block title="Lignes de poste">
            {form.lines.map((line, i) => (
              <fieldset class="cpf-line" key={i}>
                <legend>{`Ligne ${i + 1}`}</legend>
                <TextField
                  id={idOf(`lines.${i}.designation`)}
                  label={`Désignation (ligne ${i + 1})`}
                  value={line.designation}
                  onInput={(value) => updateLine(i, { designation: value })}
                  errors={errors.of(`lines.${i}.designation`)}
                  highlight={highlight}
                  required
                />
                <TextField
                  id={idOf(`lines.${i}.quantity`)}
                  label={`Quantité (ligne ${i + 1})`}
                  value={line.quantity}
                  inputMode="text"
                  placeholder="ex. 12,5"
                  onInput={(value) => updateLine(i, { quantity: value })}
                  errors={errors.of(`lines.${i}.quantity`)}
                  highlight={highlight}
                  required
                />
                <TextField
                  id={idOf(`lines.${i}.unitPriceCents`)}
                  label={`Prix unitaire HT en euros (ligne ${i + 1})`}
                  value={line.unitPrice}
                  inputMode="text"
                  placeholder="ex. 450,00"
                  onInput={(value) => updateLine(i, { unitPrice: value })}
                  errors={errors.of(`lines.${i}.unitPriceCents`)}
                  highlight={highlight}
                  required
                />
                <SelectField
                  id={idOf(`lines.${i}.vatRate`)}
                  label={`Taux de TVA (ligne ${i + 1})`}
                  value={withoutTax ? '0' : line.vatRate}
                  options={withoutTax ? [{ value: '0', label: '0 %' }] : VAT_RATES.map((rate) => ({ value: String(rate), label: formatRate(rate) }))}
                  onChange={(value) => updateLine(i, { vatRate: value })}
                  errors={errors.of(`lines.${i}.vatRate`)}
                  highlight={highlight}
                  required
                />
                {form.lines.length > 1 && (
                  <Button variant="link" highlight={highlight} name={`Supprimer la ligne ${i + 1}`} onClick={() => update({ lines: form.lines.filter((_, j) => j !== i) })}>
                    Supprimer la ligne
                  </Button>
                )}
              </fieldset>
            ))}
            {errors.of('lines') && <GeneralErrors messages={errors.of('lines') ?? []} id={idOf('lines')} />}
            <Button highlight={highlight} onClick={() => update({ lines: [...form.lines, { ...EMPTY_LINE }] })}>
              Ajouter une ligne
            </Button>
            <h4>{fr('Récapitulatif TVA')}</h4>
            <table class="cpa-table">
              <thead>
                <tr>
                  <th scope="col">Taux</th>
                  <th scope="col" class="cpf-num">Base HT</th>
                  <th scope="col" class="cpf-num">TVA</th>
                </tr>
              </thead>
              <tbody>
                {summary.length === 0 ? (
                  <tr>
                    <td colSpan={3}>{fr('Aucune ligne complète pour le moment.')}</td>
                  </tr>
                ) : (
                  summary.map((row) => (
                    <tr key={row.rate}>
                      <td>{formatRate(row.rate)}</td>
                      <td class="cpf-num">{formatEuros(row.baseHt)}</td>
                      <td class="cpf-num">{formatEuros(row.tva)}</td>
                    </tr>
                  ))
                )}
              </tbody>
            </table>
            <dl class="cpa-dl" aria-label="Montants de la facture">
              <div class="cpa-info"><dt>Total HT</dt><dd>{formatEuros(totals.ht)}</dd></div>
              <div class="cpa-info"><dt>Total TVA</dt><dd>{formatEuros(totals.tva)}</dd></div>
              <div class="cpa-info"><dt>Total TTC</dt><dd>{formatEuros(totals.ttc)}</dd></div>
            </dl>
          </Block>

          <Block title="Pièces jointes">
            <p class="cpa-muted">{fr('Simulation : indiquez le nom et la taille du fichier, rien n’est envoyé.')}</p>
            {form.attachments.length > 0 && (
              <ul>
                {form.attachments.map((file, i) => (
                  <li key={`${file.name}-${i}`}>
                    {file.name} ({Math.max(1, Math.round(file.size / 1024))}&nbsp;Ko){' '}
                    <Button variant="link" highlight={highlight} name={`Retirer ${file.name}`} onClick={() => update({ attachments: form.attachments.filter((_, j) => j !== i) })}>
                      Retirer
                    </Button>
                  </li>
                ))}
              </ul>
            )}
            {errors.of('attachments') && <GeneralErrors messages={errors.of('attachments') ?? []} id={idOf('attachments')} />}
            <div class="cpf-grid">
              <TextField id={idOf('pj.name')} label="Nom du fichier" value={attachment.name} placeholder="ex. bon-de-livraison.pdf" onInput={(name) => setAttachment((a) => ({ ...a, name }))} errors={attachmentErrors.name} highlight={highlight} />
              <TextField id={idOf('pj.size')} label="Taille en Ko" value={attachment.size} inputMode="numeric" onInput={(size) => setAttachment((a) => ({ ...a, size }))} errors={attachmentErrors.size} highlight={highlight} />
            </div>
            <Button highlight={highlight} onClick={addAttachment}>
              Ajouter la pièce jointe
            </Button>
          </Block>

          <Block title="Commentaire">
            <TextField id={idOf('comment')} label="Commentaire" value={form.comment} multiline onInput={(value) => update({ comment: value })} errors={errors.of('comment')} highlight={highlight} />
          </Block>

          <div class="cpa-actions">
            <Button highlight={highlight} onClick={onSave}>
              Enregistrer
            </Button>
            <Button type="submit" variant="primary" highlight={highlight}>
              Valider et envoyer
            </Button>
          </div>
        </Form>
      )}
    </Screen>
  );
}

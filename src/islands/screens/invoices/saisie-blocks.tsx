/**
 * The blocks of « Saisir une facture » that have a life of their own: the recipient with what the annuaire
 * requires, the lines with the live VAT summary, the attachments, and the « Confirmation d'envoi » step.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { checkAttachment, computeTotals, formatRate, VAT_RATES, vatSummary, type AttachmentInput, type LineInput, type PublicRecipient } from '../../../domain/simulator/core';
import { Actions, Block, Button, Fact, Facts, fileIssues, formatEuros, fr, GeneralErrors, SelectField, TextField, useForm, usePlayer } from '../kit';
import type { ScreenProps } from '../types';
import { parseQuantity } from './amounts';
import { EMPTY_LINE, REQUIREMENT_TEXT, type FormState, type LineForm } from './invoice-form';
import { recipientName } from './ui';

/** What a field of the form takes from the screen: its id, its refusals and the highlight. */
export type FieldBinder = (name: string) => { id: string; errors: readonly string[] | undefined; highlight: string | undefined };

/** The recipient found in the annuaire as soon as its SIRET is complete, with what it requires. */
export function RecipientFacts({ recipient }: { recipient: PublicRecipient | undefined }) {
  if (!recipient) return null;
  const services = recipient.services.filter((service) => service.active);
  return (
    <div class="cpf-recipient" role="status">
      <p>
        <strong>{fr(recipient.name)}</strong>
        {!recipient.active && fr(' — structure inactive')}
      </p>
      <p>{fr(`Pour ce destinataire, ${REQUIREMENT_TEXT[recipient.requirement]}.`)}</p>
      {services.length > 0 && <p>{fr(`Services : ${services.map((service) => `${service.code} (${service.label})`).join(', ')}`)}</p>}
    </div>
  );
}

/** « Lignes de poste »: one group of fields per line, then the VAT summary and the totals. */
export function LinesBlock(p: {
  form: FormState;
  field: FieldBinder;
  lines: readonly LineInput[];
  withoutTax: boolean;
  highlight: string | undefined;
  lineErrors: readonly string[] | undefined;
  linesId: string;
  onLine: (index: number, patch: Partial<LineForm>) => void;
  onLines: (lines: LineForm[]) => void;
}) {
  const summary = vatSummary(p.lines);
  const totals = computeTotals(p.lines);
  return (
    <Block title="Lignes de poste">
      {p.form.lines.map((line, i) => {
        const n = i + 1;
        return (
          <fieldset class="cpf-line" key={i}>
            <legend>{`Ligne ${n}`}</legend>
            <TextField label={`Désignation (ligne ${n})`} {...p.field(`lines.${i}.designation`)} value={line.designation} onInput={(designation) => p.onLine(i, { designation })} required />
            <TextField label={`Quantité (ligne ${n})`} {...p.field(`lines.${i}.quantity`)} value={line.quantity} placeholder="ex. 12,5" onInput={(quantity) => p.onLine(i, { quantity })} required />
            <TextField label={`Prix unitaire HT en euros (ligne ${n})`} {...p.field(`lines.${i}.unitPriceCents`)} value={line.unitPrice} placeholder="ex. 450,00" onInput={(unitPrice) => p.onLine(i, { unitPrice })} required />
            <SelectField
              label={`Taux de TVA (ligne ${n})`}
              {...p.field(`lines.${i}.vatRate`)}
              value={p.withoutTax ? '0' : line.vatRate}
              options={p.withoutTax ? [{ value: '0', label: '0 %' }] : VAT_RATES.map((rate) => ({ value: String(rate), label: formatRate(rate) }))}
              onChange={(vatRate) => p.onLine(i, { vatRate })}
              required
            />
            {p.form.lines.length > 1 && (
              <Button variant="link" highlight={p.highlight} name={`Supprimer la ligne ${n}`} onClick={() => p.onLines(p.form.lines.filter((_, j) => j !== i))}>
                Supprimer la ligne
              </Button>
            )}
          </fieldset>
        );
      })}
      {p.lineErrors && <GeneralErrors messages={p.lineErrors} id={p.linesId} />}
      <Button highlight={p.highlight} onClick={() => p.onLines([...p.form.lines, { ...EMPTY_LINE }])}>
        Ajouter une ligne
      </Button>
      <h4>{fr('Récapitulatif TVA')}</h4>
      <table class="cpa-table">
        <thead>
          <tr>
            <th scope="col">Taux</th>
            <th scope="col" class="cpa-num">Base HT</th>
            <th scope="col" class="cpa-num">TVA</th>
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
                <td class="cpa-num">{formatEuros(row.baseHt)}</td>
                <td class="cpa-num">{formatEuros(row.tva)}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
      <Facts>
        <Fact term="Total HT">{formatEuros(totals.ht)}</Fact>
        <Fact term="Total TVA">{formatEuros(totals.tva)}</Fact>
        <Fact term="Total TTC">{formatEuros(totals.ttc)}</Fact>
      </Facts>
    </Block>
  );
}

/** « Pièces jointes »: the files listed by name and size (nothing is uploaded in the simulation). */
export function AttachmentsBlock(p: {
  attachments: readonly AttachmentInput[];
  errors: readonly string[] | undefined;
  idOf: (field: string) => string;
  highlight: string | undefined;
  onChange: (attachments: AttachmentInput[]) => void;
}) {
  const { message } = usePlayer();
  const [attachment, setAttachment] = useState({ name: '', size: '' });
  const [attachmentErrors, setAttachmentErrors] = useState<{ name?: string[]; size?: string[] }>({});
  const add = () => {
    const size = Math.round(parseQuantity(attachment.size) * 1024);
    const file = { name: attachment.name, size: Number.isFinite(size) ? size : 0 };
    const issues = checkAttachment(file, 'file');
    if (issues.length > 0) {
      const filed = fileIssues(issues, ['file.name', 'file.size'], message);
      setAttachmentErrors({ name: [...(filed.fields['file.name'] ?? []), ...filed.general], size: [...(filed.fields['file.size'] ?? [])] });
      document.getElementById(p.idOf(filed.fields['file.size'] && !filed.fields['file.name'] ? 'pj.size' : 'pj.name'))?.focus();
      return;
    }
    setAttachmentErrors({});
    p.onChange([...p.attachments, { name: file.name.trim(), size: file.size }]);
    setAttachment({ name: '', size: '' });
  };
  return (
    <Block title="Pièces jointes">
      <p class="cpa-muted">{fr('Simulation : indiquez le nom et la taille du fichier, rien n’est envoyé.')}</p>
      {p.attachments.length > 0 && (
        <ul>
          {p.attachments.map((file, i) => (
            <li key={`${file.name}-${i}`}>
              {file.name} ({Math.max(1, Math.round(file.size / 1024))}&nbsp;Ko){' '}
              <Button variant="link" highlight={p.highlight} name={`Retirer ${file.name}`} onClick={() => p.onChange(p.attachments.filter((_, j) => j !== i))}>
                Retirer
              </Button>
            </li>
          ))}
        </ul>
      )}
      {p.errors && <GeneralErrors messages={p.errors} id={p.idOf('attachments')} />}
      <div class="cpa-grid">
        <TextField id={p.idOf('pj.name')} label="Nom du fichier" value={attachment.name} placeholder="ex. bon-de-livraison.pdf" onInput={(name) => setAttachment((a) => ({ ...a, name }))} errors={attachmentErrors.name} highlight={p.highlight} />
        <TextField id={p.idOf('pj.size')} label="Taille en Ko" value={attachment.size} inputMode="numeric" onInput={(size) => setAttachment((a) => ({ ...a, size }))} errors={attachmentErrors.size} highlight={p.highlight} />
      </div>
      <Button highlight={p.highlight} onClick={add}>
        Ajouter la pièce jointe
      </Button>
    </Block>
  );
}

/** The block « Confirmation d'envoi » shown once « Valider et envoyer » passed. */
export function Confirmation({ props, invoiceId }: { props: ScreenProps; invoiceId: string }) {
  const { world, highlight } = props;
  const invoice = world.invoices[invoiceId];
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useForm(props, [], {});
  // The learner who pressed « Valider et envoyer » goes on from here; a démonstration (read-only) keeps the
  // focus on its step bar.
  useEffect(() => {
    if (!props.readOnly) heading.current?.focus();
  }, [props.readOnly]);
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
      <Facts>
        <Fact term="Numéro">{invoice.data.number}</Fact>
        <Fact term="Destinataire">{fr(recipientName(world, invoice.data.recipientSiret))}</Fact>
        <Fact term="Code service">{invoice.data.codeService || '—'}</Fact>
        <Fact term="Numéro d'engagement">{invoice.data.engagement || '—'}</Fact>
        <Fact term="Montant TTC">{formatEuros(totals.ttc)}</Fact>
      </Facts>
      <GeneralErrors id={form.generalId} messages={form.errors.general} />
      <Actions>
        <Button
          variant="primary"
          highlight={highlight}
          verdict={props.check(confirm)}
          onClick={() => form.submit(confirm) && props.navigate('factures/detail', { invoiceId, sent: '1' })}
        >
          Confirmer et envoyer
        </Button>
        <Button highlight={highlight} verdict={props.check(cancel)} onClick={() => form.submit(cancel)}>
          Annuler
        </Button>
      </Actions>
    </section>
  );
}

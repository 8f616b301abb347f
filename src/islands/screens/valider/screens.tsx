/**
 * The espace « Factures à valider » (facts §5), where the titulaire (A9) or the mandataire (A12) decides on
 * the invoices that name its structure as valideur, in three steps: open the invoice from the Synthèse
 * (`valider/synthese`, synthese.tsx), check it and click « Valider » (`valider/facture`), then tick
 * « titulaire » / « mandataire », write a « Complément d'information » and « Enregistrer »
 * (`valider/validation`). Or « Refuser » with a motif (`valider/refus`). Every rule is the simulator's: the
 * screens ask `check`. These screens load together when the learner first opens one (see lazy.ts).
 */
import { useState } from 'preact/hooks';
import {
  computeTotals,
  daysLeft,
  invoiceHistory,
  STATUS_LABELS,
  validationState,
  valideurRole,
  type Invoice,
  type World,
} from '../../../domain/simulator/core';
import type { ScreenProps } from '../types';
import { numberOf, recipientName } from '../invoices/ui';
import { MotifForm } from '../motif-form';
import { kindOf, supplierName, ValiderTabs } from './synthese';
import { Actions, Block, Button, CheckField, demoEvent, Fact, Facts, formatDay, formatEuros, formatMoment, fr, NotFound, Screen, useForm , loggedIn, type LoggedInProps } from '../kit';

function invoiceOf(props: ScreenProps): Invoice | undefined {
  const id = props.params['invoiceId'];
  return id ? props.world.invoices[id] : undefined;
}

function Missing({ props }: { props: ScreenProps }) {
  return <NotFound props={props} tabs={<ValiderTabs props={props} />} text="Cette facture est introuvable. Ouvrez-la depuis la Synthèse." />;
}

/** What the valideur checks: the invoice, its lines, its attachments and its history. */
function InvoiceSummary({ world, invoice }: { world: World; invoice: Invoice }) {
  const totals = computeTotals(invoice.data.lines);
  const state = validationState(world, invoice);
  return (
    <Block title={`Facture n° ${numberOf(invoice)}`}>
      <Facts>
        <Fact term="Statut"><strong>{fr(STATUS_LABELS[invoice.status])}</strong></Fact>
        <Fact term="Fournisseur">{fr(`${supplierName(world, invoice)} (${invoice.data.supplierSiret})`)}</Fact>
        <Fact term="Cadre de facturation">{fr(`${invoice.data.cadre} — facture de ${kindOf(invoice)}`)}</Fact>
        <Fact term="Destinataire">{fr(`${recipientName(world, invoice.data.recipientSiret)} (${invoice.data.recipientSiret})`)}</Fact>
        <Fact term="Date de facture">{invoice.data.date ? formatDay(invoice.data.date) : '—'}</Fact>
        <Fact term="Date de dépôt">{invoice.depositedAt === null ? '—' : formatMoment(invoice.depositedAt)}</Fact>
        <Fact term="Montant HT">{formatEuros(totals.ht)}</Fact>
        <Fact term="Montant TTC">{formatEuros(totals.ttc)}</Fact>
        <Fact term="Pièces jointes">{invoice.data.attachments.map((file) => file.name).join(', ') || '—'}</Fact>
        {state?.tacitAt != null && (
          <Fact term="Validation tacite">{fr(`le ${formatMoment(state.tacitAt)} sans réponse de votre part (il reste ${daysLeft(world, state.tacitAt)} jours)`)}</Fact>
        )}
      </Facts>
      <div class="cpa-table-wrap">
        <table class="cpa-table">
          <caption class="visually-hidden">Lignes de poste</caption>
          <thead>
            <tr>
              <th scope="col">Désignation</th>
              <th scope="col" class="cpa-num">Quantité</th>
              <th scope="col" class="cpa-num">Prix unitaire HT</th>
            </tr>
          </thead>
          <tbody>
            {invoice.data.lines.map((line, i) => (
              <tr key={i}>
                <td>{fr(line.designation)}</td>
                <td class="cpa-num">{String(line.quantity).replace('.', ',')}</td>
                <td class="cpa-num">{formatEuros(line.unitPriceCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Block>
  );
}

/** Step 2: check the invoice, then « Valider » (or « Refuser »). */
export const ValiderFactureScreen = loggedIn(function ValiderFactureScreen(props: LoggedInProps) {
  const invoice = invoiceOf(props);
  if (!invoice) return <Missing props={props} />;
  // The verdicts of the decisions themselves: a box left unticked or an empty motif are for the next screen.
  const canDecide = props.check({ type: 'validation.validate', invoiceId: invoice.id, confirmed: true, complement: '' });
  const canRefuse = props.check({ type: 'validation.refuse', invoiceId: invoice.id, reason: 'motif' });
  const history = invoiceHistory(props.world, invoice.id).filter((entry) => entry.kind === 'status');
  return (
    <Screen props={props} label={`Facture à valider n° ${numberOf(invoice)}`}>
      <ValiderTabs props={props} />
      <InvoiceSummary world={props.world} invoice={invoice} />
      <Block title="Historique">
        <ul>
          {history.map((entry, i) => (
            <li key={i}>{fr(`${formatMoment(entry.at)} : statut « ${entry.kind === 'status' ? entry.label : ''} »${entry.kind === 'status' && entry.reason ? ` (${entry.reason})` : ''}`)}</li>
          ))}
        </ul>
      </Block>
      <Actions>
        <Button variant="primary" verdict={canDecide} to="valider/validation" params={{ invoiceId: invoice.id }}>Valider</Button>
        <Button variant="danger" verdict={canRefuse} to="valider/refus" params={{ invoiceId: invoice.id }}>Refuser</Button>
      </Actions>
    </Screen>
  );
});

/** Step 3: the validation form. */
export const ValiderValidationScreen = loggedIn(function ValiderValidationScreen(props: LoggedInProps) {
  const form = useForm(props, ['confirmed', 'complement']);
  const shown = demoEvent(props.params, 'validation.validate');
  const [confirmed, setConfirmed] = useState(shown?.confirmed ?? false);
  const [complement, setComplement] = useState(shown?.complement ?? '');
  const invoice = invoiceOf(props);
  if (!invoice) return <Missing props={props} />;
  const role = valideurRole(invoice.data.cadre);
  const send = () => {
    if (form.submit({ type: 'validation.validate', invoiceId: invoice.id, confirmed, complement })) {
      props.navigate('valider/facture', { invoiceId: invoice.id });
    }
  };
  return (
    <Screen props={props} label="Valider la facture">
      <ValiderTabs props={props} />
      <Block title={`Valider la facture n° ${numberOf(invoice)}`}>
        <p>{fr(`Une fois la validation enregistrée, la facture part automatiquement vers ${recipientName(props.world, invoice.data.recipientSiret)}.`)}</p>
        <MotifForm kind="complement" form={form} label="Valider la facture" field="complement" value={complement} onInput={setComplement} onSubmit={send} back={{ to: 'valider/facture', params: { invoiceId: invoice.id } }}>
          <CheckField {...form.field('confirmed')} label={role === 'titulaire' ? 'Vous êtes titulaire du marché' : 'Vous êtes mandataire du groupement'} checked={confirmed} onChange={setConfirmed} />
        </MotifForm>
      </Block>
    </Screen>
  );
});

/** Refusal, with its motif. */
export const ValiderRefusScreen = loggedIn(function ValiderRefusScreen(props: LoggedInProps) {
  const form = useForm(props, ['reason']);
  const [reason, setReason] = useState(demoEvent(props.params, 'validation.refuse')?.reason ?? '');
  const invoice = invoiceOf(props);
  if (!invoice) return <Missing props={props} />;
  const send = () => {
    if (form.submit({ type: 'validation.refuse', invoiceId: invoice.id, reason })) props.navigate('valider/facture', { invoiceId: invoice.id });
  };
  return (
    <Screen props={props} label="Refuser la facture">
      <ValiderTabs props={props} />
      <Block title={`Refuser la facture n° ${numberOf(invoice)}`}>
        <p>{fr('Le fournisseur verra le motif dans « Factures émises » ; la facture refusée ne part pas vers le client public.')}</p>
        <MotifForm kind="refusal" form={form} label="Refuser la facture" field="reason" value={reason} onInput={setReason} onSubmit={send} back={{ to: 'valider/facture', params: { invoiceId: invoice.id } }} />
      </Block>
    </Screen>
  );
});

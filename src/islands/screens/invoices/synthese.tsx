/**
 * `factures/synthese`: the work list of « Factures émises » — only what needs the supplier (brouillons,
 * À recycler, Suspendues, Rejetées not yet handled) — and the pop-up of returned invoices shown at login
 * (facts §3.2: « Acquitter » does not remove a rejected invoice; « Traiter le rejet » does).
 */
import { useId, useState } from 'preact/hooks';
import {
  rejectionPopup,
  STATUS_LABELS,
  synthese,
  syntheseInvoices,
  type Event,
  type Invoice,
} from '../../../domain/simulator/core';
import type { ScreenProps } from '../types';
import { InvoiceTabs, numberOf, recipientName } from './ui';
import { invoiceColumns, InvoiceTable } from './table';
import { Actions, Block, Button, CheckField, formatMoment, fr, GeneralErrors, Notice, Screen, useForm , loggedIn, type LoggedInProps } from '../kit';

function lastReason(invoice: Invoice): string {
  return [...invoice.history].reverse().find((change) => change.status === invoice.status)?.reason ?? '';
}

/** The pop-up of rejected or suspended invoices not yet acknowledged. */
function ReturnsPopup({ props }: { props: ScreenProps }) {
  const { world } = props;
  const popup = rejectionPopup(world);
  const [selected, setSelected] = useState<string[]>([]);
  const form = useForm(props, () => [], () => '');
  const titleId = useId();
  if (!popup.visible) return null;
  const acknowledgeSelected = { type: 'invoice.acknowledge', invoiceIds: selected } as const;
  const acknowledgeAll = { type: 'invoice.acknowledge', invoiceIds: popup.invoices.map((invoice) => invoice.id) } as const;
  return (
    <section class="cpf-popup" role="dialog" aria-labelledby={titleId} aria-describedby={`${titleId}-text`}>
      <h3 id={titleId}>{fr('Factures rejetées ou suspendues')}</h3>
      <p id={`${titleId}-text`}>
        {fr(
          popup.mandatory
            ? 'Certaines attendent depuis plus de 7 jours : vous devez les acquitter avant de continuer.'
            : 'Votre client public vous a renvoyé ces factures. Acquittez-les pour confirmer que vous en avez pris connaissance.',
        )}
      </p>
      <GeneralErrors id={form.generalId} messages={form.errors.general} />
      <div class="cpa-table-wrap">
        <table class="cpa-table">
          <thead>
            <tr>
              <th scope="col">Sélection</th>
              <th scope="col">Date de dépôt</th>
              <th scope="col">Numéro</th>
              <th scope="col">Destinataire</th>
              <th scope="col">Statut</th>
              <th scope="col">Motif</th>
            </tr>
          </thead>
          <tbody>
            {popup.invoices.map((invoice) => (
              <tr key={invoice.id}>
                <td>
                  <CheckField
                    id={`cpf-sel-${invoice.id}`}
                    label={`Sélectionner la facture n° ${numberOf(invoice)}`}
                    checked={selected.includes(invoice.id)}
                    onChange={(on) => setSelected((list) => (on ? [...list, invoice.id] : list.filter((id) => id !== invoice.id)))}
                  />
                </td>
                <td>{invoice.depositedAt === null ? '—' : formatMoment(invoice.depositedAt)}</td>
                <td>{numberOf(invoice)}</td>
                <td>{fr(recipientName(world, invoice.data.recipientSiret))}</td>
                <td>{fr(STATUS_LABELS[invoice.status])}</td>
                <td>{fr(lastReason(invoice) || '—')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Actions>
        <Button
          variant="primary"
          verdict={selected.length === 0 ? { ok: false, reasons: ['Cochez au moins une facture.'] } : props.check(acknowledgeSelected)}
          onClick={() => form.submit(acknowledgeSelected) && setSelected([])}
        >
          Acquitter les factures sélectionnées
        </Button>
        <Button verdict={props.check(acknowledgeAll)} onClick={() => form.submit(acknowledgeAll)}>Tout acquitter et fermer</Button>
        <Button variant="link" verdict={props.check({ type: 'session.dismissPopup' })} onClick={() => form.submit({ type: 'session.dismissPopup' })}>Fermer</Button>
      </Actions>
    </section>
  );
}

/** One list of the Synthèse, with the actions its status allows. */
function InvoiceList({ props, title, invoices, empty }: { props: ScreenProps; title: string; invoices: Invoice[]; empty: string }) {
  const { world } = props;
  const form = useForm(props, () => [], () => '');
  const columns = invoiceColumns(world);
  const status = {
    ...columns.statut,
    cell: (invoice: Invoice) => (
      <>
        {fr(STATUS_LABELS[invoice.status])}
        {invoice.status === 'REJETEE' && invoice.acknowledged && <span class="cpa-muted"> (acquittée)</span>}
      </>
    ),
  };
  return (
    <Block title={title}>
      {invoices.length === 0 ? (
        <p class="cpa-muted">{fr(empty)}</p>
      ) : (
        <InvoiceTable
          invoices={invoices}
          before={<GeneralErrors id={form.generalId} messages={form.errors.general} />}
          columns={[columns.numero, columns.date, columns.destinataire, columns.ttc, status]}
          actionsHeader="Actions"
          actions={(invoice) => {
            const number = numberOf(invoice);
            const open = () =>
              invoice.status === 'BROUILLON'
                ? props.navigate('factures/saisie', { invoiceId: invoice.id })
                : props.navigate('factures/detail', { invoiceId: invoice.id });
            const handle = { type: 'invoice.handleRejection', invoiceId: invoice.id } as const;
            const acknowledge: Event = { type: 'invoice.acknowledge', invoiceIds: [invoice.id] };
            return (
              <Actions>
                <Button name={`Ouvrir la facture n° ${number}`} onClick={open}>Ouvrir</Button>
                {invoice.status === 'REJETEE' && !invoice.acknowledged && (
                  <Button name={`Acquitter la facture n° ${number}`} verdict={props.check(acknowledge)} onClick={() => form.submit(acknowledge)}>Acquitter</Button>
                )}
                {invoice.status === 'REJETEE' && (
                  <Button
                    variant="primary"
                    name={`Traiter le rejet de la facture n° ${number}`}
                    verdict={props.check(handle)}
                    onClick={() => form.submit(handle)}
                  >
                    Traiter le rejet
                  </Button>
                )}
              </Actions>
            );
          }}
        />
      )}
    </Block>
  );
}

export const SyntheseScreen = loggedIn(function SyntheseScreen({ user, ...props }: LoggedInProps) {
  const counts = synthese(props.world, user.id);
  const invoices = syntheseInvoices(props.world, user.id);
  const by = (status: Invoice['status']) => invoices.filter((invoice) => invoice.status === status);
  return (
    <Screen props={props} label="Factures émises — Synthèse">
      <InvoiceTabs props={props} current="factures/synthese" />
      <ReturnsPopup props={props} />
      <Block title="Ma synthèse">
        <p class="cpa-muted">{fr('Seules les factures qui attendent une action de votre part sont listées ici.')}</p>
        <ul class="cpf-counts">
          <li><strong>{counts.brouillons}</strong>Brouillons</li>
          <li><strong>{counts.aRecycler}</strong>À recycler</li>
          <li><strong>{counts.suspendues}</strong>Suspendues</li>
          <li><strong>{counts.rejetees}</strong>{fr('Rejetées (rejet à traiter)')}</li>
          <li><strong>{counts.aAcquitter}</strong>À acquitter</li>
        </ul>
        {invoices.length === 0 && <Notice>{fr('Aucune facture n’attend votre action.')}</Notice>}
      </Block>
      <InvoiceList props={props} title="Brouillons" invoices={by('BROUILLON')} empty="Aucun brouillon." />
      <InvoiceList props={props} title="À recycler" invoices={by('A_RECYCLER')} empty="Aucune facture à recycler." />
      <InvoiceList props={props} title="Suspendues" invoices={by('SUSPENDUE')} empty="Aucune facture suspendue." />
      <InvoiceList props={props} title="Rejetées" invoices={by('REJETEE')} empty="Aucune facture rejetée à traiter." />
    </Screen>
  );
});

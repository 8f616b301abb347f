/**
 * `factures/detail` (parameter `invoiceId`): an invoice of « Factures émises » with its status, its history
 * (statuses and user actions) and the actions its status allows (facts §3.2): correct the recipient data of
 * an invoice « À recycler » and send it again under the same number; complete a « Suspendue » invoice with
 * attachments or a comment; acknowledge a « Rejetée » one, then « Traiter le rejet ».
 */
import { useState } from 'preact/hooks';
import {
  ACTION_LABELS,
  computeTotals,
  invoiceHistory,
  STATUS_LABELS,
  type Actor,
  type Event,
  type Invoice,
} from '../../../domain/simulator/core';
import type { ScreenProps } from '../types';
import { parseQuantity } from './amounts';
import { InvoiceTabs, numberOf, recipientName } from './ui';
import { useId } from 'preact/hooks';
import { ValidationStatus } from './validation-status';
import { Actions, Block, Button, Fact, Facts, Form, formatDay, formatEuros, formatMoment, fr, GeneralErrors, Notice, Screen, TextField, useForm , loggedIn, type LoggedInProps } from '../kit';

const ACTORS: Readonly<Record<Actor, string>> = { fournisseur: 'Fournisseur', systeme: 'Chorus Pro', destinataire: 'Destinataire', valideur: 'Valideur' };

function reasonOf(invoice: Invoice): string {
  return [...invoice.history].reverse().find((change) => change.status === invoice.status)?.reason ?? '';
}

/** « Recycler »: the recipient data only, the number stays. */
function RecycleForm({ props, invoice }: { props: ScreenProps; invoice: Invoice }) {
  const base = useId();
  const idOf = (field: string) => `${base}-${field}`;
  const fields = ['recipientSiret', 'codeService', 'engagement'];
  const form = useForm(props, () => fields, idOf);
  const [data, setData] = useState({ recipientSiret: invoice.data.recipientSiret, codeService: invoice.data.codeService, engagement: invoice.data.engagement });
  const send = () => form.submit({ type: 'invoice.recycle', invoiceId: invoice.id, ...data });
  return (
    <Block title="Corriger les données du destinataire">
      <p>{fr('Corrigez le SIRET, le code service ou le numéro d’engagement, puis renvoyez la facture : elle garde son numéro.')}</p>
      <Form label="Recycler la facture" onSubmit={send} errors={form} submit="Recycler la facture">
        <TextField id={idOf('recipientSiret')} label="SIRET du destinataire" value={data.recipientSiret} inputMode="numeric" onInput={(v) => setData((d) => ({ ...d, recipientSiret: v }))} errors={form.of('recipientSiret')} required />
        <TextField id={idOf('codeService')} label="Code service" value={data.codeService} onInput={(v) => setData((d) => ({ ...d, codeService: v }))} errors={form.of('codeService')} />
        <TextField id={idOf('engagement')} label="Numéro d'engagement" value={data.engagement} onInput={(v) => setData((d) => ({ ...d, engagement: v }))} errors={form.of('engagement')} />
      </Form>
    </Block>
  );
}

/** « Compléter »: attachments and/or a comment, then the invoice is « Complétée ». */
function CompleteForm({ props, invoice }: { props: ScreenProps; invoice: Invoice }) {
  const base = useId();
  const idOf = (field: string) => `${base}-${field}`;
  const fields = ['attachments', 'comment'];
  const form = useForm(props, () => fields, idOf);
  const [name, setName] = useState('');
  const [size, setSize] = useState('');
  const [comment, setComment] = useState('');
  const send = () => {
    const bytes = Math.round(parseQuantity(size) * 1024);
    const attachments = name.trim() === '' && size.trim() === '' ? [] : [{ name, size: Number.isFinite(bytes) ? bytes : 0 }];
    form.submit({ type: 'invoice.complete', invoiceId: invoice.id, attachments, comment });
  };
  return (
    <Block title="Compléter la facture">
      <p>{fr('Ajoutez la pièce ou l’information demandée par votre client : la facture reste la même.')}</p>
      <Form label="Compléter la facture" onSubmit={send} errors={form} submit="Compléter la facture">
        <TextField id={idOf('attachments')} label="Nom de la pièce jointe" value={name} placeholder="ex. bon-de-livraison.pdf" onInput={setName} errors={form.of('attachments')} />
        <TextField id={idOf('size')} label="Taille de la pièce jointe en Ko" value={size} inputMode="numeric" onInput={setSize} />
        <TextField id={idOf('comment')} label="Commentaire pour le destinataire" value={comment} multiline onInput={setComment} errors={form.of('comment')} />
      </Form>
    </Block>
  );
}

/** Acknowledge, then « Traiter le rejet » (the invoice leaves the Synthèse; a new invoice, with a new number, follows). */
function RejectionActions({ props, invoice }: { props: ScreenProps; invoice: Invoice }) {
  const form = useForm(props, () => [], () => '');
  const acknowledge: Event = { type: 'invoice.acknowledge', invoiceIds: [invoice.id] };
  const handle = { type: 'invoice.handleRejection', invoiceId: invoice.id } as const;
  return (
    <Block title="Traiter le rejet">
      <p>{fr('Une facture rejetée est annulée : acquittez le rejet, puis traitez-le. Émettez ensuite une nouvelle facture, avec un nouveau numéro.')}</p>
      <GeneralErrors id={form.generalId} messages={form.errors.general} />
      <Actions>
        <Button verdict={props.check(acknowledge)} onClick={() => form.submit(acknowledge)}>Acquitter</Button>
        <Button
          variant="primary"
          verdict={props.check(handle)}
          onClick={() => {
            if (form.submit(handle)) props.navigate('factures/synthese');
          }}
        >
          Traiter le rejet
        </Button>
      </Actions>
    </Block>
  );
}

export const DetailScreen = loggedIn(function DetailScreen(props: LoggedInProps) {
  const { world, params } = props;
  const invoice = params['invoiceId'] ? world.invoices[params['invoiceId']] : undefined;
  if (!invoice) {
    return (
      <Screen props={props} label="Détail de la facture">
        <InvoiceTabs props={props} />
        <p>{fr('Cette facture est introuvable.')}</p>
      </Screen>
    );
  }
  const totals = computeTotals(invoice.data.lines);
  const reason = reasonOf(invoice);
  const history = invoiceHistory(world, invoice.id);
  return (
    <Screen props={props} label={`Facture n° ${numberOf(invoice)}`}>
      <InvoiceTabs props={props} />
      {params['sent'] && invoice.status !== 'BROUILLON' && <Notice>{fr(`La facture n° ${invoice.data.number} est envoyée : son statut est « ${STATUS_LABELS[invoice.status]} ».`)}</Notice>}
      <Block title={`Facture n° ${numberOf(invoice)}`}>
        <Facts>
          <Fact term="Statut"><strong>{fr(STATUS_LABELS[invoice.status])}</strong></Fact>
          {reason && <Fact term="Motif du destinataire">{fr(reason)}</Fact>}
          <Fact term="Cadre de facturation">{invoice.data.cadre}</Fact>
          <Fact term="Date de facture">{invoice.data.date ? formatDay(invoice.data.date) : '—'}</Fact>
          <Fact term="Date de dépôt">{invoice.depositedAt === null ? '—' : formatMoment(invoice.depositedAt)}</Fact>
          <Fact term="Destinataire">{fr(`${recipientName(world, invoice.data.recipientSiret)} (${invoice.data.recipientSiret || '—'})`)}</Fact>
          <Fact term="Code service">{invoice.data.codeService || '—'}</Fact>
          <Fact term="Numéro d'engagement">{invoice.data.engagement || '—'}</Fact>
          <Fact term="Montant HT">{formatEuros(totals.ht)}</Fact>
          <Fact term="Montant TTC">{formatEuros(totals.ttc)}</Fact>
          <Fact term="Pièces jointes">{invoice.data.attachments.map((file) => file.name).join(', ') || '—'}</Fact>
        </Facts>
        {invoice.status === 'BROUILLON' && (
          <Actions>
            <Button variant="primary" to="factures/saisie" params={{ invoiceId: invoice.id }}>Modifier le brouillon</Button>
          </Actions>
        )}
      </Block>
      <ValidationStatus world={world} invoice={invoice} />
      {invoice.status === 'A_RECYCLER' && <RecycleForm props={props} invoice={invoice} />}
      {invoice.status === 'SUSPENDUE' && <CompleteForm props={props} invoice={invoice} />}
      {invoice.status === 'REJETEE' && !invoice.rejectionHandled && <RejectionActions props={props} invoice={invoice} />}
      <Block title="Historique">
        <div class="cpa-table-wrap">
          <table class="cpa-table">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Événement</th>
                <th scope="col">Par</th>
                <th scope="col">Motif</th>
              </tr>
            </thead>
            <tbody>
              {history.map((entry, i) => (
                <tr key={i}>
                  <td class="cpa-nowrap">{formatMoment(entry.at)}</td>
                  {entry.kind === 'status' ? (
                    <>
                      <td>{fr(`Statut « ${entry.label} »`)}</td>
                      <td>{ACTORS[entry.by]}</td>
                      <td>{fr(entry.reason || '—')}</td>
                    </>
                  ) : (
                    <>
                      <td>{fr(ACTION_LABELS[entry.action as keyof typeof ACTION_LABELS] ?? entry.action)}</td>
                      <td>{world.users[entry.userId] ? `${world.users[entry.userId]?.firstName} ${world.users[entry.userId]?.lastName}` : '—'}</td>
                      <td>—</td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Block>
    </Screen>
  );
});

/**
 * `factures/tableau-de-bord` (the number of invoices in each status) and `factures/recherche` (by number, or
 * with « Critères avancés »: status, recipient, « Période date de dépôt » and « Période de date fournisseur »
 * — facts §11.23: last month's deposits are found by the date de dépôt, not by the date on the invoice).
 */
import { useId, useState } from 'preact/hooks';
import {
  INVOICE_STATUSES,
  STATUS_LABELS,
  tableauDeBord,
  type Event,
  type Invoice,
} from '../../../domain/simulator/core';
import type { ScreenProps } from '../types';
import { InvoiceTabs, numberOf } from './ui';
import { invoiceColumns, InvoiceTable } from './table';
import { Actions, Block, Button, DateField, fileIssues, Form, type FormErrors, fr, GeneralErrors, NO_ERRORS, Screen, SelectField, TextField, loggedIn, type LoggedInProps , usePlayer } from '../kit';

function Results({ props, invoices }: { props: ScreenProps; invoices: Invoice[] }) {
  const { world } = props;
  const columns = invoiceColumns(world);
  return (
    <InvoiceTable
      invoices={invoices}
      columns={[columns.numero, columns.dateFacture, columns.depot, columns.destinataire, columns.ttc, columns.statut]}
      actionsHeader="Action"
      actions={(invoice) => (
        <Button name={`Ouvrir la facture n° ${numberOf(invoice)}`} to="factures/detail" params={{ invoiceId: invoice.id }}>Ouvrir</Button>
      )}
    />
  );
}

export const TableauDeBordScreen = loggedIn(function TableauDeBordScreen({ user, ...props }: LoggedInProps) {
  const counts = tableauDeBord(props.world, user.id);
  return (
    <Screen props={props} label="Factures émises — Tableau de bord">
      <InvoiceTabs props={props} current="factures/tableau-de-bord" />
      <Block title="Mes factures par statut">
        <table class="cpa-table">
          <thead>
            <tr>
              <th scope="col">Statut</th>
              <th scope="col" class="cpa-num">Nombre de factures</th>
            </tr>
          </thead>
          <tbody>
            {INVOICE_STATUSES.map((status) => (
              <tr key={status}>
                <th scope="row">{fr(STATUS_LABELS[status])}</th>
                <td class="cpa-num">{counts[status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Block>
    </Screen>
  );
});

const SEARCH_FIELDS = ['number', 'status', 'recipientSiret', 'deposit.from', 'deposit.to', 'supplierDate.from', 'supplierDate.to'] as const;

export const RechercheScreen = loggedIn(function RechercheScreen(props: LoggedInProps) {
  const { world } = props;
  const { message } = usePlayer();
  const base = useId();
  const idOf = (field: string) => `${base}-${field.replace('.', '-')}`;
  const [advanced, setAdvanced] = useState(false);
  const [criteria, setCriteria] = useState({ number: '', status: '', recipientSiret: '', depositFrom: '', depositTo: '', supplierDateFrom: '', supplierDateTo: '' });
  const [searched, setSearched] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const set = (patch: Partial<typeof criteria>) => setCriteria((c) => ({ ...c, ...patch }));
  // The portal keeps the session's last search: the results shown are those the world holds.
  const results = searched ? (world.session?.lastSearch?.resultIds ?? []).flatMap((id) => world.invoices[id] ?? []) : null;
  const search = () => {
    const { number, ...more } = criteria;
    const typed = Object.fromEntries(Object.entries(advanced ? more : {}).filter(([, value]) => value !== ''));
    const event: Event = { type: 'invoice.search', criteria: { ...(number !== '' ? { number } : {}), ...typed } };
    // Criteria the portal refuses are shown without running the search (the verdict's issues carry the fields).
    const verdict = props.check(event);
    if (!verdict.ok) {
      const filed = verdict.issues ? fileIssues(verdict.issues, SEARCH_FIELDS, message) : { fields: {}, general: verdict.reasons };
      setErrors(filed);
      setSearched(false);
      const first = SEARCH_FIELDS.find((field) => filed.fields[field]);
      if (first) document.getElementById(idOf(first))?.focus();
      return;
    }
    setErrors(NO_ERRORS);
    props.dispatch(event);
    setSearched(true);
  };
  const panelId = `${base}-avances`;
  return (
    <Screen props={props} label="Factures émises — Recherche">
      <InvoiceTabs props={props} current="factures/recherche" />
      <Block title="Rechercher une facture">
        <Form label="Rechercher une facture" onSubmit={search} submit="Rechercher">
          <GeneralErrors messages={errors.general} />
          <TextField id={idOf('number')} label="Numéro de facture" value={criteria.number} onInput={(number) => set({ number })} errors={errors.fields['number']} />
          <Actions>
            <button type="button" class="cpa-button cpa-button--link" aria-expanded={advanced ? 'true' : 'false'} aria-controls={panelId} onClick={() => setAdvanced((a) => !a)}>
              <span aria-hidden="true">{advanced ? '− ' : '+ '}</span>Critères avancés
            </button>
          </Actions>
          <div id={panelId} hidden={!advanced}>
            <div class="cpa-grid">
              <SelectField
                id={idOf('status')}
                label="Statut"
                value={criteria.status}
                options={[{ value: '', label: 'Tous' }, ...INVOICE_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] }))]}
                onChange={(status) => set({ status })}
              />
              <TextField id={idOf('recipientSiret')} label="SIRET du destinataire" value={criteria.recipientSiret} inputMode="numeric" onInput={(recipientSiret) => set({ recipientSiret })} />
            </div>
            <fieldset class="cpf-period">
              <legend>Période date de dépôt</legend>
              <div class="cpa-grid">
                <DateField id={idOf('deposit.from')} label="Date de dépôt du" value={criteria.depositFrom} onInput={(depositFrom) => set({ depositFrom })} errors={errors.fields['deposit.from']} />
                <DateField id={idOf('deposit.to')} label="Date de dépôt au" value={criteria.depositTo} onInput={(depositTo) => set({ depositTo })} errors={errors.fields['deposit.to']} />
              </div>
            </fieldset>
            <fieldset class="cpf-period">
              <legend>Période de date fournisseur</legend>
              <p class="cpa-muted">{fr('La date fournisseur est la date inscrite sur la facture, pas celle du dépôt.')}</p>
              <div class="cpa-grid">
                <DateField id={idOf('supplierDate.from')} label="Date fournisseur du" value={criteria.supplierDateFrom} onInput={(supplierDateFrom) => set({ supplierDateFrom })} errors={errors.fields['supplierDate.from']} />
                <DateField id={idOf('supplierDate.to')} label="Date fournisseur au" value={criteria.supplierDateTo} onInput={(supplierDateTo) => set({ supplierDateTo })} errors={errors.fields['supplierDate.to']} />
              </div>
            </fieldset>
          </div>
        </Form>
      </Block>
      {results !== null && (
        <Block title="Résultats">
          <p role="status">{results.length === 0 ? 'Aucune facture ne correspond à ces critères.' : `${results.length} facture${results.length > 1 ? 's' : ''} trouvée${results.length > 1 ? 's' : ''}.`}</p>
          {results.length > 0 && <Results props={props} invoices={results} />}
        </Block>
      )}
    </Screen>
  );
});

/**
 * The table of invoices the mock portal shows in several places (« Factures émises » Synthèse and Recherche,
 * « Factures à valider » Synthèse): one row per invoice, the columns each screen asks for, and the screen's
 * own actions in the last column. Each standard column is written once here, so the lists agree on how a
 * number, a date, an amount or a status reads.
 */
import type { ComponentChildren } from 'preact';
import { computeTotals, STATUS_LABELS, type Invoice, type World } from '../../../domain/simulator/core';
import { numberOf, recipientName } from './ui';
import { formatDay, formatEuros, formatMoment, fr } from '../kit';

/** A column: its header, its cell for one invoice, and whether it holds a number (aligned right). */
export interface InvoiceColumn {
  header: string;
  cell: (invoice: Invoice) => ComponentChildren;
  numeric?: boolean;
}

/** The standard columns, by name. `date` and `dateFacture` are the same date under the two headers the portal uses. */
export function invoiceColumns(world: World) {
  const invoiceDate = (invoice: Invoice) => (invoice.data.date ? formatDay(invoice.data.date) : '—');
  return {
    numero: { header: 'Numéro', cell: numberOf },
    date: { header: 'Date', cell: invoiceDate },
    dateFacture: { header: 'Date de facture', cell: invoiceDate },
    depot: { header: 'Date de dépôt', cell: (invoice) => (invoice.depositedAt === null ? '—' : formatMoment(invoice.depositedAt)) },
    cadre: { header: 'Cadre', cell: (invoice) => invoice.data.cadre },
    destinataire: { header: 'Destinataire', cell: (invoice) => fr(recipientName(world, invoice.data.recipientSiret)) },
    ttc: { header: 'Montant TTC', cell: (invoice) => formatEuros(computeTotals(invoice.data.lines).ttc), numeric: true },
    statut: { header: 'Statut', cell: (invoice) => fr(STATUS_LABELS[invoice.status]) },
  } satisfies Record<string, InvoiceColumn>;
}

/**
 * The table, in its scrolling wrapper. `before` goes inside the wrapper above the table (a list's refusals);
 * `caption` is read by screen readers only.
 */
export function InvoiceTable(p: {
  invoices: readonly Invoice[];
  columns: readonly InvoiceColumn[];
  actionsHeader: string;
  actions: (invoice: Invoice) => ComponentChildren;
  caption?: string;
  before?: ComponentChildren;
}) {
  return (
    <div class="cpa-table-wrap">
      {p.before}
      <table class="cpa-table">
        {p.caption !== undefined && <caption class="visually-hidden">{fr(p.caption)}</caption>}
        <thead>
          <tr>
            {p.columns.map((column) => (
              <th scope="col" key={column.header} class={column.numeric ? 'cpa-num' : undefined}>
                {column.header}
              </th>
            ))}
            <th scope="col">{p.actionsHeader}</th>
          </tr>
        </thead>
        <tbody>
          {p.invoices.map((invoice) => (
            <tr key={invoice.id}>
              {p.columns.map((column) => (
                <td key={column.header} class={column.numeric ? 'cpa-num' : undefined}>
                  {column.cell(invoice)}
                </td>
              ))}
              <td>{p.actions(invoice)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Read-only views of « Factures émises » for its screens: the Synthèse and Tableau de bord counts, the
 * invoice search, an invoice's history and totals. Kept apart from `queries.ts` so only invoice pages load them.
 */
import { at, issue, type Issue } from './issues';
import { STATUS_LABELS, type Actor, type Invoice, type InvoiceId, type InvoiceStatus, type UserId, type World } from './model';
import { visibleInvoices } from './queries';
import { isCalendarDate, dateOf, type Minutes } from './rules/dates';
import { compact } from './rules/identifiers';
import { computeTotals, type Totals } from './rules/money';

/** What the « Synthèse » of « Factures émises » lists: only the invoices that need the supplier's action. */
export interface Synthese {
  brouillons: number;
  aRecycler: number;
  suspendues: number;
  /** Rejected invoices whose rejection is not yet handled (acknowledging is not enough). */
  rejetees: number;
  /** Returned invoices not yet acknowledged. */
  aAcquitter: number;
}

export function synthese(world: World, userId: UserId): Synthese {
  const invoices = visibleInvoices(world, userId);
  const count = (status: InvoiceStatus) => invoices.filter((invoice) => invoice.status === status).length;
  return {
    brouillons: count('BROUILLON'),
    aRecycler: count('A_RECYCLER'),
    suspendues: count('SUSPENDUE'),
    rejetees: invoices.filter((invoice) => invoice.status === 'REJETEE' && !invoice.rejectionHandled).length,
    aAcquitter: invoices.filter((invoice) => (invoice.status === 'REJETEE' || invoice.status === 'SUSPENDUE') && !invoice.acknowledged).length,
  };
}

/** The invoices the Synthèse lists, in the order of the counts above. */
export function syntheseInvoices(world: World, userId: UserId): Invoice[] {
  return visibleInvoices(world, userId).filter(
    (invoice) =>
      invoice.status === 'BROUILLON' ||
      invoice.status === 'A_RECYCLER' ||
      invoice.status === 'SUSPENDUE' ||
      (invoice.status === 'REJETEE' && !invoice.rejectionHandled),
  );
}

/** « Tableau de bord »: the number of visible invoices in each status. */
export function tableauDeBord(world: World, userId: UserId): Record<InvoiceStatus, number> {
  const counts = Object.fromEntries(Object.keys(STATUS_LABELS).map((status) => [status, 0])) as Record<InvoiceStatus, number>;
  for (const invoice of visibleInvoices(world, userId)) counts[invoice.status] += 1;
  return counts;
}

/** Criteria of the « Recherche » tab; empty fields are ignored. */
export interface InvoiceSearch {
  /** Simple search: part of the invoice number. */
  number?: string;
  status?: InvoiceStatus;
  supplierSiret?: string;
  recipientSiret?: string;
  cadre?: string;
  /** « Période date de dépôt » (advanced criteria), `YYYY-MM-DD`, both ends included. */
  depositFrom?: string;
  depositTo?: string;
  /** « Période de date fournisseur »: the date typed in « Références ». */
  supplierDateFrom?: string;
  supplierDateTo?: string;
}

function checkPeriod(from: string | undefined, to: string | undefined, path: string): Issue[] {
  const issues: Issue[] = [];
  if (from && !isCalendarDate(from)) issues.push(issue('date.invalid', at(path, 'from')));
  if (to && !isCalendarDate(to)) issues.push(issue('date.invalid', at(path, 'to')));
  if (issues.length === 0 && from && to && from > to) issues.push(issue('search.periodInverted', at(path, 'to')));
  return issues;
}

function inPeriod(date: string, from: string | undefined, to: string | undefined): boolean {
  return (!from || date >= from) && (!to || date <= to);
}

/**
 * Searches the invoices a user can see. A deposit period excludes brouillons (they have no date de dépôt);
 * the supplier-date period matches the « Date » typed on the invoice, which is why it finds the wrong ones
 * when the question is « what did I deposit last month? » (facts §11.23).
 */
export function searchInvoices(world: World, userId: UserId, criteria: InvoiceSearch): { results: Invoice[]; issues: Issue[] } {
  const issues = [
    ...checkPeriod(criteria.depositFrom, criteria.depositTo, 'deposit'),
    ...checkPeriod(criteria.supplierDateFrom, criteria.supplierDateTo, 'supplierDate'),
  ];
  if (issues.length > 0) return { results: [], issues };
  const number = criteria.number?.trim().toLowerCase() ?? '';
  const results = visibleInvoices(world, userId).filter((invoice) => {
    const data = invoice.data;
    if (number !== '' && !data.number.toLowerCase().includes(number)) return false;
    if (criteria.status && invoice.status !== criteria.status) return false;
    if (criteria.supplierSiret && data.supplierSiret !== compact(criteria.supplierSiret)) return false;
    if (criteria.recipientSiret && data.recipientSiret !== compact(criteria.recipientSiret)) return false;
    if (criteria.cadre && data.cadre !== criteria.cadre) return false;
    if (criteria.depositFrom || criteria.depositTo) {
      if (invoice.depositedAt === null || !inPeriod(dateOf(invoice.depositedAt), criteria.depositFrom, criteria.depositTo)) return false;
    }
    if ((criteria.supplierDateFrom || criteria.supplierDateTo) && !inPeriod(data.date, criteria.supplierDateFrom, criteria.supplierDateTo)) {
      return false;
    }
    return true;
  });
  return { results, issues: [] };
}

/** One line of an invoice's history: a status change or a user action, in time order. */
export type HistoryEntry =
  | { kind: 'status'; at: Minutes; status: InvoiceStatus; label: string; by: Actor; reason: string }
  | { kind: 'action'; at: Minutes; action: string; userId: UserId };

/** The invoice's history (« Historique » and « Historique des actions utilisateurs » merged), oldest first. */
export function invoiceHistory(world: World, invoiceId: InvoiceId): HistoryEntry[] {
  const invoice = world.invoices[invoiceId];
  if (!invoice) return [];
  const statuses: HistoryEntry[] = invoice.history.map((change) => ({
    kind: 'status',
    at: change.at,
    status: change.status,
    label: STATUS_LABELS[change.status],
    by: change.by,
    reason: change.reason,
  }));
  const actions: HistoryEntry[] = world.log
    .filter((entry) => entry.subject === invoiceId)
    .map((entry) => ({ kind: 'action', at: entry.at, action: entry.action, userId: entry.userId }));
  // A stable sort keeps, at equal times, status changes before the actions logged with them.
  return [...statuses, ...actions].sort((a, b) => a.at - b.at);
}

/** The totals of an invoice computed from its lines. */
export function invoiceTotals(invoice: Invoice): Totals {
  return computeTotals(invoice.data.lines);
}


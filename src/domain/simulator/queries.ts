/**
 * Read-only views of the world for the screens: who is who, the Synthèse and Tableau de bord counts,
 * invoice searches, histories, the rejection pop-up, the mailbox, the structure search of rattachements.
 * None of them changes the world; the transitions reuse some of them so that a rule lives in one place.
 */
import { at, issue, type Issue } from './issues';
import {
  MANDATORY_ACK_MINUTES,
  STATUS_LABELS,
  type Actor,
  type Invoice,
  type InvoiceId,
  type InvoiceStatus,
  type LogEntry,
  type Mail,
  type RattachementRequest,
  type Role,
  type Structure,
  type User,
  type UserId,
  type World,
} from './model';
import { normaliseEmail } from './rules/account';
import { isCalendarDate, dateOf, type Minutes } from './rules/dates';
import { compact } from './rules/identifiers';
import { computeTotals, type Totals } from './rules/money';

/** The account whose login address is `email` (case-insensitive). */
export function userByLoginEmail(world: World, email: string): User | undefined {
  const wanted = normaliseEmail(email);
  return Object.values(world.users).find((user) => user.loginEmail === wanted);
}

/** The logged-in user (two-factor code accepted), if any. */
export function currentUser(world: World): User | undefined {
  return world.session?.stage === 'open' ? world.users[world.session.userId] : undefined;
}

/** True while the account refuses logins after five wrong passwords. */
export function isLocked(world: World, user: User): boolean {
  return user.lockedUntil !== null && world.now < user.lockedUntil;
}

/** The structures a user belongs to, with the role held in each (« Mes rattachements aux structures »). */
export function structuresOf(world: World, userId: UserId): { structure: Structure; role: Role }[] {
  return Object.values(world.structures).flatMap((structure) => {
    const member = structure.members.find((m) => m.userId === userId);
    return member ? [{ structure, role: member.role }] : [];
  });
}

/** Rattachement requests a user asked for. */
export function requestsOf(world: World, userId: UserId): RattachementRequest[] {
  return Object.values(world.rattachements).filter((request) => request.userId === userId);
}

/** Pending requests on the structures a user manages (« Activités du gestionnaire »). */
export function requestsToDecide(world: World, userId: UserId): RattachementRequest[] {
  return Object.values(world.rattachements).filter(
    (request) =>
      request.status === 'enAttente' &&
      world.structures[request.siret]?.members.some((m) => m.userId === userId && m.role === 'gestionnairePrincipal'),
  );
}

/**
 * « Demander un rattachement à une structure »: by SIRET, all or part of it with 3 characters at least;
 * or by raison sociale, complete and exact (case aside) — facts §1.5.
 */
export function searchStructures(world: World, query: string): { results: Structure[]; issues: Issue[] } {
  const trimmed = query.trim();
  const digits = compact(trimmed);
  const structures = Object.values(world.structures);
  if (/^\d+$/.test(digits)) {
    if (digits.length < 3) return { results: [], issues: [issue('rattachement.queryTooShort', 'query', { min: 3 })] };
    const results = structures.filter((s) => s.siret.includes(digits));
    return { results, issues: results.length === 0 ? [issue('rattachement.noResult', 'query')] : [] };
  }
  if (trimmed === '') return { results: [], issues: [issue('field.required', 'query')] };
  const wanted = trimmed.toLocaleLowerCase('fr');
  const results = structures.filter((s) => s.raisonSociale.toLocaleLowerCase('fr') === wanted);
  return { results, issues: results.length === 0 ? [issue('rattachement.noResult', 'query')] : [] };
}

/** Mails received at an address, newest first (the simulated mailbox). */
export function mailbox(world: World, email: string): Mail[] {
  const wanted = normaliseEmail(email);
  return world.mails.filter((mail) => mail.to === wanted).reverse();
}

/** The SIRETs where a user is subscribed to « Factures émises ». */
function emisesSirets(world: World, userId: UserId): Set<string> {
  return new Set(world.subscriptions.filter((s) => s.userId === userId && s.espace === 'facturesEmises').map((s) => s.siret));
}

/** Invoices a user can see in « Factures émises »: those of structures where the user is subscribed to it. */
export function visibleInvoices(world: World, userId: UserId): Invoice[] {
  const sirets = emisesSirets(world, userId);
  return Object.values(world.invoices).filter((invoice) => sirets.has(invoice.data.supplierSiret));
}

/** Statuses that send an invoice back to the supplier for an answer. */
export function isReturned(status: InvoiceStatus): boolean {
  return status === 'A_RECYCLER' || status === 'SUSPENDUE' || status === 'REJETEE';
}

/**
 * The pop-up shown at login for rejected or suspended invoices not yet acknowledged; it becomes mandatory
 * (cannot be closed) when one of them has waited 7 days (facts §3.2).
 */
export function rejectionPopup(world: World): { invoices: Invoice[]; mandatory: boolean; visible: boolean } {
  const user = currentUser(world);
  if (!user || !world.session) return { invoices: [], mandatory: false, visible: false };
  const invoices = visibleInvoices(world, user.id).filter(
    (invoice) => (invoice.status === 'REJETEE' || invoice.status === 'SUSPENDUE') && !invoice.acknowledged,
  );
  const mandatory = invoices.some((invoice) => world.now - invoice.statusSince >= MANDATORY_ACK_MINUTES);
  return { invoices, mandatory, visible: invoices.length > 0 && (mandatory || !world.session.popupDismissed) };
}

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

/**
 * « Historique des actions utilisateurs »: the log, newest first, narrowed to a user and/or an object
 * (a SIRET for the gestionnaire's history, an invoice id, a request id).
 */
export function actionHistory(world: World, filter: { userId?: UserId; subject?: string } = {}): LogEntry[] {
  return world.log
    .filter((entry) => (filter.userId === undefined || entry.userId === filter.userId) && (filter.subject === undefined || entry.subject === filter.subject))
    .reverse();
}

/** The totals of an invoice computed from its lines. */
export function invoiceTotals(invoice: Invoice): Totals {
  return computeTotals(invoice.data.lines);
}

/** The id the next created object will get (the screens use it to open a brouillon just saved). */
export function peekNextId(world: World, prefix: 'u' | 'r' | 'f' | 'b' | 'm'): string {
  return `${prefix}${world.seq + 1}`;
}

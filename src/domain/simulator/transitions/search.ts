/** « Rechercher » in « Factures émises »: the search is checked and its results kept for the session. */
import { issue, type Issue } from '../issues';
import type { InvoiceSearchEvent } from '../events';
import { STATUS_LABELS, type InvoiceStatus } from '../model';
import { searchInvoices, type InvoiceSearch } from '../queries-invoice';
import { openSession, type Ctx } from './context';

export function searchInvoicesEvent({ w }: Ctx, e: InvoiceSearchEvent): Issue[] {
  const opened = openSession(w);
  if (!opened.ok) return opened.issues;
  const open = opened.value;
  const { status, ...rest } = e.criteria;
  if (status && !(status in STATUS_LABELS)) return [issue('search.statusUnknown', 'status')];
  const criteria: InvoiceSearch = { ...rest, ...(status ? { status: status as InvoiceStatus } : {}) };
  const found = searchInvoices(w, open.user.id, criteria);
  if (found.issues.length > 0) return found.issues;
  open.session.lastSearch = { resultIds: found.results.map((invoice) => invoice.id) };
  return [];
}

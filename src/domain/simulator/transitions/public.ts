/**
 * The other side of the portal, which the learner does not play: the routing done by Chorus Pro as time
 * passes, and the moves of the public recipient (scripted by a scenario or a trainer).
 */
import { failed, issue, passed, type Checked, type Issue } from '../issues';
import type { ForwardStatus, PublicAdvance, PublicRecycle, PublicReject, PublicSuspend } from '../events';
import { REASON_MAX, STATUS_LABELS, type Invoice, type InvoiceStatus, type World } from '../model';
import { text, type Ctx } from './context';
import { PROCESSING_RANK, RECYCLABLE_FROM, RETURNABLE_FROM, setStatus } from './lifecycle';
import { keysOf } from '../../keys';

function publicInvoice(w: World, invoiceId: string, allowed: readonly InvoiceStatus[], action: string): Checked<Invoice> {
  const invoice = w.invoices[invoiceId];
  if (!invoice) return failed([issue('invoice.unknown', 'invoiceId', { invoiceId })]);
  // Still at the titulaire or the mandataire: the recipient has not received it yet.
  if (invoice.status === 'A_VALIDER_1') return failed([issue('validation.pending', 'invoiceId', { number: invoice.data.number, action })]);
  if (!allowed.includes(invoice.status)) return failed([issue('invoice.wrongStatus', 'invoiceId', { status: STATUS_LABELS[invoice.status], action })]);
  return passed(invoice);
}

const FORWARD: readonly ForwardStatus[] = ['SERVICE_FAIT', 'MANDATEE', 'MISE_A_DISPOSITION_COMPTABLE', 'COMPTABILISEE', 'MISE_EN_PAIEMENT'];

export function publicAdvance({ w }: Ctx, e: PublicAdvance): Issue[] {
  const processing: InvoiceStatus[] = keysOf(PROCESSING_RANK);
  const target = FORWARD.includes(e.status) ? e.status : null;
  const found = publicInvoice(w, e.invoiceId, processing, target ? STATUS_LABELS[target] : String(e.status));
  if (!found.ok) return found.issues;
  const invoice = found.value;
  const from = PROCESSING_RANK[invoice.status] ?? 0;
  // Optional steps may be skipped, but a status never goes back (facts §3.2b).
  if (!target || (PROCESSING_RANK[target] ?? 0) <= from) {
    return [issue('public.statusNotForward', 'status', { status: STATUS_LABELS[invoice.status] })];
  }
  setStatus(w, invoice, target, 'destinataire');
  return [];
}

function publicReturn(w: World, invoiceId: string, status: 'A_RECYCLER' | 'SUSPENDUE' | 'REJETEE', rawReason: string, reasonRequired: boolean): Issue[] {
  const allowed = status === 'A_RECYCLER' ? RECYCLABLE_FROM : RETURNABLE_FROM;
  const found = publicInvoice(w, invoiceId, allowed, STATUS_LABELS[status]);
  if (!found.ok) return found.issues;
  const invoice = found.value;
  const reason = text(rawReason, 'reason', REASON_MAX, false);
  if (reasonRequired && reason.value === '') return [issue('public.reasonRequired', 'reason', { status: STATUS_LABELS[status] })];
  if (reason.issues.length > 0) return reason.issues;
  invoice.acknowledged = false;
  invoice.rejectionHandled = false;
  setStatus(w, invoice, status, 'destinataire', reason.value);
  // A new return shows the pop-up again even if the learner closed it earlier in this session.
  if (w.session && status !== 'A_RECYCLER') w.session.popupDismissed = false;
  return [];
}

export function publicRecycle({ w }: Ctx, e: PublicRecycle): Issue[] {
  return publicReturn(w, e.invoiceId, 'A_RECYCLER', e.reason, false);
}

export function publicSuspend({ w }: Ctx, e: PublicSuspend): Issue[] {
  return publicReturn(w, e.invoiceId, 'SUSPENDUE', e.reason, true);
}

export function publicReject({ w }: Ctx, e: PublicReject): Issue[] {
  return publicReturn(w, e.invoiceId, 'REJETEE', e.reason, true);
}

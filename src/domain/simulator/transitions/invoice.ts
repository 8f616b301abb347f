/**
 * The supplier's side of « Factures émises »: « Enregistrer » (brouillon), « Valider et envoyer » then
 * « Confirmer et envoyer », and the answers to returned invoices (recycler, compléter, acquitter, traiter
 * le rejet).
 */
import { failed, issue, passed, type Checked, type Issue } from '../issues';
import type {
  InvoiceAcknowledge,
  InvoiceCancelSubmit,
  InvoiceComplete,
  InvoiceConfirm,
  InvoiceDelete,
  InvoiceHandleRejection,
  InvoiceRecycle,
  InvoiceSave,
  InvoiceSubmit,
} from '../events';
import { STATUS_LABELS, type Invoice, type InvoiceStatus, type Session, type World } from '../model';
import { visibleInvoices } from '../queries';
import { checkAttachments } from '../rules/attachments';
import { compact } from '../rules/identifiers';
import { checkInvoice, checkRecipient, checkRecipientRequirements, INVOICE_LIMITS, normaliseInvoiceInput } from '../rules/invoice';
import { created, espaceAccess, logAction, nextId, openSession, text, type Ctx } from './context';
import { setStatus } from './lifecycle';
import { needsValidation } from './validation';

/** The invoice when the session's user can see it, or `invoice.unknown` (others' invoices do not exist for him). */
function visibleInvoice(w: World, session: Session, invoiceId: string): Checked<Invoice> {
  const invoice = w.invoices[invoiceId];
  if (!invoice || !visibleInvoices(w, session.userId).includes(invoice)) return failed([issue('invoice.unknown', 'invoiceId', { invoiceId })]);
  return passed(invoice);
}

/** The invoice when it can be worked on: visible, « Factures émises » in modification, expected status. */
function workable(w: World, session: Session, invoiceId: string, expected: readonly InvoiceStatus[], action: string): Checked<Invoice> {
  const visible = visibleInvoice(w, session, invoiceId);
  if (!visible.ok) return visible;
  const invoice = visible.value;
  const access = espaceAccess(w, session, invoice.data.supplierSiret, 'facturesEmises', 'invoiceId');
  if (access.length > 0) return failed(access);
  if (!expected.includes(invoice.status)) return failed([wrongStatus(invoice, action)]);
  return visible;
}

/** The session's user's invoice `invoiceId`, in one of the `expected` statuses for `action`: the common start of a handler. */
function ownInvoice(w: World, invoiceId: string, expected: readonly InvoiceStatus[], action: string): Checked<Invoice> {
  const opened = openSession(w);
  if (!opened.ok) return opened;
  return workable(w, opened.value.session, invoiceId, expected, action);
}

/** The user acting (a handler calls it once `ownInvoice` has checked the session is open). */
function actor(w: World): string {
  return w.session?.userId ?? '';
}

function wrongStatus(invoice: Invoice, action: string): Issue {
  return issue('invoice.wrongStatus', 'invoiceId', { status: STATUS_LABELS[invoice.status], action });
}

export function saveInvoice(ctx: Ctx, e: InvoiceSave): Issue[] {
  const { w } = ctx;
  const opened = openSession(w);
  if (!opened.ok) return opened.issues;
  const s = opened.value;
  const data = normaliseInvoiceInput(structuredClone(e.data));
  const found = e.invoiceId === null ? null : workable(w, s.session, e.invoiceId, ['BROUILLON'], 'Enregistrer');
  if (found && !found.ok) return found.issues;
  const existing = found?.value;
  const access = data.supplierSiret === '' ? [issue('field.required', 'supplierSiret')] : espaceAccess(w, s.session, data.supplierSiret, 'facturesEmises', 'supplierSiret');
  // Without access to the supplier structure, the other checks (its bank details…) would only add noise.
  if (access.length > 0) return access;
  const issues = checkInvoice(w, data, 'save', existing?.id ?? null);
  if (issues.length > 0) return issues;
  if (existing) {
    existing.data = data;
    existing.awaitingConfirmation = false;
    logAction(w, s.user.id, 'invoice.saved', existing.id);
    return [];
  }
  const invoice: Invoice = {
    id: created(ctx, 'invoice', nextId(w, 'f')),
    data,
    status: 'BROUILLON',
    createdAt: w.now,
    createdBy: s.user.id,
    depositedAt: null,
    statusSince: w.now,
    history: [{ status: 'BROUILLON', at: w.now, by: 'fournisseur', reason: '' }],
    awaitingConfirmation: false,
    acknowledged: false,
    rejectionHandled: false,
    replaces: null,
  };
  w.invoices[invoice.id] = invoice;
  logAction(w, s.user.id, 'invoice.saved', invoice.id);
  return [];
}

export function deleteInvoice({ w }: Ctx, e: InvoiceDelete): Issue[] {
  const own = ownInvoice(w, e.invoiceId, ['BROUILLON'], 'Supprimer');
  if (!own.ok) return own.issues;
  const invoice = own.value;
  delete w.invoices[invoice.id];
  logAction(w, actor(w), 'invoice.deleted', invoice.id);
  return [];
}

export function submitInvoice({ w }: Ctx, e: InvoiceSubmit): Issue[] {
  const own = ownInvoice(w, e.invoiceId, ['BROUILLON'], 'Valider et envoyer');
  if (!own.ok) return own.issues;
  const invoice = own.value;
  const issues = checkInvoice(w, invoice.data, 'submit', invoice.id);
  if (issues.length > 0) return issues;
  invoice.awaitingConfirmation = true;
  return [];
}

export function cancelSubmit({ w }: Ctx, e: InvoiceCancelSubmit): Issue[] {
  const own = ownInvoice(w, e.invoiceId, ['BROUILLON'], 'Annuler');
  if (!own.ok) return own.issues;
  const invoice = own.value;
  if (!invoice.awaitingConfirmation) return [issue('invoice.confirmationNotRequested', 'invoiceId')];
  invoice.awaitingConfirmation = false;
  return [];
}

export function confirmInvoice({ w }: Ctx, e: InvoiceConfirm): Issue[] {
  const own = ownInvoice(w, e.invoiceId, ['BROUILLON'], 'Confirmer et envoyer');
  if (!own.ok) return own.issues;
  const invoice = own.value;
  if (!invoice.awaitingConfirmation) return [issue('invoice.confirmationNotRequested', 'invoiceId')];
  // Checked again: the world may have moved (time passed) since « Valider et envoyer ».
  const issues = checkInvoice(w, invoice.data, 'submit', invoice.id);
  if (issues.length > 0) return issues;
  invoice.awaitingConfirmation = false;
  invoice.depositedAt = w.now;
  // A subcontractor's or cotraitant's invoice waits for its valideur first (« Factures à valider », facts §5).
  setStatus(w, invoice, needsValidation(invoice.data.cadre) ? 'A_VALIDER_1' : 'DEPOSEE', 'fournisseur');
  logAction(w, actor(w), 'invoice.sent', invoice.id);
  return [];
}

export function recycleInvoice({ w }: Ctx, e: InvoiceRecycle): Issue[] {
  const own = ownInvoice(w, e.invoiceId, ['A_RECYCLER'], 'Recycler');
  if (!own.ok) return own.issues;
  const invoice = own.value;
  const siret = compact(e.recipientSiret);
  const codeService = e.codeService.trim().toUpperCase();
  const engagement = e.engagement.trim();
  const checked = checkRecipient(w, siret, 'recipientSiret');
  const issues = [...checked.issues];
  if (codeService.length > INVOICE_LIMITS.codeService) issues.push(issue('field.tooLong', 'codeService', { max: INVOICE_LIMITS.codeService }));
  if (engagement.length > INVOICE_LIMITS.engagement) issues.push(issue('field.tooLong', 'engagement', { max: INVOICE_LIMITS.engagement }));
  if (checked.recipient && issues.length === 0) issues.push(...checkRecipientRequirements(checked.recipient, codeService, engagement));
  if (issues.length > 0) return issues;
  const data = invoice.data;
  if (data.recipientSiret === siret && data.codeService === codeService && data.engagement === engagement) {
    return [issue('invoice.recycleUnchanged', 'recipientSiret')];
  }
  // Only the routing data change; the number stays the same (facts §3.2).
  invoice.data = { ...data, recipientSiret: siret, codeService, engagement };
  setStatus(w, invoice, 'EN_COURS_ACHEMINEMENT', 'fournisseur');
  logAction(w, actor(w), 'invoice.recycled', invoice.id);
  return [];
}

export function completeInvoice({ w }: Ctx, e: InvoiceComplete): Issue[] {
  const own = ownInvoice(w, e.invoiceId, ['SUSPENDUE'], 'Compléter');
  if (!own.ok) return own.issues;
  const invoice = own.value;
  const added = e.attachments.map((file) => ({ name: file.name.trim(), size: file.size }));
  const comment = text(e.comment, 'comment', INVOICE_LIMITS.comment, false);
  if (added.length === 0 && comment.value === '') return [issue('invoice.completionEmpty', 'attachments')];
  const all = [...invoice.data.attachments, ...added];
  // Paths point at the new files: the existing ones were accepted already, only the total may now overflow.
  const issues = [
    ...checkAttachments(added, 'attachments'),
    ...checkAttachments(all, 'attachments').filter((found) => found.code === 'attachment.totalTooLarge'),
    ...comment.issues,
  ];
  const unique = issues.filter((found, index) => issues.findIndex((other) => other.code === found.code && other.path === found.path) === index);
  if (unique.length > 0) return unique;
  const joined = [invoice.data.comment, comment.value].filter((part) => part !== '').join('\n');
  if (joined.length > INVOICE_LIMITS.comment) return [issue('field.tooLong', 'comment', { max: INVOICE_LIMITS.comment - invoice.data.comment.length })];
  invoice.data = { ...invoice.data, attachments: all, comment: joined };
  invoice.acknowledged = false;
  setStatus(w, invoice, 'COMPLETEE', 'fournisseur');
  logAction(w, actor(w), 'invoice.completed', invoice.id);
  return [];
}

export function acknowledgeInvoices({ w }: Ctx, e: InvoiceAcknowledge): Issue[] {
  const opened = openSession(w);
  if (!opened.ok) return opened.issues;
  const s = opened.value;
  if (e.invoiceIds.length === 0) return [issue('invoice.nothingToAcknowledge', 'invoiceIds')];
  const issues: Issue[] = [];
  const invoices: Invoice[] = [];
  e.invoiceIds.forEach((id, index) => {
    const visible = visibleInvoice(w, s.session, id);
    if (!visible.ok) {
      issues.push(...visible.issues.map((found) => ({ ...found, path: `invoiceIds.${index}` })));
      return;
    }
    const invoice = visible.value;
    if (invoice.status !== 'REJETEE' && invoice.status !== 'SUSPENDUE') {
      issues.push({ ...wrongStatus(invoice, 'Acquitter'), path: `invoiceIds.${index}` });
    } else if (invoice.acknowledged || invoices.includes(invoice)) {
      issues.push(issue('invoice.alreadyAcknowledged', `invoiceIds.${index}`, { number: invoice.data.number }));
    } else invoices.push(invoice);
  });
  if (issues.length > 0) return issues;
  for (const invoice of invoices) {
    invoice.acknowledged = true;
    logAction(w, s.user.id, 'invoice.acknowledged', invoice.id);
  }
  return [];
}

export function handleRejection({ w }: Ctx, e: InvoiceHandleRejection): Issue[] {
  const own = ownInvoice(w, e.invoiceId, ['REJETEE'], 'Traiter le rejet');
  if (!own.ok) return own.issues;
  const invoice = own.value;
  if (invoice.rejectionHandled) return [issue('invoice.alreadyHandled', 'invoiceId', { number: invoice.data.number })];
  if (!invoice.acknowledged) return [issue('invoice.notAcknowledged', 'invoiceId', { number: invoice.data.number })];
  invoice.rejectionHandled = true;
  logAction(w, actor(w), 'invoice.rejectionHandled', invoice.id);
  // No pre-filled brouillon follows (seed 003: the supplier then issues a new invoice, with a new number).
  return [];
}

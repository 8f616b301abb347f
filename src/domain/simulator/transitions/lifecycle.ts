/**
 * Moving an invoice from one status to the next, and the order of the recipient's forward statuses.
 * Every change is written in the invoice's history and mailed to the author's contact address
 * (facts §3.1: « un courriel à chaque changement de statut »).
 */
import { STATUS_LABELS, type Actor, type Invoice, type InvoiceStatus, type World } from '../model';
import { sendMail } from './context';

/** Sets a status at `at` (default: now), records it and notifies the author. */
export function setStatus(w: World, invoice: Invoice, status: InvoiceStatus, by: Actor, reason = '', when = w.now): void {
  invoice.status = status;
  invoice.statusSince = when;
  invoice.history.push({ status, at: when, by, reason });
  const author = w.users[invoice.createdBy];
  if (author && status !== 'BROUILLON') {
    sendMail(w, author.contactEmail, 'statusChange', {
      invoiceId: invoice.id,
      number: invoice.data.number,
      status,
      label: STATUS_LABELS[status],
      reason,
    });
  }
}

/**
 * Where an invoice stands once it is available to the recipient: Mise à disposition and Complétée rank 0,
 * then the optional steps up to Mise en paiement. Other statuses have no rank (the recipient cannot act).
 */
export const PROCESSING_RANK: Partial<Record<InvoiceStatus, number>> = {
  MISE_A_DISPOSITION: 0,
  COMPLETEE: 0,
  SERVICE_FAIT: 1,
  MANDATEE: 2,
  MISE_A_DISPOSITION_COMPTABLE: 3,
  COMPTABILISEE: 4,
  MISE_EN_PAIEMENT: 5,
};

/** Statuses from which the recipient may return an invoice « À recycler » (routing data are checked early). */
export const RECYCLABLE_FROM: readonly InvoiceStatus[] = ['EN_COURS_ACHEMINEMENT', 'MISE_A_DISPOSITION', 'COMPLETEE'];
/** Statuses from which the recipient may suspend or reject (before the invoice is mandated). */
export const RETURNABLE_FROM: readonly InvoiceStatus[] = ['MISE_A_DISPOSITION', 'COMPLETEE', 'SERVICE_FAIT'];

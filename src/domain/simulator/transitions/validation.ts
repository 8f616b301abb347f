/**
 * « Factures à valider » (facts §5): an invoice of a subcontractor (cadre A9) or of a cotraitant (A12) names
 * a valideur — the titulaire or the mandataire of the marché. Once sent it waits « À valider » there, not at
 * the public recipient. The valideur's user validates it (tick « titulaire » / « mandataire », an optional
 * « Complément d'information », « Enregistrer ») or refuses it with a motif. A subcontractor's invoice left
 * without an answer for 15 days is validated tacitly as the clock passes. Validated either way, the invoice
 * is routed to the recipient like any deposited invoice (see clock.ts).
 */
import { issue, type Issue } from '../issues';
import type { ValidationRefuse, ValidationValidate } from '../events';
import {
  CADRES_WITH_TACIT_VALIDATION,
  CADRES_WITH_VALIDEUR,
  REASON_MAX,
  STATUS_LABELS,
  TACIT_VALIDATION_MINUTES,
  type CadreCode,
  type Invoice,
  type World,
} from '../model';
import { espaceAccess, logAction, openSession, text, type Ctx } from './context';
import { setStatus } from './lifecycle';

/** Whether a cadre goes through « Factures à valider ». */
export function needsValidation(cadre: string): boolean {
  return (CADRES_WITH_VALIDEUR as readonly string[]).includes(cadre);
}

/** Who the valideur is for the cadre: the titulaire for a subcontractor (A9), the mandataire for a cotraitant (A12). */
export function valideurRole(cadre: string): 'titulaire' | 'mandataire' {
  return cadre === 'A12' ? 'mandataire' : 'titulaire';
}

/**
 * The invoice the session's user may decide on: an invoice that went through « Factures à valider », still
 * « À valider », whose named valideur is a structure where the user works in « Factures à valider »
 * (modification). Each refusal says why: unknown invoice, not subject to validation, the supplier's own
 * invoice, another structure than the valideur, already decided, no access to the espace.
 */
function decidable(w: World, invoiceId: string, action: string): { invoice: Invoice; userId: string } | Issue[] {
  const opened = openSession(w);
  if (!opened.ok) return opened.issues;
  const s = opened.value;
  const invoice = w.invoices[invoiceId];
  const mine = (siret: string) => w.structures[siret]?.members.some((m) => m.userId === s.user.id) ?? false;
  // A brouillon or another supplier's invoice with no valideur in the user's structures does not exist for him.
  if (!invoice || invoice.status === 'BROUILLON' || (!mine(invoice.data.valideurSiret) && !mine(invoice.data.supplierSiret))) {
    return [issue('invoice.unknown', 'invoiceId', { invoiceId })];
  }
  const { cadre, valideurSiret, supplierSiret, number } = invoice.data;
  if (!needsValidation(cadre)) return [issue('validation.notSubject', 'invoiceId', { number, cadre })];
  const valideur = w.companies[valideurSiret]?.raisonSociale ?? valideurSiret;
  if (!mine(valideurSiret)) {
    if (mine(supplierSiret)) return [issue('validation.ownInvoice', 'invoiceId', { number, valideur, role: valideurRole(cadre) })];
    return [issue('validation.notValideur', 'invoiceId', { number, valideur, role: valideurRole(cadre) })];
  }
  const access = espaceAccess(w, s.session, valideurSiret, 'facturesAValider', 'invoiceId');
  if (access.length > 0) return access;
  if (invoice.status !== 'A_VALIDER_1') {
    return [issue('validation.alreadyDecided', 'invoiceId', { number, status: STATUS_LABELS[invoice.status], action })];
  }
  return { invoice, userId: s.user.id };
}

export function validateInvoice({ w }: Ctx, e: ValidationValidate): Issue[] {
  const found = decidable(w, e.invoiceId, 'Valider');
  if (Array.isArray(found)) return found;
  const { invoice, userId } = found;
  const complement = text(typeof e.complement === 'string' ? e.complement : '', 'complement', REASON_MAX, false);
  const issues: Issue[] = [];
  if (e.confirmed !== true) issues.push(issue('validation.roleNotConfirmed', 'confirmed', { role: valideurRole(invoice.data.cadre) }));
  issues.push(...complement.issues);
  if (issues.length > 0) return issues;
  setStatus(w, invoice, 'VALIDEE_1', 'valideur', complement.value);
  logAction(w, userId, 'invoice.validated', invoice.id);
  return [];
}

export function refuseInvoice({ w }: Ctx, e: ValidationRefuse): Issue[] {
  const found = decidable(w, e.invoiceId, 'Refuser');
  if (Array.isArray(found)) return found;
  const { invoice, userId } = found;
  const reason = text(typeof e.reason === 'string' ? e.reason : '', 'reason', REASON_MAX, false);
  if (reason.value === '') return [issue('validation.reasonRequired', 'reason')];
  if (reason.issues.length > 0) return reason.issues;
  setStatus(w, invoice, 'REFUSEE_1', 'valideur', reason.value);
  logAction(w, userId, 'invoice.refused', invoice.id);
  return [];
}

/** When a subcontractor's invoice « À valider » is validated tacitly; null when it is not waiting or has no such delay. */
export function tacitValidationAt(invoice: Invoice): number | null {
  if (invoice.status !== 'A_VALIDER_1') return null;
  if (!(CADRES_WITH_TACIT_VALIDATION as readonly string[]).includes(invoice.data.cadre as CadreCode)) return null;
  return invoice.statusSince + TACIT_VALIDATION_MINUTES;
}

/** The clock passed the 15 days: the invoices left « À valider » are validated tacitly, dated when the delay ran out. */
export function expireValidations(w: World): void {
  for (const invoice of Object.values(w.invoices)) {
    const due = tacitValidationAt(invoice);
    if (due !== null && w.now >= due) setStatus(w, invoice, 'ABSENCE_VALIDATION_1_HORS_DELAI', 'systeme', '', due);
  }
}

/**
 * The checks of the invoice form, in two depths:
 * - « Enregistrer » (save) refuses only what cannot even be kept as a brouillon: malformed values, a number
 *   already used, a recipient that is not referenced or is inactive (facts §2.2), an unknown cadre;
 * - « Valider et envoyer » (submit) adds everything a sent invoice needs: mandatory fields, lines, the
 *   recipient's code service / engagement settings, the valideur of A9 / A12, the bank details.
 * Both return every issue at once, with paths named after the form's fields.
 */
import { at, issue, type Issue } from '../issues';
import {
  CADRES,
  CADRES_WITH_VALIDEUR,
  EMISES_CADRES,
  ESPACE_LABELS,
  INVOICE_KIND_LABELS,
  PAYMENT_MODE_LABELS,
  type CadreCode,
  type InvoiceId,
  type InvoiceInput,
  type PublicRecipient,
  type World,
} from '../model';
import { checkAttachments } from './attachments';
import { checkDate, dateOf } from './dates';
import { checkSiret, compact } from './identifiers';
import { checkDeclaredTotals, checkLine, VAT_TYPE_LABELS } from './money';

export type CheckDepth = 'save' | 'submit';

/** Field lengths the simulator accepts (sanity limits; the portal's own limits are not all documented). */
export const INVOICE_LIMITS = { number: 50, codeService: 100, engagement: 50, comment: 2000 } as const;

/** Copies the form with identifiers compacted and free text trimmed, as the world stores it. */
export function normaliseInvoiceInput(data: InvoiceInput): InvoiceInput {
  return {
    ...data,
    supplierSiret: compact(data.supplierSiret),
    cadre: data.cadre.trim().toUpperCase(),
    number: data.number.trim(),
    date: data.date.trim(),
    recipientSiret: compact(data.recipientSiret),
    codeService: data.codeService.trim().toUpperCase(),
    engagement: data.engagement.trim(),
    valideurSiret: compact(data.valideurSiret),
    bankAccountId: data.bankAccountId.trim(),
    lines: data.lines.map((line) => ({ ...line, designation: line.designation.trim() })),
    declaredTotals: data.declaredTotals ? { ...data.declaredTotals } : null,
    attachments: data.attachments.map((file) => ({ name: file.name.trim(), size: file.size })),
    comment: data.comment.trim(),
  };
}

function isCadre(code: string): code is CadreCode {
  return Object.hasOwn(CADRES, code);
}

/** The recipient's requirements on code service and engagement (facts §1.9). */
export function checkRecipientRequirements(recipient: PublicRecipient, codeService: string, engagement: string): Issue[] {
  const issues: Issue[] = [];
  if (codeService !== '' && !recipient.services.some((service) => service.active && service.code === codeService)) {
    issues.push(issue('recipient.codeServiceUnknown', 'codeService', { code: codeService, recipient: recipient.name }));
  }
  const hasCode = codeService !== '';
  const hasEngagement = engagement !== '';
  const name = recipient.name;
  switch (recipient.requirement) {
    case 'codeService':
      if (!hasCode) issues.push(issue('recipient.codeServiceRequired', 'codeService', { recipient: name }));
      break;
    case 'engagement':
      if (!hasEngagement) issues.push(issue('recipient.engagementRequired', 'engagement', { recipient: name }));
      break;
    case 'codeServiceEtEngagement':
      if (!hasCode) issues.push(issue('recipient.codeServiceRequired', 'codeService', { recipient: name }));
      if (!hasEngagement) issues.push(issue('recipient.engagementRequired', 'engagement', { recipient: name }));
      break;
    case 'codeServiceOuEngagement':
      if (!hasCode && !hasEngagement) issues.push(issue('recipient.codeServiceOrEngagementRequired', 'codeService', { recipient: name }));
      break;
    case 'aucun':
      break;
  }
  return issues;
}

/** The recipient of a SIRET, checked: well formed, referenced in the annuaire, active. */
export function checkRecipient(world: World, siret: string, path: string): { recipient: PublicRecipient | null; issues: Issue[] } {
  const shape = checkSiret(siret, path);
  if (shape.length > 0) return { recipient: null, issues: shape };
  const recipient = world.recipients[siret];
  if (!recipient) return { recipient: null, issues: [issue('recipient.unknown', path, { siret })] };
  if (!recipient.active) return { recipient, issues: [issue('recipient.inactive', path, { recipient: recipient.name })] };
  return { recipient, issues: [] };
}

function tooLong(value: string, max: number, path: string): Issue[] {
  return value.length > max ? [issue('field.tooLong', path, { max })] : [];
}

/**
 * Checks a normalised invoice form. `self` is the invoice being edited (its own number is not a duplicate).
 * Access rights (member, espace) are checked by the transition, not here.
 */
export function checkInvoice(world: World, data: InvoiceInput, depth: CheckDepth, self: InvoiceId | null): Issue[] {
  const issues: Issue[] = [];
  const submit = depth === 'submit';

  if (data.cadre === '') issues.push(issue('field.required', 'cadre'));
  else if (!isCadre(data.cadre)) issues.push(issue('invoice.cadreUnknown', 'cadre', { cadre: data.cadre }));
  else if (!EMISES_CADRES.includes(data.cadre)) {
    const espace = CADRES[data.cadre].espace;
    const label = espace === 'remboursementTic' ? 'Demandes de remboursement de la TIC' : ESPACE_LABELS[espace];
    issues.push(issue('invoice.cadreOtherEspace', 'cadre', { cadre: data.cadre, espace: label }));
  }
  if (!Object.hasOwn(INVOICE_KIND_LABELS, data.kind)) issues.push(issue('field.required', 'kind'));
  if (!Object.hasOwn(VAT_TYPE_LABELS, data.vatType)) issues.push(issue('field.required', 'vatType'));
  if (!Object.hasOwn(PAYMENT_MODE_LABELS, data.paymentMode)) issues.push(issue('field.required', 'paymentMode'));

  if (data.number === '') {
    if (submit) issues.push(issue('field.required', 'number'));
  } else if (data.number.length > INVOICE_LIMITS.number) {
    issues.push(...tooLong(data.number, INVOICE_LIMITS.number, 'number'));
  } else {
    const taken = Object.values(world.invoices).some(
      (other) => other.id !== self && other.data.supplierSiret === data.supplierSiret && other.data.number === data.number,
    );
    if (taken) issues.push(issue('invoice.numberTaken', 'number', { number: data.number }));
  }

  if (data.date !== '' || submit) {
    const dateIssues = checkDate(data.date, 'date');
    issues.push(...dateIssues);
    if (dateIssues.length === 0 && data.date > dateOf(world.now)) issues.push(issue('invoice.dateInFuture', 'date'));
  }

  let recipient: PublicRecipient | null = null;
  if (data.recipientSiret !== '' || submit) {
    const checked = checkRecipient(world, data.recipientSiret, 'recipientSiret');
    issues.push(...checked.issues);
    recipient = checked.issues.length === 0 ? checked.recipient : null;
  }
  issues.push(...tooLong(data.codeService, INVOICE_LIMITS.codeService, 'codeService'));
  issues.push(...tooLong(data.engagement, INVOICE_LIMITS.engagement, 'engagement'));
  if (submit && recipient) issues.push(...checkRecipientRequirements(recipient, data.codeService, data.engagement));

  const needsValideur = isCadre(data.cadre) && CADRES_WITH_VALIDEUR.includes(data.cadre);
  if (data.valideurSiret !== '') {
    const shape = checkSiret(data.valideurSiret, 'valideurSiret');
    issues.push(...shape);
    if (shape.length === 0 && submit && needsValideur) {
      if (data.valideurSiret === data.supplierSiret) issues.push(issue('invoice.valideurIsSupplier', 'valideurSiret'));
      else if (!world.companies[data.valideurSiret]) issues.push(issue('invoice.valideurUnknown', 'valideurSiret'));
    }
  } else if (submit && needsValideur) {
    issues.push(issue('invoice.valideurRequired', 'valideurSiret', { cadre: data.cadre }));
  }

  const supplier = world.structures[data.supplierSiret];
  if (data.bankAccountId !== '') {
    if (!supplier?.bankAccounts.some((account) => account.id === data.bankAccountId && account.active)) {
      issues.push(issue('bank.unknown', 'bankAccountId'));
    }
  } else if (submit && data.paymentMode === 'VIREMENT') {
    issues.push(issue('invoice.bankAccountRequired', 'bankAccountId'));
  }

  const lineIssues = data.lines.flatMap((line, index) => checkLine(line, data.vatType, at('lines', index)));
  issues.push(...lineIssues);
  if (submit && data.lines.length === 0) issues.push(issue('invoice.noLines', 'lines'));
  if (data.declaredTotals && lineIssues.length === 0) issues.push(...checkDeclaredTotals(data.lines, data.declaredTotals, 'totals'));

  issues.push(...checkAttachments(data.attachments, 'attachments'));
  issues.push(...tooLong(data.comment, INVOICE_LIMITS.comment, 'comment'));
  return issues;
}

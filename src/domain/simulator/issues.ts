/**
 * Rule violations as values.
 *
 * Every check of the simulator returns `Issue[]` instead of a boolean or an exception: the screens tie each
 * issue to its field through `path` and show `message(issue)` (messages.ts). Exceptions are kept for
 * programmer errors only, so nothing a learner types can make the simulator throw.
 */
import type { Result } from '../result';

/** Every rule the simulator can report. Adding a code here forces a message for it (see messages.ts). */
export type IssueCode =
  // generic form checks
  | 'field.required'
  | 'field.tooLong'
  // identifiers (rules/identifiers.ts)
  | 'siren.notDigits'
  | 'siren.length'
  | 'siren.checksum'
  | 'siret.notDigits'
  | 'siret.length'
  | 'siret.checksum'
  | 'vat.format'
  | 'vat.sirenChecksum'
  | 'vat.key'
  | 'iban.format'
  | 'iban.length'
  | 'iban.checksum'
  | 'email.invalid'
  | 'date.invalid'
  // money (rules/money.ts)
  | 'money.notCents'
  | 'money.negative'
  | 'money.quantity'
  | 'money.vatRate'
  | 'money.vatRateMustBeZero'
  | 'money.htMismatch'
  | 'money.tvaMismatch'
  | 'money.ttcMismatch'
  // accounts and sessions
  | 'password.tooShort'
  | 'password.lowercase'
  | 'password.uppercase'
  | 'password.digit'
  | 'password.special'
  | 'password.mismatch'
  | 'account.termsNotAccepted'
  | 'account.loginEmailTaken'
  | 'account.unknownEmail'
  | 'account.alreadyActive'
  | 'account.activationUnknown'
  | 'account.activationExpired'
  | 'account.notActivated'
  | 'auth.badCredentials'
  | 'auth.locked'
  | 'auth.codeInvalid'
  | 'auth.noCodePending'
  | 'session.required'
  | 'session.alreadyOpen'
  | 'session.popupMandatory'
  // structures, rattachements, services, bank details, espaces
  | 'structure.notInDirectory'
  | 'structure.inactive'
  | 'structure.publicRecipient'
  | 'structure.alreadyExists'
  | 'structure.unknown'
  | 'structure.notMember'
  | 'structure.notManager'
  | 'rattachement.queryTooShort'
  | 'rattachement.noResult'
  | 'rattachement.alreadyMember'
  | 'rattachement.alreadyPending'
  | 'rattachement.unknown'
  | 'rattachement.notPending'
  | 'service.codeFormat'
  | 'service.codeTaken'
  | 'service.unknown'
  | 'bank.duplicate'
  | 'bank.unknown'
  | 'espace.unknown'
  | 'espace.notOpen'
  | 'espace.alreadyOpen'
  | 'espace.alreadySubscribed'
  | 'espace.notSubscribed'
  | 'espace.readOnly'
  | 'espace.reconnectRequired'
  // invoices
  | 'invoice.unknown'
  | 'invoice.cadreUnknown'
  | 'invoice.cadreOtherEspace'
  | 'invoice.numberTaken'
  | 'invoice.dateInFuture'
  | 'invoice.valideurRequired'
  | 'invoice.valideurIsSupplier'
  | 'invoice.valideurUnknown'
  | 'invoice.noLines'
  | 'invoice.bankAccountRequired'
  | 'invoice.wrongStatus'
  | 'invoice.confirmationNotRequested'
  | 'invoice.recycleUnchanged'
  | 'invoice.completionEmpty'
  | 'invoice.notAcknowledged'
  | 'invoice.alreadyAcknowledged'
  | 'invoice.alreadyHandled'
  | 'invoice.nothingToAcknowledge'
  | 'attachment.nameTooLong'
  | 'attachment.extensionMissing'
  | 'attachment.extensionNotAllowed'
  | 'attachment.tooLarge'
  | 'attachment.totalTooLarge'
  | 'attachment.size'
  | 'recipient.unknown'
  | 'recipient.inactive'
  | 'recipient.codeServiceRequired'
  | 'recipient.engagementRequired'
  | 'recipient.codeServiceOrEngagementRequired'
  | 'recipient.codeServiceUnknown'
  // public side and clock
  | 'public.reasonRequired'
  | 'public.statusNotForward'
  | 'clock.minutes'
  // search
  | 'search.periodInverted'
  | 'search.statusUnknown'
  // « Factures à valider » (A9 / A12)
  | 'validation.notSubject'
  | 'validation.ownInvoice'
  | 'validation.notValideur'
  | 'validation.alreadyDecided'
  | 'validation.roleNotConfirmed'
  | 'validation.reasonRequired'
  | 'validation.pending'
  // help (« Nous contacter »)
  | 'help.agentClosed'
  | 'help.categoryUnknown'
  | 'help.subCategoryUnknown'
  | 'help.captchaWrong'
  | 'help.ticketUnknown'
  | 'help.ticketClosed'
  // « Factures de travaux » (rules/works.ts, transitions/works*.ts)
  | 'works.pieceUnknown'
  | 'works.notActor'
  | 'works.cadreOtherEspace'
  | 'works.cadreWrongRole'
  | 'works.cadreNotInitial'
  | 'works.cadreNeedsMoe'
  | 'works.cadreSansMoe'
  | 'works.nextNotAllowed'
  | 'works.noDirectPayment'
  | 'works.notAvailable'
  | 'works.alreadyFollowed'
  | 'works.validationPending'
  | 'works.notSubjectToValidation'
  | 'works.notTitulaire'
  | 'works.alreadyValidated'
  | 'works.numberTaken'
  | 'works.fileRequired'
  | 'works.fileNotPdf'
  | 'works.vatRate'
  | 'works.amountZero'
  | 'works.amountTooLarge'
  | 'works.commentRequired'
  | 'works.engagementRequired'
  | 'works.engagementUnknown'
  | 'works.moaRequired'
  | 'works.moaNotDesignated'
  | 'works.moaCodeServiceRequired'
  | 'works.moaCodeServiceUnknown'
  | 'works.moeRequired'
  | 'works.moeNotDesignated'
  | 'works.moeNotOnMarche'
  | 'works.autoliquidation'
  | 'works.notPayable'
  | 'works.alreadyPaid';

/** Values a message may interpolate; plain data so that issues stay serialisable. */
export type IssueParams = Readonly<Record<string, string | number>>;

/** One rule violation: what (`code`), where (`path`, dotted field path such as `lines.0.quantity`), with what. */
export interface Issue {
  readonly code: IssueCode;
  readonly path: string;
  readonly params: IssueParams;
}

/** Builds an issue; `params` defaults to none. */
export function issue(code: IssueCode, path: string, params: IssueParams = {}): Issue {
  return { code, path, params };
}

/**
 * A value, or the issues that prevented it: the domain's one shape for « value or issues » (../result.ts) with
 * the simulator's issues, tested with `ok` (never with `Array.isArray`).
 */
export type Checked<T> = Result<T, Issue>;

/** The value of a check that passed. */
export function passed<T>(value: T): Checked<T> {
  return { ok: true, value };
}

/** A check that failed, with its issues. */
export function failed<T = never>(issues: Issue[]): Checked<T> {
  return { ok: false, issues };
}

/** Joins path segments, skipping empty ones: `at('data', 'lines', 0)` → `data.lines.0`. */
export function at(...parts: readonly (string | number)[]): string {
  return parts.filter((part) => part !== '').join('.');
}

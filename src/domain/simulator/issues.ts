/**
 * Rule violations as values.
 *
 * Every check of the simulator returns `Issue[]` instead of a boolean or an exception: the screens tie each
 * issue to its field through `path` and show `message(issue)` (messages.ts). Exceptions are kept for
 * programmer errors only, so nothing a learner types can make the simulator throw.
 */
import type { Result } from '../result';

/** A code without parameters. */
type NoParams = Readonly<Record<never, never>>;

/**
 * Every rule the simulator can report, with the parameters its message reads (messages-*.ts): a misspelt or
 * missing key does not compile, where it printed an empty string. Adding a code here forces a message for it
 * (see messages-all.ts).
 */
export interface IssueParamMap {
  // generic form checks
  'field.required': NoParams;
  'field.tooLong': { max: number };
  // identifiers (rules/identifiers.ts)
  'siren.notDigits': NoParams;
  'siren.length': { actual: number };
  'siren.checksum': NoParams;
  'siret.notDigits': NoParams;
  'siret.length': { actual: number };
  'siret.checksum': NoParams;
  'vat.format': NoParams;
  'vat.sirenChecksum': NoParams;
  'vat.key': NoParams;
  'iban.format': NoParams;
  'iban.length': { actual: number; length: number };
  'iban.checksum': NoParams;
  'email.invalid': NoParams;
  'date.invalid': NoParams;
  // money (rules/money.ts)
  'money.notCents': NoParams;
  'money.negative': NoParams;
  'money.quantity': NoParams;
  'money.vatRate': NoParams;
  'money.vatRateMustBeZero': NoParams;
  'money.htMismatch': { expected: number };
  'money.tvaMismatch': { expected: number };
  'money.ttcMismatch': { expected: number };
  // accounts and sessions
  'password.tooShort': { min: number };
  'password.lowercase': NoParams;
  'password.uppercase': NoParams;
  'password.digit': NoParams;
  'password.special': NoParams;
  'password.mismatch': NoParams;
  'account.termsNotAccepted': NoParams;
  'account.loginEmailTaken': NoParams;
  'account.unknownEmail': NoParams;
  'account.alreadyActive': NoParams;
  'account.activationUnknown': NoParams;
  'account.activationExpired': NoParams;
  'account.notActivated': NoParams;
  'auth.badCredentials': { remaining?: number };
  'auth.locked': { until: number };
  'auth.codeInvalid': NoParams;
  'auth.noCodePending': NoParams;
  'session.required': NoParams;
  'session.alreadyOpen': NoParams;
  'session.popupMandatory': NoParams;
  // structures, rattachements, services, bank details, espaces
  'structure.notInDirectory': { siret: string };
  'structure.inactive': { siret: string };
  'structure.publicRecipient': { siret: string };
  'structure.alreadyExists': { siret: string };
  'structure.unknown': { siret: string };
  'structure.notMember': { siret: string };
  'structure.notManager': { siret: string };
  'rattachement.queryTooShort': { min: number };
  'rattachement.noResult': NoParams;
  'rattachement.alreadyMember': { siret: string };
  'rattachement.alreadyPending': { siret: string };
  'rattachement.unknown': NoParams;
  'rattachement.notPending': NoParams;
  'service.codeFormat': NoParams;
  'service.codeTaken': { code: string };
  'service.unknown': NoParams;
  'bank.duplicate': NoParams;
  'bank.unknown': NoParams;
  'espace.unknown': NoParams;
  'espace.notOpen': { espace: string };
  'espace.alreadyOpen': { espace: string };
  'espace.alreadySubscribed': { espace: string };
  'espace.notSubscribed': { espace: string };
  'espace.readOnly': { espace: string };
  'espace.reconnectRequired': { espace: string };
  // invoices
  'invoice.unknown': { invoiceId: string };
  'invoice.cadreUnknown': { cadre: string };
  'invoice.cadreOtherEspace': { cadre: string; espace: string };
  'invoice.numberTaken': { number: string };
  'invoice.dateInFuture': NoParams;
  'invoice.valideurRequired': { cadre: string };
  'invoice.valideurIsSupplier': NoParams;
  'invoice.valideurUnknown': NoParams;
  'invoice.noLines': NoParams;
  'invoice.bankAccountRequired': NoParams;
  'invoice.wrongStatus': { action: string; status: string };
  'invoice.confirmationNotRequested': NoParams;
  'invoice.recycleUnchanged': NoParams;
  'invoice.completionEmpty': NoParams;
  'invoice.notAcknowledged': { number: string };
  'invoice.alreadyAcknowledged': { number: string };
  'invoice.alreadyHandled': { number: string };
  'invoice.nothingToAcknowledge': NoParams;
  'attachment.nameTooLong': { actual: number; max: number };
  'attachment.extensionMissing': NoParams;
  'attachment.extensionNotAllowed': { extension: string };
  'attachment.tooLarge': { max: number };
  'attachment.totalTooLarge': { max: number };
  'attachment.size': NoParams;
  'recipient.unknown': { siret: string };
  'recipient.inactive': { recipient: string };
  'recipient.codeServiceRequired': { recipient: string };
  'recipient.engagementRequired': { recipient: string };
  'recipient.codeServiceOrEngagementRequired': { recipient: string };
  'recipient.codeServiceUnknown': { code: string; recipient: string };
  // public side and clock
  'public.reasonRequired': { status: string };
  'public.statusNotForward': { status: string };
  'clock.minutes': { max: number };
  // search
  'search.periodInverted': NoParams;
  'search.statusUnknown': NoParams;
  // « Factures à valider » (A9 / A12)
  'validation.notSubject': { cadre: string; number: string };
  'validation.ownInvoice': { number: string; role: string; valideur: string };
  'validation.notValideur': { number: string; role: string; valideur: string };
  'validation.alreadyDecided': { action: string; number: string; status: string };
  'validation.roleNotConfirmed': { role: string };
  'validation.reasonRequired': NoParams;
  'validation.pending': { action: string; number: string };
  // help (« Nous contacter »)
  'help.agentClosed': NoParams;
  'help.categoryUnknown': NoParams;
  'help.subCategoryUnknown': NoParams;
  'help.captchaWrong': NoParams;
  'help.ticketUnknown': { number: string };
  'help.ticketClosed': { number: string };
  // « Factures de travaux » (rules/works.ts, transitions/works*.ts)
  'works.pieceUnknown': NoParams;
  'works.notActor': { numero: string };
  'works.cadreOtherEspace': { cadre: string; espace: string };
  'works.cadreWrongRole': { cadre: string; cadres: string; role: string };
  'works.cadreNotInitial': { cadre: string };
  'works.cadreNeedsMoe': { cadre: string; numero: string };
  'works.cadreSansMoe': { cadre: string; cadres: string; numero: string };
  'works.nextNotAllowed': { cadre: string; cadres: string; parent: string };
  'works.noDirectPayment': NoParams;
  'works.notAvailable': { number: string; status: string };
  'works.alreadyFollowed': { number: string; status: string };
  'works.validationPending': { number: string };
  'works.notSubjectToValidation': { cadre: string; number: string };
  'works.notTitulaire': { titulaire: string };
  'works.alreadyValidated': { number: string };
  'works.numberTaken': { number: string };
  'works.fileRequired': NoParams;
  'works.fileNotPdf': { extension: string };
  'works.vatRate': NoParams;
  'works.amountZero': NoParams;
  'works.amountTooLarge': { max: number };
  'works.commentRequired': { amount: number; requested: number };
  'works.engagementRequired': NoParams;
  'works.engagementUnknown': { engagement: string };
  'works.moaRequired': NoParams;
  'works.moaNotDesignated': { engagement: string; siret: string };
  'works.moaCodeServiceRequired': NoParams;
  'works.moaCodeServiceUnknown': { code: string };
  'works.moeRequired': { numero: string };
  'works.moeNotDesignated': { numero: string; siret: string };
  'works.moeNotOnMarche': { numero: string };
  'works.autoliquidation': { cadre: string };
  'works.notPayable': { cadre: string; number: string };
  'works.alreadyPaid': { number: string };
}

export type IssueCode = keyof IssueParamMap;

/** Values a message may interpolate; plain data so that issues stay serialisable. */
/** The parameters of an issue of code `C`. */
export type IssueParams<C extends IssueCode = IssueCode> = Readonly<IssueParamMap[C]>;

/** One rule violation of code `C`: what (`code`), where (`path`, dotted field path such as `lines.0.quantity`), with what. */
export type IssueOf<C extends IssueCode> = { readonly code: C; readonly path: string; readonly params: IssueParams<C> };

/** Any rule violation: the union of every code with its own parameters, so that reading a param narrows by code. */
export type Issue = { [C in IssueCode]: IssueOf<C> }[IssueCode];

/** The params argument of `issue`: optional for a code without parameters. */
type ParamsArg<C extends IssueCode> = NoParams extends IssueParamMap[C] ? [params?: IssueParams<C>] : [params: IssueParams<C>];

/** Builds an issue; a code's parameters are checked against its message's (IssueParamMap). */
export function issue<C extends IssueCode>(code: C, path: string, ...[params]: ParamsArg<C>): Issue {
  return { code, path, params: params ?? {} } as IssueOf<C> as Issue;
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

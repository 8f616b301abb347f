/**
 * Everything that can happen to the simulated portal, as serialisable data.
 *
 * Learner actions (the screens' buttons), public-side moves (scripted by a scenario) and the passing of time
 * are all events, so a run is just a list of events: it can be saved compactly, replayed, synced to a
 * trainer's screen and asserted on in tests. Learner actions act as the session's user.
 */
import type { AttachmentInput } from './rules/attachments';
import type { EspaceId, InvoiceId, InvoiceInput, RequestId, SubscriptionMode } from './model';
import type { WorksAmount, WorksPieceId } from './model-works';

/** « Faire avancer le temps »: moves the clock; deposited invoices are routed as time passes. */
export interface ClockAdvance { type: 'clock.advance'; minutes: number }

/** « Créer mon compte ». */
export interface AccountCreate {
  type: 'account.create';
  loginEmail: string;
  /** '' means « same as the login address » (the portal's default). */
  contactEmail: string;
  firstName: string;
  lastName: string;
  password: string;
  passwordConfirmation: string;
  acceptTerms: boolean;
}
/** The learner follows the activation link of an e-mail. */
export interface AccountActivate { type: 'account.activate'; token: string }
/** A new activation link is asked for (ClaudIA or the gestionnaire, facts §1.1). */
export interface AccountResendActivation { type: 'account.resendActivation'; loginEmail: string }

/** « Se connecter » with login address and password. */
export interface SessionLogin { type: 'session.login'; loginEmail: string; password: string }
/** The two-factor code received by e-mail is typed. */
export interface SessionVerifyCode { type: 'session.verifyCode'; code: string }
/** « Renvoyer le code ». */
export interface SessionResendCode { type: 'session.resendCode' }
export interface SessionLogout { type: 'session.logout' }
/** Closes the pop-up of rejected / suspended invoices without acknowledging them (allowed for 7 days). */
export interface SessionDismissPopup { type: 'session.dismissPopup' }

/** Creates the structure of one's own company from its SIRET; the creator becomes gestionnaire principal. */
export interface StructureCreate { type: 'structure.create'; siret: string }
/** Asks to join an existing structure. */
export interface RattachementRequestEvent { type: 'rattachement.request'; siret: string }
/** The structure's gestionnaire principal accepts a request. */
export interface RattachementValidate { type: 'rattachement.validate'; requestId: RequestId }
/** The structure's gestionnaire principal refuses a request. */
export interface RattachementRefuse { type: 'rattachement.refuse'; requestId: RequestId; reason: string }

/** The gestionnaire creates a service on the structure. */
export interface ServiceCreate { type: 'service.create'; siret: string; code: string; label: string }
/** The gestionnaire activates or deactivates a service. */
export interface ServiceSetActive { type: 'service.setActive'; siret: string; code: string; active: boolean }
/** The gestionnaire adds coordonnées bancaires. */
export interface BankAdd { type: 'bank.add'; siret: string; label: string; holder: string; iban: string; bic: string }

/** The gestionnaire opens an espace on the structure (« Ajouter des espaces »). */
export interface EspaceOpen { type: 'espace.open'; siret: string; espace: EspaceId }
/** A member subscribes to an opened espace (« Ajouter un abonnement »). */
export interface EspaceSubscribe { type: 'espace.subscribe'; siret: string; espace: EspaceId; mode: SubscriptionMode }

/** « Enregistrer »: creates (invoiceId null) or updates a brouillon. */
export interface InvoiceSave { type: 'invoice.save'; invoiceId: InvoiceId | null; data: InvoiceInput }
/** Deletes a brouillon. */
export interface InvoiceDelete { type: 'invoice.delete'; invoiceId: InvoiceId }
/** « Valider et envoyer »: checks everything and opens « Confirmation d'envoi ». */
export interface InvoiceSubmit { type: 'invoice.submit'; invoiceId: InvoiceId }
/** Closes « Confirmation d'envoi » without sending. */
export interface InvoiceCancelSubmit { type: 'invoice.cancelSubmit'; invoiceId: InvoiceId }
/** « Confirmer et envoyer »: the invoice is Déposée. */
export interface InvoiceConfirm { type: 'invoice.confirm'; invoiceId: InvoiceId }
/** Corrects the recipient data of an invoice « À recycler » and sends it again with the same number. */
export interface InvoiceRecycle {
  type: 'invoice.recycle';
  invoiceId: InvoiceId;
  recipientSiret: string;
  codeService: string;
  engagement: string;
}
/** « Compléter » a suspended invoice with attachments and/or a comment. */
export interface InvoiceComplete { type: 'invoice.complete'; invoiceId: InvoiceId; attachments: AttachmentInput[]; comment: string }
/** « Acquitter » returned invoices (from the pop-up or the list). */
export interface InvoiceAcknowledge { type: 'invoice.acknowledge'; invoiceIds: InvoiceId[] }
/** « Traiter le rejet »: the rejected invoice leaves the Synthèse; the supplier then issues a new invoice, with a new number. */
export interface InvoiceHandleRejection { type: 'invoice.handleRejection'; invoiceId: InvoiceId }

/**
 * « Rechercher » in the Recherche tab: the criteria typed (empty ones left out). The portal keeps the last
 * search of the session, which is what an exercise on searching checks.
 */
export interface InvoiceSearchEvent {
  type: 'invoice.search';
  criteria: {
    number?: string;
    status?: string;
    recipientSiret?: string;
    depositFrom?: string;
    depositTo?: string;
    supplierDateFrom?: string;
    supplierDateTo?: string;
  };
}

/** A question typed in the ClaudIA window. */
export interface HelpAsk { type: 'help.ask'; question: string }
/** « Echanger en ligne avec un agent »: answered on working days, 8:30–18:30 only. */
export interface HelpAgent { type: 'help.agent' }
/** « Soumettre » on the sollicitation form « Envoyer une demande d'aide au support ». */
export interface HelpTicketSubmit {
  type: 'help.ticketSubmit';
  category: string;
  subCategory: string;
  email: string;
  title: string;
  description: string;
  captcha: string;
}
/** « Clôturer » on one of the learner's tickets in « Sollicitations émises » (by its number, as shown). */
export interface HelpTicketClose { type: 'help.ticketClose'; number: string }

/** Statuses the recipient (or its accountant) may set forward from Mise à disposition. */
export type ForwardStatus = 'SERVICE_FAIT' | 'MANDATEE' | 'MISE_A_DISPOSITION_COMPTABLE' | 'COMPTABILISEE' | 'MISE_EN_PAIEMENT';
/** The public side moves an invoice forward (steps may be skipped, never taken back). */
export interface PublicAdvance { type: 'public.advance'; invoiceId: InvoiceId; status: ForwardStatus }
/** The public side returns the invoice for wrong recipient data. */
export interface PublicRecycle { type: 'public.recycle'; invoiceId: InvoiceId; reason: string }
/** The public side suspends the invoice for missing documents (motif mandatory). */
export interface PublicSuspend { type: 'public.suspend'; invoiceId: InvoiceId; reason: string }
/** The public side rejects the invoice (motif mandatory). */
export interface PublicReject { type: 'public.reject'; invoiceId: InvoiceId; reason: string }

/**
 * « Factures à valider », third step: the valideur ticks that it is the titulaire (A9) or the mandataire (A12),
 * may write a « Complément d'information », and clicks « Enregistrer ». The invoice then goes to the recipient.
 */
export interface ValidationValidate { type: 'validation.validate'; invoiceId: InvoiceId; confirmed: boolean; complement: string }
/** « Factures à valider »: the valideur refuses the invoice, with a motif. */
export interface ValidationRefuse { type: 'validation.refuse'; invoiceId: InvoiceId; reason: string }

// ——— « Factures de travaux » (model-works.ts, rules/works.ts) ———

/** The fields typed for a piece, on both deposit forms. */
export interface WorksPieceInput {
  /** The depositing structure, one where the session's user works in « Factures de travaux ». */
  siret: string;
  /** Kept as a string because the learner may pick a cadre of another espace. */
  cadre: string;
  number: string;
  amount: WorksAmount;
  /** The uploaded document (« Choix du fichier à importer »), null when none was chosen. */
  file: AttachmentInput | null;
  comment: string;
}
/**
 * « Déposer » a piece without reference to another (dépôt initial): opens a new dossier de facturation. The
 * depositor names the other actors as the fiche identité du marché gives them (facts §4.6; seeds 000, 001
 * « identifier les champs à remplir (maître d'ouvrage, maître d'œuvre) »): the maître d'ouvrage's SIRET and
 * code service, the maître d'œuvre's SIRET ('' when the marché has none), and the numéro d'engagement
 * juridique. There is no « marché » to pick: the simulator finds the marché from the engagement and checks
 * the actors against it.
 */
export interface WorksDeposit extends WorksPieceInput {
  type: 'works.deposit';
  /** Numéro d'engagement juridique of the marché (as on the fiche identité). */
  engagement: string;
  /** SIRET of the maître d'ouvrage; the portal checks it is the designated MOA (facts §4.6). */
  moaSiret: string;
  /** Code service of the maître d'ouvrage ('' when it has none). */
  moaCodeService: string;
  /** SIRET of the maître d'œuvre, '' when the marché has none. */
  moeSiret: string;
}
/**
 * « Déposer la pièce de facturation suivante » from a piece mis à disposition: the new piece joins the same
 * dossier. A HT amount different from the piece followed requires a comment saying why (the MOE's revision).
 */
export interface WorksDepositNext extends WorksPieceInput {
  type: 'works.depositNext';
  pieceId: WorksPieceId;
}
/** The titulaire validates its sous-traitant's A10; it is then mis à disposition of the MOE (of the MOA sans MOE). */
export interface WorksValidate { type: 'works.validate'; pieceId: WorksPieceId; comment: string }
/**
 * Scripted public side: the MOA deposits its piece (A19 from an A15 / A16 / A4 sans MOE, A20 from an A17 / A7
 * sans MOE, A25). `amount` null keeps the amount of the piece followed; a different one requires a comment.
 */
export interface PublicWorksMoa {
  type: 'public.worksMoa';
  pieceId: WorksPieceId;
  cadre: string;
  number: string;
  amount: WorksAmount | null;
  comment: string;
}
/** Scripted public side: the service financier puts a piece it received (A19, A6, A8…) « Mise en paiement ». */
export interface PublicWorksPay { type: 'public.worksPay'; pieceId: WorksPieceId }
/**
 * « Consulter » a piece from its dossier de facturation: the portal keeps the consultation in the user's
 * history, so that a scenario can check the learner found the right piece.
 */
export interface WorksConsult { type: 'works.consult'; pieceId: WorksPieceId }

export type Event =
  | ClockAdvance
  | AccountCreate
  | AccountActivate
  | AccountResendActivation
  | SessionLogin
  | SessionVerifyCode
  | SessionResendCode
  | SessionLogout
  | SessionDismissPopup
  | StructureCreate
  | RattachementRequestEvent
  | RattachementValidate
  | RattachementRefuse
  | ServiceCreate
  | ServiceSetActive
  | BankAdd
  | EspaceOpen
  | EspaceSubscribe
  | InvoiceSave
  | InvoiceDelete
  | InvoiceSubmit
  | InvoiceCancelSubmit
  | InvoiceConfirm
  | InvoiceRecycle
  | InvoiceComplete
  | InvoiceAcknowledge
  | InvoiceHandleRejection
  | InvoiceSearchEvent
  | PublicAdvance
  | PublicRecycle
  | PublicSuspend
  | PublicReject
  | ValidationValidate
  | ValidationRefuse
  | HelpAsk
  | HelpAgent
  | HelpTicketSubmit
  | HelpTicketClose
  | WorksDeposit
  | WorksDepositNext
  | WorksValidate
  | PublicWorksMoa
  | PublicWorksPay
  | WorksConsult;

export type EventType = Event['type'];

/** Every event type, for exhaustive tests and schema enums. */
export const EVENT_TYPES = [
  'clock.advance',
  'account.create',
  'account.activate',
  'account.resendActivation',
  'session.login',
  'session.verifyCode',
  'session.resendCode',
  'session.logout',
  'session.dismissPopup',
  'structure.create',
  'rattachement.request',
  'rattachement.validate',
  'rattachement.refuse',
  'service.create',
  'service.setActive',
  'bank.add',
  'espace.open',
  'espace.subscribe',
  'invoice.save',
  'invoice.delete',
  'invoice.submit',
  'invoice.cancelSubmit',
  'invoice.confirm',
  'invoice.recycle',
  'invoice.complete',
  'invoice.acknowledge',
  'invoice.handleRejection',
  'public.advance',
  'public.recycle',
  'public.suspend',
  'public.reject',
  // Appended, never inserted: saved runs refer to event types by their index here.
  'invoice.search',
  'validation.validate',
  'validation.refuse',
  'help.ask',
  'help.agent',
  'help.ticketSubmit',
  'help.ticketClose',
  'works.deposit',
  'works.depositNext',
  'works.validate',
  'public.worksMoa',
  'public.worksPay',
  'works.consult',
] as const satisfies readonly EventType[];

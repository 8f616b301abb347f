/**
 * The simulated Chorus Pro portal as one plain, serialisable value: the World.
 *
 * Everything the mock screens show is read from a World, and a World only changes through
 * `transition(world, event)`. It is plain data (no classes, no Dates, no Maps) so that it can be cloned,
 * compared in tests, and rebuilt by replaying events. Never mutate a World you did not just clone:
 * `transition` returns a new one.
 */
import type { AttachmentInput } from './rules/attachments';
import type { Minutes } from './rules/dates';
import type { LineInput, Totals, VatType } from './rules/money';
import type { WorksState } from './model-works';

export type { Minutes } from './rules/dates';

/** Identifiers handed out by the world: `u1`, `r2`, `f3`, `b4`, `m5`, works dossiers `d6` and pieces `p7` (one counter, see `World.seq`). */
export type UserId = string;
export type InvoiceId = string;
export type RequestId = string;
export type BankAccountId = string;

// ——— Directories standing in for SIRENE and the public-structure annuaire ———

/** A company of the fictional SIRENE directory (private companies only). */
export interface Company {
  siret: string;
  raisonSociale: string;
  address: string;
  /** Closed establishments stay in SIRENE but cannot create a structure. */
  active: boolean;
}

/**
 * What a public recipient requires on invoices (facts §1.9): nothing, the code service, the engagement
 * number, both, or at least one of the two.
 */
export type RecipientRequirement = 'aucun' | 'codeService' | 'engagement' | 'codeServiceEtEngagement' | 'codeServiceOuEngagement';

/** A service of a public recipient, identified by its code service. */
export interface RecipientService {
  code: string;
  label: string;
  active: boolean;
}

/** A public structure of the fictional annuaire, with its settings. */
export interface PublicRecipient {
  siret: string;
  name: string;
  active: boolean;
  requirement: RecipientRequirement;
  services: RecipientService[];
  /** Shown in the annuaire: whether the structure updates the « Mise en paiement » status itself. */
  updatesPaymentStatus: boolean;
}

// ——— Accounts and session ———

/** A personal user account (facts §1.1). */
export interface User {
  id: UserId;
  /** Adresse de connexion: receives the activation link, the two-factor codes and password resets. */
  loginEmail: string;
  /** Adresse de contact: receives notifications only (status changes, rattachement decisions). */
  contactEmail: string;
  firstName: string;
  lastName: string;
  /** Simulated and fictional: stored as typed, never a real secret. */
  password: string;
  activated: boolean;
  /** The last activation link sent; earlier links stop working when a new one is sent. */
  activation: { token: string; expiresAt: Minutes } | null;
  /** Consecutive wrong passwords; reset by a successful login or when a lock ends. */
  failedAttempts: number;
  /** Set after the fifth wrong password: no login before this moment. */
  lockedUntil: Minutes | null;
  createdAt: Minutes;
}

/** An espace granted to the session: the menu shows the espaces subscribed when the user logged in. */
export interface SessionEspace {
  siret: string;
  espace: EspaceId;
  mode: SubscriptionMode;
}

/** The one browser session of the simulation. */
export interface Session {
  userId: UserId;
  /** `code`: password accepted, two-factor code awaited; `open`: logged in. */
  stage: 'code' | 'open';
  /** The code sent by e-mail, while awaited. */
  code: string | null;
  /** Espaces visible in the menu, frozen at login: a new subscription shows after logging out and in. */
  espaces: SessionEspace[];
  /** The learner closed the pop-up of rejected / suspended invoices (it returns at the next login). */
  popupDismissed: boolean;
  /** The last invoice search of the session (« Recherche »): the invoices it found, in the order shown. */
  lastSearch?: { resultIds: string[] } | undefined;
}

// ——— Structures, rattachements, espaces ———

export type Role = 'gestionnairePrincipal' | 'utilisateur';

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  gestionnairePrincipal: 'Gestionnaire principal',
  utilisateur: 'Utilisateur',
};

export interface Member {
  userId: UserId;
  role: Role;
  since: Minutes;
}

/** A service of the supplier's own structure. */
export interface Service {
  code: string;
  label: string;
  active: boolean;
}

/** Coordonnées bancaires of a structure (facts §1.7). */
export interface BankAccount {
  id: BankAccountId;
  label: string;
  holder: string;
  /** Stored without spaces, in capitals. */
  iban: string;
  bic: string;
  active: boolean;
}

/** Espaces that a gestionnaire can open on a structure (facts §1.4); « Mon compte » and « Activités du gestionnaire » are always there. */
export const ESPACES = ['facturesEmises', 'facturesDeTravaux', 'facturesAValider', 'memoiresFraisJustice', 'sollicitationsEmises', 'engagements'] as const;
export type EspaceId = (typeof ESPACES)[number];

export const ESPACE_LABELS: Readonly<Record<EspaceId, string>> = {
  facturesEmises: 'Factures émises',
  facturesDeTravaux: 'Factures de travaux',
  facturesAValider: 'Factures à valider',
  memoiresFraisJustice: 'Mémoires de frais de justice',
  sollicitationsEmises: 'Sollicitations émises',
  engagements: 'Engagements',
};

export type SubscriptionMode = 'consultation' | 'modification';

/** A structure of the supplier side, created in the portal from a SIRET of the directory. */
export interface Structure {
  siret: string;
  raisonSociale: string;
  createdAt: Minutes;
  members: Member[];
  services: Service[];
  bankAccounts: BankAccount[];
  /** Espaces opened on the structure by its gestionnaire. */
  espaces: EspaceId[];
}

export type RattachementStatus = 'enAttente' | 'validee' | 'refusee';

export const RATTACHEMENT_STATUS_LABELS: Readonly<Record<RattachementStatus, string>> = {
  enAttente: 'En attente de validation',
  validee: 'Validée',
  refusee: 'Refusée',
};

/** A request to join a structure, decided by its gestionnaire principal (facts §1.5). */
export interface RattachementRequest {
  id: RequestId;
  userId: UserId;
  siret: string;
  status: RattachementStatus;
  requestedAt: Minutes;
  decidedAt: Minutes | null;
  decidedBy: UserId | null;
  reason: string;
}

/** A user's subscription to an espace of a structure. */
export interface Subscription {
  userId: UserId;
  siret: string;
  espace: EspaceId;
  mode: SubscriptionMode;
}

// ——— Invoices ———

/** Every cadre de facturation (facts §2.1), with its label and the espace where it is deposited. */
export const CADRES = {
  A1: { label: "Dépôt par un fournisseur d'une facture", espace: 'facturesEmises' },
  A2: { label: "Dépôt par un fournisseur d'une facture déjà payée", espace: 'facturesEmises' },
  A3: { label: "Dépôt par un fournisseur d'un mémoire de frais de justice", espace: 'memoiresFraisJustice' },
  A4: { label: "Dépôt par un fournisseur d'un projet de décompte mensuel", espace: 'facturesDeTravaux' },
  A5: { label: "Dépôt par un fournisseur d'un état d'acompte", espace: 'facturesDeTravaux' },
  A6: { label: "Dépôt par un fournisseur d'un état d'acompte validé", espace: 'facturesDeTravaux' },
  A7: { label: "Dépôt par un fournisseur d'un projet de décompte final", espace: 'facturesDeTravaux' },
  A8: { label: "Dépôt par un fournisseur d'un décompte général signé", espace: 'facturesDeTravaux' },
  A9: { label: "Dépôt par un sous-traitant d'une facture", espace: 'facturesEmises' },
  A10: { label: "Dépôt par un sous-traitant d'un projet de décompte mensuel", espace: 'facturesDeTravaux' },
  A12: { label: "Dépôt par un cotraitant d'une facture", espace: 'facturesEmises' },
  A13: { label: "Dépôt par un cotraitant d'un projet de décompte mensuel", espace: 'facturesDeTravaux' },
  A14: { label: "Dépôt par un cotraitant d'un projet de décompte final", espace: 'facturesDeTravaux' },
  A15: { label: "Dépôt par une MOE d'un état d'acompte", espace: 'facturesDeTravaux' },
  A16: { label: "Dépôt par une MOE d'un état d'acompte validé", espace: 'facturesDeTravaux' },
  A17: { label: "Dépôt par une MOE d'un projet de décompte général", espace: 'facturesDeTravaux' },
  A18: { label: "Dépôt par une MOE d'un décompte général", espace: 'facturesDeTravaux' },
  A19: { label: "Dépôt par une MOA d'un état d'acompte validé", espace: 'facturesDeTravaux' },
  A20: { label: "Dépôt par une MOA d'un décompte général", espace: 'facturesDeTravaux' },
  A21: { label: "Dépôt par un bénéficiaire d'une demande de remboursement de la TIC", espace: 'remboursementTic' },
  A22: { label: "Dépôt par un fournisseur (ou mandataire) d'un projet de décompte général — procédure tacite", espace: 'facturesDeTravaux' },
  A23: { label: "Dépôt par un fournisseur (ou mandataire) d'un décompte général et définitif — procédure tacite", espace: 'facturesDeTravaux' },
  A24: { label: "Dépôt par une MOE d'un décompte général et définitif — procédure tacite", espace: 'facturesDeTravaux' },
  A25: { label: "Dépôt par une MOA d'un décompte général et définitif — procédure tacite", espace: 'facturesDeTravaux' },
} as const satisfies Record<string, { label: string; espace: EspaceId | 'remboursementTic' }>;
export type CadreCode = keyof typeof CADRES;

/** Cadres usable in « Factures émises » in this simulator (A9 and A12 require a valideur). */
export const EMISES_CADRES: readonly CadreCode[] = ['A1', 'A2', 'A9', 'A12'];
/** Cadres of subcontractors and cotraitants, which name the structure that validates them (facts §2.3). */
export const CADRES_WITH_VALIDEUR: readonly CadreCode[] = ['A9', 'A12'];

export type InvoiceKind = 'FACTURE' | 'AVOIR';
export const INVOICE_KIND_LABELS: Readonly<Record<InvoiceKind, string>> = { FACTURE: 'Facture', AVOIR: 'Avoir' };

export type PaymentMode = 'VIREMENT' | 'CHEQUE' | 'PRELEVEMENT' | 'ESPECE' | 'AUTRE' | 'REPORT';
export const PAYMENT_MODE_LABELS: Readonly<Record<PaymentMode, string>> = {
  VIREMENT: 'Virement',
  CHEQUE: 'Chèque',
  PRELEVEMENT: 'Prélèvement',
  ESPECE: 'Espèce',
  AUTRE: 'Autre',
  REPORT: 'Report',
};

/** Statuses of the life cycle (facts §3), with API-like codes. */
export const INVOICE_STATUSES = [
  'BROUILLON',
  'DEPOSEE',
  'EN_COURS_ACHEMINEMENT',
  'MISE_A_DISPOSITION',
  'A_RECYCLER',
  'SUSPENDUE',
  'COMPLETEE',
  'REJETEE',
  'SERVICE_FAIT',
  'MANDATEE',
  'MISE_A_DISPOSITION_COMPTABLE',
  'COMPTABILISEE',
  'MISE_EN_PAIEMENT',
  // Appended, never inserted (facts §3.3): the first validation of subcontractor / cotraitant invoices.
  'A_VALIDER_1',
  'VALIDEE_1',
  'REFUSEE_1',
  'ABSENCE_VALIDATION_1_HORS_DELAI',
] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

/** The portal's labels, exactly (facts §3.1, §3.2). */
export const STATUS_LABELS: Readonly<Record<InvoiceStatus, string>> = {
  BROUILLON: 'Brouillon',
  DEPOSEE: 'Déposée',
  EN_COURS_ACHEMINEMENT: "En cours d'acheminement",
  MISE_A_DISPOSITION: 'Mise à disposition',
  A_RECYCLER: 'À recycler',
  SUSPENDUE: 'Suspendue',
  COMPLETEE: 'Complétée',
  REJETEE: 'Rejetée',
  SERVICE_FAIT: 'Service fait',
  MANDATEE: 'Mandatée',
  MISE_A_DISPOSITION_COMPTABLE: 'Mise à disposition du comptable',
  COMPTABILISEE: 'Comptabilisée',
  MISE_EN_PAIEMENT: 'Mise en paiement',
  A_VALIDER_1: 'À valider',
  VALIDEE_1: 'Validée',
  REFUSEE_1: 'Refusée',
  ABSENCE_VALIDATION_1_HORS_DELAI: 'Validation 1 hors délai',
};

/** The invoice form as typed (« Enregistrer » stores it as it is; « Valider et envoyer » checks it all). */
export interface InvoiceInput {
  supplierSiret: string;
  /** A cadre code such as `A1`; kept as a string because the learner may pick a cadre of another espace. */
  cadre: string;
  kind: InvoiceKind;
  /** « Numéro »: unique per supplier. */
  number: string;
  /** « Date » of « Références », the supplier's date, `YYYY-MM-DD`. */
  date: string;
  recipientSiret: string;
  codeService: string;
  engagement: string;
  /** SIRET of the titulaire / mandataire for A9 and A12, '' otherwise. */
  valideurSiret: string;
  vatType: VatType;
  paymentMode: PaymentMode;
  /** A bank account of the supplier structure, '' when none. */
  bankAccountId: string;
  lines: LineInput[];
  /** Totals typed by the supplier, checked against the lines; null when the screen computes them. */
  declaredTotals: Totals | null;
  attachments: AttachmentInput[];
  comment: string;
}

/**
 * Who moved an invoice: the supplier's user, the portal itself, the public recipient (or its accountant), or
 * the valideur of an A9 / A12 invoice (titulaire or mandataire).
 */
export type Actor = 'fournisseur' | 'systeme' | 'destinataire' | 'valideur';

/** One line of the invoice's status history. */
export interface StatusChange {
  status: InvoiceStatus;
  at: Minutes;
  by: Actor;
  /**
   * The recipient's motif for À recycler / Suspendue / Rejetée, the valideur's motif of refusal or its
   * « Complément d'information », '' otherwise.
   */
  reason: string;
}

/** An invoice of « Factures émises ». */
export interface Invoice {
  id: InvoiceId;
  data: InvoiceInput;
  status: InvoiceStatus;
  createdAt: Minutes;
  createdBy: UserId;
  /** Date de dépôt (« Confirmer et envoyer »), null while brouillon. */
  depositedAt: Minutes | null;
  /** Last status change, for the simulated routing delays. */
  statusSince: Minutes;
  history: StatusChange[];
  /** « Valider et envoyer » passed: the « Confirmation d'envoi » window is open. */
  awaitingConfirmation: boolean;
  /** « Acquitter » was clicked for the current return (rejet or suspension). */
  acknowledged: boolean;
  /** « Traiter le rejet » was clicked: the invoice leaves the Synthèse. */
  rejectionHandled: boolean;
  /** The rejected invoice this one replaces (created by « Traiter le rejet »), null otherwise. */
  replaces: InvoiceId | null;
}

// ——— Mail and history ———

export type MailKind = 'activation' | 'code' | 'statusChange' | 'rattachementRequested' | 'rattachementDecided' | 'worksPiece';

/** A message the portal sent; the screens show them in a simulated mailbox. */
export interface Mail {
  id: string;
  to: string;
  at: Minutes;
  kind: MailKind;
  params: Readonly<Record<string, string>>;
}

/** User actions kept in « Historique des actions utilisateurs ». */
export const ACTION_LABELS = {
  'account.created': 'Création du compte',
  'account.activated': 'Activation du compte',
  'session.login': 'Connexion',
  'structure.created': 'Création de la structure',
  'rattachement.requested': 'Demande de rattachement',
  'rattachement.validated': 'Validation de la demande de rattachement',
  'rattachement.refused': 'Refus de la demande de rattachement',
  'service.created': "Création d'un service",
  'service.activated': "Activation d'un service",
  'service.deactivated': "Désactivation d'un service",
  'bank.added': 'Ajout de coordonnées bancaires',
  'espace.opened': "Ouverture d'un espace",
  'espace.subscribed': 'Abonnement à un espace',
  'invoice.saved': 'Enregistrement',
  'invoice.deleted': 'Suppression du brouillon',
  'invoice.sent': 'Envoi',
  'invoice.recycled': 'Recyclage',
  'invoice.completed': 'Complément',
  'invoice.acknowledged': 'Acquittement',
  'invoice.rejectionHandled': 'Traitement du rejet',
  'invoice.validated': 'Validation par le valideur',
  'invoice.refused': 'Refus par le valideur',
  'works.deposited': "Dépôt d'une pièce de facturation de travaux",
  'works.validated': "Validation d'un projet de décompte de sous-traitant",
  'works.consulted': "Consultation d'une pièce de facturation de travaux",
} as const;
export type ActionCode = keyof typeof ACTION_LABELS;

/** One user action: who, when, what, on which object (a SIRET, an invoice id, a request id…). */
export interface LogEntry {
  at: Minutes;
  userId: UserId;
  action: ActionCode;
  subject: string;
}

// ——— The world ———

export interface World {
  /** Shape version, for saved worlds and scenario files. */
  version: 1;
  /** The simulated clock (minutes since the epoch, UTC); moves only with `clock.advance`. */
  now: Minutes;
  /** The PRNG state (mulberry32) from which codes and tokens are drawn. */
  rng: number;
  /** The last number used for an id; ids are `<letter><seq>`, so replays give the same ids. */
  seq: number;
  companies: Record<string, Company>;
  recipients: Record<string, PublicRecipient>;
  users: Record<UserId, User>;
  session: Session | null;
  structures: Record<string, Structure>;
  rattachements: Record<RequestId, RattachementRequest>;
  subscriptions: Subscription[];
  invoices: Record<InvoiceId, Invoice>;
  mails: Mail[];
  log: LogEntry[];
  /** « Nous contacter »: the ClaudIA conversation, the live agent, the sollicitations sent (absent until used). */
  help?: HelpState | undefined;
  /** « Factures de travaux »: marchés, dossiers de facturation and pieces (absent when no marché is set up). */
  works?: WorksState | undefined;
}

// ——— Help (« Support » → « Nous contacter ») ———

/** One question put to ClaudIA and the intent she recognised (an id of src/domain/help/claudia.ts). */
export interface HelpExchange {
  /** As typed, trimmed (at most 200 characters). */
  question: string;
  intent: string;
  at: Minutes;
}

/**
 * The lists of « Sollicitations émises » a ticket can be in. The portal has four (facts §6: « Actions
 * requises », « En cours », « Clôturés », « Brouillons »); the simulation keeps the two a learner reaches on
 * their own: a sent ticket is « En cours » until its sender closes it (« Clôturés »). « Actions requises »
 * needs the support or the public structure to ask for more information, and « Brouillons » a form saved
 * unsent: neither is simulated, so no ticket is ever shown in them.
 */
export type TicketStatus = 'enCours' | 'cloture';

/** A sollicitation (ticket) sent with the « Envoyer une demande d'aide au support » form. */
export interface Ticket {
  /** Shown on the confirmation, e.g. `SOL-2026-000012`. */
  number: string;
  category: string;
  subCategory: string;
  email: string;
  title: string;
  description: string;
  at: Minutes;
  /**
   * The user who sent it while logged in; null for the non-connected form (for users who cannot log in),
   * whose ticket is followed by its number only.
   */
  userId: UserId | null;
  routing: 'support' | 'serviceMetier';
  /** Which list of « Sollicitations émises » shows it (see `TicketStatus`). */
  status: TicketStatus;
  /** When its sender closed it, null while it is in progress. */
  closedAt: Minutes | null;
}

export interface HelpState {
  /** The last questions put to ClaudIA (the oldest dropped beyond 20). */
  conversation: HelpExchange[];
  /** When the learner last reached a live agent, null if never. */
  agentAt: Minutes | null;
  tickets: Ticket[];
}

// ——— Timing rules of the simulation ———

/** Activation links work 60 minutes (facts §1.1). */
export const ACTIVATION_LINK_MINUTES = 60;
/** Five wrong passwords lock the account for one hour (facts §0). */
export const MAX_FAILED_ATTEMPTS = 5;
export const LOCK_MINUTES = 60;
/** After 7 days acknowledging a returned invoice becomes mandatory (facts §3.2). */
export const MANDATORY_ACK_MINUTES = 7 * 24 * 60;
/**
 * Simulated routing: a deposited invoice is « En cours d'acheminement » after 1 minute and « Mise à
 * disposition » 5 minutes later (the real delays vary; these keep « faire avancer le temps » short).
 */
export const ROUTING_MINUTES = { toAcheminement: 1, toMiseADisposition: 5 } as const;
/** Status-change reasons are cut at 255 characters by the portal (facts §3.3). */
export const REASON_MAX = 255;
/**
 * The titulaire has 15 days to validate or refuse a subcontractor's invoice; without an answer the validation
 * is tacit (facts §5). The facts' state machine (§3.2b, inferred from the portal's statuses
 * ABSENCE_VALIDATION_1_HORS_DELAI) gives the cotraitant's A12 the same 15 days with the mandataire.
 */
export const TACIT_VALIDATION_MINUTES = 15 * 24 * 60;
export const CADRES_WITH_TACIT_VALIDATION: readonly CadreCode[] = ['A9', 'A12'];

/**
 * The simulated Chorus Pro portal as one plain, serialisable value: the World.
 *
 * Everything the mock screens show is read from a World, and a World only changes through
 * `transition(world, event)`. It is plain data (no classes, no Dates, no Maps) so that it can be cloned,
 * compared in tests, and rebuilt by replaying events. Never mutate a World you did not just clone:
 * `transition` returns a new one.
 */
import type { Minutes } from './rules/dates';
import type { WorksState } from './model-works';
import type { Company, PublicRecipient, RattachementRequest, Session, Structure, Subscription, User } from './model-accounts';
import type { CadreCode, Invoice } from './model-invoices';
import type { HelpState } from './model-help';

export type { Minutes } from './rules/dates';
export * from './model-accounts';
export * from './model-invoices';
export * from './model-help';

/** Identifiers handed out by the world: `u1`, `r2`, `f3`, `b4`, `m5`, works dossiers `d6` and pieces `p7` (one counter, see `World.seq`). */
export type UserId = string;
export type InvoiceId = string;
export type RequestId = string;
export type BankAccountId = string;

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

/**
 * The supplier side of the World: the directories standing in for SIRENE and the public-structure annuaire,
 * personal accounts and the session, structures with their members, services and coordonnées bancaires,
 * rattachement requests and subscriptions to espaces (facts §1).
 */
import type { Minutes } from './rules/dates';
import type { BankAccountId, RequestId, UserId } from './model';

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

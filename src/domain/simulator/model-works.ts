/**
 * « Factures de travaux » (facts §4): marchés de travaux, their dossiers de facturation and the pieces the
 * actors pass along each dossier. Plain data, kept in `World.works` (absent until a fixture creates a
 * marché: no event creates one, as in the portal where the marché exists before anyone invoices).
 *
 * One dossier groups every piece of one monthly (or final) payment request: a dépôt initial opens it, and
 * each « Déposer la pièce de facturation suivante » adds a piece to it, whose parent is the piece it was
 * deposited from. Who may deposit which cadre after which piece is stated once, in rules/works.ts.
 */
import type { AttachmentInput } from './rules/attachments';
import type { Minutes } from './rules/dates';
import type { CadreCode, UserId } from './model';

/** Identifiers: contracts are named by the fixtures (`mt-2026-014`); dossiers `d<seq>`, pieces `p<seq>`. */
export type WorksContractId = string;
export type WorksDossierId = string;
export type WorksPieceId = string;

/** The actors of a marché de travaux (facts §4.1); MOA and service financier are public structures. */
export const WORKS_ROLES = ['titulaire', 'cotraitant', 'sousTraitant', 'moe', 'moa', 'serviceFinancier'] as const;
export type WorksRole = (typeof WORKS_ROLES)[number];

export const WORKS_ROLE_LABELS: Readonly<Record<WorksRole, string>> = {
  titulaire: 'Titulaire',
  cotraitant: 'Cotraitant',
  sousTraitant: 'Sous-traitant',
  moe: "Maîtrise d'œuvre (MOE)",
  moa: "Maîtrise d'ouvrage (MOA)",
  serviceFinancier: 'Service financier',
};

/** An actor of the marché as the « fiche identité du marché » names it. */
export interface WorksActor {
  siret: string;
  /** Code service the others must enter to reach this actor ('' when it has none). */
  codeService: string;
  /** Numéro d'engagement juridique this actor's pieces carry ('' when none). */
  engagement: string;
}

/** A sous-traitant; only those admitted to paiement direct invoice through Chorus Pro (facts §5). */
export interface WorksSubcontractor extends WorksActor {
  paiementDirect: boolean;
}

/**
 * A marché de travaux and its actors, as its « fiche identité du marché » names them. The fiche is a document
 * the actors fill in together before the first deposit (facts §4.6), not a register of the portal: the
 * simulator keeps it to check what the depositor types (the MOA designated for the engagement, the MOE).
 */
export interface WorksContract {
  id: WorksContractId;
  /** « Numéro du marché », e.g. `MT-2026-014`. */
  numero: string;
  objet: string;
  titulaire: WorksActor;
  cotraitants: WorksActor[];
  sousTraitants: WorksSubcontractor[];
  /** Null for a marché sans maîtrise d'œuvre: the supplier's pieces go to the MOA (facts §4.6, inferred). */
  moe: WorksActor | null;
  /** A public structure of the annuaire. */
  moa: WorksActor;
  /** Public; may be the MOA's SIRET with another code service. */
  serviceFinancier: WorksActor;
}

/** Amounts of a piece, in cents: TVA = HT × rate (rounded half up, as rules/money.ts), TTC = HT + TVA. */
export interface WorksAmount {
  ht: number;
  /** Basis points: 2000, 1000, 550, 210, or 0 (autoliquidation of sous-traitance in construction, exonération). */
  vatRate: number;
  tva: number;
  ttc: number;
}

/** Statuses of a works piece, in the order a piece goes through them. */
export const WORKS_STATUSES = ['DEPOSEE', 'MISE_A_DISPOSITION', 'TRAITEE', 'MISE_EN_PAIEMENT'] as const;
export type WorksStatus = (typeof WORKS_STATUSES)[number];

export const WORKS_STATUS_LABELS: Readonly<Record<WorksStatus, string>> = {
  DEPOSEE: 'Déposée',
  MISE_A_DISPOSITION: 'Mise à disposition',
  TRAITEE: 'Traitée',
  MISE_EN_PAIEMENT: 'Mise en paiement',
};

/** One line of a piece's history: the status, when, and the actor it was then available to. */
export interface WorksStatusChange {
  status: WorksStatus;
  at: Minutes;
  /** The actor the piece is mis à disposition of (or will be, while Déposée). */
  to: WorksRole;
  toSiret: string;
}

/**
 * The MOE's revision of the amount requested (facts §4.5): the titulaire is notified when the revised piece
 * is deposited and has 30 days to tell the MOE of his disagreement (CCAG Travaux art. 8.2, as printed by the
 * AIFE); afterwards he is deemed to accept (« réputé accepté »). The disagreement itself goes to the MOE
 * outside the portal (or through a sollicitation): no source describes a contest button in Chorus Pro, so the
 * simulator records only the revision and its 30 days.
 */
export interface WorksRevision {
  /** HT of the piece the MOE revised. */
  requestedHt: number;
  notifiedAt: Minutes;
  outcome: 'enAttente' | 'reputeeAcceptee';
  /** When the 30 days ran out; null while they run. */
  decidedAt: Minutes | null;
}

/** A piece de facturation of a dossier. */
export interface WorksPiece {
  id: WorksPieceId;
  dossierId: WorksDossierId;
  cadre: CadreCode;
  /** Unique per depositing structure. */
  number: string;
  depositorSiret: string;
  depositorRole: WorksRole;
  /** The user who deposited it; null for the public side's pieces (MOA, scripted). */
  depositedBy: UserId | null;
  amount: WorksAmount;
  /** The uploaded document (works pieces are uploaded, never typed: facts §2.1). */
  file: AttachmentInput;
  comment: string;
  depositedAt: Minutes;
  /** The piece it was deposited from; null for a dépôt initial. */
  parentId: WorksPieceId | null;
  status: WorksStatus;
  statusSince: Minutes;
  history: WorksStatusChange[];
  /** The actor the piece goes (or went) to. */
  to: WorksRole;
  toSiret: string;
  /** A sous-traitant's A10 waits for the titulaire's validation; set when validated (or tacitly). */
  validation: { at: Minutes; tacit: boolean; comment: string } | null;
  /** Set on a MOE piece whose amount differs from the piece it was deposited from. */
  revision: WorksRevision | null;
}

/** A dossier de facturation: every piece of one payment request, in deposit order. */
export interface WorksDossier {
  id: WorksDossierId;
  contractId: WorksContractId;
  openedAt: Minutes;
  pieceIds: WorksPieceId[];
  /**
   * Start of the délai global de paiement: the first mise à disposition of a supplier's piece to the MOE (to
   * the MOA on a marché sans MOE), timestamped by the portal (facts §4.4). Null until then.
   */
  dgpStart: Minutes | null;
}

/** The « Factures de travaux » part of the World. */
export interface WorksState {
  contracts: Record<WorksContractId, WorksContract>;
  dossiers: Record<WorksDossierId, WorksDossier>;
  pieces: Record<WorksPieceId, WorksPiece>;
}

// ——— Timing rules of « Factures de travaux » (used by transitions/works-time.ts and queries-works.ts) ———

const DAY = 24 * 60;
/** A deposited piece is mis à disposition of the next actor one minute later (the portal routes it). */
export const WORKS_ROUTING_MINUTES = 1;
/** The MOE has 7 days to process a projet de décompte (facts §4.4). */
export const MOE_DELAY_MINUTES = 7 * DAY;
/** The délai global de paiement of the State and local authorities: 30 days (facts §4.4, R2192-10). */
export const DGP_MINUTES = 30 * DAY;
/** The titulaire has 30 days to tell the MOE he disagrees with a revised amount, then is deemed to accept (facts §4.5). */
export const DISAGREEMENT_MINUTES = 30 * DAY;
/** The titulaire validates a sous-traitant's A10 within 15 days, or it is validated tacitly (facts §5). */
export const WORKS_TACIT_VALIDATION_MINUTES = 15 * DAY;
/** Largest amount of a piece: 99 999 999,99 € (keeps sums exact and catches a mistyped figure). */
export const WORKS_AMOUNT_MAX_CENTS = 9_999_999_999;
/** Longest comment or motif, as the portal's comment fields. */
export const WORKS_COMMENT_MAX = 255;
/** Longest piece number. */
export const WORKS_NUMBER_MAX = 20;

/** Why the portal mails an actor about a works piece (`worksPiece` mails, param `what`), and what it says. */
export const WORKS_MAIL_TEXTS = {
  miseADisposition: { subject: 'Pièce de facturation de travaux mise à disposition', body: 'Une pièce de facturation de travaux vous est mise à disposition dans « Factures de travaux ».' },
  revision: { subject: 'Montant révisé par la maîtrise d\'œuvre', body: "La maîtrise d'œuvre a déposé un état d'acompte d'un montant différent de votre demande de paiement : il est dans le dossier de facturation." },
  paiement: { subject: 'Demande de paiement mise en paiement', body: 'La demande de paiement de ce dossier de facturation est mise en paiement.' },
} as const;
export type WorksMailReason = keyof typeof WORKS_MAIL_TEXTS;

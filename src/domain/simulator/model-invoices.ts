/**
 * The invoices of « Factures émises » in the World: the cadres de facturation, the form as typed, the statuses
 * of the life cycle with the portal's labels, and the invoice with its status history (facts §2, §3).
 */
import type { AttachmentInput } from './rules/attachments';
import type { Minutes } from './rules/dates';
import type { LineInput, Totals, VatType } from './rules/money';
import type { InvoiceId, UserId } from './model';
import type { EspaceId } from './model-accounts';

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

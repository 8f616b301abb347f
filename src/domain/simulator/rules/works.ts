/**
 * The circuit of « Factures de travaux » in one table (facts §2.1, §4.2, §4.6, §5): for each works cadre,
 * who deposits it, whether it may open a dossier (dépôt initial), on which marchés it exists (with or
 * without maîtrise d'œuvre), to whom it is mis à disposition, and which cadres may be deposited from it
 * (« Déposer la pièce de facturation suivante »). Transitions and queries read this table and nothing else,
 * so the circuit cannot be enforced in one place and forgotten in another.
 *
 * What the sources state: A4 → MOE (A15 / A16) → MOA (A19) → service financier; A7 → MOE (A17) → MOA (A20,
 * MOE variant A18) → titulaire (A8) → service financier. What is inferred, and marked so below: the circuit
 * sans MOE (facts §4.6 says so), the cotraitant's A13 / A14 following the titulaire's path, the
 * sous-traitant's A10 validated by the titulaire first (facts §5), and the tacit-procedure cadres A22–A25.
 */
import { at, issue, type Issue } from '../issues';
import { CADRES, type CadreCode } from '../model';
import {
  WORKS_AMOUNT_MAX_CENTS,
  type WorksAmount,
  type WorksContract,
  type WorksRole,
} from '../model-works';
import { checkAttachment, extensionOf, type AttachmentInput } from './attachments';
import { checkCents, vatOn, VAT_RATES } from './money';

/** The cadres of « Factures de travaux » offered by the simulator. */
export const WORKS_CADRES = ['A4', 'A5', 'A6', 'A7', 'A8', 'A10', 'A13', 'A14', 'A15', 'A16', 'A17', 'A18', 'A19', 'A20', 'A22', 'A23', 'A24', 'A25'] as const;
export type WorksCadre = (typeof WORKS_CADRES)[number];

/** On which marchés a cadre exists: every one, only with a MOE, only without. */
type Marches = 'tous' | 'avecMoe' | 'sansMoe';
/** A value that depends on whether the marché has a MOE. */
interface ByMoe<T> {
  avecMoe: T;
  sansMoe: T;
}

export interface CircuitRule {
  /** Who deposits the cadre. */
  role: WorksRole;
  /** May open a dossier (dépôt initial), rather than only follow a piece. */
  initial: boolean;
  marches: Marches;
  /** The actor the piece is mis à disposition of. */
  to: ByMoe<WorksRole>;
  /** Cadres that may be deposited from a piece of this cadre; none once it reaches the service financier. */
  next: ByMoe<readonly WorksCadre[]>;
}

const both = <T>(value: T): ByMoe<T> => ({ avecMoe: value, sansMoe: value });
const moeOrMoa: ByMoe<WorksRole> = { avecMoe: 'moe', sansMoe: 'moa' };
/** What the MOE (or, sans MOE, the MOA) may deposit from a supplier's projet de décompte mensuel. */
const afterMonthly: ByMoe<readonly WorksCadre[]> = { avecMoe: ['A15', 'A16'], sansMoe: ['A19'] };
/** … and from a projet de décompte final. */
const afterFinal: ByMoe<readonly WorksCadre[]> = { avecMoe: ['A17'], sansMoe: ['A20'] };
const payable = { to: both<WorksRole>('serviceFinancier'), next: both<readonly WorksCadre[]>([]) };

export const CIRCUIT: Readonly<Record<WorksCadre, CircuitRule>> = {
  // En cours de marché.
  A4: { role: 'titulaire', initial: true, marches: 'tous', to: moeOrMoa, next: afterMonthly },
  // Inferred: the cotraitant's projet de décompte mensuel takes the titulaire's path.
  A13: { role: 'cotraitant', initial: true, marches: 'tous', to: moeOrMoa, next: afterMonthly },
  // Inferred: first mis à disposition of the titulaire, who validates it (works.validate); then as A4 (see VALIDATED_TO).
  A10: { role: 'sousTraitant', initial: true, marches: 'tous', to: both<WorksRole>('titulaire'), next: afterMonthly },
  // Sans MOE only (facts §4.6): the supplier's état d'acompte to the MOA, or validated straight to the payer.
  A5: { role: 'titulaire', initial: true, marches: 'sansMoe', to: both<WorksRole>('moa'), next: both<readonly WorksCadre[]>(['A19']) },
  A6: { role: 'titulaire', initial: true, marches: 'sansMoe', ...payable },
  A15: { role: 'moe', initial: false, marches: 'avecMoe', to: both<WorksRole>('moa'), next: both<readonly WorksCadre[]>(['A19']) },
  A16: { role: 'moe', initial: false, marches: 'avecMoe', to: both<WorksRole>('moa'), next: both<readonly WorksCadre[]>(['A19']) },
  A19: { role: 'moa', initial: false, marches: 'tous', ...payable },
  // Fin de marché.
  A7: { role: 'titulaire', initial: true, marches: 'tous', to: moeOrMoa, next: afterFinal },
  A14: { role: 'cotraitant', initial: true, marches: 'tous', to: moeOrMoa, next: afterFinal },
  A17: { role: 'moe', initial: false, marches: 'avecMoe', to: both<WorksRole>('moa'), next: both<readonly WorksCadre[]>(['A20', 'A18']) },
  A18: { role: 'moe', initial: false, marches: 'avecMoe', to: both<WorksRole>('titulaire'), next: both<readonly WorksCadre[]>(['A8']) },
  A20: { role: 'moa', initial: false, marches: 'tous', to: both<WorksRole>('titulaire'), next: both<readonly WorksCadre[]>(['A8']) },
  A8: { role: 'titulaire', initial: false, marches: 'tous', ...payable },
  // Inferred: the tacit procedure (the titulaire's projet de décompte général, then a DGD by whoever closes it).
  A22: { role: 'titulaire', initial: true, marches: 'tous', to: moeOrMoa, next: { avecMoe: ['A24', 'A23'], sansMoe: ['A25', 'A23'] } },
  A23: { role: 'titulaire', initial: false, marches: 'tous', ...payable },
  A24: { role: 'moe', initial: false, marches: 'avecMoe', ...payable },
  A25: { role: 'moa', initial: false, marches: 'tous', ...payable },
};

/** Where a sous-traitant's A10 goes once the titulaire validated it: the MOE, or the MOA sans MOE (inferred). */
export const VALIDATED_TO: ByMoe<WorksRole> = moeOrMoa;

/** MOE cadres whose amount may differ from the piece they follow: a revision notified to the titulaire (facts §4.5). */
export const REVISING_CADRES: readonly WorksCadre[] = ['A15', 'A16', 'A17'];

/** Roles of the supplier side, who act through the screens (MOA and service financier act through `public.*`). */
export const SUPPLIER_SIDE: readonly WorksRole[] = ['titulaire', 'cotraitant', 'sousTraitant', 'moe'];
/** Roles whose piece, mis à disposition of the MOE (or MOA sans MOE), starts the délai global de paiement. */
export const REQUESTING_ROLES: readonly WorksRole[] = ['titulaire', 'cotraitant', 'sousTraitant'];

export function isWorksCadre(cadre: string): cadre is WorksCadre {
  return (WORKS_CADRES as readonly string[]).includes(cadre);
}

/** Whether a cadre exists on this marché (MOE cadres need a MOE; A5 / A6 are for marchés sans MOE). */
export function cadreExistsOn(cadre: WorksCadre, contract: WorksContract): boolean {
  const { marches } = CIRCUIT[cadre];
  return marches === 'tous' || (marches === 'avecMoe') === (contract.moe !== null);
}

const key = (contract: WorksContract): keyof ByMoe<unknown> => (contract.moe ? 'avecMoe' : 'sansMoe');

/** Who a piece of this cadre is mis à disposition of on this marché. */
export function destination(cadre: WorksCadre, contract: WorksContract): WorksRole {
  return CIRCUIT[cadre].to[key(contract)];
}

/** The cadres that may be deposited from a piece of `cadre` on this marché. */
export function nextCadres(cadre: WorksCadre, contract: WorksContract): readonly WorksCadre[] {
  return CIRCUIT[cadre].next[key(contract)];
}

/** Cadres a role may use for a dépôt initial on this marché. */
export function initialCadres(role: WorksRole, contract: WorksContract): WorksCadre[] {
  return WORKS_CADRES.filter((cadre) => CIRCUIT[cadre].role === role && CIRCUIT[cadre].initial && cadreExistsOn(cadre, contract));
}

/** Every cadre a role deposits on this marché (for the fiche identité and the « wrong cadre » message). */
export function roleCadres(role: WorksRole, contract: WorksContract): WorksCadre[] {
  return WORKS_CADRES.filter((cadre) => CIRCUIT[cadre].role === role && cadreExistsOn(cadre, contract));
}

/** The SIRET of the actor holding `role` ('' for cotraitant / sous-traitant, who are several, or an absent MOE). */
export function roleSiret(contract: WorksContract, role: WorksRole): string {
  if (role === 'titulaire') return contract.titulaire.siret;
  if (role === 'moe') return contract.moe?.siret ?? '';
  if (role === 'moa') return contract.moa.siret;
  if (role === 'serviceFinancier') return contract.serviceFinancier.siret;
  return '';
}

/** The supplier-side role a structure holds on the marché, or null when it is none of its actors. */
export function supplierRole(contract: WorksContract, siret: string): WorksRole | null {
  if (contract.titulaire.siret === siret) return 'titulaire';
  if (contract.moe?.siret === siret) return 'moe';
  if (contract.cotraitants.some((actor) => actor.siret === siret)) return 'cotraitant';
  if (contract.sousTraitants.some((actor) => actor.siret === siret)) return 'sousTraitant';
  return null;
}

/** Checks the amounts of a piece: whole cents, more than zero, under the maximum, TVA and TTC consistent with HT. */
export function checkWorksAmount(amount: WorksAmount, path: string): Issue[] {
  if (!amount || typeof amount !== 'object') return [issue('field.required', path)];
  const issues: Issue[] = [];
  for (const field of ['ht', 'tva', 'ttc'] as const) issues.push(...checkCents(amount[field], at(path, field)));
  if (!(VAT_RATES as readonly number[]).includes(amount.vatRate) && amount.vatRate !== 0) issues.push(issue('works.vatRate', at(path, 'vatRate')));
  if (issues.length > 0) return issues;
  if (amount.ht === 0) return [issue('works.amountZero', at(path, 'ht'))];
  if (amount.ttc > WORKS_AMOUNT_MAX_CENTS || amount.ht > WORKS_AMOUNT_MAX_CENTS) {
    return [issue('works.amountTooLarge', at(path, 'ht'), { max: WORKS_AMOUNT_MAX_CENTS })];
  }
  const tva = vatOn(amount.ht, amount.vatRate);
  if (amount.tva !== tva) issues.push(issue('money.tvaMismatch', at(path, 'tva'), { expected: tva }));
  if (amount.ttc !== amount.ht + amount.tva) issues.push(issue('money.ttcMismatch', at(path, 'ttc'), { expected: amount.ht + amount.tva }));
  return issues;
}

/** The actors the depositor names on a dépôt initial (the « Maître d'ouvrage » and « Maître d'œuvre » blocks). */
export interface ActorsInput {
  engagement: string;
  moaSiret: string;
  moaCodeService: string;
  moeSiret: string;
}

const trimmed = (value: unknown) => (typeof value === 'string' ? value.replace(/\s+/g, '') : '');

/**
 * The marché a depositor's engagement names: among the marchés where `siret` is an actor, the one whose
 * engagement juridique (the MOA's) is the one typed. Spaces and case are ignored.
 */
export function marcheOfEngagement(contracts: readonly WorksContract[], siret: string, engagement: unknown): WorksContract | undefined {
  const typed = trimmed(engagement).toUpperCase();
  if (typed === '') return undefined;
  return contracts.find((contract) => supplierRole(contract, siret) !== null && contract.moa.engagement.toUpperCase() === typed);
}

/**
 * Checks the actors typed on a dépôt initial against the marché (facts §4.6). What the portal is known to
 * check: the SIRET typed for the maître d'ouvrage must be the MOA designated for the marché
 * (`works.moaNotDesignated`), and a public structure's code service when it requires one. What the simulator
 * adds, marked « comportement simulé » in the exercise: the maître d'œuvre is required on a marché avec MOE,
 * must be the one designated, and must be left empty on a marché sans MOE.
 */
export function checkActors(contract: WorksContract, input: ActorsInput): Issue[] {
  const issues: Issue[] = [];
  const moa = trimmed(input.moaSiret);
  const numero = contract.numero;
  if (moa === '') issues.push(issue('works.moaRequired', 'moaSiret'));
  else if (moa !== contract.moa.siret) issues.push(issue('works.moaNotDesignated', 'moaSiret', { siret: moa, engagement: contract.moa.engagement }));
  else {
    const code = trimmed(input.moaCodeService).toUpperCase();
    if (contract.moa.codeService !== '' && code === '') issues.push(issue('works.moaCodeServiceRequired', 'moaCodeService'));
    else if (code !== contract.moa.codeService) issues.push(issue('works.moaCodeServiceUnknown', 'moaCodeService', { code }));
  }
  const moe = trimmed(input.moeSiret);
  if (contract.moe === null) {
    if (moe !== '') issues.push(issue('works.moeNotOnMarche', 'moeSiret', { numero }));
  } else if (moe === '') issues.push(issue('works.moeRequired', 'moeSiret', { numero }));
  else if (moe !== contract.moe.siret) issues.push(issue('works.moeNotDesignated', 'moeSiret', { siret: moe, numero }));
  return issues;
}

/** Cadres of a sous-traitant's works piece: construction works subcontracted, invoiced without VAT. */
export const AUTOLIQUIDATION_CADRES: readonly WorksCadre[] = ['A10'];

/**
 * A sous-traitant's works piece is invoiced without VAT: in construction, the VAT of subcontracted works is
 * paid by the titulaire (autoliquidation, CGI art. 283-2 nonies), and the document carries the mention
 * « Autoliquidation ». The portal does not check VAT law; the simulator refuses a rate other than 0 % on such a
 * piece so that the learner meets the rule (marked « comportement simulé » in the exercise).
 */
export function checkAutoliquidation(cadre: WorksCadre, amount: WorksAmount, path: string): Issue[] {
  if (!AUTOLIQUIDATION_CADRES.includes(cadre) || !amount || typeof amount !== 'object' || amount.vatRate === 0) return [];
  return [issue('works.autoliquidation', at(path, 'vatRate'), { cadre })];
}

/** Checks the one file of a piece: present, a PDF, and within the attachment rules. */
export function checkWorksFile(file: AttachmentInput | null, path: string): Issue[] {
  if (!file || typeof file !== 'object' || typeof file.name !== 'string' || file.name.trim() === '') return [issue('works.fileRequired', path)];
  const issues = checkAttachment(file, path);
  if (issues.length > 0) return issues;
  return extensionOf(file.name.trim()) === 'pdf' ? [] : [issue('works.fileNotPdf', at(path, 'name'), { extension: extensionOf(file.name.trim()) })];
}

/** The espace where a non-works cadre is deposited (for the « wrong espace » message). */
export function espaceOfCadre(cadre: CadreCode): string {
  return CADRES[cadre].espace;
}

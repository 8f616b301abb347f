/**
 * Read-only views of « Factures de travaux » for the screens: the dossiers a user sees, the Synthèse, a
 * dossier's timeline and deadlines, finding a piece by number, what the user may deposit from a piece (the
 * « Déposer la pièce de facturation suivante » button), and the « fiche identité du marché ».
 */
import { CADRES, type CadreCode, type UserId, type World } from './model';
import {
  DGP_MINUTES,
  MOE_DELAY_MINUTES,
  WORKS_ROLE_LABELS,
  type WorksAmount,
  type WorksContract,
  type WorksDossier,
  type WorksPiece,
  type WorksRevision,
  type WorksRole,
  type WorksStatusChange,
} from './model-works';
import { daysLeft } from './rules/dates';
import { CIRCUIT, initialCadres, nextCadres, roleCadres, supplierRole, type WorksCadre } from './rules/works';
import { seesDossier } from './transitions/works-pieces';
import { disagreementDeadline, tacitWorksValidationAt } from './transitions/works-time';

/** The SIRETs where a user is subscribed to « Factures de travaux ». */
export function worksSirets(world: World, userId: UserId): string[] {
  const sirets = world.subscriptions.filter((s) => s.userId === userId && s.espace === 'facturesDeTravaux').map((s) => s.siret);
  return [...new Set(sirets)].filter((siret) => world.structures[siret]?.members.some((m) => m.userId === userId));
}

/** A marché by id, or undefined. */
export function worksContract(world: World, contractId: string): WorksContract | undefined {
  return world.works?.contracts[contractId];
}

/** The marchés where one of the user's structures is an actor (for the deposit form's « Marché » list). */
export function contractsForUser(world: World, userId: UserId): WorksContract[] {
  const sirets = worksSirets(world, userId);
  return Object.values(world.works?.contracts ?? {}).filter((contract) => sirets.some((siret) => supplierRole(contract, siret) !== null));
}

/** The dossiers a user sees, most recent first. */
export function dossiersForUser(world: World, userId: UserId): WorksDossier[] {
  const works = world.works;
  if (!works) return [];
  const sirets = worksSirets(world, userId);
  return Object.values(works.dossiers)
    .filter((dossier) => sirets.some((siret) => seesDossier(works, dossier, siret)))
    .sort((a, b) => b.openedAt - a.openedAt || Number(b.id.slice(1)) - Number(a.id.slice(1)));
}

/** The pieces of a dossier, in deposit order. */
export function piecesOf(world: World, dossier: WorksDossier): WorksPiece[] {
  return dossier.pieceIds.map((id) => world.works?.pieces[id]).filter((piece): piece is WorksPiece => piece !== undefined);
}

/** Every piece a user sees (of the dossiers he sees). */
export function piecesForUser(world: World, userId: UserId): WorksPiece[] {
  return dossiersForUser(world, userId).flatMap((dossier) => piecesOf(world, dossier));
}

/** The Synthèse of « Factures de travaux » for a user, each entry a list of pieces. */
export interface WorksSynthese {
  /** Mis à disposition of one of the user's structures and not yet followed (or, for an A10, not yet validated). */
  aTraiter: WorksPiece[];
  /** Deposited by the user's structures, not yet routed. */
  deposees: WorksPiece[];
  /** Deposited by the user's structures, now at the disposal of the next actor. */
  misesADisposition: WorksPiece[];
  /** Deposited by the user's structures and followed by the next actor. */
  traitees: WorksPiece[];
  /** Pieces of the user's dossiers that reached « Mise en paiement ». */
  misesEnPaiement: WorksPiece[];
  /** MOE revisions of the user's own requests whose 30 days to disagree are still running. */
  montantsRevises: WorksPiece[];
}

export function worksSynthese(world: World, userId: UserId): WorksSynthese {
  const sirets = new Set(worksSirets(world, userId));
  const pieces = piecesForUser(world, userId);
  const mine = pieces.filter((piece) => sirets.has(piece.depositorSiret));
  const parentOf = (piece: WorksPiece) => (piece.parentId ? world.works?.pieces[piece.parentId] : undefined);
  return {
    aTraiter: pieces.filter((piece) => piece.status === 'MISE_A_DISPOSITION' && sirets.has(piece.toSiret) && piece.to !== 'serviceFinancier'),
    deposees: mine.filter((piece) => piece.status === 'DEPOSEE'),
    misesADisposition: mine.filter((piece) => piece.status === 'MISE_A_DISPOSITION'),
    traitees: mine.filter((piece) => piece.status === 'TRAITEE'),
    misesEnPaiement: pieces.filter((piece) => piece.status === 'MISE_EN_PAIEMENT'),
    montantsRevises: pieces.filter((piece) => piece.revision?.outcome === 'enAttente' && sirets.has(parentOf(piece)?.depositorSiret ?? '')),
  };
}

/** The name of a structure (private or public) from the directories; its SIRET when unknown. */
export function actorName(world: World, siret: string): string {
  return world.companies[siret]?.raisonSociale ?? world.recipients[siret]?.name ?? siret;
}

/** One piece on a dossier's timeline, with its actors named. */
export interface TimelineEntry {
  pieceId: string;
  cadre: CadreCode;
  cadreLabel: string;
  number: string;
  depositorSiret: string;
  depositorName: string;
  depositorRole: WorksRole;
  depositedAt: number;
  amount: WorksAmount;
  comment: string;
  fileName: string;
  status: WorksPiece['status'];
  /** The actor the piece goes to. */
  to: WorksRole;
  toName: string;
  parentId: string | null;
  history: WorksStatusChange[];
  revision: WorksRevision | null;
  validation: WorksPiece['validation'];
}

/** Every piece of a dossier in order, with dates, amounts and actors (the dossier de facturation screen). */
export function dossierTimeline(world: World, dossierId: string): TimelineEntry[] {
  const dossier = world.works?.dossiers[dossierId];
  if (!dossier) return [];
  return piecesOf(world, dossier).map((piece) => ({
    pieceId: piece.id,
    cadre: piece.cadre,
    cadreLabel: CADRES[piece.cadre].label,
    number: piece.number,
    depositorSiret: piece.depositorSiret,
    depositorName: actorName(world, piece.depositorSiret),
    depositorRole: piece.depositorRole,
    depositedAt: piece.depositedAt,
    amount: piece.amount,
    comment: piece.comment,
    fileName: piece.file.name,
    status: piece.status,
    to: piece.to,
    toName: actorName(world, piece.toSiret),
    parentId: piece.parentId,
    history: piece.history,
    revision: piece.revision,
    validation: piece.validation,
  }));
}

/** The deadlines of a dossier and whose turn it is. */
export interface DossierDeadlines {
  /** Start of the délai global de paiement (mise à disposition to the MOE, or the MOA sans MOE); null before. */
  dgpStart: number | null;
  /** End of the 30-day délai global de paiement; null before it starts. */
  dgpEnd: number | null;
  dgpDaysLeft: number | null;
  /** The MOE's 7 days to process the projet de décompte (marchés with MOE, once the DGP started). */
  moeDeadline: number | null;
  moeDaysLeft: number | null;
  /** While the titulaire may still tell the MOE he disagrees with a revised amount: when it becomes « réputé accepté ». */
  disagreementDeadline: number | null;
  /** While an A10 waits for the titulaire: when it is validated tacitly. */
  tacitValidationAt: number | null;
  /** The actor expected to act next (null once paid, or while a piece is being routed). */
  turn: { role: WorksRole; siret: string; name: string } | null;
  paid: boolean;
}

export function dossierDeadlines(world: World, dossierId: string): DossierDeadlines | null {
  const dossier = world.works?.dossiers[dossierId];
  const contract = dossier ? world.works?.contracts[dossier.contractId] : undefined;
  if (!dossier || !contract) return null;
  const pieces = piecesOf(world, dossier);
  const start = dossier.dgpStart;
  const dgpEnd = start === null ? null : start + DGP_MINUTES;
  const moeDeadline = start === null || contract.moe === null ? null : start + MOE_DELAY_MINUTES;
  const current = pieces.find((piece) => piece.status === 'MISE_A_DISPOSITION');
  const disagreement = pieces.map(disagreementDeadline).find((at) => at !== null) ?? null;
  const tacit = pieces.map(tacitWorksValidationAt).find((at) => at !== null) ?? null;
  return {
    dgpStart: start,
    dgpEnd,
    dgpDaysLeft: dgpEnd === null ? null : daysLeft(world, dgpEnd),
    moeDeadline,
    moeDaysLeft: moeDeadline === null ? null : daysLeft(world, moeDeadline),
    disagreementDeadline: disagreement,
    tacitValidationAt: tacit,
    turn: current ? { role: current.to, siret: current.toSiret, name: actorName(world, current.toSiret) } : null,
    paid: pieces.some((piece) => piece.status === 'MISE_EN_PAIEMENT'),
  };
}

/** Pieces a user sees whose number matches (trimmed, case-insensitive): « Recherche » by number. */
export function findPieceByNumber(world: World, userId: UserId, number: string): WorksPiece[] {
  const wanted = number.trim().toLowerCase();
  if (wanted === '') return [];
  return piecesForUser(world, userId).filter((piece) => piece.number.toLowerCase() === wanted);
}

/** What the user may deposit from a piece: for which structure, in which role, which cadres. */
export interface NextOption {
  siret: string;
  role: WorksRole;
  cadres: WorksCadre[];
}

/**
 * The cadres the user may deposit from a piece now (the « Déposer la pièce de facturation suivante » button
 * and its cadre list): none while the piece is not mis à disposition, once it was followed, or while an A10
 * waits for the titulaire. The transition gives the reason when the learner tries anyway.
 */
export function nextOptions(world: World, userId: UserId, pieceId: string): NextOption[] {
  const piece = world.works?.pieces[pieceId];
  const dossier = piece ? world.works?.dossiers[piece.dossierId] : undefined;
  const contract = dossier ? world.works?.contracts[dossier.contractId] : undefined;
  if (!piece || !contract || piece.status !== 'MISE_A_DISPOSITION') return [];
  if (piece.cadre === 'A10' && piece.validation === null) return [];
  const allowed = nextCadres(piece.cadre as WorksCadre, contract);
  return worksSirets(world, userId).flatMap((siret) => {
    const role = supplierRole(contract, siret);
    const cadres = allowed.filter((cadre) => CIRCUIT[cadre].role === role);
    return role && cadres.length > 0 ? [{ siret, role, cadres }] : [];
  });
}

/** Whether the user may validate this A10 as titulaire now (the « Valider » button). */
export function canValidateSubcontract(world: World, userId: UserId, pieceId: string): boolean {
  const piece = world.works?.pieces[pieceId];
  const dossier = piece ? world.works?.dossiers[piece.dossierId] : undefined;
  const contract = dossier ? world.works?.contracts[dossier.contractId] : undefined;
  return Boolean(piece && contract && tacitWorksValidationAt(piece) !== null && worksSirets(world, userId).includes(contract.titulaire.siret));
}

/**
 * The cadres a user may use for a dépôt initial, per structure (the deposit form): for each of his structures
 * that is an actor of some marché de travaux, its role and the initial cadres of that role on any of its
 * marchés (the form has no « Marché » field: the engagement typed names the marché).
 */
export function initialOptions(world: World, userId: UserId): NextOption[] {
  const contracts = Object.values(world.works?.contracts ?? {});
  return worksSirets(world, userId).flatMap((siret) => {
    const mine = contracts.filter((contract) => supplierRole(contract, siret) !== null);
    const first = mine[0];
    if (!first) return [];
    const role = supplierRole(first, siret) as WorksRole;
    const cadres = [...new Set(mine.flatMap((contract) => initialCadres(supplierRole(contract, siret) as WorksRole, contract)))];
    return cadres.length > 0 ? [{ siret, role, cadres }] : [{ siret, role, cadres: [] }];
  });
}

/** The actors of the marché a piece belongs to, as the deposit of the next piece takes them over (to check). */
export interface PieceActors {
  numero: string;
  engagement: string;
  moa: { siret: string; name: string; codeService: string };
  moe: { siret: string; name: string } | null;
}

export function pieceActors(world: World, pieceId: string): PieceActors | null {
  const piece = world.works?.pieces[pieceId];
  const contract = piece ? world.works?.contracts[world.works.dossiers[piece.dossierId]?.contractId ?? ''] : undefined;
  if (!contract) return null;
  return {
    numero: contract.numero,
    engagement: contract.moa.engagement,
    moa: { siret: contract.moa.siret, name: actorName(world, contract.moa.siret), codeService: contract.moa.codeService },
    moe: contract.moe ? { siret: contract.moe.siret, name: actorName(world, contract.moe.siret) } : null,
  };
}

/** One row of the « fiche identité du marché ». */
export interface FicheRow {
  role: WorksRole;
  roleLabel: string;
  siret: string;
  name: string;
  codeService: string;
  engagement: string;
  /** For a sous-traitant: admitted to paiement direct. */
  paiementDirect: boolean | null;
  /** The cadres this actor deposits on this marché (none for the service financier, who pays). */
  cadres: WorksCadre[];
  /** To whom each of its cadres goes. */
  sendsTo: { cadre: WorksCadre; to: WorksRole }[];
}

/** The « fiche identité du marché »: who deposits which cadre, to whom, with which SIRET, engagement and code service. */
export function ficheIdentite(world: World, contractId: string): FicheRow[] {
  const contract = world.works?.contracts[contractId];
  if (!contract) return [];
  const key = contract.moe ? 'avecMoe' : 'sansMoe';
  const row = (role: WorksRole, actor: { siret: string; codeService: string; engagement: string }, paiementDirect: boolean | null = null): FicheRow => {
    const cadres = roleCadres(role, contract);
    return {
      role,
      roleLabel: WORKS_ROLE_LABELS[role],
      siret: actor.siret,
      name: actorName(world, actor.siret),
      codeService: actor.codeService,
      engagement: actor.engagement,
      paiementDirect,
      cadres,
      sendsTo: cadres.map((cadre) => ({ cadre, to: CIRCUIT[cadre].to[key] })),
    };
  };
  return [
    row('titulaire', contract.titulaire),
    ...contract.cotraitants.map((actor) => row('cotraitant', actor)),
    ...contract.sousTraitants.map((actor) => row('sousTraitant', actor, actor.paiementDirect)),
    ...(contract.moe ? [row('moe', contract.moe)] : []),
    row('moa', contract.moa),
    row('serviceFinancier', contract.serviceFinancier),
  ];
}

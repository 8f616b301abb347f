/**
 * What every works transition shares: finding a marché or a piece the user may see, the checks of a
 * piece's fields (number, amount, file, comment), creating a piece in its dossier, and putting a piece « Mise
 * à disposition » of its next actor (which also starts the délai global de paiement, facts §4.4).
 */
import { failed, issue, passed, type Checked, type Issue } from '../issues';
import type { UserId, World } from '../model';
import {
  WORKS_COMMENT_MAX,
  WORKS_NUMBER_MAX,
  type WorksAmount,
  type WorksContract,
  type WorksDossier,
  type WorksMailReason,
  type WorksPiece,
  type WorksRole,
  type WorksState,
  type WorksStatus,
} from '../model-works';
import type { AttachmentInput } from '../rules/attachments';
import { checkWorksAmount, checkWorksFile, destination, REQUESTING_ROLES, roleSiret, VALIDATED_TO, type WorksCadre } from '../rules/works';
import { nextId, sendMail, text } from './context';

/** The works part of the world (created empty on first use, so handlers never meet `undefined`). */
export function worksOf(w: World): WorksState {
  w.works ??= { contracts: {}, dossiers: {}, pieces: {} };
  return w.works;
}

/** SIRETs of the structures where `userId` is a member. */
export function userSirets(w: World, userId: UserId): Set<string> {
  return new Set(Object.values(w.structures).filter((s) => s.members.some((m) => m.userId === userId)).map((s) => s.siret));
}

/**
 * Whether a structure sees a dossier: the titulaire and the MOE see every dossier of their marché (the
 * titulaire follows its subcontractors' and cotraitants' requests); the others see the dossiers where they
 * deposited or received a piece.
 */
export function seesDossier(works: WorksState, dossier: WorksDossier, siret: string): boolean {
  const contract = works.contracts[dossier.contractId];
  if (!contract) return false;
  if (contract.titulaire.siret === siret || contract.moe?.siret === siret) return true;
  return dossier.pieceIds.some((id) => {
    const piece = works.pieces[id];
    return piece !== undefined && (piece.depositorSiret === siret || piece.toSiret === siret);
  });
}

/** The piece, its dossier and marché when one of the user's structures sees it; otherwise `works.pieceUnknown`. */
export function visiblePiece(w: World, userId: UserId, pieceId: unknown): Checked<{ piece: WorksPiece; dossier: WorksDossier; contract: WorksContract }> {
  const works = w.works;
  const piece = typeof pieceId === 'string' && works ? works.pieces[pieceId] : undefined;
  const dossier = piece && works ? works.dossiers[piece.dossierId] : undefined;
  const contract = dossier && works ? works.contracts[dossier.contractId] : undefined;
  if (!works || !piece || !dossier || !contract) return failed([issue('works.pieceUnknown', 'pieceId')]);
  const sirets = userSirets(w, userId);
  if (![...sirets].some((siret) => seesDossier(works, dossier, siret))) return failed([issue('works.pieceUnknown', 'pieceId')]);
  return passed({ piece, dossier, contract });
}

/** The SIRET of the actor a piece goes to: a named role, or the titulaire of the marché. */
export function actorSiret(contract: WorksContract, role: WorksRole): string {
  return roleSiret(contract, role);
}

/** The fields of a piece as typed, checked; `requestedHt` is the HT of the piece followed (null for a dépôt initial). */
export interface PieceFields {
  number: string;
  amount: WorksAmount;
  file: AttachmentInput | null;
  comment: string;
}

/**
 * Checks number (required, unique per depositing structure), amount, file and comment. A HT different from
 * the piece followed needs a comment saying why. Returns the trimmed values with the issues.
 */
export function checkPieceFields(w: World, depositorSiret: string, input: PieceFields, requestedHt: number | null): { issues: Issue[]; number: string; comment: string } {
  const number = text(typeof input.number === 'string' ? input.number : '', 'number', WORKS_NUMBER_MAX, true);
  const comment = text(typeof input.comment === 'string' ? input.comment : '', 'comment', WORKS_COMMENT_MAX, false);
  const issues = [...number.issues];
  const taken = Object.values(w.works?.pieces ?? {}).some((piece) => piece.depositorSiret === depositorSiret && piece.number === number.value);
  if (number.issues.length === 0 && taken) issues.push(issue('works.numberTaken', 'number', { number: number.value }));
  const amountIssues = checkWorksAmount(input.amount, 'amount');
  issues.push(...amountIssues, ...checkWorksFile(input.file, 'file'), ...comment.issues);
  if (amountIssues.length === 0 && requestedHt !== null && input.amount.ht !== requestedHt && comment.value === '' && comment.issues.length === 0) {
    issues.push(issue('works.commentRequired', 'comment', { amount: input.amount.ht, requested: requestedHt }));
  }
  return { issues, number: number.value, comment: comment.value };
}

/** Appends a status to a piece's history. */
export function setWorksStatus(piece: WorksPiece, status: WorksStatus, when: number): void {
  piece.status = status;
  piece.statusSince = when;
  piece.history.push({ status, at: when, to: piece.to, toSiret: piece.toSiret });
}

/** Mails every member of a private structure about a piece (facts §4.3: the portal e-mails each actor concerned). */
export function notify(w: World, siret: string, piece: WorksPiece, what: WorksMailReason): void {
  for (const member of w.structures[siret]?.members ?? []) {
    const user = w.users[member.userId];
    if (user) sendMail(w, user.contactEmail, 'worksPiece', { pieceId: piece.id, number: piece.number, cadre: piece.cadre, what });
  }
}

/** What a new piece is made of (its dossier and parent decided by the caller). */
export type NewPiece = { cadre: WorksCadre } & Pick<WorksPiece, 'number' | 'depositorSiret' | 'depositorRole' | 'depositedBy' | 'amount' | 'file' | 'comment' | 'parentId'>;

/** Creates a piece « Déposée » in a dossier, addressed to the actor its cadre goes to on this marché. */
export function addPiece(w: World, contract: WorksContract, dossier: WorksDossier, input: NewPiece): WorksPiece {
  const to = destination(input.cadre, contract);
  const piece: WorksPiece = {
    id: nextId(w, 'p'),
    dossierId: dossier.id,
    ...input,
    amount: { ht: input.amount.ht, vatRate: input.amount.vatRate, tva: input.amount.tva, ttc: input.amount.ttc },
    file: { name: input.file.name.trim(), size: input.file.size },
    depositedAt: w.now,
    status: 'DEPOSEE',
    statusSince: w.now,
    history: [],
    to,
    toSiret: actorSiret(contract, to),
    validation: null,
    revision: null,
  };
  piece.history.push({ status: 'DEPOSEE', at: w.now, to, toSiret: piece.toSiret });
  worksOf(w).pieces[piece.id] = piece;
  dossier.pieceIds.push(piece.id);
  return piece;
}

/** Opens a dossier de facturation on a marché (a dépôt initial). */
export function openDossier(w: World, contract: WorksContract): WorksDossier {
  const dossier: WorksDossier = { id: nextId(w, 'd'), contractId: contract.id, openedAt: w.now, pieceIds: [], dgpStart: null };
  worksOf(w).dossiers[dossier.id] = dossier;
  return dossier;
}

/**
 * Puts a piece « Mise à disposition » of its actor at `when`. The first supplier's piece to reach the MOE
 * (the MOA on a marché sans MOE) starts the délai global de paiement of its dossier.
 */
export function makeAvailable(w: World, piece: WorksPiece, when: number): void {
  setWorksStatus(piece, 'MISE_A_DISPOSITION', when);
  const dossier = w.works?.dossiers[piece.dossierId];
  const contract = dossier ? w.works?.contracts[dossier.contractId] : undefined;
  if (dossier && contract && dossier.dgpStart === null && REQUESTING_ROLES.includes(piece.depositorRole)) {
    if (piece.to === (contract.moe ? 'moe' : 'moa')) dossier.dgpStart = when;
  }
  notify(w, piece.toSiret, piece, 'miseADisposition');
}

/** Marks an A10 validated (by the titulaire or tacitly) and puts it at the disposal of the MOE (MOA sans MOE). */
export function passValidation(w: World, contract: WorksContract, piece: WorksPiece, when: number, tacit: boolean, comment: string): void {
  piece.validation = { at: when, tacit, comment };
  piece.to = VALIDATED_TO[contract.moe ? 'avecMoe' : 'sansMoe'];
  piece.toSiret = actorSiret(contract, piece.to);
  makeAvailable(w, piece, when);
}

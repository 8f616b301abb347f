/**
 * « Factures de travaux », the supplier side (facts §4): the titulaire, a cotraitant, a sous-traitant admitted
 * to paiement direct, or the MOE's user deposits pieces; the titulaire validates its sous-traitant's A10.
 * Each refusal is an issue saying why. The circuit (who deposits which cadre after which piece) and the
 * checks of the actors typed on a dépôt initial are read from rules/works.ts; the clock's part is in
 * works-time.ts. A disagreement with the MOE's revised amount is not a portal action (facts §4.5): the
 * titulaire tells the MOE within 30 days, outside the portal.
 */
import { issue, type Issue } from '../issues';
import type { WorksDeposit, WorksDepositNext, WorksValidate } from '../events';
import { CADRES, ESPACE_LABELS, type CadreCode, type EspaceId, type Session, type User, type World } from '../model';
import { WORKS_COMMENT_MAX, type WorksContract, type WorksPiece, type WorksRole } from '../model-works';
import {
  CIRCUIT,
  cadreExistsOn,
  checkActors,
  checkAutoliquidation,
  initialCadres,
  marcheOfEngagement,
  isWorksCadre,
  nextCadres,
  REVISING_CADRES,
  supplierRole,
  type WorksCadre,
} from '../rules/works';
import { created, espaceAccess, logAction, openSession, text, type Ctx } from './context';
import { addPiece, checkPieceFields, notify, openDossier, passValidation, setWorksStatus, visiblePiece } from './works-pieces';

/** The session's user working for `siret` in « Factures de travaux » (modification), and its role on the marché. */
function depositor(w: World, session: Session, contract: WorksContract, siret: unknown): WorksRole | Issue[] {
  const sirets = typeof siret === 'string' ? siret : '';
  const access = espaceAccess(w, session, sirets, 'facturesDeTravaux', 'siret');
  if (access.length > 0) return access;
  return supplierRole(contract, sirets) ?? [issue('works.notActor', 'siret', { numero: contract.numero })];
}

/** The cadre typed, when it is a works cadre this role deposits on this marché; otherwise why not. */
function cadreFor(raw: unknown, role: WorksRole, contract: WorksContract, allowed: readonly WorksCadre[]): WorksCadre | Issue[] {
  const cadre = typeof raw === 'string' ? raw.trim().toUpperCase() : '';
  if (!Object.hasOwn(CADRES, cadre)) return [issue('invoice.cadreUnknown', 'cadre', { cadre })];
  if (!isWorksCadre(cadre)) {
    const espace = CADRES[cadre as CadreCode].espace;
    return [issue('works.cadreOtherEspace', 'cadre', { cadre, espace: espace in ESPACE_LABELS ? ESPACE_LABELS[espace as EspaceId] : 'Remboursement TIC' })];
  }
  // Sans MOE, a MOE cadre is refused for that reason first: the learner mistook the circuit, not his role.
  if (contract.moe === null && !cadreExistsOn(cadre, contract)) return [issue('works.cadreNeedsMoe', 'cadre', { cadre, numero: contract.numero })];
  const mine = allowed.filter((code) => CIRCUIT[code].role === role);
  if (CIRCUIT[cadre].role !== role) return [issue('works.cadreWrongRole', 'cadre', { cadre, role, cadres: mine.join(',') })];
  if (!cadreExistsOn(cadre, contract)) return [issue('works.cadreSansMoe', 'cadre', { cadre, numero: contract.numero, cadres: mine.join(',') })];
  return cadre;
}

/** A sous-traitant deposits through Chorus Pro only when admitted to paiement direct (facts §5). */
function directPayment(contract: WorksContract, siret: string, role: WorksRole): Issue[] {
  if (role !== 'sousTraitant') return [];
  return contract.sousTraitants.some((st) => st.siret === siret && st.paiementDirect) ? [] : [issue('works.noDirectPayment', 'siret')];
}

/** The session's user working for `siret` in « Factures de travaux » (modification), on some marché de travaux. */
function initialDepositor(w: World, session: Session, siret: unknown): { siret: string; contracts: WorksContract[] } | Issue[] {
  const sirets = typeof siret === 'string' ? siret : '';
  const access = espaceAccess(w, session, sirets, 'facturesDeTravaux', 'siret');
  if (access.length > 0) return access;
  const contracts = Object.values(w.works?.contracts ?? {}).filter((contract) => supplierRole(contract, sirets) !== null);
  return contracts.length > 0 ? { siret: sirets, contracts } : [issue('works.notActor', 'siret', { numero: '' })];
}

/**
 * « Déposer » (dépôt initial): the depositor names the maître d'ouvrage, the maître d'œuvre and the engagement
 * (the « Marché » is not a field: the engagement names it); the simulator checks them against the marché,
 * then the cadre, then the piece's fields, and reports every refusal of the form at once. Accepted, the piece
 * opens a dossier, « Déposée » and routed to the next actor.
 */
export function depositPiece(ctx: Ctx, e: WorksDeposit): Issue[] {
  const { w } = ctx;
  const opened = openSession(w);
  if (!opened.ok) return opened.issues;
  const s = opened.value;
  const who = initialDepositor(w, s.session, e.siret);
  if (Array.isArray(who)) return who;
  const fields = checkPieceFields(w, who.siret, e, null);
  const engagement = typeof e.engagement === 'string' ? e.engagement.trim() : '';
  if (engagement === '') return [issue('works.engagementRequired', 'engagement'), ...fields.issues];
  const contract = marcheOfEngagement(who.contracts, who.siret, engagement);
  if (!contract) return [issue('works.engagementUnknown', 'engagement', { engagement }), ...fields.issues];
  const role = supplierRole(contract, who.siret) as WorksRole;
  const actors = checkActors(contract, e);
  const cadre = cadreFor(e.cadre, role, contract, initialCadres(role, contract));
  const cadreIssues = Array.isArray(cadre)
    ? cadre
    : !CIRCUIT[cadre].initial
      ? [issue('works.cadreNotInitial', 'cadre', { cadre })]
      : [...directPayment(contract, who.siret, role), ...checkAutoliquidation(cadre, e.amount, 'amount')];
  const issues = [...actors, ...cadreIssues, ...fields.issues];
  if (issues.length > 0 || Array.isArray(cadre) || !e.file) return issues;
  const dossier = openDossier(w, contract);
  created(ctx, 'dossier', dossier.id);
  const piece = addPiece(w, contract, dossier, {
    cadre, number: fields.number, depositorSiret: who.siret, depositorRole: role, depositedBy: s.user.id,
    amount: e.amount, file: e.file, comment: fields.comment, parentId: null,
  });
  created(ctx, 'piece', piece.id);
  logAction(w, s.user.id, 'works.deposited', piece.id);
  return [];
}

/** Whether a piece can be followed now: mis à disposition, not already followed, an A10 validated. */
export function followable(piece: WorksPiece): Issue[] {
  const params = { number: piece.number, status: piece.status };
  if (piece.status === 'TRAITEE' || piece.status === 'MISE_EN_PAIEMENT') return [issue('works.alreadyFollowed', 'pieceId', params)];
  if (piece.status !== 'MISE_A_DISPOSITION') return [issue('works.notAvailable', 'pieceId', params)];
  return [];
}

/** The cadre chosen for the piece following `parent`: a works cadre of the role, allowed after the parent's cadre. */
export function nextCadreFor(raw: unknown, role: WorksRole, contract: WorksContract, parent: WorksPiece): WorksCadre | Issue[] {
  const allowed = nextCadres(parent.cadre as WorksCadre, contract);
  const cadre = cadreFor(raw, role, contract, allowed.length > 0 ? allowed : initialCadres(role, contract));
  if (Array.isArray(cadre)) return cadre;
  if (!allowed.includes(cadre)) return [issue('works.nextNotAllowed', 'cadre', { cadre, parent: parent.cadre, cadres: allowed.join(',') })];
  if (parent.cadre === 'A10' && parent.validation === null) return [issue('works.validationPending', 'pieceId', { number: parent.number })];
  return cadre;
}

/**
 * Records the MOE's revision when its piece changes the HT of the supplier's piece (facts §4.5): the supplier
 * is notified, and has 30 days to tell the MOE of his disagreement (outside the portal).
 */
function recordRevision(w: World, piece: WorksPiece, parent: WorksPiece): void {
  if (!REVISING_CADRES.includes(piece.cadre as WorksCadre) || piece.amount.ht === parent.amount.ht) return;
  piece.revision = { requestedHt: parent.amount.ht, notifiedAt: w.now, outcome: 'enAttente', decidedAt: null };
  notify(w, parent.depositorSiret, piece, 'revision');
}

/** « Déposer la pièce de facturation suivante »: the new piece joins the parent's dossier; the parent is « Traitée ». */
export function depositNextPiece(ctx: Ctx, e: WorksDepositNext): Issue[] {
  const { w } = ctx;
  const opened = openSession(w);
  if (!opened.ok) return opened.issues;
  const s = opened.value;
  const found = visiblePiece(w, s.user.id, e.pieceId);
  if (Array.isArray(found)) return found;
  const { piece: parent, dossier, contract } = found;
  const role = depositor(w, s.session, contract, e.siret);
  if (Array.isArray(role)) return role;
  const state = followable(parent);
  if (state.length > 0) return state;
  const cadre = nextCadreFor(e.cadre, role, contract, parent);
  if (Array.isArray(cadre)) return cadre;
  const fields = checkPieceFields(w, e.siret, e, parent.amount.ht);
  if (fields.issues.length > 0 || !e.file) return fields.issues;
  const piece = addPiece(w, contract, dossier, {
    cadre, number: fields.number, depositorSiret: e.siret, depositorRole: role, depositedBy: s.user.id,
    amount: e.amount, file: e.file, comment: fields.comment, parentId: parent.id,
  });
  created(ctx, 'piece', piece.id);
  setWorksStatus(parent, 'TRAITEE', w.now);
  recordRevision(w, piece, parent);
  logAction(w, s.user.id, 'works.deposited', piece.id);
  return [];
}

/** The open session and a piece its user sees, or why not. */
function sessionPiece(w: World, pieceId: unknown): ({ s: { session: Session; user: User } } & Exclude<ReturnType<typeof visiblePiece>, Issue[]>) | Issue[] {
  const opened = openSession(w);
  if (!opened.ok) return opened.issues;
  const s = opened.value;
  const found = visiblePiece(w, s.user.id, pieceId);
  return Array.isArray(found) ? found : { s, ...found };
}

/** The user acts for `siret`: a member (else `refusal`, which names who may act) with « Factures de travaux » in modification. */
function actsFor(w: World, session: Session, siret: string, refusal: Issue): Issue[] {
  if (!w.structures[siret]?.members.some((m) => m.userId === session.userId)) return [refusal];
  return espaceAccess(w, session, siret, 'facturesDeTravaux', 'pieceId');
}

/** The titulaire validates its sous-traitant's A10: the piece goes on to the MOE (the MOA sans MOE). */
export function validateSubcontract({ w }: Ctx, e: WorksValidate): Issue[] {
  const found = sessionPiece(w, e.pieceId);
  if (Array.isArray(found)) return found;
  const { s, piece, contract } = found;
  if (piece.cadre !== 'A10') return [issue('works.notSubjectToValidation', 'pieceId', { number: piece.number, cadre: piece.cadre })];
  const titulaire = contract.titulaire.siret;
  const access = actsFor(w, s.session, titulaire, issue('works.notTitulaire', 'pieceId', { titulaire: w.companies[titulaire]?.raisonSociale ?? titulaire }));
  if (access.length > 0) return access;
  if (piece.validation !== null) return [issue('works.alreadyValidated', 'pieceId', { number: piece.number })];
  const state = followable(piece);
  if (state.length > 0) return state;
  const comment = text(typeof e.comment === 'string' ? e.comment : '', 'comment', WORKS_COMMENT_MAX, false);
  if (comment.issues.length > 0) return comment.issues;
  passValidation(w, contract, piece, w.now, false, comment.value);
  logAction(w, s.user.id, 'works.validated', piece.id);
  return [];
}

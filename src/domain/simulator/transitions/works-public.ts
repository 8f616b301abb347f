/**
 * The public side of « Factures de travaux », scripted by scenarios (the learner never plays it): the MOA
 * deposits its piece from the one mis à disposition of it (A19 after an état d'acompte, A20 after a projet de
 * décompte général), and the service financier puts a payable piece « Mise en paiement » (facts §4.1–4.3).
 * Payers do not use « Factures de travaux » in the portal: these events stand for what they do elsewhere.
 */
import { issue, type Issue } from '../issues';
import type { PublicWorksMoa, PublicWorksPay } from '../events';
import type { Ctx } from './context';
import { followable, nextCadreFor } from './works';
import { addPiece, checkPieceFields, notify, setWorksStatus } from './works-pieces';

/** The MOA's piece, deposited from the piece it received; without an amount it keeps the amount followed. */
export function publicWorksMoa({ w }: Ctx, e: PublicWorksMoa): Issue[] {
  const parent = typeof e.pieceId === 'string' ? w.works?.pieces[e.pieceId] : undefined;
  const dossier = parent ? w.works?.dossiers[parent.dossierId] : undefined;
  const contract = dossier ? w.works?.contracts[dossier.contractId] : undefined;
  if (!parent || !dossier || !contract) return [issue('works.pieceUnknown', 'pieceId')];
  const state = followable(parent);
  if (state.length > 0) return state;
  const next = nextCadreFor(e.cadre, 'moa', contract, parent);
  if (!next.ok) return next.issues;
  const cadre = next.value;
  const amount = e.amount ?? parent.amount;
  const number = typeof e.number === 'string' ? e.number : '';
  const file = { name: `${number.trim()}.pdf`, size: 120_000 };
  const fields = checkPieceFields(w, contract.moa.siret, { number, amount, file, comment: e.comment }, parent.amount.ht);
  if (fields.issues.length > 0) return fields.issues;
  addPiece(w, contract, dossier, {
    cadre, number: fields.number, depositorSiret: contract.moa.siret, depositorRole: 'moa', depositedBy: null,
    amount, file, comment: fields.comment, parentId: parent.id,
  });
  setWorksStatus(parent, 'TRAITEE', w.now);
  return [];
}

/** The service financier puts a piece it received « Mise en paiement »: the end of the dossier. */
export function publicWorksPay({ w }: Ctx, e: PublicWorksPay): Issue[] {
  const piece = typeof e.pieceId === 'string' ? w.works?.pieces[e.pieceId] : undefined;
  if (!piece) return [issue('works.pieceUnknown', 'pieceId')];
  const params = { number: piece.number, cadre: piece.cadre, status: piece.status };
  if (piece.to !== 'serviceFinancier') return [issue('works.notPayable', 'pieceId', params)];
  if (piece.status === 'MISE_EN_PAIEMENT') return [issue('works.alreadyPaid', 'pieceId', params)];
  if (piece.status !== 'MISE_A_DISPOSITION') return [issue('works.notAvailable', 'pieceId', params)];
  setWorksStatus(piece, 'MISE_EN_PAIEMENT', w.now);
  // Every supplier of the dossier hears of it (facts §4.3: a mail when the request reaches « Mise en paiement »).
  const dossier = w.works?.dossiers[piece.dossierId];
  const depositors = new Set((dossier?.pieceIds ?? []).map((id) => w.works?.pieces[id]?.depositorSiret ?? ''));
  for (const siret of depositors) notify(w, siret, piece, 'paiement');
  return [];
}

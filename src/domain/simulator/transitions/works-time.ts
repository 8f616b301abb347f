/**
 * Time in « Factures de travaux », in one place:
 * - a deposited piece is mis à disposition of its actor `WORKS_ROUTING_MINUTES` later (which may start the
 *   délai global de paiement, see works-pieces.ts);
 * - a sous-traitant's A10 left unvalidated by the titulaire for 15 days is validated tacitly (facts §5);
 * - 30 days after the MOE's revision was notified, the revised amount is « réputé accepté » (facts §4.5): the
 *   titulaire who disagrees tells the MOE within those days, outside the portal.
 * Registered as the works time rule of clock.ts by handlers-works.ts, so it runs wherever works events can.
 * Each change is dated when it would have happened, not when the clock was moved.
 */
import {
  DISAGREEMENT_MINUTES,
  WORKS_ROUTING_MINUTES,
  WORKS_TACIT_VALIDATION_MINUTES,
  type WorksPiece,
} from '../model-works';
import type { World } from '../model';
import { makeAvailable, passValidation } from './works-pieces';

/** When a piece waiting for the titulaire's validation is validated tacitly; null when it is not waiting. */
export function tacitWorksValidationAt(piece: WorksPiece): number | null {
  if (piece.cadre !== 'A10' || piece.validation !== null || piece.status !== 'MISE_A_DISPOSITION') return null;
  return piece.statusSince + WORKS_TACIT_VALIDATION_MINUTES;
}

/** When a revised amount becomes « réputé accepté » (end of the 30 days to disagree); null when none is running. */
export function disagreementDeadline(piece: WorksPiece): number | null {
  return piece.revision?.outcome === 'enAttente' ? piece.revision.notifiedAt + DISAGREEMENT_MINUTES : null;
}

/** Applies what the passing of time does to works pieces, up to `w.now`. */
export function advanceWorks(w: World): void {
  const works = w.works;
  if (!works) return;
  for (const piece of Object.values(works.pieces)) {
    if (piece.status === 'DEPOSEE' && w.now - piece.depositedAt >= WORKS_ROUTING_MINUTES) {
      makeAvailable(w, piece, piece.depositedAt + WORKS_ROUTING_MINUTES);
    }
    const tacitAt = tacitWorksValidationAt(piece);
    const contract = works.contracts[works.dossiers[piece.dossierId]?.contractId ?? ''];
    if (tacitAt !== null && w.now >= tacitAt && contract) passValidation(w, contract, piece, tacitAt, true, '');
    const deadline = disagreementDeadline(piece);
    if (deadline !== null && w.now >= deadline && piece.revision) {
      piece.revision = { ...piece.revision, outcome: 'reputeeAcceptee', decidedAt: deadline };
    }
  }
}

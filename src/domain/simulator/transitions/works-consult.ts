/**
 * « Consulter » a piece of « Factures de travaux »: nothing changes in the dossier, but the portal keeps the
 * consultation in the user's history (« Historique des actions utilisateurs »). Scenarios that ask the
 * learner to find a piece in a dossier de facturation check this entry (goal `works-consulted`).
 */
import type { Issue } from '../issues';
import type { WorksConsult } from '../events';
import { logAction, openSession, type Ctx } from './context';
import { visiblePiece } from './works-pieces';

/** Records that the session's user opened a piece he may see; refuses a piece he may not see. */
export function consultPiece({ w }: Ctx, e: WorksConsult): Issue[] {
  const opened = openSession(w);
  if (!opened.ok) return opened.issues;
  const s = opened.value;
  const found = visiblePiece(w, s.user.id, e.pieceId);
  if (Array.isArray(found)) return found;
  logAction(w, s.user.id, 'works.consulted', found.piece.id);
  return [];
}

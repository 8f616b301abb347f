/**
 * What an évaluation's score says, in French, for « Mes résultats » (SimulationResults; the end of the
 * exercise itself lists each cost in its outcome card, src/islands/screens/frame/Outcome.tsx). Scoring: 100 points, minus 10 per refused entry and 15 per
 * hint (src/domain/simulator/scenario.ts scoreRun); hints are not offered in évaluation.
 */
const NBSP = '\u00a0';
export const POINTS_PER_ERROR = 10;
export const POINTS_PER_HINT = 15;

/** « Aucune erreur », « 1 saisie refusée (−10 points) », « 10 saisies refusées ou plus (−100 points) ». */
export function evaluationCosts(score: number, errors?: number, hints = 0): string {
  const lost = 100 - score;
  if (lost <= 0) return 'Aucune erreur';
  const refused = errors ?? Math.round((lost - hints * POINTS_PER_HINT) / POINTS_PER_ERROR);
  const parts: string[] = [];
  if (refused > 0) parts.push(`${refused}${score === 0 && errors === undefined ? ' ou plus' : ''} saisie${refused > 1 ? 's' : ''} refusée${refused > 1 ? 's' : ''} (−${refused * POINTS_PER_ERROR}${NBSP}points)`);
  if (hints > 0) parts.push(`${hints}${NBSP}indice${hints > 1 ? 's' : ''} (−${hints * POINTS_PER_HINT}${NBSP}points)`);
  return parts.join(', ') || `−${lost}${NBSP}points`;
}

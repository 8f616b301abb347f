/**
 * The short debrief at the end of an évaluation, for the exercise's outcome card (SimulationFrame): the
 * score, what cost points (each refused entry with the portal's message when the frame kept it), and links
 * to replay the démonstration and to the results. Pure props: the frame passes what its run knows.
 */
import { NBSP } from '../quiz/text';
import { evaluationCosts } from './debrief';

export interface EvaluationDebriefProps {
  score: number;
  /** Refused entries of the run. */
  errors: number;
  hints?: number;
  /** The portal's refusal messages, in order, when known. */
  mistakes?: readonly string[];
  /** Where the démonstration of this task is (same page anchor or lesson), when there is one. */
  demoHref?: string | undefined;
  /** « Mes résultats ». */
  resultsHref?: string | undefined;
}

export default function EvaluationDebrief({ score, errors, hints = 0, mistakes = [], demoHref, resultsHref }: EvaluationDebriefProps) {
  return (
    <div class="sim-debrief">
      <p class="sim-debrief__score">
        Votre score{NBSP}: <strong>{score}{NBSP}/{NBSP}100</strong>
      </p>
      <p>Ce qui a coûté des points{NBSP}: {evaluationCosts(score, errors, hints)}.</p>
      {mistakes.length > 0 && (
        <>
          <p>Les saisies refusées{NBSP}:</p>
          <ol class="sim-debrief__mistakes">
            {mistakes.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ol>
        </>
      )}
      <p class="sim-debrief__links">
        {demoHref && <a href={demoHref}>Revoir la démonstration</a>}
        {demoHref && resultsHref && ' · '}
        {resultsHref && <a href={resultsHref}>Voir tous mes résultats</a>}
      </p>
    </div>
  );
}

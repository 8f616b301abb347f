/**
 * The course's own end-of-exercise card: the goal reached, the score in évaluation, what cost points, and
 * the ways to go on (replay the exercise, watch the démonstration again). It can also be shown on its own
 * (a debrief after an évaluation): every part but the success text is optional.
 */
import type { Ref } from 'preact';
import { useId } from 'preact/hooks';
import type { RunCost } from '../../../domain/simulation/costs';
import { fr } from '../kit';

export interface OutcomeProps {
  /** The scenario's success sentence. */
  success: string;
  /** The évaluation score out of 100 (none in entraînement). */
  score?: number | null | undefined;
  /** What cost points, in order. */
  costs?: readonly RunCost[] | undefined;
  /** Shows points next to each cost (évaluation). */
  showPoints?: boolean | undefined;
  /** « Rejouer l'exercice ». */
  onReplay?: (() => void) | undefined;
  /** The address of the démonstration of the same scenario, for « Revoir la démonstration ». */
  demoHref?: string | undefined;
  /** The card's element, so the frame can scroll it into view and focus it. */
  cardRef?: Ref<HTMLElement> | undefined;
}

export function OutcomeCard(p: OutcomeProps) {
  const titleId = useId();
  const costs = p.costs ?? [];
  return (
    <section class="sim-outcome" aria-labelledby={titleId} tabIndex={-1} ref={p.cardRef ?? null}>
      <h4 id={titleId} class="sim-outcome__title">
        <span aria-hidden="true">✓ </span>Exercice réussi
      </h4>
      <div role="status">
        <p>
          <strong>{fr(p.success)}</strong>
        </p>
        {p.score !== undefined && p.score !== null && <p class="sim-outcome__score">Votre score&nbsp;: {p.score}&nbsp;/&nbsp;100.</p>}
      </div>
      {costs.length > 0 ? (
        <>
          <p class="sim-outcome__lead">{p.showPoints ? 'Ce qui a coûté des points :' : 'À retenir pour la prochaine fois :'}</p>
          <ul class="sim-outcome__costs">
            {costs.map((cost, index) => (
              <li key={index}>
                {fr(cost.label)}
                {p.showPoints && <span class="sim-outcome__points">{` (−${cost.points} points)`}</span>}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{fr('Aucun refus du portail et aucun indice : un parcours sans faute.')}</p>
      )}
      {(p.onReplay || p.demoHref) && (
        <p class="sim-outcome__actions">
          {p.onReplay && (
            <button type="button" class="button button--primary" onClick={p.onReplay}>
              Rejouer l’exercice
            </button>
          )}
          {p.demoHref && (
            <a class="button" href={p.demoHref}>
              Revoir la démonstration
            </a>
          )}
        </p>
      )}
    </section>
  );
}

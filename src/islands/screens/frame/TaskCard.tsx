/**
 * The exercise's task card, kept in view while the learner fills the portal's forms (sticky at the top of
 * the window; on a phone its text scrolls within a short card, which the learner can fold): what to do and the data to type, the hint once asked for,
 * and a refusal's « Pourquoi ? » when no field of the screen shows it.
 */
import { useId } from 'preact/hooks';
import { fr } from '../kit';

export interface TaskCardProps {
  /** The exercise's title: it names the card's scrollable text, which a page with two exercises has twice. */
  title: string;
  role: string;
  intro: string;
  /** « Indice » (entraînement, until the goal is reached). */
  onHint?: (() => void) | undefined;
  /** The hint revealed: the next step and the scenario's tips. */
  hint?: { title: string; explanation: string; tips: readonly string[] } | undefined;
  /** A refusal's « Pourquoi ? » that no field of the screen shows. */
  why?: string | undefined;
}

export function TaskCard(p: TaskCardProps) {
  const labelId = useId();
  return (
    <div class="sim-task sim-sticky" data-sticky role="group" aria-labelledby={labelId}>
      <details open>
        <summary>
          <span class="sim-task__label" id={labelId}>
            Données de l’exercice
          </span>
        </summary>
        <div class="sim-task__body" tabIndex={0} role="region" aria-label={fr(`Données de l’exercice « ${p.title} »`)}>
          <p class="sim__role">{fr(p.role)}</p>
          <p class="sim__intro">{fr(p.intro)}</p>
        </div>
      </details>
      {p.onHint && (
        <div class="sim-task__tools">
          <button type="button" class="button" onClick={p.onHint}>
            Indice
          </button>
        </div>
      )}
      {p.hint && (
        <div class="sim__hint" role="note" aria-label="Indice">
          <p>
            <strong>Indice&nbsp;:</strong> {fr(p.hint.title)}
          </p>
          <p>{fr(p.hint.explanation)}</p>
          {p.hint.tips.length > 0 && (
            <ul>
              {p.hint.tips.map((text) => (
                <li key={text}>{fr(text)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {p.why && (
        <p class="sim__why">
          <strong>Pourquoi&nbsp;?</strong> {fr(p.why)}
        </p>
      )}
    </div>
  );
}

/**
 * The exercise's task card, kept in view while the learner fills the portal's forms (sticky at the top of
 * the window; on a phone its text scrolls within a short card, which the learner can fold): what to do and the data to type, the hint once asked for,
 * and a refusal's « Pourquoi ? » when no field of the screen shows it.
 */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { fr } from '../kit';

export interface TaskCardProps {
  role: string;
  intro: string;
  /** The « Indice » button (entraînement), shown in the card's summary line. */
  hintButton?: ComponentChildren;
  children?: ComponentChildren;
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
        <div class="sim-task__body">
          <p class="sim__role">{fr(p.role)}</p>
          <p class="sim__intro">{fr(p.intro)}</p>
        </div>
      </details>
      {p.hintButton && <div class="sim-task__tools">{p.hintButton}</div>}
      {p.children}
    </div>
  );
}

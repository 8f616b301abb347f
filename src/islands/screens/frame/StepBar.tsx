/**
 * The démonstration's step bar: the step's title and explanation with « Étape précédente / suivante », kept
 * in view (sticky at the top of the window while the simulation is on screen) so that the learner reads the
 * step next to its highlighted target, wherever the page scrolled to. ←/→ step too (handled by the frame).
 */
import { fr } from '../kit';

export interface StepBarProps {
  position: number;
  total: number;
  title: string;
  explanation: string;
  success: string;
  onStep: (position: number) => void;
  /** The keyboard or a tap reached the bar (the frame then brings the step's target into view too). */
  onEnter?: (() => void) | undefined;
}

export function StepBar(p: StepBarProps) {
  const done = p.position >= p.total;
  return (
    <div class="sim__demo sim-sticky" data-sticky tabIndex={0} role="group" aria-label="Étapes de la démonstration (flèches gauche et droite)" onFocusIn={p.onEnter}>
      <div class="sim__step-text">
        <p class="sim__step-count" aria-live="polite">
          {done ? `Résultat : ${fr(p.success)}` : `Étape ${p.position + 1} sur ${p.total} : ${fr(p.title)}`}
        </p>
        {!done && <p class="sim__explanation">{fr(p.explanation)}</p>}
      </div>
      <div class="sim__step-nav">
        <button type="button" class="button" disabled={p.position === 0} onClick={() => p.onStep(p.position - 1)}>
          <span aria-hidden="true">← </span>Étape précédente
        </button>
        <button type="button" class="button button--primary" disabled={done} onClick={() => p.onStep(p.position + 1)}>
          Étape suivante<span aria-hidden="true"> →</span>
        </button>
      </div>
      <div class="sim__progress" aria-hidden="true">
        <span style={{ width: `${Math.round((Math.min(p.position + 1, p.total) / Math.max(p.total, 1)) * 100)}%` }} />
      </div>
    </div>
  );
}

/**
 * The démonstration's step bar: the step's title and explanation with « Étape précédente / suivante », kept
 * in view (sticky at the top of the window while the simulation is on screen) so that the learner reads the
 * step next to its highlighted target, wherever the page scrolled to. ←/→ step too, anywhere in the frame (`stepKeys`).
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

/**
 * ←/→ anywhere in a démonstration's frame (not while typing in a field) step back and forth. Keys pressed faster
 * than the frame re-renders must not step from a stale position: `position` reads the store's.
 */
export function stepKeys(position: () => number, onStep: (position: number) => void) {
  return (e: KeyboardEvent) => {
    const target = e.target as HTMLElement | null;
    if (target && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
    const by = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (by === 0) return;
    e.preventDefault();
    onStep(position() + by);
  };
}

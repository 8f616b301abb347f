/** The exercise's tools above the portal: its mode, the simulated clock and « Faire avancer le temps », restart. */
import { useId, useState } from 'preact/hooks';
import type { SimulationMode } from '../../../domain/simulation/run';
import { formatMoment } from '../kit';

export const MODE_LABELS: Readonly<Record<SimulationMode, string>> = {
  demonstration: 'Démonstration',
  entrainement: 'Entraînement',
  evaluation: 'Évaluation',
};

/** Durations offered by « Faire avancer le temps », in minutes. */
export const DURATIONS = [
  { minutes: 10, label: '10 minutes' },
  { minutes: 60, label: '1 heure' },
  { minutes: 24 * 60, label: '1 jour' },
  { minutes: 7 * 24 * 60, label: '7 jours' },
  // The titulaire's delay to validate a subcontractor's invoice (facts §5).
  { minutes: 15 * 24 * 60, label: '15 jours' },
] as const;

export interface ToolbarProps {
  mode: SimulationMode;
  /** The learner may switch between entraînement and évaluation. */
  switchable: boolean;
  tracking: boolean;
  now: number;
  onMode: (mode: Exclude<SimulationMode, 'demonstration'>) => void;
  onAdvance: (minutes: number) => void;
  onRestart: () => void;
}

export function Toolbar(p: ToolbarProps) {
  const id = useId();
  const [duration, setDuration] = useState<number>(DURATIONS[0].minutes);
  const demo = p.mode === 'demonstration';
  return (
    <div class="sim__bar">
      <div class="sim__bar-row">
        {p.switchable ? (
          <div class="sim__modes" role="group" aria-label="Mode de l’exercice">
            {(['entrainement', 'evaluation'] as const).map((m) => (
              <button type="button" key={m} class="button button--quiet" aria-pressed={p.mode === m ? 'true' : 'false'} onClick={() => p.onMode(m)}>
                {MODE_LABELS[m]}
              </button>
            ))}
          </div>
        ) : (
          <p class="sim__mode">
            Mode&nbsp;: {MODE_LABELS[p.mode]}
            {p.tracking ? '' : ' (formateur, sans enregistrement)'}
          </p>
        )}
        <p class="sim__clock">Date simulée&nbsp;: {formatMoment(p.now)}</p>
      </div>
      {!demo && (
        <div class="sim__actions">
          <span class="sim__time">
            <label for={`${id}-duree`}>Durée</label>
            <select id={`${id}-duree`} value={String(duration)} onChange={(e) => setDuration(Number(e.currentTarget.value))}>
              {DURATIONS.map((d) => (
                <option key={d.minutes} value={String(d.minutes)}>
                  {d.label}
                </option>
              ))}
            </select>
            <button type="button" class="button" onClick={() => p.onAdvance(duration)}>
              Faire avancer le temps
            </button>
          </span>
          <button type="button" class="button button--quiet" onClick={p.onRestart}>
            Recommencer l’exercice
          </button>
        </div>
      )}
    </div>
  );
}

/**
 * Opening a frame's run: the run of `key` is put in $simulations when the frame mounts (or its key changes). For
 * a tracked activity the persistence chunk follows (see persistence.ts): it starts the save reaction, once per
 * page, and resumes the run saved in the learner record, now or when the record arrives (an LMS may answer after
 * the page has drawn). A démonstration or a trainer's run is never saved nor resumed: nothing to load for them.
 */
import { useEffect, useState } from 'preact/hooks';
import type { RunDraft, SimulationMode } from '../../../domain/simulation/run';
import { $record } from '../../../stores/record';
import { $simulations, openSimulation, type Embed } from '../../../stores/simulation';

const loadPersistence = () => import('./persistence');

let saving = false;

export interface OpenRun {
  key: string;
  embed: Embed;
  mode: SimulationMode;
  /** Saved, resumed and scored (an exercise outside trainer mode). */
  activity: boolean;
  /** Called with the saved run's draft (the form being filled), if any, once that run is back in the store. */
  onResume: (draft: RunDraft | undefined) => void;
}

/** Opens the run; true once it is open (the frame then marks itself ready). */
export function useOpenRun({ key, embed, mode, activity, onResume }: OpenRun): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    openSimulation(key, embed, mode, activity);
    setReady(true);
    if (!activity) return undefined;
    let live = true;
    let stop: (() => void) | undefined;
    void loadPersistence().then(
      ({ resumeSimulation, startSavingSimulations }) => {
        if (!live) return;
        if (!saving) {
          saving = true;
          startSavingSimulations();
        }
        const tryResume = () => {
          if (resumeSimulation(key, $record.get().activities[embed.scenario.id]?.data)) onResume($simulations.get()[key]?.run.draft);
        };
        tryResume();
        stop = $record.listen(tryResume);
      },
      (error: unknown) => console.warn('Simulation : enregistrement indisponible', error),
    );
    return () => {
      live = false;
      stop?.();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key names the scenario, the mode and the tracking it opens
  }, [key]);
  return ready;
}

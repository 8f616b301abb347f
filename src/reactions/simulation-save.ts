/**
 * Saves the simulations of the page into the learner record: while an exercise is in progress, its compact
 * saved form (`data`, see src/domain/simulation/codec.ts) so that a reload resumes it; once the goal is
 * reached, `done` (and the score in évaluation) with the saved form dropped, to spare the record's budget.
 * Démonstrations are never saved.
 */
import { encodeRun } from '../domain/simulation/codec';
import type { ActivityResult } from '../domain/record/record';
import { $simulations, type SimulationState } from '../stores/simulation';
import { $record, saveActivity } from '../stores/record';

/** `data: undefined` removes the saved run (setActivityResult keeps `data` unless the key is present). */
const DROP_DATA = { data: undefined } as unknown as Pick<ActivityResult, 'data'>;

/** What the record should hold for one simulation state, or null when nothing needs saving. */
export function activityResultOf(state: SimulationState, before: ActivityResult | undefined): ActivityResult | null {
  if (!state.activity) return null;
  const { run } = state;
  if (run.done) {
    const attempts = (before?.attempts ?? 0) + 1;
    return { done: true, attempts, ...(state.score !== null ? { score: state.score } : {}), ...DROP_DATA };
  }
  if (run.events.length === 0) return before?.data === undefined ? null : { done: before.done, ...DROP_DATA };
  return { done: before?.done ?? false, data: encodeRun(run) };
}

/** Starts saving; returns the function that stops it. */
export function startSavingSimulations(): () => void {
  const saved = new Map<string, SimulationState>();
  return $simulations.listen((all) => {
    for (const [key, state] of Object.entries(all)) {
      const previous = saved.get(key);
      if (previous === state) continue;
      saved.set(key, state);
      // A completed run is saved once, when it completes; later renders of it change nothing.
      if (previous?.run.done && state.run.done && previous.completions === state.completions) continue;
      const before = $record.get().activities[state.scenarioId];
      const result = activityResultOf(state, before);
      if (result) saveActivity(state.scenarioId, result);
    }
  });
}

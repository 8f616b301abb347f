/**
 * Saves the simulations of the page into the learner record: while an exercise is in progress, its compact
 * saved form (`data`, see src/domain/simulation/codec.ts), the form being filled included, so that a reload
 * resumes it where the learner was typing; once the goal is
 * reached, `done` (and the score in évaluation) with the saved form dropped, to spare the record's budget.
 * Démonstrations are never saved.
 *
 * The record's budget is kept by two limits: a saved run is at most RUN_DATA_MAX characters (a longer one
 * keeps its first actions) and at most RUNS_KEPT exercises keep a run in progress — starting another sets the
 * oldest aside (`setAsideRun`), and that exercise says so and starts afresh when the learner returns to it.
 */
import { encodeRun, runStamp, setAsideRun } from '../domain/simulation/codec';
import type { ActivityResult } from '../domain/record/record';
import { $simulations, RUNS_KEPT, scenarioOf, type SimulationState } from '../stores/simulation';
import { $record, saveActivity } from '../stores/record';

/** `data: undefined` removes the saved run (setActivityResult keeps `data` unless the key is present). */
const DROP_DATA = { data: undefined } as unknown as Pick<ActivityResult, 'data'>;

/** Longest saved run, in characters. */
export const RUN_DATA_MAX = 250;
export { RUNS_KEPT };

const minutesNow = (): number => Math.floor(Date.now() / 60_000);

/** What the record should hold for one simulation state, or null when nothing needs saving. */
export function activityResultOf(
  state: SimulationState,
  before: ActivityResult | undefined,
  steps: readonly { event?: unknown }[] = [],
  savedAt: number = minutesNow(),
): ActivityResult | null {
  if (!state.activity) return null;
  const { run } = state;
  if (run.done) {
    const attempts = (before?.attempts ?? 0) + 1;
    return { done: true, attempts, ...(state.score !== null ? { score: state.score } : {}), ...DROP_DATA };
  }
  if (run.events.length === 0 && !run.draft) return before?.data === undefined ? null : { done: before.done, ...DROP_DATA };
  return { done: before?.done ?? false, data: encodeRun(run, { steps, savedAt, maxLength: RUN_DATA_MAX }) };
}

/**
 * The activities whose run in progress must be set aside so that, with `keep` saving one, no more than
 * RUNS_KEPT exercises hold a run: the oldest saved first.
 */
export function runsToSetAside(activities: Readonly<Record<string, ActivityResult>>, keep: string): string[] {
  const inProgress = Object.entries(activities)
    .flatMap(([id, result]) => {
      const stamp = id === keep ? null : runStamp(result.data);
      return stamp && !stamp.setAside ? [{ id, savedAt: stamp.savedAt }] : [];
    })
    .sort((a, b) => a.savedAt - b.savedAt);
  return inProgress.slice(0, Math.max(0, inProgress.length - (RUNS_KEPT - 1))).map((run) => run.id);
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
      const activities = $record.get().activities;
      const before = activities[state.scenarioId];
      const result = activityResultOf(state, before, scenarioOf(key)?.steps ?? []);
      if (!result) continue;
      if (result.data !== undefined) {
        for (const id of runsToSetAside(activities, state.scenarioId)) {
          saveActivity(id, { done: activities[id]?.done ?? false, data: setAsideRun() });
        }
      }
      saveActivity(state.scenarioId, result);
    }
  });
}

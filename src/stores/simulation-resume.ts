/**
 * Resuming a simulation from the learner record. Apart from the store (src/stores/simulation.ts) because it
 * needs the run codec, which a lesson page loads only when it has a saved run to read or a run to save (see
 * src/islands/screens/frame/persistence.ts).
 */
import { decodeRun, runStamp } from '../domain/simulation/codec';
import { replayRun } from '../domain/simulation/run';
import { $simulations, embedOf, replaceSimulation } from './simulation';

/**
 * Resumes a run from its saved form (the learner record's `data`), when the embed has not started yet.
 * Returns true when a run was resumed.
 */
export function resumeSimulation(key: string, saved: string | undefined): boolean {
  const state = $simulations.get()[key];
  const embed = embedOf(key);
  if (!state || !embed || !state.activity || state.run.events.length > 0 || state.run.draft || state.resumed) return false;
  if (runStamp(saved)?.setAside && !state.setAside) {
    replaceSimulation(key, { ...state, setAside: true });
    return false;
  }
  const decoded = decodeRun(saved, embed.scenario.steps);
  if (!decoded || decoded.mode === 'demonstration' || (decoded.events.length === 0 && !decoded.draft)) return false;
  const run = replayRun(embed.simulator, embed.scenario, decoded.mode, decoded.events, decoded);
  replaceSimulation(key, { ...state, run, resumed: true, hint: null });
  return true;
}

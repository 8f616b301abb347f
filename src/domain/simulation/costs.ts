/**
 * What cost points in a finished run, for the course's outcome card. Kept apart from demo.ts: only the card,
 * loaded when an exercise ends, needs it.
 */
import { scoreRun } from '../simulator/core';
import type { Run } from './run';

/** One thing that cost points in a run: a refusal (with the portal's message when known) or a hint. */
export interface RunCost {
  label: string;
  /** Points lost in évaluation. */
  points: number;
}

/** Points one refusal and one hint cost, as the évaluation score counts them (scoreRun). */
export const REFUSAL_COST = 100 - scoreRun({ goalMet: true, errors: 1, hintsUsed: 0 });
export const HINT_COST = 100 - scoreRun({ goalMet: true, errors: 0, hintsUsed: 1 });

/**
 * What cost points in a run: each refusal whose message this page saw, then the refusals made before the run
 * was resumed (counted only), then the hints.
 */
export function runCosts(run: Pick<Run, 'errors' | 'hints'>, refusals: readonly string[]): RunCost[] {
  const seen = (run.errors === 0 ? [] : refusals.slice(-run.errors)).map((text) => ({ label: `Refus du portail : ${text}`, points: REFUSAL_COST }));
  const earlier = run.errors - seen.length;
  const before =
    earlier > 0 ? [{ label: `${earlier} refus du portail avant la reprise de l’exercice`, points: REFUSAL_COST * earlier }] : [];
  const hints = run.hints > 0 ? [{ label: run.hints === 1 ? '1 indice demandé' : `${run.hints} indices demandés`, points: HINT_COST * run.hints }] : [];
  return [...seen, ...before, ...hints];
}

/**
 * Build-time preparation of a scenario for the browser: its starting world is computed here, once, so the
 * simulation islands never ship the fixtures and set-up machinery (see `RunScenario.initial`).
 */
import { startWorld } from '../simulator';
import type { RunScenario } from './run';

export function prepareScenario<T extends Omit<RunScenario, 'initial'>>(scenario: T): T & { initial: RunScenario['initial'] } {
  return { ...scenario, initial: startWorld(scenario) };
}

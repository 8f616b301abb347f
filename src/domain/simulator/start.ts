/**
 * The world a scenario starts from, built at build time (src/domain/simulation/prepare.ts) with the fixtures
 * and the full simulator: the browser never loads the fixtures nor the set-up events that produce it.
 */
import { createWorld, loginAs, PEOPLE, run, supplierWorld, type WorldOptions } from './fixtures';
import { validationWorld } from './fixtures-validation';
import { worksBase } from './fixtures-works';
import type { World } from './model';
import { resolveEvent, type ScenarioBase, type ScenarioData, type ScenarioStart } from './scenario';

/** Builds the world of a scenario base (before the setup events). */
export type ScenarioBaseBuilder = (options: WorldOptions, start: ScenarioStart) => World;

const BASES: Readonly<Record<ScenarioBase, ScenarioBaseBuilder>> = {
  empty: (options) => createWorld(options),
  supplier: (options) => supplierWorld(options),
  validation: (options) => validationWorld(options),
  works: worksBase,
};

/** The world a scenario starts from. Throws only for a broken scenario file (the build check reports it first). */
export function startWorld(scenario: Pick<ScenarioData, 'id' | 'start'>): World {
  const options = { seed: scenario.id, ...(scenario.start.at ? { start: scenario.start.at } : {}) };
  let world = BASES[scenario.start.base](options, scenario.start);
  for (const event of scenario.start.setup) world = run(world, resolveEvent(world, event));
  return scenario.start.loginAs ? loginAs(world, PEOPLE[scenario.start.loginAs]) : world;
}

/**
 * Which island hosts a scenario (Simulation.astro, at build time): the lightest one whose areas have every
 * screen its steps open and handle every event its steps and the public side send. Each island
 * (Simulation*.tsx) names its areas; a page downloads the screens and rules of its islands' areas only.
 */
import { makeSimulator, type Event } from '../../domain/simulator/core';
import { screensOf, type ScreenArea } from './area';
import { AREAS as all } from './Simulation';
import { AREAS as aide } from './SimulationAide';
import { AREAS as compte } from './SimulationCompte';
import { AREAS as factures } from './SimulationFactures';
import { AREAS as travaux } from './SimulationTravaux';
import { AREAS as valider } from './SimulationValider';
import { keysOf } from '../../domain/keys';

/** The islands, lightest first; `all` carries every area. */
export const ISLANDS = { compte, factures, valider, travaux, aide, all } as const satisfies Record<string, readonly ScreenArea[]>;

export type IslandName = keyof typeof ISLANDS;

/** What of a scenario decides its island. */
export interface Hosted {
  steps: readonly { screen: string; event?: Event | undefined }[];
  publicMoves?: readonly { event: Event }[] | undefined;
}

/** Whether these areas have every screen of the scenario and handle every event of it. */
export function hosts(areas: readonly ScreenArea[], scenario: Hosted): boolean {
  const screens = screensOf(areas);
  const simulator = makeSimulator(areas);
  const events = [...scenario.steps.flatMap((step) => (step.event ? [step.event] : [])), ...(scenario.publicMoves ?? []).map((move) => move.event)];
  return scenario.steps.every((step) => step.screen in screens) && events.every((event) => simulator.handles(event.type));
}

/** The lightest island that hosts the scenario; null when none does (a screen no area has). */
export function islandFor(scenario: Hosted): IslandName | null {
  return keysOf(ISLANDS).find((name) => hosts(ISLANDS[name], scenario)) ?? null;
}

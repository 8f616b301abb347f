/**
 * The contract between the simulation frame (Simulation.tsx) and the mock portal screens. A screen renders
 * the world and turns the learner's actions into simulator events; it never decides a portal rule itself:
 * it asks `check` (which runs the simulator's `can`) to enable a control, and shows the messages `dispatch`
 * returns when the portal refuses an action.
 */
import type { ComponentType } from 'preact';
import type { Event, World } from '../../domain/simulator/core';

/** Screen ids, namespaced by area: `compte/…`, `gestion/…`, `factures/…`. */
export type ScreenId = string;

export type CheckResult = { ok: true } | { ok: false; reasons: string[] };

export interface ScreenProps {
  world: World;
  /** Applies a portal action; returns the French messages of the refusal, empty when accepted. */
  dispatch: (event: Event) => string[];
  /** Whether an action is allowed now, and why not (for disabled controls and their explanation). */
  check: (event: Event) => CheckResult;
  /** Moves to another screen of the mock portal, with optional parameters (e.g. an invoice id). */
  navigate: (screen: ScreenId, params?: Readonly<Record<string, string>>) => void;
  /** Parameters of the current screen. */
  params: Readonly<Record<string, string>>;
  /** Accessible name of the control to highlight (démonstration step or hint), if any. */
  highlight?: string | undefined;
  /** Démonstration mode: the screen is shown, the learner does not act. */
  readOnly: boolean;
}

export interface ScreenDefinition {
  /** Title shown in the portal breadcrumb and announced on navigation. */
  title: string;
  component: ComponentType<ScreenProps>;
}

export type ScreenRegistry = Readonly<Record<ScreenId, ScreenDefinition>>;

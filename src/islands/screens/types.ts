/**
 * The contract between the simulation frame (Simulation.tsx) and the mock portal screens. A screen renders
 * the world and turns the learner's actions into simulator events; it never decides a portal rule itself nor
 * runs the simulator: it asks `check` (which runs the simulator's `can`) to enable a control, and `dispatch`
 * hands back the simulator's typed issues when the portal refuses an action (the kit files them by field) and
 * the effects of an accepted one (the id of what it created).
 */
import type { ComponentType } from 'preact';
import type { Event, Issue, TransitionResult, World } from '../../domain/simulator/core';
import type { accountScreens, managerScreens } from './account';
import type { helpMailboxScreens, helpScreens } from './aide';
import type { invoiceScreens } from './invoices';
import type { travauxScreens } from './travaux';
import type { validerScreens } from './valider';

/**
 * The id of a screen of the mock portal: a key of one of the areas' registries (`compte/…`, `gestion/…`,
 * `factures/…`, `valider/…`, `travaux/…`, `aide/…`), so that navigating to a screen no registry has does not compile.
 */
export type ScreenId =
  | keyof typeof accountScreens
  | keyof typeof managerScreens
  | keyof typeof invoiceScreens
  | keyof typeof validerScreens
  | keyof typeof travauxScreens
  | keyof typeof helpScreens
  | keyof typeof helpMailboxScreens;

/** A control's verdict; `issues` are the simulator's when it decided (a screen's own verdict gives reasons only). */
export type CheckResult = { ok: true } | { ok: false; reasons: string[]; issues?: readonly Issue[] };

/**
 * What the portal made of an action: the issues of its refusal (empty when accepted) with their messages (same
 * order), and what it created.
 */
export type Dispatched = Pick<TransitionResult, 'issues' | 'effects'> & { messages: readonly string[] };

export interface ScreenProps {
  world: World;
  /** Applies a portal action; returns the issues of the refusal (empty when accepted) and the effects. */
  dispatch: (event: Event) => Dispatched;
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

/** A screen in its island's own chunk: it can be the first screen of a scenario (rendered on the server, hydrated at once). */
export interface EagerScreen {
  /** Title shown in the portal breadcrumb and announced on navigation. */
  title: string;
  component: ComponentType<ScreenProps>;
}

/**
 * A screen in a chunk of its own, loaded the first time the learner (or a démonstration step) opens it, so that
 * a page does not download the screens its exercises may never reach. It cannot be a scenario's first screen
 * (Simulation.astro fails the build if it is): the server renders that one and hydration needs it at once.
 */
export interface LazyScreen {
  title: string;
  load: () => Promise<ComponentType<ScreenProps>>;
}

export type ScreenDefinition = EagerScreen | LazyScreen;

/** The screens a frame shows, by id: those of its areas (see area.ts). */
export type ScreenRegistry = Readonly<Partial<Record<ScreenId, ScreenDefinition>>>;

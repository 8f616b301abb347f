/**
 * The simulations in progress on the page, one per embed (`key`), with the named actions that change them.
 * Each action calls the pure run engine (src/domain/simulation/run.ts); saving the run into the learner
 * record is a reaction (src/reactions/simulation-save.ts), not the actions' business.
 */
import { map } from 'nanostores';
import { demoWorld, learnerAct, newRun, nextStepIndex, runScore, withDraft, type Run, type RunScenario, type SimulationMode } from '../domain/simulation/run';
import type { Effect, Event, Issue, Simulator } from '../domain/simulator/core';

export interface SimulationState {
  /** The scenario id: the activity's id in the learner record. */
  scenarioId: string;
  /** A démonstration embed never becomes an activity, whatever happens. */
  activity: boolean;
  run: Run;
  /** Démonstration: the step shown (steps.length = the result). */
  position: number;
  /** Entraînement: the step revealed by « Indice », if any. */
  hint: number | null;
  /** Évaluation: the score, once the goal is reached. */
  score: number | null;
  /** The run was rebuilt from a save (shown to the learner once). */
  resumed: boolean;
  /** The saved run had been set aside to keep the record small: the exercise starts afresh (learner told). */
  setAside?: boolean;
  /** Completed runs in this page (each completion is one attempt in the record). */
  completions: number;
  /**
   * The portal's first message for each refusal of this run seen in this page, in order (what cost points,
   * for the outcome card); a resumed run counts earlier refusals in `run.errors` only.
   */
  refusals?: readonly string[];
}

/** Exercises that keep a run in progress at once (the save reaction sets older ones aside). */
export const RUNS_KEPT = 3;

export const $simulations = map<Record<string, SimulationState>>({});

/** What an embed runs: its scenario, on the simulator its island made from the areas of its screens. */
export interface Embed {
  scenario: RunScenario;
  simulator: Simulator;
}

const embeds = new Map<string, Embed>();

function set(key: string, state: SimulationState): void {
  $simulations.setKey(key, state);
}

/** Replaces the state of an embed (the resume, src/stores/simulation-resume.ts, which decodes saved runs). */
export function replaceSimulation(key: string, state: SimulationState): void {
  set(key, state);
}

function get(key: string): SimulationState | undefined {
  return $simulations.get()[key];
}

/** The state of an embed before anything happened (a démonstration shows its first step's world). */
export function freshSimulation({ scenario, simulator }: Embed, mode: SimulationMode, activity: boolean, completions = 0): SimulationState {
  const run = mode === 'demonstration' ? { ...newRun(scenario, mode), world: demoWorld(simulator, scenario, 0) } : newRun(scenario, mode);
  return { scenarioId: scenario.id, activity, run, position: 0, hint: null, score: null, resumed: false, completions };
}

/** Opens a simulation embed (once per key; later calls keep the run in progress). */
export function openSimulation(key: string, embed: Embed, mode: SimulationMode, activity = mode !== 'demonstration'): void {
  embeds.set(key, embed);
  if (get(key)) return;
  set(key, freshSimulation(embed, mode, activity));
}

/** The scenario of an embed (the save reaction encodes runs against its steps). */
export function scenarioOf(key: string): RunScenario | undefined {
  return embeds.get(key)?.scenario;
}

/** The scenario of an embed and the simulator it runs on (the resume replays the saved events with it). */
export function embedOf(key: string): Embed | undefined {
  return embeds.get(key);
}

/** What the portal made of a learner's action: its refusal (issues and their messages), or what it created. */
export interface SimulationAct {
  issues: Issue[];
  messages: string[];
  effects: Effect[];
}

/** The learner's action on the portal; returns the issues (empty when accepted) and the effects. */
export function actInSimulation(key: string, event: Event): SimulationAct {
  const state = get(key);
  const embed = embeds.get(key);
  if (!state || !embed || state.run.mode === 'demonstration') return { issues: [], messages: [], effects: [] };
  const { scenario, simulator } = embed;
  const outcome = learnerAct(simulator, scenario, state.run, event);
  const reached = outcome.run.done && !state.run.done;
  if (outcome.run === state.run) return { issues: outcome.issues, messages: outcome.messages, effects: outcome.effects };
  const score = reached && outcome.run.mode === 'evaluation' ? runScore(scenario, outcome.run) : state.score;
  const hint = outcome.issues.length === 0 ? null : state.hint;
  const refusals = outcome.issues.length > 0 ? [...(state.refusals ?? []), outcome.messages[0] ?? ''] : state.refusals;
  set(key, { ...state, run: outcome.run, score, hint, completions: state.completions + (reached ? 1 : 0), ...(refusals ? { refusals } : {}) });
  return { issues: outcome.issues, messages: outcome.messages, effects: outcome.effects };
}

/**
 * Keeps what the learner typed in form `form` of `screen` (the fields that differ from the form's start), so
 * that a reload brings it back; an empty `fields` forgets it.
 */
export function keepDraft(key: string, screen: string, params: Readonly<Record<string, string>>, form: string, fields: Readonly<Record<string, unknown>>): void {
  const state = get(key);
  if (!state || !state.activity) return;
  const run = withDraft(state.run, screen, params, form, fields);
  if (run !== state.run && JSON.stringify(run.draft) !== JSON.stringify(state.run.draft)) set(key, { ...state, run });
}

/** Whether leaving the run now (restart, other mode) would lose anything: actions taken or a form being filled. */
export function hasWorkInProgress(state: SimulationState | undefined): boolean {
  if (!state || state.run.mode === 'demonstration' || state.run.done) return false;
  return state.run.events.length > 0 || state.run.errors > 0 || state.run.draft !== undefined;
}

/** « Faire avancer le temps ». */
export function advanceSimulationTime(key: string, minutes: number): string[] {
  return actInSimulation(key, { type: 'clock.advance', minutes }).messages;
}

/** « Indice »: reveals the next expected step (entraînement only). */
export function revealHint(key: string): void {
  const state = get(key);
  const scenario = embeds.get(key)?.scenario;
  if (!state || !scenario || state.run.mode !== 'entrainement' || state.run.done) return;
  const next = nextStepIndex(scenario.steps, state.run.events);
  set(key, { ...state, hint: next, run: { ...state.run, hints: state.run.hints + 1 } });
}

/** « Recommencer l'exercice »: a fresh run in the same mode. */
export function restartSimulation(key: string): void {
  const state = get(key);
  const embed = embeds.get(key);
  if (!state || !embed) return;
  set(key, { ...freshSimulation(embed, state.run.mode, state.activity, state.completions), resumed: false });
}

/** Switches an activity between entraînement and évaluation: a fresh run in the new mode. */
export function switchSimulationMode(key: string, mode: Exclude<SimulationMode, 'demonstration'>): void {
  const state = get(key);
  const embed = embeds.get(key);
  if (!state || !embed || !state.activity || state.run.mode === mode) return;
  set(key, freshSimulation(embed, mode, true, state.completions));
}

/** Démonstration: shows step `position` (clamped), the world being the start plus the steps before it. */
export function showDemoStep(key: string, position: number): void {
  const state = get(key);
  const embed = embeds.get(key);
  if (!state || !embed || state.run.mode !== 'demonstration') return;
  const { scenario, simulator } = embed;
  const clamped = Math.max(0, Math.min(position, scenario.steps.length));
  if (clamped === state.position) return;
  set(key, { ...state, position: clamped, run: { ...state.run, world: demoWorld(simulator, scenario, clamped), done: clamped === scenario.steps.length } });
}

/** Forgets every simulation (tests). */
export function clearSimulations(): void {
  $simulations.set({});
  embeds.clear();
}

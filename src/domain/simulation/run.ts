/**
 * One learner's run of a scenario, as plain data: the events the portal accepted from the learner (the clock
 * included), the refusals and hints counted for évaluation, and the world they lead to.
 *
 * The world is never saved: it is rebuilt by replaying the accepted events on the scenario's starting world,
 * which the simulator guarantees to be deterministic. The public side's scripted moves (`publicMoves`) are
 * applied after each « Faire avancer le temps » that takes the clock past them, so a replay applies them at
 * the same moments.
 */
import {
  evaluateGoal,
  type Effect,
  resolveEvent,
  scoreRun,
  type Event,
  type GoalCondition,
  type Issue,
  type ScenarioData,
  type ScenarioStep,
  type Simulator,
  type World,
} from '../simulator/core';

/** How the learner meets a simulation (facts of the course design: demo, practice, scored test). */
export type SimulationMode = 'demonstration' | 'entrainement' | 'evaluation';

/** A move of the public side, revealed once the clock passes `after` minutes from the start. */
export interface PublicMove {
  after: number;
  event: Event;
}

/**
 * What the run needs to know of the scenario: its data and its starting world, computed once when the page is
 * built (`prepareScenario`), so that the browser never loads the fixtures and set-up events that produce it.
 */
export interface RunScenario extends ScenarioData {
  publicMoves?: readonly PublicMove[] | undefined;
  /** The world the scenario starts from (`startWorld(scenario)`). */
  initial: World;
}

export interface Run {
  mode: SimulationMode;
  /** The learner's accepted events, in order (what is saved). */
  events: Event[];
  /** Refused actions (each costs points in évaluation). */
  errors: number;
  /** Hints asked for. */
  hints: number;
  /** Indexes of the public moves already applied. */
  movesApplied: number[];
  /** Minute of the simulated clock at the start, for the public moves. */
  startedAt: number;
  world: World;
  /** The goal is reached. */
  done: boolean;
  /**
   * What the learner typed in the open form and has not submitted yet, so that a reload keeps it. Dropped as
   * soon as the portal accepts an event (the form's content then lives in the world).
   */
  draft?: RunDraft | undefined;
}

/** A form being filled: the screen it is on (with its parameters) and, by form name, the fields changed. */
export interface RunDraft {
  screen: string;
  params?: Readonly<Record<string, string>> | undefined;
  forms: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

/**
 * The run with `fields` as the draft of form `form` on `screen` (an empty `fields` forgets that form). A
 * draft on another screen replaces the previous one: only the form in front of the learner is kept.
 */
export function withDraft(run: Run, screen: string, params: Readonly<Record<string, string>>, form: string, fields: Readonly<Record<string, unknown>>): Run {
  if (run.mode === 'demonstration' || run.done) return run;
  const same = run.draft?.screen === screen && JSON.stringify(run.draft.params ?? {}) === JSON.stringify(params);
  const forms: Record<string, Readonly<Record<string, unknown>>> = { ...(same ? run.draft?.forms : {}) };
  if (Object.keys(fields).length > 0) forms[form] = fields;
  else delete forms[form];
  const draft = Object.keys(forms).length > 0 ? { screen, ...(Object.keys(params).length > 0 ? { params } : {}), forms } : undefined;
  return { ...run, draft };
}

/** A fresh run of the scenario. */
export function newRun(scenario: RunScenario, mode: SimulationMode): Run {
  const world = scenario.initial;
  return { mode, events: [], errors: 0, hints: 0, movesApplied: [], startedAt: world.now, world, done: false };
}

/** Applies the public moves that are due and not yet applied; a move the world refuses waits for later. */
function applyDueMoves(simulator: Simulator, scenario: RunScenario, run: Run, world: World): { world: World; movesApplied: number[] } {
  let current = world;
  const applied = [...run.movesApplied];
  (scenario.publicMoves ?? []).forEach((move, index) => {
    if (applied.includes(index) || current.now < run.startedAt + move.after) return;
    const outcome = simulator.act(current, move.event);
    if (outcome.issues.length === 0) {
      current = outcome.world;
      applied.push(index);
    }
  });
  return { world: current, movesApplied: applied };
}

/** The result of a learner's action on a run. */
export interface ActOutcome {
  run: Run;
  issues: Issue[];
  messages: string[];
  /** What the accepted event created (see `transition`); empty when refused or when nothing happened. */
  effects: Effect[];
}

/**
 * The learner acts. An accepted event is kept (placeholders resolved, so a replay is exact) and, when it is
 * the clock, the due public moves follow; a refused one counts as an error. Nothing happens once done.
 * `simulator` is the page's, made from the areas of its screens.
 */
export function learnerAct(simulator: Simulator, scenario: RunScenario, run: Run, event: Event): ActOutcome {
  // Once the goal is reached the learner may still let time pass, to watch what follows; nothing else.
  if (run.done && event.type !== 'clock.advance') return { run, issues: [], messages: [], effects: [] };
  const resolved = resolveEvent(run.world, event);
  const outcome = simulator.act(run.world, resolved);
  if (outcome.issues.length > 0) {
    const world = outcome.world;
    return { run: { ...run, world, errors: run.errors + 1 }, issues: outcome.issues, messages: outcome.messages, effects: [] };
  }
  // An accepted event submits the form being filled: its draft is no longer needed.
  let next: Run = { ...run, world: outcome.world, events: [...run.events, resolved], draft: resolved.type === 'clock.advance' ? run.draft : undefined };
  if (resolved.type === 'clock.advance') next = { ...next, ...applyDueMoves(simulator, scenario, next, next.world) };
  next = { ...next, done: run.done || evaluateGoal(next.world, scenario.goal).met };
  return { run: next, issues: [], messages: [], effects: outcome.effects };
}

/**
 * Rebuilds a run from saved events. Replaying stops at the first event the world refuses (the scenario
 * changed since the save): the learner resumes from there rather than from a broken world.
 */
export function replayRun(
  simulator: Simulator,
  scenario: RunScenario,
  mode: SimulationMode,
  events: readonly Event[],
  counts: { errors: number; hints: number; draft?: RunDraft | undefined },
): Run {
  let run: Run = { ...newRun(scenario, mode), errors: counts.errors, hints: counts.hints };
  for (const event of events) {
    const outcome = learnerAct(simulator, scenario, run, event);
    if (outcome.issues.length > 0) return { ...run, errors: counts.errors };
    run = outcome.run;
    if (run.done) break;
  }
  return run.done || !counts.draft ? run : { ...run, draft: counts.draft };
}

/** The évaluation score of a run (0 when the goal is not reached). */
export function runScore(scenario: { goal: readonly GoalCondition[] }, run: Run): number {
  return scoreRun({ goalMet: evaluateGoal(run.world, scenario.goal).met, errors: run.errors, hintsUsed: run.hints });
}

/**
 * The next expected step for a hint: the steps' events are matched in order against the learner's accepted
 * events by type; the hint is the first step after the last one matched (a step that only moves between
 * screens counts with the step that follows it).
 */
export function nextStepIndex(steps: readonly ScenarioStep[], events: readonly Event[]): number {
  let matched = -1;
  let from = 0;
  for (const event of events) {
    for (let i = from; i < steps.length; i++) {
      if (steps[i]?.event?.type === event.type) {
        matched = i;
        from = i + 1;
        break;
      }
    }
  }
  return Math.min(matched + 1, Math.max(steps.length - 1, 0));
}

/**
 * The world of démonstration position `position`: the start with the events of the steps before it
 * (position `steps.length` is the result, after every step).
 */
export function demoWorld(simulator: Simulator, scenario: RunScenario, position: number): World {
  let world = scenario.initial;
  for (const step of scenario.steps.slice(0, position)) {
    if (!step.event) continue;
    const outcome = simulator.act(world, step.event);
    if (outcome.issues.length === 0) world = outcome.world;
  }
  return world;
}

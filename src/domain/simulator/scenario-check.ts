/**
 * The build-time check of a scenario, apart from scenario.ts so that the browser's pages, which start and
 * play scenarios, do not download the invariants of every area.
 */
import { fullSimulator } from './full';
import { invariants } from './invariants';
import type { World } from './model';
import { evaluateGoal, resolveEvent, type ScenarioData } from './scenario';
import type { Simulator } from './simulator';
import { startWorld } from './start';

/**
 * Build-time check of a scenario: the start builds cleanly and keeps the invariants, the goal is not already
 * met, and replaying the expected steps' events reaches the goal with no refusal — so an impossible goal or a
 * broken demo fails the build. Returns problems as `[path, message]` pairs. The steps run on `simulator`: the
 * full one by default, or the one a page makes from the areas of the island that hosts the scenario.
 */
export function checkScenario(scenario: ScenarioData, simulator: Simulator = fullSimulator): Array<[string, string]> {
  const problems: Array<[string, string]> = [];
  let world: World;
  try {
    world = startWorld(scenario);
  } catch (error) {
    return [['start', (error as Error).message]];
  }
  for (const broken of invariants(world)) problems.push(['start', `the starting world breaks an invariant: ${broken}`]);
  if (evaluateGoal(world, scenario.goal).met) problems.push(['goal', 'the goal is already met at the start']);
  scenario.steps.forEach((step, index) => {
    if (!step.event) return;
    const resolved = resolveEvent(world, step.event);
    const allowed = simulator.can(world, resolved);
    if (!allowed.ok) {
      problems.push([`steps[${index}].event`, `step "${step.id}" is refused: ${allowed.issues.map((found) => simulator.message(found)).join(' / ')}`]);
      return;
    }
    world = simulator.transition(world, resolved).world;
  });
  const goal = evaluateGoal(world, scenario.goal);
  goal.conditions.forEach((met, index) => {
    if (!met) problems.push([`goal[${index}]`, `the expected steps do not reach this condition (${scenario.goal[index]?.type})`]);
  });
  return problems;
}

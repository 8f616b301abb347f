/**
 * Live simulations in the audience view: when the step shown holds a simulation stage, the simulation is
 * mounted there — a démonstration at the step the presenter is on (it follows the presenter's keys), or
 * an exercise the trainer operates on the shared screen. Trainer mode never tracks: nothing reaches the
 * learner record or an LMS (`tracking: false`). The simulator and its screens are loaded only when a
 * simulation step is first shown, so the audience page itself stays light.
 */
import type { SimulationScenario } from '../screens/SimulationFrame';

type Scenarios = Readonly<Record<string, SimulationScenario>>;

let scenarios: Scenarios | null = null;
/** Stages with a simulation mounted: only the shown step's stay mounted (a démonstration's steps share one run). */
const mounted = new Set<HTMLElement>();

function readScenarios(): Scenarios {
  if (scenarios) return scenarios;
  try {
    scenarios = JSON.parse(document.getElementById('sim-scenarios')?.textContent ?? '{}') as Scenarios;
  } catch {
    scenarios = {};
  }
  return scenarios;
}

/** Mounts the simulation of every stage inside `section`, and unmounts those of the other steps. */
export async function mountSimulations(section: Element | null): Promise<void> {
  const stages = section ? Array.from(section.querySelectorAll<HTMLElement>('[data-sim-stage]')) : [];
  const { h, render } = await import('preact');
  for (const stage of mounted) {
    if (stages.includes(stage)) continue;
    render(null, stage);
    mounted.delete(stage);
  }
  if (stages.length === 0) return;
  // The same island module the lessons use for scenarios that cross areas: the bundles stay as they are.
  const [{ default: Simulation }, { WHY_TEXTS }] = await Promise.all([import('../screens/Simulation'), import('../screens/why')]);
  for (const stage of stages) {
    if (mounted.has(stage)) continue;
    const scenario = readScenarios()[stage.dataset['scenario'] ?? ''];
    if (!scenario) continue;
    const step = stage.dataset['scenarioStep'];
    const props =
      step === undefined
        ? { scenario, mode: 'entrainement' as const, tracking: false }
        : { scenario, mode: 'demonstration' as const, tracking: false, position: Number(step) };
    render(h(Simulation, { ...props, why: WHY_TEXTS }), stage);
    mounted.add(stage);
  }
}

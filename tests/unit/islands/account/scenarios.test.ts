import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { act, checkScenario, evaluateGoal, startWorld, type ScenarioData } from '../../../../src/domain/simulator';
import { accountArea } from '../../../../src/islands/screens/account';
import { screensOf } from '../../../../src/islands/screens/area';
import { validateScenarios, type Scenario } from '../../../../src/schemas/scenario';

/** The module 2 scenarios, as written in content/scenarios/m2-*.yaml. */
type M2Scenario = ScenarioData & Pick<Scenario, 'title' | 'module' | 'lesson' | 'role' | 'intro' | 'hints'>;

const dir = join(process.cwd(), 'content', 'scenarios');
const files = readdirSync(dir).filter((file) => /^m2-.*\.ya?ml$/.test(file));
const scenarios = files.map((file) => ({ file, data: parse(readFileSync(join(dir, file), 'utf8')) as M2Scenario }));

describe('module 2 scenarios', () => {
  it('cover the account, structure and gestionnaire exercises', () => {
    expect(scenarios.map((s) => s.data.id).sort()).toEqual([
      'm2-demo-structure',
      'm2-sim-banque',
      'm2-sim-compte',
      'm2-sim-espace',
      'm2-sim-rattachement',
      'm2-sim-service',
      'm2-sim-structure',
    ]);
  });

  describe.each(scenarios)('$file', ({ file, data }) => {
    it('is named after its id and describes itself for the learner', () => {
      expect(file).toBe(`${data.id}.yaml`);
      expect(data.module).toBe('m2-compte-structure');
      expect(data.lesson).toMatch(/^m2-/);
      for (const text of [data.title, data.role, data.intro, ...data.hints]) expect(typeof text).toBe('string');
      expect(data.hints.length).toBeGreaterThan(0);
    });

    it('starts cleanly and its expected steps reach the goal (checkScenario)', () => {
      expect(checkScenario(data)).toEqual([]);
    });

    it('passes the content schema and its cross-references', () => {
      const course = parse(readFileSync(join(process.cwd(), 'content', 'course.yaml'), 'utf8')) as { modules: { id: string; lessons: { id: string }[] }[] };
      const checked = validateScenarios([{ file, name: file.replace(/\.yaml$/, ''), data }], course);
      expect(checked.problems).toEqual([]);
    });

    it('names account screens only, with unique step ids', () => {
      for (const step of data.steps) expect(Object.keys(screensOf([accountArea]))).toContain(step.screen);
      expect(new Set(data.steps.map((step) => step.id)).size).toBe(data.steps.length);
    });

    it('is not won by doing nothing, and is won by the steps replayed as a learner would', () => {
      let world = startWorld(data);
      expect(evaluateGoal(world, data.goal).met).toBe(false);
      for (const step of data.steps) {
        if (!step.event) continue;
        const outcome = act(world, step.event);
        expect(outcome.messages).toEqual([]);
        world = outcome.world;
      }
      expect(evaluateGoal(world, data.goal).met).toBe(true);
    });
  });
});

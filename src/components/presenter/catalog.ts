/**
 * Build-time data of the trainer pages (Node only: it reads the disk). The quizzes come from the checked
 * content; the scenarios are read from `content/scenarios/` when that folder exists (it belongs to the
 * simulator, whose loader may not be wired into `content()` yet), leniently, so a scenario this reader does
 * not understand is simply left out.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { drawQuestions } from '../../domain/quiz/draw';
import type { Question } from '../../domain/quiz/types';
import { scenarioOutline, type ScenarioOutline } from '../../domain/presenter/scenario-outline';
import { isDemonstration, type StepCatalog } from '../../domain/presenter/steps';
import { content } from '../../site/course';

/** Seed of the class draw of a bank with `draw` (the final test): the same questions at every session. */
const CLASS_SEED = 20260302;

let scenarios: ScenarioOutline[] | undefined;

/**
 * Every readable scenario, sorted by id: from the checked content when its loader provides them, otherwise
 * from `content/scenarios/` directly; none when neither exists.
 */
export function scenarioOutlines(): ScenarioOutline[] {
  if (scenarios) return scenarios;
  const checked = (content() as { scenarios?: unknown }).scenarios;
  const raw: unknown[] = Array.isArray(checked) ? checked : readScenarioFiles();
  scenarios = raw
    .map((data) => scenarioOutline(data))
    .filter((outline): outline is ScenarioOutline => outline !== null)
    .sort((a, b) => a.id.localeCompare(b.id));
  return scenarios;
}

function readScenarioFiles(): unknown[] {
  const dir = join(process.cwd(), 'content', 'scenarios');
  if (!existsSync(dir)) return [];
  const found: unknown[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!/\.ya?ml$/.test(name) || name.startsWith('_')) continue;
    try {
      found.push(parse(readFileSync(join(dir, name), 'utf8')));
    } catch {
      // An unreadable file is the simulator's build check to report, not the trainer pages'.
    }
  }
  return found;
}

export function scenarioById(id: string): ScenarioOutline | undefined {
  return scenarioOutlines().find((s) => s.id === id);
}

/** The props of <Simulation scenario mode> as trainer pages and handouts receive them. */
export interface SimulationEmbedProps {
  scenario: string;
  mode?: string;
}

/** An embedded simulation: its scenario's outline (none while the scenario is in preparation) and whether it is a démonstration. */
export function embeddedSimulation({ scenario, mode = '' }: SimulationEmbedProps) {
  const outline = scenarioById(scenario);
  return { scenario, mode, outline, demonstration: isDemonstration(mode) };
}

/**
 * The questions of a bank shown in class: all of them, or for a bank drawn per attempt one fixed draw of
 * that size, in the bank's order. None for the final test: its questions and answers certify the learners,
 * so the trainer kit never shows them (the lesson shows a note instead, see QuizMarker).
 */
export function classQuestions(bankId: string): Question[] | undefined {
  const bank = content().quizzes.find((b) => b.id === bankId);
  if (!bank) return undefined;
  if (bank.kind === 'final') return [];
  const questions = bank.questions as Question[];
  if (!bank.draw || bank.draw >= questions.length) return questions;
  const drawn = drawQuestions(questions, { count: bank.draw, seed: CLASS_SEED, shuffle: false });
  return drawn.ok ? drawn.value : questions;
}

/** The bank is the certifying final test (never shown in the trainer kit). */
export function isFinalBank(bankId: string): boolean {
  return content().quizzes.find((b) => b.id === bankId)?.kind === 'final';
}

export const catalog: StepCatalog = {
  questions: classQuestions,
  scenario: scenarioById,
};

/** What every step component takes: the heading it opens with (h3 under the presenter pane's own h2, else h2). */
export interface StepHeading {
  heading: 'h2' | 'h3';
}

/**
 * Schema of a simulation scenario: `content/scenarios/<id>.yaml`, and the build-time check that runs it on
 * every file (`validateScenarios`): the schema, then the cross-references (module, lesson), then the
 * simulator's own replay (`checkScenario`): the starting world must build, and replaying the expected steps
 * must reach the goal with no refusal — an impossible goal or a broken demo fails the build.
 *
 * Events are validated here only as objects whose `type` is a known event type; their fields are checked by
 * the simulator during the replay, which is the one place that knows every rule.
 */
import { z } from 'zod';
import {
  CADRES,
  checkScenario,
  ESPACES,
  EVENT_TYPES,
  INVOICE_STATUSES,
  PEOPLE,
  WORKS_ROLES,
  WORKS_STAGES,
  WORKS_STATUSES,
  type Event,
  type GoalCondition,
  type ScenarioData,
  type ScenarioStep,
} from '../domain/simulator';
import { INTENTS } from '../domain/help/claudia';
import { idSchema } from './ids';
import { formatPath } from './problems';

const text = z.string().trim().min(1);

/** A portal event as written in YAML: `{ type: invoice.submit, invoiceId: $lastInvoice }`. */
export const eventSchema = z
  .looseObject({
    /** One of the simulator's event types (src/domain/simulator/events.ts). */
    type: z.enum(EVENT_TYPES, { message: `must be one of the event types: ${EVENT_TYPES.join(', ')}` }),
  })
  .transform((value) => value as unknown as Event);

const email = z.string().trim().min(3);
const siret = z.string().regex(/^\d{14}$/, { message: 'must be a SIRET of 14 digits, in quotes' });
const cadre = z.enum(Object.keys(CADRES) as [keyof typeof CADRES, ...(keyof typeof CADRES)[]]);

/** One condition of the goal, checked on the resulting world (see GoalCondition in scenario.ts). */
export const goalSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('account-activated'), loginEmail: email }),
  z.strictObject({ type: z.literal('logged-in'), loginEmail: email }),
  z.strictObject({ type: z.literal('structure-member'), siret, loginEmail: email, role: z.enum(['gestionnairePrincipal', 'utilisateur']).optional() }),
  z.strictObject({ type: z.literal('service-exists'), siret, code: text }),
  z.strictObject({ type: z.literal('bank-account'), siret }),
  z.strictObject({ type: z.literal('espace-open'), siret, espace: z.enum(ESPACES) }),
  z.strictObject({
    type: z.literal('espace-subscribed'),
    siret,
    espace: z.enum(ESPACES),
    loginEmail: email,
    mode: z.enum(['consultation', 'modification']).optional(),
  }),
  z.strictObject({ type: z.literal('rattachement'), siret, loginEmail: email, status: z.enum(['enAttente', 'validee', 'refusee']) }),
  z.strictObject({
    type: z.literal('invoice'),
    /** Statuses that count (e.g. every status after the deposit). */
    status: z.array(z.enum(INVOICE_STATUSES)).min(1),
    number: text.optional(),
    /** The invoice must not carry this number (a rejected invoice is re-sent under a new number). */
    notNumber: text.optional(),
    recipientSiret: siret.optional(),
    cadre: cadre.optional(),
    codeService: text.optional(),
    engagement: text.optional(),
  }),
  z.strictObject({
    type: z.literal('search-results'),
    /** The last search of the session found exactly these invoice numbers (in any order). */
    numbers: z.array(text),
  }),
  z.strictObject({
    type: z.literal('help-asked'),
    /** ClaudIA recognised a question as this intent. */
    intent: z.enum(INTENTS),
  }),
  z.strictObject({
    type: z.literal('ticket'),
    /** A sollicitation was sent, with this category and sub-category when given (src/domain/help/support.ts). */
    category: text.optional(),
    subCategory: text.optional(),
  }),
  z.strictObject({
    type: z.literal('works-piece'),
    /** A works piece of this cadre / status / number / depositor exists (every field optional). */
    cadre: cadre.optional(),
    status: z.array(z.enum(WORKS_STATUSES)).min(1).optional(),
    number: text.optional(),
    depositorSiret: siret.optional(),
    /** Deposited from a piece of this cadre. */
    parentCadre: cadre.optional(),
    /** Its amount revised by the MOE (true) or kept (false). */
    revised: z.boolean().optional(),
    /** An A10 validated by the titulaire (or tacitly). */
    validated: z.boolean().optional(),
    /** Addressed to this actor (`moe`, `moa`, `titulaire`, `serviceFinancier`…). */
    to: z.enum(WORKS_ROLES).optional(),
  }),
  z.strictObject({
    type: z.literal('works-consulted'),
    /** The learner consulted the works piece of this number (« Consulter », from its dossier de facturation). */
    number: text,
  }),
]);

/** A screen id of the mock portal: `compte/…`, `gestion/…`, `factures/…`, `valider/…`, `aide/…` or `travaux/…`. */
const screenId = z.string().regex(/^(compte|gestion|factures|valider|aide|travaux)\/[a-z0-9-]+$/, { message: 'must be a screen id such as "factures/synthese"' });

/** One expected step: for démonstration (shown one after the other) and for hints in entraînement. */
export const stepSchema = z.strictObject({
  /** Stable id, unique in the scenario. */
  id: idSchema,
  /** What the learner does, in French (« Cliquer sur « Enregistrer » »). */
  title: text,
  /** Why, in French: shown in démonstration and with the hint. */
  explanation: text,
  /** The screen the step happens on. */
  screen: screenId,
  /** Accessible name of the control to highlight. Default none. */
  target: text.optional(),
  /** The portal action the step performs. Steps without one only move between screens. */
  event: eventSchema.optional(),
});

/** A move of the public side, applied once « Faire avancer le temps » takes the clock past it. */
export const publicMoveSchema = z.strictObject({
  /** Minutes after the start of the scenario. */
  after: z.number().int().positive(),
  /** A `public.*` event (placeholders such as `$lastInvoice` allowed). */
  event: eventSchema.refine((event) => event.type.startsWith('public.'), { message: 'a public move must be a public.* event' }),
});

export const scenarioSchema = z.strictObject({
  /** Stable id, equal to the file name; the learner's result is saved under it. */
  id: idSchema,
  /** Title of the exercise, in French. */
  title: text,
  /** Module id of course.yaml. */
  module: idSchema,
  /** Lesson id of course.yaml (in that module) that teaches what the exercise practises. */
  lesson: idSchema,
  /** Who the learner plays, in French (« Vous êtes Claire Durand, … »). */
  role: text,
  /** What to do, in French. */
  intro: text,
  /** General hints shown with the step hints in entraînement. Default none. */
  hints: z.array(text).default([]),
  /** Shown when the goal is reached. */
  success: text.default('Bravo : l’objectif de l’exercice est atteint.'),
  start: z.strictObject({
    /**
     * `empty`: an empty portal; `supplier`: Claire Durand logged in with « Factures émises » ready;
     * `validation`: Menuiserie Durand (titulaire, « Factures à valider ») and Plomberie Martin (sous-traitant),
     * nobody logged in (see src/domain/simulator/fixtures-validation.ts); `works`: the two marchés de travaux
     * and their actors, nobody logged in (src/domain/simulator/fixtures-works.ts).
     */
    base: z.enum(['empty', 'supplier', 'validation', 'works']),
    /** ISO moment of the simulated clock. Default 2026-03-02T09:00Z. */
    at: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$/, { message: 'must be an ISO moment such as 2026-03-02T09:00Z' }).optional(),
    /** Events applied to build the starting world. Default none. */
    setup: z.array(eventSchema).default([]),
    /** Log in as one of the fixture people once set up. */
    loginAs: z.enum(Object.keys(PEOPLE) as [keyof typeof PEOPLE, ...(keyof typeof PEOPLE)[]]).optional(),
    /** Base `works` only: a dossier built up to this stage first (see WorksStage in fixtures-works.ts). Default none. */
    stage: z.enum(WORKS_STAGES).optional(),
  }),
  /** Conditions on the resulting world, all required: any valid path succeeds. */
  goal: z.array(goalSchema).min(1),
  /** Expected steps, in order. */
  steps: z.array(stepSchema).min(1),
  /** Moves of the public side revealed by « Faire avancer le temps ». Default none. */
  publicMoves: z.array(publicMoveSchema).default([]),
});

/** A checked scenario file, as the pages and the simulation frame get it. */
export interface Scenario extends ScenarioData {
  title: string;
  module: string;
  lesson: string;
  role: string;
  intro: string;
  hints: string[];
  success: string;
  steps: ScenarioStep[];
  goal: GoalCondition[];
  publicMoves: Array<{ after: number; event: Event }>;
}

export interface ScenarioProblem {
  file: string;
  path: string;
  message: string;
  hint?: string;
}

/**
 * Validates every scenario file: schema, file name, module and lesson ids, unique step ids, then the replay.
 * Returns every problem at once and the scenarios that passed the schema.
 */
export function validateScenarios(
  files: ReadonlyArray<{ file: string; name: string; data: unknown }>,
  course: { modules: ReadonlyArray<{ id: string; lessons: ReadonlyArray<{ id: string }> }> },
): { problems: ScenarioProblem[]; scenarios: Scenario[] } {
  const problems: ScenarioProblem[] = [];
  const scenarios: Scenario[] = [];
  const modules = new Map(course.modules.map((m) => [m.id, new Set(m.lessons.map((l) => l.id))]));
  for (const { file, name, data } of files) {
    const parsed = scenarioSchema.safeParse(data);
    if (!parsed.success) {
      for (const found of parsed.error.issues) {
        const problem: ScenarioProblem = { file, path: formatPath(found.path), message: found.message };
        if (found.code === 'unrecognized_keys') problem.hint = 'remove it or fix its spelling (see src/schemas/scenario.ts for the fields)';
        problems.push(problem);
      }
      continue;
    }
    const scenario = parsed.data as Scenario;
    const before = problems.length;
    if (scenario.id !== name) {
      problems.push({ file, path: 'id', message: `scenario id "${scenario.id}" differs from the file name "${name}"`, hint: `rename the file to ${scenario.id}.yaml or set id: ${name}` });
    }
    const lessons = modules.get(scenario.module);
    if (!lessons) {
      problems.push({ file, path: 'module', message: `unknown module "${scenario.module}"`, hint: `modules in course.yaml: ${[...modules.keys()].join(', ')}` });
    } else if (!lessons.has(scenario.lesson)) {
      problems.push({ file, path: 'lesson', message: `lesson "${scenario.lesson}" is not in module "${scenario.module}"`, hint: `lessons of ${scenario.module}: ${[...lessons].join(', ')}` });
    }
    const seen = new Set<string>();
    scenario.steps.forEach((step, i) => {
      if (seen.has(step.id)) problems.push({ file, path: `steps[${i}].id`, message: `duplicate step id "${step.id}"` });
      seen.add(step.id);
    });
    let replay: Array<[string, string]>;
    try {
      replay = checkScenario(scenario);
    } catch (error) {
      replay = [['steps', `the replay failed: ${(error as Error).message} — check the fields of the events`]];
    }
    for (const [path, message] of replay) {
      problems.push({ file, path, message, hint: 'replaying the start and the expected steps in the simulator must reach the goal' });
    }
    if (problems.length === before) scenarios.push(scenario);
  }
  return { problems, scenarios };
}

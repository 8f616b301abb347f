import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Event, ScenarioStep } from '../../src/domain/simulator';
import { simulationEmbeds } from '../../src/schemas/check-content';
import { frenchSpacing } from '../../src/domain/text/typography';
import { content, learnerView } from './support';
import { focus } from './invoice-support';

/**
 * « Factures à valider » simulations (module 5, the titulaire's or mandataire's side), driven by the data:
 * every scenario of content/scenarios whose steps happen on `valider/…` screens is completed from the lesson
 * that embeds it, keyboard only, in entraînement and évaluation, and its démonstration is stepped with the
 * arrow keys; axe checks each screen of the espace. The subcontractor's scenario (`factures/…` screens only)
 * runs in simulations.spec.ts.
 */

const lessonFiles = new Map(content.lessons.map((lesson) => [lesson.id, lesson.file]));

function lessonEmbedding(scenarioId: string, modes: readonly string[]): string | undefined {
  return content.lessons.find((lesson) => {
    const body = readFileSync(lessonFiles.get(lesson.id) ?? '', 'utf8');
    return simulationEmbeds(body).some((embed) => embed.scenario === scenarioId && modes.includes(embed.mode ?? ''));
  })?.id;
}

const validerScenarios = content.scenarios.filter((scenario) => scenario.steps.every((step) => step.screen.startsWith('valider/')));

async function press(page: Page, target: Locator, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  await focus(page, target);
  await page.keyboard.press(key);
}

async function type(page: Page, field: Locator, value: string): Promise<void> {
  await focus(page, field);
  await page.keyboard.press('ControlOrMeta+a');
  if (value === '') await page.keyboard.press('Delete');
  else await page.keyboard.type(value);
  await expect(field).toHaveValue(value);
}

const control = (sim: Locator, name: string) => sim.getByRole('button', { name, exact: true }).or(sim.getByRole('link', { name, exact: true })).first();

async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).include(['iframe[data-course-frame]', '[data-scenario]']).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Types what a step's event holds into the current screen, then presses the step's control. */
async function performStep(page: Page, sim: Locator, step: ScenarioStep, axe = false): Promise<void> {
  const event = step.event as Event | undefined;
  if (event?.type === 'validation.validate') {
    if (event.confirmed) await press(page, sim.getByRole('checkbox', { name: /Vous êtes (titulaire|mandataire)/ }), 'Space');
    await type(page, sim.getByLabel(/Complément d.information/), event.complement);
  } else if (event?.type === 'validation.refuse') {
    await type(page, sim.getByLabel('Motif du refus'), event.reason);
  }
  if (axe) await expectAccessible(page);
  if (!step.target) throw new Error(`step ${step.id} names no control to press`);
  await press(page, control(sim, step.target));
}

function frame(page: Page, title: string, kind: 'demonstration' | 'activity'): Locator {
  // Titles are shown with French typography (’ for ').
  const frames = page.getByRole('region', { name: frenchSpacing(title) });
  const modes = page.getByRole('group', { name: 'Mode de l’exercice' });
  return (kind === 'activity' ? frames.filter({ has: modes }) : frames.filter({ hasNot: modes })).first();
}

async function open(page: Page, lesson: string, title: string, kind: 'demonstration' | 'activity' = 'activity'): Promise<Locator> {
  await page.goto(`lecons/${lesson}.html`);
  const sim = frame(page, title, kind);
  await sim.scrollIntoViewIfNeeded();
  await expect(sim).toHaveAttribute('data-ready', 'true');
  return sim;
}

test('module 5 has « Factures à valider » scenarios', () => {
  expect(validerScenarios.length).toBeGreaterThanOrEqual(3);
});

for (const scenario of validerScenarios) {
  const lesson = lessonEmbedding(scenario.id, ['entrainement', 'evaluation']);
  const demoLesson = lessonEmbedding(scenario.id, ['demonstration']);
  test.describe(`${scenario.id} (${lesson ?? 'not embedded'})`, () => {
    test.describe.configure({ timeout: 90_000 });

    test('is embedded as an activity and as a démonstration', () => {
      expect(lesson).toBeDefined();
      expect(demoLesson).toBeDefined();
    });

    test('is completed with the keyboard alone in entraînement, each screen passing axe', async ({ page: tab }) => {
      const page = learnerView(tab);
      const sim = await open(page, lesson!, scenario.title);
      await press(page, sim.getByRole('button', { name: 'Entraînement', exact: true }));
      await expect(sim.getByRole('link', { name: 'Factures à valider' })).toBeVisible();
      for (const step of scenario.steps) await performStep(page, sim, step, true);
      await expect(sim.getByRole('status').filter({ hasText: scenario.success.slice(0, 30) })).toBeVisible();
      await expectAccessible(page);
    });

    test('is completed with the keyboard alone in évaluation, with its score saved', async ({ page: tab }) => {
      const page = learnerView(tab);
      const sim = await open(page, lesson!, scenario.title);
      await press(page, sim.getByRole('button', { name: 'Évaluation', exact: true }));
      await expect(sim.getByRole('button', { name: 'Indice' })).toHaveCount(0);
      for (const step of scenario.steps) await performStep(page, sim, step);
      await expect(sim.getByText('Votre score : 100 / 100.')).toBeVisible();
    });

    test('démonstration steps forward and back with the arrow keys', async ({ page: tab }) => {
      const page = learnerView(tab);
      const sim = await open(page, demoLesson!, scenario.title, 'demonstration');
      await focus(page, sim.getByRole('group', { name: /Étapes de la démonstration/ }));
      const total = scenario.steps.length;
      for (let i = 1; i <= total; i++) {
        await expect(sim.getByText(`Étape ${i} sur ${total}`)).toBeVisible();
        const target = scenario.steps[i - 1]?.target;
        if (target) await expect(control(sim, target)).toHaveAttribute('data-highlight', 'true');
        await page.keyboard.press('ArrowRight');
      }
      await expect(sim.getByText(/^Résultat/)).toBeVisible();
      await page.keyboard.press('ArrowLeft');
      await expect(sim.getByText(`Étape ${total} sur ${total}`)).toBeVisible();
    });
  });
}

const valider = content.scenarios.find((s) => s.id === 'm5-sim-valider');

test('validating without ticking « titulaire » is refused on the box, then saving works; a second validation is refused', async ({ page: tab }) => {
  const page = learnerView(tab);
  const sim = await open(page, lessonEmbedding('m5-sim-valider', ['entrainement'])!, valider!.title);
  await press(page, control(sim, 'Ouvrir la facture n° PM-2026-014'));
  await press(page, control(sim, 'Valider'));
  await press(page, control(sim, 'Enregistrer'));
  const box = sim.getByRole('checkbox', { name: 'Vous êtes titulaire du marché' });
  await expect(box).toBeFocused();
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(box).toHaveAccessibleDescription(/Cochez la case confirmant que vous êtes le titulaire du marché/);
  await expectAccessible(page);
  await page.keyboard.press('Space');
  await press(page, control(sim, 'Enregistrer'));
  await expect(sim.getByText('Validée', { exact: true })).toBeVisible();
  // Back on the invoice: « Valider » now says why it is not possible any more.
  await expect(control(sim, 'Valider')).toHaveAttribute('aria-disabled', 'true');
  await expect(control(sim, 'Valider')).toHaveAccessibleDescription(/n’est plus à valider/);
});

import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Event } from '../../src/domain/simulator';
import { simulationEmbeds } from '../../src/schemas/check-content';
import { content, learnerView } from './support';
import { control, focus, frame, open, performStep, press } from './invoice-support';

/**
 * The « Factures émises » simulations, driven by the data: every scenario of content/scenarios whose steps
 * happen on `factures/…` screens is completed from the lesson page that embeds it, with the keyboard alone
 * (Tab to a control found by role or label, type, Enter), in entraînement and in évaluation. The steps of the
 * scenario tell what to type: `performStep` maps each step to keyboard actions on the screens.
 * Module 2 scenarios (account screens) have their own spec (simulations-m2.spec.ts).
 */

const lessonFiles = new Map(content.lessons.map((lesson) => [lesson.id, lesson.file]));
const { readFileSync } = await import('node:fs');

/** The lesson that embeds a scenario in a mode, from the lesson bodies. */
function lessonEmbedding(scenarioId: string, modes: readonly string[]): string | undefined {
  return content.lessons.find((lesson) => {
    const body = readFileSync(lessonFiles.get(lesson.id) ?? '', 'utf8');
    return simulationEmbeds(body).some((embed) => embed.scenario === scenarioId && modes.includes(embed.mode ?? ''));
  })?.id;
}

const invoiceScenarios = content.scenarios.filter((scenario) => scenario.steps.every((step) => step.screen.startsWith('factures/')));

for (const scenario of invoiceScenarios) {
  const lesson = lessonEmbedding(scenario.id, ['entrainement', 'evaluation']);
  test.describe(`${scenario.id} (${lesson ?? 'not embedded'})`, () => {
    test.skip(!lesson, 'not embedded as an activity');

    test('is completed with the keyboard alone in entraînement', async ({ page: tab }) => {
      const page = learnerView(tab);
      const sim = await open(page, lesson!, scenario.title);
      await press(page, sim.getByRole('button', { name: 'Entraînement', exact: true }));
      for (const step of scenario.steps) await performStep(page, sim, step);
      await expect(sim.getByRole('status').filter({ hasText: scenario.success.slice(0, 30) })).toBeVisible();
    });

    test('is completed with the keyboard alone in évaluation, with its score saved', async ({ page: tab }) => {
      const page = learnerView(tab);
      const sim = await open(page, lesson!, scenario.title);
      await press(page, sim.getByRole('button', { name: 'Évaluation', exact: true }));
      await expect(sim.getByRole('button', { name: 'Indice' })).toHaveCount(0);
      for (const step of scenario.steps) await performStep(page, sim, step);
      await expect(sim.getByText('Votre score : 100 / 100.')).toBeVisible();
      await expect(page.locator('[data-lesson-status]').first()).not.toHaveText('À faire');
    });
  });
}

const depot = content.scenarios.find((s) => s.id === 'm3-sim-depot-a1')!;

test('a missing engagement number is refused on its field, focused, with the portal’s message and why', async ({ page: tab }) => {
  const page = learnerView(tab);
  const sim = await open(page, 'm3-saisir-une-facture', depot.title);
  await press(page, control(sim, 'Saisir une facture'));
  const save = depot.steps[1]!;
  const event = save.event as Extract<Event, { type: 'invoice.save' }>;
  await performStep(page, sim, { ...save, event: { ...event, data: { ...event.data, engagement: '' } }, target: 'Valider et envoyer' });
  const engagement = sim.getByLabel('Numéro d’engagement');
  await expect(engagement).toBeFocused();
  await expect(engagement).toHaveAttribute('aria-invalid', 'true');
  await expect(engagement).toHaveAccessibleDescription(/Le numéro d’engagement est obligatoire pour la structure/);
  await expect(sim.getByText(/Pourquoi\u00a0\?/)).toBeVisible();
  const results = await new AxeBuilder({ page }).include(['iframe[data-course-frame]', '[data-scenario]']).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('a reload in the middle of the exercise resumes it', async ({ page: tab }) => {
  const page = learnerView(tab);
  let sim = await open(page, 'm3-saisir-une-facture', depot.title);
  await performStep(page, sim, depot.steps[0]!);
  await performStep(page, sim, depot.steps[1]!);
  await expect(sim.getByRole('status').filter({ hasText: 'Brouillon enregistré' })).toBeVisible();
  await page.reload();
  sim = frame(page, depot.title, 'activity');
  await sim.scrollIntoViewIfNeeded();
  await expect(sim).toHaveAttribute('data-ready', 'true');
  await press(page, control(sim, 'Ouvrir la facture n° FA-2026-031'));
  await performStep(page, sim, depot.steps[2]!);
  await performStep(page, sim, depot.steps[3]!);
  await expect(sim.getByRole('status').filter({ hasText: depot.success.slice(0, 30) })).toBeVisible();
});

test('« Faire avancer le temps » routes the invoice and plays the public side’s scripted move', async ({ page: tab }) => {
  const page = learnerView(tab);
  const sim = await open(page, 'm3-saisir-une-facture', depot.title);
  for (const step of depot.steps) await performStep(page, sim, step);
  await expect(sim.getByText('Déposée', { exact: true })).toBeVisible();
  await focus(page, sim.getByLabel('Durée'));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(sim.getByLabel('Durée')).toHaveValue(String(24 * 60));
  await press(page, sim.getByRole('button', { name: 'Faire avancer le temps' }));
  await expect(sim.getByText('Service fait', { exact: true })).toBeVisible();
  await expect(sim.getByRole('cell', { name: 'Statut « Mise à disposition »' })).toBeVisible();
});

test('démonstration steps forward and back with the arrow keys', async ({ page: tab }) => {
  const page = learnerView(tab);
  const sim = await open(page, 'm3-saisir-une-facture', depot.title, 'demonstration');
  const steps = sim.getByRole('group', { name: /Étapes de la démonstration/ });
  await focus(page, steps);
  await expect(sim.getByText(`Étape 1 sur ${depot.steps.length}`)).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(sim.getByText(`Étape 2 sur ${depot.steps.length}`)).toBeVisible();
  await expect(sim.getByLabel('Numéro de facture')).toHaveValue('FA-2026-031');
  await expect(sim.getByRole('button', { name: 'Enregistrer' })).toHaveAttribute('data-highlight', 'true');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await expect(sim.getByText(`Étape 2 sur ${depot.steps.length}`)).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(sim.getByText(`Étape 1 sur ${depot.steps.length}`)).toBeVisible();
});

import { expect } from '@playwright/test';
import type { Event } from '../../src/domain/simulator';
import { content } from './support';
import { performStep } from './invoice-support';
import { enterWholeValues, expectAccessible, focusByKeyboard, openSimulation, pressKey, simulationFrame, stepControl, test, testScenarioModes } from './sim-support';

/**
 * The « Factures émises » simulations, driven by the data: every scenario of content/scenarios whose steps
 * happen on `factures/…` screens is completed from the lesson page that embeds it, with the keyboard alone
 * (Tab to a control found by role or label, type, Enter), by sim-support.ts's testScenarioModes like the other
 * areas' scenarios. The steps of the scenario tell what to type: `performStep` maps each step to keyboard actions on the screens.
 * Module 2 scenarios (account screens) have their own spec (simulations-m2.spec.ts).
 */

const invoiceScenarios = content.scenarios.filter((scenario) => scenario.steps.every((step) => step.screen.startsWith('factures/')));

// Their démonstrations are not all on lesson pages: the one of « Saisir une facture » is tested at the end.
testScenarioModes(invoiceScenarios, performStep, { demonstrations: false });

const depot = content.scenarios.find((s) => s.id === 'm3-sim-depot-a1')!;
// In the tests below the invoice's values go in at once (`enterWholeValues`): typing the form key by key is the
// entraînement walk's above.

test('a missing engagement number is refused on its field, focused, with the portal’s message and why', async ({ page }) => {
  enterWholeValues(page);
  const sim = await openSimulation(page, 'm3-saisir-une-facture', depot.title);
  await pressKey(page, stepControl(sim, 'Saisir une facture'));
  const save = depot.steps[1]!;
  const event = save.event as Extract<Event, { type: 'invoice.save' }>;
  await performStep(page, sim, { ...save, event: { ...event, data: { ...event.data, engagement: '' } }, target: 'Valider et envoyer' });
  const engagement = sim.getByLabel('Numéro d’engagement');
  await expect(engagement).toBeFocused();
  await expect(engagement).toHaveAttribute('aria-invalid', 'true');
  await expect(engagement).toHaveAccessibleDescription(/Le numéro d’engagement est obligatoire pour la structure/);
  await expect(sim.getByText(/Pourquoi\u00a0\?/)).toBeVisible();
  await expectAccessible(page);
});

test('a reload in the middle of the exercise resumes it', async ({ page }) => {
  enterWholeValues(page);
  let sim = await openSimulation(page, 'm3-saisir-une-facture', depot.title);
  await performStep(page, sim, depot.steps[0]!);
  await performStep(page, sim, depot.steps[1]!);
  await expect(sim.getByRole('status').filter({ hasText: 'Brouillon enregistré' })).toBeVisible();
  await page.reload();
  sim = simulationFrame(page, depot.title, 'activity');
  await sim.scrollIntoViewIfNeeded();
  await expect(sim).toHaveAttribute('data-ready', 'true');
  await pressKey(page, stepControl(sim, 'Ouvrir la facture n° FA-2026-031'));
  await performStep(page, sim, depot.steps[2]!);
  await performStep(page, sim, depot.steps[3]!);
  await expect(sim.getByRole('status').filter({ hasText: depot.success.slice(0, 30) })).toBeVisible();
});

test('« Faire avancer le temps » routes the invoice and plays the public side’s scripted move', async ({ page }) => {
  enterWholeValues(page);
  const sim = await openSimulation(page, 'm3-saisir-une-facture', depot.title);
  for (const step of depot.steps) await performStep(page, sim, step);
  await expect(sim.getByText('Déposée', { exact: true })).toBeVisible();
  await focusByKeyboard(page, sim.getByLabel('Durée'));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(sim.getByLabel('Durée')).toHaveValue(String(24 * 60));
  await pressKey(page, sim.getByRole('button', { name: 'Faire avancer le temps' }));
  await expect(sim.getByText('Service fait', { exact: true })).toBeVisible();
  await expect(sim.getByRole('cell', { name: 'Statut « Mise à disposition »' })).toBeVisible();
});

test('démonstration steps forward and back with the arrow keys', async ({ page }) => {
  const sim = await openSimulation(page, 'm3-saisir-une-facture', depot.title, 'demonstration');
  const steps = sim.getByRole('group', { name: /Étapes de la démonstration/ });
  await focusByKeyboard(page, steps);
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

import { test as shellTest, expect, type Locator, type Page } from '@playwright/test';
import type { Event } from '../../src/domain/simulator';
import { frenchSpacing } from '../../src/domain/text/typography';
import { performStep } from './invoice-support';
import { enterWholeValues, focusByKeyboard, openSimulation, pressKey, simulationFrame, stepControl, test, typeInto } from './sim-support';
import { content } from './support';

/**
 * The simulation player keeps the guidance where the learner acts, at the three sizes the course is used at
 * (laptop, phone with touch, projector): geometry, not just presence. In démonstration the step text,
 * « Étape suivante » and the step's target are all inside the window (and the target is not covered by the
 * sticky step bar) after each step; in entraînement the task data stays in view while a field is focused, and
 * a refusal with its « Pourquoi ? » is in view with its field. Throwing work away asks first (cancelling keeps
 * it), and a reload in the middle of typing brings the typed values back.
 */

const depot = content.scenarios.find((s) => s.id === 'm3-sim-depot-a1')!;
const LESSON = 'm3-saisir-une-facture';

/** Whether the element is inside its window and, at its centre, not covered by anything else (the sticky bar). */
function fullyInView(locator: Locator): Promise<string> {
  return locator.evaluate((element) => {
    const r = element.getBoundingClientRect();
    if (r.top < 0 || r.left < 0 || r.bottom > window.innerHeight || r.right > window.innerWidth) {
      return `outside the window: ${Math.round(r.top)}–${Math.round(r.bottom)} in ${window.innerHeight}`;
    }
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 12));
    return hit && (element.contains(hit) || hit.contains(element)) ? 'in view' : `covered by ${hit?.className ?? 'nothing'}`;
  });
}

async function expectInView(locator: Locator): Promise<void> {
  await expect(locator).toBeVisible();
  await expect.poll(() => fullyInView(locator)).toBe('in view');
}

const SIZES = [
  { name: 'laptop 1366×768', viewport: { width: 1366, height: 768 }, touch: false },
  { name: 'phone 390×844', viewport: { width: 390, height: 844 }, touch: true },
  { name: 'projector 1920×1080', viewport: { width: 1920, height: 1080 }, touch: false },
] as const;

for (const size of SIZES) {
  test.describe(`at ${size.name}`, () => {
    test.use({ viewport: size.viewport, hasTouch: size.touch, isMobile: size.touch });
    test.describe.configure({ timeout: 120_000 });

    test('démonstration: the step text, « Étape suivante » and the target are in view after each step', async ({ page }) => {
      const sim = await openSimulation(page, LESSON, depot.title, 'demonstration');
      const next = sim.getByRole('button', { name: 'Étape suivante' });
      await focusByKeyboard(page, next);
      const total = depot.steps.length;
      for (let i = 1; i <= total; i++) {
        const text = sim.getByText(`Étape ${i} sur ${total}`);
        await expectInView(text);
        await expectInView(next);
        await expect(next).toBeFocused();
        const target = depot.steps[i - 1]?.target;
        if (target) await expectInView(stepControl(sim, target));
        if (i < total) await page.keyboard.press('Enter');
      }
    });

    test('entraînement: the task data stays in view while a field is focused, and a refusal is in view with its field', async ({ page }) => {
      // What is looked at is where things are: the form's values go in at once (typed key by key in the
      // simulation specs' entraînement walks).
      enterWholeValues(page);
      const sim = await openSimulation(page, LESSON, depot.title);
      await pressKey(page, stepControl(sim, 'Saisir une facture'));
      const task = sim.getByRole('group', { name: 'Données de l’exercice' });
      const data = task.getByText(/FA-2026-031/);
      const number = sim.getByLabel('Numéro de facture');
      await focusByKeyboard(page, number);
      await expectInView(data);
      await expectInView(number);
      // Refused: the engagement number left empty, then « Valider et envoyer ».
      const save = depot.steps[1]!;
      const event = save.event as Extract<Event, { type: 'invoice.save' }>;
      await performStep(page, sim, { ...save, event: { ...event, data: { ...event.data, engagement: '' } }, target: 'Valider et envoyer' });
      const engagement = sim.getByLabel('Numéro d’engagement');
      await expect(engagement).toBeFocused();
      await expectInView(engagement);
      await expectInView(sim.getByText(/Le numéro d’engagement est obligatoire pour la structure/));
      await expectInView(sim.getByText(/Pourquoi\u00a0\?/));
      await expectInView(data);
    });
  });
}

test('the end of an évaluation shows the course’s outcome card in view: score, what cost points, replay', async ({ page }) => {
  test.setTimeout(120_000);
  // The values go in at once (typed key by key in the simulation specs' entraînement walks).
  enterWholeValues(page);
  const sim = await openSimulation(page, LESSON, depot.title);
  await pressKey(page, sim.getByRole('button', { name: 'Évaluation', exact: true }));
  await performStep(page, sim, depot.steps[0]!);
  const save = depot.steps[1]!;
  const event = save.event as Extract<Event, { type: 'invoice.save' }>;
  await performStep(page, sim, { ...save, event: { ...event, data: { ...event.data, engagement: '' } }, target: 'Valider et envoyer' });
  await expect(sim.getByLabel('Numéro d’engagement')).toBeFocused();
  await performStep(page, sim, save);
  for (const step of depot.steps.slice(2)) await performStep(page, sim, step);
  const card = sim.getByRole('region', { name: 'Exercice réussi' });
  await expect(card).toBeFocused();
  await expectInView(card.getByText('Votre score : 90 / 100.'));
  await expect(card.getByRole('listitem').filter({ hasText: /Le numéro d’engagement est obligatoire.*\(−10 points\)/ })).toBeVisible();
  await expectInView(card.getByRole('button', { name: 'Rejouer l’exercice' }));
  await expect(card.getByRole('link', { name: 'Revoir la démonstration' })).toBeVisible();
});

test.describe('nothing lost, nothing surprising', () => {
  test.describe.configure({ timeout: 120_000 });

  /** Starts the exercise and types an invoice number (a run in progress with a draft). */
  async function startTyping(page: Page): Promise<Locator> {
    const sim = await openSimulation(page, LESSON, depot.title);
    await pressKey(page, stepControl(sim, 'Saisir une facture'));
    await typeInto(page, sim.getByLabel('Numéro de facture'), 'FA-2026-031');
    return sim;
  }

  test('« Recommencer l’exercice » and another mode ask first; cancelling keeps the work and returns the focus', async ({ page }) => {
    const sim = await startTyping(page);
    const restart = sim.getByRole('button', { name: 'Recommencer l’exercice' });
    await pressKey(page, restart);
    const dialog = sim.getByRole('dialog', { name: frenchSpacing('Recommencer l’exercice ?') });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(restart).toBeFocused();
    await expect(sim.getByLabel('Numéro de facture')).toHaveValue('FA-2026-031');

    await pressKey(page, sim.getByRole('button', { name: 'Évaluation', exact: true }));
    const switching = sim.getByRole('dialog', { name: frenchSpacing('Passer en mode Évaluation ?') });
    await expect(switching).toBeVisible();
    await pressKey(page, switching.getByRole('button', { name: 'Annuler' }));
    await expect(switching).toBeHidden();
    await expect(sim.getByRole('button', { name: 'Entraînement', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(sim.getByLabel('Numéro de facture')).toHaveValue('FA-2026-031');

    // Confirmed, the exercise starts afresh.
    await pressKey(page, restart);
    await pressKey(page, dialog.getByRole('button', { name: 'Recommencer' }));
    await expect(sim.getByRole('button', { name: 'Saisir une facture' })).toBeVisible();
    await expect(sim.getByLabel('Numéro de facture')).toHaveCount(0);
  });

  shellTest('« Quitter le cours » asks first; cancelling keeps the course open, quitting offers « Reprendre le parcours »', async ({ page: tab }) => {
    await tab.goto('lecons/m3-saisir-une-facture.html');
    const lesson = tab.frameLocator('iframe[data-course-frame]').getByRole('heading', { level: 1, name: 'Saisir une facture' });
    // The shell's script has run (it fills the frame, then wires the button): the button now answers.
    await expect(lesson).toBeVisible();
    const quit = tab.getByRole('button', { name: 'Quitter le cours' });
    await quit.focus();
    await tab.keyboard.press('Enter');
    const dialog = tab.getByRole('dialog', { name: frenchSpacing('Quitter le cours ?') });
    await expect(dialog).toBeVisible();
    await tab.keyboard.press('Enter'); // « Rester dans le cours » has the focus.
    await expect(dialog).toBeHidden();
    await expect(quit).toBeFocused();
    await expect(lesson).toBeVisible();
    await tab.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Quitter', exact: true }).press('Enter');
    await expect(tab.getByRole('heading', { name: 'Vous avez quitté le cours' })).toBeVisible();
    const resume = tab.getByRole('link', { name: 'Reprendre le parcours' });
    await expect(resume).toBeVisible();
    await resume.press('Enter');
    await expect(lesson).toBeVisible();
  });

  test('a reload in the middle of typing brings the typed values back, and says so at the top of the exercise', async ({ page }) => {
    let sim = await startTyping(page);
    await typeInto(page, sim.getByLabel('SIRET du destinataire'), '19450303300012');
    await typeInto(page, sim.getByLabel('Code service'), 'INTENDANCE');
    await page.reload();
    sim = simulationFrame(page, depot.title, 'activity');
    await expect(sim).toHaveAttribute('data-ready', 'true');
    const notice = sim.getByRole('status').filter({ hasText: 'Exercice repris là où vous l’aviez laissé' });
    await expectInView(notice);
    await expect(sim.getByLabel('Numéro de facture')).toHaveValue('FA-2026-031');
    await expect(sim.getByLabel('SIRET du destinataire')).toHaveValue('19450303300012');
    await expect(sim.getByLabel('Code service')).toHaveValue('INTENDANCE');
  });
});

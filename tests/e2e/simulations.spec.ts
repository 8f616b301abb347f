import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Event, ScenarioStep } from '../../src/domain/simulator';
import { simulationEmbeds } from '../../src/schemas/check-content';
import { content } from './support';

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

/** Presses Tab (then Shift+Tab) until `target` has the focus, as a keyboard user would. */
async function focus(page: Page, target: Locator): Promise<void> {
  await expect(target).toBeVisible();
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < 250; i++) {
      if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
      await page.keyboard.press(key);
    }
  }
  await expect(target).toBeFocused();
}

async function press(page: Page, target: Locator): Promise<void> {
  await focus(page, target);
  await page.keyboard.press('Enter');
}

async function type(page: Page, field: Locator, value: string): Promise<void> {
  await focus(page, field);
  await page.keyboard.press('ControlOrMeta+a');
  if (value === '') await page.keyboard.press('Delete');
  else await page.keyboard.type(value);
  await expect(field).toHaveValue(value);
}

/**
 * The order in which this browser's date fields take their digits (it follows the browser's own language,
 * jj/mm/aaaa for a French one): probed once on a scratch field.
 */
async function dateOrder(page: Page): Promise<'dmy' | 'mdy' | 'ymd'> {
  await page.evaluate(() => {
    const probe = document.createElement('input');
    probe.type = 'date';
    probe.id = 'date-order-probe';
    document.body.append(probe);
    probe.focus();
  });
  await page.keyboard.type('01022003');
  const value = await page.evaluate(() => {
    const probe = document.getElementById('date-order-probe') as HTMLInputElement;
    probe.remove();
    return probe.value;
  });
  return value === '2003-02-01' ? 'dmy' : value === '2003-01-02' ? 'mdy' : 'ymd';
}

/** Types a date into a date field with the keyboard, digits in the order the field shows. */
async function typeDate(page: Page, field: Locator, iso: string): Promise<void> {
  const order = await dateOrder(page);
  await focus(page, field);
  const [y = '', m = '', d = ''] = iso.split('-');
  await page.keyboard.type(order === 'dmy' ? `${d}${m}${y}` : order === 'mdy' ? `${m}${d}${y}` : `${y}${m}${d}`);
  await expect(field).toHaveValue(iso);
}

/** A control named by a step's target: a button, else a link. */
function control(sim: Locator, name: string): Locator {
  return sim.getByRole('button', { name, exact: true }).or(sim.getByRole('link', { name, exact: true })).first();
}

const euros = (cents: number) => `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;

/** Types what a step's event holds into the current screen, then presses the step's control. */
async function performStep(page: Page, sim: Locator, step: ScenarioStep): Promise<void> {
  const event = step.event as Event | undefined;
  if (event?.type === 'invoice.save') {
    const data = event.data;
    await type(page, sim.getByLabel('SIRET du destinataire'), data.recipientSiret);
    await type(page, sim.getByLabel('Code service'), data.codeService);
    await type(page, sim.getByLabel('Numéro d’engagement'), data.engagement);
    await type(page, sim.getByLabel('Numéro de facture'), data.number);
    if (data.cadre !== 'A1') {
      // A closed select takes the typed start of an option (« A9 — … »).
      const cadre = sim.getByRole('combobox', { name: 'Cadre de facturation' });
      await focus(page, cadre);
      await page.keyboard.type(data.cadre);
      await expect(cadre).toHaveValue(data.cadre);
    }
    if (data.valideurSiret) await type(page, sim.getByLabel('SIRET du valideur (titulaire ou mandataire)'), data.valideurSiret);
    for (const [i, line] of data.lines.entries()) {
      await type(page, sim.getByLabel(`Désignation (ligne ${i + 1})`), line.designation);
      await type(page, sim.getByLabel(`Quantité (ligne ${i + 1})`), String(line.quantity).replace('.', ','));
      await type(page, sim.getByLabel(`Prix unitaire HT en euros (ligne ${i + 1})`), euros(line.unitPriceCents));
    }
  } else if (event?.type === 'invoice.recycle') {
    await type(page, sim.getByLabel('SIRET du destinataire'), event.recipientSiret);
    await type(page, sim.getByLabel('Code service'), event.codeService);
    await type(page, sim.getByLabel('Numéro d’engagement'), event.engagement);
  } else if (event?.type === 'invoice.search') {
    const dates: [string, string | undefined][] = [
      ['Date de dépôt du', event.criteria.depositFrom],
      ['Date de dépôt au', event.criteria.depositTo],
      ['Date fournisseur du', event.criteria.supplierDateFrom],
      ['Date fournisseur au', event.criteria.supplierDateTo],
    ];
    for (const [label, iso] of dates) if (iso) await typeDate(page, sim.getByLabel(label), iso);
    if (event.criteria.number) await type(page, sim.getByLabel('Numéro de facture'), event.criteria.number);
  } else if (event?.type === 'invoice.complete') {
    const file = event.attachments[0];
    if (file) {
      await type(page, sim.getByLabel('Nom de la pièce jointe'), file.name);
      await type(page, sim.getByLabel('Taille de la pièce jointe en Ko'), String(file.size / 1024));
    }
    if (event.comment) await type(page, sim.getByLabel('Commentaire pour le destinataire'), event.comment);
  } else if (event?.type === 'clock.advance') {
    const durations: Record<number, string> = { 10: '10', 60: '1 h', 1440: '1 jour', 10080: '7', 21600: '15' };
    const duration = sim.getByLabel('Durée');
    await focus(page, duration);
    await page.keyboard.type(durations[event.minutes] ?? '');
    await expect(duration).toHaveValue(String(event.minutes));
  }
  if (!step.target) throw new Error(`step ${step.id} names no control to press`);
  await press(page, control(sim, step.target));
}

/** The frame of a scenario on the page: its démonstration, or its activity (the one with the mode buttons). */
function frame(page: Page, title: string, kind: 'demonstration' | 'activity'): Locator {
  const frames = page.getByRole('region', { name: title });
  const modes = page.getByRole('group', { name: 'Mode de l’exercice' });
  return (kind === 'activity' ? frames.filter({ has: modes }) : frames.filter({ hasNot: modes })).first();
}

/** Opens the lesson and returns the simulation's frame once hydrated. */
async function open(page: Page, lesson: string, title: string, kind: 'demonstration' | 'activity' = 'activity'): Promise<Locator> {
  await page.goto(`lecons/${lesson}.html`);
  const sim = frame(page, title, kind);
  // client:visible: the island hydrates once in view (as it does when a keyboard user tabs into it).
  await sim.scrollIntoViewIfNeeded();
  await expect(sim).toHaveAttribute('data-ready', 'true');
  return sim;
}

for (const scenario of invoiceScenarios) {
  const lesson = lessonEmbedding(scenario.id, ['entrainement', 'evaluation']);
  test.describe(`${scenario.id} (${lesson ?? 'not embedded'})`, () => {
    test.skip(!lesson, 'not embedded as an activity');

    test('is completed with the keyboard alone in entraînement', async ({ page }) => {
      const sim = await open(page, lesson!, scenario.title);
      await press(page, sim.getByRole('button', { name: 'Entraînement', exact: true }));
      for (const step of scenario.steps) await performStep(page, sim, step);
      await expect(sim.getByRole('status').filter({ hasText: scenario.success.slice(0, 30) })).toBeVisible();
    });

    test('is completed with the keyboard alone in évaluation, with its score saved', async ({ page }) => {
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

test('a missing engagement number is refused on its field, focused, with the portal’s message and why', async ({ page }) => {
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
  const results = await new AxeBuilder({ page }).include('[data-scenario]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('a reload in the middle of the exercise resumes it', async ({ page }) => {
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

test('« Faire avancer le temps » routes the invoice and plays the public side’s scripted move', async ({ page }) => {
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

test('démonstration steps forward and back with the arrow keys', async ({ page }) => {
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

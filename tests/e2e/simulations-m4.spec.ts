import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Event, ScenarioStep } from '../../src/domain/simulator';
import { simulationEmbeds } from '../../src/schemas/check-content';
import { frenchSpacing } from '../../src/domain/text/typography';
import { content } from './support';

/**
 * « Factures de travaux » simulations (module 4), driven by the data: every scenario of content/scenarios
 * whose steps happen on `travaux/…` screens is completed from the lesson that embeds it, keyboard only, in
 * entraînement and évaluation, and its démonstration is stepped with the arrow keys; axe checks each screen.
 * Then the wrong inputs the portal must refuse next to their field: a cadre of another role or espace, no
 * file, a revised amount without its reason.
 */

// Pages of module 4 hold several simulations: walking the focus with Tab through them takes a while.
test.describe.configure({ timeout: 180_000 });

// ——— Keyboard helpers, copied from simulations-m5.spec.ts. TODO(shared-e2e-support): move to the shared
// tests/e2e support module once it lands. @see tests/e2e/simulations-m5.spec.ts

const lessonFiles = new Map(content.lessons.map((lesson) => [lesson.id, lesson.file]));

function lessonEmbedding(scenarioId: string, modes: readonly string[]): string | undefined {
  return content.lessons.find((lesson) => {
    const body = readFileSync(lessonFiles.get(lesson.id) ?? '', 'utf8');
    return simulationEmbeds(body).some((embed) => embed.scenario === scenarioId && modes.includes(embed.mode ?? ''));
  })?.id;
}

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
  const results = await new AxeBuilder({ page }).include('[data-scenario]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

function frame(page: Page, title: string, kind: 'demonstration' | 'activity'): Locator {
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

// ——— « Factures de travaux » ———

/** « 12500,00 » for 1250000 cents, as a learner types it. */
const euros = (cents: number) => `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;

/**
 * A closed select takes the typed start of an option (« A4 — … », « MT-2026-021 — … »). The browser searches
 * from the option shown, so Home first makes the search start from the top; the value is checked.
 */
async function choose(page: Page, select: Locator, typed: string, value: string): Promise<void> {
  await focus(page, select);
  if ((await select.inputValue()) === value) return;
  await page.keyboard.press('Home');
  if ((await select.inputValue()) !== value) await page.keyboard.type(typed);
  await expect(select).toHaveValue(value);
}

type PieceInput = Extract<Event, { type: 'works.deposit' }> | Extract<Event, { type: 'works.depositNext' }>;

/** Fills the deposit form (dépôt initial or pièce suivante) with what the event holds. */
async function fillPiece(page: Page, sim: Locator, event: PieceInput): Promise<void> {
  if (event.type === 'works.deposit') await choose(page, sim.getByRole('combobox', { name: 'Marché' }), event.contractId.toUpperCase(), event.contractId);
  await choose(page, sim.getByRole('combobox', { name: 'Cadre de facturation' }), event.cadre, event.cadre);
  await type(page, sim.getByLabel('Numéro de la pièce'), event.number);
  await type(page, sim.getByLabel('Montant HT en euros'), euros(event.amount.ht));
  await choose(page, sim.getByRole('combobox', { name: 'Taux de TVA' }), String(event.amount.vatRate / 100).replace('.', ','), String(event.amount.vatRate));
  if (event.file) await choose(page, sim.getByRole('combobox', { name: 'Fichier à importer' }), event.file.name, event.file.name);
  await type(page, sim.getByLabel('Commentaire'), event.comment);
}

/** Types what a step's event holds into the current screen, then presses the step's control. */
async function performStep(page: Page, sim: Locator, step: ScenarioStep, axe = false): Promise<void> {
  const event = step.event as Event | undefined;
  if (event?.type === 'works.deposit' || event?.type === 'works.depositNext') await fillPiece(page, sim, event);
  else if (event?.type === 'works.contest') await type(page, sim.getByLabel('Motif de la contestation'), event.motif);
  if (axe) await expectAccessible(page);
  if (!step.target) throw new Error(`step ${step.id} names no control to press`);
  await press(page, control(sim, step.target));
}

const travauxScenarios = content.scenarios.filter((scenario) => scenario.steps.every((step) => step.screen.startsWith('travaux/')));

test('module 4 has « Factures de travaux » scenarios', () => {
  expect(travauxScenarios.map((s) => s.id)).toEqual(
    expect.arrayContaining(['m4-sim-decompte-moe', 'm4-sim-etat-acompte', 'm4-sim-sans-moe', 'm4-sim-dgd', 'm4-sim-dossier']),
  );
});

for (const scenario of travauxScenarios) {
  const lesson = lessonEmbedding(scenario.id, ['entrainement', 'evaluation']);
  const demoLesson = lessonEmbedding(scenario.id, ['demonstration']);
  const success = frenchSpacing(scenario.success).slice(0, 30);
  test.describe(`${scenario.id} (${lesson ?? 'not embedded'})`, () => {
    test('is embedded as an activity and as a démonstration', () => {
      expect(lesson).toBeDefined();
      expect(demoLesson).toBeDefined();
    });

    test('is completed with the keyboard alone in entraînement, each screen passing axe', async ({ page }) => {
      const sim = await open(page, lesson!, scenario.title);
      await press(page, sim.getByRole('button', { name: 'Entraînement', exact: true }));
      await expect(sim.getByRole('link', { name: 'Factures de travaux' })).toBeVisible();
      for (const step of scenario.steps) await performStep(page, sim, step, true);
      await expect(sim.getByRole('status').filter({ hasText: success })).toBeVisible();
      await expectAccessible(page);
    });

    test('is completed with the keyboard alone in évaluation, with its score saved', async ({ page }) => {
      const sim = await open(page, lesson!, scenario.title);
      await press(page, sim.getByRole('button', { name: 'Évaluation', exact: true }));
      await expect(sim.getByRole('button', { name: 'Indice' })).toHaveCount(0);
      for (const step of scenario.steps) await performStep(page, sim, step);
      await expect(sim.getByText('Votre score : 100 / 100.')).toBeVisible();
    });

    test('démonstration steps forward and back with the arrow keys', async ({ page }) => {
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

/** The deposit form of m4-sim-decompte-moe in entraînement, filled as its step says. */
async function depositForm(page: Page): Promise<{ sim: Locator; event: Extract<Event, { type: 'works.deposit' }> }> {
  const scenario = content.scenarios.find((s) => s.id === 'm4-sim-decompte-moe')!;
  const sim = await open(page, lessonEmbedding(scenario.id, ['entrainement'])!, scenario.title);
  await press(page, control(sim, 'Déposer une pièce'));
  const event = scenario.steps.find((step) => step.event)?.event as Extract<Event, { type: 'works.deposit' }>;
  await fillPiece(page, sim, event);
  return { sim, event };
}

test('a cadre of another role, then of another espace, is refused on the cadre with the reason; the right one is accepted', async ({ page }) => {
  const { sim } = await depositForm(page);
  const cadre = sim.getByRole('combobox', { name: 'Cadre de facturation' });
  await choose(page, cadre, 'A15', 'A15');
  await press(page, control(sim, 'Valider et envoyer'));
  await expect(cadre).toBeFocused();
  await expect(cadre).toHaveAttribute('aria-invalid', 'true');
  await expect(cadre).toHaveAccessibleDescription(/n’est pas celui de votre rôle.*titulaire.*A4/);
  await expectAccessible(page);
  await choose(page, cadre, 'A1', 'A1');
  await press(page, control(sim, 'Valider et envoyer'));
  await expect(cadre).toHaveAccessibleDescription(/ne se dépose pas dans «\sFactures de travaux\s» mais dans «\sFactures émises\s»/);
  await choose(page, cadre, 'A4', 'A4');
  await press(page, control(sim, 'Valider et envoyer'));
  await expect(sim.getByRole('status').filter({ hasText: 'est déposée' }).first()).toBeVisible();
});

test('a deposit without a file is refused on « Fichier à importer »', async ({ page }) => {
  const { sim } = await depositForm(page);
  const file = sim.getByRole('combobox', { name: 'Fichier à importer' });
  await choose(page, file, '—', '');
  await press(page, control(sim, 'Valider et envoyer'));
  await expect(file).toBeFocused();
  await expect(file).toHaveAttribute('aria-invalid', 'true');
  await expect(file).toHaveAccessibleDescription(/Choisissez le fichier de la pièce à importer/);
  await expectAccessible(page);
});

test('the MOE’s revised amount without a comment is refused on the comment, then accepted with the reason', async ({ page }) => {
  const scenario = content.scenarios.find((s) => s.id === 'm4-sim-etat-acompte')!;
  const sim = await open(page, lessonEmbedding(scenario.id, ['entrainement'])!, scenario.title);
  await press(page, control(sim, 'Consulter la pièce n° PDM-2026-03'));
  await press(page, control(sim, 'Déposer la pièce de facturation suivante'));
  const event = scenario.steps.find((step) => step.event)?.event as Extract<Event, { type: 'works.depositNext' }>;
  await fillPiece(page, sim, { ...event, comment: '' });
  await press(page, control(sim, 'Valider et envoyer'));
  const comment = sim.getByLabel('Commentaire');
  await expect(comment).toBeFocused();
  await expect(comment).toHaveAttribute('aria-invalid', 'true');
  await expect(comment).toHaveAccessibleDescription(/diffère de celui de la pièce suivie/);
  await expectAccessible(page);
  await type(page, comment, event.comment);
  await press(page, control(sim, 'Valider et envoyer'));
  await expect(sim.getByRole('status').filter({ hasText: frenchSpacing(scenario.success).slice(0, 30) })).toBeVisible();
});

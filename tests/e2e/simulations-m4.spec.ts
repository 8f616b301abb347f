import { expect, type Locator, type Page } from '@playwright/test';
import type { Event, ScenarioStep } from '../../src/domain/simulator';
import { frenchSpacing } from '../../src/domain/text/typography';
import { content } from './support';
import {
  expectAccessible,
  focusByKeyboard as focus,
  lessonEmbedding,
  openSimulation as open,
  pressKey as press,
  stepControl as control,
  test,
  testScenarioModes,
  typeInto as type,
  type PerformStep,
} from './sim-support';

/**
 * « Factures de travaux » simulations (module 4), driven by the data: every scenario of content/scenarios
 * whose steps happen on `travaux/…` screens is completed from the lesson that embeds it, keyboard only, in
 * entraînement and évaluation, and its démonstration is stepped with the arrow keys; axe checks each screen.
 * Then the wrong inputs the portal must refuse next to their field: a cadre of another role or espace, no
 * file, a revised amount without its reason.
 */

// Pages of module 4 hold several simulations: walking the focus with Tab through them takes a while.
test.describe.configure({ timeout: 180_000 });

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
const performStep: PerformStep = async (page, sim, step: ScenarioStep, axe = false) => {
  const event = step.event as Event | undefined;
  if (event?.type === 'works.deposit' || event?.type === 'works.depositNext') await fillPiece(page, sim, event);
  else if (event?.type === 'works.contest') await type(page, sim.getByLabel('Motif de la contestation'), event.motif);
  if (axe) await expectAccessible(page);
  if (!step.target) throw new Error(`step ${step.id} names no control to press`);
  await press(page, control(sim, step.target));
};

const travauxScenarios = content.scenarios.filter((scenario) => scenario.steps.every((step) => step.screen.startsWith('travaux/')));

test('module 4 has « Factures de travaux » scenarios', () => {
  expect(travauxScenarios.map((s) => s.id)).toEqual(
    expect.arrayContaining(['m4-sim-decompte-moe', 'm4-sim-etat-acompte', 'm4-sim-sans-moe', 'm4-sim-dgd', 'm4-sim-dossier']),
  );
});

testScenarioModes(travauxScenarios, performStep, {
  timeout: 180_000,
  expectStart: (sim) => expect(sim.getByRole('link', { name: 'Factures de travaux' })).toBeVisible(),
});

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

test('the dossier démonstration shows, on the step after « Consulter la pièce n° PDM-2026-03 », that very piece', async ({ page }) => {
  const scenario = content.scenarios.find((s) => s.id === 'm4-sim-dossier')!;
  const sim = await open(page, lessonEmbedding(scenario.id, ['demonstration'])!, scenario.title, 'demonstration');
  await focus(page, sim.getByRole('group', { name: /Étapes de la démonstration/ }));
  await page.keyboard.press('ArrowRight');
  await expect(sim.getByText(`Étape 2 sur ${scenario.steps.length}`)).toBeVisible();
  await expect(sim.getByRole('heading', { name: /PDM-2026-03/ }).first()).toBeVisible();
  await expect(sim.getByRole('heading', { name: /EAV-2026-03/ })).toHaveCount(0);
});

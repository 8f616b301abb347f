/**
 * Keyboard-only steps of the « Factures de travaux » simulations in end-to-end tests (modules 4 and 5): fill
 * the deposit form from a step's event (cadre, the maître d'ouvrage and maître d'œuvre read on the fiche
 * identité du marché, engagement, number, amounts, file, comment), validate an A10, and open an exercise in a
 * mode. On the shared keyboard helpers of sim-support.ts.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { Event, ScenarioStep } from '../../src/domain/simulator';
import { frenchSpacing } from '../../src/domain/text/typography';
import { content } from './support';
import { enterWholeValues, expectAccessible, focusByKeyboard, lessonEmbedding, openSimulation, pressKey, stepControl, typeInto, type PerformStep } from './sim-support';

/** « 12500,00 » for 1250000 cents, as a learner types it. */
export const euros = (cents: number) => `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;

/**
 * A closed select takes the typed start of an option (« A4 — … »). The browser searches from the option shown,
 * so Home first makes the search start from the top; the value is checked.
 */
export async function choose(page: Page, select: Locator, typed: string, value: string): Promise<void> {
  await focusByKeyboard(page, select);
  if ((await select.inputValue()) === value) return;
  await page.keyboard.press('Home');
  if ((await select.inputValue()) !== value) await page.keyboard.type(typed);
  await expect(select).toHaveValue(value);
}

export type DepositEvent = Extract<Event, { type: 'works.deposit' }>;
type PieceInput = DepositEvent | Extract<Event, { type: 'works.depositNext' }>;

/** A field of the works forms by its label, as shown (French typography: ’ for '). */
export const field = (sim: Locator, label: string) => sim.getByLabel(frenchSpacing(label), { exact: true });

/** Fills the deposit form (dépôt initial or pièce suivante) with what the event holds. */
export async function fillPiece(page: Page, sim: Locator, event: PieceInput): Promise<void> {
  await choose(page, sim.getByRole('combobox', { name: 'Cadre de facturation' }), event.cadre, event.cadre);
  if (event.type === 'works.deposit') {
    await typeInto(page, field(sim, "SIRET de la maîtrise d'ouvrage"), event.moaSiret);
    await typeInto(page, field(sim, "Code service de la maîtrise d'ouvrage"), event.moaCodeService);
    await typeInto(page, field(sim, "SIRET de la maîtrise d'œuvre"), event.moeSiret);
    await typeInto(page, field(sim, "Numéro d'engagement"), event.engagement);
  }
  await typeInto(page, field(sim, 'Numéro de la pièce'), event.number);
  await typeInto(page, field(sim, 'Montant HT en euros'), euros(event.amount.ht));
  await choose(page, sim.getByRole('combobox', { name: 'Taux de TVA' }), String(event.amount.vatRate / 100).replace('.', ','), String(event.amount.vatRate));
  if (event.file) await choose(page, sim.getByRole('combobox', { name: 'Fichier à importer' }), event.file.name, event.file.name);
  await typeInto(page, field(sim, 'Commentaire'), event.comment);
}

/** Types what a step's event holds into the current screen, then presses the step's control. */
export const performWorksStep: PerformStep = async (page, sim, step: ScenarioStep, axe = false) => {
  const event = step.event as Event | undefined;
  if (event?.type === 'works.deposit' || event?.type === 'works.depositNext') await fillPiece(page, sim, event);
  else if (event?.type === 'works.validate') await typeInto(page, field(sim, "Complément d'information"), event.comment);
  if (axe) await expectAccessible(page);
  if (!step.target) throw new Error(`step ${step.id} names no control to press`);
  await pressKey(page, stepControl(sim, step.target));
};

/** Scenarios whose steps all happen on `travaux/…` screens, of a module. */
export const worksScenarios = (module: string) =>
  content.scenarios.filter((scenario) => scenario.module === module && scenario.steps.every((step) => step.screen.startsWith('travaux/')));

/** Opens a scenario's activity in its lesson, in entraînement or évaluation, keyboard only. */
export async function openIn(page: Page, scenarioId: string, mode: 'entrainement' | 'evaluation'): Promise<Locator> {
  const scenario = content.scenarios.find((s) => s.id === scenarioId)!;
  const sim = await openSimulation(page, lessonEmbedding(scenario.id, ['entrainement', 'evaluation'])!, scenario.title);
  await pressKey(page, sim.getByRole('button', { name: mode === 'entrainement' ? 'Entraînement' : 'Évaluation', exact: true }));
  return sim;
}

/** The deposit step's event of a scenario (its step on `travaux/depot`). */
export function depositOf(scenarioId: string): DepositEvent {
  const scenario = content.scenarios.find((s) => s.id === scenarioId)!;
  return scenario.steps.find((step) => step.event?.type === 'works.deposit')!.event as DepositEvent;
}

/**
 * Deposits with one wrong input, checks the refusal on its field (focused, invalid, described by the portal's
 * message; « Pourquoi ? » in entraînement only) and axe, then corrects it and reaches the goal.
 */
export async function refusedThenCorrected(
  page: Page,
  scenarioId: string,
  mode: 'entrainement' | 'evaluation',
  wrong: Partial<DepositEvent>,
  label: string,
  message: RegExp,
): Promise<void> {
  // The form is filled twice: its values go in at once (typed key by key in the area's entraînement walk).
  enterWholeValues(page);
  const sim = await openIn(page, scenarioId, mode);
  const right = depositOf(scenarioId);
  await pressKey(page, stepControl(sim, 'Déposer une pièce'));
  await fillPiece(page, sim, { ...right, ...wrong });
  await pressKey(page, stepControl(sim, 'Valider et envoyer'));
  const input = label === 'Taux de TVA' ? sim.getByRole('combobox', { name: label }) : field(sim, label);
  await expect(input).toBeFocused();
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(input).toHaveAccessibleDescription(message);
  await expect(sim.getByText(/Pourquoi\u00a0\?/)).toHaveCount(mode === 'entrainement' ? 1 : 0);
  await expectAccessible(page);
  await fillPiece(page, sim, right);
  await pressKey(page, stepControl(sim, 'Valider et envoyer'));
  const scenario = content.scenarios.find((s) => s.id === scenarioId)!;
  if (mode === 'entrainement') await expect(sim.getByRole('status').filter({ hasText: frenchSpacing(scenario.success).slice(0, 30) })).toBeVisible();
  else await expect(sim.getByText(/Votre score\s:\s\d+\s\/\s100\./)).toBeVisible();
}

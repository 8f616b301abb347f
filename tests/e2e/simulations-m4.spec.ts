import { expect, type Locator, type Page } from '@playwright/test';
import type { Event } from '../../src/domain/simulator';
import { frenchSpacing } from '../../src/domain/text/typography';
import { content } from './support';
import {
  enterWholeValues,
  expectAccessible,
  focusByKeyboard as focus,
  lessonEmbedding,
  openSimulation as open,
  pressKey as press,
  stepControl as control,
  test,
  testScenarioModes,
  typeInto as type,
} from './sim-support';
import { choose, field, fillPiece, performWorksStep, refusedThenCorrected, worksScenarios } from './works-support';

/**
 * « Factures de travaux » simulations of module 4, driven by the data: every scenario of content/scenarios of
 * module 4 whose steps happen on `travaux/…` screens is completed from the lesson that embeds it, keyboard
 * only, in entraînement and évaluation, and its démonstration is stepped with the arrow keys; axe checks each
 * screen. Then the deposit's main pitfalls, in both modes: a SIRET that is not the designated maître
 * d'ouvrage, a forgotten maître d'œuvre; and the wrong inputs refused next to their field: a cadre of another
 * role or espace, no file, a revised amount without its reason.
 */

// Pages of module 4 hold several simulations: walking the focus with Tab through them takes a while.
test.describe.configure({ timeout: 180_000 });

const travauxScenarios = worksScenarios('m4-factures-travaux');

test('module 4 has « Factures de travaux » scenarios', () => {
  expect(travauxScenarios.map((s) => s.id)).toEqual(
    expect.arrayContaining(['m4-sim-decompte-moe', 'm4-sim-etat-acompte', 'm4-sim-sans-moe', 'm4-sim-dgd', 'm4-sim-dossier']),
  );
});

testScenarioModes(travauxScenarios, performWorksStep, {
  timeout: 180_000,
  expectStart: (sim) => expect(sim.getByRole('link', { name: 'Factures de travaux' })).toBeVisible(),
});

for (const mode of ['entrainement', 'evaluation'] as const) {
  test(`${mode}: a SIRET that is not the designated maître d’ouvrage is refused on its field with the portal’s message, then the right one is accepted`, async ({ page }) => {
    await refusedThenCorrected(page, 'm4-sim-decompte-moe', mode, { moaSiret: '21450706300011' }, "SIRET de la maîtrise d'ouvrage", /Le SIRET 21450706300011 n’est pas celui de la maîtrise d’ouvrage désignée pour l’engagement EJ-2026-0142/);
  });

  test(`${mode}: a marché avec maître d’œuvre deposited without its MOE is refused on the MOE’s SIRET, then accepted with it`, async ({ page }) => {
    await refusedThenCorrected(page, 'm4-sim-decompte-moe', mode, { moeSiret: '' }, "SIRET de la maîtrise d'œuvre", /Le marché MT-2026-014 a une maîtrise d’œuvre\u00a0: saisissez son SIRET/);
  });
}

test('the fiche identité du marché is a document beside the deposit form, not a tab of the espace', async ({ page }) => {
  const scenario = content.scenarios.find((s) => s.id === 'm4-sim-sans-moe')!;
  const sim = await open(page, lessonEmbedding(scenario.id, ['entrainement'])!, scenario.title);
  await expect(sim.getByRole('button', { name: 'Fiche identité du marché' })).toHaveCount(0);
  await press(page, control(sim, 'Déposer une pièce'));
  const fiche = sim.getByText(frenchSpacing('Document : fiche identité du marché MT-2026-021'));
  await press(page, fiche);
  await expect(sim.getByRole('table', { name: /Fiche identité du marché MT-2026-021/ })).toBeVisible();
  await expect(sim.getByRole('table', { name: /Fiche identité du marché MT-2026-021/ }).getByRole('cell', { name: 'MAIRIE' }).first()).toBeVisible();
  await expect(sim.getByText(/Comportement simulé/).first()).toBeVisible();
  await expectAccessible(page);
});

/** The deposit form of m4-sim-decompte-moe in entraînement, filled as its step says. */
async function depositForm(page: Page): Promise<{ sim: Locator; event: Extract<Event, { type: 'works.deposit' }> }> {
  // The values go in at once (typed key by key in the entraînement walk above).
  enterWholeValues(page);
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
  // The values go in at once (typed key by key in the entraînement walk above).
  enterWholeValues(page);
  const scenario = content.scenarios.find((s) => s.id === 'm4-sim-etat-acompte')!;
  const sim = await open(page, lessonEmbedding(scenario.id, ['entrainement'])!, scenario.title);
  await press(page, control(sim, 'Consulter la pièce n° PDM-2026-03'));
  await press(page, control(sim, 'Déposer la pièce de facturation suivante'));
  const event = scenario.steps.find((step) => step.event)?.event as Extract<Event, { type: 'works.depositNext' }>;
  await fillPiece(page, sim, { ...event, comment: '' });
  await press(page, control(sim, 'Valider et envoyer'));
  const comment = field(sim, 'Commentaire');
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

import { expect } from '@playwright/test';
import type { Event } from '../../src/domain/simulator';
import { content } from './support';
import { expectAccessible, lessonEmbedding, openSimulation, pressKey, stepControl, test, testScenarioModes, typeInto, type PerformStep } from './sim-support';
import { field, openIn, performWorksStep, refusedThenCorrected, worksScenarios } from './works-support';

/**
 * « Factures à valider » simulations (module 5, the titulaire's or mandataire's side), driven by the data:
 * every scenario of content/scenarios whose steps happen on `valider/…` screens is completed from the lesson
 * that embeds it, keyboard only, in entraînement and évaluation, and its démonstration is stepped with the
 * arrow keys; axe checks each screen of the espace. The subcontractor's scenario (`factures/…` screens only)
 * runs in simulations.spec.ts. The works subcontracting scenarios of module 5 (`travaux/…` screens: the
 * sous-traitant's A10 without VAT, the titulaire's validation) run the same tests, plus the VAT refusal.
 */

const validerScenarios = content.scenarios.filter((scenario) => scenario.steps.every((step) => step.screen.startsWith('valider/')));

/** Types what a step's event holds into the current screen, then presses the step's control. */
const performStep: PerformStep = async (page, sim, step, axe = false) => {
  const event = step.event as Event | undefined;
  if (event?.type === 'validation.validate') {
    if (event.confirmed) await pressKey(page, sim.getByRole('checkbox', { name: /Vous êtes (titulaire|mandataire)/ }), 'Space');
    await typeInto(page, sim.getByLabel(/Complément d.information/), event.complement);
  } else if (event?.type === 'validation.refuse') {
    await typeInto(page, sim.getByLabel('Motif du refus'), event.reason);
  }
  if (axe) await expectAccessible(page);
  if (!step.target) throw new Error(`step ${step.id} names no control to press`);
  await pressKey(page, stepControl(sim, step.target));
};

test('module 5 has « Factures à valider » scenarios', () => {
  expect(validerScenarios.length).toBeGreaterThanOrEqual(3);
});

testScenarioModes(validerScenarios, performStep, {
  expectStart: (sim) => expect(sim.getByRole('link', { name: 'Factures à valider' })).toBeVisible(),
});

const valider = content.scenarios.find((s) => s.id === 'm5-sim-valider');

test('validating without ticking « titulaire » is refused on the box, then saving works; a second validation is refused', async ({ page }) => {
  const sim = await openSimulation(page, lessonEmbedding('m5-sim-valider', ['entrainement'])!, valider!.title);
  await pressKey(page, stepControl(sim, 'Ouvrir la facture n° PM-2026-014'));
  await pressKey(page, stepControl(sim, 'Valider'));
  await pressKey(page, stepControl(sim, 'Enregistrer'));
  const box = sim.getByRole('checkbox', { name: 'Vous êtes titulaire du marché' });
  await expect(box).toBeFocused();
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(box).toHaveAccessibleDescription(/Cochez la case confirmant que vous êtes le titulaire du marché/);
  await expectAccessible(page);
  await page.keyboard.press('Space');
  await pressKey(page, stepControl(sim, 'Enregistrer'));
  await expect(sim.getByText('Validée', { exact: true })).toBeVisible();
  // Back on the invoice: « Valider » now says why it is not possible any more.
  await expect(stepControl(sim, 'Valider')).toHaveAttribute('aria-disabled', 'true');
  await expect(stepControl(sim, 'Valider')).toHaveAccessibleDescription(/n’est plus à valider/);
});

// ——— Sous-traitance en marché de travaux (« Factures de travaux ») ———

const worksSubcontracting = worksScenarios('m5-cotraitance-soustraitance');

test('module 5 has the works subcontracting scenarios: the A10 deposited, then validated by the titulaire', () => {
  expect(worksSubcontracting.map((s) => s.id).sort()).toEqual(['m5-sim-a10-deposer', 'm5-sim-a10-valider']);
});

testScenarioModes(worksSubcontracting, performWorksStep, {
  timeout: 180_000,
  expectStart: (sim) => expect(sim.getByRole('link', { name: 'Factures de travaux' })).toBeVisible(),
});

for (const mode of ['entrainement', 'evaluation'] as const) {
  test(`${mode}: VAT on a sous-traitant’s works piece (A10) is refused on the rate with the reason, then 0 % is accepted`, async ({ page }) => {
    test.setTimeout(180_000);
    await refusedThenCorrected(
      page,
      'm5-sim-a10-deposer',
      mode,
      { amount: { ht: 320000, vatRate: 2000, tva: 64000, ttc: 384000 } },
      'Taux de TVA',
      /se facture sans TVA.*autoliquidation, article 283-2 nonies du CGI/,
    );
  });
}

test('the titulaire’s A10 validation is kept in the dossier: the piece goes on to the maîtrise d’œuvre', async ({ page }) => {
  test.setTimeout(180_000);
  const sim = await openIn(page, 'm5-sim-a10-valider', 'entrainement');
  await pressKey(page, stepControl(sim, 'Consulter la pièce n° PM-PDM-03'));
  await pressKey(page, stepControl(sim, 'Valider'));
  await expect(sim.getByText(/Comportement simulé/)).toBeVisible();
  await typeInto(page, field(sim, "Complément d'information"), 'Sanitaires posés.');
  await pressKey(page, stepControl(sim, 'Enregistrer'));
  await expect(sim.getByText(/Atelier Ocre Architectes \(maîtrise d’œuvre \(MOE\)\)/).first()).toBeVisible();
  await expect(stepControl(sim, 'Valider')).toHaveCount(0);
  await expectAccessible(page);
});

import { expect } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { focusByKeyboard, lessonEmbedding, openSimulation, test } from './sim-support';
import { content } from './support';

/**
 * The look of the mock portal, one screen of each family (account, invoices, travaux, valider, aide) at the three
 * sizes the course is used at: a layout regression (misaligned tabs, uneven fields, a cut text) fails here.
 * Each is a démonstration step (its world and form are fixed by the scenario), shot on the portal alone.
 * Baselines live beside this spec; regenerate them with `--update-snapshots` after a deliberate change.
 */

/** The step bar stays in the page flow for the shot, so it never lies over the portal. */
const STYLE = fileURLToPath(new URL('./screens-visual.css', import.meta.url));

const SHOTS = [
  { family: 'account', scenario: 'm2-demo-structure', step: 2 },
  { family: 'invoices', scenario: 'm3-sim-depot-a1', step: 2 },
  { family: 'travaux', scenario: 'm4-sim-dossier', step: 1 },
  { family: 'valider', scenario: 'm5-sim-valider', step: 2 },
  { family: 'aide', scenario: 'm6-sim-sollicitation', step: 2 },
] as const;

const SIZES = [
  { name: 'laptop', viewport: { width: 1366, height: 768 }, touch: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, touch: true },
  { name: 'projector', viewport: { width: 1920, height: 1080 }, touch: false },
] as const;

for (const size of SIZES) {
  test.describe(`mock screens at ${size.name} size`, () => {
    test.use({ viewport: size.viewport, hasTouch: size.touch, isMobile: size.touch });
    test.describe.configure({ timeout: 90_000 });

    for (const shot of SHOTS) {
      test(`${shot.family} (${shot.scenario}, step ${shot.step})`, async ({ page }) => {
        const scenario = content.scenarios.find((s) => s.id === shot.scenario)!;
        const lesson = lessonEmbedding(shot.scenario, ['demonstration']);
        expect(lesson).toBeDefined();
        const sim = await openSimulation(page, lesson!, scenario.title, 'demonstration');
        await focusByKeyboard(page, sim.getByRole('group', { name: /Étapes de la démonstration/ }));
        for (let i = 1; i < shot.step; i++) await page.keyboard.press('ArrowRight');
        await expect(sim.getByText(`Étape ${shot.step} sur ${scenario.steps.length}`)).toBeVisible();
        const portal = sim.getByRole('group', { name: 'Portail Chorus Pro (simulation)' });
        await expect(portal).toBeVisible();
        await expect(portal).toHaveScreenshot(`${shot.family}-${size.name}.png`, { maxDiffPixelRatio: 0.01, stylePath: STYLE });
      });
    }
  });
}

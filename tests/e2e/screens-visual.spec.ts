import { expect } from '@playwright/test';
import { focusByKeyboard, lessonEmbedding, openSimulation, test } from './sim-support';
import { content } from './support';

/**
 * The look of the mock portal, one screen of each family (account, invoices, travaux, valider, aide) at the three
 * sizes the course is used at: a layout regression (misaligned tabs, uneven fields, a cut text) fails here.
 * Each is a démonstration step (its world and form are fixed by the scenario), shot as the learner sees it:
 * the window, with the step bar over the portal and the step's target at the centre of the window.
 * Baselines live beside this spec; regenerate them with `--update-snapshots` after a deliberate change, on
 * the CI's kind of machine (Debian's Chromium and fonts).
 */

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

// The baselines are Linux captures (Debian's Chromium and fonts, as in CI): elsewhere fonts render otherwise and
// every shot would differ, so these checks run on Linux only.
test.skip(process.platform !== 'linux', 'screenshot baselines are made on Linux (Debian Chromium)');

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
        // The same view on every run: the step's target at the centre of the window (the player's own scrolling
        // moves as little as possible, so where it stops depends on where the page was).
        const target = sim.locator('[data-highlight]').first();
        await expect(target).toBeVisible();
        // Until the layout has settled (a screen loaded on demand, an exercise further down hydrating): centred
        // twice in a row, a few frames apart, at the same place in a page of the same height.
        const centre = () =>
          target.evaluate(async (element) => {
            element.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
            for (let i = 0; i < 5; i++) await new Promise((done) => requestAnimationFrame(done));
            return `${Math.round(element.getBoundingClientRect().top)}/${document.documentElement.scrollHeight}`;
          });
        let previous = '';
        await expect.poll(async () => previous === (previous = await centre())).toBe(true);
        await expect(page).toHaveScreenshot(`${shot.family}-${size.name}.png`, { maxDiffPixelRatio: 0.01 });
      });
    }
  });
}

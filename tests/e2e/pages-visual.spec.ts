/**
 * Screenshots of each kind of course page at the three sizes the course is designed for (a 1366×768 laptop, a
 * 390×844 phone, a 1920×1080 projector), compared with the committed baselines
 * (pages-visual.spec.ts-snapshots/): a layout regression fails. A fresh learner (empty record), the viewport
 * as the learner first sees it, through the launch shell. After an intended change of layout, regenerate them
 * on the CI's kind of machine: `npx playwright test pages-visual.spec.ts --update-snapshots`.
 */
import { expect } from '@playwright/test';
import { learnerView, sharedTabTest as test } from './support';

const SIZES = [
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844 },
  { name: 'projector', width: 1920, height: 1080 },
];

/** One page of each kind, and what shows once it is ready. */
const KINDS = [
  { kind: 'accueil', path: 'index.html' },
  { kind: 'plan', path: 'plan.html' },
  { kind: 'module', path: 'modules/m1-notions.html' },
  { kind: 'lecon-texte', path: 'lecons/m1-modes-acces.html' },
  { kind: 'glossaire', path: 'glossaire.html' },
  { kind: 'resultats', path: 'resultats.html' },
  { kind: 'page-de-pied', path: 'accessibilite.html' },
];

// The baselines are Linux captures (Debian's Chromium and fonts, as in CI): elsewhere fonts render otherwise and
// every shot would differ, so these checks run on Linux only.
test.skip(process.platform !== 'linux', 'screenshot baselines are made on Linux (Debian Chromium)');

for (const size of SIZES) {
  test.describe(`${size.name} ${size.width}×${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });
    for (const { kind, path } of KINDS) {
      test(`${kind} (${path})`, async ({ page: tab }) => {
        const page = learnerView(tab);
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        // The record has arrived from the shell (statuses and progress are rendered from it).
        await expect(page.locator('html[data-lms]')).toBeAttached();
        await expect(tab).toHaveScreenshot(`${kind}-${size.name}.png`, { maxDiffPixelRatio: 0.01 });
      });
    }
  });
}

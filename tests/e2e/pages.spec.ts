import { expect } from '@playwright/test';
import { expectCourseAccessible, expectPageAccessible, WCAG } from './axe';
import { allPages, chromelessPages, isTrainerPath, learnerView, sharedTabTest as test, watch } from './support';

/** Sizes at which no page may scroll sideways (WCAG 1.4.10): a 390 px phone, and a 1366×768 laptop zoomed to 200 %. */
const REFLOW = [
  { name: '390 px phone', width: 390, height: 844 },
  { name: '200 % zoom', width: 683, height: 384 },
];

/**
 * The launch shell around a course page is the same around every page (its frame aside): axe checks it around
 * the first course page only, rather than once per page.
 */
const shellCheckedAround = allPages.find((path) => !isTrainerPath(path));

/**
 * The first course page of each folder (the site's root, `modules/`, `lecons/`) is opened on its own, as from a
 * bookmark, to check that it sends the tab on to the shell: the same script does it on every page, knowing only
 * the page's depth (`data-root`). The others go to the shell's address for them directly (`learnerView`).
 */
const openedOnTheirOwn = new Set(
  [...Map.groupBy(allPages.filter((path) => !isTrainerPath(path)), (path) => path.replace(/[^/]*$/, '')).values()].map((paths) => paths[0]!),
);

for (const path of allPages) {
  test(`${path} loads with no console error, no foreign request, no axe violation and no sideways scroll`, async ({ page: tab, baseURL }) => {
    // Course pages show in the launch shell's frame; trainer pages stand on their own.
    const page = isTrainerPath(path) ? tab : learnerView(tab);
    const checks = watch(tab, new URL(baseURL!).origin);
    if (page === tab || !openedOnTheirOwn.has(path)) await page.goto(path);
    else {
      // Opened on its own, as from a bookmark: a course page sends the tab on to the shell, which shows it.
      await tab.goto(path);
      await expect(tab).toHaveURL(new URL(`lancement.html#${path}`, baseURL).href);
      await expect(page.locator('html[data-root]')).toBeAttached();
    }
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    if (path === 'acces-formateur.html') await expect(page.getByRole('navigation')).toHaveCount(0);
    else if (isTrainerPath(path) && !chromelessPages.has(path)) {
      // The kit links only to itself: a click never drops the trainer into the learner course.
      await expect(page.getByRole('navigation', { name: 'Navigation du kit formateur' }).getByRole('link', { name: 'Accueil du kit' })).toBeVisible();
    } else if (!chromelessPages.has(path)) {
      await expect(page.getByRole('navigation', { name: 'Navigation du parcours' }).getByRole('link', { name: 'Plan du cours' })).toBeVisible();
    }
    // Trainer notes are for the presenter view only (formateur.spec.ts): no learner page holds them, hidden or not.
    if (page !== tab) await expect(page.getByRole('complementary', { name: 'Notes pour le formateur', includeHidden: true })).toHaveCount(0);
    // A course page is checked in the shell's frame, where it lives, and the shell around it on its own.
    const tags = [...WCAG, 'best-practice'];
    if (page === tab) await expectPageAccessible(tab, { tags });
    else {
      await expectCourseAccessible(tab, { tags });
      if (path === shellCheckedAround) await expectPageAccessible(tab, { tags, shell: true });
    }
    // The page's document (in the shell's frame) and the shell itself: as wide as the window, never wider.
    for (const size of REFLOW) {
      await tab.setViewportSize({ width: size.width, height: size.height });
      for (const scope of page === tab ? [tab] : [tab, page]) {
        await expect
          .poll(() => scope.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth), { message: `sideways scroll at ${size.name}` })
          .toBeLessThanOrEqual(0);
      }
    }
    checks.expectClean();
  });
}

test('every page link of the site resolves to a page (relative links work under any path)', async ({ page: tab, request }) => {
  const page = learnerView(tab);
  const seen = new Set<string>();
  for (const path of ['index.html', 'plan.html']) {
    await page.goto(path);
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== new URL(page.url()).origin) continue;
      url.hash = '';
      if (seen.has(url.href)) continue;
      seen.add(url.href);
      expect((await request.get(url.href)).status(), url.href).toBe(200);
    }
  }
  expect(seen.size).toBeGreaterThan(40);
});

import { expect, test as base, type BrowserContextOptions, type Page } from '@playwright/test';
import { expectCourseAccessible, expectPageAccessible, WCAG } from './axe';
import { allPages, chromelessPages, isTrainerPath, learnerView, watch } from './support';

/**
 * One tab per worker, taken from page to page: each test here loads one page and checks it, and a new context
 * and tab for each cost more than the checks (measured on a 2-core machine: a fresh tab 0.4 s, the first
 * load 0.9 s against 0.6 s in a tab that has loaded the site, axe-core compiled in 0.55 s against 0.25 s).
 * Between tests the tab leaves the site's pages for a static file of the site (the shell writes its last state
 * on leaving) and its storage is emptied there: each page is checked as a new learner sees it.
 */
const test = base.extend<{ tab: Page }, { sharedTab: Page }>({
  sharedTab: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, locale, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = workerInfo.project.use;
      // The project's options a context takes (the tests' own `page` gets them from Playwright).
      const options = { baseURL, locale, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch };
      const context = await browser.newContext(Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as BrowserContextOptions);
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
  tab: async ({ sharedTab, viewport }, use) => {
    if (viewport) await sharedTab.setViewportSize(viewport);
    await use(sharedTab);
    // The tab outlives the test (Playwright still screenshots it on a failure): the test's listeners go.
    for (const event of ['console', 'pageerror', 'request'] as const) sharedTab.removeAllListeners(event);
    await sharedTab.goto('favicon.svg');
    await sharedTab.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
  },
});

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

for (const path of allPages) {
  test(`${path} loads with no console error, no foreign request, no axe violation and no sideways scroll`, async ({ tab, baseURL }) => {
    // Course pages show in the launch shell's frame; trainer pages stand on their own.
    const page = isTrainerPath(path) ? tab : learnerView(tab);
    const checks = watch(tab, new URL(baseURL!).origin);
    await page.goto(path);
    if (page !== tab) await expect(tab).toHaveURL(new URL(`lancement.html#${path}`, baseURL).href);
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

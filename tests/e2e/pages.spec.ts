import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { allPages, chromelessPages, watch } from './support';

for (const path of allPages) {
  test(`${path} loads with no console error, no foreign request and no axe violation`, async ({ page, baseURL }) => {
    const checks = watch(page, new URL(baseURL!).origin);
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    if (!chromelessPages.has(path)) {
      await expect(page.getByRole('navigation', { name: 'Navigation du parcours' }).getByRole('link', { name: 'Plan du cours' })).toBeVisible();
    }
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    checks.expectClean();
  });
}

test('every page link of the site resolves to a page (relative links work under any path)', async ({ page, request }) => {
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

import { expect } from '@playwright/test';
import { content, learnerView, sharedTabTest as test } from './support';

test.describe('glossary terms in lessons', () => {
  test('show their definition on hover, and link to the glossary', async ({ page: tab }) => {
    const page = learnerView(tab);
    await page.goto('lecons/m1-comptes-structures-services.html');
    const term = page.locator('.prose a[aria-describedby]').first();
    const tip = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
    await expect(tip).toBeHidden();
    await term.hover();
    await expect(tip).toBeVisible();
    await expect(tip).toHaveRole('tooltip');
    await expect(term).toHaveAccessibleDescription(/.{10,}/);
    const href = await term.getAttribute('href');
    expect(href).toMatch(/^\.\.\/glossaire\.html#[a-z0-9-]+$/);
  });

  test('show their definition on keyboard focus and hide it with Escape', async ({ page: tab }) => {
    const page = learnerView(tab);
    await page.goto('lecons/m1-comptes-structures-services.html');
    const term = page.locator('.prose a[aria-describedby]').first();
    const tip = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
    for (let i = 0; i < 100 && !(await term.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(term).toBeFocused();
    await expect(tip).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/glossaire\.html#[a-z0-9-]+$/);
    // The tab shows the shell: its fragment names the page, then the page's own fragment.
    const id = page.url().split('#').pop() ?? '';
    await expect(page.locator(`[id="${id}"]`)).toBeVisible();
  });

  test('the glossary page lists every term with its definition', async ({ page: tab }) => {
    const page = learnerView(tab);
    await page.goto('glossaire.html');
    const terms = page.locator('dt');
    await expect(terms).toHaveCount(content.glossary.length);
    for (const entry of content.glossary) await expect(page.locator(`[id="${entry.id}"] dt`)).toHaveText(entry.term);
  });
});

/**
 * The course chrome around the lessons: the tab names the page shown, glossary terms define themselves on a
 * tap, the glossary can be searched and browsed by letter, the footer pages exist, and a standalone learner
 * can erase their progress (after a confirmation that cancelling keeps everything).
 */
import { expect } from '@playwright/test';
import { content, EMBEDDED_KEY, learnerView, savedRecord, tabTo, sharedTabTest as test } from './support';

test('the tab title follows the page shown in the shell', async ({ page: tab }) => {
  const page = learnerView(tab);
  await page.goto('glossaire.html');
  await expect(tab).toHaveTitle(/^Glossaire — /);
  await page.getByRole('navigation', { name: 'Navigation du parcours' }).getByRole('link', { name: 'Plan du cours' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan du cours');
  await expect(tab).toHaveTitle(/^Plan du cours — /);
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a tap on a glossary term shows its definition in the lesson, and a tap elsewhere closes it', async ({ page: tab }) => {
    const page = learnerView(tab);
    await page.goto('lecons/m1-comptes-structures-services.html');
    const term = page.locator('.terme > a').first();
    const tip = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
    await term.scrollIntoViewIfNeeded();
    await term.tap();
    await expect(tip).toBeVisible();
    await expect(tab).toHaveURL(/lecons\/m1-comptes-structures-services\.html$/);
    // The definition is a sheet inside the screen, not cut at its side.
    const box = await tip.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await page.getByRole('heading', { level: 1 }).tap();
    await expect(tip).toBeHidden();
  });
});

test('the glossary filters as the learner types and has an index of its letters', async ({ page: tab }) => {
  const page = learnerView(tab);
  await page.goto('glossaire.html');
  const entries = page.locator('.glossaire__entree');
  await expect(entries).toHaveCount(content.glossary.length);
  const index = page.getByRole('navigation', { name: 'Index alphabétique' });
  await expect(index.getByRole('link', { name: 'A', exact: true })).toHaveAttribute('href', '#lettre-a');
  const search = page.getByRole('searchbox', { name: 'Rechercher un terme' });
  await tabTo(page, search);
  const one = content.glossary.find((entry) => entry.id === 'structure') ?? content.glossary[0]!;
  // Accents and case do not matter.
  await page.keyboard.type(one.term.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase());
  await expect(page.locator(`[id="${one.id}"]`)).toBeVisible();
  const status = page.getByRole('status').filter({ hasText: /termes? trouvés?/ });
  await expect(status).toHaveText(/^\d+ termes? trouvés?$/);
  const shown = Number.parseInt((await status.textContent()) ?? '', 10);
  expect(shown).toBeLessThan(content.glossary.length);
  await expect(entries.filter({ visible: true })).toHaveCount(shown);
  await page.keyboard.type(' zzzz');
  await expect(page.getByText('Aucun terme ne correspond à cette recherche.')).toBeVisible();
  await expect(entries.filter({ visible: true })).toHaveCount(0);
});

test('the footer links the accessibility statement, the legal notice and the personal data page', async ({ page: tab }) => {
  const page = learnerView(tab);
  await page.goto('index.html');
  const footer = page.getByRole('contentinfo');
  for (const [name, heading] of [
    [/^Accessibilité\s:\snon conforme$/, 'Déclaration d’accessibilité'],
    ['Mentions légales', 'Mentions légales'],
    ['Données personnelles', 'Données personnelles'],
  ] as const) {
    await footer.getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(tab).toHaveTitle(new RegExp(`^${heading}`));
  }
});

test('a standalone learner erases their progress after a confirmation; cancelling keeps it', async ({ page: tab }) => {
  const page = learnerView(tab);
  await page.goto('lecons/m1-modes-acces.html');
  const done = page.getByRole('button', { name: 'J’ai terminé cette leçon' });
  await done.click();
  await expect(page.getByRole('button', { name: /Leçon terminée/ })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await savedRecord(page))?.lessons['m1-modes-acces']?.ended).toBe(true);

  await page.goto('resultats.html');
  await expect(page.getByText('Vos scores sont enregistrés dans ce navigateur, sur cet appareil.')).toBeVisible();
  await expect(page.getByText('Vos scores sont enregistrés par votre plateforme de formation.')).toBeHidden();
  const open = page.getByRole('button', { name: 'Effacer ma progression…' });
  await tabTo(page, open);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Effacer toute votre progression ?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Annuler' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  expect((await savedRecord(page))?.lessons['m1-modes-acces']?.ended).toBe(true);

  await open.click();
  await dialog.getByRole('button', { name: 'Effacer ma progression' }).click();
  // A new launch, from an empty store: the home page offers to start, the lesson is to do again.
  await expect(page.getByRole('link', { name: /Commencer le parcours/ })).toBeVisible();
  await expect(page.getByText(/^0\s% du parcours/).first()).toBeVisible();
  await expect.poll(async () => (await savedRecord(page))?.lessons['m1-modes-acces']?.ended ?? false).toBe(false);
  expect(await page.evaluate((key) => Object.keys(localStorage).filter((k) => k.startsWith(key) && k !== key), EMBEDDED_KEY)).toEqual([]);
});

/**
 * Trainer mode (issue 7): presenter and audience windows in step, notes kept from the class and the learners,
 * no learner data written, shortcuts, day plan from course.yaml, handouts printable on A4.
 * Issue 14.4: the kit is apart from the learner site (own folder and zip; in the standalone site only behind
 * the trainer code), and never shows the final test. Issue 15.4: the audience view is sized for projection.
 * Two pages of one browser context play the two windows (BroadcastChannel reaches both).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { formatMinutes } from '../../src/domain/course/plan';
import { frenchSpacing } from '../../src/domain/text/typography';
import { content, EMBEDDED_KEY, KIT, learnerView, tabTo, trainerCode, watch } from './support';
import { LEGACY_RECORD_KEY } from '../../src/lms/embedded-store';
import { DAY_START_KEY, SYNC_KEY } from '../../src/reactions/presenter-sync';
import { expectPageAccessible, WCAG } from './axe';

/** The learner record's home in the standalone course: the embedded LMS's store. */
const RECORD_KEY = EMBEDDED_KEY;
/** What the trainer windows keep in storage (src/reactions/presenter-sync.ts). */
const TRAINER_KEYS = [SYNC_KEY, DAY_START_KEY];

/** Whether a window wrote a learner record, in the embedded LMS's store or under the earlier key. */
const learnerRecordWritten = (page: Page) =>
  page.evaluate((keys) => keys.some((key) => localStorage.getItem(key) !== null), [EMBEDDED_KEY, LEGACY_RECORD_KEY]);

const lessons = content.course.modules.flatMap((m) => m.lessons.map((l) => ({ ...l, module: m.id })));
const lessonFile = (id: string) => {
  const lesson = content.lessons.find((l) => l.id === id);
  if (!lesson) throw new Error(`no lesson ${id}`);
  return readFileSync(join(process.cwd(), lesson.file), 'utf8');
};
/** The `##` headings of a lesson's MDX: an oracle for the splitter that reads the rendered HTML. */
const sectionTitles = (id: string) => [...lessonFile(id).matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
/** A loose matcher for a heading written in MDX (typography and markup change apostrophes and spaces). */
const loose = (text: string) => new RegExp(frenchSpacing(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[’']/g, '.').replace(/[ \u00a0\u202f]+/g, '\\s*'));

async function openSession(context: BrowserContext, lessonId: string): Promise<{ presenter: Page; audience: Page }> {
  const presenter = await context.newPage();
  await presenter.goto(`${KIT}/formateur/presentateur.html?lecon=${lessonId}`);
  await expect(presenter.getByRole('group', { name: 'Commandes de la session' })).toBeVisible();
  const audience = await context.newPage();
  await audience.goto(`${KIT}/formateur/audience.html`);
  await expect(counter(audience)).toContainText('Étape');
  return { presenter, audience };
}

/** axe (WCAG 2.1 A/AA and best practices) on the page as it is now (a step shown, a dialog open…), not only as loaded. */
async function expectAccessible(page: Page): Promise<void> {
  await expectPageAccessible(page, { tags: [...WCAG, 'best-practice'] });
}

/** The audience's step counter (the live simulation has its own « Étape n sur m » line). */
const counter = (audience: Page) => audience.locator('.audience__counter').getByText(/^Étape \d+ sur \d+/);
const presenterStatus = (presenter: Page) => presenter.getByText(/Étape \d+ sur \d+ · \d+\/\d+ au total/);
const currentPane = (presenter: Page) => presenter.getByRole('region', { name: 'Étape en cours' });

/** Presses a key in `driver` until `target` shows in `watcher`, waiting for each move to arrive (no sleeps). */
async function advanceUntil(driver: Page, watcher: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.isVisible()) return;
    const before = await counter(watcher).textContent();
    await driver.keyboard.press('ArrowRight');
    await expect(counter(watcher)).not.toHaveText(before ?? '');
  }
  await expect(target).toBeVisible();
}

test('moving in the presenter view moves the audience view, and back', async ({ context, baseURL }) => {
  const { presenter, audience } = await openSession(context, 'm0-bienvenue');
  const checks = [watch(presenter, new URL(baseURL!).origin), watch(audience, new URL(baseURL!).origin)];
  const titles = sectionTitles('m0-bienvenue');
  const total = titles.length + 1;
  await expect(audience.getByRole('heading', { level: 2, name: 'Bienvenue dans le parcours' })).toBeVisible();
  await expect(counter(audience)).toHaveText(new RegExp(`^Étape 1 sur ${total}`));

  await presenter.keyboard.press('ArrowRight');
  await expect(audience.getByRole('heading', { level: 2, name: loose(titles[0]!) })).toBeVisible();
  await expect(counter(audience)).toHaveText(new RegExp(`^Étape 2 sur ${total}`));

  await presenter.getByRole('button', { name: 'Suivante →' }).click();
  await expect(audience.getByRole('heading', { level: 2, name: loose(titles[1]!) })).toBeVisible();
  await presenter.keyboard.press(' ');
  await expect(counter(audience)).toHaveText(new RegExp(`^Étape 4 sur ${total}`));

  // The audience window drives too (the trainer may press keys in the shared window).
  await audience.keyboard.press('ArrowLeft');
  await expect(presenterStatus(presenter)).toContainText(`Étape 3 sur ${total}`);
  await expect(currentPane(presenter).getByRole('heading', { name: loose(titles[1]!) })).toBeVisible();

  // Aller à l'étape n.
  await presenter.getByLabel('Étape', { exact: true }).fill(String(total));
  await presenter.getByRole('button', { name: 'Aller à l’étape' }).click();
  await expect(audience.getByRole('heading', { level: 2, name: loose(titles.at(-1)!) })).toBeVisible();

  // The next step of the last one of a lesson is the next lesson's first.
  await expect(presenter.getByRole('region', { name: 'Étape suivante' })).toContainText('Nouvelle leçon');
  for (const c of checks) c.expectClean();
});

test('without BroadcastChannel the windows stay in step through storage events', async ({ browser }) => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    // @ts-expect-error -- simulating a browser without BroadcastChannel
    delete window.BroadcastChannel;
  });
  const { presenter, audience } = await openSession(context, 'm0-bienvenue');
  expect(await audience.evaluate(() => 'BroadcastChannel' in window)).toBe(false);
  await presenter.keyboard.press('ArrowRight');
  await expect(counter(audience)).toHaveText(/^Étape 2 sur/);
  await audience.keyboard.press('b');
  await expect(presenter.getByRole('button', { name: 'Écran noir (B)' })).toHaveAttribute('aria-pressed', 'true');
  await context.close();
});

const demo = (() => {
  for (const lesson of lessons) {
    const match = /<Simulation\s+scenario="([^"]+)"\s+mode="demonstration"/.exec(lessonFile(lesson.id));
    if (!match) continue;
    const scenario = parse(readFileSync(join(process.cwd(), 'content', 'scenarios', `${match[1]}.yaml`), 'utf8')) as { title: string; steps: Array<{ title: string }> };
    return { lessonId: lesson.id, title: scenario.title, steps: scenario.steps.map((s) => s.title) };
  }
  return undefined;
})();

/** The live simulation of the audience's current step, and its démonstration status line. */
const liveSimulation = (audience: Page, title: string) => audience.getByRole('region', { name: loose(title) }).filter({ visible: true });
const demoStatus = (audience: Page, title: string, n: number, of: number) =>
  liveSimulation(audience, title).getByText(new RegExp(`^Étape ${n} sur ${of}`));

test('a simulation démonstration steps forward from the presenter and back from the audience', async ({ context }) => {
  test.skip(!demo || demo.steps.length < 3, 'no lesson embeds a démonstration of three steps or more yet');
  const { lessonId, steps } = demo!;
  const { presenter, audience } = await openSession(context, lessonId);
  await advanceUntil(presenter, audience, audience.getByRole('heading', { level: 2, name: loose(steps[0]!) }));
  await expect(audience.getByText(/Démonstration .* étape 1 sur/).filter({ visible: true })).toHaveCount(1);
  // The live simulation shows the same step, its control highlighted on the simulated screen.
  const of = steps.length;
  await expect(demoStatus(audience, demo!.title, 1, of)).toBeVisible();
  await expectAccessible(audience);
  // Projected at 1920 × 1080: the simulation's text reads from the back of the room (at least 20 px) and the
  // simulation takes the width of the screen rather than a laptop column.
  await audience.setViewportSize({ width: 1920, height: 1080 });
  const status = demoStatus(audience, demo!.title, 1, of);
  await expect(status).toBeVisible();
  expect(await status.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(20);
  expect((await liveSimulation(audience, demo!.title).boundingBox())!.width).toBeGreaterThanOrEqual(1200);
  await audience.setViewportSize({ width: 1280, height: 720 });

  await presenter.keyboard.press('ArrowRight');
  await expect(audience.getByRole('heading', { level: 2, name: loose(steps[1]!) })).toBeVisible();
  await expect(demoStatus(audience, demo!.title, 2, of)).toBeVisible();
  await presenter.keyboard.press('ArrowRight');
  await expect(audience.getByRole('heading', { level: 2, name: loose(steps[2]!) })).toBeVisible();
  await expect(demoStatus(audience, demo!.title, 3, of)).toBeVisible();

  await audience.keyboard.press('ArrowLeft');
  await expect(currentPane(presenter).getByRole('heading', { name: loose(steps[1]!) })).toBeVisible();
  await expect(audience.getByRole('heading', { level: 2, name: loose(steps[1]!) })).toBeVisible();
  await expect(demoStatus(audience, demo!.title, 2, of)).toBeVisible();

  await presenter.getByRole('button', { name: 'Recommencer la démonstration' }).click();
  await expect(audience.getByRole('heading', { level: 2, name: loose(steps[0]!) })).toBeVisible();
  await expect(demoStatus(audience, demo!.title, 1, of)).toBeVisible();
  // Trainer mode: the live simulation saved nothing in the learner record.
  expect(await learnerRecordWritten(audience)).toBe(false);
});

test('an exercise is live on the audience screen for the trainer to operate, and saves nothing', async ({ context }) => {
  const lesson = lessons.find((l) => /<Simulation\s+scenario="[^"]+"\s+mode="entrainement"/.test(lessonFile(l.id)))!;
  const id = /<Simulation\s+scenario="([^"]+)"\s+mode="entrainement"/.exec(lessonFile(lesson.id))![1]!;
  const scenario = parse(readFileSync(join(process.cwd(), 'content', 'scenarios', `${id}.yaml`), 'utf8')) as { title: string; steps: Array<{ title: string }> };
  const { presenter, audience } = await openSession(context, lesson.id);
  await advanceUntil(presenter, audience, audience.getByRole('heading', { level: 2, name: loose(`Exercice : ${scenario.title}`) }));
  const sim = liveSimulation(audience, scenario.title);
  await expect(sim.getByText('Mode : Entraînement (formateur, sans enregistrement)')).toBeVisible();
  // The trainer acts on the simulated portal: « Indice » reveals the next expected step, the first one.
  await expect(sim.getByText(loose(scenario.steps[0]!.title))).toHaveCount(0);
  await sim.getByRole('button', { name: /Indice/ }).click();
  await expect(sim.getByText(loose(scenario.steps[0]!.title))).toBeVisible();
  await expectAccessible(audience);
  expect(await learnerRecordWritten(audience)).toBe(false);
});

test('a quiz question is shown to the class and R reveals its answer and explanation', async ({ context }) => {
  const lesson = lessons.find((l) => /<Quiz bank="[^"]+"/.test(lessonFile(l.id)))!;
  const bankId = /<Quiz bank="([^"]+)"/.exec(lessonFile(lesson.id))![1]!;
  const bank = content.quizzes.find((b) => b.id === bankId)!;
  const { presenter, audience } = await openSession(context, lesson.id);
  await advanceUntil(presenter, audience, audience.getByRole('heading', { level: 2, name: `Question 1 sur ${bank.draw ?? bank.questions.length}` }));
  const first = bank.questions[0]!;
  await expect(audience.getByText(frenchSpacing(first.stem))).toBeVisible();
  const explanation = audience.getByText(frenchSpacing(first.explanation));
  await expect(explanation).toBeHidden();
  // The presenter sees the answer before the class does.
  await expect(presenter.getByText('Réponse masquée pour le public')).toBeVisible();

  await presenter.keyboard.press('r');
  await expect(explanation).toBeVisible();
  await expect(presenter.getByText('Réponse révélée au public')).toBeVisible();
  await expectAccessible(audience);
  await expectAccessible(presenter);

  await presenter.keyboard.press('ArrowRight');
  await expect(audience.getByRole('heading', { level: 2, name: /^Question 2 sur/ })).toBeVisible();
  await expect(audience.getByText(/Bonne réponse/).filter({ visible: true })).toHaveCount(0);
});

const lessonsWithNotes = lessons.filter((l) => lessonFile(l.id).includes('<NotesFormateur>'));

// Learner pages: every one is checked for notes in pages.spec.ts, which loads them all already.
test('trainer notes show in the presenter view only, never in the audience view or the kit’s documents', async ({ context, page }) => {
  expect(lessonsWithNotes.length).toBeGreaterThan(0);
  const notes = { name: 'Notes pour le formateur', includeHidden: true } as const;
  const { presenter, audience } = await openSession(context, lessonsWithNotes[0]!.id);
  await expect(audience.getByRole('complementary', notes)).toHaveCount(0);
  await expect(presenter.getByRole('complementary', { name: 'Notes pour le formateur' }).first()).toBeVisible();
  for (const path of [`${KIT}/formateur/support.html`, `${KIT}/formateur/fiches.html`]) {
    await page.goto(path);
    await expect(page.getByRole('complementary', notes)).toHaveCount(0);
  }
});

test('a whole trainer session leaves the learner record untouched and talks to no LMS', async ({ context, page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  // A learner has used this browser: their record exists (a lesson opened, time spent in it).
  const learner = learnerView(page);
  await learner.goto('lecons/m0-bienvenue.html');
  await learner.getByRole('button', { name: 'J’ai terminé cette leçon' }).click();
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), RECORD_KEY)).not.toBeNull();
  await learner.goto('index.html');
  // No learner page leads to the trainer kit; it stands on its own, outside the learner's shell.
  await expect(learner.getByRole('link', { name: /formateur/i })).toHaveCount(0);
  await page.goto(`${KIT}/formateur.html`);
  await expect(page.getByRole('heading', { level: 1, name: 'Kit formateur' })).toBeVisible();
  const before = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  expect(before[RECORD_KEY]).toBeTruthy();
  const home = watch(page, origin);
  await page.getByLabel('Commencer à la leçon').selectOption('m1-gestionnaire-utilisateurs');
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: /Ouvrir la vue présentateur/ }).click()]);
  const [audience] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: /Ouvrir la vue public/ }).click()]);
  const windows = [watch(presenter, origin), watch(audience, origin)];
  await expect(presenter.getByRole('group', { name: 'Commandes de la session' })).toBeVisible();
  await expect(counter(audience)).toHaveText(/^Étape 1 sur/);
  await expect(presenterStatus(presenter)).toContainText('Gestionnaire principal et autres utilisateurs');

  await advanceUntil(presenter, audience, audience.getByRole('heading', { level: 2, name: /^Question 1 sur/ }));
  await presenter.keyboard.press('r');
  await presenter.keyboard.press('b');
  await presenter.keyboard.press('b');
  await presenter.keyboard.press('ArrowRight');
  await audience.keyboard.press('ArrowLeft');
  await presenter.getByRole('button', { name: 'Recommencer la leçon' }).click();
  await expect(counter(audience)).toHaveText(/^Étape 1 sur/);
  await page.goto(`${KIT}/formateur/support.html`);
  await page.goto(`${KIT}/formateur/fiches.html`);

  const after = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  expect(after[RECORD_KEY]).toBe(before[RECORD_KEY]);
  const { [RECORD_KEY]: _record, ...others } = after;
  const added = Object.keys(others).filter((key) => !(key in before) || before[key] !== others[key]);
  expect(added.every((key) => TRAINER_KEYS.includes(key)), `keys written: ${added.join(', ')}`).toBe(true);
  // No LMS API was looked for or created in the trainer windows.
  for (const w of [presenter, audience]) {
    expect(await w.evaluate(() => 'API' in window || 'API_1484_11' in window)).toBe(false);
  }
  home.expectClean();
  for (const c of windows) c.expectClean();
});

test('the keyboard shortcuts work and each has its button', async ({ context }) => {
  const { presenter, audience } = await openSession(context, 'm0-bienvenue');
  const heading = audience.getByRole('heading', { level: 2, name: 'Bienvenue dans le parcours' });
  await expect(heading).toBeVisible();

  await presenter.keyboard.press('?');
  const dialog = presenter.getByRole('dialog', { name: 'Raccourcis clavier' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Écran noir');
  await expectAccessible(presenter);
  await presenter.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await presenter.keyboard.press('b');
  await expect(heading).toBeHidden();
  await expect(presenter.getByRole('button', { name: 'Écran noir (B)' })).toHaveAttribute('aria-pressed', 'true');
  await presenter.getByRole('button', { name: 'Écran noir (B)' }).click();
  await expect(heading).toBeVisible();

  await presenter.keyboard.press('r');
  await expect(presenter.getByText('Rien à révéler à cette étape.')).toBeVisible();
  await expect(presenter.getByRole('button', { name: 'Révéler la réponse (R)' })).toBeDisabled();

  await audience.keyboard.press('f');
  await expect.poll(() => audience.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await audience.keyboard.press('f');
  await expect.poll(() => audience.evaluate(() => document.fullscreenElement !== null)).toBe(false);

  // Typing in a field moves nothing; the buttons are reachable with the keyboard and show their focus.
  await presenter.getByLabel('Étape', { exact: true }).press('ArrowRight');
  await expect(counter(audience)).toHaveText(/^Étape 1 sur/);
  const next = presenter.getByRole('button', { name: 'Suivante →' });
  await next.focus();
  await expect(next).toBeFocused();
  expect(await next.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  await presenter.keyboard.press('Enter');
  await expect(counter(audience)).toHaveText(/^Étape 2 sur/);
});

test('the day plan lays out course.yaml’s durations from the start time set by the trainer', async ({ page }) => {
  await page.clock.install({ time: new Date(2026, 2, 2, 10, 0) });
  await page.goto(`${KIT}/formateur/presentateur.html?lecon=${lessons[0]!.id}`);
  const plan = page.getByRole('region', { name: 'Plan de la journée' });
  const rows = plan.getByRole('table').getByRole('row');
  // Optional lessons (annexes) are outside the day.
  const day = lessons.filter((l) => !l.optional);
  await expect(rows).toHaveCount(1 + day.length + 3);
  for (const lesson of day) {
    const title = content.lessons.find((l) => l.id === lesson.id)!.title;
    const row = rows.filter({ has: page.getByRole('button', { name: frenchSpacing(title), exact: true }) });
    await expect(row).toContainText(formatMinutes(lesson.minutes));
  }
  await expect(rows.filter({ hasText: 'Déjeuner' })).toContainText('1\u00a0h');
  const teaching = content.course.minutes;
  await expect(plan).toContainText(`de 9\u00a0h\u00a000 à 17\u00a0h\u00a030`);
  expect(teaching + 15 + 60 + 15).toBe(8 * 60 + 30);
  // At 10:00, still on the first lesson (planned 9:00–9:05): 55 minutes behind.
  await expect(plan).toContainText('La classe est en retard de 55\u00a0min.');

  await plan.getByLabel('Début de la journée').fill('08:30');
  await expect(plan).toContainText(`de 8\u00a0h\u00a030 à 17\u00a0h\u00a000`);
  await expect(rows.nth(1)).toContainText('8\u00a0h\u00a030');
});

for (const handout of [
  { path: `${KIT}/formateur/support.html`, name: 'support de formation' },
  { path: `${KIT}/formateur/fiches.html`, name: 'fiches réflexes' },
]) {
  test(`the ${handout.name} prints on A4 with nothing cut off`, async ({ page }) => {
    await page.goto(handout.path);
    await page.emulateMedia({ media: 'print' });
    // A4 is 210 mm wide; the @page margins leave 182 mm, i.e. 688 CSS pixels.
    await page.setViewportSize({ width: 688, height: 1000 });
    const overflowing = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      return [...document.querySelectorAll('body *')]
        .filter((el) => {
          const box = el.getBoundingClientRect();
          if (box.width === 0 && box.height === 0) return false;
          const clipped = el.scrollWidth > el.clientWidth + 1 && ['hidden', 'clip'].includes(getComputedStyle(el).overflowX);
          return box.right > width + 1 || box.left < -1 || clipped;
        })
        .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}: ${el.textContent?.slice(0, 40)}`);
    });
    expect(overflowing).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(0);
    if (handout.path.endsWith('support.html')) {
      await page.emulateMedia({ media: 'screen' });
      const toc = page.getByRole('navigation', { name: 'Sommaire' });
      for (const lesson of content.lessons) await expect(toc.getByRole('link', { name: frenchSpacing(lesson.title), exact: true })).toHaveCount(1);
      expect(pages).toBeGreaterThan(content.course.modules.length);
    } else {
      // One fiche réflexe per scenario of the course, one page each (or the empty state on one page).
      const fiches = content.scenarios.length;
      await expect(page.getByRole('article')).toHaveCount(fiches);
      expect(pages).toBe(Math.max(1, fiches));
    }
  });
}

test('the trainer kit opens with its code, typed at the keyboard, and not without', async ({ page, baseURL }) => {
  expect(trainerCode.length, 'the e2e build needs a trainer code (content/organisation.yaml trainerCode)').toBeGreaterThanOrEqual(8);
  const checks = watch(page, new URL(baseURL!).origin);
  await page.goto('acces-formateur.html');
  await expect(page.getByRole('heading', { level: 1, name: 'Accès au kit formateur' })).toBeVisible();
  const field = page.getByLabel('Code formateur');
  await tabTo(page, field);
  await page.keyboard.type('MAUVAIS-CODE-1234');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText(/Code incorrect/);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toBeFocused();
  await expect(page).toHaveURL(/acces-formateur\.html$/);
  await expectAccessible(page);
  // The right code, with spaces and in lower case: both are ignored.
  await field.fill('');
  await page.keyboard.type(` ${trainerCode.toLowerCase().split('').join(' ')} `);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Kit formateur' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/${KIT}/formateur\\.html$`));
  checks.expectClean();
  // Without the code there is no kit where one might look for it.
  for (const guess of ['formateur.html', 'formateur/presentateur.html', 'formateur/audience.html', 'kit-formateur/formateur.html']) {
    expect((await page.request.get(guess)).status(), guess).toBe(404);
  }
});

/** Every file of an unpacked zip or a folder, as [path, text] (binary files skipped). */
function textFiles(entries: Array<[string, Uint8Array]>): Array<[string, string]> {
  return entries.filter(([name]) => /\.(html|m?js|css|json|xml|txt|svg)$/.test(name)).map(([name, bytes]) => [name, Buffer.from(bytes).toString('utf8')]);
}
function folderEntries(dir: string, prefix = ''): Array<[string, Uint8Array]> {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry): Array<[string, Uint8Array]> => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? folderEntries(dir, rel) : [[rel, readFileSync(join(dir, rel))]];
  });
}
const TRAINER_MARK = 'name="parcours-kit-formateur"';
const TRAINER_LINK = /(?:href|src|action)=["'][^"']*formateur(?:\.html|\/)|["'`][^"'`]*formateur\/(?:presentateur|audience|support|fiches)\.html/;

test('the learner packages and the standalone build hold no trainer page and no link to one; the kit is its own folder and zip', () => {
  const scorm = join(process.cwd(), 'dist-scorm');
  const zips = readdirSync(scorm).filter((f) => f.endsWith('.zip'));
  expect(zips.sort()).toEqual(['parcours-chorus-pro-scorm12.zip', 'parcours-chorus-pro-scorm2004.zip']);
  const finalBank = content.quizzes.find((b) => b.kind === 'final')!;
  for (const zip of zips) {
    const files = Object.entries(unzipSync(readFileSync(join(scorm, zip))));
    expect(files.filter(([name]) => /(^|\/)formateur|acces-formateur/.test(name)).map(([n]) => n), zip).toEqual([]);
    for (const [name, text] of textFiles(files)) {
      expect(text.includes(TRAINER_MARK), `${zip}: ${name} is a trainer page`).toBe(false);
      expect(TRAINER_LINK.test(text), `${zip}: ${name} links to a trainer page`).toBe(false);
      expect(text.includes(KIT), `${zip}: ${name} names the kit's folder`).toBe(false);
    }
  }
  // The standalone build: the kit only under the folder named after the code, which nothing else names.
  const dist = folderEntries(join(process.cwd(), 'dist')).filter(([name]) => !name.startsWith(`${KIT}/`));
  expect(dist.filter(([name]) => /(^|\/)formateur/.test(name)).map(([n]) => n)).toEqual([]);
  for (const [name, text] of textFiles(dist)) {
    expect(text.includes(TRAINER_MARK), `dist/${name} is a trainer page`).toBe(false);
    expect(text.includes(KIT), `dist/${name} names the kit's folder`).toBe(false);
    if (name !== 'acces-formateur.html') expect(TRAINER_LINK.test(text), `dist/${name} links to a trainer page`).toBe(false);
  }
  // The kit: presenter, audience, handouts and fiches réflexes, as a folder and a zip; no final-test question.
  const kitDir = join(process.cwd(), 'dist-kit', 'parcours-chorus-pro-kit-formateur');
  const kitPages = ['formateur.html', 'formateur/presentateur.html', 'formateur/audience.html', 'formateur/support.html', 'formateur/fiches.html'];
  for (const page of kitPages) expect(existsSync(join(kitDir, page)), page).toBe(true);
  const kitZip = Object.keys(unzipSync(readFileSync(join(process.cwd(), 'dist-kit', 'parcours-chorus-pro-kit-formateur.zip'))));
  for (const page of kitPages) expect(kitZip).toContain(`parcours-chorus-pro-kit-formateur/${page}`);
  const stems = finalBank.questions.map((q) => frenchSpacing(q.stem).slice(0, 60));
  for (const page of kitPages) {
    const html = readFileSync(join(kitDir, page), 'utf8');
    expect(stems.filter((stem) => html.includes(stem)), `${page} shows final-test questions`).toEqual([]);
  }
});

test('the final test is never shown in the trainer kit: its lesson says so instead of stepping through questions', async ({ context }) => {
  const finalBank = content.quizzes.find((b) => b.kind === 'final')!;
  const lesson = lessons.find((l) => lessonFile(l.id).includes(`<Quiz bank="${finalBank.id}"`))!;
  const { presenter, audience } = await openSession(context, lesson.id);
  const note = /Ses questions et ses réponses ne sont pas affichées dans le kit formateur/;
  await advanceUntil(presenter, audience, audience.getByText(note));
  await expect(currentPane(presenter).getByText(note)).toBeVisible();
  // Every step of the lesson: none is a question.
  await expect(presenter.locator(`section.step[data-lesson="${lesson.id}"].step--question`)).toHaveCount(0);
  await expect(audience.locator(`section.step[data-lesson="${lesson.id}"].step--question`)).toHaveCount(0);
});

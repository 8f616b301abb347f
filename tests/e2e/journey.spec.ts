import { expect, test } from '@playwright/test';
import { frenchSpacing } from '../../src/domain/text/typography';
import { content, tabTo, watch, learnerView, pageStarted } from './support';
import { LEGACY_RECORD_KEY } from '../../src/lms/embedded-store';
import { LEGACY_UNREADABLE_KEY } from '../../src/lms/embedded';
import { answer, questionsOnPage, startQuiz, submitAnswers } from './quiz-support';

const module1 = content.course.modules.find((m) => m.id === 'm1-notions')!;
/** A lesson's title as displayed (with French no-break spaces). */
const lessonTitle = (id: string) => frenchSpacing(content.lessons.find((l) => l.id === id)!.title);

test('a new learner goes through module 1 with the keyboard only, sees progress, and resumes after a reload', async ({ page: tab, baseURL }) => {
  const page = learnerView(tab);
  test.setTimeout(180_000); // five lessons and a quiz walked key by key: 40–90 s measured under load
  const checks = watch(page, new URL(baseURL!).origin);
  await page.goto('index.html');

  const start = page.getByRole('link', { name: /Commencer le parcours/ });
  await expect(start).toBeVisible();
  await expect(page.getByText(/^0\s% du parcours/).first()).toBeVisible();

  // Home → module 1 page, by keyboard.
  const moduleLink = page.getByRole('link', { name: /^Module 1 · Obligations/ });
  await tabTo(page, moduleLink);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Module 1 · Obligations/);

  await tabTo(page, page.getByRole('link', { name: 'Commencer le module' }));
  await page.keyboard.press('Enter');

  for (const [index, entry] of module1.lessons.entries()) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lessonTitle(entry.id));
    await expect(page.getByText(`Leçon ${index + 1} sur ${module1.lessons.length}`)).toBeVisible();
    const lesson = content.lessons.find((l) => l.id === entry.id)!;
    if (lesson.activities.length === 0) {
      const done = page.getByRole('button', { name: /J’ai terminé cette leçon|Leçon terminée/ });
      await pageStarted(page);
      await tabTo(page, done, 250);
      await page.keyboard.press('Enter');
      await expect(done).toHaveAttribute('aria-pressed', 'true');
    } else {
      // A lesson with a quiz is complete once the quiz is submitted.
      const bank = content.quizzes.find((b) => lesson.activities.includes(b.id))!;
      await startQuiz(page, /^Commencer le quiz$/);
      const questions = await questionsOnPage(page, bank.questions);
      for (const { group, question } of questions) await answer(page, group, question, true);
      await submitAnswers(page);
      // The one result statement, every answer right, gets the focus.
      const n = questions.length;
      await expect(page.getByRole('heading', { name: new RegExp(`^Résultat\\s: ${n}\\sbonnes? réponses? sur ${n}, soit 100\\s%$`) })).toBeFocused();
    }
    await expect(page.getByRole('navigation', { name: 'Fil d’Ariane' }).getByText(lessonTitle(entry.id))).toBeVisible();
    await tabTo(page, page.getByRole('link', { name: /Leçon suivante/ }));
    await page.keyboard.press('Enter');
  }

  // After module 1, we are on the first lesson of module 2: the progress bar counts module 1.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lessonTitle('m2-creer-son-compte'));
  const percent = Math.floor((module1.minutes / content.course.minutes) * 100);
  await expect(page.getByRole('progressbar', { name: 'Votre progression' })).toHaveAttribute('value', String(percent));

  await tabTo(page, page.getByRole('link', { name: content.course.title }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/index\.html$/);

  // The home plan shows module 1 done; unfolded, lesson by lesson.
  const moduleItem = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: /^Module 1 · Obligations/ }) });
  await expect(moduleItem.locator('[data-module-status]')).toHaveText('Terminé');
  const fold = moduleItem.locator('summary');
  await expect(fold).toHaveText(new RegExp(`^${module1.lessons.length} leçons`));
  await tabTo(page, fold);
  await page.keyboard.press('Enter');
  for (const entry of module1.lessons) {
    // The innermost list item holding the lesson link is the lesson's row (the module's item holds it too).
    const row = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: lessonTitle(entry.id), exact: true }) }).last();
    await expect(row.getByText('Terminée')).toBeVisible();
  }
  await expect(page.getByText(new RegExp(`^${percent}\\s% du parcours · 5\\sleçons sur`)).first()).toBeVisible();

  // A reload keeps everything and offers to resume where the learner was.
  await page.reload();
  const resume = page.getByRole('link', { name: /Reprendre là où vous en étiez/ });
  await expect(resume).toBeVisible();
  await expect(resume).toHaveAttribute('href', 'lecons/m2-creer-son-compte.html');
  await tabTo(page, resume);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/lecons\/m2-creer-son-compte\.html$/);
  checks.expectClean();
});

test('reaching the end of a lesson without activities completes it', async ({ page: tab }) => {
  const page = learnerView(tab);
  await page.goto('lecons/m1-modes-acces.html');
  await expect(page.getByRole('button', { name: 'J’ai terminé cette leçon' })).toHaveAttribute('aria-pressed', 'false');
  // The lesson is in the shell's frame: the keys go to it once its content has the focus.
  await page.getByRole('main').focus();
  await page.keyboard.press('End');
  await expect(page.getByRole('button', { name: /Leçon terminée/ })).toHaveAttribute('aria-pressed', 'true');
  await page.goto('plan.html');
  const row = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: lessonTitle('m1-modes-acces'), exact: true }) }).last();
  await expect(row.getByText('Terminée')).toBeVisible();
});

test('a lesson ended in the same moment as the tab leaves is kept', async ({ page: tab }) => {
  const page = learnerView(tab);
  await page.goto('lecons/m1-modes-acces.html');
  await expect(page.getByRole('button', { name: 'J’ai terminé cette leçon' })).toHaveAttribute('aria-pressed', 'false');
  // The lesson is ended and the tab leaves in one task: the page's message to the shell is still queued when
  // the shell closes its session (it was lost that way), so the shell reads the page's record itself.
  const lesson = tab.frames().find((frame) => frame.url().endsWith('/lecons/m1-modes-acces.html'))!;
  await lesson.evaluate(() => {
    document.querySelector<HTMLButtonElement>('button[data-finish-lesson]')!.click();
    window.top!.location.href = new URL('../plan.html', window.location.href).href;
  });
  await expect(tab).toHaveURL(/lancement\.html#plan\.html$/);
  const row = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: lessonTitle('m1-modes-acces'), exact: true }) }).last();
  await expect(row.getByText('Terminée')).toBeVisible();
});

test('a corrupted save of the earlier local persistence is set aside with a visible notice, and the course still works', async ({ page: tab, baseURL }) => {
  const page = learnerView(tab);
  // The key course pages wrote before they opened through the shell, corrupted, there before any course
  // script runs (once per tab: the session flag keeps later documents from writing it again).
  await tab.addInitScript((key) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem(key, '1.abc.{"l":{"broken');
  }, LEGACY_RECORD_KEY);
  const checks = watch(page, new URL(baseURL!).origin);
  await page.goto('index.html');
  const notice = page.getByRole('status').filter({ hasText: 'était illisible' });
  await expect(notice).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), LEGACY_UNREADABLE_KEY)).toBe('1.abc.{"l":{"broken');
  expect(await page.evaluate((key) => localStorage.getItem(key), LEGACY_RECORD_KEY)).toBeNull();
  await notice.getByRole('button', { name: 'Fermer ce message' }).click();
  await expect(notice).toBeHidden();
  await expect(page.getByRole('link', { name: /Commencer le parcours/ })).toBeVisible();
  checks.expectClean();
});

/**
 * Quizzes, end to end, with the keyboard only and by role: the entry test personalises the plan, a module
 * check corrects and restarts, the final test is passed and failed, an attempt survives a reload, and the
 * attestation appears only after a pass and prints on one A4 page; on a phone the final test shows one
 * question per screen, and no quiz scrolls sideways at 390 px or at 200 % zoom. Answers come from the real
 * banks' answer keys (content/quizzes/*.yaml), which the tests read and the final test's page does not carry.
 */
import { expect, type Page } from '@playwright/test';
import { correctionFeedback, decodeAttempts, encodeAttempts, grade, type Question } from '../../src/domain/quiz';
import { encodeRecord } from '../../src/domain/record/codec';
import { LEGACY_RECORD_KEY } from '../../src/lms/embedded-store';
import { emptyRecord, setActivityResult } from '../../src/domain/record/record';
import { frenchSpacing } from '../../src/domain/text/typography';
import { backupRecord, content, tabTo, watch, learnerView, sharedTabTest as test } from './support';
import { answer, expectAccessible, expectNoOverflow, questionsOnPage, responseFor, startQuiz, submitAnswers, submittedFinalAttempt } from './quiz-support';

const bank = (id: string) => content.quizzes.find((b) => b.id === id)!;
const entryBank = content.quizzes.find((b) => b.kind === 'entry')!;
const finalBank = content.quizzes.find((b) => b.kind === 'final')!;
const lessonOf = (bankId: string) => content.lessons.find((l) => l.activities.includes(bankId))!.id;
const fr = frenchSpacing;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const moduleLabel = (id: string) => {
  const m = content.course.modules.find((mod) => mod.id === id)!;
  return fr(m.number ? `Module ${m.number} · ${m.title}` : m.title);
};

/** The one result statement, as a heading. */
const resultHeading = (page: Page, prefix: string, correct: number | string, total: number | string, score: number | string) =>
  page.getByRole('heading', { name: new RegExp(`^${prefix}\\s: ${correct}\\sbonnes? réponses? sur ${total}, soit ${score}\\s%$`) });

/**
 * Takes the final test from its lesson: every question right, or every question wrong (from the `from`th on),
 * then submits with the keyboard. Answers are given with the keyboard unless `input` says the pointer: every
 * question type is answered with the keyboard on a desktop page in the reload test's first attempt, and passed
 * with the keyboard alone on a phone; the later attempts of these tests are about the attempts' rules.
 */
async function takeFinal(page: Page, pass: boolean, { from = 0, input = 'keyboard' }: { from?: number; input?: 'keyboard' | 'pointer' } = {}): Promise<void> {
  const questions = await questionsOnPage(page, finalBank.questions);
  expect(questions.length).toBeGreaterThanOrEqual(finalBank.draw ?? finalBank.questions.length);
  for (const { group, question } of questions.slice(from)) await answer(page, group, question, pass, input);
  await submitAnswers(page);
}

test('the entry test marks mastered modules in the plan, and the learner can undo it', async ({ page: tab, baseURL }) => {
  test.setTimeout(120_000);
  const page = learnerView(tab);
  const checks = watch(page, new URL(baseURL!).origin);
  await page.goto(`lecons/${lessonOf(entryBank.id)}.html`);
  await startQuiz(page, /^Commencer le test$/);
  // All right on module 1 only: module 1 alone reaches the positioning rule.
  const mastered = 'm1-notions';
  for (const { group, question } of await questionsOnPage(page, entryBank.questions)) {
    await answer(page, group, question, question.module === mastered);
  }
  await submitAnswers(page);
  await expect(resultHeading(page, 'Résultat', '\\d+', entryBank.questions.length, '\\d+')).toBeFocused();
  await expect(page.getByRole('table', { name: 'Vos résultats par module' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: moduleLabel(mastered) }).getByText('Déjà maîtrisé')).toBeVisible();

  await page.goto('plan.html');
  const moduleItem = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: moduleLabel(mastered) }) });
  await expect(moduleItem.getByText('Déjà maîtrisé', { exact: true })).toBeVisible();
  await expect(page.getByText('Déjà maîtrisé', { exact: true })).toHaveCount(1);
  const undo = page.getByRole('button', { name: /^Suivre ce module quand même/ });
  await expect(undo).toHaveCount(1);
  await tabTo(page, undo);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /^Suivre ce module quand même/ })).toHaveCount(0);
  await expect(moduleItem.getByText('À faire', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('Déjà maîtrisé', { exact: true })).toHaveCount(0);
  await page.reload();
  await expect(page.getByText('Déjà maîtrisé', { exact: true })).toHaveCount(0);
  checks.expectClean();
});

test('a module check refuses an incomplete submission, corrects, and restarts with a new attempt', async ({ page: tab, baseURL }) => {
  test.setTimeout(120_000);
  const page = learnerView(tab);
  const checks = watch(page, new URL(baseURL!).origin);
  const check = bank('m1-check');
  await page.goto(`lecons/${lessonOf(check.id)}.html`);
  await startQuiz(page, /^Commencer le quiz$/);
  const questions = await questionsOnPage(page, check.questions);
  expect(questions).toHaveLength(check.questions.length);

  // Submitting with nothing answered is refused, naming the questions, and the focus goes to the first.
  await submitAnswers(page);
  await expect(page.getByRole('alert')).toContainText(`Vous n’avez pas répondu à ${questions.length}\u00a0questions\u00a0: question 1, question 2`);
  await expect(questions[0]!.group.locator('input, select, button').first()).toBeFocused();

  // First question wrong, the rest right; the counter follows.
  const counter = page.getByText(/^\d+\u202f\/\u202f\d+ questions répondues$/);
  await expect(counter).toHaveText(`0\u202f/\u202f${questions.length} questions répondues`);
  for (const [i, { group, question }] of questions.entries()) await answer(page, group, question, i > 0);
  await expect(counter).toHaveText(`${questions.length}\u202f/\u202f${questions.length} questions répondues`);
  await submitAnswers(page);
  // One result statement, focused, then the verdict: all but one right reaches the 80 % mark (scores round down).
  const score = Math.floor(((questions.length - 1) * 100) / questions.length);
  expect(score).toBeGreaterThanOrEqual(80);
  await expect(resultHeading(page, 'Résultat', questions.length - 1, questions.length, score)).toBeFocused();
  await expect(page.getByText(/^Résultat/)).toHaveCount(1);
  await expect(page.getByText(/Objectif atteint/)).toBeVisible();
  const first = questions[0]!.question as Question;
  const given = responseFor(first, false);
  const status = grade(first, given).status;
  const corrections = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: /^Revoir la leçon/ }) });
  await expect(corrections).toHaveCount(questions.length);
  await expect(corrections.first()).toContainText(status === 'partial' ? 'Réponse en partie juste' : 'Réponse incorrecte');
  // One feedback per answer: the one chosen for this response, and not the explanation beside it.
  const feedback = correctionFeedback(first, status === 'empty' ? 'incorrect' : status, given);
  await expect(corrections.first()).toContainText(fr(feedback));
  if (feedback !== first.explanation) await expect(corrections.first()).not.toContainText(fr(first.explanation));
  await expectAccessible(tab);
  await expect(corrections.nth(1)).toContainText('Bonne réponse');
  const lessonLink = corrections.first().getByRole('link', { name: /^Revoir la leçon/ });
  await expect(lessonLink).toHaveAttribute('href', new RegExp(`^\\.\\./lecons/${first.lesson.id}\\.html${first.lesson.section ? `#${escape(first.lesson.section)}` : ''}$`));
  await expect(page.getByText('Terminée', { exact: true }).first()).toBeVisible();

  await tabTo(page, page.getByRole('button', { name: 'Recommencer' }), 400);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: /^Question 1 sur/ })).toBeVisible();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  checks.expectClean();
});

test('the final test keeps its draw and answers through a reload, then is failed and passed; the attestation follows', async ({ page: tab, baseURL }) => {
  const page = learnerView(tab);
  test.setTimeout(420_000);
  const checks = watch(page, new URL(baseURL!).origin);
  const allowed = content.course.attempts;

  // Before any pass, the attestation page says why and links to the test.
  await page.goto('attestation.html');
  await expect(page.getByText('L’attestation n’est pas encore délivrée.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'test final' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Télécharger/ })).toHaveCount(0);

  await page.goto(`lecons/${lessonOf(finalBank.id)}.html`);
  await startQuiz(page, /^Commencer le test$/);
  await expect(page.getByText(`Tentative 1 sur ${allowed}`)).toBeVisible();

  // Reload mid-test: the same questions in the same order, answers kept.
  const before = await questionsOnPage(page, finalBank.questions);
  for (const { group, question } of before.slice(0, 4)) await answer(page, group, question, true);
  const legends = await page.getByRole('group', { name: /^Question \d+ sur/ }).evaluateAll((g) => g.map((f) => f.querySelector('legend')?.textContent));
  const snapshot = async () => before.slice(0, 4).map(async ({ group }) => group.evaluate((f) => [...f.querySelectorAll('input, select')].map((el) => ((el as HTMLInputElement).type === 'radio' || (el as HTMLInputElement).type === 'checkbox' ? (el as HTMLInputElement).checked : (el as HTMLInputElement).value))));
  const answered = await Promise.all(await snapshot());
  // The shell holds the answers (it keeps a local backup of what the LMS has not committed yet).
  await expect
    .poll(async () => {
      const attempt = decodeAttempts((await backupRecord(page))?.activities[finalBank.id]?.data).find((a) => a.status === 'in-progress');
      return attempt?.status === 'in-progress' ? attempt.answers.filter((a) => a !== '').length : 0;
    }, { message: 'the four answers in the shell’s backup of the record' })
    .toBe(4);
  await page.reload();
  await expect(page.getByRole('group', { name: /^Question 1 sur/ })).toBeVisible();
  expect(await page.getByRole('group', { name: /^Question \d+ sur/ }).evaluateAll((g) => g.map((f) => f.querySelector('legend')?.textContent))).toEqual(legends);
  await expect.poll(async () => Promise.all(await snapshot())).toEqual(answered);
  await expect(page.getByText(`Tentative 1 sur ${allowed}`)).toBeVisible();

  // Attempt 1: failed (the four answers above right, the rest wrong).
  await takeFinal(page, false, { from: 4 });
  await expect(page.getByText(/Test non réussi/).first()).toBeVisible();
  await expect(page.getByText(`Il vous reste ${allowed - 1}\u00a0tentatives.`)).toBeVisible();
  await expect(page.getByRole('link', { name: /obtenir votre attestation/ })).toHaveCount(0);

  // Attempt 2: a new draw, passed (answered with the pointer: see takeFinal).
  await tabTo(page, page.getByRole('button', { name: `Commencer la tentative 2 sur ${allowed}` }), 500);
  await page.keyboard.press('Enter');
  await expect(page.getByText(`Tentative 2 sur ${allowed}`, { exact: true })).toBeVisible();
  await expect(page.getByRole('group', { name: /^Question 1 sur/ })).toBeVisible();
  await takeFinal(page, true, { input: 'pointer' });
  await expect(resultHeading(page, 'Tentative 2', '\\d+', '\\d+', 100)).toBeFocused();
  await expect(page.getByText(/Test réussi\u202f!/)).toBeVisible();
  await expect(page.getByRole('button', { name: /Commencer la tentative/ })).toHaveCount(0);

  // Results page: the attempts' history and the chart with its table.
  await page.goto('resultats.html');
  await expect(page.getByRole('img', { name: /Bonnes réponses par module/ })).toBeVisible();
  const history = page.getByRole('table', { name: /Tentatives du test final/ });
  await expect(history.getByRole('row')).toHaveCount(3);
  await expect(history.getByRole('row').nth(2)).toContainText('100\u00a0%');

  // The attestation page, reached from the results: the final test no longer stands in the way; the lessons
  // this journey skipped still do (the organisation's rule; granting, printing and the PDF are in
  // tests/e2e/attestation.spec.ts).
  const link = page.getByRole('link', { name: /attestation de fin de formation/ });
  await tabTo(page, link, 400);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Attestation de fin de formation');
  await expect(page.getByText('L’attestation n’est pas encore délivrée.')).toBeVisible();
  await expect(page.getByText(/^Terminer \d+\sleçons obligatoires/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'test final' })).toHaveCount(0);
  checks.expectClean();
});

test('the final test refuses a new attempt once every attempt is used, and the attestation stays locked', async ({ page: tab }) => {
  const page = learnerView(tab);
  test.setTimeout(240_000);
  const allowed = content.course.attempts;
  expect(allowed, 'the course allows more than one attempt').toBeGreaterThan(1);
  // Every attempt but the last already failed, saved as the quiz saves one (drawn from its seed with the course's
  // settings, every answer wrong); failing and starting a new attempt with the keyboard is the test above.
  const earlier = Array.from({ length: allowed - 1 }, (_, i) => submittedFinalAttempt(i + 1, 0x5eed + i, false));
  const record = setActivityResult(emptyRecord(), finalBank.id, { done: false, attempts: earlier.length, data: encodeAttempts(earlier) });
  await tab.goto('favicon.svg');
  await tab.evaluate(({ key, text }) => localStorage.setItem(key, text), { key: LEGACY_RECORD_KEY, text: encodeRecord(record) });
  await page.goto(`lecons/${lessonOf(finalBank.id)}.html`);
  await expect(page.getByText(`Il vous reste 1\u00a0tentative.`)).toBeVisible();

  await tabTo(page, page.getByRole('button', { name: `Commencer la tentative ${allowed} sur ${allowed}` }), 500);
  await page.keyboard.press('Enter');
  await expect(page.getByText(`Tentative ${allowed} sur ${allowed}`, { exact: true })).toBeVisible();
  await expect(page.getByRole('group', { name: /^Question 1 sur/ })).toBeVisible();
  await takeFinal(page, false, { input: 'pointer' });
  await expect(page.getByText(/Test non réussi/).first()).toBeVisible();
  await expect(page.getByText('Vous avez utilisé toutes vos tentatives.')).toBeVisible();
  await expect(page.getByRole('button', { name: /Commencer la tentative/ })).toHaveCount(0);
  // Nor can a reload give one back.
  await page.reload();
  await expect(page.getByText('Vous avez utilisé toutes vos tentatives.')).toBeVisible();
  await expect(page.getByRole('button', { name: /Commencer/ })).toHaveCount(0);
  await page.goto('attestation.html');
  await expect(page.getByText('L’attestation n’est pas encore délivrée.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'test final' })).toBeVisible();
});

test.describe('on a phone (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('the final test shows one question per screen and is completed with the keyboard alone', async ({ page: tab, baseURL }) => {
    const page = learnerView(tab);
    test.setTimeout(420_000);
    const checks = watch(page, new URL(baseURL!).origin);
    await page.goto(`lecons/${lessonOf(finalBank.id)}.html`);
    await startQuiz(page, /^Commencer le test$/);
    const groups = page.getByRole('group', { name: /^Question \d+ sur \d+/ });
    // Only the current question is shown (the others are out of the page and of the tab order).
    await expect(groups).toHaveCount(1);
    const total = Number(/sur (\d+)/.exec((await groups.first().locator('legend').textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThanOrEqual(finalBank.draw ?? 1);
    const submit = page.getByRole('button', { name: 'Valider mes réponses' });
    await expect(submit).toBeInViewport();
    await expectAccessible(tab);
    for (let n = 1; n <= total; n++) {
      const shown = await questionsOnPage(page, finalBank.questions);
      expect(shown).toHaveLength(1);
      const { group, question } = shown[0]!;
      await expect(group).toHaveAccessibleName(new RegExp(`^Question ${n} sur ${total}`));
      await expectNoOverflow(page);
      await answer(page, group, question, true);
      await expect(page.getByRole('button', { name: `Question ${n}, répondue` })).toBeVisible();
      await expect(page.getByText(`${n}\u202f/\u202f${total} questions répondues`)).toBeVisible();
      if (n < total) {
        await tabTo(page, page.getByRole('button', { name: 'Question suivante' }));
        await page.keyboard.press('Enter');
        await expect(groups.first()).toHaveAccessibleName(new RegExp(`^Question ${n + 1} sur ${total}`));
        await expect(groups.first()).toBeFocused();
      }
    }
    await tabTo(page, submit);
    await page.keyboard.press('Enter');
    await expect(resultHeading(page, 'Tentative 1', total, total, 100)).toBeFocused();
    await expectNoOverflow(page);
    checks.expectClean();
  });

  for (const bankId of [entryBank.id, 'm1-check']) {
    test(`the ${bankId} quiz has no sideways scroll, its matching choices lettered`, async ({ page: tab }) => {
      test.setTimeout(120_000);
      const page = learnerView(tab);
      const quiz = bank(bankId);
      await page.goto(`lecons/${lessonOf(bankId)}.html`);
      await startQuiz(page, /^Commencer le (test|quiz)$/);
      await expectNoOverflow(page);
      const match = quiz.questions.find((q) => q.type === 'match');
      if (match?.type === 'match') {
        const group = page.getByRole('group', { name: new RegExp(`${escape(fr(match.stem))}$`) });
        await expect(group.getByRole('list', { name: /Réponses possibles/ }).getByRole('listitem')).toHaveCount(match.choices.length);
        const select = group.getByRole('combobox', { name: fr(match.prompts[0]!.text), exact: true });
        await expect(select.getByRole('option')).toHaveText(['— Choisir une lettre —', ...match.choices.map((_, i) => new RegExp(`^${String.fromCharCode(65 + i)} — `))]);
        const box = await select.boundingBox();
        expect(box!.x + box!.width).toBeLessThanOrEqual(390);
      }
      await expectAccessible(tab);
    });
  }
});

test.describe('at 200 % zoom on a 1366 px screen (683 px wide)', () => {
  test.use({ viewport: { width: 683, height: 384 } });

  for (const bankId of ['m1-check', finalBank.id]) {
    test(`the ${bankId} quiz has no sideways scroll and « Valider » stays reachable`, async ({ page: tab }) => {
      test.setTimeout(120_000);
      const page = learnerView(tab);
      await page.goto(`lecons/${lessonOf(bankId)}.html`);
      await startQuiz(page, /^Commencer le (test|quiz)$/);
      await expectNoOverflow(page);
      await tabTo(page, page.getByRole('button', { name: 'Valider mes réponses' }), 400);
      await expect(page.getByRole('button', { name: 'Valider mes réponses' })).toBeInViewport();
    });
  }
});

test('two answers changed faster than the page redraws both count: two boxes ticked, two pairs chosen', async ({ page: tab }) => {
  const page = learnerView(tab);
  const quiz = content.quizzes.find(
    (b) => b.kind === 'module-check' && b.questions.some((q) => q.type === 'multiple') && b.questions.some((q) => q.type === 'match' && q.prompts.length > 1),
  )!;
  await page.goto(`lecons/${lessonOf(quiz.id)}.html`);
  await startQuiz(page, /^Commencer le (test|quiz)$/);
  const shown = await questionsOnPage(page, quiz.questions);
  const multiple = shown.find((s) => s.question.type === 'multiple')!.group;
  const match = shown.find((s) => s.question.type === 'match')!.group;
  // Both changes in one task, as when a learner's second change lands before the quiz redraws; then the
  // redraw, which shows what the quiz kept. The quiz redraws on a 0 ms timer its first change sets
  // (@nanostores/preact's useStore): our 50 ms timer, set after it and due later, always runs after that redraw
  // whatever the machine's load, so it orders the read, it does not wait for readiness. A web-first assertion
  // would not do here: before the redraw both boxes show ticked even when the quiz dropped one.
  const boxes = await multiple.evaluate(async (group) => {
    const inputs = [...group.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].slice(0, 2);
    for (const input of inputs) input.click();
    await new Promise((done) => setTimeout(done, 50));
    return inputs.map((input) => input.checked);
  });
  expect(boxes).toEqual([true, true]);
  const pairs = await match.evaluate(async (group) => {
    const selects = [...group.querySelectorAll('select')].slice(0, 2);
    for (const select of selects) {
      select.selectedIndex = 1;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
    await new Promise((done) => setTimeout(done, 50));
    return selects.map((select) => select.selectedIndex);
  });
  expect(pairs).toEqual([1, 1]);
});

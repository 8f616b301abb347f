/**
 * Keyboard-only helpers for quizzes in end-to-end tests: find the questions of the attempt on the page and
 * answer them from the bank's answer keys (right or wrong: the tests know the keys, the page does not), start
 * and submit; check the page's geometry and accessibility as it is now.
 */
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { expectCourseAccessible } from './axe';
import { dayOf, drawCheck, drawSettings, type LearnerResponse, type Question, type SavedAttempt } from '../../src/domain/quiz';
import { drawWithSeed } from '../../src/domain/quiz/draw';
import { frenchSpacing } from '../../src/domain/text/typography';
import { content, finalStrata, tabTo } from './support';

const fr = frenchSpacing;

/**
 * An attempt at the final test as the quiz saves it once submitted, started today: drawn from `seed` with the
 * course's settings, every answer right (score 100) or every answer wrong (0). For tests that need attempts
 * behind them; taking the test with the keyboard, failing and passing it, is quiz.spec.ts's.
 */
export function submittedFinalAttempt(number: number, seed: number, right: boolean): SavedAttempt {
  const bank = content.quizzes.find((b) => b.kind === 'final')!;
  const drawn = drawWithSeed(bank.questions, seed, drawSettings({ kind: 'final', draw: bank.draw, strata: finalStrata }));
  if (!drawn.ok) throw new Error('the final test cannot be drawn');
  const ids = drawn.value.map((q) => q.id);
  return { number, seed, day: dayOf(new Date().toISOString()), check: drawCheck(ids), status: 'submitted', score: right ? 100 : 0, results: ids.map(() => (right ? 'correct' : 'incorrect')) };
}

/** The question groups of the attempt on the page (or in a frame), matched to the bank's questions by their stem. */
export async function questionsOnPage(scope: Page | FrameLocator, questions: readonly Question[]): Promise<Array<{ group: Locator; question: Question }>> {
  const groups = scope.getByRole('group', { name: /^Question \d+ sur \d+/ });
  await expect(groups.first()).toBeVisible();
  const legends = await groups.evaluateAll((fieldsets) => fieldsets.map((f) => f.querySelector('legend')?.textContent ?? ''));
  return legends.map((legend, i) => {
    const candidates = questions.filter((q) => legend.endsWith(fr(q.stem)));
    const question = candidates.sort((a, b) => b.stem.length - a.stem.length)[0];
    if (!question) throw new Error(`no bank question for « ${legend} »`);
    return { group: groups.nth(i), question };
  });
}

/** Picks a radio by keyboard: Tab into its group, then arrows until it is checked. */
export async function pickRadio(page: Page, group: Locator, name: string): Promise<void> {
  // Tab enters a radio group on its checked radio, or on the first when none is checked. Tab on until a radio
  // of the group has the focus: the question's text may hold a focusable term of the glossary before it.
  const fieldset = await group.elementHandle();
  const onRadio = () =>
    fieldset!.evaluate((g) => {
      const active = g.ownerDocument.activeElement;
      return !!active && g.contains(active) && (active as HTMLInputElement).type === 'radio';
    });
  for (let i = 0; i < 150 && !(await onRadio()); i++) await page.keyboard.press('Tab');
  await expect.poll(onRadio, { message: 'a radio of the question reached with Tab' }).toBe(true);
  const target = group.getByRole('radio', { name, exact: true });
  if (await target.evaluate((el) => el === document.activeElement)) await page.keyboard.press('Space');
  for (let i = 0; i < 12 && !(await target.isChecked()); i++) await page.keyboard.press('ArrowDown');
  await expect(target).toBeChecked();
}

/**
 * The response `answer` gives: the key, or a wrong one of the same shape (the first other option, the other
 * value, one wrong option alone, the reverse order, the first other choice for every prompt).
 */
export function responseFor(question: Question, right: boolean): LearnerResponse {
  if (right) return question.answer;
  switch (question.type) {
    case 'single':
      return question.options.find((o) => o.id !== question.answer)!.id;
    case 'truefalse':
      return !question.answer;
    case 'multiple':
      return question.options.filter((o) => !question.answer.includes(o.id)).slice(0, 1).map((o) => o.id);
    case 'order':
      return [...question.answer].reverse();
    case 'match':
      return Object.fromEntries(question.prompts.map((p) => [p.id, question.choices.find((c) => c.id !== question.answer[p.id])!.id]));
  }
}

/**
 * Answers one question, right from the answer key or wrong (see `responseFor`): with the keyboard, as a learner
 * would; or, for tests about what happens to the answers (tracking), with the pointer, in one action per choice.
 */
export async function answer(page: Page, group: Locator, question: Question, right: boolean, input: 'keyboard' | 'pointer' = 'keyboard'): Promise<void> {
  const response = responseFor(question, right);
  const pointer = input === 'pointer';
  switch (question.type) {
    case 'single':
    case 'truefalse': {
      const name = question.type === 'single' ? fr(question.options.find((o) => o.id === response)!.text) : response === true ? 'Vrai' : 'Faux';
      if (pointer) await group.getByRole('radio', { name, exact: true }).check();
      else await pickRadio(page, group, name);
      break;
    }
    case 'multiple': {
      const picks = question.options.filter((o) => (response as readonly string[]).includes(o.id));
      for (const option of picks) {
        const box = group.getByRole('checkbox', { name: fr(option.text), exact: true });
        if (pointer) {
          await box.check();
          continue;
        }
        if (await box.isChecked()) continue;
        await tabTo(page, box);
        await page.keyboard.press('Space');
        await expect(box).toBeChecked();
      }
      break;
    }
    case 'order': {
      // Bring each item in turn to its place with « Monter », checking the list after every press.
      const rows = group.getByRole('listitem');
      let moved = false;
      // Wrong: the reverse of the right order, which is never right.
      const sequence = response as readonly string[];
      for (const [target, id] of sequence.entries()) {
        const text = fr(question.items.find((item) => item.id === id)!.text);
        const texts = await rows.allTextContents();
        let at = texts.findIndex((t) => t.includes(text));
        if (at === target) continue;
        moved = true;
        const up = rows.nth(at).getByRole('button', { name: 'Monter' });
        if (!pointer) await tabTo(page, up);
        while (at > target) {
          if (pointer) await rows.nth(at).getByRole('button', { name: 'Monter' }).click();
          else await page.keyboard.press('Enter');
          at -= 1;
          await expect(rows.nth(at)).toContainText(text);
        }
      }
      if (!moved) {
        // Already in the wanted order: say so.
        const keep = group.getByRole('button', { name: 'Garder cet ordre' });
        if (pointer) await keep.click();
        else {
          await tabTo(page, keep);
          await page.keyboard.press('Enter');
        }
        await expect(keep).toHaveCount(0);
      }
      break;
    }
    case 'match':
      for (const prompt of question.prompts) {
        const select = group.getByRole('combobox', { name: fr(prompt.text), exact: true });
        const choiceId = (response as Readonly<Record<string, string>>)[prompt.id]!;
        if (pointer) await select.selectOption(choiceId);
        else {
          const values = await select.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
          await tabTo(page, select);
          for (let i = 0; i < values.indexOf(choiceId); i++) await page.keyboard.press('ArrowDown');
        }
        await expect(select).toHaveValue(choiceId);
      }
      break;
  }
}

export async function submitAnswers(page: Page): Promise<void> {
  await tabTo(page, page.getByRole('button', { name: 'Valider mes réponses' }), 400);
  await page.keyboard.press('Enter');
}

/**
 * A quiz's button once the quiz can answer it. The button is in the page's HTML before the quiz's script has run
 * (the island is rendered at build time): it does something once the island is hydrated, when Astro takes off its
 * `ssr` attribute.
 */
export async function quizButton(scope: Page | FrameLocator, name: RegExp): Promise<Locator> {
  const button = scope.getByRole('button', { name });
  await expect(scope.locator('astro-island:not([ssr])').filter({ has: button })).toBeAttached();
  return button;
}

/** Starts a quiz with the keyboard, from its hydrated button. */
export async function startQuiz(page: Page, name: RegExp): Promise<void> {
  await tabTo(page, await quizButton(page, name), 400);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: /^Question 1 sur/ })).toBeVisible();
}

/** The course page (in the shell's frame) is no wider than its viewport: nothing sideways to scroll. */
export async function expectNoOverflow(page: Page): Promise<void> {
  await expect
    .poll(async () => page.locator('html').evaluate(() => document.documentElement.scrollWidth - window.innerWidth), { message: 'scrollWidth − innerWidth' })
    .toBeLessThanOrEqual(0);
}

/** axe finds no WCAG 2.1 A/AA violation in the quiz as it is now, in the shell's course frame. */
export async function expectAccessible(tab: Page): Promise<void> {
  // Scoped to the quiz in the course frame, as sim-support.ts does: the page as loaded is checked by pages.spec.ts.
  await expectCourseAccessible(tab, { include: 'section.quiz' });
}

/**
 * Helpers shared by the simulation specs (simulations*.spec.ts): find the lesson that embeds a scenario,
 * open its frame, drive its screens with the keyboard alone (Tab / Shift+Tab to a control found by role or
 * label, then type or press a key), check it with axe, and run the usual tests of a scenario in its three
 * modes. A new spec for an area writes only its `performStep` (what each step's event types into the
 * screens) and calls `testScenarioModes`.
 */
import { expect, type ElementHandle, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { expectCourseAccessible } from './axe';
import { readFileSync } from 'node:fs';
import type { ScenarioStep } from '../../src/domain/simulator';
import { simulationEmbeds } from '../../src/schemas/check-references';
import { frenchSpacing } from '../../src/domain/text/typography';
import { content, expectActivitySaved, focusProbe, learnerView, sharedTabTest } from './support';

/**
 * The simulation specs' `test`: its `page` is the learner's view (support.ts `learnerView`) of the worker's
 * tab (support.ts `sharedTabTest`: a test starts as a new learner, without the cost of a new context). Course
 * pages open through the launch shell, so locators look inside the shell's course frame while keyboard and
 * navigation stay the tab's.
 */
export const test = sharedTabTest.extend({
  page: async ({ page }, use) => {
    await use(learnerView(page));
  },
});

/** A scenario as the content loader gives it. */
export type Scenario = (typeof content.scenarios)[number];

const lessonFiles = new Map(content.lessons.map((lesson) => [lesson.id, lesson.file]));

/** The id of the first lesson whose body embeds the scenario in one of these modes (`entrainement`…), if any. */
export function lessonEmbedding(scenarioId: string, modes: readonly string[]): string | undefined {
  return content.lessons.find((lesson) => {
    const body = readFileSync(lessonFiles.get(lesson.id) ?? '', 'utf8');
    return simulationEmbeds(body).some((embed) => embed.scenario === scenarioId && modes.includes(embed.mode ?? ''));
  })?.id;
}

/**
 * Moves the keyboard focus to `target` as a keyboard user would: Tab forward, then Shift+Tab back (250 presses
 * each at most), so a control above the current focus is reached too. Fails when the target never gets it.
 */
export async function focusByKeyboard(page: Page, target: Locator): Promise<void> {
  const { element, follows } = await locate(target);
  // The way a keyboard user would go: forward when the target follows the focus in the page, else back
  // (the other way stays as a fallback, e.g. for a focus trapped in a widget).
  const focused = focusProbe(target, 'is', element);
  for (const key of follows ? ['Shift+Tab', 'Tab'] : ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < 250; i++) {
      if (await focused()) return;
      await page.keyboard.press(key);
    }
  }
  await expect(target).toBeFocused();
}

/**
 * The target's element once it is visible, and whether it comes after the focus in its document. The locator
 * is resolved once (a role query over the course frame is the dear part of a step: three lookups a step before,
 * one now) unless the element is not visible yet, when the web-first assertion waits for it.
 */
async function locate(target: Locator): Promise<{ element: ElementHandle<HTMLElement | SVGElement>; follows: boolean }> {
  const state = (el: Element) => {
    const active = el.ownerDocument.activeElement;
    const box = el.getBoundingClientRect();
    return {
      visible: box.width > 0 && box.height > 0 && el.checkVisibility({ visibilityProperty: true }),
      follows: !!active && active !== el.ownerDocument.body && (el.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
    };
  };
  const element = await target.elementHandle({ timeout: 5_000 }).catch(() => null);
  const seen = await element?.evaluate(state).catch(() => null);
  if (element && seen?.visible) return { element, follows: seen.follows };
  await expect(target).toBeVisible();
  const shown = (await target.elementHandle())!;
  return { element: shown, follows: (await shown.evaluate(state)).follows };
}

/** Focuses a control with the keyboard (`focusByKeyboard`) and presses Enter (or Space, for a checkbox). */
export async function pressKey(page: Page, target: Locator, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  await focusByKeyboard(page, target);
  await page.keyboard.press(key);
}

/** The pages (a test's learner view) in which `typeInto` enters each value at once rather than key by key. */
const wholeValues = new WeakSet<Page>();

/**
 * From now on in this test, `typeInto` enters each value in one input, as a paste or a dictation would, rather
 * than key by key (17 ms a key on a 2-core machine, a sixth of the simulation specs' time). For tests whose
 * point is elsewhere (the score, axe on each screen): the walk key by key is the entraînement walk's and
 * player.spec.ts's; the fields are still reached with Tab.
 */
export function enterWholeValues(page: Page): void {
  wholeValues.add(page);
}

/** Focuses a field with the keyboard, replaces its content by typing `value` ('' empties it), and checks it. */
export async function typeInto(page: Page, field: Locator, value: string): Promise<void> {
  await focusByKeyboard(page, field);
  await page.keyboard.press('ControlOrMeta+a');
  if (value === '') await page.keyboard.press('Delete');
  else if (wholeValues.has(page)) await page.keyboard.insertText(value);
  else await page.keyboard.type(value);
  await expect(field).toHaveValue(value);
}

/**
 * The order in which this browser's date fields take their digits (it follows the browser's own language,
 * jj/mm/aaaa for a French one): probed once on a scratch field.
 */
export async function dateOrder(page: Page): Promise<'dmy' | 'mdy' | 'ymd'> {
  await page.evaluate(() => {
    const probe = document.createElement('input');
    probe.type = 'date';
    probe.id = 'date-order-probe';
    document.body.append(probe);
    probe.focus();
  });
  await page.keyboard.type('01022003');
  const value = await page.evaluate(() => {
    const probe = document.getElementById('date-order-probe') as HTMLInputElement;
    probe.remove();
    return probe.value;
  });
  return value === '2003-02-01' ? 'dmy' : value === '2003-01-02' ? 'mdy' : 'ymd';
}

/** Types a date into a date field with the keyboard, digits in the order the field shows. */
export async function typeDate(page: Page, field: Locator, iso: string): Promise<void> {
  const order = await dateOrder(page);
  await focusByKeyboard(page, field);
  const [y = '', m = '', d = ''] = iso.split('-');
  await page.keyboard.type(order === 'dmy' ? `${d}${m}${y}` : order === 'mdy' ? `${m}${d}${y}` : `${y}${m}${d}`);
  await expect(field).toHaveValue(iso);
}

/** The control a step's `target` names (as shown, with French typography): a button, else a link. */
export function stepControl(sim: Locator, label: string): Locator {
  const name = frenchSpacing(label);
  return sim.getByRole('button', { name, exact: true }).or(sim.getByRole('link', { name, exact: true })).first();
}

/** Axe finds no WCAG 2.1 A/AA violation in the simulations of the page. */
export async function expectAccessible(page: Page): Promise<void> {
  // The simulations live in the course page, inside the shell's frame.
  await expectCourseAccessible(page, { include: '[data-scenario]' });
}

/** The frame of a scenario on its page: its démonstration, or its activity (the frame with the mode buttons). */
export function simulationFrame(page: Page | FrameLocator, title: string, kind: 'demonstration' | 'activity'): Locator {
  // Titles are shown with French typography (’ for '); the region's name ends with what it is.
  return page.getByRole('region', { name: `${frenchSpacing(title)} (${kind === 'activity' ? 'exercice' : 'démonstration'})` }).first();
}

/** Opens a lesson and returns the scenario's frame once hydrated (client:visible: scrolled into view first). */
export async function openSimulation(page: Page, lesson: string, title: string, kind: 'demonstration' | 'activity' = 'activity'): Promise<Locator> {
  await page.goto(`lecons/${lesson}.html`);
  const sim = simulationFrame(page, title, kind);
  await sim.scrollIntoViewIfNeeded();
  await expect(sim).toHaveAttribute('data-ready', 'true');
  return sim;
}

/** Types what a step's event holds into the current screen, then presses the step's control; `axe` checks the screen first. */
export type PerformStep = (page: Page, sim: Locator, step: ScenarioStep, axe?: boolean) => Promise<void>;

export interface ScenarioModesOptions {
  /** Time allowed to each test (pages holding several simulations take longer to walk with Tab), default 90 s. */
  timeout?: number;
  /** What the area's first screen shows once an exercise starts (checked before the first step). */
  expectStart?: (sim: Locator) => Promise<void>;
  /** How many of the scenarios (the first ones) are also walked in entraînement; default 1. */
  entrainementWalks?: number;
  /** false when the area's scenarios are not all shown as démonstrations (their démonstration tests then live in the spec). */
  demonstrations?: boolean;
}

/**
 * The tests every scenario of an area gets: embedded as an activity and as a démonstration; completed with
 * the keyboard alone in évaluation, each screen passing axe, with its score 100 saved in the learner record;
 * its démonstration stepped forward and back with the arrow keys, each step's control highlighted.
 * The first scenario (`entrainementWalks`) is also completed in entraînement: the keyboard walk is the same in
 * both modes, and what entraînement adds (« Indice », « Pourquoi ? » by the refused field, the task card in view)
 * has tests of its own (player.spec.ts and each area's refusal tests), so the suite walks a scenario once.
 */
export function testScenarioModes(scenarios: readonly Scenario[], performStep: PerformStep, options: ScenarioModesOptions = {}): void {
  const walkedInEntrainement = new Set(scenarios.slice(0, options.entrainementWalks ?? 1).map((s) => s.id));
  for (const scenario of scenarios) {
    const lesson = lessonEmbedding(scenario.id, ['entrainement', 'evaluation']);
    const demoLesson = lessonEmbedding(scenario.id, ['demonstration']);
    test.describe(`${scenario.id} (${lesson ?? 'not embedded'})`, () => {
      test.describe.configure({ timeout: options.timeout ?? 90_000 });

      test(options.demonstrations === false ? 'is embedded as an activity' : 'is embedded as an activity and as a démonstration', () => {
        expect(lesson).toBeDefined();
        if (options.demonstrations !== false) expect(demoLesson).toBeDefined();
      });

      if (walkedInEntrainement.has(scenario.id)) {
        test('is completed with the keyboard alone in entraînement', async ({ page }) => {
          const sim = await openSimulation(page, lesson!, scenario.title);
          await pressKey(page, sim.getByRole('button', { name: 'Entraînement', exact: true }));
          if (options.expectStart) await options.expectStart(sim);
          for (const step of scenario.steps) await performStep(page, sim, step);
          await expect(sim.getByRole('status').filter({ hasText: frenchSpacing(scenario.success).slice(0, 30) })).toBeVisible();
          await expectActivitySaved(page, scenario.id, undefined);
        });
      }

      test('is completed with the keyboard alone in évaluation, each screen passing axe, with its score saved', async ({ page }) => {
        enterWholeValues(page);
        const sim = await openSimulation(page, lesson!, scenario.title);
        await pressKey(page, sim.getByRole('button', { name: 'Évaluation', exact: true }));
        await expect(sim.getByRole('button', { name: 'Indice' })).toHaveCount(0);
        if (options.expectStart) await options.expectStart(sim);
        for (const step of scenario.steps) await performStep(page, sim, step, true);
        await expect(sim.getByRole('status').filter({ hasText: frenchSpacing(scenario.success).slice(0, 30) })).toBeVisible();
        await expect(sim.getByText('Votre score : 100 / 100.')).toBeVisible();
        await expectAccessible(page);
        await expectActivitySaved(page, scenario.id, 100);
      });

      if (options.demonstrations === false) return;
      test('démonstration steps forward and back with the arrow keys', async ({ page }) => {
        const sim = await openSimulation(page, demoLesson!, scenario.title, 'demonstration');
        await focusByKeyboard(page, sim.getByRole('group', { name: /Étapes de la démonstration/ }));
        const total = scenario.steps.length;
        for (let i = 1; i <= total; i++) {
          await expect(sim.getByText(`Étape ${i} sur ${total}`)).toBeVisible();
          const target = scenario.steps[i - 1]?.target;
          if (target) await expect(stepControl(sim, target)).toHaveAttribute('data-highlight', 'true');
          await page.keyboard.press('ArrowRight');
        }
        await expect(sim.getByText(/^Résultat/)).toBeVisible();
        await page.keyboard.press('ArrowLeft');
        await expect(sim.getByText(`Étape ${total} sur ${total}`)).toBeVisible();
      });
    });
  }
}

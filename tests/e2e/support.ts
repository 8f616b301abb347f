import { test as base, expect, type BrowserContextOptions, type ElementHandle, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { loadContent } from '../../src/schemas/load-content';
import { loadOrganisation, trainerCode as settingsTrainerCode } from '../../src/schemas/organisation';
import { kitFolderFor } from '../../src/integrations/trainer-kit-path';
import { decodeRecord } from '../../src/domain/record/codec';
import { BACKUP_PREFIX } from '../../src/lms/shell/backup';
import { EMBEDDED_KEY } from '../../src/lms/embedded-store';
import { SHELL_PAGE } from '../../src/lms/shell/pages';
import { trackedIds, type Plan } from '../../src/domain/course/plan';

/** The course content, read the same way the build reads it: specs iterate over it. */
export const content = loadContent(process.cwd());

/** The final test's strata: each module weighs its minutes (as src/site/quiz.ts `finalStrata` gives the build). */
export const finalStrata: Record<string, number> = Object.fromEntries(content.course.modules.map((m) => [m.id, m.minutes]));

export const lessonIds = content.course.modules.flatMap((m) => m.lessons.map((l) => l.id));

/** The trainer code the site was built with (content/organisation.yaml, or CODE_FORMATEUR). */
export const trainerCode = settingsTrainerCode(loadOrganisation(process.cwd()));
/** The trainer kit's folder in the standalone site (behind the trainer code; see src/integrations/trainer-kit.ts). */
export const KIT = kitFolderFor(trainerCode);

/** Every page of the site, as paths relative to the root. */
export const allPages = [
  'index.html',
  'plan.html',
  'glossaire.html',
  'resultats.html',
  'attestation.html',
  'accessibilite.html',
  'mentions-legales.html',
  'donnees-personnelles.html',
  ...content.course.modules.map((m) => `modules/${m.id}.html`),
  ...lessonIds.map((id) => `lecons/${id}.html`),
  // The trainer kit, in the standalone site behind its code (tests/e2e/formateur.spec.ts).
  'acces-formateur.html',
  `${KIT}/formateur.html`,
  `${KIT}/formateur/presentateur.html`,
  `${KIT}/formateur/audience.html`,
  `${KIT}/formateur/support.html`,
  `${KIT}/formateur/fiches.html`,
];

/** A page of the trainer kit or its access page: it stands on its own, outside the launch shell. */
export const isTrainerPath = (path: string): boolean => path.startsWith(`${KIT}/`) || path === 'acces-formateur.html';

/**
 * Pages without the site header: the audience view is shared with the class, so it shows the step only;
 * the presenter view has no navigation to leave the console by.
 */
export const chromelessPages = new Set([`${KIT}/formateur/audience.html`, `${KIT}/formateur/presentateur.html`]);

/**
 * Watches a page for console errors, uncaught exceptions and requests leaving the site's origin.
 * Call `expectClean()` at the end of a test.
 */
export function watch(page: Page, origin: string) {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(request.url());
  });
  return {
    expectClean() {
      expect(errors, 'console errors').toEqual([]);
      expect(foreign, 'requests to another origin').toEqual([]);
    },
  };
}

/** The localStorage key of the embedded LMS, where the standalone course keeps its CMI. */
export { EMBEDDED_KEY };

/** A saved record string decoded with the course's codec and the ids of the plan the page carries. */
async function decodeSaved(page: Page, text: string | null | undefined) {
  const planText = await courseFrame(page).locator('#plan-data').textContent();
  if (!text || !planText) return null;
  const decoded = decodeRecord(text, trackedIds(JSON.parse(planText) as Plan));
  return decoded.ok ? decoded.value.record : null;
}

/**
 * The learner record as the embedded LMS saved it in this browser (its suspend_data, decoded with the course's
 * codec), or `null` before the first save. What a learner gets back at the next launch, not what a page shows.
 */
export async function savedRecord(page: Page) {
  const stored = await page.evaluate((key) => localStorage.getItem(key), EMBEDDED_KEY);
  return stored ? decodeSaved(page, (JSON.parse(stored) as { cmi: Record<string, string> }).cmi['cmi.suspend_data']) : null;
}

/**
 * The shell's local backup of what the LMS has not committed yet (src/lms/shell/backup.ts), decoded, or `null`
 * when there is none.
 */
export async function backupRecord(page: Page) {
  const stored = await page.evaluate((prefix) => Object.entries(localStorage).find(([key]) => key.startsWith(prefix))?.[1] ?? null, BACKUP_PREFIX);
  return decodeSaved(page, stored);
}

/**
 * Waits until the embedded LMS has saved the activity done, with `score` (`undefined`: an exercise done in
 * entraînement, which has none): the result really reached the record.
 */
export async function expectActivitySaved(page: Page, activity: string, score: number | undefined): Promise<void> {
  await expect
    .poll(async () => {
      const saved = (await savedRecord(page))?.activities[activity];
      return saved ? { done: saved.done, score: saved.score } : null;
    }, { message: `${activity} saved in the learner record`, timeout: 15_000 })
    .toEqual({ done: true, score });
}

/**
 * A cheap check of where the focus is relative to `target`, for loops that press a key and look after each
 * press: the locator (often a role query over the whole frame) is resolved once, then only its element is
 * asked; resolved again when the page replaced it. `found`: the target's element, when the caller has it.
 */
export function focusProbe(target: Locator, test: 'is' | 'contains' = 'is', found: ElementHandle<HTMLElement | SVGElement> | null = null): () => Promise<boolean> {
  let handle = found;
  const ask = (h: NonNullable<typeof handle>) =>
    h.evaluate((el, how) => {
      const active = el.ownerDocument.activeElement;
      return el.isConnected ? (how === 'is' ? el === active : el.contains(active)) : null;
    }, test);
  return async () => {
    try {
      if (handle) {
        const answer = await ask(handle);
        if (answer !== null) return answer;
      }
      handle = await target.elementHandle({ timeout: 5_000 });
      return handle ? (await ask(handle)) === true : false;
    } catch {
      handle = null;
      return false;
    }
  };
}

/** Presses Tab until `target` has the focus, as a keyboard user would; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 150): Promise<void> {
  const focused = focusProbe(target);
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await focused()) return;
  }
  await expect(target, `reachable with Tab within ${max} presses`).toBeFocused();
}

/** Presses Tab until the focus is inside `scope` (e.g. a radio group, which Tab enters on one radio). */
export async function tabInto(page: Page, scope: Locator, max = 150): Promise<void> {
  const inside = focusProbe(scope, 'contains');
  for (let i = 0; i < max && !(await inside()); i++) await page.keyboard.press('Tab');
  await expect.poll(() => scope.evaluate((el) => el.contains(el.ownerDocument.activeElement)).catch(() => false), { message: `reachable with Tab within ${max} presses` }).toBe(true);
}

/** The launch shell's course frame. */
export function courseFrame(tab: Page): FrameLocator {
  return tab.frameLocator('iframe[data-course-frame]');
}

/**
 * Waits until the course page's script has started (src/components/client/course-ui.ts marks `html[data-lms]`
 * at the end of its start-up): the lesson is opened in the record and its buttons answer. Until then the page
 * shows its server-rendered markup, whose « J’ai terminé cette leçon » does nothing yet: a test that pressed it
 * then saw no lesson end (one run in about 1,300 of journey.spec.ts's « same moment as the tab leaves »).
 */
export async function pageStarted(scope: Pick<FrameLocator, 'locator'>): Promise<void> {
  await expect(scope.locator('html[data-lms]')).toBeAttached();
}

/** A course page (shown in the shell's frame), as opposed to the shell itself, trainer pages or other files. */
function isCoursePage(path: string): boolean {
  const page = path.replace(/^\/+/, '').replace(/[?#].*$/, '');
  return page.endsWith('.html') && page !== SHELL_PAGE && !page.startsWith('formateur');
}

/** The locator methods a learner view answers from the course frame. */
const IN_FRAME = new Set<PropertyKey>(['locator', 'getByRole', 'getByText', 'getByLabel', 'getByPlaceholder', 'getByAltText', 'getByTitle', 'getByTestId']);

/**
 * The tab as a learner sees it. Course pages open through the launch shell (a page opened on its own goes
 * to `lancement.html#<page>`, which shows it in its frame): the locators of the returned page look inside
 * the shell's course frame, while navigation, keyboard, storage and events stay the tab's. The tab's URL
 * is the shell's, whose fragment names the page shown (`…/lancement.html#lecons/m1-a.html`).
 */
export function learnerView(tab: Page): Page {
  const frame = courseFrame(tab);
  return new Proxy(tab, {
    get(target, property) {
      // Navigating the tab to a course page ends once the shell shows it in its frame and the page's script has
      // started (`pageStarted`), so nothing reads an empty or stale frame, or presses a button nothing listens to yet.
      if (property === 'goto' || property === 'reload') {
        return async (...args: unknown[]) => {
          const navigate = Reflect.get(target, property, target) as (...a: unknown[]) => Promise<unknown>;
          const path = property === 'goto' ? String(args[0]) : new URL(target.url()).hash.slice(1);
          // A course page opened on its own only sends the tab on to the shell's address for it: from outside
          // the shell, the tab goes there directly, sparing a load of the page (pages.spec.ts opens every page on
          // its own and checks that step). On the shell already, that address would change only its fragment,
          // which the shell does not follow: the page is opened on its own then.
          const direct = property === 'goto' && /^\/?[\w/-]+\.html$/.test(path) && isCoursePage(path) && !target.url().includes(`/${SHELL_PAGE}`);
          const response = await navigate.apply(target, direct ? [`${SHELL_PAGE}#${path.replace(/^\//, '')}`, ...args.slice(1)] : args);
          if (isCoursePage(path)) {
            await expect(target).toHaveURL((url) => url.pathname.endsWith(`/${SHELL_PAGE}`) && url.hash.length > 1);
            await pageStarted(frame);
          }
          return response;
        };
      }
      if (IN_FRAME.has(property)) {
        const method = (frame as unknown as Record<PropertyKey, (...args: unknown[]) => unknown>)[property]!;
        return method.bind(frame);
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** What a context is made with, of the options the project or a `test.use` sets; a tab can change only its viewport. */
const CONTEXT_KEYS = ['baseURL', 'locale', 'userAgent', 'deviceScaleFactor', 'isMobile', 'hasTouch'] as const;
type ContextUse = { [K in (typeof CONTEXT_KEYS)[number] | 'viewport']?: BrowserContextOptions[K] | undefined };

/** Those options as a context takes them, the unset ones left out. */
function contextOptions(use: ContextUse): BrowserContextOptions {
  return Object.fromEntries([...CONTEXT_KEYS, 'viewport' as const].map((key) => [key, use[key]]).filter(([, value]) => value !== undefined)) as BrowserContextOptions;
}

/**
 * One tab per worker (per set of context options), taken from test to test, for the specs that only load pages
 * and drive them: a new context and tab for each test cost about as much as a short test's checks (measured on
 * a 2-core machine: a fresh tab 0.4 s, the first load 0.9 s against 0.6 s in a tab that has loaded the site,
 * axe-core compiled in 0.55 s against 0.25 s). A test's `page` is that tab at the test's viewport. After the
 * test it leaves the site's pages for a static file of the site (the shell writes its last state on leaving),
 * the test's listeners and routes are removed and its storage emptied there: each test starts as a new learner
 * in a new tab would. A test whose `test.use` changes what a context is made with (touch, mobile, language…:
 * `CONTEXT_KEYS`) gets the worker's tab for those options, reset the same way. One that adds an init script
 * (which this reset cannot remove) or drives a second origin takes Playwright's own `test`, whose context is
 * reused too but reset more deeply (`reuseContext` in playwright.config.ts: init scripts and every origin's
 * storage, at the price of the HTTP cache).
 */
export const sharedTabTest = base.extend<object, { sharedTabs: Map<string, Page> }>({
  // The worker's tabs, one per set of context options (`CONTEXT_KEYS`), each made when a test first needs it.
  sharedTabs: [
    // Playwright reads a fixture's dependencies from its first parameter, which must be a pattern: none here.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const tabs = new Map<string, Page>();
      await use(tabs);
      for (const tab of tabs.values()) await tab.context().close();
    },
    { scope: 'worker' },
  ],
  page: async ({ browser, sharedTabs, viewport, baseURL, locale, userAgent, deviceScaleFactor, isMobile, hasTouch }, use) => {
    const wanted: ContextUse = { viewport, baseURL, locale, userAgent, deviceScaleFactor, isMobile, hasTouch };
    // An option left unset is its default (false, or none).
    const key = JSON.stringify(CONTEXT_KEYS.map((name) => wanted[name] ?? false));
    let tab = sharedTabs.get(key);
    if (!tab) {
      tab = await (await browser.newContext(contextOptions(wanted))).newPage();
      sharedTabs.set(key, tab);
    }
    if (viewport) await tab.setViewportSize(viewport);
    await use(tab);
    // The tab outlives the test (Playwright still screenshots it on a failure): the test's listeners go.
    for (const event of ['console', 'pageerror', 'request', 'dialog'] as const) tab.removeAllListeners(event);
    await tab.unrouteAll({ behavior: 'ignoreErrors' });
    await tab.goto('favicon.svg');
    await tab.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
  },
});

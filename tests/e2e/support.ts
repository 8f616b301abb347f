import { expect, type Locator, type Page } from '@playwright/test';
import { loadContent } from '../../src/schemas/load-content';
import { loadOrganisation, trainerCode as settingsTrainerCode } from '../../src/schemas/organisation';
import { kitFolderFor } from '../../src/integrations/trainer-kit-path';

/** The course content, read the same way the build reads it: specs iterate over it. */
export const content = loadContent(process.cwd());

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

/** Presses Tab until `target` has the focus, as a keyboard user would; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 150): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  await expect(target, `reachable with Tab within ${max} presses`).toBeFocused();
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
  const frame = tab.frameLocator('iframe[data-course-frame]');
  return new Proxy(tab, {
    get(target, property) {
      if (IN_FRAME.has(property)) {
        const method = (frame as unknown as Record<PropertyKey, (...args: unknown[]) => unknown>)[property]!;
        return method.bind(frame);
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

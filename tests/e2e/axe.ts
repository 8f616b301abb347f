/**
 * axe, run where the content is: axe-core is evaluated in the document to check (a course page in the launch
 * shell's frame, the shell itself, a trainer page, a frame of the stand-in LMS) and checks that document alone
 * (`iframes: false`). No frame messaging (AxeBuilder's legacy mode gives a frame one second to answer and, on a
 * busy machine, drops it or reports the shell's missing `h1`), and no extra page to gather partial results in
 * (AxeBuilder's default mode opens one per check: a trainer page took 3–13 s to check that way, against about
 * a second in the page). The same engine, rules and tags either way.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { expect, type Frame, type Page } from '@playwright/test';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 A and AA; pages.spec.ts adds axe's best practices. */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** What to check in a document: axe's tags, the parts to check or leave out (CSS selectors), rules turned off. */
export interface AxeScope {
  tags?: readonly string[];
  include?: string;
  exclude?: string;
  disable?: readonly string[];
}

/** The shell's course frame, once its page is loaded (its layout sets html[data-root]). */
export async function courseDocument(tab: Page): Promise<Frame> {
  // mainFrame(): `tab` may be a learner view (support.ts), whose locators look inside the course frame.
  return loadedFrame(tab.mainFrame(), 'iframe[data-course-frame]', 'html[data-root]');
}

/** The document of the iframe `selector` in `parent`, once `ready` (a CSS selector) is in it and it has loaded. */
export async function loadedFrame(parent: Frame, selector: string, ready = 'body'): Promise<Frame> {
  const iframe = parent.locator(selector);
  await expect(iframe).toBeAttached();
  const frame = await (await iframe.elementHandle())!.contentFrame();
  if (!frame) throw new Error(`${selector} has no document`);
  await expect(frame.locator(ready).first()).toBeAttached();
  await frame.waitForLoadState('load');
  return frame;
}

/** axe's violations in `frame`'s document (as « rule: targets » lines). */
export async function frameViolations(frame: Frame, { tags = WCAG, include, exclude, disable = [] }: AxeScope = {}): Promise<string[]> {
  // axe-core is injected once per document (its source is half a megabyte to send and compile).
  if (!(await frame.evaluate(() => typeof (window as unknown as { axe?: { run?: unknown } }).axe?.run === 'function'))) await frame.evaluate(AXE_SOURCE);
  return frame.evaluate(
    async ({ tags, include, exclude, disable }) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const context = {
        include: include ? [...document.querySelectorAll(include)] : [document],
        exclude: exclude ? [...document.querySelectorAll(exclude)] : [],
      };
      const r = await axe.run(context as Parameters<typeof axe.run>[0], {
        runOnly: { type: 'tag', values: tags },
        iframes: false,
        rules: Object.fromEntries(disable.map((id) => [id, { enabled: false }])),
      });
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.map(String).join(' ')).join(', ')}`);
    },
    { tags: [...tags], include, exclude, disable: [...disable] },
  );
}

/** No axe violation in the course page the shell shows (or in its parts matching `include`). */
export async function expectCourseAccessible(tab: Page, scope: Omit<AxeScope, 'exclude'> = {}): Promise<void> {
  if (scope.include) await expect(tab.frameLocator('iframe[data-course-frame]').locator(scope.include).first()).toBeAttached();
  expect(await frameViolations(await courseDocument(tab), scope)).toEqual([]);
}

/** No axe violation in a page standing on its own (trainer pages), or in the shell around its course frame (`shell`). */
export async function expectPageAccessible(page: Page, { tags = WCAG, shell = false }: { tags?: readonly string[]; shell?: boolean } = {}): Promise<void> {
  const frame = page.mainFrame();
  await frame.waitForLoadState('load');
  // The shell's headings are the course page's, checked in its frame (expectCourseAccessible).
  const scope: AxeScope = shell ? { tags, exclude: 'iframe[data-course-frame]', disable: ['page-has-heading-one'] } : { tags };
  expect(await frameViolations(frame, scope)).toEqual([]);
}

/**
 * axe, run where the content is. A course page lives in the launch shell's frame: axe-core is evaluated in that
 * frame and checks its document itself, rather than through AxeBuilder's frame messaging (which gives a frame
 * one second to answer and, on a busy machine, drops it or reports the shell's missing `h1`). The shell around
 * it is checked on its own, its frame excluded.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Frame, type Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 A and AA; pages.spec.ts adds axe's best practices. */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const listed = (results: Pick<AxeResults, 'violations'>) => results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

/** The shell's course frame, once its page is loaded (its layout sets html[data-root]). */
export async function courseDocument(tab: Page): Promise<Frame> {
  // mainFrame(): `tab` may be a learner view (support.ts), whose locators look inside the course frame.
  const iframe = tab.mainFrame().locator('iframe[data-course-frame]');
  await expect(iframe).toBeAttached();
  const frame = await (await iframe.elementHandle())!.contentFrame();
  if (!frame) throw new Error('the course frame has no document');
  await expect(frame.locator('html[data-root]')).toBeAttached();
  await frame.waitForLoadState('load');
  return frame;
}

/** axe's violations in `frame`'s document, limited to `include` (a CSS selector) when given. */
export async function frameViolations(frame: Frame, tags: readonly string[], include?: string): Promise<string[]> {
  // axe-core is injected once per document (its source is half a megabyte to send and compile).
  if (!(await frame.evaluate(() => typeof (window as unknown as { axe?: { run?: unknown } }).axe?.run === 'function'))) await frame.evaluate(AXE_SOURCE);
  const results = await frame.evaluate(
    async ({ tags, include }) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const context = include ? { include: [...document.querySelectorAll(include)] } : document;
      const r = await axe.run(context as Parameters<typeof axe.run>[0], { runOnly: { type: 'tag', values: tags }, iframes: false });
      return { violations: r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => ({ target: n.target.map(String) })) })) };
    },
    { tags: [...tags], include },
  );
  return listed(results as unknown as AxeResults);
}

/** No axe violation in the course page the shell shows (or in its parts matching `include`). */
export async function expectCourseAccessible(tab: Page, { include, tags = WCAG }: { include?: string; tags?: readonly string[] } = {}): Promise<void> {
  if (include) await expect(tab.frameLocator('iframe[data-course-frame]').locator(include).first()).toBeAttached();
  expect(await frameViolations(await courseDocument(tab), tags, include)).toEqual([]);
}

/** No axe violation in a page standing on its own (trainer pages, the shell itself with its frame left out). */
export async function expectPageAccessible(page: Page, { tags = WCAG, shell = false }: { tags?: readonly string[]; shell?: boolean } = {}): Promise<void> {
  let axe = new AxeBuilder({ page }).withTags([...tags]);
  // The shell's headings are the course page's, checked in its frame (expectCourseAccessible).
  if (shell) axe = axe.exclude('iframe[data-course-frame]').disableRules(['page-has-heading-one']).setLegacyMode();
  expect(listed(await axe.analyze())).toEqual([]);
}

/**
 * The built SCORM packages inside a stand-in LMS (tests/harness/: scorm-again in the parent frame, every
 * API call recorded, faults on demand), as issue #6 asks: one Initialize and one Terminate per launch
 * across page changes, the CMI after lessons, resume from the bookmark, and nothing lost when the LMS
 * refuses a commit.
 *
 * Each package is served from its zip under a deep random path, with the harness and scorm-again's bundled
 * builds, from a fake LMS origin by `page.route` (no server to start): the package must work from any path.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { trackedIds, type Plan } from '../../src/domain/course/plan';
import { drawLength } from '../../src/domain/quiz/draw';
import { decodeRecord, encodeRecord } from '../../src/domain/record/codec';
import { emptyRecord, endLesson, setActivityResult, visitLesson } from '../../src/domain/record/record';
import { frameViolations, loadedFrame } from './axe';
import { answer, questionsOnPage, quizButton } from './quiz-support';
import { performStep } from './invoice-support';
import { enterWholeValues, focusByKeyboard, pressKey as press, simulationFrame, stepControl as control } from './sim-support';
import { frenchSpacing } from '../../src/domain/text/typography';
import { DURATION2004, TIMESPAN12 } from '../../src/lms/time';
import { content, EMBEDDED_KEY, finalStrata, pageStarted } from './support';
import { LEGACY_RECORD_KEY } from '../../src/lms/embedded-store';
import { SET_ASIDE_PREFIX } from '../../src/lms/embedded';

const LMS = 'http://lms.test';
const root = process.cwd();
const plan: Plan = {
  modules: content.course.modules.map((m) => ({ id: m.id, lessons: m.lessons.map((l) => l.id) })),
  lessons: content.course.modules.flatMap((m) =>
    m.lessons.map((l) => ({ id: l.id, module: m.id, minutes: l.minutes, activities: content.lessons.find((x) => x.id === l.id)?.activities ?? [] })),
  ),
};
/** Text lessons (no activity): finished with « J’ai terminé cette leçon ». The tests use the first three. */
const textLessons = atLeastThree(plan.lessons.filter((l) => l.activities.length === 0).map((l) => l.id));

function atLeastThree(ids: string[]): [string, string, string, ...string[]] {
  const [a, b, c, ...rest] = ids;
  if (a === undefined || b === undefined || c === undefined) throw new Error('the SCORM tests need three text lessons in the course');
  return [a, b, c, ...rest];
}
const lessonTitle = (id: string) => frenchSpacing(content.lessons.find((l) => l.id === id)!.title);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.xsd': 'application/xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

interface Launch {
  version: '1.2' | '2004';
  /** URL path of the unzipped package's folder on the fake LMS, ending with `/`. */
  base: string;
}

/** Each built package's files (path in the zip → bytes), read once per worker process. */
const packages = new Map<Launch['version'], Map<string, Uint8Array>>();

function packageFiles(version: Launch['version']): Map<string, Uint8Array> {
  let files = packages.get(version);
  if (!files) {
    const zip = path.join(root, 'dist-scorm', `${content.course.id}-scorm${version === '1.2' ? '12' : '2004'}.zip`);
    if (!existsSync(zip)) throw new Error(`${zip} is missing: run \`npm run build\` first`);
    files = new Map(Object.entries(unzipSync(readFileSync(zip))).filter(([name]) => !name.endsWith('/')));
    packages.set(version, files);
  }
  return files;
}

/**
 * Serves a package, as its zip holds it, under a deep random folder of the fake LMS, and the harness and
 * scorm-again from the repository; anything else is a 404.
 */
async function servePackage(page: Page, version: '1.2' | '2004'): Promise<Launch> {
  const files = packageFiles(version);
  const deep = `/pluginfile.php/${randomBytes(4).toString('hex')}/mod_scorm/content/${randomBytes(3).toString('hex')}/`;
  const mounts: [string, string][] = [
    ['/harness/', path.join(root, 'tests/harness')],
    ['/scorm-again/', path.join(root, 'node_modules/scorm-again/dist')],
  ];
  await page.route(`${LMS}/**`, async (route) => {
    const url = new URL(route.request().url());
    const pathname = decodeURIComponent(url.pathname);
    const served = (name: string, body: Buffer | Uint8Array) =>
      route.fulfill({ status: 200, contentType: TYPES[path.extname(name)] ?? 'application/octet-stream', body: Buffer.from(body) });
    const packaged = pathname.startsWith(deep) ? files.get(pathname.slice(deep.length)) : undefined;
    if (packaged) return served(pathname, packaged);
    const mount = mounts.find(([prefix]) => pathname.startsWith(prefix));
    const file = mount ? path.join(mount[1], pathname.slice(mount[0].length)) : null;
    if (!file || !file.startsWith(mount![1]) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    return served(file, readFileSync(file));
  });
  return { version, base: deep };
}

/** Opens the harness LMS, which launches the package's launch page in its frame. */
async function launch(page: Page, where: Launch, options: { init?: object; fault?: string; refuse?: string[]; shellQuery?: string } = {}): Promise<FrameLocator> {
  const query = new URLSearchParams({ version: where.version, launch: `${where.base}lancement.html${options.shellQuery ?? ''}` });
  if (options.init) query.set('init', JSON.stringify(options.init));
  if (options.fault) query.set('fault', options.fault);
  for (const rule of options.refuse ?? []) query.append('refuse', rule);
  await page.goto(`${LMS}/harness/lms.html?${query}`);
  return page.frameLocator('#sco');
}

const course = (shell: FrameLocator) => shell.frameLocator('iframe[data-course-frame]');

interface Call {
  name: string;
  args: string[];
  result: unknown;
}

interface Refused {
  name: string;
  element: string;
  value?: string;
  code: string;
}

const harness = {
  refusals: (page: Page) => page.evaluate(() => (window as unknown as { harness: { refusals: Refused[] } }).harness.refusals),
  strict: (page: Page) => page.evaluate(() => (window as unknown as { harness: { strict: boolean } }).harness.strict),
  calls: (page: Page) => page.evaluate(() => (window as unknown as { harness: { calls: Call[] } }).harness.calls),
  count: (page: Page, name: string) => page.evaluate((n) => (window as unknown as { harness: { count(n: string): number } }).harness.count(n), name),
  cmi: (page: Page) => page.evaluate(() => (window as unknown as { harness: { cmi(): Record<string, unknown> } }).harness.cmi()),
  setFaults: (page: Page, faults: { commit?: boolean; setValue?: boolean; vanish?: boolean }) =>
    page.evaluate((f) => Object.assign((window as unknown as { harness: { faults: object } }).harness.faults, f), faults),
};

const names = (version: '1.2' | '2004') =>
  version === '1.2'
    ? { init: 'LMSInitialize', finish: 'LMSFinish', set: 'LMSSetValue', commit: 'LMSCommit', location: 'cmi.core.lesson_location', status: 'cmi.core.lesson_status', time: 'cmi.core.session_time', exit: 'cmi.core.exit', entry: 'cmi.core.entry' }
    : { init: 'Initialize', finish: 'Terminate', set: 'SetValue', commit: 'Commit', location: 'cmi.location', status: 'cmi.completion_status', time: 'cmi.session_time', exit: 'cmi.exit', entry: 'cmi.entry' };

/** The value of `element` in the LMS's CMI. */
async function cmiValue(page: Page, element: string): Promise<string> {
  const cmi = await harness.cmi(page);
  return String(cmi[element] ?? '');
}

/** The learner record in the LMS's suspend_data (`null` when absent or unreadable). */
async function savedRecord(page: Page) {
  const decoded = decodeRecord(await cmiValue(page, 'cmi.suspend_data'), trackedIds(plan));
  return decoded.ok ? decoded.value.record : null;
}

async function goTo(frame: FrameLocator, linkName: string | RegExp, heading: string | RegExp): Promise<void> {
  await frame.getByRole('link', { name: linkName }).first().click();
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(heading);
  await pageStarted(frame);
}

async function finishLesson(frame: FrameLocator, id: string): Promise<void> {
  await goTo(frame, 'Plan du cours', /Plan/);
  await goTo(frame, lessonTitle(id), lessonTitle(id));
  const done = frame.getByRole('button', { name: /J’ai terminé cette leçon|Leçon terminée/ });
  await done.click();
  await expect(done).toHaveAttribute('aria-pressed', 'true');
}

const finalBank = content.quizzes.find((b) => b.kind === 'final')!;
const finalLesson = plan.lessons.find((l) => l.activities.includes(finalBank.id))!;

/** The CMI a learner who did everything but the final test resumes with, on the final test's page. */
function beforeFinalTest(version: '1.2' | '2004') {
  let record = emptyRecord();
  for (const lesson of plan.lessons) {
    record = endLesson(visitLesson(record, lesson.id), lesson.id);
    for (const activity of lesson.activities) if (activity !== finalBank.id) record = setActivityResult(record, activity, { done: true, score: 100, attempts: 1 });
  }
  const location = `lecons/${finalLesson.id}.html`;
  return version === '1.2'
    ? { core: { entry: 'resume', lesson_location: location, lesson_status: 'incomplete', student_name: 'Dupont, Marie' }, suspend_data: encodeRecord(record) }
    : { entry: 'resume', location, suspend_data: encodeRecord(record), completion_status: 'incomplete', learner_name: 'Marie Dupont' };
}

/**
 * Takes the final test, every answer right, and submits it; returns the questions drawn. These tests are about
 * what reaches the LMS: the answers are given with the pointer (the final test is taken with the keyboard in
 * quiz.spec.ts and attestation.spec.ts).
 */
async function takeFinalTest(page: Page, frame: FrameLocator) {
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(lessonTitle(finalLesson.id));
  await (await quizButton(frame, /^Commencer le test$/)).click();
  const questions = await questionsOnPage(frame, finalBank.questions);
  // Drawn by objective: `draw` questions, more when the bank has more objectives to cover (src/domain/quiz/draw.ts).
  expect(questions).toHaveLength(finalBank.draw === undefined ? finalBank.questions.length : drawLength(finalBank.questions, { count: finalBank.draw, strata: finalStrata, coverObjectives: true }));
  for (const { group, question } of questions) await answer(page, group, question, true, 'pointer');
  await frame.getByRole('button', { name: 'Valider mes réponses' }).click();
  await expect(frame.getByText(/Test réussi\u202f!/)).toBeVisible();
  return questions;
}

/** The fields every complete interaction of the final test has in the LMS, per version. */
const COMPLETE = {
  '1.2': ['id', 'objectives.0.id', 'time', 'type', 'correct_responses.0.pattern', 'weighting', 'student_response', 'result', 'latency'],
  '2004': ['id', 'type', 'objectives.0.id', 'timestamp', 'weighting', 'correct_responses.0.pattern', 'learner_response', 'result', 'latency', 'description'],
} as const;

/** For each interaction the LMS holds, the fields of `COMPLETE` it lacks. */
function missingFields(cmi: Record<string, unknown>, version: '1.2' | '2004'): string[][] {
  const ids = Object.keys(cmi).filter((k) => /^cmi\.interactions\.\d+\.id$/.test(k));
  return ids.map((_, i) => COMPLETE[version].filter((field) => String(cmi[`cmi.interactions.${i}.${field}`] ?? '') === ''));
}

/** Quits with « Quitter le cours » and returns the quit page's text and list of what was not stored. */
async function quit(shell: FrameLocator) {
  await shell.getByRole('button', { name: 'Quitter le cours' }).click();
  await shell.getByRole('dialog', { name: 'Quitter le cours ?' }).getByRole('button', { name: 'Quitter', exact: true }).click();
  await expect(shell.getByRole('heading', { name: 'Vous avez quitté le cours' })).toBeVisible();
  const ended = shell.getByRole('main').filter({ has: shell.getByRole('heading', { name: 'Vous avez quitté le cours' }) });
  return ended;
}

/** m2-sim-espace in évaluation (the course's évaluation exercise), with the keyboard, through the LMS frames. */
const espace = content.scenarios.find((s) => s.id === 'm2-sim-espace')!;
const espaceLesson = plan.lessons.find((l) => l.activities.includes(espace.id))!;
async function doEspaceExercise(page: Page, frame: FrameLocator) {
  const sim = simulationFrame(frame, espace.title, 'activity');
  await sim.scrollIntoViewIfNeeded();
  await expect(sim).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
  // Each step's control, by its name: a checkbox is ticked with Space, a button or a link pressed with Enter
  // (the subscription form's defaults are the expected ones).
  for (const { target: label, event } of espace.steps) {
    if (!label) throw new Error(`a step of ${espace.id} names no control`);
    // The subscription form: the espace the step subscribes to, chosen with the arrow keys.
    const wanted = event?.type === 'espace.subscribe' ? event.espace : undefined;
    if (wanted) {
      const select = sim.getByLabel('Espace', { exact: true });
      await focusByKeyboard(page, select);
      for (let i = 0; i < 10 && (await select.inputValue()) !== wanted; i++) await page.keyboard.press('ArrowDown');
      await expect(select).toHaveValue(wanted);
    }
    const checkbox = sim.getByRole('checkbox', { name: frenchSpacing(label), exact: true });
    const target = control(sim, label).or(checkbox).first();
    await expect(target).toBeVisible();
    await press(page, target, (await target.getAttribute('type')) === 'checkbox' ? 'Space' : 'Enter');
  }
  await expect(sim.getByText('Votre score : 100 / 100.')).toBeVisible();
  // The debrief ends with the way back to the démonstration of the same task, on the same page.
  await expect(sim.getByRole('link', { name: 'Revoir la démonstration' })).toHaveAttribute('href', '#demo-m2-sim-espace');
  await expect(frame.locator('#demo-m2-sim-espace')).toHaveAttribute('data-scenario', 'm2-sim-espace');
}

for (const version of ['1.2', '2004'] as const) {
  test.describe(`SCORM ${version} package in a stand-in LMS`, () => {
    test('one session across page changes, the CMI after two lessons, and a resume at the bookmark', async ({ page }) => {
      test.setTimeout(60_000);
      const n = names(version);
      const where = await servePackage(page, version);
      const shell = await launch(page, where);
      const frame = course(shell);
      await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();

      const [first, second, third] = textLessons;
      // Seven page changes: plan, lesson, plan, lesson, glossary, results, plan, lesson.
      await finishLesson(frame, first);
      await finishLesson(frame, second);
      await goTo(frame, 'Glossaire', 'Glossaire');
      await goTo(frame, 'Mes résultats', 'Mes résultats');
      await goTo(frame, 'Plan du cours', /Plan/);
      await goTo(frame, lessonTitle(third), lessonTitle(third));

      // The LMS has both lessons after the commits (at most one a second), and the bookmark.
      await expect.poll(async () => (await savedRecord(page))?.lessons[second]?.ended, { timeout: 10_000 }).toBe(true);
      await shell.getByRole('button', { name: 'Quitter le cours' }).click();
      await shell.getByRole('dialog', { name: 'Quitter le cours ?' }).getByRole('button', { name: 'Quitter', exact: true }).click();
      await expect(shell.getByRole('heading', { name: 'Vous avez quitté le cours' })).toBeVisible();

      expect(await harness.count(page, n.init)).toBe(1);
      expect(await harness.count(page, n.finish)).toBe(1);
      const calls = await harness.calls(page);
      const commits = calls.filter((c) => c.name === n.commit).length;
      expect(commits).toBeGreaterThanOrEqual(2);
      // Nothing reaches the LMS after Terminate.
      const terminateAt = calls.findIndex((c) => c.name === n.finish);
      expect(calls.slice(terminateAt + 1).filter((c) => c.name !== 'GetLastError' && c.name !== 'LMSGetLastError')).toEqual([]);

      expect(await cmiValue(page, n.location)).toBe(`lecons/${third}.html`);
      const suspend = await cmiValue(page, 'cmi.suspend_data');
      expect(suspend.length).toBeGreaterThan(0);
      expect(suspend.length).toBeLessThanOrEqual(4096);
      const record = await savedRecord(page);
      expect(record?.lessons[first]?.ended).toBe(true);
      expect(record?.lessons[second]?.ended).toBe(true);
      expect(record?.location).toBe(third);
      expect(await cmiValue(page, n.status)).toBe('incomplete');
      const sent = (element: string) => calls.filter((c) => c.name === n.set && c.args[0] === element).map((c) => c.args[1] ?? '');
      const times = sent(n.time);
      expect(times).toHaveLength(1);
      expect(times[0]).toMatch(version === '1.2' ? TIMESPAN12 : DURATION2004);
      expect(sent(n.exit)).toEqual(['suspend']);
      if (version === '2004') expect(await cmiValue(page, 'cmi.success_status')).toBe('unknown');

      // Relaunch with what the LMS kept and entry=resume: the bookmarked page opens, progress as it was.
      const kept = { location: await cmiValue(page, n.location), suspend: await cmiValue(page, 'cmi.suspend_data') };
      const init =
        version === '1.2'
          ? { core: { entry: 'resume', lesson_location: kept.location, lesson_status: 'incomplete', student_name: 'Dupont, Marie' }, suspend_data: kept.suspend }
          : { entry: 'resume', location: kept.location, suspend_data: kept.suspend, completion_status: 'incomplete', learner_name: 'Marie Dupont' };
      const again = course(await launch(page, where, { init }));
      await expect(again.getByRole('heading', { level: 1 })).toHaveText(lessonTitle(third));
      await goTo(again, 'Plan du cours', /Plan/);
      await goTo(again, lessonTitle(first), lessonTitle(first));
      await expect(again.getByRole('button', { name: 'Leçon terminée ✓' })).toHaveAttribute('aria-pressed', 'true');
      // The LMS's learner name (« Nom, Prénom » in 1.2) greets the learner on the home page.
      await goTo(again, content.course.title, content.course.title);
      await expect(again.getByText('Bonjour Marie Dupont\u202f!')).toBeVisible();
      expect(await harness.count(page, n.init)).toBe(1);
    });

    test('a full run: the final test passed gives completed/passed, the score, one interaction per question, one objective per module and per assessed objective', async ({ page }) => {
      test.setTimeout(420_000);
      const n = names(version);
      const where = await servePackage(page, version);
      const started = Date.now();
      const runTime = () => Date.now() - started;
      const shell = await launch(page, where, { init: beforeFinalTest(version) });
      const frame = course(shell);
      const questions = await takeFinalTest(page, frame);
      // Moodle's rules are on (the harness's strict mode) and nothing was refused: the banner stays hidden.
      expect(await harness.strict(page)).toBe(true);
      await expect(shell.locator('[data-save-banner]')).toBeHidden();

      const ended = await quit(shell);
      await expect(ended.getByText('Votre progression a été transmise à la plateforme de formation. Vous pouvez fermer cette fenêtre.')).toBeVisible();
      await expect(ended.getByRole('listitem')).toHaveCount(0);
      const cmi = await harness.cmi(page);
      const value = (element: string) => String(cmi[element] ?? '');
      const count = questions.length;
      // Every interaction complete, none refused, each written once.
      expect(missingFields(cmi, version)).toEqual(questions.map(() => []));
      expect(await harness.refusals(page)).toEqual([]);
      const calls = await harness.calls(page);
      expect(calls.filter((c) => c.name === n.set && /^cmi\.interactions\.\d+\.id$/.test(String(c.args[0])))).toHaveLength(count);
      if (version === '1.2') {
        expect(value('cmi.core.lesson_status')).toBe('passed');
        expect(value('cmi.core.score.raw')).toBe('100');
        expect(value('cmi.core.score.min')).toBe('0');
        expect(value('cmi.core.score.max')).toBe('100');
        expect(value('cmi.core.exit')).toBe('');
      } else {
        expect(value('cmi.completion_status')).toBe('completed');
        expect(value('cmi.success_status')).toBe('passed');
        expect(value('cmi.score.scaled')).toBe('1');
        expect(value('cmi.score.raw')).toBe('100');
        expect(value('cmi.exit')).toBe('normal');
      }
      // One interaction per question, each with its id, type, result and the learner's response.
      const ids = Object.keys(cmi).filter((k) => /^cmi\.interactions\.\d+\.id$/.test(k));
      expect(ids).toHaveLength(count);
      let choices = 0;
      for (let i = 0; i < count; i++) {
        const at = (field: string) => value(`cmi.interactions.${i}.${field}`);
        expect(at('id')).toMatch(/^[A-Za-z0-9_.:-]+$/);
        expect(at('type')).toMatch(/^(choice|true-false|sequencing|matching)$/);
        expect(at('result')).toBe('correct');
        const response = version === '1.2' ? at('student_response') : at('learner_response');
        expect(response.length).toBeGreaterThan(0);
        // Formats, written out from the standards here rather than taken from the adapters.
        if (version === '1.2') {
          // CMITimespan HHHH:MM:SS.SS (2–4 hour digits, 0–2 decimals) and CMITime HH:MM:SS, this run's UTC time.
          expect(at('latency')).toMatch(/^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/);
          expect(at('time')).toMatch(/^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/);
          const [h, m, sec] = at('time').split(':').map(Number);
          const ofDay = ((h! * 60 + m!) * 60 + sec!) * 1000;
          const sinceMidnight = (t: number) => t % 86_400_000;
          expect(sinceMidnight(Date.now()) - ofDay + (ofDay > sinceMidnight(Date.now()) ? 86_400_000 : 0)).toBeLessThan(runTime());
        } else {
          // ISO 8601 duration PT…S (≤ 2 decimals) and a timestamp with seconds, within this run.
          expect(at('latency')).toMatch(/^PT(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/);
          expect(at('timestamp')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,2})?(Z|[+-]\d{2}(:\d{2})?)?$/);
          expect(Date.now() - Date.parse(at('timestamp'))).toBeLessThan(runTime());
          // The question's text, white space collapsed, cut to 250 characters at most.
          const stem = finalBank.questions.find((q) => q.id === at('id'))!.stem.replace(/\s+/g, ' ').trim();
          expect(at('description').length).toBeGreaterThan(0);
          expect(at('description').length).toBeLessThanOrEqual(250);
          expect(stem.startsWith(at('description').replace(/…$/, ''))).toBe(true);
        }
        // Choice responses: 1.2 writes the letters of the options' positions in id order (never the authored
        // order, which would tell where the key was written; a set: sorted, `,`), 2004 their ids as tokens Moodle
        // accepts (`-` → `_`, sorted, `[,]`). Every answer here is right, so both equal the answer key.
        const question = finalBank.questions.find((q) => q.id === at('id'))!;
        if (question.type === 'single' || question.type === 'multiple') {
          choices++;
          const key = [question.answer].flat() as string[];
          const byId = question.options.map((o) => o.id).sort();
          const expected =
            version === '1.2'
              ? key.map((id) => 'abcdefghijklmnopqrstuvwxyz0123456789'[byId.indexOf(id)]).sort().join(',')
              : key.map((id) => id.replace(/-/g, '_')).sort().join('[,]');
          expect(at('type')).toBe('choice');
          expect(response).toBe(expected);
          expect(at('correct_responses.0.pattern')).toBe(expected);
        }
      }
      expect(choices).toBeGreaterThan(0);
      // One objective per module of the course, then one per course objective the final test assesses (by the
      // questions drawn or not: the bank's objectives), each with its share of the score.
      const objectives = Object.keys(cmi).filter((k) => /^cmi\.objectives\.\d+\.id$/.test(k)).map((k) => value(k));
      const assessed = new Set(finalBank.questions.flatMap((q) => q.objectives ?? []));
      const courseObjectives = content.course.modules.flatMap((m) => m.objectives.map((o) => o.id)).filter((id) => assessed.has(id));
      expect(courseObjectives.length).toBeGreaterThan(0);
      expect(objectives.sort()).toEqual([...content.course.modules.map((m) => m.id), ...courseObjectives].sort());
      for (const id of objectives) expect(id).toMatch(/^[A-Za-z0-9_.:-]+$/);
      expect(await harness.count(page, n.init)).toBe(1);
      expect(await harness.count(page, n.finish)).toBe(1);
    });

    test('a relaunch with the saved CMI and entry=resume reopens the bookmark, the exercise in its world and the test with its draw and answers', async ({ page }) => {
      test.setTimeout(180_000);
      const n = names(version);
      const depot = content.scenarios.find((s) => s.id === 'm3-sim-depot-a1')!;
      const simLesson = plan.lessons.find((l) => l.activities.includes(depot.id))!;
      const finalBank = content.quizzes.find((b) => b.kind === 'final')!;
      const finalLesson = plan.lessons.find((l) => l.activities.includes(finalBank.id))!;
      // The exercise's values go in at once (typing them key by key is the simulation specs').
      enterWholeValues(page);
      const where = await servePackage(page, version);
      const first = { location: `lecons/${simLesson.id}.html` };
      const shell = await launch(page, where, { init: version === '1.2' ? { core: { lesson_location: first.location } } : first });
      const frame = course(shell);

      // Mid-way through the exercise: the draft invoice is saved, the rest is still to do.
      await expect(frame.getByRole('heading', { level: 1 })).toHaveText(lessonTitle(simLesson.id));
      let sim = simulationFrame(frame, depot.title, 'activity');
      await sim.scrollIntoViewIfNeeded();
      await expect(sim).toHaveAttribute('data-ready', 'true');
      await performStep(page, sim, depot.steps[0]!);
      await performStep(page, sim, depot.steps[1]!);
      await expect(sim.getByRole('status').filter({ hasText: 'Brouillon enregistré' })).toBeVisible();

      // Mid-way through the final test: four answers given, not submitted.
      await goTo(frame, 'Plan du cours', /Plan/);
      await goTo(frame, lessonTitle(finalLesson.id), lessonTitle(finalLesson.id));
      await (await quizButton(frame, /^Commencer le test$/)).click();
      const drawn = await questionsOnPage(frame, finalBank.questions);
      for (const { group, question } of drawn.slice(0, 4)) await answer(page, group, question, true);
      const legends = () => frame.getByRole('group', { name: /^Question \d+ sur/ }).evaluateAll((g) => g.map((f) => f.querySelector('legend')?.textContent));
      const answers = async () =>
        Promise.all(
          (await questionsOnPage(frame, finalBank.questions)).slice(0, 4).map(({ group }) =>
            group.evaluate((f) => [...f.querySelectorAll('input, select')].map((el) => ((el as HTMLInputElement).type === 'radio' || (el as HTMLInputElement).type === 'checkbox' ? (el as HTMLInputElement).checked : (el as HTMLInputElement).value))),
          ),
        );
      const drawBefore = await legends();
      const answersBefore = await answers();
      await shell.getByRole('button', { name: 'Quitter le cours' }).click();
      await shell.getByRole('dialog', { name: 'Quitter le cours ?' }).getByRole('button', { name: 'Quitter', exact: true }).click();
      await expect(shell.getByRole('heading', { name: 'Vous avez quitté le cours' })).toBeVisible();
      expect(await cmiValue(page, n.exit)).toBe('suspend');

      // The LMS relaunches with what it kept.
      const kept = { location: await cmiValue(page, n.location), suspend: await cmiValue(page, 'cmi.suspend_data') };
      expect(kept.location).toBe(`lecons/${finalLesson.id}.html`);
      const init =
        version === '1.2'
          ? { core: { entry: 'resume', lesson_location: kept.location, lesson_status: 'incomplete' }, suspend_data: kept.suspend }
          : { entry: 'resume', location: kept.location, suspend_data: kept.suspend, completion_status: 'incomplete' };
      const again = course(await launch(page, where, { init }));
      await expect(again.getByRole('heading', { level: 1 })).toHaveText(lessonTitle(finalLesson.id));
      // The same questions in the same order, the same answers, the same attempt.
      await expect(again.getByRole('group', { name: /^Question 1 sur/ })).toBeVisible();
      const againLegends = () => again.getByRole('group', { name: /^Question \d+ sur/ }).evaluateAll((g) => g.map((f) => f.querySelector('legend')?.textContent));
      expect(await againLegends()).toEqual(drawBefore);
      const againAnswers = async () =>
        Promise.all(
          (await questionsOnPage(again, finalBank.questions)).slice(0, 4).map(({ group }) =>
            group.evaluate((f) => [...f.querySelectorAll('input, select')].map((el) => ((el as HTMLInputElement).type === 'radio' || (el as HTMLInputElement).type === 'checkbox' ? (el as HTMLInputElement).checked : (el as HTMLInputElement).value))),
          ),
        );
      await expect.poll(againAnswers).toEqual(answersBefore);
      await expect(again.getByText(`Tentative 1 sur ${content.course.attempts}`)).toBeVisible();

      // The exercise resumes in its world: the draft is there, and the remaining steps finish it.
      await goTo(again, 'Plan du cours', /Plan/);
      await goTo(again, lessonTitle(simLesson.id), lessonTitle(simLesson.id));
      sim = simulationFrame(again, depot.title, 'activity');
      await sim.scrollIntoViewIfNeeded();
      await expect(sim).toHaveAttribute('data-ready', 'true');
      await expect(sim.getByRole('status').filter({ hasText: 'Exercice repris là où vous l’aviez laissé.' })).toBeVisible();
      await press(page, control(sim, 'Ouvrir la facture n° FA-2026-031'));
      for (const step of depot.steps.slice(2)) await performStep(page, sim, step);
      await expect(sim.getByRole('status').filter({ hasText: depot.success.slice(0, 30) })).toBeVisible();
      expect(await harness.count(page, n.init)).toBe(1);
    });

    test('an unreadable suspend_data starts a clean record, says so, and keeps the status the LMS holds', async ({ page }) => {
      test.setTimeout(60_000);
      const n = names(version);
      const where = await servePackage(page, version);
      const init =
        version === '1.2'
          ? { core: { entry: 'resume', lesson_location: 'plan.html', lesson_status: 'completed', student_name: 'Dupont, Marie' }, suspend_data: '1.zzzz.{"l":tronqué' }
          : { entry: 'resume', location: 'plan.html', suspend_data: '1.zzzz.{"l":tronqué', completion_status: 'completed', learner_name: 'Marie Dupont' };
      const frame = course(await launch(page, where, { init }));
      await expect(frame.getByText(/n’a pas pu être relue/).first()).toBeVisible();
      const [first] = textLessons;
      await finishLesson(frame, first);
      await expect.poll(async () => (await savedRecord(page))?.lessons[first]?.ended, { timeout: 10_000 }).toBe(true);
      // What the LMS had reported is never lowered by the clean record.
      expect(await cmiValue(page, n.status)).toBe('completed');
    });

    test('an LMS whose API vanishes mid-way: learning goes on, the banner shows, and everything is sent when it is back', async ({ page }) => {
      test.setTimeout(60_000);
      const where = await servePackage(page, version);
      const shell = await launch(page, where);
      const frame = course(shell);
      const [first, second] = textLessons;
      await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();

      await harness.setFaults(page, { vanish: true });
      await finishLesson(frame, first);
      const banner = shell.getByRole('status').filter({ hasText: 'La progression n’a pas pu être enregistrée sur la plateforme' });
      await expect(banner).toBeVisible();
      expect((await harness.calls(page)).some((c) => c.result === 'threw')).toBe(true);

      await harness.setFaults(page, { vanish: false });
      await finishLesson(frame, second);
      await expect(banner).toBeHidden({ timeout: 10_000 });
      const record = await savedRecord(page);
      expect(record?.lessons[first]?.ended).toBe(true);
      expect(record?.lessons[second]?.ended).toBe(true);
    });

    test('an LMS without interactions or objectives: tracking goes on without them', async ({ page }) => {
      test.setTimeout(60_000);
      const n = names(version);
      const where = await servePackage(page, version);
      const shell = await launch(page, where, { fault: 'nocount' });
      const frame = course(shell);
      const [first] = textLessons;
      await finishLesson(frame, first);
      await expect.poll(async () => (await savedRecord(page))?.lessons[first]?.ended, { timeout: 10_000 }).toBe(true);
      await expect(shell.getByRole('status').filter({ hasText: 'n’a pas pu être enregistrée' })).toBeHidden();
      const calls = await harness.calls(page);
      // The course asked, learnt the LMS has no objectives, and did not insist.
      expect(calls.some((c) => c.args[0] === 'cmi.objectives._count')).toBe(true);
      const objectiveWrites = calls.filter((c) => c.name === n.set && String(c.args[0]).startsWith('cmi.objectives.'));
      expect(objectiveWrites.length).toBeLessThanOrEqual(1);
      expect(await cmiValue(page, n.status)).toBe('incomplete');
    });

    test('a refused commit shows the banner, learning goes on, and the next commit resends everything', async ({ page }) => {
      test.setTimeout(60_000);
      const n = names(version);
      const where = await servePackage(page, version);
      const shell = await launch(page, where, { fault: 'commit' });
      const frame = course(shell);
      const [first, second] = textLessons;

      await finishLesson(frame, first);
      const banner = shell.getByRole('status').filter({ hasText: 'La progression n’a pas pu être enregistrée sur la plateforme' });
      await expect(banner).toBeVisible();

      // The LMS recovers; the next lesson completion commits again, with the first lesson in it.
      await harness.setFaults(page, { commit: false });
      await finishLesson(frame, second);
      await expect(banner).toBeHidden({ timeout: 10_000 });
      const record = await savedRecord(page);
      expect(record?.lessons[first]?.ended).toBe(true);
      expect(record?.lessons[second]?.ended).toBe(true);
      const calls = await harness.calls(page);
      const refused = calls.findIndex((c) => c.name === n.commit && c.result === 'false');
      const accepted = calls.findIndex((c, i) => i > refused && c.name === n.commit && c.result === 'true');
      expect(refused).toBeGreaterThanOrEqual(0);
      expect(accepted).toBeGreaterThan(refused);
      // Between the refused and the accepted commit, suspend_data and the status went again.
      const resent = calls.slice(refused + 1, accepted).filter((c) => c.name === n.set).map((c) => c.args[0]);
      expect(resent).toEqual(expect.arrayContaining(['cmi.suspend_data', n.status, n.location]));
      expect(await harness.count(page, n.init)).toBe(1);
    });

    test('a value the LMS refuses is left out once, every other interaction is stored whole, and the banner and quit page say so', async ({ page }) => {
      test.setTimeout(420_000);
      const n = names(version);
      const response = version === '1.2' ? 'student_response' : 'learner_response';
      const code = version === '1.2' ? '405' : '406';
      const where = await servePackage(page, version);
      const shell = await launch(page, where, { init: beforeFinalTest(version), refuse: [`^cmi\\.interactions\\.2\\.${response}$:${code}`] });
      const frame = course(shell);
      const questions = await takeFinalTest(page, frame);
      await expect.poll(async () => cmiValue(page, 'cmi.interactions.2.id'), { timeout: 10_000 }).not.toBe('');
      const banner = shell.getByRole('status').filter({ hasText: 'a refusé 1\u00a0donnée' });
      await expect(banner).toBeVisible();
      await expect(banner).toContainText('le reste de votre progression est bien enregistré');

      const ended = await quit(shell);
      await expect(ended.getByText(/^Votre progression a été transmise à la plateforme de formation, sauf cette donnée, refusée/)).toBeVisible();
      await expect(ended.getByRole('listitem')).toHaveCount(1);
      await expect(ended.getByRole('listitem')).toContainText(`code ${code}`);

      const cmi = await harness.cmi(page);
      // All the interactions, once each: only the refused response is missing, at its own index.
      expect(missingFields(cmi, version)).toEqual(questions.map((_, i) => (i === 2 ? [response] : [])));
      const refusals = await harness.refusals(page);
      expect(refusals).toEqual([expect.objectContaining({ element: `cmi.interactions.2.${response}`, code })]);
      const calls = await harness.calls(page);
      expect(calls.filter((c) => c.name === n.set && /^cmi\.interactions\.\d+\.id$/.test(String(c.args[0])))).toHaveLength(questions.length);
      expect(calls.filter((c) => c.args[0] === 'cmi.interactions._count')).toHaveLength(1);
      // The rest went through: status and score, and the last commit accepted.
      expect(await cmiValue(page, version === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw')).toBe('100');
      const commits = calls.filter((c) => c.name === n.commit || c.name === n.finish);
      expect(commits.filter((c) => c.result === 'true').length).toBeGreaterThan(commits.filter((c) => c.result !== 'true').length);
    });

    test('no request leaves the package folder over a run through quiz and simulation pages, and the évaluation exercise reaches the LMS', async ({ page }) => {
      test.setTimeout(480_000);
      const outside: string[] = [];
      const failed: string[] = [];
      const where = await servePackage(page, version);
      page.on('request', (request) => {
        const url = new URL(request.url());
        const inPackage = url.origin === LMS && url.pathname.startsWith(where.base);
        // The stand-in LMS's own page and runtime are the only other files, loaded by the top page.
        const harnessFile = url.origin === LMS && request.frame() === page.mainFrame() && /^\/(harness|scorm-again)\//.test(url.pathname);
        if (!inPackage && !harnessFile) outside.push(request.url());
      });
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      });
      const shell = await launch(page, where, { init: version === '1.2' ? { core: { lesson_location: `lecons/${espaceLesson.id}.html` } } : { location: `lecons/${espaceLesson.id}.html` } });
      const frame = course(shell);
      await expect(frame.getByRole('heading', { level: 1 })).toHaveText(lessonTitle(espaceLesson.id));
      await doEspaceExercise(page, frame);
      // The score reaches the LMS as a performance interaction, the exercise's module as its objective.
      await expect.poll(async () => {
        const cmi = await harness.cmi(page);
        const index = Object.keys(cmi).find((k) => /^cmi\.interactions\.\d+\.id$/.test(k) && cmi[k] === espace.id)?.split('.')[2];
        return index === undefined ? null : { type: cmi[`cmi.interactions.${index}.type`], result: String(cmi[`cmi.interactions.${index}.result`]), objective: cmi[`cmi.interactions.${index}.objectives.0.id`] };
      }, { timeout: 10_000 }).toEqual({ type: 'performance', result: '100', objective: espaceLesson.module });

      // One page of each kind with a quiz or a simulation (each module's first), and the final test started.
      const visited = new Set<string>();
      for (const mod of content.course.modules) {
        const lesson = plan.lessons.find((l) => l.module === mod.id && l.activities.length > 0 && l.id !== espaceLesson.id && l.id !== finalLesson.id);
        if (lesson) visited.add(lesson.id);
      }
      for (const id of visited) {
        await goTo(frame, 'Plan du cours', /Plan/);
        // A lesson's page heading may say more than its title in the plan (« Accueil et test de positionnement »).
        await goTo(frame, lessonTitle(id), new RegExp(lessonTitle(id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'));
        // Every island is scrolled into view (client:visible ones hydrate then, loading their lazy chunks); no
        // wait for each to hydrate (some never do): every request until the quit below is checked.
        await frame.locator('astro-island').evaluateAll(async (islands) => {
          for (const island of islands) {
            island.scrollIntoView();
            await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
          }
        });
      }
      await goTo(frame, 'Plan du cours', /Plan/);
      await goTo(frame, lessonTitle(finalLesson.id), lessonTitle(finalLesson.id));
      await (await quizButton(frame, /^Commencer le test$/)).click();
      await expect(frame.getByRole('group', { name: /^Question 1 sur/ })).toBeVisible();
      await goTo(frame, 'Mes résultats', 'Mes résultats');
      await quit(shell);
      expect(visited.size).toBeGreaterThanOrEqual(5);
      expect(outside).toEqual([]);
      expect(failed).toEqual([]);
    });
  });
}

test('a second launch of the course in the same browser says so, and may take over', async ({ page, context }) => {
  test.setTimeout(60_000);
  const where = await servePackage(page, '2004');
  const first = course(await launch(page, where));
  await expect(first.getByRole('heading', { level: 1 })).toBeVisible();

  // Another tab of the same browser, on the same LMS origin (localStorage is shared).
  const other = await context.newPage();
  const shell = await launch(other, await servePackage(other, '2004'));
  await expect(shell.getByRole('heading', { name: 'Ce cours est déjà ouvert dans ce navigateur' })).toBeVisible();
  expect(await harness.count(other, 'Initialize')).toBe(0);

  await shell.getByRole('button', { name: 'Continuer ici quand même' }).click();
  await expect(course(shell).getByRole('heading', { level: 1 })).toBeVisible();
  expect(await harness.count(other, 'Initialize')).toBe(1);
});

/** The embedded LMS's chunk: scorm-again's 1.2 runtime, bundled by the build. */
const EMBEDDED_RUNTIME = /\/_astro\/scorm12\.min\.[^/]*\.js$/;

test('an LMS launch never downloads the embedded LMS', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  const where = await servePackage(page, '1.2');
  const frame = course(await launch(page, where));
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await harness.count(page, 'LMSInitialize')).toBe(1);
  expect(requested.some((url) => url.includes('/lancement.html'))).toBe(true);
  expect(requested.filter((url) => EMBEDDED_RUNTIME.test(url))).toEqual([]);
});

test('the standalone course: the shell runs the embedded LMS (scorm-again in localStorage) and a relaunch resumes at the bookmark', async ({ page }) => {
  test.setTimeout(60_000);
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto('lancement.html');
  const frame = page.frameLocator('iframe[data-course-frame]');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(content.course.title);
  expect(requested.filter((url) => EMBEDDED_RUNTIME.test(url))).toHaveLength(1);
  const [first, second] = textLessons;
  await finishLesson(frame, first);
  await goTo(frame, 'Plan du cours', /Plan/);
  await goTo(frame, lessonTitle(second), lessonTitle(second));
  // The CMI the embedded LMS keeps: the lesson in suspend_data, the bookmark, the 1.2 status.
  const stored = async () => {
    const text = await page.evaluate((key) => localStorage.getItem(key), EMBEDDED_KEY);
    return text ? (JSON.parse(text) as { cmi: Record<string, string> }).cmi : {};
  };
  await expect.poll(async () => {
    const decoded = decodeRecord((await stored())['cmi.suspend_data'], trackedIds(plan));
    return decoded.ok && decoded.value.record.lessons[first]?.ended;
  }, { timeout: 10_000 }).toBe(true);
  await page.getByRole('button', { name: 'Quitter le cours' }).click();
  await page.getByRole('dialog', { name: 'Quitter le cours ?' }).getByRole('button', { name: 'Quitter', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Vous avez quitté le cours' })).toBeVisible();
  const cmi = await stored();
  expect(cmi['cmi.core.lesson_location']).toBe(`lecons/${second}.html`);
  expect(cmi['cmi.core.exit']).toBe('suspend');
  expect(cmi['cmi.core.lesson_status']).toBe('incomplete');
  expect(cmi['cmi.core.session_time']).toMatch(TIMESPAN12);

  // Relaunch in the same browser: the bookmarked page, the finished lesson still finished.
  await page.goto('lancement.html');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(lessonTitle(second));
  await goTo(frame, 'Plan du cours', /Plan/);
  await goTo(frame, lessonTitle(first), lessonTitle(first));
  await expect(frame.getByRole('button', { name: 'Leçon terminée ✓' })).toHaveAttribute('aria-pressed', 'true');
});

test('the standalone course: an unreadable store is set aside with a notice and the course starts clean', async ({ page }) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, '{"v":1,"cmi":{tronqué');
      sessionStorage.setItem('seeded', '1');
    }
  }, EMBEDDED_KEY);
  await page.goto('lancement.html');
  const frame = page.frameLocator('iframe[data-course-frame]');
  await expect(frame.getByText(/enregistrée dans ce navigateur était illisible/).first()).toBeVisible();
  const kept = await page.evaluate((prefix) => Object.entries(localStorage).filter(([k]) => k.startsWith(prefix)).map(([, v]) => v), SET_ASIDE_PREFIX);
  expect(kept).toEqual(['{"v":1,"cmi":{tronqué']);
});

test('the standalone course: a lesson opened directly shows inside the shell, its progress is in the embedded LMS record, and a relaunch resumes on it', async ({ page }) => {
  test.setTimeout(60_000);
  const [first, second] = textLessons;
  // A bookmark to a lesson, with a section: the shell opens, showing the lesson in its frame.
  const section = 'suite';
  await page.goto(`lecons/${first}.html?scorm=1.2#${section}`);
  await expect(page).toHaveURL(new RegExp(`/lancement\\.html\\?scorm=1\\.2#lecons/${first}\\.html`));
  await expect(page.getByRole('button', { name: 'Quitter le cours' })).toBeVisible();
  const frame = page.frameLocator('iframe[data-course-frame]');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(lessonTitle(first));
  expect(await page.locator('iframe[data-course-frame]').getAttribute('src')).toBe(`lecons/${first}.html#${section}`);
  await pageStarted(frame);
  const done = frame.getByRole('button', { name: /J’ai terminé cette leçon|Leçon terminée/ });
  await done.click();
  await expect(done).toHaveAttribute('aria-pressed', 'true');

  // The progress is in the embedded LMS's CMI (one record), and nothing else keeps it.
  const stored = async () => {
    const text = await page.evaluate((key) => localStorage.getItem(key), EMBEDDED_KEY);
    return text ? (JSON.parse(text) as { cmi: Record<string, string> }).cmi : {};
  };
  await expect.poll(async () => {
    const cmi = await stored();
    const decoded = decodeRecord(cmi['cmi.suspend_data'], trackedIds(plan));
    return decoded.ok && decoded.value.record.lessons[first]?.ended === true && cmi['cmi.core.lesson_location'];
  }, { timeout: 10_000 }).toBe(`lecons/${first}.html#${section}`);
  expect(await page.evaluate((key) => localStorage.getItem(key), LEGACY_RECORD_KEY)).toBeNull();

  // Another page opened directly in the same tab: the same record, one launch at a time.
  await page.goto(`lecons/${second}.html`);
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(lessonTitle(second));
  await goTo(frame, 'Plan du cours', /Plan/);
  await goTo(frame, lessonTitle(first), lessonTitle(first));
  await expect(frame.getByRole('button', { name: 'Leçon terminée ✓' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Quitter le cours' }).click();
  await page.getByRole('dialog', { name: 'Quitter le cours ?' }).getByRole('button', { name: 'Quitter', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Vous avez quitté le cours' })).toBeVisible();
  expect((await stored())['cmi.core.exit']).toBe('suspend');

  // A relaunch without a deep link resumes on the bookmarked page.
  await page.goto('lancement.html');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(lessonTitle(first));
  await expect(frame.getByRole('button', { name: 'Leçon terminée ✓' })).toHaveAttribute('aria-pressed', 'true');
});

test('the standalone course: a record the earlier local persistence left is taken into the embedded LMS once, then the old key is gone', async ({ page }) => {
  const [first] = textLessons;
  // Seeded from a page of the same origin that runs no course script.
  await page.goto('favicon.svg');
  await page.evaluate(({ key, record }) => localStorage.setItem(key, record), { key: LEGACY_RECORD_KEY, record: encodeRecord(endLesson(visitLesson(emptyRecord(), first), first)) });
  await page.goto('plan.html');
  const frame = page.frameLocator('iframe[data-course-frame]');
  const row = frame.getByRole('listitem').filter({ has: frame.getByRole('link', { name: lessonTitle(first), exact: true }) }).last();
  await expect(row.getByText('Terminée')).toBeVisible();
  await page.getByRole('button', { name: 'Quitter le cours' }).click();
  await page.getByRole('dialog', { name: 'Quitter le cours ?' }).getByRole('button', { name: 'Quitter', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Vous avez quitté le cours' })).toBeVisible();
  const text = await page.evaluate((key) => localStorage.getItem(key), EMBEDDED_KEY);
  const decoded = decodeRecord((JSON.parse(text ?? '{}') as { cmi?: Record<string, string> }).cmi?.['cmi.suspend_data'], trackedIds(plan));
  expect(decoded.ok && decoded.value.record.lessons[first]?.ended).toBe(true);
  expect(await page.evaluate((key) => localStorage.getItem(key), LEGACY_RECORD_KEY)).toBeNull();
});

test.describe('the LMS inspector', () => {
  test('is closed for learners, opens with Ctrl+Alt+Maj+L, shows a refused value with its code, passes axe and closes with Escape', async ({ page }) => {
    test.setTimeout(60_000);
    const where = await servePackage(page, '2004');
    const shell = await launch(page, where, { refuse: ['^cmi\\.location$:406'] });
    const frame = course(shell);
    await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
    const inspector = shell.getByRole('region', { name: 'Inspecteur LMS' });
    await expect(inspector).toHaveCount(0);
    // A lesson finished commits; the location is refused once, the banner says so, the rest is stored.
    await finishLesson(frame, textLessons[0]);
    await expect(shell.getByRole('status').filter({ hasText: 'a refusé 1\u00a0donnée (la page en cours)' })).toBeVisible({ timeout: 10_000 });

    await focusByKeyboard(page, shell.getByRole('button', { name: 'Quitter le cours' }));
    await page.keyboard.press('Control+Alt+Shift+KeyL');
    await expect(inspector).toBeVisible();
    await expect(inspector.getByRole('heading', { name: 'Inspecteur LMS' })).toBeFocused();
    await expect(inspector.getByText('SCORM 2004', { exact: false }).first()).toBeVisible();
    const refusedRow = inspector.getByRole('row').filter({ hasText: 'cmi.location' }).filter({ hasText: '406' });
    await expect(refusedRow.first()).toBeVisible();
    await expect(inspector.getByRole('listitem').filter({ hasText: 'cmi.location — code 406' })).toHaveCount(1);
    await expect(inspector.getByText(/caractères sur 64\u202f000/)).toBeVisible();
    await expect(inspector.getByLabel(/^Diagnostic/)).toHaveValue(/cmi\.location 406/);
    // The inspector reads the session's log: opening it made no call to the LMS.
    const before = (await harness.calls(page)).length;
    await inspector.getByRole('button', { name: 'Copier le diagnostic' }).press('Enter');
    await expect(inspector.getByRole('status')).toHaveText(/Diagnostic copié|Copie impossible/);
    expect((await harness.calls(page)).length).toBe(before);

    // The inspector lives in the launch page, in the harness's frame: axe checks that page there, open inspector
    // included, its course frame left out (the course pages are checked in pages.spec.ts).
    const launchPage = await loadedFrame(page.mainFrame(), '#sco', '[data-lms-inspector]');
    expect(await frameViolations(launchPage, { exclude: 'iframe[data-course-frame]', disable: ['page-has-heading-one'] })).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(inspector).toHaveCount(0);
    await expect(shell.getByRole('button', { name: 'Quitter le cours' })).toBeFocused();
  });

  test('opens at launch with ?inspecteur=1 and follows the calls as they happen', async ({ page }) => {
    const where = await servePackage(page, '1.2');
    const shell = await launch(page, where, { shellQuery: '?inspecteur=1' });
    const inspector = shell.getByRole('region', { name: 'Inspecteur LMS' });
    await expect(inspector).toBeVisible();
    await expect(inspector.getByText(/caractères sur 4\u202f096/)).toBeVisible();
    await expect(inspector.getByRole('row').filter({ hasText: 'LMSInitialize' }).or(inspector.getByRole('row').filter({ hasText: 'Initialize' })).first()).toBeVisible();
    await expect(inspector.getByRole('row').filter({ hasText: 'cmi.core.lesson_location' }).first()).toBeVisible({ timeout: 10_000 });
  });
});

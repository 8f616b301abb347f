#!/usr/bin/env node
/**
 * Size and speed report, checked against the course's budgets (README "Budgets"):
 *  - JavaScript each page loads, gzip: ≤ 45 KB for any page, ≤ 10 KB for a text-only lesson;
 *  - the saved learner record of a learner who did everything: ≤ 3,000 characters (SCORM 1.2 allows 4,096);
 *  - a cold build: < 15 s (measured when run with --build).
 *  - Lighthouse (mobile) on one page of each kind: performance ≥ 95, accessibility 100 (with --lighthouse).
 *  - `npm test` as a whole (with --test): timed and shown against its goal, 10 min on a quiet 2-core machine
 *    (reported, not enforced: a busy machine says nothing about the suite).
 * Prints a table and exits 1 when a budget is exceeded.
 * Usage: node scripts/report.mjs [--build] [--test] [--lighthouse] (`npm run benchmark` = --build --test)
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const KB = 1024;
const BUDGET_PAGE = 45 * KB;
const BUDGET_TEXT_LESSON = 10 * KB;
const BUDGET_RECORD = 3000;
const BUDGET_BUILD_S = 15;
const failures = [];
/** `--warn-js`: pages over their JS budget are listed as warnings instead of failing (a known overrun being worked on). */
const warnJs = process.argv.includes('--warn-js');
const warnings = [];

// The cold build is timed first, on a machine as quiet as the run gets: timed right after the test suite, the
// same build took 19.4 s against 12.3 s (the machine still reclaiming the browsers' memory).
let buildSeconds;
if (process.argv.includes('--build')) {
  for (const dir of ['dist', '.astro', 'node_modules/.vite']) rmSync(join(root, dir), { recursive: true, force: true });
  const start = process.hrtime.bigint();
  execSync('npm run build --silent', { cwd: root, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  buildSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (buildSeconds > BUDGET_BUILD_S) failures.push(`cold build took ${buildSeconds.toFixed(1)} s (budget ${BUDGET_BUILD_S} s)`);
}

const GOAL_TEST_MIN = 10;
let testSeconds;
if (process.argv.includes('--test')) {
  const start = process.hrtime.bigint();
  try {
    execSync('npm test --silent', { cwd: root, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  } catch {
    failures.push('npm test failed');
  }
  testSeconds = Number(process.hrtime.bigint() - start) / 1e9;
}

if (!existsSync(dist)) {
  console.error('dist/ is missing: run `npm run build` first, or pass --build.');
  process.exit(2);
}

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const gz = (text) => gzipSync(text, { level: 9 }).length;
const jsCache = new Map();

/**
 * A JS file and everything it imports statically. Dynamic `import()` inside a chunk loads only when that code
 * path runs (e.g. Preact signals, fetched only for islands that pass signals), so it is not counted; island
 * components, which the page always loads, are listed from the HTML (component-url, renderer-url).
 */
function jsClosure(file, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[^'"()]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    jsClosure(resolve(dirname(file), match[1]), seen);
  }
  return seen;
}

function pageJs(file) {
  const html = readFileSync(file, 'utf8');
  const files = new Set();
  let inline = 0;
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = match[1];
    if (/type="application\/(ld\+)?json"/.test(attrs)) continue;
    const src = /src="([^"]+)"/.exec(attrs)?.[1];
    if (src) jsClosure(resolve(dirname(file), src), files);
    else {
      inline += gz(match[2]);
      for (const imp of match[2].matchAll(/["'](\.{0,2}\/?[^"']*_astro\/[^"']+\.js)["']/g)) jsClosure(resolve(dirname(file), imp[1]), files);
    }
  }
  for (const match of html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)) jsClosure(resolve(dirname(file), match[1]), files);
  let total = inline;
  for (const js of files) {
    if (!jsCache.has(js)) jsCache.set(js, gz(readFileSync(js)));
    total += jsCache.get(js);
  }
  return { total, islands: /<astro-island/.test(html) };
}

const rows = htmlFiles(dist)
  .map((file) => ({ page: relative(dist, file), ...pageJs(file) }))
  .sort((a, b) => b.total - a.total);
for (const row of rows) {
  const textLesson = row.page.startsWith('lecons/') && !row.islands;
  const budget = textLesson ? BUDGET_TEXT_LESSON : BUDGET_PAGE;
  row.budget = budget;
  if (row.total > budget) (warnJs ? warnings : failures).push(`${row.page} loads ${(row.total / KB).toFixed(1)} KB of JS gzip (budget ${budget / KB} KB)`);
}

// The launch shell loads scorm-again's SCORM 1.2 runtime (a dynamic import) only when it finds no LMS and
// plays the embedded one: its JS is shown in both cases, the embedded one held to the page budget too.
const shellFile = join(dist, 'lancement.html');
let shellRow = null;
if (existsSync(shellFile)) {
  const base = new Set();
  const html = readFileSync(shellFile, 'utf8');
  for (const match of html.matchAll(/<script\b[^>]*src="([^"]+)"/g)) jsClosure(resolve(dist, match[1]), base);
  const astroDir = join(dist, '_astro');
  const runtime = existsSync(astroDir) ? readdirSync(astroDir).find((f) => /^scorm12\.min\..*\.js$/.test(f)) : undefined;
  const extra = runtime ? [...jsClosure(join(astroDir, runtime))].filter((f) => !base.has(f)) : [];
  const lms = rows.find((r) => r.page === 'lancement.html')?.total ?? 0;
  const embedded = lms + extra.reduce((sum, f) => sum + gz(readFileSync(f)), 0);
  shellRow = { lms, embedded, runtime: Boolean(runtime) };
  if (!runtime) failures.push('lancement.html: scorm-again\'s 1.2 runtime chunk (scorm12.min.*.js) not found in dist/_astro');
  if (embedded > BUDGET_PAGE) failures.push(`lancement.html with the embedded LMS loads ${(embedded / KB).toFixed(1)} KB of JS gzip (budget ${BUDGET_PAGE / KB} KB)`);
}

// The learner record, encoded by the course's own codecs (loaded through Vite, since they are TypeScript):
//  - finished: every lesson ended after an hour, every quiz with all its attempts submitted (the final test's
//    allowed attempts, 3 for the others), every simulation done (a finished run keeps no events), every module
//    mastered, a long name: this is the budget;
//  - worst case in progress: the same with every simulation left mid-way — as the course saves them, the
//    RUNS_KEPT most recent with a run of the longest length kept (RUN_DATA_MAX), the others set aside.
const { createServer } = await import('vite');
const vite = await createServer({ root, logLevel: 'error', server: { middlewareMode: true }, appType: 'custom', optimizeDeps: { noDiscovery: true } });
let recordSize;
let worstSize;
try {
  const { encodeRecord } = await vite.ssrLoadModule('/src/domain/record/codec.ts');
  const { encodeAttempts } = await vite.ssrLoadModule('/src/domain/quiz/save.ts');
  const { setAsideRun } = await vite.ssrLoadModule('/src/domain/simulation/codec.ts');
  const { RUN_DATA_MAX, RUNS_KEPT } = await vite.ssrLoadModule('/src/reactions/simulation-save.ts');
  let simulationIndex = 0;
  const runInProgress = () => (simulationIndex++ < RUNS_KEPT ? `2|zzzzz|${'x'.repeat(RUN_DATA_MAX - 8)}` : setAsideRun(99_999_999));
  const { parse } = await import('yaml');
  const course = parse(readFileSync(join(root, 'content/course.yaml'), 'utf8'));
  const quizDir = join(root, 'content/quizzes');
  const banks = new Map(
    (existsSync(quizDir) ? readdirSync(quizDir) : []).filter((f) => f.endsWith('.yaml')).map((f) => {
      const bank = parse(readFileSync(join(quizDir, f), 'utf8'));
      return [bank.id, bank];
    }),
  );
  const plan = JSON.parse(/<script type="application\/json" id="plan-data">([\s\S]*?)<\/script>/.exec(readFileSync(join(dist, 'index.html'), 'utf8'))[1]);
  const quizData = (bank) => {
    const count = bank.draw ?? bank.questions.length;
    const attempts = bank.kind === 'final' ? (course.attempts ?? 3) : bank.kind === 'entry' ? 1 : 3;
    return encodeAttempts(
      Array.from({ length: attempts }, (_, i) => ({
        number: i + 1, seed: 0xfffffff0 - i, day: 20_800, check: 'zzzzzz', status: 'submitted', score: 100, results: Array(count).fill('p'),
      })),
    );
  };
  const build = (simulationsInProgress) => ({
    lessons: Object.fromEntries(plan.lessons.map((l) => [l.id, { visited: true, ended: true, seconds: 3600 }])),
    activities: Object.fromEntries(
      plan.lessons.flatMap((l) => l.activities).map((id) => {
        const bank = banks.get(id);
        if (bank) return [id, { done: true, score: 100, attempts: 3, data: quizData(bank) }];
        return [id, simulationsInProgress ? { done: true, score: 100, attempts: 3, data: runInProgress() } : { done: true, score: 100, attempts: 3 }];
      }),
    ),
    location: plan.lessons.at(-1).id,
    mastered: plan.modules.map((m) => m.id),
    learnerName: 'Marie-Amélie de La Tour-Dupont',
  });
  recordSize = encodeRecord(build(false)).length;
  worstSize = encodeRecord(build(true)).length;
} finally {
  await vite.close();
}
if (recordSize > BUDGET_RECORD) failures.push(`full learner record is ${recordSize} characters (budget ${BUDGET_RECORD})`);
if (worstSize > BUDGET_RECORD) failures.push(`learner record with every simulation mid-way is ${worstSize} characters (budget ${BUDGET_RECORD})`);

// Lighthouse, mobile preset, on one page of each kind, served by `astro preview`.
const lighthouseRows = [];
if (process.argv.includes('--lighthouse')) {
  const { spawn } = await import('node:child_process');
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const port = 4391;
  const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], { cwd: root, stdio: 'ignore', detached: true });
  const base = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}index.html`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const chromePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  const plan = JSON.parse(/<script type="application\/json" id="plan-data">([\s\S]*?)<\/script>/.exec(readFileSync(join(dist, 'index.html'), 'utf8'))[1]);
  const kinds = {
    accueil: 'index.html',
    plan: 'plan.html',
    glossaire: 'glossaire.html',
    module: `modules/${plan.modules[1].id}.html`,
    lancement: 'lancement.html',
    'test final': `lecons/${plan.lessons.find((l) => l.activities.includes('final'))?.id}.html`,
    résultats: 'resultats.html',
    attestation: 'attestation.html',
    'leçon texte': `lecons/${plan.lessons.find((l) => l.activities.length === 0 && !rows.find((r) => r.page === `lecons/${l.id}.html`)?.islands)?.id}.html`,
    ...Object.fromEntries(
      rows.filter((r) => r.page.startsWith('lecons/') && r.islands).slice(0, 2).map((r, i) => [`leçon interactive ${i + 1}`, r.page]),
    ),
  };
  try {
    for (const [kind, page] of Object.entries(kinds)) {
      const result = await lighthouse(`${base}${page}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
      const perf = Math.round((result?.lhr.categories.performance?.score ?? 0) * 100);
      const a11y = Math.round((result?.lhr.categories.accessibility?.score ?? 0) * 100);
      lighthouseRows.push({ kind, page, perf, a11y });
      if (perf < 95) failures.push(`Lighthouse performance ${perf} on ${page} (target 95)`);
      if (a11y < 100) failures.push(`Lighthouse accessibility ${a11y} on ${page} (target 100)`);
    }
  } finally {
    await chrome.kill();
    process.kill(-server.pid);
  }
}

const fmt = (n) => `${(n / KB).toFixed(1).padStart(6)} KB`;
console.log('JavaScript loaded per page (gzip), heaviest first:');
for (const row of rows.slice(0, 12)) console.log(`  ${fmt(row.total)}  / ${row.budget / KB} KB  ${row.page}`);
if (rows.length > 12) console.log(`  … ${rows.length - 12} more pages, lightest ${fmt(rows.at(-1).total)}`);
if (shellRow) {
  console.log(`Launch shell (lancement.html): ${fmt(shellRow.lms).trim()} in an LMS, ${fmt(shellRow.embedded).trim()} with the embedded LMS (scorm-again 1.2) / ${BUDGET_PAGE / KB} KB`);
}
console.log(`Learner record, course finished: ${recordSize} characters / ${BUDGET_RECORD}`);
console.log(`Learner record, every simulation mid-way (as saved: the most recent runs kept, the others set aside): ${worstSize} characters / ${BUDGET_RECORD}`);
if (lighthouseRows.length) {
  console.log('Lighthouse (mobile): performance / accessibility');
  for (const r of lighthouseRows) console.log(`  ${String(r.perf).padStart(3)} / ${String(r.a11y).padStart(3)}  ${r.kind} (${r.page})`);
}
if (buildSeconds !== undefined) console.log(`Cold build with the SCORM packages: ${buildSeconds.toFixed(1)} s / ${BUDGET_BUILD_S} s`);
if (testSeconds !== undefined) console.log(`npm test (lint, types, unit + coverage, build, manifests, e2e): ${(testSeconds / 60).toFixed(1)} min (goal ${GOAL_TEST_MIN} min on a quiet 2-core machine)`);
if (warnings.length) console.log(`\nOver budget (warnings, --warn-js):\n${warnings.map((f) => `  - ${f}`).join('\n')}`);
if (failures.length) {
  console.log(`\nOver budget:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log(warnings.length ? `\nOther budgets met; ${warnings.length} page(s) over their JS budget (see the warnings above).` : '\nAll budgets met.');

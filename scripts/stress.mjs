#!/usr/bin/env node
/**
 * The e2e suite under load: runs the whole Playwright suite RUNS times in a row (default 3) on the built site
 * while a CPU-bound process holds one core, then prints each run's duration and every failed test. A suite
 * that passes only on an idle machine fails here. Exits 1 when any run had a failure.
 *
 * Usage: npm run build && npm run test:stress [-- --runs 3]. Run it on an otherwise quiet machine: the burner
 * is the only load it means to add.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const argRuns = process.argv.indexOf('--runs');
const RUNS = argRuns > 0 ? Number(process.argv[argRuns + 1]) : 3;
if (!existsSync(join(root, 'dist/index.html'))) {
  console.error('test:stress: dist/ is missing: run `npm run build` first.');
  process.exit(2);
}

// One core kept busy for the whole stress run (a tight loop in its own process; killed at the end).
const burner = spawn(process.execPath, ['-e', 'for (;;) Math.sqrt(Math.random());'], { stdio: 'ignore' });
const stopBurner = () => {
  if (burner.exitCode === null) burner.kill('SIGKILL');
};
process.on('exit', stopBurner);
process.on('SIGINT', () => process.exit(130));

const results = [];
try {
  for (let run = 1; run <= RUNS; run++) {
    const report = join(mkdtempSync(join(tmpdir(), 'e2e-stress-')), 'report.json');
    const start = Date.now();
    console.log(`\n== run ${run}/${RUNS} (one core held by a CPU-bound process)`);
    const result = spawnSync('npx', ['playwright', 'test', '--reporter=dot,json'], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, CI: process.env['CI'] ?? 'true', PLAYWRIGHT_JSON_OUTPUT_NAME: report },
    });
    const seconds = (Date.now() - start) / 1000;
    const failed = [];
    let passed = 0;
    let flaky = 0;
    if (existsSync(report)) {
      const json = JSON.parse(readFileSync(report, 'utf8'));
      const visit = (suite, path) => {
        for (const spec of suite.specs ?? []) {
          for (const test of spec.tests ?? []) {
            if (test.status === 'expected') passed++;
            else if (test.status === 'flaky') flaky++;
            else if (test.status !== 'skipped') failed.push(`${spec.file}:${spec.line} › ${[...path, spec.title].join(' › ')}`);
          }
        }
        for (const child of suite.suites ?? []) visit(child, [...path, child.title].filter(Boolean));
      };
      for (const suite of json.suites ?? []) visit(suite, []);
    } else if (result.status !== 0) failed.push(`playwright exited with ${result.status} and wrote no report`);
    results.push({ run, seconds, passed, flaky, failed });
  }
} finally {
  stopBurner();
}

console.log('\n== e2e stress summary (one core held busy)');
for (const r of results) {
  console.log(`run ${r.run}: ${r.passed} passed, ${r.failed.length} failed${r.flaky ? `, ${r.flaky} flaky` : ''} in ${(r.seconds / 60).toFixed(1)} min`);
  for (const f of r.failed) console.log(`  ✗ ${f}`);
}
const totalFailed = results.reduce((n, r) => n + r.failed.length + r.flaky, 0);
const totalPassed = results.reduce((n, r) => n + r.passed, 0);
console.log(`${totalPassed} passed, ${totalFailed} failed`);
process.exit(totalFailed ? 1 : 0);

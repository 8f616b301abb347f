import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests run against the built site (`npm run build` first), served by `astro preview`.
 *
 * Browser: Debian's Chromium at /usr/bin/chromium when present (CI installs it); otherwise Playwright's own
 * Chromium, which you install once with `npx playwright install chromium`.
 */
const SYSTEM_CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const useSystemChromium = existsSync(SYSTEM_CHROMIUM);
if (!useSystemChromium) {
  console.warn(
    `[e2e] ${SYSTEM_CHROMIUM} not found: using Playwright's own Chromium. If it is missing, run \`npx playwright install chromium\` ` +
      '(or, on Debian/Ubuntu, `sudo apt-get install chromium`).',
  );
}

const PORT = Number(process.env['E2E_PORT'] ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Two workers at least, as in CI (whose 2-core machine runs them with one core held busy, 0 failure: `npm run
  // test:stress`); Playwright's default, half the cores, gives one on such a machine, and the suite takes longer.
  workers: process.env['CI'] ? 2 : Math.max(2, Math.floor(availableParallelism() / 2)),
  retries: 0,
  reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
  // Sized from durations measured on 2-core machines. On a slow one (browser actions 3–4 times dearer than on
  // the others; whole suite 18.4 min quiet) a page check takes 5–24 s and the slowest test left on this default
  // 28 s (a trainer-kit quiz question), about twice that with one core held busy: 90 s leaves room for both.
  // Longer journeys set their own time. An assertion waits up to 10 s for a frame, a hydration or a save.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'fr-FR',
    // A failed test keeps its trace (actions, console, network) and a screenshot of the end. DOM snapshots and
    // screencast frames for every action would double the suite's time on a 2-core machine (measured: module 4's
    // simulations, 26 tests, 2.1 min with them, 1.1–1.2 min without); E2E_TRACE=full records them when needed.
    trace: process.env['E2E_TRACE'] === 'full' ? 'retain-on-failure' : { mode: 'retain-on-failure', snapshots: false, screenshots: false },
    screenshot: 'only-on-failure',
    // A test on Playwright's own `test` (SCORM, trainer kit, journeys, attestation) takes its worker's context
    // again, which Playwright resets in between: tabs, routes, init scripts, fake clock, cache, and the storage of
    // every origin visited (the stand-in LMS's too). A new context per test cost ~0.9 s of CPU: those 45 tests
    // took 3.6–4.0 min with it, 3.1 min without (2 workers). A `test.use` that changes what a context is made with
    // (touch, language…) still gets a new one. The specs that only load pages keep a tab of their own
    // (`sharedTabTest`, tests/e2e/support.ts), whose reset keeps the HTTP cache warm: pages, quiz, chrome,
    // glossary and page screenshots take 2.7 min in it, 3.1 min with this reset.
    reuseContext: true,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(useSystemChromium ? { executablePath: SYSTEM_CHROMIUM } : {}),
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
  ],
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/index.html`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});

import { existsSync } from 'node:fs';
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
  ...(process.env['CI'] ? { workers: 2 } : {}),
  retries: 0,
  reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
  // Sized from durations measured on a 2-core machine with several other builds and browsers running (load
  // 15–25): a page check 6–12 s, the module 1 keyboard journey 60 s, a simulation run in one mode 20–45 s
  // (those specs allow 90 s per test). 60 s leaves twice the slowest ordinary test; an assertion waits up to
  // 10 s for a frame, a hydration or a save that a busy machine delays.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'fr-FR',
    // A failed test keeps its trace (actions, console, network) and a screenshot of the end. DOM snapshots and
    // screencast frames for every action would double the suite's time on a 2-core machine (measured: module 4's
    // simulations, 26 tests, 2.1 min with them, 1.1–1.2 min without); E2E_TRACE=full records them when needed.
    trace: process.env['E2E_TRACE'] === 'full' ? 'retain-on-failure' : { mode: 'retain-on-failure', snapshots: false, screenshots: false },
    screenshot: 'only-on-failure',
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

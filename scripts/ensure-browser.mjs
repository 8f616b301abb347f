#!/usr/bin/env node
/**
 * Makes sure the end-to-end tests have a Chromium before they start, and says exactly what to install when
 * there is none. The order is playwright.config.ts's: $CHROMIUM_PATH or Debian's /usr/bin/chromium, else
 * Playwright's own Chromium. When neither is there, Playwright's installer is tried first
 * (`npx playwright install chromium`); if it cannot download (no network, unsupported system), the script
 * stops with the commands that install one. Exits 0 when a browser is ready, 1 otherwise.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const system = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const bundled = () => {
  try {
    return chromium.executablePath();
  } catch {
    return '';
  }
};

if (existsSync(system)) process.exit(0);
if (bundled() && existsSync(bundled())) process.exit(0);

console.log(`[e2e] No Chromium found (${system}, nor Playwright's own). Trying Playwright's installer: npx playwright install chromium`);
const install = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
if (install.status === 0 && bundled() && existsSync(bundled())) process.exit(0);

console.error(`
[e2e] The end-to-end tests need Chromium, and Playwright's installer could not fetch it. Install one of:
  - Debian or Ubuntu:   sudo apt-get install chromium        (the tests use /usr/bin/chromium)
  - Playwright's build: npx playwright install --with-deps chromium
  - any other Chromium: CHROMIUM_PATH=/path/to/chromium npm test
then run the tests again.`);
process.exit(1);

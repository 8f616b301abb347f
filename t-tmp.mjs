import { chromium } from '@playwright/test';
const KIT = (await import('node:fs')).readdirSync('dist').find((f) => f.startsWith('formateur-'));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [w, h] of [[1920, 1080], [1366, 768]]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  page.on('console', (m) => m.type() !== 'log' && console.log('console', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  let t = Date.now();
  await page.goto(`http://127.0.0.1:4335/${KIT}/formateur/presentateur.html?lecon=m3-deposer-une-facture`);
  console.log('loaded', Date.now() - t);
  await page.waitForSelector('.console__where', { timeout: 60000 });
  console.log('console ready', Date.now() - t);
  await page.screenshot({ path: `/tmp/kitimg/pres${w}.png` });
  const aud = await browser.newPage({ viewport: { width: w, height: h } });
  aud.on('pageerror', (e) => console.log('pageerror', e.message));
  t = Date.now();
  await aud.goto(`http://127.0.0.1:4335/${KIT}/formateur/audience.html`);
  await aud.locator('.audience__counter').getByText(/Étape/).waitFor({ timeout: 60000 });
  console.log('audience ready', Date.now() - t);
  await aud.screenshot({ path: `/tmp/kitimg/aud${w}-a.png` });
  await page.close(); await aud.close();
}
await browser.close();

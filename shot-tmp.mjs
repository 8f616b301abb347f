import { chromium } from 'playwright';
const [,, lesson, out, w, h, actions] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: +w, height: +h }, hasTouch: +w < 500, isMobile: +w < 500 });
await page.goto(`http://127.0.0.1:4337/lecons/${lesson}.html`);
let f;
for (let i = 0; i < 50 && !f; i++) { await page.waitForTimeout(200); f = page.frames().find(fr => fr.url().includes('/lecons/') && !fr.url().includes('lancement')); }
await f.waitForLoadState('load');
await page.waitForTimeout(800);
for (const a of (actions||'').split(';').filter(Boolean)) {
  const [kind, arg] = a.split('=');
  if (kind === 'click') await f.getByRole('button', { name: arg, exact: true }).first().click();
  if (kind === 'clicklast') await f.getByRole('button', { name: arg, exact: true }).last().click();
  if (kind === 'scroll') await f.locator(arg).first().scrollIntoViewIfNeeded();
  if (kind === 'wait') await page.waitForTimeout(+arg);
  if (kind === 'key') await page.keyboard.press(arg);
  if (kind === 'fill') { const [l, v] = arg.split('|'); await f.getByLabel(l).first().fill(v); }
  if (kind === 'focus') await f.getByLabel(arg).first().focus();
}
await page.waitForTimeout(500);
await page.screenshot({ path: out });
await browser.close();

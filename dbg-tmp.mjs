import { chromium } from 'playwright';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
page.on('console', m => console.log('console', m.text()));
await page.goto(`http://127.0.0.1:4337/lecons/m3-saisir-une-facture.html`);
await page.waitForTimeout(4000);
console.log(page.url(), page.frames().map(f => f.url()));
await page.screenshot({ path: '/tmp/dbg.png' });
await browser.close();

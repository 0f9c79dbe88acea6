/**
 * `npm run screenshots`: every page type at phone and desktop widths, in light
 * and dark, plus the print layout of a policy and the comparison as PDF, into
 * `screenshots/` (not committed). Build the site first. For looking at, not
 * for asserting: the tests assert.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, LOCAL_ONLY_FLAG, QUIET_FLAGS } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';
import { PAGE_TYPES } from './lib/page-types.ts';

const SIZES = { phone: { width: 390, height: 844 }, desktop: { width: 1440, height: 900 } };
const OUT = 'screenshots';

mkdirSync(OUT, { recursive: true });
const server = await serveStatic('dist');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--headless', ...QUIET_FLAGS, LOCAL_ONLY_FLAG] });
try {
  for (const [type, path] of Object.entries(PAGE_TYPES))
    for (const [size, viewport] of Object.entries(SIZES))
      for (const scheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport, colorScheme: scheme });
        await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
        await page.waitForTimeout(300);
        await page.screenshot({ path: `${OUT}/${type}-${size}-${scheme}.png`, fullPage: size === 'desktop' ? false : true });
        await page.close();
      }
  for (const type of ['policy', 'compare'] as const) {
    const page = await browser.newPage();
    await page.goto(`${server.url}${PAGE_TYPES[type]}`, { waitUntil: 'networkidle' });
    await page.pdf({ path: `${OUT}/${type}-print.pdf`, format: 'A4', landscape: type === 'compare', printBackground: false });
    await page.close();
  }
  console.log(`Screenshots written to ${OUT}/`);
} finally {
  await browser.close();
  await server.close();
}

/**
 * `npm run screenshots`: every page type, a rights page and a law page, at
 * phone width (the whole page) and desktop width (the first screen), in light
 * and dark; the README's screenshots in both schemes; and the print layout of
 * a policy and the comparison as PDF; into `screenshots/` (not committed).
 * Build the site first. For looking at, not for asserting: the tests assert.
 *
 * `npm run screenshots -- --readme` writes the README's screenshots instead:
 * the main pages (scripts/lib/page-types.ts, README_SCREENSHOTS) at 390 and
 * 1280 px, light, the first screen of each, into docs/screenshots/ as
 * <name>-<width>.png. It refuses to replace a file already there unless
 * given --replace.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_PATH, LOCAL_ONLY_FLAG, QUIET_FLAGS } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';
import { LAW_PAGE, PAGE_TYPES, README_SCREENSHOTS, README_WIDTHS, RIGHTS_PAGE } from './lib/page-types.ts';

const { values: args } = parseArgs({
  options: { readme: { type: 'boolean', default: false }, replace: { type: 'boolean', default: false } },
});

const SIZES = { phone: { width: 390, height: 844 }, desktop: { width: 1440, height: 900 } };
/** The height of each README screenshot at its width: a phone's screen, a laptop's. */
const README_HEIGHTS: Record<(typeof README_WIDTHS)[number], number> = { 390: 844, 1280: 800 };
const OUT = 'screenshots';
const README_OUT = 'docs/screenshots';

if (!existsSync('dist/index.html')) throw new Error('Build the site first: npm run build');

/** Loads path and saves its screenshot; fullPage takes the whole page, otherwise its first screen. */
async function shoot(
  browser: Browser,
  url: string,
  file: string,
  viewport: { width: number; height: number },
  scheme: 'light' | 'dark',
  fullPage: boolean,
) {
  const page = await browser.newPage({ viewport, colorScheme: scheme, reducedMotion: 'reduce' });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(url.includes('#') ? 1500 : 300); // a link to a clause settles on it first
  await page.screenshot({ path: file, fullPage });
  await page.close();
}

const readmeFile = (name: string, width: number) => `${README_OUT}/${name}-${width}.png`;
if (args.readme && !args.replace) {
  const present = README_SCREENSHOTS.flatMap(({ name }) => README_WIDTHS.map((w) => readmeFile(name, w))).filter((f) => existsSync(f));
  if (present.length) {
    console.error(
      `Refusing to replace ${present.length} screenshot(s) already in ${README_OUT}/ (${present[0]}…): give --replace to replace them.`,
    );
    process.exit(1);
  }
}

const server = await serveStatic('dist');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--headless', ...QUIET_FLAGS, LOCAL_ONLY_FLAG] });
try {
  if (args.readme) {
    mkdirSync(README_OUT, { recursive: true });
    for (const { name, path } of README_SCREENSHOTS)
      for (const width of README_WIDTHS)
        await shoot(browser, `${server.url}${path}`, readmeFile(name, width), { width, height: README_HEIGHTS[width] }, 'light', false);
    console.log(`README screenshots written to ${README_OUT}/`);
  } else {
    mkdirSync(OUT, { recursive: true });
    const pages = { ...PAGE_TYPES, rights: RIGHTS_PAGE, law: LAW_PAGE };
    for (const [type, path] of Object.entries(pages))
      for (const [size, viewport] of Object.entries(SIZES))
        for (const scheme of ['light', 'dark'] as const)
          await shoot(browser, `${server.url}${path}`, `${OUT}/${type}-${size}-${scheme}.png`, viewport, scheme, size === 'phone');
    // The README's, in both schemes.
    for (const { name, path } of README_SCREENSHOTS)
      for (const width of README_WIDTHS)
        for (const scheme of ['light', 'dark'] as const)
          await shoot(
            browser,
            `${server.url}${path}`,
            `${OUT}/readme-${name}-${width}-${scheme}.png`,
            { width, height: README_HEIGHTS[width] },
            scheme,
            false,
          );
    for (const type of ['policy', 'compare'] as const) {
      const page = await browser.newPage();
      await page.goto(`${server.url}${PAGE_TYPES[type]}`, { waitUntil: 'networkidle' });
      await page.pdf({ path: `${OUT}/${type}-print.pdf`, format: 'A4', landscape: type === 'compare', printBackground: false });
      await page.close();
    }
    console.log(`Screenshots written to ${OUT}/`);
  }
} finally {
  await browser.close();
  await server.close();
}

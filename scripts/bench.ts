/**
 * `npm run bench`: measures the built site in headless Chromium on a local
 * server and prints a Markdown report (also written to docs/performance.md).
 * A report, not a test: these machines are noisy, so nothing here passes or
 * fails.
 *
 * 1. Search: for a set of queries, the time from the last keystroke to the
 *    results on screen (median and p95 over repeated runs), and the bytes
 *    fetched for the first query on a fresh page.
 * 2. Each page type: bytes on first load (HTML, CSS, JS; raw and as gzip
 *    would send them), the JavaScript that runs before any interaction, and
 *    the Lighthouse performance score.
 */
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_PATH, LOCAL_ONLY_FLAG, QUIET_FLAGS } from './lib/chromium.ts';
import { runLighthouse, withChrome } from './lib/lighthouse.ts';
import { serveStatic } from './lib/static-server.ts';
import { PAGE_TYPES } from './lib/page-types.ts';
import { writeSection } from './lib/report-file.ts';

const QUERIES = [
  'retention',
  'Singapore',
  'court order',
  'osobních údajů',
  'udaju',
  'sīkdatnes',
  'kartës',
  'персональных',
  'cookies',
  'удалению',
];
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

/** Types `query` into the search page and returns ms from its last keystroke (input event) to the results on screen. */
async function timeQuery(page: import('playwright-core').Page, query: string): Promise<{ ms: number; results: number }> {
  await page.evaluate(() => {
    const w = window as unknown as { __lastKey: number; __lastChange: number };
    w.__lastKey = 0;
    w.__lastChange = 0;
    // 'input', not 'keydown': characters outside the US layout (Cyrillic, ů) are typed without key events.
    document.addEventListener('input', () => (w.__lastKey = performance.now()), true);
    new MutationObserver(() => (w.__lastChange = performance.now())).observe(document.querySelector('search-page .search-results')!, {
      childList: true,
    });
  });
  await page.locator('#search-page-input').click();
  await page.keyboard.type(query, { delay: 40 });
  await page.waitForFunction(
    (q) => {
      const w = window as unknown as { __lastKey: number; __lastChange: number };
      const status = document.querySelector('search-page [role="status"]')?.textContent ?? '';
      return (
        w.__lastChange > w.__lastKey && /matching clause|No clause/.test(status) && new URLSearchParams(location.search).get('q') === q
      );
    },
    query,
    { timeout: 30_000 },
  );
  await page.waitForTimeout(300); // a later mutation would move __lastChange: wait to see the last one
  return page.evaluate(() => {
    const w = window as unknown as { __lastKey: number; __lastChange: number };
    return { ms: w.__lastChange - w.__lastKey, results: document.querySelectorAll('search-page .search-results > li').length };
  });
}

/** The scripts every page loads (the home page's): a first search is what the search page fetches beyond them. */
async function everyPageScripts(browser: Browser, baseUrl: string): Promise<Set<string>> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts = new Set<string>();
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
  });
  await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
  await context.close();
  return scripts;
}

async function searchBench(browser: Browser, baseUrl: string) {
  // A first search on a fresh page: everything the browser fetches for it beyond what every page loads
  // (the search code and the index files), and how long it takes.
  const common = await everyPageScripts(browser, baseUrl);
  const context = await browser.newContext();
  const page = await context.newPage();
  let firstQueryBytes = 0;
  let firstQueryGzip = 0;
  let firstQueryRequests = 0;
  page.on('response', async (response) => {
    const path = new URL(response.url()).pathname;
    const search = path.startsWith('/search-index/') || (response.request().resourceType() === 'script' && !common.has(path));
    if (!search) return;
    firstQueryRequests += 1;
    const body = await response.body().catch(() => Buffer.alloc(0));
    firstQueryBytes += body.length;
    // Shards are stored compressed already; a host gzips JavaScript and JSON.
    firstQueryGzip += /\.(js|json)$/.test(path) ? gzipSync(body).length : body.length;
  });
  await page.goto(`${baseUrl}/search/`);
  const cold = await timeQuery(page, QUERIES[0]!);
  await context.close();

  // Each query, typed by a reader on a page whose search engine has loaded.
  const rows: { query: string; median: number; p95: number; results: number }[] = [];
  const all: number[] = [];
  for (const query of QUERIES) {
    const times: number[] = [];
    let results = 0;
    for (let run = 0; run < RUNS; run++) {
      const ctx = await browser.newContext();
      const p = await ctx.newPage();
      await p.goto(`${baseUrl}/search/`);
      await p.locator('#search-page-input').focus(); // a reader focuses the box: the engine loads
      await p.waitForSelector('search-page[data-state="ready"]');
      const t = await timeQuery(p, query);
      times.push(t.ms);
      all.push(t.ms);
      results = t.results;
      await ctx.close();
    }
    rows.push({ query, median: percentile(times, 50), p95: percentile(times, 95), results });
  }
  return {
    rows,
    cold,
    firstQueryBytes,
    firstQueryGzip,
    firstQueryRequests,
    overallMedian: percentile(all, 50),
    overallP95: percentile(all, 95),
  };
}

async function pageBench(browser: Browser, baseUrl: string) {
  const rows: {
    type: string;
    path: string;
    html: number;
    css: number;
    js: number;
    htmlGz: number;
    cssGz: number;
    jsGz: number;
    scripts: number;
    scriptMs: number;
  }[] = [];
  for (const [type, path] of Object.entries(PAGE_TYPES)) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const bodies: { kind: string; body: Buffer }[] = [];
    page.on('response', async (response) => {
      const kind = response.request().resourceType();
      bodies.push({ kind, body: await response.body().catch(() => Buffer.alloc(0)) });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    const metrics = (await cdp.send('Performance.getMetrics')).metrics;
    const scriptSeconds = metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
    const sum = (kind: string, zip = false) =>
      bodies.filter((b) => b.kind === kind).reduce((n, b) => n + (zip ? gzipSync(b.body).length : b.body.length), 0);
    rows.push({
      type,
      path,
      html: sum('document'),
      css: sum('stylesheet'),
      js: sum('script'),
      htmlGz: sum('document', true),
      cssGz: sum('stylesheet', true),
      jsGz: sum('script', true),
      scripts: bodies.filter((b) => b.kind === 'script').length,
      scriptMs: scriptSeconds * 1000,
    });
    await context.close();
  }
  return rows;
}

async function lighthouseBench(baseUrl: string) {
  return withChrome(async (port) => {
    const scores: Record<string, number> = {};
    for (const [type, path] of Object.entries(PAGE_TYPES)) {
      const run = await runLighthouse(`${baseUrl}${path}`, port, ['performance']);
      scores[type] = Math.round((run.scores.performance ?? 0) * 100);
    }
    return scores;
  });
}

async function main() {
  if (!existsSync('dist/index.html')) throw new Error('Build the site first: npm run build');
  const server = await serveStatic('dist');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--headless', ...QUIET_FLAGS, LOCAL_ONLY_FLAG] });
  try {
    const search = await searchBench(browser, server.url);
    const pages = await pageBench(browser, server.url);
    const perf = await lighthouseBench(server.url);
    const cpu = cpus()[0]?.model ?? 'unknown CPU';
    const date = new Date().toISOString().slice(0, 10);
    const chromiumVersion = (await browser.version()) || 'unknown';
    const report = [
      `## Performance (measured ${date})`,
      '',
      `Machine: ${cpus().length} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; Chromium ${chromiumVersion}; headless, local server, no throttling. ${RUNS} runs per query.`,
      '',
      '### Search',
      '',
      `First query on a fresh page (“${QUERIES[0]}”, typed as the page loads): **${kb(search.firstQueryBytes)}** fetched in ${search.firstQueryRequests} requests as this uncompressing test server sends them, **${kb(search.firstQueryGzip)}** from a host that compresses JavaScript and JSON (the search code, the manifest, the shards the words fall in, already compressed, and the chunks of the clauses shown), results **${search.cold.ms.toFixed(0)} ms** after the last keystroke.`,
      '',
      'Each query below is typed on a fresh page once its search engine has loaded (it loads when the reader focuses a search box, or when the search page is idle):',
      '',
      '| query | median ms | p95 ms | results |',
      '| --- | ---: | ---: | ---: |',
      ...search.rows.map((r) => `| ${r.query} | ${r.median.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.results} |`),
      '',
      `Over all queries and runs: median **${search.overallMedian.toFixed(0)} ms**, p95 **${search.overallP95.toFixed(0)} ms** from the last keystroke to results on screen.`,
      '',
      '### Page types (first load)',
      '',
      '| page | HTML | CSS | JS | total (gzip) | scripts run before interaction | JS time | Lighthouse performance |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...pages.map(
        (r) =>
          `| ${r.type} (${r.path}) | ${kb(r.html)} (${kb(r.htmlGz)} gz) | ${kb(r.css)} (${kb(r.cssGz)} gz) | ${kb(r.js)} (${kb(r.jsGz)} gz) | ${kb(r.htmlGz + r.cssGz + r.jsGz)} | ${r.scripts} | ${r.scriptMs.toFixed(1)} ms | ${perf[r.type]} |`,
      ),
      '',
    ].join('\n');
    console.log(report);
    writeSection('docs/performance.md', 'speed', report);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();

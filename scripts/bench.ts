/**
 * `npm run bench`: measures the built site as a reader on a slow phone gets
 * it, served by nginx with the configuration `npm run server-config -- nginx`
 * generates (the README's recipe for a plain web server, gzip and all), and
 * writes a Markdown report to docs/performance.md. A report, not a test: these
 * machines are noisy, so nothing here passes or fails; the goals are marked
 * met or not, with the figure.
 *
 * 1. Every policy page, and one page of each other kind (scripts/lib/page-types.ts):
 *    - Lighthouse's performance score and total blocking time under its
 *      default configuration, which is a mobile phone: the screen emulated
 *      and the network and CPU throttled by simulation (4× CPU slowdown);
 *      3 runs a page (--runs), the median of each, and the machine's load
 *      average before each run. A run that fails (NO_NAVSTART and the like)
 *      is retried up to 3 times, and the report says so.
 *    - The bytes on first load: HTML, CSS and JavaScript as nginx sends them
 *      compressed, and as files; the scripts that run before any interaction
 *      and their time.
 * 2. Search: for a set of queries, the time from the last keystroke to the
 *    results on screen (median and p95 over repeated runs), and the bytes
 *    fetched for the first query on a fresh page.
 *
 *   npm run bench                                  # everything; writes docs/performance.md
 *   npm run bench -- --only /policies/caviar-kz/   # those pages only, no search; prints, writes nothing
 *   npm run bench -- --runs 1                      # fewer Lighthouse runs a page
 */
import { existsSync } from 'node:fs';
import { get } from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_PATH, LOCAL_ONLY_FLAG, QUIET_FLAGS } from './lib/chromium.ts';
import { CHECK_ONLY, runLighthouse, withChrome } from './lib/lighthouse.ts';
import { serveWithNginx } from './lib/nginx-host.ts';
import { benchPages, type BenchPage } from './lib/page-types.ts';
import { writeSection } from './lib/report-file.ts';
import { GZIP } from './server-config/nginx.ts';

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
/** Runs per search query. */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** Attempts after a failed Lighthouse run. */
const RETRIES = 3;

/** The goals for a policy page on a slow phone; the report marks each page against them. */
const GOALS = {
  /** HTML, CSS and JavaScript of a first load, as nginx sends them compressed. */
  compressedBytes: 60 * 1024,
  /** Lighthouse performance, median of the runs. */
  score: 95,
  /** Total blocking time, median of the runs: below this. */
  tbtMs: 200,
} as const;

const { values: args } = parseArgs({
  options: { only: { type: 'string', multiple: true }, runs: { type: 'string', default: '3' } },
});
const LIGHTHOUSE_RUNS = Number(args.runs);
if (!Number.isInteger(LIGHTHOUSE_RUNS) || LIGHTHOUSE_RUNS < 1) throw new Error(`--runs must be a whole number from 1, not ${args.runs}`);

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const load1 = () => loadavg()[0]!;
const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const median = (xs: number[]) => (xs.length ? percentile(xs, 50) : NaN);
const mark = (ok: boolean) => (ok ? '✓' : '✗');

/** The bytes of a response's body as the server sends it to a browser that accepts gzip (not unpacked). */
function wireBytes(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => resolve(bytes));
      response.on('error', reject);
    }).on('error', reject);
  });
}

// ---------------------------------------------------------------- Lighthouse

interface LighthouseFigures {
  scores: number[];
  tbts: number[];
  lcps: number[];
  loads: number[];
  /** Why an attempt failed, once per failed attempt. */
  retries: string[];
  /** Runs that failed every attempt: the medians are of the others. */
  failed: number;
  settings?: { lighthouse: string; formFactor: string; cpu: number; rttMs: number; kbps: number; width: number; height: number };
}

/**
 * One Lighthouse run in a fresh Chromium, retried (up to RETRIES times) when it reports a runtime error or no
 * score; a run that fails every attempt is counted, not fatal, so one page cannot lose the whole report.
 */
async function lighthouseRun(url: string, figures: LighthouseFigures): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const load = load1();
    let failure: string;
    try {
      const run = await withChrome((port) => runLighthouse(url, port, ['performance'], CHECK_ONLY));
      const { lhr } = run;
      const score = run.scores.performance;
      const tbt = lhr.audits['total-blocking-time']?.numericValue;
      const lcp = lhr.audits['largest-contentful-paint']?.numericValue;
      if (!lhr.runtimeError && typeof score === 'number' && typeof tbt === 'number' && typeof lcp === 'number') {
        figures.scores.push(Math.round(score * 100));
        figures.tbts.push(tbt);
        figures.lcps.push(lcp);
        figures.loads.push(load);
        const s = lhr.configSettings;
        figures.settings ??= {
          lighthouse: lhr.lighthouseVersion,
          formFactor: s.formFactor,
          cpu: s.throttling.cpuSlowdownMultiplier ?? 1,
          rttMs: s.throttling.rttMs ?? 0,
          kbps: s.throttling.throughputKbps ?? 0,
          width: s.screenEmulation.width ?? 0,
          height: s.screenEmulation.height ?? 0,
        };
        return;
      }
      failure = lhr.runtimeError?.code ?? (typeof score === 'number' ? 'no TBT or LCP' : 'no score');
    } catch (error) {
      failure = (error as Error).message.split('\n')[0]!.slice(0, 80);
    }
    figures.retries.push(failure);
    if (attempt >= RETRIES) {
      figures.failed += 1;
      console.error(`Lighthouse on ${url}: ${failure}; failed ${attempt + 1} times, run left out`);
      return;
    }
    console.error(`Lighthouse on ${url}: ${failure}; retrying (${attempt + 1} of ${RETRIES})`);
  }
}

async function lighthouseBench(baseUrl: string, pages: readonly BenchPage[]): Promise<Map<string, LighthouseFigures>> {
  const all = new Map<string, LighthouseFigures>();
  for (const { path } of pages) {
    const figures: LighthouseFigures = { scores: [], tbts: [], lcps: [], loads: [], retries: [], failed: 0 };
    for (let run = 0; run < LIGHTHOUSE_RUNS; run++) await lighthouseRun(`${baseUrl}${path}`, figures);
    console.error(
      `${path}: performance ${figures.scores.join(', ')}; TBT ${figures.tbts.map((t) => t.toFixed(0)).join(', ')} ms; load ${figures.loads.map((l) => l.toFixed(2)).join(', ')}`,
    );
    all.set(path, figures);
  }
  return all;
}

// ---------------------------------------------------------------- bytes

interface PageBytes {
  html: number;
  css: number;
  js: number;
  htmlGz: number;
  cssGz: number;
  jsGz: number;
  /** Anything else the first load fetched (icons, data), as sent. */
  otherGz: number;
  scripts: number;
  scriptMs: number;
}

const KINDS: Record<string, 'html' | 'css' | 'js'> = { document: 'html', stylesheet: 'css', script: 'js' };

async function pageBytes(browser: Browser, baseUrl: string, path: string): Promise<PageBytes> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const loads: Promise<{ kind: string; url: string; body: number }>[] = [];
  page.on('response', (response) => {
    const kind = response.request().resourceType();
    loads.push(
      response
        .body()
        .catch(() => Buffer.alloc(0))
        .then((body) => ({ kind, url: response.url(), body: body.length })),
    );
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  const metrics = (await cdp.send('Performance.getMetrics')).metrics;
  await context.close();
  const row: PageBytes = { html: 0, css: 0, js: 0, htmlGz: 0, cssGz: 0, jsGz: 0, otherGz: 0, scripts: 0, scriptMs: 0 };
  for (const { kind, url, body } of await Promise.all(loads)) {
    const sent = await wireBytes(url);
    const key = KINDS[kind];
    if (key) {
      row[key] += body;
      row[`${key}Gz`] += sent;
    } else row.otherGz += sent;
    if (kind === 'script') row.scripts += 1;
  }
  row.scriptMs = (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  return row;
}

// ---------------------------------------------------------------- search

/** Types `query` into the search page and returns ms from its last keystroke (input event) to the results on screen. */
async function timeQuery(page: Page, query: string): Promise<{ ms: number; results: number }> {
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
  const fetched: Promise<{ url: string; body: number }>[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    const search = path.startsWith('/search-index/') || (response.request().resourceType() === 'script' && !common.has(path));
    if (search) fetched.push(response.body().then((b) => ({ url: response.url(), body: b.length })));
  });
  await page.goto(`${baseUrl}/search/`);
  const cold = await timeQuery(page, QUERIES[0]!);
  await context.close();
  const firstQuery = await Promise.all(fetched);
  const firstQueryBytes = firstQuery.reduce((n, f) => n + f.body, 0);
  let firstQuerySent = 0;
  for (const { url } of firstQuery) firstQuerySent += await wireBytes(url);

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
    rows.push({ query, median: median(times), p95: percentile(times, 95), results });
  }
  return {
    rows,
    cold,
    firstQueryBytes,
    firstQuerySent,
    firstQueryRequests: firstQuery.length,
    overallMedian: median(all),
    overallP95: percentile(all, 95),
  };
}

// ---------------------------------------------------------------- report

type SearchFigures = Awaited<ReturnType<typeof searchBench>>;

interface PageFigures extends BenchPage {
  bytes: PageBytes;
  lighthouse: LighthouseFigures;
}

const sent = (b: PageBytes) => b.htmlGz + b.cssGz + b.jsGz;
const label = (p: BenchPage) => (p.type === 'policy' ? p.path : `${p.type} (${p.path})`);

function goalTable(pages: readonly PageFigures[]): string[] {
  return [
    `| page | HTML+CSS+JS compressed (≤ ${GOALS.compressedBytes / 1024} KB) | Lighthouse mobile, median (≥ ${GOALS.score}) | total blocking time, median (< ${GOALS.tbtMs} ms) |`,
    '| --- | ---: | ---: | ---: |',
    ...pages.map((p) => {
      const bytes = sent(p.bytes);
      const score = median(p.lighthouse.scores);
      const tbt = median(p.lighthouse.tbts);
      if (!p.lighthouse.scores.length)
        return `| ${label(p)} | ${mark(bytes <= GOALS.compressedBytes)} ${kb(bytes)} | no run succeeded | no run succeeded |`;
      return `| ${label(p)} | ${mark(bytes <= GOALS.compressedBytes)} ${kb(bytes)} | ${mark(score >= GOALS.score)} ${score} | ${mark(tbt < GOALS.tbtMs)} ${tbt.toFixed(0)} ms |`;
    }),
  ];
}

function lighthouseTable(pages: readonly PageFigures[]): string[] {
  return [
    '| page | scores | median | total blocking time, ms | median | largest contentful paint, median | load average before each run | failed attempts |',
    '| --- | --- | ---: | --- | ---: | ---: | --- | --- |',
    ...pages.map(({ lighthouse: l, ...p }) => {
      const retried = l.retries.length
        ? `${l.retries.length}× (${[...new Set(l.retries)].join(', ')})${l.failed ? `; ${l.failed} run${l.failed === 1 ? '' : 's'} failed every attempt, left out` : ''}`
        : '–';
      return `| ${label(p)} | ${l.scores.join(', ')} | ${median(l.scores)} | ${l.tbts.map((t) => t.toFixed(0)).join(', ')} | ${median(l.tbts).toFixed(0)} ms | ${(median(l.lcps) / 1000).toFixed(2)} s | ${l.loads.map((x) => x.toFixed(2)).join(', ')} | ${retried} |`;
    }),
  ];
}

function bytesTable(pages: readonly PageFigures[]): string[] {
  return [
    '| page | HTML | CSS | JS | HTML+CSS+JS | anything else | scripts run before interaction | JS time |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...pages.map(
      ({ bytes: b, ...p }) =>
        `| ${label(p)} | ${kb(b.htmlGz)} (${kb(b.html)}) | ${kb(b.cssGz)} (${kb(b.css)}) | ${kb(b.jsGz)} (${kb(b.js)}) | **${kb(sent(b))}** (${kb(b.html + b.css + b.js)}) | ${kb(b.otherGz)} | ${b.scripts} | ${b.scriptMs.toFixed(1)} ms |`,
    ),
  ];
}

function searchSection(search: SearchFigures): string[] {
  return [
    '### Search',
    '',
    `First query on a fresh page (“${QUERIES[0]}”, typed as the page loads): **${kb(search.firstQuerySent)}** as nginx sends it, in ${search.firstQueryRequests} requests (${kb(search.firstQueryBytes)} as files: the search code, the manifest, the shards the words fall in, stored compressed and sent as they are, and the chunks of the clauses shown), results **${search.cold.ms.toFixed(0)} ms** after the last keystroke. Timed without throttling, on this machine's CPU.`,
    '',
    'Each query below is typed on a fresh page once its search engine has loaded (it loads when the reader focuses a search box, or when the search page is idle):',
    '',
    '| query | median ms | p95 ms | results |',
    '| --- | ---: | ---: | ---: |',
    ...search.rows.map((r) => `| ${r.query} | ${r.median.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.results} |`),
    '',
    `Over all queries and runs: median **${search.overallMedian.toFixed(0)} ms**, p95 **${search.overallP95.toFixed(0)} ms** from the last keystroke to results on screen.`,
    '',
  ];
}

function report(
  pages: readonly PageFigures[],
  search: SearchFigures | null,
  context: { chromium: string; loadStart: number; loadEnd: number },
) {
  const s = pages.find((p) => p.lighthouse.settings)?.lighthouse.settings;
  const retries = pages.reduce((n, p) => n + p.lighthouse.retries.length, 0);
  const policies = pages.filter((p) => p.type === 'policy');
  const policyMet = policies.filter(
    (p) => sent(p.bytes) <= GOALS.compressedBytes && median(p.lighthouse.scores) >= GOALS.score && median(p.lighthouse.tbts) < GOALS.tbtMs,
  ).length;
  return [
    `## Performance (measured ${new Date().toISOString().slice(0, 10)})`,
    '',
    `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB; load average (1 minute) ${context.loadStart.toFixed(2)} at the start, ${context.loadEnd.toFixed(2)} at the end; Node ${process.version}; Chromium ${context.chromium}; Lighthouse ${s?.lighthouse ?? '?'}. The site is served by nginx with the configuration \`npm run server-config -- nginx\` generates (gzip level ${GZIP.level}, from ${GZIP.minLength} bytes).`,
    '',
    `### Goals, on a slow phone`,
    '',
    `Lighthouse's default configuration, which is a mobile phone: ${s ? `a ${s.width} × ${s.height} screen, the CPU slowed ${s.cpu}× and a ${s.rttMs} ms, ${(s.kbps / 1024).toFixed(1)} Mbit/s network, simulated (its estimate from an unthrottled load)` : 'mobile, simulated throttling'}; ${LIGHTHOUSE_RUNS} run${LIGHTHOUSE_RUNS === 1 ? '' : 's'} a page, each in a fresh Chromium, and the median. Total blocking time is the main thread's long tasks as observed × the slowdown, so it rises with the machine's load: read it with the load average beside it. The goals are set for a policy page and shown for every page; ${policyMet} of ${policies.length} policy pages meet all three. A report, not a test: nothing fails.`,
    '',
    ...goalTable(pages),
    '',
    '### Lighthouse (mobile)',
    '',
    `Every run, with the load average before it${retries ? `; ${retries} attempt${retries === 1 ? '' : 's'} failed, each retried up to ${RETRIES} times a run (named in the last column)` : '; no attempt failed'}.`,
    '',
    ...lighthouseTable(pages),
    '',
    '### Bytes on first load',
    '',
    `As nginx sends them compressed, and in brackets as files; “anything else” is what the page also fetches on loading (the icon; on the search page, which loads its engine when idle, the index's files), as sent. Loaded in Chromium without throttling, ${pages.length} pages.`,
    '',
    ...bytesTable(pages),
    '',
    ...(search ? searchSection(search) : []),
  ].join('\n');
}

async function main() {
  if (!existsSync('dist/index.html')) throw new Error('Build the site first: npm run build');
  const all = benchPages('dist');
  const pages = args.only ? all.filter((p) => args.only!.includes(p.path)) : all;
  if (args.only && pages.length !== args.only.length)
    throw new Error(`--only: not a page the bench measures: ${args.only.filter((o) => !all.some((p) => p.path === o)).join(', ')}`);
  const loadStart = load1();
  const server = await serveWithNginx('dist');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--headless', ...QUIET_FLAGS, LOCAL_ONLY_FLAG] });
  try {
    // Lighthouse first, while nothing else of the bench has run.
    const lighthouse = await lighthouseBench(server.url, pages);
    const figures: PageFigures[] = [];
    for (const page of pages)
      figures.push({ ...page, bytes: await pageBytes(browser, server.url, page.path), lighthouse: lighthouse.get(page.path)! });
    const search = args.only ? null : await searchBench(browser, server.url);
    const text = report(figures, search, { chromium: browser.version() || 'unknown', loadStart, loadEnd: load1() });
    console.log(text);
    if (args.only) console.error('--only: a partial run; docs/performance.md is left as it is.');
    else writeSection('docs/performance.md', 'speed', text);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();

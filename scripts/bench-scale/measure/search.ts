/**
 * A reader's first search, in headless Chromium against the built site on a
 * local static server: /search/ is opened in a fresh browser context (cold
 * cache) and left until its search index is ready (the page loads the
 * manifest when idle, as a reader takes that long to start typing); then the
 * query is typed. Measured:
 *
 * - the time from the box's input event to the first frame whose status
 *   line reports the results (the median of several runs);
 * - every file fetched from opening the page to the results: bytes as
 *   served (bodies; this server does not compress), and as a compressing
 *   host would send them: text files (HTML, CSS, JS, JSON) gzipped, the
 *   index's .bin files as they are, since they are stored compressed.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_PATH, LOCAL_ONLY_FLAG, QUIET_FLAGS } from '../../lib/chromium.ts';
import { serveStatic } from '../../lib/static-server.ts';
import { isCompressed, SEARCH_BASE } from '../../../src/lib/search/index-format.ts';

export interface Fetched {
  readonly requests: number;
  readonly servedBytes: number;
  readonly compressedBytes: number;
}

export interface SearchMeasure {
  readonly ok: boolean;
  readonly error: string | null;
  readonly query: string;
  /** The status line once the results showed. */
  readonly status: string;
  /** Typed query to results, each run, in milliseconds. */
  readonly runsMs: readonly number[];
  readonly medianMs: number | null;
  /** Everything fetched from opening /search/ to the results (the median run's). */
  readonly total: Fetched | null;
  /** The same, by kind of file. */
  readonly byKind: Readonly<Record<string, Fetched>>;
}

const TEXT = /\.(html|css|js|mjs|json|svg|txt|xml|csv)$/;

/** Which part of the first search a path is. */
export function kindOf(path: string): string {
  if (path.startsWith(SEARCH_BASE)) {
    const part = path.slice(SEARCH_BASE.length).split('/')[0]!;
    return (
      {
        'manifest.json': 'index: manifest',
        terms: 'index: term shards (.bin)',
        tails: 'index: tails (.bin)',
        docs: 'index: clause chunks (JSON)',
      }[part] ?? 'index: other'
    );
  }
  if (path.endsWith('/') || path.endsWith('.html')) return 'the /search/ page (HTML)';
  if (path.endsWith('.css')) return 'CSS';
  if (/\.m?js$/.test(path)) return 'scripts (JS)';
  return 'other';
}

/** The file in `dist` a request path is served from, if any. */
function fileFor(dist: string, path: string): string | null {
  let file: string;
  try {
    file = join(dist, decodeURIComponent(path));
  } catch {
    return null;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** A file's size as served, and as a compressing host sends it. */
function weigh(file: string, path: string): { served: number; compressed: number } {
  const raw = readFileSync(file);
  const compressed = TEXT.test(file) && !isCompressed(path) ? Math.min(raw.length, gzipSync(raw).length) : raw.length;
  return { served: raw.length, compressed };
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? null;

/** One first search in a fresh context: the time and what was fetched. */
async function firstSearch(browser: Browser, base: string, dist: string, query: string) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const finished: { path: string; at: number }[] = [];
    // When the response ended, by the browser's clock (the page's clock below is the same one); Node hears of it later.
    context.on('requestfinished', (request) => {
      const t = request.timing();
      finished.push({
        path: new URL(request.url()).pathname,
        at: t.startTime > 0 && t.responseEnd >= 0 ? t.startTime + t.responseEnd : Date.now(),
      });
    });
    const page = await context.newPage();
    await page.goto(`${base}/search/`, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForSelector('search-page[data-state="ready"]', { state: 'attached', timeout: 120_000 });
    await page.evaluate(() => {
      const w = window as unknown as Record<string, number | undefined>;
      document
        .querySelector('#search-page-input')!
        .addEventListener('input', () => (w['__typedAt'] ??= performance.now()), { once: true, capture: true });
    });
    await page.locator('#search-page-input').fill(query);
    await page.waitForFunction(
      () => {
        const w = window as unknown as Record<string, number | undefined>;
        if (!/matching clause|No clause matches/i.test(document.querySelector('search-page [role="status"]')?.textContent ?? ''))
          return false;
        w['__doneAt'] ??= performance.now();
        return true;
      },
      null,
      { timeout: 120_000, polling: 'raf' },
    );
    const seen = await page.evaluate(() => {
      const w = window as unknown as Record<string, number>;
      return {
        typedAt: w['__typedAt']!,
        doneAt: w['__doneAt']!,
        origin: performance.timeOrigin,
        status: document.querySelector('search-page [role="status"]')!.textContent ?? '',
      };
    });
    await page.waitForTimeout(300); // the last finished-request events
    const until = seen.origin + seen.doneAt;
    const byKind: Record<string, { requests: number; servedBytes: number; compressedBytes: number }> = {};
    for (const f of finished.filter((x) => x.at <= until)) {
      const file = fileFor(dist, f.path);
      const { served, compressed } = file ? weigh(file, f.path) : { served: 0, compressed: 0 };
      const k = (byKind[kindOf(f.path)] ??= { requests: 0, servedBytes: 0, compressedBytes: 0 });
      k.requests += 1;
      k.servedBytes += served;
      k.compressedBytes += compressed;
    }
    return { ms: seen.doneAt - seen.typedAt, status: seen.status.trim(), byKind };
  } finally {
    await context.close();
  }
}

/** Sums the kinds into a total. */
function totalOf(byKind: Readonly<Record<string, Fetched>>): Fetched {
  const all = Object.values(byKind);
  const sum = (f: (x: Fetched) => number) => all.reduce((n, x) => n + f(x), 0);
  return { requests: sum((x) => x.requests), servedBytes: sum((x) => x.servedBytes), compressedBytes: sum((x) => x.compressedBytes) };
}

/** Serves `dist` and measures `runs` first searches for `query`. */
export async function measureFirstSearch(dist: string, query: string, runs: number): Promise<SearchMeasure> {
  const failed = (error: string): SearchMeasure => ({
    ok: false,
    error,
    query,
    status: '',
    runsMs: [],
    medianMs: null,
    total: null,
    byKind: {},
  });
  if (!existsSync(CHROMIUM_PATH)) return failed(`no Chromium at ${CHROMIUM_PATH}; set CHROMIUM_PATH or run npm run test:setup`);
  const server = await serveStatic(dist);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', ...QUIET_FLAGS, LOCAL_ONLY_FLAG],
    timeout: 60_000,
  });
  const done: Awaited<ReturnType<typeof firstSearch>>[] = [];
  let error: string | null = null;
  try {
    for (let run = 0; run < runs; run++) done.push(await firstSearch(browser, server.url, dist, query));
  } catch (e) {
    error = e instanceof Error ? e.message.split('\n')[0]! : String(e);
  } finally {
    await browser.close();
    await server.close();
  }
  if (done.length === 0) return failed(error ?? 'no run finished');
  const mid = [...done].sort((a, b) => a.ms - b.ms)[Math.floor(done.length / 2)]!;
  return {
    ok: error === null && /matching clause/.test(mid.status),
    error,
    query,
    status: mid.status,
    runsMs: done.map((d) => d.ms),
    medianMs: median(done.map((d) => d.ms)),
    total: totalOf(mid.byKind),
    byKind: mid.byKind,
  };
}

/**
 * The relevance benchmark in Chromium (`npm run bench:relevance -- --browser`):
 * the built site served as a static host serves it, each query typed into
 * /search/ as a reader types it, and the result links read in the order the
 * reader meets them: the first page of results as they stand once typing
 * stops, then, when that page holds no right answer and the page offers more,
 * the results "Show more results" adds. Scored as the Node runner scores.
 */
import { existsSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { HIGHLIGHT_PARAM } from '../../src/lib/search/search.ts';
import { CHROMIUM_PATH, LOCAL_ONLY_FLAG, QUIET_FLAGS } from '../lib/chromium.ts';
import { serveStatic } from '../lib/static-server.ts';
import type { FileRun } from './report.ts';
import { clauseRef, resultOf, RESULTS_READ, type RelevanceQuery } from './scoring.ts';

/** Milliseconds between keystrokes: a quick reader. */
const KEY_DELAY = 30;
/** Results count as settled once nothing in the results or the status has changed for this long. */
const QUIET_MS = 400;

/** Serves `root` and gives `task` a fresh page in headless Chromium on it, closing both after. */
export async function withPage<T>(root: string, task: (page: Page, baseUrl: string) => Promise<T>): Promise<T> {
  const server = await serveStatic(root);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--headless', ...QUIET_FLAGS, LOCAL_ONLY_FLAG] });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    return await task(page, server.url);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Starts noting when the search page's results or status last changed. */
async function watchResults(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __lastChange: number };
    w.__lastChange = performance.now();
    const seen = () => (w.__lastChange = performance.now());
    const observer = new MutationObserver(seen);
    for (const selector of ['search-page .search-results', 'search-page .search-status'])
      observer.observe(document.querySelector(selector)!, { childList: true, subtree: true, characterData: true });
    document.addEventListener('input', seen, true);
  });
}

/**
 * Waits until the results are those of `query`: the status is final, every
 * result's highlight names the whole query (a link from a search for the
 * query's first letters names those), and nothing has changed for QUIET_MS.
 */
async function settled(page: Page, query: string): Promise<void> {
  await page.waitForFunction(
    ({ q, quiet, param }) => {
      const w = window as unknown as { __lastChange: number };
      const status = document.querySelector('search-page .search-status')?.textContent ?? '';
      const links = [...document.querySelectorAll<HTMLAnchorElement>('search-page .search-hit-link')];
      const forQuery = links.every((a) => (new URL(a.href).searchParams.get(param) ?? q) === q);
      const final = status.includes(`No clause matches “${q}”`) || (/matching clause/.test(status) && links.length > 0 && forQuery);
      return final && performance.now() - w.__lastChange > quiet;
    },
    { q: query.trim(), quiet: QUIET_MS, param: HIGHLIGHT_PARAM },
    { timeout: 30_000, polling: 100 },
  );
}

/** The clauses the result links point at, in page order. */
const shownClauses = async (page: Page): Promise<string[]> =>
  (await page.locator('search-page .search-hit-link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))).map(
    clauseRef,
  );

/** Types `query` into a fresh search page and returns the clauses a reader meets, best first. */
export async function typeQuery(page: Page, baseUrl: string, query: RelevanceQuery): Promise<string[]> {
  await page.goto(`${baseUrl}/search/`);
  await page.locator('#search-page-input').focus(); // a reader focuses the box: the engine loads
  await page.waitForSelector('search-page[data-state="ready"]');
  await watchResults(page);
  await page.keyboard.type(query.query, { delay: KEY_DELAY });
  await settled(page, query.query);
  const first = await shownClauses(page);
  const more = page.locator('search-page .search-show-more');
  if (first.some((id) => query.answers.includes(id)) || !(await more.isVisible())) return first;
  await more.click();
  await page.waitForFunction((n) => document.querySelectorAll('search-page .search-hit-link').length > n, first.length, {
    timeout: 30_000,
  });
  await settled(page, query.query);
  const later = (await shownClauses(page)).filter((id) => !first.includes(id));
  return [...first, ...later].slice(0, RESULTS_READ);
}

/** Runs every file's queries on the built site in `dist`. */
export async function runInBrowser(
  sets: readonly { file: string; queries: readonly RelevanceQuery[] }[],
  dist = 'dist',
): Promise<FileRun[]> {
  if (!existsSync(`${dist}/search/index.html`)) throw new Error(`No built site in ${dist}/: run npm run build first`);
  return withPage(dist, async (page, baseUrl) => {
    const runs: FileRun[] = [];
    for (const { file, queries } of sets) {
      const results = [];
      for (const query of queries) results.push(resultOf(query, await typeQuery(page, baseUrl, query)));
      runs.push({ file, results });
    }
    return runs;
  });
}

/**
 * The comparison, the topic pages and the open data, against the built site:
 * every evidence link lands on a clause that exists, rows have anchors, the
 * filters work, and the published JSON validates against its published schema.
 */
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { loadLibrary } from '../../src/lib/policy/library-fs.ts';
import { ASPECTS, TOPICS } from '../../src/lib/taxonomy.ts';
import { PHONE, useBrowser } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const library = loadLibrary({ root: '.' });
const site = useBrowser(baseUrl);

/** The ids present on each policy page, read from the built pages themselves. */
const idsByPage = new Map<string, Set<string>>();
async function idsOn(page: Page, path: string): Promise<Set<string>> {
  if (!idsByPage.has(path)) {
    const response = await page.goto(`${baseUrl}${path}`);
    expect(response?.status(), path).toBe(200);
    idsByPage.set(path, new Set(await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id))));
  }
  return idsByPage.get(path)!;
}

async function checkClauseLinks(page: Page, from: string): Promise<number> {
  await page.goto(`${baseUrl}${from}`);
  const hrefs = await page.locator('main a[href^="/policies/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  const clauseLinks = hrefs.filter((h) => h.includes('#'));
  const checker = await page.context().newPage();
  for (const href of new Set(clauseLinks)) {
    const [path, id] = href.split('#') as [string, string];
    expect((await idsOn(checker, path)).has(id), `${from} → ${href}`).toBe(true);
  }
  await checker.close();
  return clauseLinks.length;
}

test('every evidence link on /compare/ lands on an existing clause', async () => {
  const { page } = await site.open();
  const cited = library.reduce((n, p) => n + Object.values(p.findings).reduce((m, f) => m + f.clauses.length, 0), 0);
  expect(await checkClauseLinks(page, '/compare/')).toBeGreaterThanOrEqual(cited);
});

test('every clause link on every topic page lands on an existing clause', async () => {
  const { page } = await site.open();
  let total = 0;
  for (const topic of TOPICS) total += await checkClauseLinks(page, `/topics/${topic.id}/`);
  const tagged = library.reduce((n, p) => n + p.clauses.reduce((m, c) => m + c.topics.length, 0), 0);
  expect(total).toBeGreaterThanOrEqual(tagged);
});

test('the table is a real table: a header per policy and per aspect, and an anchor per row', async () => {
  const { page } = await site.open();
  await page.goto(`${baseUrl}/compare/#retention-period`);
  const table = page.getByRole('table');
  expect(await table.getByRole('columnheader').count()).toBe(library.length + 1);
  for (const aspect of ASPECTS) {
    const row = page.locator(`tr[id="${aspect.id}"]`);
    expect(await row.count(), aspect.id).toBe(1);
    expect(await row.locator('th[scope="row"]').textContent()).toContain(aspect.label);
    expect(await row.locator('td').count()).toBe(library.length);
  }
  expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('retention-period');
  // A not-stated cell says so in words.
  const notStated = page.locator('td[data-status="not-stated"]').first();
  expect(await notStated.textContent()).toContain('Not stated');
});

test('filters: one group, or only the rows where the policies differ', async () => {
  const { page } = await site.open();
  await page.goto(`${baseUrl}/compare/`);
  const visibleRows = () => page.locator('tbody tr[data-group]:visible').count();
  expect(await visibleRows()).toBe(ASPECTS.length);
  await page.getByLabel('Only rows where the policies differ').check();
  const differing = ASPECTS.filter((a) => new Set(library.map((p) => p.findings[a.id].status)).size > 1).length;
  await expect.poll(visibleRows).toBe(differing);
  await page.getByLabel('Only rows where the policies differ').uncheck();
  await page.getByRole('combobox', { name: 'Show' }).selectOption('rights');
  await expect.poll(visibleRows).toBe(ASPECTS.filter((a) => a.group === 'rights').length);
  expect(await page.getByRole('status').filter({ hasText: 'Showing' }).textContent()).toContain(`of ${ASPECTS.length} aspects`);
});

test('on a phone the aspect column stays in view while the table scrolls sideways', async () => {
  const { page } = await site.open({ viewport: PHONE });
  await page.goto(`${baseUrl}/compare/`);
  const scroller = page.locator('.table-scroll');
  await scroller.evaluate((el) => (el.scrollLeft = 400));
  const header = await page.locator('tr[id="retention-period"] th').boundingBox();
  const box = await scroller.boundingBox();
  expect(header!.x).toBeGreaterThanOrEqual(box!.x - 1);
  expect(header!.x).toBeLessThan(box!.x + 10);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});

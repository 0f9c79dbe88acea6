/**
 * Search, in Chromium against the built site: queries in English and in each
 * source language land on the right clause; diacritics and Russian word forms
 * are forgiven; filters narrow; the keyboard alone works; nothing leaves
 * localhost; and without JavaScript the page says so plainly.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { loadLibrary } from '../../src/lib/policy/library-fs.ts';
import { launchBrowser, openPage, PHONE } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const library = loadLibrary({ root: '.' });
const clause = (slug: string, id: string) => library.find((p) => p.slug === slug)!.clauses.find((c) => c.id === id)!;
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Runs a query on /search/ and returns the result links (without the highlight parameter). */
async function search(page: Page, query: string, extra = ''): Promise<{ hrefs: string[]; status: string }> {
  await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(query)}${extra}`);
  const status = page.locator('search-page [role="status"]');
  await expect.poll(async () => (await status.textContent()) ?? '', { timeout: 15_000 }).toMatch(/matching clause|No clause/);
  const hrefs = await page.locator('.search-results a.search-hit-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  return { hrefs, status: (await status.textContent()) ?? '' };
}
/** The number of matching clauses the status line reports. */
const totalIn = (status: string) => Number(/^([\d,]+) matching clause/.exec(status)?.[1]?.replace(/,/g, '') ?? NaN);
const withoutHighlight = (href: string) => href.replace(/\?[^#]*/, '');

describe.each([
  // [query, policy slug, clause id] — English translations and each source language.
  ['Singapore', 'clsmart-cz', 'transfers-china-singapore'],
  ['court order', 'clsmart-cz', 'legal-disclosure-court-order'],
  ['five years', 'latvian-shop-lv', 's5-retention-five-years'],
  ['uchovávatpro', 'clsmart-cz', 'risk-balancing-and-two-year-retention'],
  ['sīkdatnes', 'latvian-shop-lv', 's7-heading'],
  ['kartës', 'albanian-shop-sq', 'security-encryption-card-data-staff-access'],
  ['персональных', 'caviar-kz', 's1-heading'],
])('“%s”', (query, slug, id) => {
  test(`finds ${slug}#${id} among the first results, and the anchor exists`, async () => {
    expect(clause(slug, id), 'the expected clause exists in the model').toBeDefined();
    const { page, context, errors, foreignRequests } = await openPage(browser, baseUrl);
    const { hrefs } = await search(page, query);
    expect(hrefs.slice(0, 8).map(withoutHighlight)).toContain(`/policies/${slug}/#${id}`);
    // Every result carries the query for highlighting on arrival.
    for (const href of hrefs) expect(href).toContain(`highlight=${encodeURIComponent(query)}`);
    // The anchor exists on the target page.
    const target = await context.newPage();
    await target.goto(`${baseUrl}/policies/${slug}/`);
    expect(await target.locator(`[id="${id}"]`).count()).toBe(1);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});

test('“retention” finds clauses about retention in several policies', async () => {
  const { page, context } = await openPage(browser, baseUrl);
  const { hrefs } = await search(page, 'retention');
  const found = hrefs.slice(0, 5).map((h) => {
    const [, slug, id] = /^\/policies\/([^/]+)\/#(.+)$/.exec(withoutHighlight(h))!;
    return clause(slug!, id!);
  });
  expect(found.length).toBeGreaterThanOrEqual(3);
  for (const c of found) expect(c.topics, c.id).toContain('retention');
  expect(new Set(hrefs.slice(0, 5).map((h) => h.split('/')[2])).size).toBeGreaterThan(1);
  await context.close();
});

test('a query without diacritics finds words with them (“udaju” → “údajů”)', async () => {
  const { page, context } = await openPage(browser, baseUrl);
  const { hrefs } = await search(page, 'udaju');
  expect(hrefs.length).toBeGreaterThan(0);
  const [, slug, id] = /^\/policies\/([^/]+)\/#(.+)$/.exec(withoutHighlight(hrefs[0]!))!;
  expect(clause(slug!, id!).original).toMatch(/údajů/);
  await context.close();
});

test('Russian word forms are stemmed: “удалению” finds “удаление” and “удаления”', async () => {
  expect(library.some((p) => p.clauses.some((c) => c.original.includes('удалению')))).toBe(false);
  const { page, context } = await openPage(browser, baseUrl);
  const { hrefs } = await search(page, 'удалению');
  expect(hrefs.map(withoutHighlight)).toContain('/policies/caviar-kz/#s6-1-right-to-demand-deletion');
  await context.close();
});

test('filters narrow the results, and live in the URL', async () => {
  const { page, context } = await openPage(browser, baseUrl);
  const all = await search(page, 'cookies');
  const narrowed = await search(page, 'cookies', '&policy=caviar-kz');
  expect(await page.locator('input[name="policy"][value="caviar-kz"]').isChecked()).toBe(true);
  expect(narrowed.hrefs.length).toBeGreaterThan(0);
  expect(totalIn(narrowed.status)).toBeLessThan(totalIn(all.status));
  for (const href of narrowed.hrefs) expect(href).toMatch(/^\/policies\/caviar-kz\//);
  // Ticking an assessment box narrows further and updates the address.
  await page.locator('input[name="assessment"][value="serious"]').check();
  await expect.poll(() => page.url()).toContain('assessment=serious');
  await expect.poll(async () => (await page.locator('.search-hit-link').count())).toBeLessThan(narrowed.hrefs.length);
  for (const href of await page.locator('.search-hit-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    const [, slug, id] = /^\/policies\/([^/]+)\/#(.+)$/.exec(withoutHighlight(href))!;
    expect(clause(slug!, id!).assessment).toBe('serious');
  }
  await context.close();
});

test('a policy with more matching clauses than shown links to all of them', async () => {
  const { page, context } = await openPage(browser, baseUrl);
  // "data" matches more clauses than the 20 shown at first, in every policy.
  const all = await search(page, 'data');
  expect(totalIn(all.status)).toBeGreaterThan(20);
  const perPolicy = new Map<string, number>();
  for (const h of all.hrefs) perPolicy.set(h.split('/')[2]!, (perPolicy.get(h.split('/')[2]!) ?? 0) + 1);
  expect(perPolicy.size).toBeGreaterThan(1);
  for (const n of perPolicy.values()) expect(n).toBeLessThanOrEqual(5); // at most five clauses of one policy
  const more = page.locator('.search-more-in-policy a').first();
  const claimed = Number(/All ([\d,]+) matching/.exec((await more.textContent()) ?? '')?.[1]?.replace(/,/g, ''));
  expect(claimed).toBeGreaterThan(5);
  const slug = new URL((await more.getAttribute('href'))!, baseUrl).searchParams.get('policy')!;
  expect(perPolicy.get(slug)).toBe(5);
  await more.click();
  await expect.poll(() => page.url()).toContain(`policy=${slug}`);
  await expect.poll(async () => (await page.locator('search-page [role="status"]').textContent()) ?? '').toMatch(new RegExp(`^${claimed} matching clauses in 1 policy`));
  const only = await page.locator('.search-hit-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(only.length).toBe(Math.min(20, claimed));
  for (const href of only) expect(href.split('/')[2]).toBe(slug);
  await context.close();
});

test('“Show more results” adds the next results and keeps those shown', async () => {
  const { page, context } = await openPage(browser, baseUrl);
  const first = await search(page, 'data');
  const total = totalIn(first.status);
  expect(first.hrefs).toHaveLength(20);
  const button = page.getByRole('button', { name: 'Show more results' });
  await button.click();
  await expect.poll(() => page.locator('.search-hit-link').count()).toBe(Math.min(40, total));
  const after = await page.locator('.search-hit-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  for (const href of first.hrefs) expect(after).toContain(href);
  if (total <= 40) expect(await button.isHidden()).toBe(true);
  // A new search starts again from the first 20.
  const before = await page.locator('search-page [role="status"]').textContent();
  await page.locator('#search-page-input').fill('cookies');
  await expect.poll(async () => (await page.locator('search-page [role="status"]').textContent()) ?? '').not.toBe(before);
  expect(await page.locator('search-page [role="status"]').textContent()).toMatch(/matching clause/);
  expect(await page.locator('.search-hit-link').count()).toBeLessThanOrEqual(20);
  await context.close();
});

test('when every matching clause fits on the page, all are shown', async () => {
  const { page, context } = await openPage(browser, baseUrl);
  const { hrefs, status } = await search(page, 'персональных');
  const total = totalIn(status);
  expect(total).toBeGreaterThan(5);
  expect(total).toBeLessThanOrEqual(20);
  expect(hrefs).toHaveLength(total);
  expect(await page.locator('.search-more-in-policy').count()).toBe(0);
  await context.close();
});

test('filters without words list every clause they match', async () => {
  const { page, context, errors } = await openPage(browser, baseUrl);
  await page.goto(`${baseUrl}/search/?policy=caviar-kz`);
  const status = page.locator('search-page [role="status"]');
  const expected = library.find((p) => p.slug === 'caviar-kz')!.clauses.length;
  await expect.poll(async () => (await status.textContent()) ?? '').toMatch(new RegExp(`^${expected} matching clauses`));
  const hrefs = await page.locator('.search-hit-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBe(Math.min(20, expected));
  for (const href of hrefs) expect(href).toMatch(/^\/policies\/caviar-kz\/#/);
  expect(errors).toEqual([]);
  await context.close();
});

test('a first search loads the policy index only; a topic filter loads the clause index; Cyrillic loads the Russian one', async () => {
  const { page, context, errors } = await openPage(browser, baseUrl);
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  const indexes = () => new Set(fetched.filter((p) => p.startsWith('/pagefind')).map((p) => p.split('/')[1]));
  await search(page, 'cookies');
  expect([...indexes()]).toEqual(['pagefind']);
  await page.locator('input[name="topic"][value="cookies-tracking"]').check();
  await expect.poll(() => [...indexes()].sort()).toEqual(['pagefind', 'pagefind-clauses']);
  // Once the clause index answers, every result is a clause on that topic.
  const offTopic = async () =>
    (await page.locator('.search-hit-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
      .map((href) => /^\/policies\/([^/]+)\/#(.+)$/.exec(withoutHighlight(href))!)
      .filter(([, slug, id]) => !clause(slug!, id!).topics.includes('cookies-tracking')).length;
  await expect.poll(offTopic).toBe(0);
  expect(await page.locator('.search-hit-link').count()).toBeGreaterThan(0);
  await page.locator('#search-page-input').fill('персональных');
  await expect.poll(() => [...indexes()].sort()).toEqual(['pagefind', 'pagefind-clauses', 'pagefind-clauses-ru']);
  await expect.poll(async () => (await page.locator('search-page [role="status"]').textContent()) ?? '').toMatch(/^\d+ matching clause/);
  expect(errors).toEqual([]);
  await context.close();
});

test('the keyboard alone: “/” opens search, arrows choose, Enter lands on the clause with the terms highlighted', async () => {
  const { page, context, errors, foreignRequests } = await openPage(browser, baseUrl);
  await page.goto(`${baseUrl}/policies/kivismart-cz/`);
  await page.keyboard.press('/');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
  await page.keyboard.type('Singapore');
  const listbox = page.getByRole('listbox', { name: 'Matching clauses' });
  // Wait for the results of the whole word, not of a prefix typed on the way.
  await expect.poll(() => page.locator('site-search [role="status"]').textContent()).toContain('match “Singapore”');
  await expect.poll(() => listbox.getByRole('option').count()).toBeGreaterThan(0);
  expect(await page.locator('#site-search-input').getAttribute('aria-expanded')).toBe('true');
  await page.keyboard.press('ArrowDown');
  expect(await page.locator('#site-search-input').getAttribute('aria-activedescendant')).toBe('site-search-option-0');
  expect(await listbox.getByRole('option').first().getAttribute('aria-selected')).toBe('true');
  await Promise.all([page.waitForURL(/transfers-china-singapore/), page.keyboard.press('Enter')]);
  expect(new URL(page.url()).pathname).toBe('/policies/clsmart-cz/');
  await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe('transfers-china-singapore');
  await expect.poll(() => page.locator('#transfers-china-singapore mark.search-hit').count()).toBeGreaterThan(0);
  expect((await page.locator('#transfers-china-singapore mark.search-hit').first().textContent())?.toLowerCase()).toBe('singapore');
  // Escape closes the results and then clears the box.
  await page.keyboard.press('/');
  await page.keyboard.type('cookies');
  await expect.poll(() => page.locator('site-search [role="status"]').textContent()).toContain('match “cookies”');
  await expect.poll(() => page.locator('#site-search-input').getAttribute('aria-expanded')).toBe('true');
  await page.keyboard.press('Escape');
  expect(await page.locator('#site-search-input').getAttribute('aria-expanded')).toBe('false');
  await page.keyboard.press('Escape');
  expect(await page.locator('#site-search-input').inputValue()).toBe('');
  expect(errors).toEqual([]);
  expect(foreignRequests).toEqual([]);
  await context.close();
});

test('the search box works at phone width too', async () => {
  const { page, context } = await openPage(browser, baseUrl, { viewport: PHONE });
  await page.goto(`${baseUrl}/`);
  await page.locator('#site-search-input').fill('kartës');
  await expect.poll(() => page.getByRole('listbox', { name: 'Matching clauses' }).getByRole('option').count()).toBeGreaterThan(0);
  const box = await page.locator('.search-popover').boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
  await context.close();
});

test('without JavaScript, the search page says so and points to the policies', async () => {
  const { page, context } = await openPage(browser, baseUrl, { javaScriptEnabled: false });
  await page.goto(`${baseUrl}/search/?q=cookies`);
  const message = page.locator('.search-nojs');
  expect(await message.isVisible()).toBe(true);
  expect(await message.innerText()).toContain('Search runs in your browser and needs JavaScript');
  expect(await message.innerText()).toContain('start from the list of policies');
  // No dead controls: the JavaScript search form is not shown.
  expect(await page.locator('search-page form').isVisible()).toBe(false);
  await page.goto(`${baseUrl}/`);
  expect(await page.locator('site-search form').getAttribute('action')).toBe('/search/');
  await context.close();
});

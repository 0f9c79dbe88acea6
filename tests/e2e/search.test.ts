/**
 * Search, in Chromium against the built site: queries in English and in each
 * source language land on the right clause; diacritics and Russian word forms
 * are forgiven; filters narrow; the keyboard alone works; nothing leaves
 * localhost; a failed fetch is reported and can be retried; a host that sends
 * the shards with Content-Encoding: gzip works; and without JavaScript the
 * page says so plainly.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, onTestFinished, test } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { axeViolations } from '../support/axe.ts';
import { loadLibrary } from '../../src/lib/policy/library-fs.ts';
import { RESULTS_PAGE } from '../../src/lib/search/search.ts';
import { PHONE, useBrowser } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const library = loadLibrary({ root: '.' });
const clause = (slug: string, id: string) => library.find((p) => p.slug === slug)!.clauses.find((c) => c.id === id)!;
const site = useBrowser(baseUrl);

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
  ['sīkdatnes', 'latvian-shop-lv', 's7-cookies-not-essential'],
  ['kartës', 'albanian-shop-sq', 'security-encryption-card-data-staff-access'],
])('“%s”', (query, slug, id) => {
  test(`finds ${slug}#${id} among the first results, and the anchor exists`, async () => {
    expect(clause(slug, id), 'the expected clause exists in the model').toBeDefined();
    const { page, context, errors, foreignRequests } = await site.open();
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
  });
});

test('“retention” finds clauses about retention in several policies', async () => {
  const { page } = await site.open();
  const { hrefs } = await search(page, 'retention');
  const found = hrefs.slice(0, 5).map((h) => {
    const [, slug, id] = /^\/policies\/([^/]+)\/#(.+)$/.exec(withoutHighlight(h))!;
    return clause(slug!, id!);
  });
  expect(found.length).toBeGreaterThanOrEqual(3);
  for (const c of found) expect(c.topics, c.id).toContain('retention');
  expect(new Set(hrefs.slice(0, 5).map((h) => h.split('/')[2])).size).toBeGreaterThan(1);
});

test('a query in Russian lands on a Russian clause holding a form of the word', async () => {
  const { page } = await site.open();
  const { hrefs } = await search(page, 'персональных');
  const [, slug, id] = /^\/policies\/([^/]+)\/#(.+)$/.exec(withoutHighlight(hrefs[0]!))!;
  expect(slug).toBe('caviar-kz');
  expect(clause(slug!, id!).original).toMatch(/персональн/i);
});

test('a query without diacritics finds words with them (“udaju” → “údajů”)', async () => {
  const { page } = await site.open();
  const { hrefs } = await search(page, 'udaju');
  expect(hrefs.length).toBeGreaterThan(0);
  const [, slug, id] = /^\/policies\/([^/]+)\/#(.+)$/.exec(withoutHighlight(hrefs[0]!))!;
  expect(clause(slug!, id!).original).toMatch(/údajů/);
});

test('Russian word forms are stemmed: “удалению” finds “удаление” and “удаления”', async () => {
  expect(library.some((p) => p.clauses.some((c) => c.original.includes('удалению')))).toBe(false);
  const { page } = await site.open();
  const { hrefs } = await search(page, 'удалению');
  expect(hrefs.map(withoutHighlight)).toContain('/policies/caviar-kz/#s6-1-right-to-demand-deletion');
});

test('filters narrow the results, and live in the URL', async () => {
  const { page } = await site.open();
  const all = await search(page, 'cookies');
  const narrowed = await search(page, 'cookies', '&policy=caviar-kz');
  expect(await page.locator('input[name="policy"][value="caviar-kz"]').isChecked()).toBe(true);
  expect(narrowed.hrefs.length).toBeGreaterThan(0);
  expect(totalIn(narrowed.status)).toBeLessThan(totalIn(all.status));
  for (const href of narrowed.hrefs) expect(href).toMatch(/^\/policies\/caviar-kz\//);
  // Ticking an assessment box narrows further and updates the address.
  await page.locator('input[name="assessment"][value="serious"]').check();
  await expect.poll(() => page.url()).toContain('assessment=serious');
  await expect.poll(async () => await page.locator('.search-hit-link').count()).toBeLessThan(narrowed.hrefs.length);
  for (const href of await page.locator('.search-hit-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    const [, slug, id] = /^\/policies\/([^/]+)\/#(.+)$/.exec(withoutHighlight(href))!;
    expect(clause(slug!, id!).assessment).toBe('serious');
  }
});

describe.each([
  // The table of issue “search that finds the clause a reader means”: each reader's query and the clauses meant.
  ['police', ['latvian-shop-lv#s6-authorities']],
  [
    'delete my data',
    [
      'caviar-kz#s6-1-right-to-demand-deletion',
      'caviar-kz#s4-2-delete-account-data',
      'caviar-kz#s4-3-how-to-request-changes',
      'caviar-kz#s6-2-self-deletion-in-account',
      'latvian-shop-lv#s8-right-erasure-latvian-law',
      'latvian-shop-lv#s5-destruction-after-five-years',
      'clsmart-cz#rights-list',
      'albanian-shop-sq#access-delete-your-data',
    ],
  ],
  ['date of birth', ['caviar-kz#s1-data-provided']],
  [
    'do they sell my data',
    [
      'kivismart-cz#sharing-no-sale-aggregated-data',
      'latvian-shop-lv#s1-no-spam-no-sale',
      'albanian-shop-sq#collection-voluntary-no-sale-marketing',
    ],
  ],
  [
    'card details',
    [
      'albanian-shop-sq#security-encryption-card-data-staff-access',
      'albanian-shop-sq#orders-contact-card-data-marketing',
      'latvian-shop-lv#s3-no-card-data',
      'latvian-shop-lv#s3-payment-data-collected',
    ],
  ],
  ['cookies identify the user', ['caviar-kz#s1-technical-info-cookies']],
] as const)('“%s”', (query, meant) => {
  test('puts a clause the reader means first or second', async () => {
    for (const id of meant) expect(clause(id.split('#')[0]!, id.split('#')[1]!), id).toBeDefined();
    const { page, errors } = await site.open();
    const { hrefs } = await search(page, query);
    const first = hrefs.slice(0, 2).map((h) => withoutHighlight(h).replace(/^\/policies\/([^/]+)\/#/, '$1#'));
    expect(
      first.some((id) => (meant as readonly string[]).includes(id)),
      `first two: ${first.join(', ')}`,
    ).toBe(true);
    expect(errors).toEqual([]);
  });
});

test('“retention”: excerpts come from the clauses’ own text, never their topic line', async () => {
  const { page } = await site.open();
  await search(page, 'retention');
  const excerpts = await page.locator('.search-results .hit-excerpt').allTextContents();
  expect(excerpts.length).toBeGreaterThan(2);
  for (const e of excerpts) expect(e).not.toMatch(/Topics:/);
});

test('results are ranked across policies; grouping by policy is a view that keeps their order', async () => {
  const { page } = await site.open();
  const ranked = (await search(page, 'data')).hrefs;
  expect(new Set(ranked.slice(0, 6).map((h) => h.split('/')[2])).size).toBeGreaterThan(1);
  await page.getByLabel('Group the results by policy').check();
  await expect.poll(() => page.url()).toContain('group=policy');
  await expect.poll(() => page.locator('.search-group').count()).toBeGreaterThan(1);
  const grouped = await page.locator('.search-hit-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect([...grouped].sort()).toEqual([...ranked].sort());
  // Policies appear in the order of their best result, and each policy's results keep their rank order.
  const policies = await page.locator('.search-group-title').allTextContents();
  const firstOf = (slug: string) => ranked.findIndex((h) => h.split('/')[2] === slug);
  const slugs = [...new Set(grouped.map((h) => h.split('/')[2]!))];
  expect(slugs.map(firstOf)).toEqual([...slugs.map(firstOf)].sort((a, b) => a - b));
  for (const slug of slugs) expect(grouped.filter((h) => h.split('/')[2] === slug)).toEqual(ranked.filter((h) => h.split('/')[2] === slug));
  expect(policies.length).toBe(slugs.length);
  // The view is kept in the address: a reload shows it grouped again.
  await page.reload();
  await expect.poll(() => page.locator('.search-group').count()).toBeGreaterThan(1);
});

test('a question about a concept offers its comparison row and topic above the results', async () => {
  const { page } = await site.open();
  await search(page, 'delete my data');
  const concepts = page.locator('.search-concepts');
  await expect.poll(() => concepts.isVisible()).toBe(true);
  expect(await concepts.locator('a[href="/compare/#right-to-erasure"]').count()).toBe(1);
  expect(await concepts.locator('a[href="/topics/rights/"]').count()).toBe(1);
});

test('a question no policy answers says so and links the comparison row, instead of an empty page', async () => {
  expect(
    library.every((p) => p.findings.children.status === 'not-stated'),
    'no policy states anything about children',
  ).toBe(true);
  const { page } = await site.open();
  await search(page, 'children');
  const concepts = page.locator('.search-concepts');
  await expect.poll(async () => (await concepts.textContent()) ?? '').toContain('No policy in the library says anything about children');
  expect(await concepts.locator('a[href="/compare/#children"]').count()).toBe(1);
});

test('the header’s box gives the same order as the search page', async () => {
  const { page } = await site.open();
  const onPage = (await search(page, 'delete my data')).hrefs.slice(0, 8);
  await page.goto(`${baseUrl}/`);
  await page.locator('#site-search-input').fill('delete my data');
  const options = page.getByRole('listbox', { name: 'Matching clauses' }).getByRole('option');
  await expect.poll(() => options.count()).toBe(8);
  await expect.poll(() => page.locator('site-search [role="status"]').textContent()).toContain('“delete my data”');
  expect(await options.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))).toEqual(onPage);
});

test('“Show more results” adds the next results and keeps those shown', async () => {
  const { page } = await site.open();
  const first = await search(page, 'data');
  const total = totalIn(first.status);
  expect(total).toBeGreaterThan(RESULTS_PAGE * 2);
  expect(first.hrefs).toHaveLength(RESULTS_PAGE);
  const button = page.getByRole('button', { name: 'Show more results' });
  await button.click();
  await expect.poll(() => page.locator('.search-hit-link').count()).toBe(RESULTS_PAGE * 2);
  const after = await page.locator('.search-hit-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  for (const href of first.hrefs) expect(after).toContain(href);
  expect(await button.isVisible()).toBe(true);
  // A new search starts again from the first page of results.
  const before = await page.locator('search-page [role="status"]').textContent();
  await page.locator('#search-page-input').fill('cookies');
  await expect.poll(async () => (await page.locator('search-page [role="status"]').textContent()) ?? '').not.toBe(before);
  expect(await page.locator('search-page [role="status"]').textContent()).toMatch(/matching clause/);
  expect(await page.locator('.search-hit-link').count()).toBeLessThanOrEqual(RESULTS_PAGE);
});

test('when every matching clause fits on the page, all are shown', async () => {
  const { page } = await site.open();
  const { hrefs, status } = await search(page, 'warranty');
  const total = totalIn(status);
  expect(total).toBeGreaterThan(2);
  expect(total).toBeLessThanOrEqual(RESULTS_PAGE);
  expect(hrefs).toHaveLength(total);
  expect(await page.getByRole('button', { name: 'Show more results' }).isHidden()).toBe(true);
});

test('filters without words list every clause they match', async () => {
  const { page, errors } = await site.open();
  await page.goto(`${baseUrl}/search/?policy=caviar-kz`);
  const status = page.locator('search-page [role="status"]');
  const expected = library.find((p) => p.slug === 'caviar-kz')!.clauses.length;
  await expect.poll(async () => (await status.textContent()) ?? '').toMatch(new RegExp(`^${expected} matching clauses`));
  const hrefs = await page.locator('.search-hit-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBe(Math.min(RESULTS_PAGE, expected));
  for (const href of hrefs) expect(href).toMatch(/^\/policies\/caviar-kz\/#/);
  expect(errors).toEqual([]);
});

test('a first search reads the manifest, the few shards its words fall in and the chunks of the clauses shown, and nothing else', async () => {
  const { page, errors } = await site.open();
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  const { hrefs } = await search(page, 'cookies');
  const index = fetched.filter((p) => p.startsWith('/search-index/'));
  expect(index.filter((p) => p.endsWith('manifest.json'))).toHaveLength(1);
  const shards = index.filter((p) => p.includes('/terms/'));
  expect(shards.length).toBeGreaterThan(0);
  expect(shards.length).toBeLessThanOrEqual(3);
  expect(index.filter((p) => p.includes('/tails/'))).toEqual([]); // a five-policy library has no tails
  // One chunk per clause shown at most, and never all of them.
  const chunks = index.filter((p) => p.includes('/docs/'));
  expect(chunks.length).toBeGreaterThan(0);
  expect(chunks.length).toBeLessThanOrEqual(hrefs.length);
  expect(new Set(index).size).toBe(index.length); // each file once
  // The built site says nothing of `astro dev`.
  expect(await page.locator('.search-dev-notice').count()).toBe(0);
  expect(errors).toEqual([]);
});

/** Console errors other than the browser's own report of a request that failed (as the tests below make one fail). */
const besidesFailedLoads = (errors: readonly string[]) => errors.filter((e) => !/^Failed to load resource/.test(e));

test('a shard that fails to load: the search page says search failed, and its Retry button brings the results', async () => {
  const { page, errors } = await site.open();
  await page.route('**/search-index/terms/**', (route) => route.abort(), { times: 1 });
  await page.goto(`${baseUrl}/search/?q=cookies`);
  const alert = page.locator('search-page .search-failure [role="alert"]');
  await expect
    .poll(async () => (await alert.count()) && (await alert.textContent()))
    .toBe('Search failed: part of its index could not be loaded (is the connection down?).');
  expect(await page.locator('.search-hit-link').count()).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
  await page.locator('search-page').getByRole('button', { name: 'Retry' }).click();
  await expect.poll(async () => (await page.locator('search-page [role="status"]').textContent()) ?? '').toMatch(/^\d+ matching clauses/);
  expect(await page.locator('.search-hit-link').count()).toBeGreaterThan(0);
  expect(await page.locator('search-page .search-failure').count()).toBe(0);
  // Focus stays in the form, not lost with the button.
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-page-input');
  expect(besidesFailedLoads(errors)).toEqual([]); // the failure was handled, not left to the console
});

test('a shard that fails to load: the header’s box says search failed, and its Retry button brings the results', async () => {
  const { page, errors } = await site.open();
  await page.goto(`${baseUrl}/`);
  await page.route('**/search-index/terms/**', (route) => route.abort(), { times: 1 });
  await page.locator('#site-search-input').fill('cookies');
  const alert = page.locator('site-search .search-failure [role="alert"]');
  await expect.poll(async () => (await alert.count()) && (await alert.textContent())).toMatch(/^Search failed: /);
  await page.locator('site-search').getByRole('button', { name: 'Retry' }).click();
  await expect.poll(() => page.getByRole('listbox', { name: 'Matching clauses' }).getByRole('option').count()).toBeGreaterThan(0);
  expect(await page.locator('site-search .search-failure').count()).toBe(0);
  expect(await page.locator('#site-search-input').getAttribute('aria-expanded')).toBe('true');
  expect(besidesFailedLoads(errors)).toEqual([]);
});

test('a host that sends the shards with Content-Encoding: gzip (the browser unpacks them) still gives results', async () => {
  // dist/ as it is, behind a `_headers` with one more rule, as an S3 upload with that metadata or a Netlify rule would do.
  const root = mkdtempSync(join(tmpdir(), 'gzip-host-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  for (const entry of readdirSync('dist')) if (entry !== '_headers') symlinkSync(resolve('dist', entry), join(root, entry));
  writeFileSync(join(root, '_headers'), `${readFileSync('dist/_headers', 'utf8')}/search-index/*.bin\n  Content-Encoding: gzip\n`);
  const host = await serveStatic(root);
  onTestFinished(() => host.close());
  const { page, errors } = await site.open();
  const encodings: string[] = [];
  page.on('response', (r) => void (r.url().endsWith('.bin') && encodings.push(r.headers()['content-encoding'] ?? 'none')));
  await page.goto(`${host.url}/search/?q=cookies`);
  await expect
    .poll(async () => (await page.locator('search-page [role="status"]').textContent()) ?? '', { timeout: 15_000 })
    .toMatch(/^\d+ matching clauses/);
  expect(await page.locator('.search-hit-link').count()).toBeGreaterThan(0);
  expect(encodings.length).toBeGreaterThan(0);
  expect(encodings.every((e) => e === 'gzip')).toBe(true);
  expect(errors).toEqual([]);
});

test('the keyboard alone: “/” opens search, arrows choose, Enter lands on the clause with the terms highlighted', async () => {
  const { page, errors, foreignRequests } = await site.open();
  await page.goto(`${baseUrl}/policies/kivismart-cz/`);
  await page.keyboard.press('/');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
  await page.keyboard.type('Singapore');
  const listbox = page.getByRole('listbox', { name: 'Matching clauses' });
  // Wait for the results of the whole word, not of a prefix typed on the way.
  await expect.poll(() => page.locator('site-search [role="status"]').textContent()).toContain('for “Singapore”');
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
  await expect.poll(() => page.locator('site-search [role="status"]').textContent()).toContain('for “cookies”');
  await expect.poll(() => page.locator('#site-search-input').getAttribute('aria-expanded')).toBe('true');
  await page.keyboard.press('Escape');
  expect(await page.locator('#site-search-input').getAttribute('aria-expanded')).toBe('false');
  await page.keyboard.press('Escape');
  expect(await page.locator('#site-search-input').inputValue()).toBe('');
  expect(errors).toEqual([]);
  expect(foreignRequests).toEqual([]);
});

test('the search box works at phone width too', async () => {
  const { page } = await site.open({ viewport: PHONE });
  await page.goto(`${baseUrl}/`);
  await page.locator('#site-search-input').fill('kartës');
  await expect.poll(() => page.getByRole('listbox', { name: 'Matching clauses' }).getByRole('option').count()).toBeGreaterThan(0);
  const box = await page.locator('.search-popover').boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
});

test('without JavaScript, the search page says so and points to the policies', async () => {
  const { page } = await site.open({ javaScriptEnabled: false });
  await page.goto(`${baseUrl}/search/?q=cookies`);
  const message = page.locator('.search-nojs');
  expect(await message.isVisible()).toBe(true);
  expect(await message.innerText()).toContain('Search runs in your browser and needs JavaScript');
  expect(await message.innerText()).toContain('start from the list of policies');
  // No dead controls: the JavaScript search form is not shown.
  expect(await page.locator('search-page form').isVisible()).toBe(false);
  await page.goto(`${baseUrl}/`);
  expect(await page.locator('site-search form').getAttribute('action')).toBe('/search/');
});

test('a misspelt word finds what the right one finds, and “Did you mean” reruns the search with it', async () => {
  const { page, errors } = await site.open();
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  const right = (await search(page, 'cookies')).hrefs;
  expect(
    fetched.filter((p) => p.includes('/search-index/words/')),
    'a word the library has reads no vocabulary',
  ).toEqual([]);
  const wrong = await search(page, 'cokies');
  expect(wrong.hrefs.length).toBeGreaterThan(0);
  expect(right).toContain(wrong.hrefs[0]!.replace('highlight=cokies', 'highlight=cookies'));
  expect(fetched.some((p) => p.includes('/search-index/words/'))).toBe(true);
  const suggestion = page.locator('.search-suggestion');
  await expect.poll(() => suggestion.isVisible()).toBe(true);
  expect(await suggestion.textContent()).toMatch(/^Did you mean cookies\?/);
  await suggestion.getByRole('link', { name: 'cookies' }).click();
  await expect.poll(() => page.locator('#search-page-input').inputValue()).toBe('cookies');
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('cookies');
  await expect.poll(() => suggestion.isVisible()).toBe(false);
  await expect.poll(() => page.locator('.search-results a.search-hit-link').first().getAttribute('href')).toBe(right[0]);
  expect(errors).toEqual([]);
});

test('a policy’s name narrows to it as a filter chip; removing the chip searches the word everywhere', async () => {
  const { page, errors } = await site.open();
  const { hrefs, status } = await search(page, 'does caviar sell my data');
  expect(hrefs.length).toBeGreaterThan(0);
  for (const h of hrefs) expect(h).toMatch(/^\/policies\/caviar-kz\//);
  expect(status).toMatch(/ in caviar\.com\.kz/);
  const chip = page.getByRole('button', { name: /Remove the filter: only in caviar\.com\.kz/ });
  expect(await chip.count()).toBe(1);
  await chip.click();
  await expect.poll(() => page.locator('.search-named').isVisible()).toBe(false);
  await expect.poll(() => new URL(page.url()).searchParams.get('names')).toBe('off');
  await expect
    .poll(
      async () =>
        new Set(
          await page.locator('.search-results a.search-hit-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('/')[2])),
        ).size,
    )
    .toBeGreaterThan(1);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-page-input');
  expect(await page.locator('search-page [role="status"]').textContent()).not.toMatch(/ in caviar/);
  // An ordinary word is no name: no chip.
  await search(page, 'latvian shop');
  expect(await page.locator('.search-named').isVisible()).toBe(false);
  expect(errors).toEqual([]);
});

test('the header’s box says which policy a name narrowed its results to', async () => {
  const { page } = await site.open();
  await page.goto(`${baseUrl}/`);
  await page.locator('#site-search-input').fill('caviar cookies');
  await expect
    .poll(() => page.locator('site-search [role="status"]').textContent(), { timeout: 15_000 })
    .toMatch(/matching clauses? in caviar\.com\.kz for “caviar cookies”/);
  const hrefs = await page
    .getByRole('listbox', { name: 'Matching clauses' })
    .locator('a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const h of hrefs) expect(h).toMatch(/^\/policies\/caviar-kz\//);
});

test('a result shows the original’s excerpt beside the English one, each in its language, and says when only our note matched', async () => {
  const { page } = await site.open();
  await search(page, 'sīkdatnes');
  const first = page.locator('.search-results a.search-hit-link').first();
  expect(await first.locator('.hit-original').getAttribute('lang')).toBe('lv');
  expect(await first.locator('.hit-translation').getAttribute('lang')).toBe('en');
  expect(await first.locator('.hit-original mark').count()).toBeGreaterThan(0);
  await search(page, 'analytics');
  const notes = page.locator('.search-results .hit-why', { hasText: 'Matched our note on this clause' });
  await expect.poll(() => notes.count()).toBeGreaterThan(0);
});

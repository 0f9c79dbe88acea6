/**
 * Search over more policies than the search page lists, in Chromium: the
 * Policy filter offers the policies in the results, ticking one narrows the
 * results to it and puts it in the address, and a first search fetches only
 * the policy index; a topic filter searches every part of the clause index.
 */
import { expect, inject, test } from 'vitest';
import { loadLibrary } from '../../src/lib/policy/library-fs.ts';
import { useBrowser } from '../support/browser.ts';
import { SCALE_SEARCH_TIER } from './global-setup.ts';

const baseUrl = inject('scaleBaseUrl');
const policies = loadLibrary({ root: inject('scaleRoot') });
const site = useBrowser(baseUrl);

test('the Policy filter offers the policies in the results; ticking one narrows to it', async () => {
  const { page, errors, foreignRequests } = await site.open();
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(`${baseUrl}/search/?q=cookies`);
  const status = page.locator('search-page [role="status"]');
  // "At least N" when the first results were settled without reading a common word's tail.
  await expect.poll(async () => (await status.textContent()) ?? '', { timeout: 15_000 }).toMatch(/^(At least )?[\d,]+ matching clauses/);
  expect(fetched.filter((p) => p.startsWith('/search-index/manifest'))).toHaveLength(1);
  const offered = page.locator('[data-policy-options="results"] input[name="policy"]');
  await expect.poll(() => offered.count()).toBeGreaterThan(1);
  expect(await offered.count()).toBeLessThanOrEqual(12);
  const inResults = new Set(
    await page.locator('.search-hit-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('/')[2]!)),
  );
  const values = await offered.evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
  for (const v of values) expect(inResults).toContain(v);
  // Tick the second policy offered: the results narrow to it, and the address says so.
  const chosen = values[1]!;
  await offered.nth(1).check();
  await expect.poll(() => page.url()).toContain(`policy=${chosen}`);
  await expect
    .poll(
      async () =>
        new Set(await page.locator('.search-hit-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('/')[2]!))),
    )
    .toEqual(new Set([chosen]));
  // Reloading keeps the choice: the ticked policy is offered from the address.
  await page.reload();
  await expect.poll(() => page.locator(`[data-policy-options="results"] input[value="${chosen}"]`).isChecked()).toBe(true);
  expect(errors).toEqual([]);
  expect(foreignRequests).toEqual([]);
});

test('a topic filter finds clauses anywhere in the library, past every tier of the index', async () => {
  // A policy near the end of the library, and a topic and assessment of one of its clauses.
  const policy = policies[policies.length - 5]!;
  const clause = policy.clauses.find((c) => c.topics.length > 0 && c.assessment)!;
  const topic = clause.topics[0]!;
  const { page, errors } = await site.open();
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  const hrefs = () => page.locator('.search-hit-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.replace(/\?[^#]*/, '')));
  for (const query of [
    '',
    policy.clauses
      .find((c) => c.id === clause.id)!
      .translation.split(/\s+/)
      .find((w) => w.length > 6)!
      .replace(/[^\p{L}]/gu, ''),
  ]) {
    await page.goto(
      `${baseUrl}/search/?q=${encodeURIComponent(query)}&topic=${topic}&assessment=${clause.assessment}&policy=${policy.slug}`,
    );
    await expect.poll(hrefs, { timeout: 15_000 }).toContain(`/policies/${policy.slug}/#${clause.id}`);
    for (const href of await hrefs()) {
      const [, slug, id] = /^\/policies\/([^/]+)\/#(.+)$/.exec(href)!;
      expect(slug).toBe(policy.slug);
      const found = policy.clauses.find((c) => c.id === id)!;
      expect(found.topics).toContain(topic);
      expect(found.assessment).toBe(clause.assessment);
    }
  }
  // A filter held by more clauses than a shard keeps (a topic in 53 policies, past a tier of SCALE_SEARCH_TIER) reads its tail.
  expect(SCALE_SEARCH_TIER).toBeLessThan(policies.filter((p) => p.clauses.some((c) => c.topics.includes(topic))).length);
  expect(fetched.some((p) => p.startsWith('/search-index/tails/'))).toBe(true);
  expect(errors).toEqual([]);
});

/**
 * The comparison's view across its numbered pages, in Chromium: a view in
 * the URL filters the page's own columns, and the page links carry it on.
 */
import { expect, inject, test } from 'vitest';
import { loadLibrary } from '../../src/lib/policy/library-fs.ts';
import { PAGE_SIZE } from '../../src/lib/pagination.ts';
import { ASPECTS } from '../../src/lib/taxonomy.ts';
import { useBrowser } from '../support/browser.ts';

const baseUrl = inject('scaleBaseUrl');
const policies = loadLibrary({ root: inject('scaleRoot') });
const site = useBrowser(baseUrl);

const VIEW = '?aspects=legal-bases,retention-period&status=partial,not-stated&cols=matching';
const lacking = new Set(['not-stated', 'partial']);
/** The policies of page `n` of the comparison that lack both, from the content. */
const expectedOn = (n: number) =>
  policies
    .slice((n - 1) * PAGE_SIZE.compare, n * PAGE_SIZE.compare)
    .filter((p) => lacking.has(p.findings['retention-period'].status) && lacking.has(p.findings['legal-bases'].status))
    .map((p) => p.slug);

const pages = Math.ceil(policies.length / PAGE_SIZE.compare);
/** A numbered page (not the first) with an answer, followed by another page. */
const start = Array.from({ length: pages - 2 }, (_, i) => i + 2).find((n) => expectedOn(n).length > 0)!;

test('a view filters each numbered page’s own policies, and the page links carry it to the next page', async () => {
  expect(start).toBeDefined();
  const { page, errors } = await site.open();
  await page.goto(`${baseUrl}/compare/${start}/${VIEW}`);
  const shown = () =>
    page.locator('thead th[data-policy]:visible').evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset.policy!));
  await expect.poll(shown).toEqual(expectedOn(start));
  const next = page.locator('nav.pagination a[rel="next"]').first();
  expect(await next.getAttribute('href')).toBe(`/compare/${start + 1}/${VIEW}`);
  await next.click();
  await page.waitForURL(`${baseUrl}/compare/${start + 1}/${VIEW}`);
  await expect.poll(shown).toEqual(expectedOn(start + 1));
  const rows = await page.locator('tbody tr[data-group]:visible').evaluateAll((trs) => trs.map((tr) => tr.id));
  expect(rows).toEqual(
    expectedOn(start + 1).length ? ASPECTS.filter((a) => a.id === 'legal-bases' || a.id === 'retention-period').map((a) => a.id) : [],
  );
  expect(errors).toEqual([]);
});

/**
 * The pages and states only a large library has, held to the same bar as the
 * rest of the site: numbered listing pages and their navigation, and the
 * search page offering the policies in its results, pass axe (WCAG 2.2 A and
 * AA) in light and dark and at phone width, and their HTML is valid.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { validateHtml } from '../support/site-checks/html-validate.ts';
import { axeViolations } from '../support/axe.ts';
import { PHONE, useBrowser } from '../support/browser.ts';

const baseUrl = inject('scaleBaseUrl');
const dist = join(inject('scaleRoot'), 'dist');
/** A middle page of each split listing, so that both "Previous" and "Next" and an elided run of pages show. */
const PAGES = ['/policies/page/2/', '/compare/4/', '/topics/rights/2/'];
const site = useBrowser(baseUrl);

describe.each(PAGES.map((p) => [p] as const))('%s', (path) => {
  test('is valid HTML', async () => {
    expect(await validateHtml(readFileSync(join(dist, path, 'index.html'), 'utf8'), path)).toEqual([]);
  });

  test.each([
    ['light', {}],
    ['dark', {}],
    ['phone', { viewport: PHONE }],
  ] as const)('has no WCAG 2.2 A/AA violations (%s)', async (name, options) => {
    const { page } = await site.open({ colorScheme: name === 'dark' ? 'dark' : 'light', ...options });
    await page.goto(`${baseUrl}${path}`);
    expect(await page.locator('nav.pagination a[aria-current="page"]').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.each(['light', 'dark'] as const)('the search page with the policies of its results offered has no WCAG 2.2 A/AA violations (%s)', async (scheme) => {
  const { page } = await site.open({ colorScheme: scheme });
  await page.goto(`${baseUrl}/search/?q=cookies`);
  await expect.poll(() => page.locator('[data-policy-options="results"] input').count(), { timeout: 15_000 }).toBeGreaterThan(1);
  await expect.poll(() => page.getByRole('button', { name: 'Show more results' }).isVisible()).toBe(true);
  expect(await axeViolations(page)).toEqual([]);
});

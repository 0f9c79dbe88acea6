/**
 * The templates and states only a large library has, held to the same bar as
 * the rest of the site (tests/e2e/quality.test.ts checks one page of every
 * other template): a numbered page of each split listing, with its
 * navigation, and the search page offering the policies in its results, pass
 * axe (WCAG 2.2 A and AA) in light and dark at 1280 and 390 px, and their
 * HTML is valid.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { validateHtml } from '../support/site-checks/html-validate.ts';
import { pageRoutes, routeOf } from '../support/site-checks/routes.ts';
import { sitePages } from '../support/site-checks/site.ts';
import { axeInEveryLayout, NO_VIOLATIONS_IN_ANY_LAYOUT } from '../support/axe.ts';
import { useBrowser } from '../support/browser.ts';

const baseUrl = inject('scaleBaseUrl');
const dist = join(inject('scaleRoot'), 'dist');
const built = sitePages(dist).map((p) => p.path);
/** A law whose policies run past one page. */
const pagedLaw = built.find((p) => /^\/law\/[^/]+\/policies\/2\/$/.test(p));
/** A middle page of each split listing where there is one, so that "Previous" and "Next" and an elided run of pages show. */
const PAGES = ['/policies/page/2/', '/compare/4/', '/topics/rights/2/', '/rights/2/', pagedLaw ?? '/law/<none>/policies/2/'];
const site = useBrowser(baseUrl);

test('every numbered listing’s template has a page checked here', () => {
  const routes = pageRoutes();
  const numbered = new Set(built.filter((p) => /\/\d+\/$/.test(p)).map((p) => routeOf(routes, p)?.file));
  expect(new Set(PAGES.map((p) => routeOf(routes, p)?.file))).toEqual(numbered);
  for (const path of PAGES) expect(built, path).toContain(path);
});

describe.each(PAGES.map((p) => [p] as const))('%s', (path) => {
  test('is valid HTML, and has no WCAG 2.2 A/AA violation (axe) in light and dark at 1280 and 390 px', async () => {
    expect(await validateHtml(readFileSync(join(dist, path, 'index.html'), 'utf8'), path)).toEqual([]);
    const { page, errors } = await site.open();
    await page.goto(`${baseUrl}${path}`);
    expect(await page.locator('nav.pagination a[aria-current="page"]').count()).toBeGreaterThan(0);
    expect(await axeInEveryLayout(page)).toEqual(NO_VIOLATIONS_IN_ANY_LAYOUT);
    expect(errors).toEqual([]);
  });
});

test('the search page with the policies of its results offered has no WCAG 2.2 A/AA violation (axe) in light and dark at 1280 and 390 px', async () => {
  const { page } = await site.open();
  await page.goto(`${baseUrl}/search/?q=cookies`);
  await expect.poll(() => page.locator('[data-policy-options="results"] input').count(), { timeout: 15_000 }).toBeGreaterThan(1);
  await expect.poll(() => page.getByRole('button', { name: 'Show more results' }).isVisible()).toBe(true);
  expect(await axeInEveryLayout(page)).toEqual(NO_VIOLATIONS_IN_ANY_LAYOUT);
});

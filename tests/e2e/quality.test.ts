/**
 * Quality gates over the built site, in Chromium:
 * - every page: the site's own privacy (no request elsewhere, no cookie,
 *   nothing stored until the reader chooses a preference), the
 *   Content-Security-Policy enforced with no violation, and no script error;
 * - one page of each template, in depth: accessibility (axe-core, WCAG 2.2 A
 *   and AA) in light and dark, at laptop and phone width, on a single load;
 *   a test checks that every template of src/pages has its page here, or
 *   exists only in a large library (tests/scale/ checks those);
 * - keyboard-only use (skip link, visible focus, no trap).
 * Valid HTML and links on every page are tests/site/'s.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test, type ExpectStatic, type onTestFinished } from 'vitest';
import { PAGE_TYPES } from '../../scripts/lib/page-types.ts';
import { pageRoutes, routeOf } from '../support/site-checks/routes.ts';
import { sitePages } from '../support/site-checks/site.ts';
import { axeInEveryLayout, NO_VIOLATIONS_IN_ANY_LAYOUT } from '../support/axe.ts';
import { useBrowser, type WatchedPage } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const paths = sitePages('dist').map((p) => p.path);
const site = useBrowser(baseUrl);

/** A page to check in depth, and what to wait for before checking it (search results arrive after load). */
interface TemplatePage {
  readonly path: string;
  readonly ready?: (page: Page) => Promise<void>;
}

/** One page of each template: the page types, and the templates they leave out. */
const TEMPLATE_PAGES: readonly TemplatePage[] = [
  ...Object.values(PAGE_TYPES).map((path) => ({ path })),
  { path: '/policies/caviar-kz/rights/' },
  { path: '/rights/' },
  { path: '/topics/' },
  { path: '/law/' },
  { path: '/law/kz/' },
  {
    path: '/search/?q=cookies',
    ready: (page) => expect.poll(() => page.locator('.search-results a').count(), { timeout: 15_000 }).toBeGreaterThan(0),
  },
  { path: '/404.html' },
];

/** Templates with no page in a library this small: numbered listings. tests/scale/quality.test.ts checks them. */
const ONLY_AT_SCALE = ['law/[id]/policies/[...page].astro', 'policies/page/[page].astro'];

/** Records Content-Security-Policy violations the page reports. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

/** Loads a page in a fresh context and expects no request elsewhere, no cookie, no storage, no CSP violation, no error. */
async function loadPrivately(path: string, expect: ExpectStatic, finished?: typeof onTestFinished): Promise<WatchedPage> {
  const watched = await site.open({}, finished);
  const { page, context, foreignRequests, errors } = watched;
  const cspViolations = await watchCsp(page);
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
  expect(foreignRequests).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  const storage = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
    caches: 'caches' in window ? (await caches.keys()).length : 0,
  }));
  expect(storage).toEqual({ local: 0, session: 0, databases: 0, caches: 0 });
  expect(await cspViolations()).toEqual([]);
  expect(errors).toEqual([]);
  return watched;
}

const inDepth = new Set(TEMPLATE_PAGES.map((t) => t.path));

describe.each(TEMPLATE_PAGES.map((t) => [t.path, t] as const))('%s (one page of its template)', (path, template) => {
  test('requests nothing from elsewhere, sets no cookie, stores nothing, breaks no CSP rule, and has no WCAG 2.2 A/AA violation (axe) in light and dark at 1280 and 390 px', async () => {
    const { page, errors } = await loadPrivately(path, expect);
    await template.ready?.(page);
    expect(await axeInEveryLayout(page)).toEqual(NO_VIOLATIONS_IN_ANY_LAYOUT);
    expect(errors).toEqual([]);
  });
});

// Concurrently (Vitest runs up to five at once): most of a load is waiting for the network to go quiet.
describe('every other page', () => {
  test.concurrent.for(paths.filter((p) => !inDepth.has(p)))(
    '%s requests nothing from elsewhere, sets no cookie, stores nothing, breaks no CSP rule, and has no script error',
    async (path, { expect, onTestFinished }) => {
      await loadPrivately(path, expect, onTestFinished);
    },
  );
});

test('every template of src/pages has a page checked in depth here, or exists only in a large library', () => {
  const routes = pageRoutes();
  const built = new Set(paths.map((p) => routeOf(routes, p)?.file));
  expect(built.has(undefined), 'a built page no route file serves').toBe(false);
  const checked = new Set(TEMPLATE_PAGES.map((t) => routeOf(routes, t.path)?.file));
  const unchecked = routes.map((r) => r.file).filter((file) => !checked.has(file));
  expect(unchecked.sort()).toEqual([...ONLY_AT_SCALE].sort());
  // Those really have no page here: once one does, it belongs in TEMPLATE_PAGES.
  for (const file of ONLY_AT_SCALE) expect(built.has(file), file).toBe(false);
  for (const t of TEMPLATE_PAGES) expect(paths, t.path).toContain(t.path.split('?')[0]);
});

test('the policy is enforced: an injected inline script does not run', async () => {
  const { page } = await site.open();
  const cspViolations = await watchCsp(page);
  await page.goto(`${baseUrl}/`);
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
  });
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  expect((await cspViolations()).join(' ')).toContain('script-src');
});

test('search works under the policy, and the only storage is a preference the reader chose', async () => {
  const { page, context, foreignRequests } = await site.open();
  const cspViolations = await watchCsp(page);
  await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('персональных')}`);
  await expect.poll(() => page.locator('.search-results a').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  await page.getByRole('combobox', { name: 'Colour theme' }).selectOption('dark');
  expect(await page.evaluate(() => ({ ...localStorage }))).toEqual({ 'pip:theme': 'dark' });
  expect(await context.cookies()).toEqual([]);
  expect(await cspViolations()).toEqual([]);
  expect(foreignRequests).toEqual([]);
});

describe.each(['/', '/compare/', '/policies/caviar-kz/'])('keyboard only on %s', (path) => {
  test('the skip link comes first and works, focus is always visible, and Tab never gets stuck', async () => {
    const { page } = await site.open();
    await page.goto(`${baseUrl}${path}`);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({
      text: document.activeElement?.textContent?.trim(),
      href: document.activeElement?.getAttribute('href'),
    }));
    expect(first).toEqual({ text: 'Skip to content', href: '#main' });
    expect(await page.locator('.skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    const focusable = await page.evaluate(
      () =>
        [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex="0"]')].filter(
          (el) => (el as HTMLElement).offsetParent !== null,
        ).length,
    );
    const seen = new Set<string>();
    let wrapped = false;
    for (let i = 0; i < focusable + 10; i++) {
      await page.keyboard.press('Tab');
      const state = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const visible = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        const label = `${el.tagName}#${el.id}.${el.className}@${el.getAttribute('href') ?? ''}${el.getAttribute('value') ?? ''}${el.textContent?.slice(0, 20)}`;
        return { visible, label };
      });
      if (state === null) {
        wrapped = true; // focus left the page's last element: no trap
        break;
      }
      expect(state.visible, `focus indicator on ${state.label}`).toBe(true);
      seen.add(state.label);
    }
    expect(wrapped || seen.size >= focusable).toBe(true);
  });
});

test('the test browser lays text out in the fixed fonts only, whatever else the machine has installed', async () => {
  const { page } = await site.open();
  await page.goto(`${baseUrl}/data/`);
  // Each font stack the page uses, measured against the DejaVu face it must come down to (tests/support/fonts.conf).
  const widths = await page.evaluate(() => {
    const context = document.createElement('canvas').getContext('2d')!;
    const width = (family: string) => {
      context.font = `100px ${family}`;
      return Math.round(context.measureText('Privacy in Parallel 0123').width);
    };
    const root = getComputedStyle(document.documentElement);
    const stacks = {
      page: [root.fontFamily, '"DejaVu Sans"'],
      sans: [root.getPropertyValue('--font-sans'), '"DejaVu Sans"'],
      serif: [root.getPropertyValue('--font-serif'), '"DejaVu Serif"'],
      mono: [root.getPropertyValue('--font-mono'), '"DejaVu Sans Mono"'],
      pre: [getComputedStyle(document.querySelector('pre')!).fontFamily, '"DejaVu Sans Mono"'],
    };
    return Object.fromEntries(
      Object.entries(stacks).map(([name, [stack, face]]) => [
        name,
        { stack: stack!.trim().length > 0, asItsFace: width(stack!) === width(face!) },
      ]),
    );
  });
  const fine = { stack: true, asItsFace: true };
  expect(widths).toEqual({ page: fine, sans: fine, serif: fine, mono: fine, pre: fine });
});

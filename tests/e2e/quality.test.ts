/**
 * Quality gates over every page of the built site, in Chromium:
 * accessibility (axe-core, WCAG 2.2 A and AA, light and dark), the site's own
 * privacy (no request elsewhere, no cookie, nothing stored until the reader
 * chooses a preference), the Content-Security-Policy enforced with no
 * violation, and keyboard-only use (skip link, visible focus, no trap).
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { sitePages } from '../support/site-checks/site.ts';
import { axeViolations } from '../support/axe.ts';
import { PHONE, useBrowser } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const paths = sitePages('dist').map((p) => p.path);
const site = useBrowser(baseUrl);


/** Records Content-Security-Policy violations the page reports. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

describe.each(paths.map((p) => [p] as const))('%s', (path) => {
  test.each(['light', 'dark'] as const)('has no WCAG 2.2 A/AA violations (axe, %s scheme)', async (scheme) => {
    const { page } = await site.open({ colorScheme: scheme });
    await page.goto(`${baseUrl}${path}`);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('requests nothing from elsewhere, sets no cookie, stores nothing, and breaks no CSP rule', async () => {
    const { page, context, foreignRequests, errors } = await site.open();
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
  });
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
    const first = await page.evaluate(() => ({ text: document.activeElement?.textContent?.trim(), href: document.activeElement?.getAttribute('href') }));
    expect(first).toEqual({ text: 'Skip to content', href: '#main' });
    expect(await page.locator('.skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    const focusable = await page.evaluate(
      () => [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex="0"]')].filter((el) => (el as HTMLElement).offsetParent !== null).length,
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

test('the phone layout of the home page passes axe too', async () => {
  const { page } = await site.open({ viewport: PHONE });
  await page.goto(`${baseUrl}/`);
  expect(await axeViolations(page)).toEqual([]);
});

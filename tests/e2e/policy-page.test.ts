/**
 * The reading view, in Chromium against the built site: every clause is on
 * the page in order with its original and translation, a link to a clause
 * lands on it and highlights it, and nothing leaves localhost.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { normaliseWhitespace } from '../../src/lib/policy/fidelity.ts';
import { loadLibrary } from '../../src/lib/policy/library-fs.ts';
import { DESKTOP, PHONE, useBrowser } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const library = loadLibrary({ root: '.' });
const site = useBrowser(baseUrl);

describe.each(library.map((policy) => [policy.slug, policy] as const))('/policies/%s/', (slug, policy) => {
  test('shows every clause in order, each original with its lang and its translation', async () => {
    const { page, context, errors, foreignRequests } = await site.open();
    await page.goto(`${baseUrl}/policies/${slug}/`);
    const clauses = await page.locator('[data-clause]').evaluateAll((els) =>
      els.map((el) => ({
        id: el.id,
        original: el.querySelector('.clause-original [lang]')?.textContent ?? null,
        lang: el.querySelector('.clause-original [lang]')?.getAttribute('lang') ?? null,
        translation: el.querySelector('.clause-translation .clause-text')?.textContent ?? null,
      })),
    );
    expect(clauses.map((c) => c.id)).toEqual(policy.clauses.map((c) => c.id));
    policy.clauses.forEach((c, i) => {
      expect(normaliseWhitespace(clauses[i]!.original ?? ''), c.id).toBe(normaliseWhitespace(c.original));
      expect(clauses[i]!.lang, c.id).toBe(policy.language);
      expect(normaliseWhitespace(clauses[i]!.translation ?? ''), c.id).toBe(normaliseWhitespace(c.translation));
    });
    // Every clause's permalink points at itself.
    const permalinks = await page.locator('[data-clause] .clause-permalink').evaluateAll((els) => els.map((a) => a.getAttribute('href')));
    expect(permalinks).toEqual(policy.clauses.map((c) => `#${c.id}`));
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });
});

test.each([
  ['desktop', DESKTOP],
  ['phone', PHONE],
])('a link to a clause scrolls to it and highlights it (%s)', async (_name, viewport) => {
  const policy = library.find((p) => p.slug === 'caviar-kz')!;
  const target = policy.clauses[Math.floor(policy.clauses.length * 0.75)]!;
  const other = policy.clauses[1]!;
  const { page, errors } = await site.open({ viewport });
  await page.goto(`${baseUrl}/policies/caviar-kz/#${target.id}`);
  const state = await page.evaluate(
    ([targetId, otherId]) => {
      const el = document.getElementById(targetId!)!;
      const box = el.getBoundingClientRect();
      return {
        targetIsTarget: el.matches(':target'),
        top: box.top,
        viewportHeight: window.innerHeight,
        targetBackground: getComputedStyle(el).backgroundColor,
        otherBackground: getComputedStyle(document.getElementById(otherId!)!).backgroundColor,
        scrollY: window.scrollY,
      };
    },
    [target.id, other.id],
  );
  expect(state.targetIsTarget).toBe(true);
  expect(state.scrollY).toBeGreaterThan(0);
  expect(state.top).toBeGreaterThanOrEqual(-1);
  expect(state.top).toBeLessThan(state.viewportHeight / 2);
  expect(state.targetBackground).not.toBe(state.otherBackground);
  expect(errors).toEqual([]);
});

/** Every page of the built site, by its address: each index.html under dist/. */
const everyPage = (dir = 'dist', path = '/'): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? everyPage(join(dir, entry.name), `${path}${entry.name}/`) : entry.name === 'index.html' ? [path] : [],
  );

test('no page of the site scrolls sideways on a 390 px phone', async () => {
  const pages = everyPage();
  // Every policy page, its rights page, every topic, the law pages and the listings: not a short list by hand.
  expect(pages.length).toBeGreaterThan(3 * library.length + 20);
  const { page } = await site.open({ viewport: PHONE });
  const wide: string[] = [];
  for (const path of pages) {
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 0) wide.push(`${path} (${overflow} px)`);
  }
  expect(wide).toEqual([]);
}, 180_000);

test.each(['/', '/about/', ...library.map((policy) => `/policies/${policy.slug}/`)])(
  '%s fits a phone screen, makes no outside request and sets no cookie',
  async (path) => {
    const { page, context, errors, foreignRequests } = await site.open({ viewport: PHONE });
    const response = await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  },
);

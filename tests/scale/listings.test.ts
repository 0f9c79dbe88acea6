/**
 * At more policies than any page holds, the pages that list the whole library
 * (the policy list, each topic, the comparison, the policies under each law)
 * are split into numbered
 * pages: every policy is listed exactly once, no page holds more than its
 * size, every link (policy pages into their listing pages included) resolves,
 * and the search page does not grow a checkbox per policy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { loadLibrary } from '../../src/lib/policy/library-fs.ts';
import { LAW_CARD_POLICIES, PAGE_SIZE, paginate } from '../../src/lib/pagination.ts';
import { policiesUnder } from '../../src/lib/law.ts';
import { policiesOnTopic } from '../../src/lib/topics.ts';
import { attr, elements, parseHtml, textOf } from '../support/site-checks/html.ts';
import { checkLinks, formatBroken } from '../support/site-checks/links.ts';
import { LISTED_POLICIES_MAX } from '../../src/lib/search/search.ts';
import { TOPICS } from '../../src/lib/taxonomy.ts';
import { SCALE_POLICIES } from './global-setup.ts';

const root = inject('scaleRoot');
const dist = join(root, 'dist');
const policies = loadLibrary({ root });
const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const all = (path: string) => [...elements(parseHtml(html(path)))];
/** Paths of every page of a listing, by following its "Next" links from the first. */
function pagesFrom(first: string): string[] {
  const out = [first];
  for (let i = 0; i < 1000; i++) {
    const next = all(out.at(-1)!).find((el) => el.tagName === 'a' && attr(el, 'rel') === 'next');
    if (!next) return out;
    out.push(attr(next, 'href')!);
  }
  throw new Error(`more than 1000 pages from ${first}`);
}

beforeAll(() => {
  expect(policies.length).toBe(SCALE_POLICIES);
  for (const size of [...Object.values(PAGE_SIZE), LISTED_POLICIES_MAX]) expect(SCALE_POLICIES).toBeGreaterThan(size);
});

test('the policy list: the home page and /policies/page/N/ list every policy once, 24 to a page', () => {
  const pages = pagesFrom('/');
  expect(pages).toEqual(paginate(policies, PAGE_SIZE.policies).map((p) => (p.number === 1 ? '/' : `/policies/page/${p.number}/`)));
  const listed = pages.flatMap((path) =>
    all(path)
      .filter(
        (el) =>
          el.tagName === 'a' && /^\/policies\/[^/]+\/$/.test(attr(el, 'href') ?? '') && !/^\/policies\/page\//.test(attr(el, 'href')!),
      )
      .map((el) => attr(el, 'href')!),
  );
  expect(listed).toEqual(policies.map((p) => `/policies/${p.slug}/`));
  for (const path of pages)
    expect(all(path).filter((el) => el.tagName === 'nav' && attr(el, 'aria-label') === 'Pages of the policy list')).toHaveLength(1);
});

test('Your rights: /rights/ and /rights/N/ each hold 24 shops, every policy’s rights page linked once', () => {
  const pages = pagesFrom('/rights/');
  expect(pages).toEqual(paginate(policies, PAGE_SIZE.rights).map((p) => (p.number === 1 ? '/rights/' : `/rights/${p.number}/`)));
  const listed = pages.flatMap((path) =>
    all(path)
      .filter((el) => el.tagName === 'h3')
      .flatMap((h3) => [...elements(h3)].filter((el) => el.tagName === 'a').map((el) => attr(el, 'href')!)),
  );
  expect(listed).toEqual(policies.map((p) => `/policies/${p.slug}/rights/`));
  for (const path of pages)
    expect(all(path).filter((el) => el.tagName === 'nav' && attr(el, 'aria-label') === 'Pages of the shops')).toHaveLength(1);
});

test('the comparison: /compare/ and /compare/N/ hold 8 policies each, every policy once', () => {
  const pages = pagesFrom('/compare/');
  expect(pages).toHaveLength(Math.ceil(SCALE_POLICIES / PAGE_SIZE.compare));
  const columns = pages.map((path) =>
    all(path)
      .filter((el) => el.tagName === 'th' && attr(el, 'scope') === 'col')
      .flatMap((th) => [...elements(th)].filter((a) => a.tagName === 'a').map((a) => attr(a, 'href')!))
      .filter((href) => /^\/policies\/[^/#]+\/$/.test(href)),
  );
  for (const c of columns) expect(c.length).toBeLessThanOrEqual(PAGE_SIZE.compare);
  expect(columns.flat()).toEqual(policies.map((p) => `/policies/${p.slug}/`));
});

describe('the policies under each law', () => {
  const ids = [...new Set(policies.flatMap((p) => p.jurisdictions.map((j) => j.id)))].sort();
  const policyLinks = (path: string) =>
    all(path)
      .filter((el) => el.tagName === 'a' && /^\/policies\/[^/#]+\/$/.test(attr(el, 'href') ?? ''))
      .map((el) => attr(el, 'href')!);

  test('some law governs more policies than its page lists, so its list is paged', () => {
    expect(ids.some((id) => policiesUnder(id, policies).length > PAGE_SIZE.law)).toBe(true);
  });

  test.each(ids)('%s: its page lists the first 20, and /law/<id>/policies/ and its numbered pages every policy once, in order', (id) => {
    const governed = policiesUnder(id, policies).map(({ policy }) => `/policies/${policy.slug}/`);
    const onLawPage = policyLinks(`/law/${id}/`);
    expect(onLawPage).toEqual(governed.slice(0, PAGE_SIZE.law));
    const more = all(`/law/${id}/`).find((el) => el.tagName === 'a' && attr(el, 'href') === `/law/${id}/policies/`);
    if (governed.length <= PAGE_SIZE.law) {
      expect(more).toBeUndefined();
      return;
    }
    expect(more && textOf(more)).toBe(`All ${governed.length} policies under this law`);
    const pages = pagesFrom(`/law/${id}/policies/`);
    expect(pages).toEqual(
      paginate(governed, PAGE_SIZE.law).map((p) => (p.number === 1 ? `/law/${id}/policies/` : `/law/${id}/policies/${p.number}/`)),
    );
    expect(pages.flatMap(policyLinks)).toEqual(governed);
  });

  test('/law/ names at most 8 policies a law and links the rest to the law’s page', () => {
    const cards = all('/law/').filter((el) => el.tagName === 'li' && (attr(el, 'class') ?? '').includes('rounded-md'));
    expect(cards.length).toBeGreaterThanOrEqual(ids.length);
    for (const card of cards) {
      const links = [...elements(card)].filter((el) => el.tagName === 'a').map((el) => attr(el, 'href')!);
      const id = /^\/law\/([^/]+)\/$/.exec(links[0]!)![1]!;
      const governed = policiesUnder(id, policies);
      const named = links.filter((h) => /^\/policies\/[^/#]+\/$/.test(h));
      expect(named, id).toEqual(governed.slice(0, LAW_CARD_POLICIES).map(({ policy }) => `/policies/${policy.slug}/`));
      if (governed.length > LAW_CARD_POLICIES) expect(links, id).toContain(`/law/${id}/#policies`);
    }
  });
});

test('a policy page links to the comparison page that holds its column', () => {
  const index = PAGE_SIZE.compare * 2 + 3; // on page 3
  const policy = policies[index]!;
  const links = all(`/policies/${policy.slug}/`)
    .filter((el) => el.tagName === 'a' && (attr(el, 'href') ?? '').startsWith('/compare/'))
    .map((el) => attr(el, 'href')!);
  expect(links.length).toBeGreaterThan(0);
  for (const href of links.filter((h) => h.includes('#'))) expect(href).toMatch(/^\/compare\/3\/#/);
  expect(html('/compare/3/')).toContain(`href="/policies/${policy.slug}/"`);
});

describe.each(TOPICS.map((t) => [t.id] as const))('topic %s', (topic) => {
  test('its pages list every policy with a clause on it once, 20 to a page, and policy pages link to the right one', () => {
    const onTopic = policiesOnTopic(policies, topic);
    const pages = pagesFrom(`/topics/${topic}/`);
    expect(pages).toHaveLength(Math.max(1, Math.ceil(onTopic.length / PAGE_SIZE.topic)));
    const sections = pages.flatMap((path) =>
      all(path)
        .filter((el) => el.tagName === 'h2' && (attr(el, 'id') ?? '').startsWith('policy-'))
        .map((el) => ({ path, slug: attr(el, 'id')!.slice('policy-'.length) })),
    );
    expect(sections.map((s) => s.slug)).toEqual(onTopic.map((p) => p.policy.slug));
    const last = onTopic.at(-1);
    if (!last) return;
    // The topic chip on a clause of the last such policy leads to the page that shows it.
    const chip = all(`/policies/${last.policy.slug}/`).find(
      (el) => el.tagName === 'a' && attr(el, 'class') === 'chip' && (attr(el, 'href') ?? '').startsWith(`/topics/${topic}/`),
    );
    expect(chip, 'a topic chip on the policy page').toBeDefined();
    expect(attr(chip!, 'href')).toBe(sections.at(-1)!.path);
  });
});

test('every internal link and #fragment of the paginated site resolves', () => {
  const report = checkLinks(dist);
  expect(report.checked).toBeGreaterThan(10_000);
  expect(report.broken.map(formatBroken)).toEqual([]);
});

test('the search page lists no policy in advance, and says why', () => {
  const page = all('/search/');
  expect(page.filter((el) => el.tagName === 'input' && attr(el, 'name') === 'policy')).toHaveLength(0);
  const holder = page.find((el) => attr(el, 'data-policy-options') === 'results');
  expect(holder).toBeDefined();
  expect(textOf(holder!)).toMatch(new RegExp(`${SCALE_POLICIES} policies are too many to list`));
});

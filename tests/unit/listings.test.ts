/**
 * The numbered listings: how a list is split into pages, which page holds an
 * item, the URL of each page, and where every policy appears.
 */
import { expect, test } from 'vitest';
import { listingPlaces, PAGE_SIZE, pageOf, paginate } from '../../src/lib/pagination.ts';
import { policiesOnTopic } from '../../src/lib/topics.ts';
import { comparePath, listingPath, topicPath } from '../../src/lib/urls.ts';
import { loadLibrary } from '../../src/lib/policy/library-fs.ts';
import { TOPIC_IDS } from '../../src/lib/taxonomy.ts';

test('paginate splits a list into full pages and a last partial one, numbered from 1', () => {
  const pages = paginate(['a', 'b', 'c', 'd', 'e'], 2);
  expect(pages.map((p) => p.items)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  expect(pages.map((p) => [p.number, p.count, p.first, p.total])).toEqual([
    [1, 3, 1, 5],
    [2, 3, 3, 5],
    [3, 3, 5, 5],
  ]);
});

test('paginate: a list that fills its pages exactly has no empty last page; an empty list is one empty page', () => {
  expect(paginate([1, 2, 3, 4], 2)).toHaveLength(2);
  expect(paginate([], 24)).toEqual([{ number: 1, count: 1, items: [], first: 1, total: 0 }]);
});

test('paginate refuses a page size that is not a positive integer', () => {
  for (const size of [0, -1, 1.5, Number.NaN]) expect(() => paginate([1], size), String(size)).toThrow(RangeError);
});

test('pageOf agrees with paginate for every index, at each listing’s page size', () => {
  for (const listing of ['policies', 'topic', 'compare'] as const) {
    const items = Array.from({ length: PAGE_SIZE[listing] * 3 + 1 }, (_, i) => i);
    for (const page of paginate(items, PAGE_SIZE[listing])) {
      for (const index of page.items) expect(pageOf(index, listing), `${listing} #${index}`).toBe(page.number);
    }
  }
});

test('listingPath: page 1 is the listing itself; later pages are numbered under it, the home page’s under /policies/page/', () => {
  expect(listingPath('/compare/')).toBe('/compare/');
  expect(listingPath('/compare/', 1)).toBe('/compare/');
  expect(listingPath('/compare/', 2)).toBe('/compare/2/');
  expect(listingPath('/', 1)).toBe('/');
  expect(listingPath('/', 3)).toBe('/policies/page/3/');
  expect(topicPath('retention', 4)).toBe('/topics/retention/4/');
  expect(comparePath()).toBe('/compare/');
});

test('listingPlaces puts each policy on the comparison page and topic pages that list it', () => {
  const library = loadLibrary({ root: '.' });
  const places = listingPlaces(library);
  expect([...places.keys()]).toEqual(library.map((p) => p.slug));
  library.forEach((policy, i) => expect(places.get(policy.slug)!.compare).toBe(Math.floor(i / PAGE_SIZE.compare) + 1));
  for (const topic of TOPIC_IDS) {
    const onTopic = policiesOnTopic(library, topic).map(({ policy }) => policy.slug);
    for (const policy of library) {
      const page = places.get(policy.slug)!.topics[topic];
      if (onTopic.includes(policy.slug)) expect(page, `${policy.slug} on ${topic}`).toBe(pageOf(onTopic.indexOf(policy.slug), 'topic'));
      else expect(page, `${policy.slug} is not on ${topic}`).toBeUndefined();
    }
  }
});

/**
 * The search indexes' input, built from the model: every clause of every
 * policy becomes exactly one sub-result of its policy's document (with the
 * clause's own anchor and label, and its text intact after HTML escaping),
 * and one clause record; only Russian originals go into the Russian indexes.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, test } from 'vitest';
import { loadLibrary } from '../../src/lib/policy/library-fs.ts';
import { planIndexes } from '../../src/integrations/pagefind.ts';
import { clauseIndexParts, policyDocuments, searchRecords } from '../../src/lib/search/records.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
const policies = loadLibrary({ root: '.' });

function elements(node: Node, out: Element[] = []): Element[] {
  if ('tagName' in node) out.push(node);
  if ('childNodes' in node) for (const child of node.childNodes) elements(child, out);
  return out;
}
const text = (node: Node): string => ('value' in node && node.nodeName === '#text' ? node.value : 'childNodes' in node ? node.childNodes.map(text).join('') : '');
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

describe.each(policies.map((p) => [p.slug, p] as const))('%s', (_slug, policy) => {
  const doc = policyDocuments([policy])[0]!;
  const all = elements(parse(doc.content));

  test('its document has one section per clause, with the anchor, the label and the text', () => {
    expect(doc.url).toBe(`/policies/${policy.slug}/`);
    const sections = all.filter((el) => el.tagName === 'section');
    expect(sections.map((s) => attr(s, 'id'))).toEqual(policy.clauses.map((c) => c.id));
    sections.forEach((section, i) => {
      const clause = policy.clauses[i]!;
      expect(attr(section, 'data-pagefind-title')).toBe(clause.label);
      const paragraphs = section.childNodes.map(text);
      expect(paragraphs[0]).toBe(clause.original);
      expect(paragraphs[1]).toBe(clause.translation);
    });
  });

  test('its document carries the policy filters and name as metadata, outside the searchable text', () => {
    const meta = all.filter((el) => el.tagName === 'meta');
    const filter = (name: string) => meta.filter((m) => attr(m, 'data-pagefind-filter') === `${name}[content]`).map((m) => attr(m, 'content'));
    expect(filter('policy')).toEqual([policy.slug]);
    expect(filter('language')).toEqual([policy.language]);
    expect(filter('country')).toEqual([policy.country ?? 'none']);
    // Which index a result comes from, since the browser merges them into one engine.
    expect(filter('record')).toEqual(['policy']);
    expect(meta.find((m) => attr(m, 'data-pagefind-meta') === 'policy[content]')?.attrs.find((a) => a.name === 'content')?.value).toBe(policy.shortName);
    const body = all.find((el) => el.tagName === 'main')!;
    expect(attr(body, 'data-pagefind-body')).toBe('');
  });
});

// (One clause record per clause, and the Russian clause records, are tested in compare-and-exports.test.ts.)
test('every clause record says it is a clause, and the Russian policy documents hold only Russian originals', () => {
  for (const r of searchRecords(policies)) expect(r.filters.record).toEqual(['clause']);
  const russian = policies.filter((p) => p.language === 'ru');
  expect(russian.length).toBeGreaterThan(0);
  expect(policyDocuments(policies, { language: 'ru' }).map((d) => d.url)).toEqual(russian.map((p) => `/policies/${p.slug}/`));
  const ruDoc = policyDocuments(russian, { language: 'ru' })[0]!;
  expect(ruDoc.content).toContain('<html lang="ru">');
  const longest = [...russian[0]!.clauses].sort((a, b) => b.translation.length - a.translation.length)[0]!;
  expect(ruDoc.content).toContain(longest.original.slice(0, 60).replace(/&/g, '&amp;').replace(/</g, '&lt;'));
  expect(ruDoc.content).not.toContain(longest.translation.slice(0, 60).replace(/&/g, '&amp;').replace(/</g, '&lt;'));
});

test('the clause index is planned in parts of whole policies, in library order, every clause in exactly one part', () => {
  expect(clauseIndexParts(policies, 2).map((p) => p.map((x) => x.slug))).toEqual([policies.slice(0, 2), policies.slice(2, 4), policies.slice(4)].map((p) => p.map((x) => x.slug)));
  expect(clauseIndexParts([], 2)).toEqual([[]]);
  const plan = planIndexes(policies, 2);
  const clauseParts = plan.filter((p) => p.name === 'clauses' || p.name.startsWith('clauses-part'));
  expect(clauseParts.map((p) => [p.name, p.path])).toEqual([
    ['clauses', '/pagefind-clauses/'],
    ['clauses-part2', '/pagefind-clauses-part2/'],
    ['clauses-part3', '/pagefind-clauses-part3/'],
  ]);
  expect(clauseParts.flatMap((p) => p.items.map((r) => r.url))).toEqual(searchRecords(policies).map((r) => r.url));
  // With the default part size, five policies are one part.
  expect(planIndexes(policies).filter((p) => p.name.startsWith('clauses-part'))).toEqual([]);
});

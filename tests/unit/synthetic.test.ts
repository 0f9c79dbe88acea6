/**
 * The synthetic policies of the scaling benchmark (scripts/synthetic/)
 * are valid content: the project's own parser and fidelity check accept them,
 * as does the whole-library loader. They are shaped like the real five and
 * the same seed always gives the same files.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { generateLibrary, generatePolicy, mulberry32, SYNTHETIC_LANGUAGES, writeSyntheticLibrary } from '../../scripts/synthetic/index.ts';
import { checkFidelity } from '../../src/lib/policy/fidelity.ts';
import { loadLibrary } from '../../src/lib/policy/library-fs.ts';
import { parsePolicy } from '../../src/lib/policy/parse.ts';

const library = generateLibrary(40, 7);
const parsed = library.map((p) => ({ synthetic: p, policy: parsePolicy(p.mdx, { file: `src/content/policies/${p.slug}.mdx` }) }));

describe.each(parsed.slice(0, 12).map((x) => [x.synthetic.slug, x] as const))('%s', (_slug, { synthetic, policy }) => {
  test('passes the real parser, and its originals reproduce its own source', () => {
    expect(policy.slug).toBe(synthetic.slug);
    expect(policy.source).toBe(synthetic.sourceName);
    expect(checkFidelity(policy, synthetic.sourceText)).toBeNull();
    // The check is not blind here either: dropping a clause breaks it.
    expect(checkFidelity({ clauses: policy.clauses.slice(1) }, synthetic.sourceText)).not.toBeNull();
  });

  test('is shaped like a real policy', () => {
    expect(policy.clauses.length).toBeGreaterThanOrEqual(18);
    expect(policy.clauses.length).toBeLessThanOrEqual(53);
    expect(policy.sections.length).toBeGreaterThanOrEqual(7);
    expect(policy.clauses.filter((c) => c.kind === 'heading').length).toBeGreaterThanOrEqual(7);
    for (const c of policy.clauses.filter((c) => c.kind === 'policy')) {
      expect(c.topics.length, c.id).toBeGreaterThan(0);
      expect(c.assessment, c.id).not.toBeNull();
      expect(c.note?.length ?? 0, c.id).toBeGreaterThan(100);
    }
  });

  test('clause and section ids are unique', () => {
    const ids = [...policy.sections.map((s) => s.id), ...policy.clauses.map((c) => c.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('the library as a whole', () => {
  test('slugs and source names are unique', () => {
    expect(new Set(library.map((p) => p.slug)).size).toBe(library.length);
    expect(new Set(library.map((p) => p.sourceName)).size).toBe(library.length);
  });

  test('uses every language, with diacritics and Cyrillic in the originals', () => {
    expect(new Set(library.map((p) => p.language))).toEqual(new Set(SYNTHETIC_LANGUAGES));
    const text = (lang: string) =>
      library
        .filter((p) => p.language === lang)
        .map((p) => p.sourceText)
        .join('');
    expect(text('cs')).toMatch(/[ěščřžůý]/);
    expect(text('lv')).toMatch(/[āēīūļņšž]/);
    expect(text('sq')).toMatch(/[ëç]/);
    expect(text('ru')).toMatch(/[а-яё]{5}/);
  });

  test('has headings, chrome, translator notes and links between clauses', () => {
    const clauses = parsed.flatMap((x) => x.policy.clauses);
    expect(clauses.some((c) => c.kind === 'chrome')).toBe(true);
    const withTn = clauses.filter((c) => c.translatorNote).length / clauses.length;
    expect(withTn).toBeGreaterThan(0.1);
    expect(withTn).toBeLessThan(0.35);
    expect(clauses.some((c) => c.seeAlso.length > 0)).toBe(true);
  });

  test('now and then a clause cites a national law of its jurisdictions, as the real policies do', () => {
    const clauses = parsed.flatMap((x) => x.policy.clauses);
    const citing = clauses.filter((c) => c.laws.length > 0);
    expect(citing.length / clauses.length).toBeGreaterThan(0.01);
    expect(citing.length / clauses.length).toBeLessThan(0.2);
    // Every language's national law is cited somewhere (ids as the real jurisdiction files spell them).
    const cited = new Set(citing.flatMap((c) => c.laws.map((l) => l.law)));
    for (const law of ['cz-act-127-2005', 'lv-information-society-services-law', 'kz-law-94-v', 'xk-law-06-l-082'])
      expect(cited, law).toContain(law);
  });

  test('clause lengths are like the real policies', () => {
    const clauses = parsed.flatMap((x) => x.policy.clauses);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const original = mean(clauses.map((c) => c.original.length));
    const translation = mean(clauses.map((c) => c.translation.length));
    // The real five: 145–263 characters per original on average, translations 148–224.
    expect(original).toBeGreaterThan(120);
    expect(original).toBeLessThan(280);
    expect(translation / original).toBeGreaterThan(0.8);
    expect(translation / original).toBeLessThan(1.25);
  });
});

describe('determinism', () => {
  test('the same seed gives the same policy, whatever the size of the library', () => {
    expect(generatePolicy(5, 7)).toEqual(library[5]);
    expect(generateLibrary(3, 7)).toEqual(library.slice(0, 3));
  });

  test('another seed gives other policies', () => {
    expect(generatePolicy(5, 8).mdx).not.toBe(library[5]!.mdx);
  });

  test('the PRNG is seeded', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe('writeSyntheticLibrary', () => {
  const root = mkdtempSync(join(tmpdir(), 'synthetic-test-'));
  // A synthetic library names the project's real jurisdictions, as the temporary project copy holds them.
  cpSync('src/content/jurisdictions', join(root, 'src/content/jurisdictions'), { recursive: true });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('writes policies and sources that the project loader accepts', () => {
    const result = writeSyntheticLibrary(root, 15, { seed: 3 });
    expect(result.policies).toBe(15);
    expect(readdirSync(join(root, 'src/content/policies'))).toHaveLength(15);
    expect(readdirSync(join(root, 'sources')).filter((f) => f.endsWith('.txt'))).toHaveLength(15);
    // Each source's hash is recorded, as a capture records it: the loader checks them.
    expect(readFileSync(join(root, 'sources/SHA256SUMS'), 'utf8').trimEnd().split('\n')).toHaveLength(15);
    // The loader checks each law a clause cites against the policy's jurisdictions; some do cite one.
    const loaded = loadLibrary({ root });
    expect(loaded).toHaveLength(15);
    expect(loaded.some((p) => p.clauses.some((c) => c.laws.length > 0))).toBe(true);
    expect(loaded.reduce((n, p) => n + p.clauses.length, 0)).toBe(result.clauses);
  });

  test('replaces what was there, sources included', () => {
    const result = writeSyntheticLibrary(root, 4, { seed: 3 });
    expect(result.removed).toHaveLength(15);
    expect(readdirSync(join(root, 'sources')).filter((f) => f.endsWith('.txt'))).toHaveLength(4);
    expect(readFileSync(join(root, 'sources/SHA256SUMS'), 'utf8').trimEnd().split('\n')).toHaveLength(4);
    expect(loadLibrary({ root })).toHaveLength(4);
  });
});

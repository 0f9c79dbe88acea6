/**
 * The comparison model, the checklist and the data exports, on the small
 * fixture library (whose findings the tests know) and on the real library.
 */
import { describe, expect, test } from 'vitest';
import { checklist, comparisonRows, formatScore, groupedRows } from '../../src/lib/compare.ts';
import { JSON_SCHEMAS } from '../../src/lib/exports-schema.ts';
import {
  COMPARISON_CSV_HEADER,
  COMPARISON_CSV_POLICIES,
  comparisonCsvParts,
  csvField,
  libraryIndexText,
  policyFileText,
  sha256,
  toComparisonCsv,
  toCsv,
  toJurisdictionsJson,
  toLibraryIndex,
  toPolicyJson,
} from '../../src/lib/exports.ts';
import { loadJurisdictions } from '../../src/lib/jurisdiction/library-fs.ts';
import { loadLibrary } from '../../src/lib/policy/library-fs.ts';
import type { Finding, Policy } from '../../src/lib/policy/model.ts';
import { ASPECT_GROUPS, ASPECTS } from '../../src/lib/taxonomy.ts';
import { schemaValidator } from '../support/json-schema.ts';

const [tiny] = loadLibrary({ root: 'tests/fixtures/library' });
const tinyPolicy = tiny!;

/** The fixture with some findings replaced. */
function withFindings(policy: Policy, changes: Partial<Record<string, Pick<Finding, 'status' | 'clauses'>>>): Policy {
  const findings = { ...policy.findings } as Record<string, Finding>;
  for (const [aspect, change] of Object.entries(changes)) findings[aspect] = { ...findings[aspect]!, ...change! };
  return { ...policy, slug: `${policy.slug}-changed`, findings: findings as Policy['findings'] };
}

describe('comparison rows', () => {
  test('one row per aspect, one cell per policy, with evidence links', () => {
    const rows = comparisonRows([tinyPolicy]);
    expect(rows.map((r) => r.aspect.id)).toEqual(ASPECTS.map((a) => a.id));
    const retention = rows.find((r) => r.aspect.id === 'retention-period')!;
    expect(retention.cells).toHaveLength(1);
    expect(retention.cells[0]!.evidence).toEqual([
      { clause: 'retention-two-years', label: 'Kept for two years', url: '/policies/tiny-shop/#retention-two-years' },
    ]);
  });

  test('a row differs only when the policies give different statuses', () => {
    const other = withFindings(tinyPolicy, { 'retention-period': { status: 'partial', clauses: ['retention-two-years'] } });
    const rows = comparisonRows([tinyPolicy, other]);
    expect(rows.find((r) => r.aspect.id === 'retention-period')!.differs).toBe(true);
    expect(rows.find((r) => r.aspect.id === 'dpo-contact')!.differs).toBe(false);
  });

  test('groups come in the taxonomy order and hold every aspect once', () => {
    const groups = groupedRows([tinyPolicy]);
    expect(groups.map((g) => g.id)).toEqual(ASPECT_GROUPS.map((g) => g.id).filter((id) => ASPECTS.some((a) => a.group === id)));
    expect(groups.flatMap((g) => g.rows.map((r) => r.aspect.id)).sort()).toEqual(ASPECTS.map((a) => a.id).sort());
  });
});

describe('the disclosure checklist', () => {
  const items = ASPECTS.filter((a) => a.checklist);

  test('counts stated as 1, partial as ½, unclear and not stated as 0', () => {
    // In the fixture only retention-period (a checklist item) is stated.
    expect(checklist(tinyPolicy).score).toBe(1);
    expect(checklist(tinyPolicy).max).toBe(items.length);
    const changed = withFindings(tinyPolicy, {
      purposes: { status: 'partial', clauses: ['data-name-email'] },
      'legal-bases': { status: 'unclear', clauses: ['data-name-email'] },
      'data-categories': { status: 'not-stated', clauses: [] }, // not a checklist item
    });
    expect(checklist(changed).score).toBe(1.5);
  });

  test('each item links its evidence or has none', () => {
    const { items: list } = checklist(tinyPolicy);
    expect(list.map((i) => i.aspect.id)).toEqual(items.map((a) => a.id));
    expect(list.find((i) => i.aspect.id === 'retention-period')!.evidence.map((e) => e.url)).toEqual([
      '/policies/tiny-shop/#retention-two-years',
    ]);
    expect(list.find((i) => i.aspect.id === 'dpo-contact')!.evidence).toEqual([]);
  });

  test('formats a score without a trailing .0', () => {
    expect(formatScore({ score: 8, max: 17 })).toBe('8 of 17');
    expect(formatScore({ score: 8.5, max: 17 })).toBe('8.5 of 17');
  });
});

describe('CSV', () => {
  test('quotes fields with commas, quotes and newlines as RFC 4180 says', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('the "Company"')).toBe('"the ""Company"""');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('carriage\rreturn')).toBe('"carriage\rreturn"');
    expect(
      toCsv([
        ['a', 'b,c'],
        ['"', ''],
      ]),
    ).toBe('a,"b,c"\r\n"""",\r\n');
  });

  test('the comparison has a header, one row per policy and aspect, and one per jurisdiction that applies', () => {
    const csv = toComparisonCsv([tinyPolicy]);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(COMPARISON_CSV_HEADER.join(','));
    expect(lines).toHaveLength(1 + ASPECTS.length + tinyPolicy.jurisdictions.length);
    expect(lines).toContain('tiny-shop,jurisdiction,stated,zz: The fixture says so.,/law/zz/');
    expect(lines).toContain('tiny-shop,retention-period,stated,2 years,/policies/tiny-shop/#retention-two-years');
    expect(toComparisonCsv([tinyPolicy], new URL('https://example.org/'))).toContain(
      ',https://example.org/policies/tiny-shop/#retention-two-years',
    );
  });
});

describe('the comparison CSV in parts', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => ({ ...tinyPolicy, slug: `shop-${i}` }));
  test('a library that fits one part is one file, /data/comparison.csv', () => {
    const parts = comparisonCsvParts(many(COMPARISON_CSV_POLICIES));
    expect(parts.map((p) => p.path)).toEqual(['/data/comparison.csv']);
    expect(parts[0]!.policies).toHaveLength(COMPARISON_CSV_POLICIES);
  });
  test('a larger one is numbered parts that hold every policy once, in order, none more than a part’s size', () => {
    const library = many(COMPARISON_CSV_POLICIES * 2 + 1);
    const parts = comparisonCsvParts(library);
    expect(parts.map((p) => p.path)).toEqual(['/data/comparison-1.csv', '/data/comparison-2.csv', '/data/comparison-3.csv']);
    expect(parts.flatMap((p) => p.policies.map((x) => x.slug))).toEqual(library.map((p) => p.slug));
    for (const part of parts) expect(part.policies.length).toBeLessThanOrEqual(COMPARISON_CSV_POLICIES);
    // Each part is a CSV of its own, with the header.
    expect(toComparisonCsv(parts[2]!.policies).split('\r\n')[0]).toBe(COMPARISON_CSV_HEADER.join(','));
  });
});

describe('open data', () => {
  const ajv = schemaValidator();
  const library = loadLibrary({ root: '.' });
  const jurisdictions = [...loadJurisdictions('.').values()];

  test('a policy’s file holds its metadata, jurisdictions, every clause and every finding', () => {
    const p = toPolicyJson(tinyPolicy);
    expect(p.schemaVersion).toBe(2);
    // The fixture's text names no web address, and no capture date is recorded for it.
    expect(p.source).toEqual({
      file: 'tiny.txt',
      sha256: tinyPolicy.sourceSha256,
      url: '/sources/tiny.txt',
      address: null,
      captured: null,
    });
    expect(toPolicyJson(tinyPolicy, new URL('https://pp.example/')).source.url).toBe('https://pp.example/sources/tiny.txt');
    expect(p.jurisdictions).toEqual([{ id: 'zz', basis: 'stated', reason: 'The fixture says so.', url: '/law/zz/' }]);
    expect(p.clauses.map((c) => c.id)).toEqual(tinyPolicy.clauses.map((c) => c.id));
    // Notes are exported as plain text: links become their text.
    expect(p.clauses.find((c) => c.id === 'data-name-email')!.note).toBe('Only two kinds of data; see retention.');
    expect(p.findings['retention-period']).toEqual({ status: 'stated', value: '2 years', clauses: ['retention-two-years'] });
  });

  test('every real policy’s file is valid against the published policy schema, and a broken one is not', () => {
    const validate = ajv.compile(JSON_SCHEMAS['policy.schema.json']);
    for (const policy of library) {
      const json = JSON.parse(policyFileText(policy)) as unknown;
      expect(validate(json), `${policy.slug}: ${JSON.stringify(validate.errors?.slice(0, 2))}`).toBe(true);
    }
    const broken = JSON.parse(policyFileText(library[0]!)) as { clauses: { kind: string }[] };
    broken.clauses[0]!.kind = 'advert';
    expect(validate(broken)).toBe(false);
  });

  test('the index lists each policy once, with the hash of the very bytes of its file', () => {
    const index = toLibraryIndex(library, jurisdictions);
    expect(ajv.compile(JSON_SCHEMAS['index.schema.json'])(index)).toBe(true);
    expect(index.policies.map((p) => p.slug)).toEqual(library.map((p) => p.slug));
    for (const entry of index.policies) expect(entry.data.sha256).toBe(sha256(policyFileText(library.find((p) => p.slug === entry.slug)!)));
    expect(index.jurisdictions.ids.sort()).toEqual(jurisdictions.map((j) => j.id).sort());
  });

  test('the index file parses back to the index, one line per policy, and its other lines indented as the other data files', () => {
    const index = toLibraryIndex(library, jurisdictions);
    const text = libraryIndexText(index);
    expect(JSON.parse(text)).toEqual(index);
    const lines = text.split('\n');
    for (const p of index.policies)
      expect(
        lines.filter((l) => l.includes(`"slug":"${p.slug}"`)),
        p.slug,
      ).toHaveLength(1);
    expect(lines.length).toBe(JSON.stringify({ ...index, policies: [] }, null, 2).split('\n').length + index.policies.length + 1);
    expect(JSON.parse(libraryIndexText({ ...index, policies: [] }))).toEqual({ ...index, policies: [] });
  });

  test('the law layer is exported with every source, and validates against its schema', () => {
    const json = toJurisdictionsJson(jurisdictions);
    expect(ajv.compile(JSON_SCHEMAS['jurisdictions.schema.json'])(json)).toBe(true);
    for (const j of json.jurisdictions) for (const law of j.laws) expect(law.sources.length, law.id).toBeGreaterThan(0);
  });
});

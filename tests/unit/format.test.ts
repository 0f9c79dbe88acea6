/**
 * The policy file format has one writer and one reader: what the writer
 * writes, the parser reads back as written, and what it cannot write so, it
 * refuses.
 */
import { describe, expect, test } from 'vitest';
import { FormatError, writeClause, writePolicyFile, type SectionDraft } from '../../src/lib/policy/format.ts';
import { parsePolicy } from '../../src/lib/policy/parse.ts';
import { ASPECT_IDS } from '../../src/lib/taxonomy.ts';
import { stringify } from 'yaml';

const frontmatter = stringify({
  title: 'Privacy policy',
  shortName: 'Round trip',
  originalTitle: 'Zásady ochrany osobních údajů',
  owner: null,
  website: null,
  language: 'cs',
  country: null,
  countryBasis: 'Not stated.',
  jurisdictions: [{ id: 'cz', basis: 'inferred', reason: 'Written in Czech.' }],
  source: 'round-trip.txt',
  provenance: { address: null, captured: null },
  legalContext: 'The GDPR.',
  summary: 'A policy written by the writer and read by the parser.',
  findings: Object.fromEntries(
    ASPECT_IDS.map((a) => [
      a,
      a === 'retention-period'
        ? { status: 'stated', value: '2 years', clauses: ['keep-two-years'] }
        : { status: 'not-stated', value: 'Nothing', clauses: [] },
    ]),
  ),
});

const sections: SectionDraft[] = [
  {
    id: 'top',
    clauses: [
      { id: 'heading', kind: 'heading', original: '1. Общие положения', translation: '1. General provisions' },
      {
        id: 'keep-two-years',
        label: 'Kept for two years',
        topics: ['retention', 'rights'],
        gdpr: ['13(2)(a)', '17'],
        assessment: 'positive',
        seeAlso: ['menu'],
        laws: [
          { law: 'cz-act-127-2005', article: '§ 89(3)' },
          { law: 'eu-eprivacy-directive', article: 'Art. 5(3)' },
        ],
        // Markdown would rewrite all of these; the format keeps them verbatim.
        original: 'Údaje uchováváme *2 roky*,\\„ poté je smažeme.\n  - odrážka zůstává\n1. i číslo',
        translation: 'We keep the data for *2 years*, then delete it.\n  - the bullet stays\n1. and the number',
        note: 'A clear period; see [the menu](#menu).\n\nA second paragraph.',
        translatorNote: 'The backslash is in the source.',
      },
    ],
  },
  { id: 'chrome', clauses: [{ id: 'menu', kind: 'chrome', original: 'Přihlásit | Košík', translation: 'Log in | Basket' }] },
];

test('a file written by the writer reads back as written', () => {
  const policy = parsePolicy(writePolicyFile({ frontmatter, comment: 'Written by a test.', sections }), {
    file: 'src/content/policies/round-trip.mdx',
  });
  expect(policy.sections.map((s) => s.id)).toEqual(['top', 'chrome']);
  const written = sections.flatMap((s) => s.clauses.map((c) => ({ ...c, section: s.id })));
  expect(policy.clauses).toHaveLength(written.length);
  policy.clauses.forEach((clause, i) => {
    const draft = written[i]!;
    expect(clause).toMatchObject({
      id: draft.id,
      kind: draft.kind ?? 'policy',
      original: draft.original,
      translation: draft.translation,
      topics: draft.topics ?? [],
      gdpr: draft.gdpr ?? [],
      assessment: draft.assessment ?? null,
      note: draft.note ?? null,
      translatorNote: draft.translatorNote ?? null,
      seeAlso: (draft.seeAlso ?? []).map((clause) => ({ policy: null, clause })),
      laws: draft.laws ?? [],
      section: draft.section,
    });
  });
  expect(policy.clauses[1]!.noteRefs).toEqual([{ policy: null, clause: 'menu' }]);
  expect(policy.findings['retention-period'].clauses).toEqual(['keep-two-years']);
});

describe('the writer refuses what would not read back the same', () => {
  const base = { id: 'x', original: 'Text', translation: 'Text' };
  test('a law reference that the law attribute cannot hold', () => {
    expect(() => writeClause({ ...base, laws: [{ law: 'cz act', article: '§ 1' }] })).toThrow(
      new FormatError('clause "x": law id "cz act" cannot hold white space or a semicolon'),
    );
    expect(() => writeClause({ ...base, laws: [{ law: 'cz-act-127-2005', article: '§ 1; § 2' }] })).toThrow(
      new FormatError(
        'clause "x": the article "§ 1; § 2" of law "cz-act-127-2005" must be non-empty and single-spaced, without a semicolon',
      ),
    );
  });
  test('a double quote in an attribute', () => {
    expect(() => writeClause({ ...base, label: 'The "best" shop' })).toThrow(
      new FormatError('clause "x": attribute label cannot hold a double quote ("The \\"best\\" shop"); use “ ” or \' instead'),
    );
  });
  test("the format's own tags inside a text", () => {
    expect(() => writeClause({ ...base, original: 'Before </Original> after' })).toThrow(FormatError);
    expect(() => writeClause({ ...base, note: 'A <Clause id="y"> inside' })).toThrow(
      'clause "x": <Note> cannot hold the format\'s own tag',
    );
  });
  test('a comment that would end early', () => {
    expect(() => writePolicyFile({ frontmatter, comment: 'ends */ here', sections })).toThrow('the comment cannot hold "*/"');
  });
});

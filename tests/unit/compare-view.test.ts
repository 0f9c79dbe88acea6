/**
 * The comparison's view in the URL (src/lib/compare-view.ts): reading a
 * query string, writing one back, filtering a table, and bad input.
 */
import { describe, expect, test } from 'vitest';
import {
  applyView,
  DEFAULT_VIEW,
  narrowsRows,
  parseView,
  serializeView,
  type CompareView,
  type ViewTable,
} from '../../src/lib/compare-view.ts';
import { loadLibrary } from '../../src/lib/policy/library-fs.ts';
import { ASPECTS } from '../../src/lib/taxonomy.ts';

const view = (v: Partial<CompareView>): CompareView => ({ ...DEFAULT_VIEW, ...v });

/** A hand-made table of three policies and four rows whose answers the tests know. */
const table: ViewTable = {
  policies: ['a', 'b', 'c'],
  rows: [
    { aspect: 'purposes', group: 'why', statuses: { a: 'stated', b: 'stated', c: 'stated' } },
    { aspect: 'legal-bases', group: 'why', statuses: { a: 'not-stated', b: 'partial', c: 'stated' } },
    { aspect: 'retention-period', group: 'how-long', statuses: { a: 'not-stated', b: 'stated', c: 'partial' } },
    { aspect: 'right-of-access', group: 'rights', statuses: { a: 'not-stated', b: 'not-stated', c: 'not-stated' } },
  ],
};

describe('parse and serialize', () => {
  test('the whole table is the empty query, both ways', () => {
    expect(serializeView(DEFAULT_VIEW)).toBe('');
    expect(parseView('')).toEqual(DEFAULT_VIEW);
    expect(parseView('?')).toEqual(DEFAULT_VIEW);
  });

  test('every field survives a round trip', () => {
    const v = view({
      groups: ['why', 'rights'],
      aspects: ['retention-period'],
      status: ['partial', 'not-stated'],
      policies: ['caviar-kz', 'kivismart-cz'],
      match: 'every',
      differs: true,
      columns: 'matching',
    });
    const query = serializeView(v);
    expect(query).toBe(
      '?groups=why,rights&aspects=retention-period&status=partial,not-stated&policies=caviar-kz,kivismart-cz&match=every&differs=1&cols=matching',
    );
    expect(parseView(query)).toEqual(v);
    expect(serializeView(parseView(query))).toBe(query);
  });

  test('lists are written in the taxonomy’s order and once, so equal views give equal URLs', () => {
    const a = serializeView(view({ status: ['not-stated', 'stated', 'not-stated'], groups: ['rights', 'who'] }));
    const b = serializeView(view({ status: ['stated', 'not-stated'], groups: ['who', 'rights'] }));
    expect(a).toBe(b);
    expect(a).toBe('?groups=who,rights&status=stated,not-stated');
  });

  test('match and cols are written only when a status is chosen (they mean nothing without one)', () => {
    expect(serializeView(view({ match: 'every', columns: 'matching' }))).toBe('');
    expect(serializeView(view({ status: ['partial'], match: 'every' }))).toBe('?status=partial&match=every');
  });

  test('repeated parameters and URL-encoded commas read like one list', () => {
    expect(parseView('status=partial&status=not-stated').status).toEqual(['partial', 'not-stated']);
    expect(parseView('aspects=retention-period%2Clegal-bases').aspects).toEqual(['legal-bases', 'retention-period']);
  });
});

describe('bad input is dropped, never an error', () => {
  test('unknown groups, aspects and statuses are left out', () => {
    const v = parseView('?groups=why,nope&aspects=retention-period,DROP TABLE&status=maybe,partial');
    expect(v.groups).toEqual(['why']);
    expect(v.aspects).toEqual(['retention-period']);
    expect(v.status).toEqual(['partial']);
  });

  test('policy slugs that could not be slugs are left out; the rest are lower-cased and kept once', () => {
    const v = parseView('?policies=Caviar-KZ,caviar-kz,../etc,<script>,a--b,-x,ok-1');
    expect(v.policies).toEqual(['caviar-kz', 'ok-1']);
  });

  test('a URL naming thousands of policies keeps a bounded list', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `p${i}`).join(',');
    expect(parseView(`policies=${many}`).policies).toHaveLength(200);
  });

  test('match, differs and cols fall back to the default on anything else', () => {
    expect(parseView('match=all&differs=0&cols=some')).toEqual(DEFAULT_VIEW);
    expect(parseView('differs=true').differs).toBe(true);
    expect(parseView('%E0%A4%A=1&status=%ZZ')).toEqual(DEFAULT_VIEW);
  });
});

describe('filtering a table', () => {
  test('the default view shows everything', () => {
    expect(applyView(DEFAULT_VIEW, table)).toEqual({ rows: table.rows.map((r) => r.aspect), policies: ['a', 'b', 'c'] });
    expect(narrowsRows(DEFAULT_VIEW)).toBe(false);
  });

  test('several groups, and single aspects, add up', () => {
    expect(applyView(view({ groups: ['how-long', 'rights'] }), table).rows).toEqual(['retention-period', 'right-of-access']);
    expect(applyView(view({ groups: ['rights'], aspects: ['purposes'] }), table).rows).toEqual(['purposes', 'right-of-access']);
  });

  test('only the rows where the policies shown differ', () => {
    expect(applyView(view({ differs: true }), table).rows).toEqual(['legal-bases', 'retention-period']);
    // Between b and c alone, only legal bases and retention differ; between a and b, retention and legal bases too.
    expect(applyView(view({ differs: true, policies: ['a', 'b'] }), table).rows).toEqual(['legal-bases', 'retention-period']);
    expect(applyView(view({ differs: true, policies: ['b'] }), table).rows).toEqual([]);
  });

  test('status with any: rows where at least one policy shown gives that answer', () => {
    expect(applyView(view({ status: ['not-stated'] }), table).rows).toEqual(['legal-bases', 'retention-period', 'right-of-access']);
    expect(applyView(view({ status: ['not-stated'], policies: ['c'] }), table)).toEqual({
      rows: ['right-of-access'],
      policies: ['c'],
    });
  });

  test('status with every: rows where every policy shown gives one of the answers', () => {
    expect(applyView(view({ status: ['not-stated'], match: 'every' }), table).rows).toEqual(['right-of-access']);
    expect(applyView(view({ status: ['not-stated', 'partial'], match: 'every', policies: ['a', 'b'] }), table).rows).toEqual([
      'legal-bases',
      'right-of-access',
    ]);
  });

  test('cols=matching: only the policies that give one of the answers on every row shown', () => {
    const lacking = view({ aspects: ['legal-bases', 'retention-period'], status: ['not-stated', 'partial'], columns: 'matching' });
    expect(applyView(lacking, table)).toEqual({ rows: ['legal-bases', 'retention-period'], policies: ['a'] });
    expect(applyView({ ...lacking, status: ['not-stated'] }, table)).toEqual({
      rows: ['legal-bases', 'retention-period'],
      policies: ['a'],
    });
    expect(applyView({ ...lacking, status: ['stated'] }, table)).toEqual({ rows: [], policies: [] });
  });

  test('cols=matching asks every row chosen: a row no policy lacks leaves no policy lacking both', () => {
    const v = view({ aspects: ['purposes', 'retention-period'], status: ['not-stated', 'partial'], columns: 'matching' });
    // Every policy states its purposes, so none lacks purposes and a retention period, though a and c lack the second.
    expect(applyView(v, table)).toEqual({ rows: [], policies: [] });
    expect(applyView({ ...v, columns: 'all' }, table)).toEqual({ rows: ['retention-period'], policies: ['a', 'b', 'c'] });
  });

  test('policies not in the table (another page of the comparison) leave no column', () => {
    expect(applyView(view({ policies: ['zzz'] }), table)).toEqual({ rows: [], policies: [] });
  });

  test('on the real library, the retention and legal-basis question names the policies the content says lack both', () => {
    const library = loadLibrary({ root: '.' });
    const lack = new Set(['not-stated', 'partial']);
    const expected = library
      .filter((p) => lack.has(p.findings['retention-period'].status) && lack.has(p.findings['legal-bases'].status))
      .map((p) => p.slug);
    const real: ViewTable = {
      policies: library.map((p) => p.slug),
      rows: ASPECTS.map((a) => ({
        aspect: a.id,
        group: a.group,
        statuses: Object.fromEntries(library.map((p) => [p.slug, p.findings[a.id].status])),
      })),
    };
    const result = applyView(parseView('?aspects=retention-period,legal-bases&status=not-stated,partial&cols=matching'), real);
    expect(result.policies).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(library.length);
  });
});

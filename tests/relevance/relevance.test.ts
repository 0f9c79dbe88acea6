/**
 * The relevance benchmark as a floor: the success at 1 and at 3 the search
 * must reach on tests/relevance/queries.yaml (the README quotes it); these
 * checks fail if a change makes the search fall below it.
 * (A floor, not a timing: the figures are counts of right answers.)
 */
import { beforeAll, expect, test } from 'vitest';
import { loadLibrary } from '../../src/lib/policy/library-fs.ts';
import { planQuery } from '../../src/lib/search/query.ts';
import { tokenize } from '../../src/lib/search/text.ts';
import { memoryIndex, runQueries } from '../../scripts/bench-relevance/relevance.ts';
import { readQueries, summarize, type QueryResult } from '../../scripts/bench-relevance/scoring.ts';

/** The floor, in per cent of the queries: the right answer first, and among the first three. */
const FLOOR = { at1: 85, at3: 95 };
const queries = readQueries();
let results: QueryResult[];
// Building the index and running every query of the tuning set (161) takes some seconds, more than the default ten when other tests share the cores.
beforeAll(async () => {
  results = await runQueries(await memoryIndex(loadLibrary({ root: '.' })), queries);
}, 120_000);

test('every query names right answers that exist in the library', () => {
  const ids = new Set(loadLibrary({ root: '.' }).flatMap((p) => p.clauses.map((c) => `${p.slug}#${c.id}`)));
  expect(queries.length).toBeGreaterThanOrEqual(60);
  for (const q of queries) {
    expect(q.answers.length, q.query).toBeGreaterThan(0);
    for (const a of q.answers) expect(ids.has(a), `${q.query}: ${a}`).toBe(true);
  }
});

test('success at 1 and at 3 do not fall below the floor', () => {
  const { all } = summarize(results);
  expect(Math.round(all.at1 * 100)).toBeGreaterThanOrEqual(FLOOR.at1);
  expect(Math.round(all.at3 * 100)).toBeGreaterThanOrEqual(FLOOR.at3);
});

test('a query comes back empty only when no clause holds any of its words', () => {
  const library = loadLibrary({ root: '.' });
  const words = new Set(
    library.flatMap((p) => p.clauses.flatMap((c) => tokenize(`${c.label} ${c.translation} ${c.original}`).map((t) => t.term))),
  );
  for (const r of results.filter((r) => r.top.length === 0)) {
    const asked = planQuery(r.query.query, ['en']).words.map((w) => w.term);
    for (const w of asked) expect(words.has(w), `“${r.query.query}” came back empty, but a clause holds “${w}”`).toBe(false);
  }
});

/**
 * The relevance benchmark as a floor: the README states the success at 1
 * and at 3 the search reaches on tests/relevance/queries.yaml; these checks
 * fail if a change makes the search fall below what the README promises.
 * (A floor, not a timing: the figures are counts of right answers.)
 */
import { readFileSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import { loadLibrary } from '../../src/lib/policy/library-fs.ts';
import { planQuery } from '../../src/lib/search/query.ts';
import { tokenize } from '../../src/lib/search/text.ts';
import { memoryIndex, runQueries } from '../../scripts/bench-relevance/relevance.ts';
import { readQueries, summarize, type QueryResult } from '../../scripts/bench-relevance/scoring.ts';

/** "success at 1 ≥ 90 %, at 3 ≥ 94 %" in the README. */
const floor = /Relevance floor[^\n]*?success at 1 ≥ (\d+) %, at 3 ≥ (\d+) %/.exec(readFileSync('README.md', 'utf8'));
const queries = readQueries();
let results: QueryResult[];
beforeAll(async () => {
  results = await runQueries(await memoryIndex(loadLibrary({ root: '.' })), queries);
});

test('the README states the relevance floor', () => {
  expect(floor, 'README: "Relevance floor … success at 1 ≥ N %, at 3 ≥ M %"').not.toBeNull();
});

test('every query names right answers that exist in the library', () => {
  const ids = new Set(loadLibrary({ root: '.' }).flatMap((p) => p.clauses.map((c) => `${p.slug}#${c.id}`)));
  expect(queries.length).toBeGreaterThanOrEqual(60);
  for (const q of queries) {
    expect(q.answers.length, q.query).toBeGreaterThan(0);
    for (const a of q.answers) expect(ids.has(a), `${q.query}: ${a}`).toBe(true);
  }
});

test('success at 1 and at 3 do not fall below the README’s floor', () => {
  const { all } = summarize(results);
  expect(Math.round(all.at1 * 100)).toBeGreaterThanOrEqual(Number(floor![1]));
  expect(Math.round(all.at3 * 100)).toBeGreaterThanOrEqual(Number(floor![2]));
});

test('a query comes back empty only when no clause holds any of its words', () => {
  const library = loadLibrary({ root: '.' });
  const words = new Set(library.flatMap((p) => p.clauses.flatMap((c) => tokenize(`${c.label} ${c.translation} ${c.original}`).map((t) => t.term))));
  for (const r of results.filter((r) => r.top.length === 0)) {
    const asked = planQuery(r.query.query, ['en']).words.map((w) => w.term);
    for (const w of asked) expect(words.has(w), `“${r.query.query}” came back empty, but a clause holds “${w}”`).toBe(false);
  }
});

/**
 * The relevance benchmark's core, shared by `npm run bench:relevance` (the
 * report) and the test that keeps its figures from falling: the queries and
 * their right answers (tests/relevance/queries.yaml, written before the
 * ranking was tuned), the site's own search run on an index built from the
 * library, and success at 1 and 3 and the mean reciprocal rank.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Policy } from '../../src/lib/policy/model.ts';
import { buildSearchIndex, type BuildOptions } from '../../src/lib/search/build-index.ts';
import { SearchIndex } from '../../src/lib/search/index-reader.ts';
import { search } from '../../src/lib/search/search.ts';

export const QUERIES_FILE = 'tests/relevance/queries.yaml';
export const KINDS = ['word', 'phrase', 'question', 'source', 'source-plain', 'concept'] as const;
export type QueryKind = (typeof KINDS)[number];

export interface RelevanceQuery {
  readonly query: string;
  readonly kind: QueryKind;
  /** `<policy-slug>#<clause-id>` */
  readonly answers: readonly string[];
  readonly why: string;
}

/** The benchmark's queries. */
export function readQueries(file = QUERIES_FILE): RelevanceQuery[] {
  return parse(readFileSync(file, 'utf8')) as RelevanceQuery[];
}

/** The site's search index for `policies`, built and read in memory exactly as the built site's. */
export function memoryIndex(policies: readonly Policy[], options: BuildOptions = {}): Promise<SearchIndex> {
  const files = new Map(buildSearchIndex(policies, options).map((f) => [f.path, f.bytes]));
  const get = (path: string) => {
    const file = files.get(path);
    if (file === undefined) throw new Error(`no index file ${path}`);
    return file;
  };
  return SearchIndex.open({
    json: async (path) => JSON.parse(String(get(path))) as unknown,
    bytes: async (path) => get(path) as Uint8Array,
  });
}

export interface QueryResult {
  readonly query: RelevanceQuery;
  /** 1-based rank of the first right answer among the first 20 results, or null. */
  readonly rank: number | null;
  /** The first three results. */
  readonly top: readonly string[];
}

/** Runs every query as the search page does (the whole query typed, first 20 results). */
export async function runQueries(index: SearchIndex, queries: readonly RelevanceQuery[]): Promise<QueryResult[]> {
  const out: QueryResult[] = [];
  for (const query of queries) {
    const { hits } = await search(index, query.query, {}, { limit: 20 });
    const ids = hits.map((h) => `${h.policy}#${h.url.split('#')[1]}`);
    const at = ids.findIndex((id) => query.answers.includes(id));
    out.push({ query, rank: at < 0 ? null : at + 1, top: ids.slice(0, 3) });
  }
  return out;
}

export interface Scores {
  readonly queries: number;
  /** Share of queries whose first result is right. */
  readonly at1: number;
  /** Share whose first three results hold a right one. */
  readonly at3: number;
  /** Mean reciprocal rank of the first right result (0 when none of the first 20). */
  readonly mrr: number;
}

export function score(results: readonly QueryResult[]): Scores {
  const n = results.length || 1;
  return {
    queries: results.length,
    at1: results.filter((r) => r.rank === 1).length / n,
    at3: results.filter((r) => r.rank !== null && r.rank <= 3).length / n,
    mrr: results.reduce((s, r) => s + (r.rank ? 1 / r.rank : 0), 0) / n,
  };
}

/** Scores over all queries and per kind. */
export function summarize(results: readonly QueryResult[]): { all: Scores; byKind: Record<QueryKind, Scores> } {
  return {
    all: score(results),
    byKind: Object.fromEntries(KINDS.map((k) => [k, score(results.filter((r) => r.query.kind === k))])) as Record<QueryKind, Scores>,
  };
}

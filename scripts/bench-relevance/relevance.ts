/**
 * The relevance benchmark run in Node, shared by `npm run bench:relevance`
 * and the test that keeps its figures from falling: the site's own search on
 * an index built from the library exactly as the build builds it, each query
 * typed whole, as the search page runs it once the reader stops typing.
 * Reading and scoring the queries is scoring.ts.
 */
import type { Policy } from '../../src/lib/policy/model.ts';
import { buildSearchIndex, type BuildOptions } from '../../src/lib/search/build-index.ts';
import { SearchIndex } from '../../src/lib/search/index-reader.ts';
import { search } from '../../src/lib/search/search.ts';
import { RESULTS_READ, resultOf, type QueryResult, type RelevanceQuery } from './scoring.ts';

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

/** Runs every query as the search page does (the whole query typed, the first RESULTS_READ results). */
export async function runQueries(index: SearchIndex, queries: readonly RelevanceQuery[]): Promise<QueryResult[]> {
  const out: QueryResult[] = [];
  for (const query of queries) {
    const { hits } = await search(index, query.query, {}, { limit: RESULTS_READ });
    out.push(
      resultOf(
        query,
        hits.map((h) => `${h.policy}#${h.url.split('#')[1]}`),
      ),
    );
  }
  return out;
}

/**
 * The search engine in the browser: the site's own index (built by
 * src/lib/search/build-index.ts) read with fetch, and the same `search` the
 * relevance benchmark runs, so the page, the header's box and the benchmark
 * rank alike. Loaded only when a reader starts to search; each file of the
 * index is fetched at most once per page.
 */
import { SearchIndex } from '../../lib/search/index-reader.ts';
import { search, type Filters, type SearchOptions, type SearchOutcome } from '../../lib/search/search.ts';

let index: Promise<SearchIndex> | null = null;

async function fetchOk(path: string): Promise<Response> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`The search index could not be read (${path}: HTTP ${response.status}).`);
  return response;
}

/** The index, opened once per page (only its manifest is read until a query needs more). */
export function loadIndex(): Promise<SearchIndex> {
  index ??= SearchIndex.open({
    json: async (path) => (await fetchOk(path)).json() as Promise<unknown>,
    // Shards and tails are stored gzip-compressed (see index-format.ts): unpacked here, whatever the host sent.
    bytes: async (path) => new Uint8Array(await new Response((await fetchOk(path)).body!.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer()),
  }).catch((error: unknown) => {
    index = null; // a failed load may be retried by the next search
    throw error;
  });
  return index;
}

/** Searches the library from the browser. */
export async function runSearch(query: string, filters: Filters = {}, options: SearchOptions = {}): Promise<SearchOutcome> {
  return search(await loadIndex(), query, filters, options);
}

/**
 * Runs the latest task only: while a search is running, newer keystrokes
 * replace the one waiting, so fast typing never queues stale searches.
 */
export function coalesce(): (task: () => Promise<void>) => void {
  let running = false;
  let waiting: (() => Promise<void>) | null = null;
  const run = async (task: () => Promise<void>) => {
    running = true;
    try {
      await task();
    } finally {
      running = false;
      const next = waiting;
      waiting = null;
      if (next) void run(next);
    }
  };
  return (task) => {
    if (running) waiting = task;
    else void run(task);
  };
}

/**
 * The search engine in the browser: the site's own index (built by
 * src/lib/search/build-index.ts) read with fetch, and the same `search` the
 * relevance benchmark runs, so the page, the header's box and the benchmark
 * rank alike. Loaded only when a reader starts to search; each file of the
 * index is fetched at most once per page (a failed fetch is tried again by
 * the next search).
 */
import { manifestPath, unpackFile } from '../../lib/search/index-format.ts';
import { SearchIndex } from '../../lib/search/index-reader.ts';
import { search, type Filters, type SearchOptions, type SearchOutcome } from '../../lib/search/search.ts';

let index: Promise<SearchIndex> | null = null;

/**
 * A file of the index named by the build that is no longer on the host: the
 * site was deployed again since this page read its manifest. The next search
 * reads the new manifest.
 */
export class IndexChanged extends Error {}

async function fetchOk(path: string): Promise<Response> {
  // The manifest names the other files by their content, so it alone is always revalidated; they can be cached for good.
  const response = await fetch(path, path === manifestPath() ? { cache: 'no-cache' } : {});
  if (response.status === 404 && path !== manifestPath())
    throw new IndexChanged(`The site was updated since this page was opened (${path} is gone).`);
  if (!response.ok) throw new Error(`The search index could not be read (${path}: HTTP ${response.status}).`);
  return response;
}

/** Gzip-compressed bytes, unpacked. */
const gunzip = async (bytes: Uint8Array): Promise<Uint8Array> =>
  new Uint8Array(await new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());

/** The index, opened once per page (only its manifest is read until a query needs more). */
export function loadIndex(): Promise<SearchIndex> {
  index ??= SearchIndex.open({
    json: async (path) => (await fetchOk(path)).json() as Promise<unknown>,
    // Shards and tails are stored gzip-compressed (see index-format.ts); a host that sends them with
    // `Content-Encoding: gzip` has had the browser unpack them already, so they are unpacked only if still packed.
    bytes: async (path) => unpackFile(path, new Uint8Array(await (await fetchOk(path)).arrayBuffer()), gunzip),
  }).catch((error: unknown) => {
    index = null; // a failed load may be retried by the next search
    throw error;
  });
  return index;
}

/** Searches the library from the browser; after a deploy, the next search reads the new index. */
export async function runSearch(query: string, filters: Filters = {}, options: SearchOptions = {}): Promise<SearchOutcome> {
  const opened = loadIndex();
  try {
    return await search(await opened, query, filters, options);
  } catch (error) {
    if (error instanceof IndexChanged && index === opened) index = null;
    throw error;
  }
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

/**
 * The search engine in the browser: Pagefind's JS API over the main index,
 * with the stemmed Russian index merged in, results de-duplicated by clause
 * and shaped for the UI. Loaded only when a reader starts to search.
 */
export interface SearchHit {
  url: string;
  /** URL that also carries the search terms, so the clause shows them highlighted on arrival. */
  href: string;
  title: string;
  policy: string;
  label: string;
  excerpt: string;
}

export interface SearchOutcome {
  query: string;
  hits: SearchHit[];
  total: number;
  /** Counts per facet value for the current query (before filtering by that facet). */
  facets: Record<string, Record<string, number>>;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, o?: Record<string, unknown>): Promise<void>;
  search(
    q: string | null,
    o?: { filters?: Record<string, unknown> },
  ): Promise<{ results: { id: string; score: number; data(): Promise<PagefindResultData> }[]; filters: Record<string, Record<string, number>>; totalFilters: Record<string, Record<string, number>> }>;
}

export const HIGHLIGHT_PARAM = 'highlight';
const MERGED_LANGUAGES = ['ru'];
let loading: Promise<PagefindApi> | null = null;

/** Loads Pagefind once per page. */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    // A URL of the built site, not a module of the source: kept out of the bundle.
    const url = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    for (const language of MERGED_LANGUAGES) await pagefind.mergeIndex(`/pagefind-${language}/`, { language });
    return pagefind;
  })();
  return loading;
}

/** Adds the highlight parameter before the fragment: /p/?highlight=x#clause. */
export function withHighlight(url: string, query: string): string {
  const [path, hash = ''] = url.split('#');
  const terms = query.trim();
  if (!terms) return url;
  const sep = path!.includes('?') ? '&' : '?';
  return `${path}${sep}${HIGHLIGHT_PARAM}=${encodeURIComponent(terms)}${hash ? `#${hash}` : ''}`;
}

export type Filters = Partial<Record<string, string[]>>;

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

export async function runSearch(query: string, filters: Filters = {}, limit = 20): Promise<SearchOutcome> {
  const pagefind = await loadPagefind();
  const active = Object.fromEntries(
    Object.entries(filters)
      .filter(([, v]) => v && v.length > 0)
      .map(([k, v]) => [k, { any: v }]),
  );
  const hasQuery = query.trim().length > 0;
  if (!hasQuery && Object.keys(active).length === 0) return { query, hits: [], total: 0, facets: {} };
  const response = await pagefind.search(hasQuery ? query : null, { filters: active });
  // Fragments load in parallel. The merged Russian index can find the same
  // clause again, so a few more than needed are read and the copies dropped.
  const wanted = response.results.slice(0, limit + 4);
  const data = await Promise.all(wanted.map((r) => r.data()));
  const seen = new Set<string>();
  const hits: SearchHit[] = [];
  for (const d of data) {
    if (seen.has(d.url)) continue;
    seen.add(d.url);
    if (hits.length < limit)
      hits.push({
        url: d.url,
        href: withHighlight(d.url, query),
        title: d.meta['title'] ?? d.url,
        policy: d.meta['policy'] ?? '',
        label: d.meta['label'] ?? '',
        excerpt: d.excerpt,
      });
  }
  const duplicates = data.length - seen.size;
  const total = wanted.length === response.results.length ? seen.size : response.results.length - duplicates;
  return { query, hits, total, facets: response.filters };
}

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
    const pagefind = (await import(/* @vite-ignore */ '/pagefind/pagefind.js')) as PagefindApi;
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
  // The merged Russian index can find the same clause again; keep the best-scored copy.
  const seen = new Set<string>();
  const hits: SearchHit[] = [];
  let duplicates = 0;
  let loaded = 0;
  for (const result of response.results) {
    if (hits.length >= limit) break;
    const data = await result.data();
    loaded += 1;
    if (seen.has(data.url)) {
      duplicates += 1;
      continue;
    }
    seen.add(data.url);
    hits.push({
      url: data.url,
      href: withHighlight(data.url, query),
      title: data.meta['title'] ?? data.url,
      policy: data.meta['policy'] ?? '',
      label: data.meta['label'] ?? '',
      excerpt: data.excerpt,
    });
  }
  const total = loaded === response.results.length ? hits.length : response.results.length - duplicates;
  return { query, hits, total, facets: response.filters };
}

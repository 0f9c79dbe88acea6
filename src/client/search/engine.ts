/**
 * The search engine in the browser: Pagefind's JS API over the site's search
 * indexes (src/integrations/pagefind.ts), with results shaped as clauses for
 * the UI. Loaded only when a reader starts to search.
 *
 * - Without a topic or assessment filter, the policy index answers: one
 *   result per policy, its matching clauses as sub-results. A first search
 *   loads metadata for policies only, which keeps it small at any library size.
 * - With a topic or assessment filter, or filters and no words, the clause
 *   index answers (one record per clause, so those filters apply to the
 *   clause itself).
 * - A query in Cyrillic also merges the stemmed Russian index of the same
 *   shape, so "удалению" finds "удаление"; other queries never download it.
 */
import { CLAUSE_FACETS, clausePartPath, INDEX_PATHS, RECORD_FILTER, RECORD_VALUE, STEMMED_INDEXES, stemmedIndexPath, type IndexKind } from '../../lib/search/facets.ts';

export interface SearchHit {
  url: string;
  /** URL that also carries the search terms, so the clause shows them highlighted on arrival. */
  href: string;
  title: string;
  /** The policy's short name, and its slug. */
  policy: string;
  policySlug: string;
  label: string;
  excerpt: string;
  /**
   * Set on the last hit shown from a policy when it has more matching clauses
   * than are shown: how many it has in all.
   */
  matchesInPolicy?: number;
}

export interface SearchOutcome {
  query: string;
  hits: SearchHit[];
  /** Matching clauses: exact when `exact`, else the number counted so far (a lower bound). */
  total: number;
  exact: boolean;
  /** Matching policies, when the policy index answered; null when the clause index did. */
  policies: number | null;
  /**
   * False when `policies` may count a policy twice: a merged stemmed index
   * finds some policies again, which is known only for the results read.
   */
  policiesExact: boolean;
  /** Clause counts per facet value for the current query, when the clause index answered. */
  facets: Record<string, Record<string, number>>;
}

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations: { balanced_score: number }[];
  anchor?: { id: string; location: number };
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
  anchors: { id: string; location: number }[];
  word_count: number;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface PagefindInstance {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, o?: Record<string, unknown>): Promise<void>;
  search(q: string | null, o?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindResult[]; filters: Record<string, Record<string, number>> }>;
}
interface PagefindModule {
  createInstance(o: { basePath: string }): PagefindInstance;
}

export const HIGHLIGHT_PARAM = 'highlight';

let engine: Promise<PagefindInstance> | null = null;
const merged = new Map<string, Promise<void>>();

/**
 * Loads the search engine once per page: one Pagefind instance over the
 * policy index, which answers a first search. Other indexes are merged into
 * it when a search needs them (see `ensureIndexes`). Only one instance is ever
 * created: Pagefind's instances in a page share one WebAssembly memory, and a
 * second instance corrupts the first ("memory access out of bounds").
 */
export function loadPagefind(): Promise<PagefindInstance> {
  engine ??= (async () => {
    // A URL of the built site, not a module of the source: kept out of the bundle.
    // (A plain variable, not a template literal: Vite wraps those in its preload helper, one more script on every page.)
    const url = INDEX_PATHS.policies + 'pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindModule;
    const instance = pagefind.createInstance({ basePath: INDEX_PATHS.policies });
    await instance.options({ excerptLength: 24 });
    await instance.init();
    // Every search filters by record kind: loading that filter now keeps it off the first query's path.
    await instance.search(null, { filters: { [RECORD_FILTER]: { any: [RECORD_VALUE.policies] } } });
    return instance;
  })();
  return engine;
}

/** Merges an index into the engine once per page. */
function mergeOnce(instance: PagefindInstance, path: string, options?: Record<string, unknown>): Promise<void> {
  if (!merged.has(path)) merged.set(path, instance.mergeIndex(path, options));
  return merged.get(path)!;
}

/**
 * Merges what a search of `kind` needs: the clause index (every part) for a clause search,
 * and the stemmed index of that shape for every language whose script the
 * query is written in. Returns whether any stemmed index is merged (then a
 * policy can be found twice).
 */
async function ensureIndexes(instance: PagefindInstance, kind: IndexKind, query: string, clauseParts: number): Promise<boolean> {
  if (kind === 'clauses') await Promise.all(Array.from({ length: Math.max(1, clauseParts) }, (_, part) => mergeOnce(instance, clausePartPath(part))));
  for (const { language, script } of STEMMED_INDEXES) if (script.test(query)) await mergeOnce(instance, stemmedIndexPath(kind, language), { language });
  return STEMMED_INDEXES.some(({ language }) => merged.has(stemmedIndexPath(kind, language)));
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

export interface SearchOptions {
  /** Clauses to show at most. */
  limit?: number;
  /** Clauses to show at most from one policy (the rest are counted), so one long policy cannot fill the list. */
  perPolicy?: number;
  /** How many parts the clause index has (the search page knows it from the build). */
  clauseParts?: number;
}

/**
 * Which index answers: the clause index when a filter belongs to clauses, or
 * when there are filters and no words (the policy index finds clauses only by
 * their words: a policy without a query has no matching clause to show).
 */
function indexFor(filters: Filters, hasQuery = true): IndexKind {
  return !hasQuery || CLAUSE_FACETS.some((facet) => (filters[facet]?.length ?? 0) > 0) ? 'clauses' : 'policies';
}

export async function runSearch(query: string, filters: Filters = {}, { limit = 20, perPolicy = limit, clauseParts = 1 }: SearchOptions = {}): Promise<SearchOutcome> {
  const active = Object.fromEntries(
    Object.entries(filters)
      .filter(([, v]) => v && v.length > 0)
      .map(([k, v]) => [k, { any: v }]),
  );
  const hasQuery = query.trim().length > 0;
  if (!hasQuery && Object.keys(active).length === 0) return { query, hits: [], total: 0, exact: true, policies: 0, policiesExact: true, facets: {} };
  const kind = indexFor(filters, hasQuery);
  const instance = await loadPagefind();
  const mergedAny = await ensureIndexes(instance, kind, hasQuery ? query : '', clauseParts);
  const response = await instance.search(hasQuery ? query : null, { filters: { ...active, [RECORD_FILTER]: { any: [RECORD_VALUE[kind]] } } });
  return kind === 'clauses' ? clauseOutcome(query, response, limit) : policyOutcome(query, response.results, limit, perPolicy, mergedAny);
}

function hitFrom(query: string, url: string, d: PagefindResultData, label: string, excerpt: string): SearchHit {
  return {
    url,
    href: withHighlight(url, query),
    title: `${d.meta['policy'] ?? ''} — ${label}`,
    policy: d.meta['policy'] ?? '',
    policySlug: d.filters['policy']?.[0] ?? '',
    label,
    excerpt,
  };
}

/** One result per clause record; a clause found by both merged indexes counts once. */
async function clauseOutcome(query: string, response: { results: PagefindResult[]; filters: Record<string, Record<string, number>> }, limit: number): Promise<SearchOutcome> {
  // Fragments load in parallel; a few more than needed are read so that copies can be dropped.
  const wanted = response.results.slice(0, limit + 4);
  const data = await Promise.all(wanted.map((r) => r.data()));
  const seen = new Set<string>();
  const hits: SearchHit[] = [];
  for (const d of data) {
    if (seen.has(d.url)) continue;
    seen.add(d.url);
    if (hits.length < limit) hits.push(hitFrom(query, d.url, d, d.meta['label'] ?? d.url, d.excerpt));
  }
  const exact = wanted.length === response.results.length;
  const total = exact ? seen.size : response.results.length - (data.length - seen.size);
  return { query, hits, total, exact, policies: null, policiesExact: true, facets: response.filters };
}

/**
 * How well a clause matches: Pagefind's scores of its matching words, divided
 * by the square root of the clause's length in words, so a short clause that
 * is about the words (a heading) is not outranked by a long one that only
 * mentions them a few times more.
 */
function subScore(sub: PagefindSubResult, lengths: ReadonlyMap<string, number>): number {
  const matched = sub.weighted_locations.reduce((n, l) => n + l.balanced_score, 0);
  return matched / Math.sqrt(Math.max(1, lengths.get(sub.anchor?.id ?? '') ?? 1));
}

/** Each clause's length in words, from the positions of the clause elements in the policy document. */
function clauseLengths(d: PagefindResultData): Map<string, number> {
  const anchors = [...d.anchors].sort((a, b) => a.location - b.location);
  return new Map(anchors.map((a, i) => [a.id, (anchors[i + 1]?.location ?? d.word_count) - a.location]));
}

/**
 * One result per policy, its matching clauses as sub-results. Policies are
 * read best first, a batch at a time, until `limit` clauses are shown; each
 * shows its best `perPolicy` clauses (more when all are read and there is
 * room) and counts the rest.
 */
async function policyOutcome(query: string, results: PagefindResult[], limit: number, perPolicy: number, mergedAny: boolean): Promise<SearchOutcome> {
  // The first round reads two more than the fewest policies that could fill the list, since
  // some have fewer matching clauses than `perPolicy`: usually one round trip is enough.
  const batch = Math.max(1, Math.ceil(limit / perPolicy));
  const firstBatch = batch + 2;
  const byPolicy = new Map<string, { data: PagefindResultData; clauses: Map<string, { sub: PagefindSubResult; score: number }> }>();
  const order: string[] = [];
  let read = 0;
  let shown = 0;
  while (read < results.length && shown < limit) {
    const data = await Promise.all(results.slice(read, read + (read === 0 ? firstBatch : batch)).map((r) => r.data()));
    read += data.length;
    for (const d of data) {
      // The merged stemmed index returns the same policy again: its clauses join the first copy.
      let entry = byPolicy.get(d.url);
      if (!entry) {
        entry = { data: d, clauses: new Map() };
        byPolicy.set(d.url, entry);
        order.push(d.url);
      }
      const lengths = clauseLengths(d);
      for (const sub of d.sub_results) {
        if (!sub.url.includes('#')) continue; // text outside any clause: none is indexed, but never link to it
        const score = subScore(sub, lengths);
        const known = entry.clauses.get(sub.url);
        if (!known || score > known.score) entry.clauses.set(sub.url, { sub, score });
      }
    }
    shown = order.reduce((n, url) => n + Math.min(perPolicy, byPolicy.get(url)!.clauses.size), 0);
  }
  const hits: SearchHit[] = [];
  const exact = read === results.length;
  const sizes = order.map((url) => byPolicy.get(url)!.clauses.size);
  const total = sizes.reduce((a, b) => a + b, 0);
  // Each policy shows up to `perPolicy` clauses, so one cannot crowd out the others; when every
  // matching policy is read and there is room left, the rest are shared out a clause at a time.
  const quota = sizes.map((n) => Math.min(n, perPolicy));
  let planned = quota.reduce((a, b) => a + b, 0);
  for (let grew = exact; grew && planned < limit; ) {
    grew = false;
    for (let i = 0; i < quota.length && planned < limit; i++)
      if (quota[i]! < sizes[i]!) {
        quota[i] = quota[i]! + 1;
        planned += 1;
        grew = true;
      }
  }
  order.forEach((url, i) => {
    const { data, clauses } = byPolicy.get(url)!;
    const best = [...clauses.values()].sort((a, b) => b.score - a.score);
    const mine = best.slice(0, Math.max(0, Math.min(quota[i]!, limit - hits.length))).map(({ sub }) => hitFrom(query, sub.url, data, sub.title, sub.excerpt));
    if (mine.length && clauses.size > mine.length) mine[mine.length - 1]!.matchesInPolicy = clauses.size;
    hits.push(...mine);
  });
  // Copies of a policy from a merged index are known only once read, so unread results may hold some.
  return { query, hits, total, exact, policies: order.length + (results.length - read), policiesExact: exact || !mergedAny, facets: {} };
}

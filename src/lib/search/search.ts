/**
 * One search, from the words a reader typed and the filters they ticked to
 * the clauses to show, ranked across the whole library. Runs wherever the
 * index can be read (the browser, or Node for the relevance benchmark): the
 * page's search box, the header's box and the benchmark all call `search`,
 * so they give the same order.
 */
import { ASPECT_IDS, type AspectId, type TopicId } from '../taxonomy.ts';
import { clausePath } from '../urls.ts';
import { clauseExcerpt, matcherFor, type Segment } from './excerpt.ts';
import { facetKey, type TermEntry } from './index-format.ts';
import type { SearchIndex } from './index-reader.ts';
import { planQuery, VARIANT_WEIGHT, type QueryPlan, type Variant } from './query.ts';
import { headsSettle, idf, rankClauses, type TailBounds, type RankedClause, type RankInput, type VariantPostings } from './rank.ts';

/** The facets a reader can narrow a search by. */
export const SEARCH_FACETS = ['policy', 'language', 'country', 'topic', 'assessment'] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];
export type Filters = Partial<Record<SearchFacet, readonly string[]>>;

/**
 * Up to this many policies, the search page offers every policy as a filter;
 * past it (one checkbox per policy would outweigh the rest of the page), it
 * offers the policies in the current results and any named in the address.
 */
export const LISTED_POLICIES_MAX = 16;

/**
 * Results the search page shows at first, and adds with each "Show more
 * results". Each result's text comes from a chunk of its policy's clauses,
 * so the first screen of a large library reads about one chunk per result:
 * ten keep a first search at 2,000 policies within its 200 KB budget.
 */
export const RESULTS_PAGE = 10;

/** The URL parameter that carries a search's words to the clause it opens, to mark them there. */
export const HIGHLIGHT_PARAM = 'highlight';

export interface SearchHit {
  readonly doc: number;
  /** The clause's URL. */
  readonly url: string;
  /** The URL with the search's words, so they are marked on arrival. */
  readonly href: string;
  readonly policy: string;
  readonly policyName: string;
  readonly label: string;
  readonly kind: string;
  /** Which text the excerpt is from, and its language. */
  readonly field: 'original' | 'translation';
  readonly language: string;
  readonly excerpt: readonly Segment[];
}

export interface SearchOutcome {
  readonly query: string;
  readonly hits: readonly SearchHit[];
  /** Clauses that match (hold some of the words, or are under the query's concept). */
  readonly total: number;
  /** Whether `total` is exact (false: at least that many, in a very large library). */
  readonly exact: boolean;
  /** Clauses that hold every word themselves (as typed, by stem or as a word begun; a concept's clauses do not count). */
  readonly allWords: number;
  readonly concepts: { readonly aspects: readonly AspectId[]; readonly topics: readonly TopicId[] };
  /** Of the concepts' aspects, those no policy in the library states at all. */
  readonly unanswered: readonly AspectId[];
}

export interface SearchOptions {
  /** Results to return, from `offset`. */
  readonly limit?: number;
  readonly offset?: number;
  /** The reader may still be typing the last word: it also finds the words it begins. */
  readonly typing?: boolean;
}

/** Adds the highlight parameter before the fragment: /p/?highlight=x#clause. */
export function withHighlight(url: string, query: string): string {
  const [path, hash = ''] = url.split('#');
  const terms = query.trim();
  if (!terms) return url;
  return `${path}${path!.includes('?') ? '&' : '?'}${HIGHLIGHT_PARAM}=${encodeURIComponent(terms)}${hash ? `#${hash}` : ''}`;
}

const intersect = (a: ReadonlySet<number> | null, b: ReadonlySet<number>): ReadonlySet<number> => (a ? new Set([...b].filter((d) => a.has(d))) : b);

/** The clauses the filters allow: within a facet any value, across facets all; null when nothing is ticked. */
async function allowedBy(index: SearchIndex, filters: Filters): Promise<ReadonlySet<number> | null> {
  let allowed: ReadonlySet<number> | null = null;
  for (const facet of SEARCH_FACETS) {
    const values = filters[facet] ?? [];
    if (values.length === 0) continue;
    const entries = await index.entries(values.map((v) => facetKey(facet, v)));
    const docs = new Set<number>();
    for (const entry of entries.values()) for (const doc of (await index.full(entry)).docs) docs.add(doc);
    allowed = intersect(allowed, docs);
  }
  return allowed;
}

/**
 * Words that share the longest beginning with a word the library does not
 * have (a spelling variant, "anonymised" for "anonymous"; an inflection a
 * stemmer does not know), down to three fifths of it and at least 4 letters.
 */
async function nearestWords(index: SearchIndex, term: string): Promise<TermEntry[]> {
  for (let n = term.length - 1; n >= Math.max(4, Math.ceil(term.length * 0.6)); n--) {
    const found = await index.completions(term.slice(0, n), 6);
    if (found.length) return found;
  }
  return [];
}

/** Variants that match a clause by what the word names (its facets), not by the word: they do not make a clause hold the word. */
const CONCEPT_KINDS: ReadonlySet<Variant['kind']> = new Set(['aspect', 'topic']);

/** Each word's keys that the index holds; for a word being typed, the words it begins; for one found nowhere, the nearest words. */
async function wordEntries(index: SearchIndex, plan: QueryPlan): Promise<{ variant: Variant; entry: TermEntry }[][]> {
  const entries = await index.entries(plan.words.flatMap((w) => w.variants.map((v) => v.key)));
  return Promise.all(
    plan.words.map(async (word) => {
      const found = word.variants.filter((v) => entries.has(v.key)).map((v) => ({ variant: v, entry: entries.get(v.key)! }));
      const literal = found.some((f) => f.variant.kind === 'exact' || f.variant.kind === 'stem');
      const begun = (word.unfinished || !literal) && word.term.length >= 2 ? await index.completions(word.term, 12) : [];
      const near = !literal && begun.length === 0 ? await nearestWords(index, word.term) : [];
      for (const entry of [...begun, ...near]) found.push({ variant: { key: entry.key, kind: 'prefix', weight: VARIANT_WEIGHT.prefix }, entry });
      return found;
    }),
  );
}

/** The postings for ranking: heads only, or with their tails (`full`); and, for heads only, the most the unread tails could add. */
async function rankInput(index: SearchIndex, plan: QueryPlan, allowed: ReadonlySet<number> | null, full: boolean): Promise<{ input: RankInput; bounds: TailBounds }> {
  const docs = index.manifest.docs;
  const words = await wordEntries(index, plan);
  const tailBound = (weight: number, entry: TermEntry) => (entry.tail && !full ? (weight * idf(entry.df, docs) * entry.tail.maxImpact) / 255 : 0);
  const postingsOf = (entry: TermEntry) => (full ? index.full(entry) : Promise.resolve(entry.head));
  const variants = await Promise.all(
    words.map((found) =>
      Promise.all(
        found.map(async ({ variant, entry }): Promise<VariantPostings> => ({ weight: variant.weight, idf: idf(entry.df, docs), postings: await postingsOf(entry), literal: !CONCEPT_KINDS.has(variant.kind) })),
      ),
    ),
  );
  const pairEntries = [...(await index.entries(plan.pairs)).values()];
  const pairs = await Promise.all(pairEntries.map(async (e) => ({ weight: 1, idf: idf(e.df, docs), postings: await postingsOf(e) })));
  const bounds: TailBounds = {
    words: words.map((found) => Math.max(0, ...found.map(({ variant, entry }) => tailBound(variant.weight, entry)))),
    pairs: pairEntries.map((e) => tailBound(1, e)),
  };
  return { input: { words: variants, pairs, allowed }, bounds };
}

/** The ranking, exact for the first `needed` clauses: from the heads alone when they settle those (rank.ts), else with the tails of very common keys read. */
async function ranked(index: SearchIndex, plan: QueryPlan, allowed: ReadonlySet<number> | null, needed: number): Promise<{ clauses: RankedClause[]; exact: boolean }> {
  const first = await rankInput(index, plan, allowed, false);
  const clauses = rankClauses(first.input);
  const untold = [...first.bounds.words, ...first.bounds.pairs].some((b) => b > 0);
  if (!untold) return { clauses, exact: true };
  if (headsSettle(first.input, first.bounds, clauses, needed)) return { clauses, exact: false };
  return { clauses: rankClauses((await rankInput(index, plan, allowed, true)).input), exact: true };
}

/** Searches the library: the clauses to show, ranked, with excerpts and counts. */
export async function search(index: SearchIndex, query: string, filters: Filters = {}, options: SearchOptions = {}): Promise<SearchOutcome> {
  const { limit = 20, offset = 0, typing = false } = options;
  const plan = planQuery(query, index.manifest.languages, typing);
  const allowed = await allowedBy(index, filters);
  const concepts = { aspects: plan.concepts.aspects, topics: plan.concepts.topics };
  const unanswered = concepts.aspects.filter((a) => (ASPECT_IDS as readonly string[]).includes(a) && index.manifest.aspects[a]['not-stated'] === index.manifest.policies);
  let clauses: RankedClause[];
  let exact = true;
  if (plan.words.length === 0) clauses = allowed ? [...allowed].sort((a, b) => a - b).map((doc) => ({ doc, score: 0, coverage: 1, literal: 1 })) : [];
  else ({ clauses, exact } = await ranked(index, plan, allowed, offset + limit));
  const shown = clauses.slice(offset, offset + limit);
  const match = matcherFor(plan);
  const hits = await Promise.all(
    shown.map(async ({ doc }): Promise<SearchHit> => {
      const { policy, clause } = await index.clause(doc);
      const url = clausePath(policy.slug, clause.id);
      const { field, segments } = clauseExcerpt(clause, policy.language, match);
      const language = field === 'original' ? policy.language : 'en';
      return { doc, url, href: withHighlight(url, plan.words.length ? query : ''), policy: policy.slug, policyName: policy.name, label: clause.label, kind: clause.kind, field, language, excerpt: segments };
    }),
  );
  const allWords = clauses.filter((c) => c.literal > 0.999).length;
  return { query, hits, total: clauses.length, exact, allWords, concepts, unanswered };
}

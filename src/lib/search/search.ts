/**
 * One search, from the words a reader typed and the filters they ticked to
 * the clauses to show, ranked across the whole library. Runs wherever the
 * index can be read (the browser, or Node for the relevance benchmark): the
 * page's search box, the header's box and the benchmark all call `search`,
 * so they give the same order.
 */
import { ASPECT_IDS, type AspectId, type TopicId } from '../taxonomy.ts';
import { clausePath } from '../urls.ts';
import { clauseExcerpt, excerpt, matcherFor, type Segment, type WordMatcher } from './excerpt.ts';
import { durations } from './durations.ts';
import { tokenize } from './text.ts';
import { facetKey, namePrefix, parseNameKey, shardFor, type TermEntry } from './index-format.ts';
import type { NamedPolicy } from './names.ts';
import type { SearchIndex } from './index-reader.ts';
import { planQuery, VARIANT_WEIGHT, type QueryPlan, type QueryWord, type Variant } from './query.ts';
import { filesNear, isSpellable, nearestSpellings, type Correction } from './spelling.ts';
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
  /** Its score in the ranking (rank.ts): comparable between the results of one index. */
  readonly score: number;
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
  /** The excerpt of each text, side by side: the original (in `originalLanguage`) and the English translation. */
  readonly original: readonly Segment[];
  readonly originalLanguage: string;
  readonly translation: readonly Segment[];
  /** Where the query matched: the clause's own words, only our note on it, or only the topic or aspect it is filed under. */
  readonly matchedIn: 'text' | 'note' | 'concept';
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
  /** The query with its misspelt words corrected, for "Did you mean"; null when no word was. */
  readonly suggestion: string | null;
  /** The policies the query names, which narrow it (names.ts). */
  readonly named: readonly NamedPolicy[];
}

export interface SearchOptions {
  /** Results to return, from `offset`. */
  readonly limit?: number;
  readonly offset?: number;
  /** The reader may still be typing the last word: it also finds the words it begins. */
  readonly typing?: boolean;
  /** Whether a word naming a policy narrows the search to it (names.ts); true unless the reader removed that filter. */
  readonly names?: boolean;
}

/** Adds the highlight parameter before the fragment: /p/?highlight=x#clause. */
export function withHighlight(url: string, query: string): string {
  const [path, hash = ''] = url.split('#');
  const terms = query.trim();
  if (!terms) return url;
  return `${path}${path!.includes('?') ? '&' : '?'}${HIGHLIGHT_PARAM}=${encodeURIComponent(terms)}${hash ? `#${hash}` : ''}`;
}

const intersect = (a: ReadonlySet<number> | null, b: ReadonlySet<number>): ReadonlySet<number> =>
  a ? new Set([...b].filter((d) => a.has(d))) : b;

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
const CONCEPT_KINDS: ReadonlySet<Variant['kind']> = new Set(['meaning', 'aspect', 'topic']);
/** Of those, the facets: the clauses filed under a topic or aspect (rank.ts's conceptScore). */
const FACET_KINDS: ReadonlySet<Variant['kind']> = new Set(['aspect', 'topic']);

/** The library's words nearest in spelling to a word it does not have (spelling.ts), reading the vocabulary's files that may hold them. */
async function corrections(index: SearchIndex, term: string): Promise<Correction[]> {
  const keys = index.manifest.vocabulary;
  if (!keys || !isSpellable(term)) return [];
  return nearestSpellings(term, await Promise.all(filesNear(keys, term).map((n) => index.words(n))));
}

/**
 * The keys a misspelt word's corrections match, as the corrections would
 * (the word, its stems, the concept it names), each weighted down by the
 * weight of a correction, so a clause holding the word as typed ranks first.
 */
function correctedVariants(spelt: readonly Correction[], languages: readonly string[]): Variant[] {
  const out = new Map<string, Variant>();
  for (const c of spelt)
    for (const v of planQuery(c.word, languages).words[0]?.variants ?? []) {
      const weight = v.weight * VARIANT_WEIGHT.fuzzy;
      if ((out.get(v.key)?.weight ?? 0) < weight)
        out.set(v.key, { key: v.key, kind: CONCEPT_KINDS.has(v.kind) ? v.kind : 'fuzzy', weight });
    }
  return [...out.values()];
}

/** What a word matched: its keys the index holds, and the words it was corrected to (if it was). */
interface WordMatches {
  readonly found: { variant: Variant; entry: TermEntry }[];
  readonly corrected: readonly string[];
}

/**
 * Each word's keys that the index holds; for a word being typed, the words it
 * begins; for one found nowhere, the words nearest in spelling ("cokies":
 * "cookies"), weighted below the words as typed, or failing those the words
 * that share its longest beginning.
 */
async function wordEntries(index: SearchIndex, plan: QueryPlan): Promise<WordMatches[]> {
  const entries = await index.entries(plan.words.flatMap((w) => w.variants.map((v) => v.key)));
  return Promise.all(
    plan.words.map(async (word): Promise<WordMatches> => {
      const found = word.variants.filter((v) => entries.has(v.key)).map((v) => ({ variant: v, entry: entries.get(v.key)! }));
      const literal = found.some((f) => f.variant.kind === 'exact' || f.variant.kind === 'stem');
      const begun = (word.unfinished || !literal) && word.term.length >= 2 ? await index.completions(word.term, 12) : [];
      // A word still being typed is read as the beginning of the words it begins; only when it begins none
      // (the reader paused on "warrenty") is it a misspelling too, or a search would never correct its last word.
      const spelt = literal || (word.unfinished && begun.length > 0) ? [] : await corrections(index, word.term);
      const spelling = correctedVariants(spelt, index.manifest.languages);
      const held = spelling.length ? await index.entries(spelling.map((v) => v.key)) : new Map<string, TermEntry>();
      for (const variant of spelling) if (held.has(variant.key)) found.push({ variant, entry: held.get(variant.key)! });
      const corrected = spelt.map((c) => c.word).filter((w) => held.has(w));
      const near = !literal && begun.length === 0 && corrected.length === 0 ? await nearestWords(index, word.term) : [];
      for (const entry of [...begun, ...near])
        found.push({ variant: { key: entry.key, kind: 'prefix', weight: VARIANT_WEIGHT.prefix }, entry });
      return { found, corrected };
    }),
  );
}

/** The query with each corrected word replaced by its likeliest correction; null when none was corrected. */
function suggestionFor(query: string, words: readonly QueryWord[], matches: readonly WordMatches[]): string | null {
  let out = query;
  let changed = false;
  // From the end, so earlier offsets stay right.
  for (let i = words.length - 1; i >= 0; i--) {
    const best = matches[i]?.corrected[0];
    if (!best) continue;
    out = out.slice(0, words[i]!.start) + best + out.slice(words[i]!.end);
    changed = true;
  }
  return changed ? out : null;
}

/** The postings for ranking: heads only, or with their tails (`full`); and, for heads only, the most the unread tails could add. */
async function rankInput(
  index: SearchIndex,
  plan: QueryPlan,
  allowed: ReadonlySet<number> | null,
  full: boolean,
): Promise<{ input: RankInput; bounds: TailBounds; matches: WordMatches[] }> {
  const docs = index.manifest.docs;
  const matches = await wordEntries(index, plan);
  const words = matches.map((m) => m.found);
  const tailBound = (weight: number, entry: TermEntry) =>
    entry.tail && !full ? (weight * idf(entry.df, docs) * entry.tail.maxImpact) / 255 : 0;
  const postingsOf = (entry: TermEntry) => (full ? index.full(entry) : Promise.resolve(entry.head));
  const variants = await Promise.all(
    words.map((found) =>
      Promise.all(
        found.map(async ({ variant, entry }): Promise<VariantPostings> => ({
          weight: variant.weight,
          idf: idf(entry.df, docs),
          postings: await postingsOf(entry),
          literal: !CONCEPT_KINDS.has(variant.kind),
          facet: FACET_KINDS.has(variant.kind),
        })),
      ),
    ),
  );
  const pairEntries = [...(await index.entries(plan.pairs)).values()];
  const pairs = await Promise.all(pairEntries.map(async (e) => ({ weight: 1, idf: idf(e.df, docs), postings: await postingsOf(e) })));
  const boundOf = (found: WordMatches['found'], kinds: (kind: Variant['kind']) => boolean) =>
    Math.max(0, ...found.filter(({ variant }) => kinds(variant.kind)).map(({ variant, entry }) => tailBound(variant.weight, entry)));
  const bounds: TailBounds = {
    words: words.map((found) => boundOf(found, (k) => !CONCEPT_KINDS.has(k))),
    meaning: words.map((found) => boundOf(found, (k) => k === 'meaning')),
    facets: words.map((found) => boundOf(found, (k) => FACET_KINDS.has(k))),
    pairs: pairEntries.map((e) => tailBound(1, e)),
  };
  return { input: { words: variants, pairs, allowed, factors: plan.words.map((w) => w.factor) }, bounds, matches };
}

/** The ranking, exact for the first `needed` clauses: from the heads alone when they settle those (rank.ts), else with the tails of very common keys read. */
async function ranked(
  index: SearchIndex,
  plan: QueryPlan,
  allowed: ReadonlySet<number> | null,
  needed: number,
): Promise<{ clauses: RankedClause[]; exact: boolean; matches: WordMatches[] }> {
  const first = await rankInput(index, plan, allowed, false);
  const clauses = rankClauses(first.input);
  const { matches } = first;
  const untold = [...first.bounds.words, ...(first.bounds.meaning ?? []), ...(first.bounds.facets ?? []), ...first.bounds.pairs].some(
    (b) => b > 0,
  );
  if (!untold) return { clauses, exact: true, matches };
  if (headsSettle(first.input, first.bounds, clauses, needed)) return { clauses, exact: false, matches };
  return { clauses: rankClauses((await rankInput(index, plan, allowed, true)).input), exact: true, matches };
}

/** The name keys (names.ts) that begin with `word`. */
async function namesBeginning(index: SearchIndex, word: string): Promise<TermEntry[]> {
  const shards = index.manifest.shards;
  const prefix = namePrefix(word);
  const out: TermEntry[] = [];
  const first = shardFor(shards, prefix);
  for (let n = first; n < shards.length && (n === first || shards[n]!.startsWith(prefix)); n++) {
    const shard = await index.shard(n);
    for (const key of shard.keys) if (key.startsWith(prefix)) out.push(shard.entry(key)!);
  }
  return out;
}

/**
 * The policies the query names (names.ts), the clauses they hold, and the
 * plan without the words that named them. A name of several words must
 * stand in the query whole and in order; a word still being typed names none.
 */
async function namedIn(
  index: SearchIndex,
  plan: QueryPlan,
): Promise<{ named: NamedPolicy[]; docs: ReadonlySet<number> | null; plan: QueryPlan }> {
  const named: NamedPolicy[] = [];
  const docs = new Set<number>();
  const used = new Set<number>();
  for (let i = 0; i < plan.words.length; i++) {
    if (used.has(i) || plan.words[i]!.unfinished) continue;
    let best: { entry: TermEntry; words: string[]; slug: string } | null = null;
    for (const entry of await namesBeginning(index, plan.words[i]!.term)) {
      const { words, slug } = parseNameKey(entry.key);
      const whole = words.every((w, k) => plan.words[i + k]?.term === w && !plan.words[i + k]!.unfinished);
      if (whole && words.length > (best?.words.length ?? 0)) best = { entry, words, slug };
    }
    if (!best) continue;
    for (let k = 0; k < best.words.length; k++) used.add(i + k);
    const postings = await index.full(best.entry);
    for (const doc of postings.docs) docs.add(doc);
    const name = postings.docs.length ? (await index.clause(postings.docs[0]!)).policy.name : best.slug;
    if (!named.some((n) => n.slug === best.slug)) named.push({ slug: best.slug, name, words: best.words });
  }
  if (named.length === 0) return { named, docs: null, plan };
  const gone = new Set([...used].map((i) => plan.words[i]!.term));
  return {
    named,
    docs,
    plan: {
      ...plan,
      words: plan.words.filter((_, i) => !used.has(i)),
      pairs: plan.pairs.filter((p) => !p.split(' ').some((w) => gone.has(w))),
    },
  };
}

/** Whether `doc` is among the postings of a word's literal keys (not its concept's facets). */
async function literallyMatched(index: SearchIndex, matches: readonly WordMatches[], doc: number): Promise<boolean> {
  const literal = matches.flatMap((m) => m.found.filter((f) => !CONCEPT_KINDS.has(f.variant.kind)).map((f) => f.entry));
  if (literal.some((e) => e.head.docs.includes(doc))) return true;
  for (const e of literal.filter((e) => e.tail)) if ((await index.full(e)).docs.includes(doc)) return true;
  return false;
}

/** Whether a clause's own text (label, original, translation) holds a word the query matched, or a period it asked for. */
function textHolds(
  clause: { label: string; original: string; translation: string },
  language: string,
  match: WordMatcher,
  periods: ReadonlySet<string>,
): boolean {
  for (const [text, lang] of [
    [clause.label, 'en'],
    [clause.translation, 'en'],
    [clause.original, language],
  ] as const) {
    const tokens = tokenize(text);
    if (tokens.some((t) => match(t, lang))) return true;
    if (
      periods.size &&
      durations(
        tokens.filter((t) => !t.joined),
        [lang],
      ).some((d) => periods.has(d.key))
    )
      return true;
  }
  return false;
}

/** Searches the library: the clauses to show, ranked, with excerpts and counts. */
export async function search(
  index: SearchIndex,
  query: string,
  filters: Filters = {},
  options: SearchOptions = {},
): Promise<SearchOutcome> {
  const { limit = 20, offset = 0, typing = false, names = true } = options;
  const asked = planQuery(query, index.manifest.languages, typing);
  const { named, docs: namedDocs, plan } = names ? await namedIn(index, asked) : { named: [], docs: null, plan: asked };
  const ticked = await allowedBy(index, filters);
  const allowed = namedDocs ? intersect(ticked, namedDocs) : ticked;
  const concepts = { aspects: plan.concepts.aspects, topics: plan.concepts.topics };
  const unanswered = concepts.aspects.filter(
    (a) => (ASPECT_IDS as readonly string[]).includes(a) && index.manifest.aspects[a]['not-stated'] === index.manifest.policies,
  );
  let clauses: RankedClause[];
  let exact = true;
  let matches: WordMatches[] = [];
  if (plan.words.length === 0)
    clauses = allowed ? [...allowed].sort((a, b) => a - b).map((doc) => ({ doc, score: 0, coverage: 1, literal: 1 })) : [];
  else ({ clauses, exact, matches } = await ranked(index, plan, allowed, offset + limit));
  const shown = clauses.slice(offset, offset + limit);
  const match = matcherFor(plan, [
    ...matches.flatMap((m) => m.corrected),
    ...matches.flatMap((m) => m.found.filter((f) => f.variant.kind === 'prefix').map((f) => f.entry.key)),
  ]);
  const periods = new Set(plan.words.flatMap((w) => w.variants.filter((v) => v.kind === 'duration').map((v) => v.key)));
  const hits = await Promise.all(
    shown.map(async ({ doc, score }): Promise<SearchHit> => {
      const { policy, clause } = await index.clause(doc);
      const url = clausePath(policy.slug, clause.id);
      const { field, segments } = clauseExcerpt(clause, policy.language, match);
      const language = field === 'original' ? policy.language : 'en';
      const literal = plan.words.length > 0 && (await literallyMatched(index, matches, doc));
      const matchedIn = !literal ? 'concept' : textHolds(clause, policy.language, match, periods) ? 'text' : 'note';
      return {
        doc,
        score,
        url,
        href: withHighlight(url, plan.words.length ? query : ''),
        policy: policy.slug,
        policyName: policy.name,
        label: clause.label,
        kind: clause.kind,
        field,
        language,
        excerpt: segments,
        original: excerpt(clause.original, policy.language, match),
        originalLanguage: policy.language,
        translation: excerpt(clause.translation, 'en', match),
        matchedIn: plan.words.length === 0 ? 'text' : matchedIn,
      };
    }),
  );
  const allWords = clauses.filter((c) => c.literal > 0.999).length;
  return {
    query,
    hits,
    total: clauses.length,
    exact,
    allWords,
    concepts,
    unanswered,
    suggestion: suggestionFor(query, plan.words, matches),
    named,
  };
}

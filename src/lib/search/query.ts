/**
 * A query as people type it, turned into what the index is asked: its
 * meaningful words (question words and other small words set aside), each
 * with the keys that may match it (the word itself, its stem in each
 * language, and while typing, the words it begins), the pairs of words that
 * may stand together as a phrase, and the concepts it names.
 */
import { matchConcepts, type ConceptMatch } from './concepts.ts';
import { facetKey, meaningKey, pairKey, stemKey } from './index-format.ts';
import { DURATION_LANGUAGES, durations } from './durations.ts';
import { stemmerFor } from './stemmers.ts';
import { isCyrillic, isStopWord, tokenize } from './text.ts';
import { GENERIC_WORDS } from '../taxonomy.ts';

/**
 * How much a match counts: the word as typed, a word of the same stem, a word
 * it begins, and for a word that names a concept, a clause whose words say
 * the concept (its meaning key, in any language), and a clause filed under it:
 * as evidence of the comparison aspect, or under the topic. A number and its
 * unit also match the same period written otherwise ("24 months", "two
 * years"); a word misspelt, the library's words nearest to it (search.ts). (A facet's impact
 * is the highest, so these weights keep such clauses below most clauses that
 * hold the word itself.) A clause that holds the word and means its concept
 * counts both (rank.ts).
 */
export const VARIANT_WEIGHT = {
  exact: 1,
  stem: 0.7,
  prefix: 0.45,
  meaning: 0.5,
  aspect: 0.45,
  topic: 0.25,
  duration: 0.9,
  fuzzy: 0.5,
} as const;
/**
 * A concept named by an idiom of several words ("who can see", "how long") is
 * surer than by one word ("card", "age"); and the idiom's words are read as
 * the idiom more than as themselves ("long" in "how long" is not about length).
 */
const IDIOM_FACTOR = 1.8;
const IDIOM_LITERAL = 0.6;
/**
 * A word too common in the policies to say what the query is about ("data",
 * "user", "údaje", "данные": the vocabulary's GENERIC_WORDS) counts this much
 * of itself where a clause holds it, and of its share of the query, so it
 * cannot outvote the words that carry the meaning; standing in a concept's
 * term ("personal data breach"), its share and its concept's keys count in
 * full.
 */
export const GENERIC_WEIGHT = 0.3;
const GENERIC: ReadonlySet<string> = new Set(
  Object.values(GENERIC_WORDS).flatMap((list) => list.flatMap((w) => tokenize(w).map((t) => t.term))),
);
export type VariantKind = keyof typeof VARIANT_WEIGHT;

export interface Variant {
  readonly key: string;
  readonly kind: VariantKind;
  readonly weight: number;
}

export interface QueryWord {
  /** Folded. */
  readonly term: string;
  readonly lower: string;
  readonly variants: readonly Variant[];
  /** How much of its share of the query it carries (GENERIC_WEIGHT for a generic word, else 1). */
  readonly factor: number;
  /** Whether the reader may still be typing it (the last word, no space after it). */
  readonly unfinished: boolean;
  /** Where it stands in the query's text. */
  readonly start: number;
  readonly end: number;
}

export interface QueryPlan {
  readonly text: string;
  /** The words that count; only when every word is a small word do those count. */
  readonly words: readonly QueryWord[];
  /** Keys of neighbouring meaningful words, for a phrase bonus. */
  readonly pairs: readonly string[];
  readonly concepts: ConceptMatch;
}

/** The keys that may match a word: itself, and its stem in each language of the library written in the same script. */
export function variantsOf(term: string, lower: string, languages: readonly string[]): Variant[] {
  const cyrillic = isCyrillic(term);
  const out: Variant[] = [{ key: term, kind: 'exact', weight: VARIANT_WEIGHT.exact }];
  const seen = new Set([term]);
  for (const language of languages) {
    if ((language === 'ru') !== cyrillic) continue;
    const key = stemKey(stemmerFor(language)(lower), language);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ key, kind: 'stem', weight: VARIANT_WEIGHT.stem });
  }
  return out;
}

/** Plans `query` for an index whose stems are in `languages`. `typing`: the reader may not have finished the last word. */
export function planQuery(query: string, languages: readonly string[], typing = false): QueryPlan {
  // A hyphenated word counts once, whole ("e-mail" as "email"): the index holds it whole as well as in parts.
  const all = tokenize(query);
  const compounds = all.filter((t) => t.joined);
  const tokens = all.filter((t) => t.joined || !compounds.some((c) => t.start >= c.start && t.end <= c.end));
  const meaningful = tokens.filter((t) => !isStopWord(t.term));
  const chosen = meaningful.length > 0 ? meaningful : tokens;
  const endsInWord = /[\p{L}\p{N}]$/u.test(query);
  const concepts = matchConcepts(query);
  const plain = all.filter((t) => !t.joined);
  const periods = new Map<number, string[]>();
  for (const d of durations(plain, DURATION_LANGUAGES))
    for (const i of d.at) periods.set(plain[i]!.position, [...(periods.get(plain[i]!.position) ?? []), d.key]);
  const seen = new Set<string>();
  const words: QueryWord[] = [];
  // The concepts a word names: a hyphenated word, those its parts name ("sub-processors").
  const namedBy = (t: (typeof all)[number]) => {
    const parts = t.joined ? plain.filter((p) => p.start >= t.start && p.end <= t.end) : [t];
    const found = parts.map((p) => concepts.byWord.get(p.position)).filter((c) => c !== undefined);
    if (found.length === 0) return undefined;
    const union = <T>(pick: (c: (typeof found)[number]) => readonly T[]) => [...new Set(found.flatMap(pick))];
    return {
      aspects: union((c) => c.aspects),
      topics: union((c) => c.topics),
      meanings: union((c) => c.meanings),
      idiom: found.some((c) => c.idiom),
    };
  };
  chosen.forEach((t, i) => {
    if (seen.has(t.term)) return;
    seen.add(t.term);
    const named = namedBy(t);
    const surety = named?.idiom ? IDIOM_FACTOR : 1;
    // A generic word counts little as itself; standing in a concept's term, its share of the query and its concept's keys count in full.
    const generic = GENERIC.has(t.term);
    const factor = generic && !named ? GENERIC_WEIGHT : 1;
    const conceptual: Variant[] = [
      ...(named?.meanings.slice(0, 3) ?? []).map((m) => ({
        key: meaningKey(m),
        kind: 'meaning' as const,
        weight: VARIANT_WEIGHT.meaning * surety,
      })),
      ...(named?.aspects.slice(0, 2) ?? []).map((a) => ({
        key: facetKey('aspect', a),
        kind: 'aspect' as const,
        weight: VARIANT_WEIGHT.aspect * surety,
      })),
      ...(named?.topics.slice(0, 2) ?? []).map((topic) => ({
        key: facetKey('topic', topic),
        kind: 'topic' as const,
        weight: VARIANT_WEIGHT.topic * surety,
      })),
    ];
    const literal = variantsOf(t.term, t.lower, languages).map((v) => (named?.idiom ? { ...v, weight: v.weight * IDIOM_LITERAL } : v));
    const period = (periods.get(t.position) ?? []).map((key) => ({ key, kind: 'duration' as const, weight: VARIANT_WEIGHT.duration }));
    words.push({
      term: t.term,
      lower: t.lower,
      variants: [
        ...(generic ? literal.map((v) => ({ ...v, weight: v.weight * GENERIC_WEIGHT })) : literal),
        ...period,
        ...conceptual.map((v) => ({ ...v, weight: v.weight * factor })),
      ],
      factor,
      unfinished: typing && endsInWord && i === chosen.length - 1,
      start: t.start,
      end: t.end,
    });
  });
  const pairs = chosen.slice(1).map((t, i) => pairKey(chosen[i]!.term, t.term));
  return { text: query, words, pairs, concepts };
}

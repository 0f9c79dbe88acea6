/**
 * A query as people type it, turned into what the index is asked: its
 * meaningful words (question words and other small words set aside), each
 * with the keys that may match it (the word itself, its stem in each
 * language, and while typing, the words it begins), the pairs of words that
 * may stand together as a phrase, and the concepts it names.
 */
import { matchConcepts, type ConceptMatch } from './concepts.ts';
import { facetKey, pairKey, stemKey } from './index-format.ts';
import { DURATION_LANGUAGES, durations } from './durations.ts';
import { stemmerFor } from './stemmers.ts';
import { isCyrillic, isStopWord, tokenize } from './text.ts';

/**
 * How much a match counts: the word as typed, a word of the same stem, a word
 * it begins, and for a word that names a concept, a clause filed under it:
 * as evidence of the comparison aspect, or under the topic. A number and its
 * unit also match the same period written otherwise ("24 months", "two
 * years"); a word misspelt, the library's words nearest to it (search.ts). (A facet's impact
 * is the highest, so these weights keep such clauses below most clauses that
 * hold the word itself.)
 */
export const VARIANT_WEIGHT = { exact: 1, stem: 0.7, prefix: 0.45, aspect: 0.45, topic: 0.25, duration: 0.9, fuzzy: 0.5 } as const;
/**
 * A concept named by an idiom of several words ("who can see", "how long") is
 * surer than by one word ("card", "age"); and the idiom's words are read as
 * the idiom more than as themselves ("long" in "how long" is not about length).
 */
const IDIOM_FACTOR = 1.8;
const IDIOM_LITERAL = 0.6;
/**
 * A word that names a concept only as a term of another language ("palë të
 * treta", "oprávněný zájem") is evidence as written in that language's
 * clauses; the concept reaches the other languages' clauses, weighted below.
 */
const FOREIGN_TERM_FACTOR = 0.5;
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
  chosen.forEach((t, i) => {
    if (seen.has(t.term)) return;
    seen.add(t.term);
    const named = concepts.byWord.get(t.position);
    const surety = named?.idiom ? IDIOM_FACTOR : named?.foreign ? FOREIGN_TERM_FACTOR : 1;
    const conceptual: Variant[] = [
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
      variants: [...literal, ...period, ...conceptual],
      unfinished: typing && endsInWord && i === chosen.length - 1,
      start: t.start,
      end: t.end,
    });
  });
  const pairs = chosen.slice(1).map((t, i) => pairKey(chosen[i]!.term, t.term));
  return { text: query, words, pairs, concepts };
}

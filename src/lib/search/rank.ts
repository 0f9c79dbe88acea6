/**
 * Ranking clauses across the library: a pure function of the postings a
 * query's keys have, so it can be tested without an index.
 *
 * - Each word scores a clause by its best-matching key: the word itself over
 *   a word of the same stem over a word it begins ("police" over "policy"),
 *   each weighted by how rare the key is (BM25's idf) and how much of the
 *   clause it is (the impact stored in the index); plus, for a word that
 *   names a concept, its best concept key's score, so holding the word and
 *   meaning it counts both.
 * - A clause is scored by the sum over the words, times the square of the
 *   share of the query's weight it covers, so a clause holding most of the
 *   words ranks above one that repeats a single word; none holding every word
 *   still leaves the best partial matches.
 * - Neighbouring words found together (a phrase) add a bonus.
 * - A word that names a concept ("delete", "how long", "abroad") also
 *   matches the clauses filed under it (query.ts), weighted below the word
 *   itself, so those clauses are found even when they say it otherwise.
 */
import type { Postings } from './index-format.ts';

export interface VariantPostings {
  readonly weight: number;
  readonly idf: number;
  readonly postings: Postings;
  /** False for a concept's facet (the clauses filed under what the word names); absent or true for the word itself, its stem or a word it begins. */
  readonly literal?: boolean;
  /** True for a facet (the clauses filed under a topic or aspect), as against the concept's own key. */
  readonly facet?: boolean;
}

export interface RankInput {
  /** One entry per query word: the postings of each key that may match it. */
  readonly words: readonly (readonly VariantPostings[])[];
  /** Postings of neighbouring word pairs. */
  readonly pairs: readonly VariantPostings[];
  /** The clauses the filters allow; null for all. */
  readonly allowed: ReadonlySet<number> | null;
  /** Per query word, how much of its share of the query it carries (1 if absent). */
  readonly factors?: readonly number[];
}

export interface RankedClause {
  readonly doc: number;
  readonly score: number;
  /** Share of the query's words (by weight) the clause matches, concepts included, 0–1. */
  readonly coverage: number;
  /** Share of the query's words (by weight) the clause itself holds (as typed, by stem or as a word begun), 0–1. */
  readonly literal: number;
}

/** BM25's inverse document frequency. */
export const idf = (df: number, docs: number): number => Math.log(1 + (docs - df + 0.5) / (df + 0.5));

/** Weight of a phrase found, against the words found apart. */
const PHRASE_WEIGHT = 0.5;

/** For one word: each clause's best score among the given keys. */
function bestOf(variants: readonly VariantPostings[], allowed: ReadonlySet<number> | null): Map<number, number> {
  const best = new Map<number, number>();
  for (const v of variants) {
    const { docs, impacts } = v.postings;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]!;
      if (allowed && !allowed.has(doc)) continue;
      const s = (v.weight * v.idf * impacts[i]!) / 255;
      if (s > (best.get(doc) ?? 0)) best.set(doc, s);
    }
  }
  return best;
}

/**
 * What a concept's key and its facets give a clause together: the larger,
 * and a share of the smaller, so a clause that says the concept and is filed
 * under it ranks above one that only does either, without a broad facet
 * counting twice. Grows with both, so a bound of each bounds it.
 */
export const conceptScore = (meaning: number, facet: number): number =>
  Math.max(meaning, facet) + CONCEPT_SECOND * Math.min(meaning, facet);
const CONCEPT_SECOND = 0.25;

/** For one word: each clause's best score among the word's own keys, and what its concept's key and facets give it (0 where none matches). */
function bestByKind(
  variants: readonly VariantPostings[],
  allowed: ReadonlySet<number> | null,
): { literal: Map<number, number>; meaning: Map<number, number>; facet: Map<number, number> } {
  return {
    literal: bestOf(
      variants.filter((v) => v.literal !== false),
      allowed,
    ),
    meaning: bestOf(
      variants.filter((v) => v.literal === false && !v.facet),
      allowed,
    ),
    facet: bestOf(
      variants.filter((v) => v.literal === false && v.facet),
      allowed,
    ),
  };
}

/**
 * For one word: each clause's score, its best literal key's plus what its
 * concept gives it (conceptScore), so a clause that holds the word and means
 * it ranks above one that only does either.
 */
function bestPerClause(variants: readonly VariantPostings[], allowed: ReadonlySet<number> | null): Map<number, number> {
  const { literal, meaning, facet } = bestByKind(variants, allowed);
  const sum = new Map(literal);
  for (const doc of new Set([...meaning.keys(), ...facet.keys()]))
    sum.set(doc, (sum.get(doc) ?? 0) + conceptScore(meaning.get(doc) ?? 0, facet.get(doc) ?? 0));
  return sum;
}

/**
 * Each word's share of the query: its rarest key's idf (a word the library
 * lacks still counts, at 1), times its factor (a generic word's is lower);
 * and their sum.
 */
function importanceOf(input: RankInput): { importance: number[]; total: number } {
  const importance = input.words.map((w, i) => (w.length ? Math.max(...w.map((v) => v.idf)) : 1) * (input.factors?.[i] ?? 1));
  return { importance, total: importance.reduce((a, b) => a + b, 0) || 1 };
}

/** For one word: the clauses that hold it literally (not only through its concept). */
function literalClauses(variants: readonly VariantPostings[]): Set<number> {
  const held = new Set<number>();
  for (const v of variants) if (v.literal !== false) for (const doc of v.postings.docs) held.add(doc);
  return held;
}

/** Every clause that matches a word, best first (ties in library order). */
export function rankClauses(input: RankInput): RankedClause[] {
  const perWord = input.words.map((w) => bestPerClause(w, input.allowed));
  const literally = input.words.map(literalClauses);
  const { importance, total } = importanceOf(input);
  const scores = new Map<number, { sum: number; covered: number; held: number }>();
  perWord.forEach((best, i) => {
    for (const [doc, s] of best) {
      const entry = scores.get(doc) ?? { sum: 0, covered: 0, held: 0 };
      entry.sum += s;
      entry.covered += importance[i]!;
      if (literally[i]!.has(doc)) entry.held += importance[i]!;
      scores.set(doc, entry);
    }
  });
  for (const pair of input.pairs)
    for (const [doc, s] of bestOf([pair], input.allowed)) if (scores.has(doc)) scores.get(doc)!.sum += PHRASE_WEIGHT * s;
  const ranked: RankedClause[] = [];
  for (const [doc, { sum, covered, held }] of scores) {
    const coverage = covered / total;
    ranked.push({ doc, coverage, literal: held / total, score: sum * coverage * coverage });
  }
  return ranked.sort((a, b) => b.score - a.score || a.doc - b.doc);
}

/**
 * The most a key's unread postings (its tail) can add to one clause, per
 * query word and per pair: `weight × idf × the tail's highest impact`, the
 * best over the word's own keys (`words`) and over its concept's keys
 * (`meaning`, 0 if absent), which add up (bestPerClause). 0 where no such key
 * of the word has a tail.
 */
export interface TailBounds {
  readonly words: readonly number[];
  readonly meaning?: readonly number[];
  readonly facets?: readonly number[];
  readonly pairs: readonly number[];
}

/**
 * Whether the first `needed` clauses ranked from the heads alone are the
 * first `needed` clauses of the full ranking, so the tails need not be read.
 * Reading a tail only adds postings, so a clause's score from the heads is a
 * floor of its true score; its ceiling counts, for each word (its own keys
 * and its concept's apart, as they add up) and pair, the larger of what the
 * heads gave it and what a tail could give, at the coverage it would have if
 * it held every word that has a tail. The heads settle the first `needed`,
 * in order, when no clause outside them (nor any clause found only in the
 * tails, nor any found only in a phrase's head) has a ceiling above the
 * floor of the last of them, and none of them a ceiling above the floor of
 * the one before it.
 */
export function headsSettle(input: RankInput, bounds: TailBounds, ranked: readonly RankedClause[], needed: number): boolean {
  if (ranked.length < needed) return false;
  const floor = ranked[needed - 1]!.score;
  const perWord = input.words.map((w) => bestByKind(w, input.allowed));
  const perPair = input.pairs.map((p) => bestOf([p], input.allowed));
  const { importance, total } = importanceOf(input);
  const ceiling = (doc: number | null): number => {
    let sum = 0;
    let covered = 0;
    perWord.forEach(({ literal, meaning, facet }, i) => {
      const at = (m: Map<number, number>) => (doc === null ? 0 : (m.get(doc) ?? 0));
      const own = Math.max(at(literal), bounds.words[i] ?? 0);
      const said = Math.max(at(meaning), bounds.meaning?.[i] ?? 0);
      const filed = Math.max(at(facet), bounds.facets?.[i] ?? 0);
      sum += own + conceptScore(said, filed);
      if (own > 0 || said > 0 || filed > 0) covered += importance[i]!;
    });
    perPair.forEach((best, j) => (sum += PHRASE_WEIGHT * Math.max(doc === null ? 0 : (best.get(doc) ?? 0), bounds.pairs[j] ?? 0)));
    const coverage = covered / total;
    return sum * coverage * coverage;
  };
  if (ceiling(null) > floor) return false;
  for (let i = needed; i < ranked.length; i++) if (ceiling(ranked[i]!.doc) > floor) return false;
  // A clause in a phrase's head may hold both its words only in their tails: unranked, yet its phrase may lift it.
  const inRanked = new Set(ranked.map((r) => r.doc));
  for (const best of perPair) for (const doc of best.keys()) if (!inRanked.has(doc) && ceiling(doc) > floor) return false;
  // Their order holds too: none can climb above the floor of the one before it.
  for (let i = 1; i < needed; i++) if (ceiling(ranked[i]!.doc) > ranked[i - 1]!.score) return false;
  return true;
}

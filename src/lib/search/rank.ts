/**
 * Ranking clauses across the library: a pure function of the postings a
 * query's keys have, so it can be tested without an index.
 *
 * - Each word scores a clause by its best-matching key: the word itself over
 *   a word of the same stem over a word it begins ("police" over "policy"),
 *   each weighted by how rare the key is (BM25's idf) and how much of the
 *   clause it is (the impact stored in the index).
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
}

export interface RankInput {
  /** One entry per query word: the postings of each key that may match it. */
  readonly words: readonly (readonly VariantPostings[])[];
  /** Postings of neighbouring word pairs. */
  readonly pairs: readonly VariantPostings[];
  /** The clauses the filters allow; null for all. */
  readonly allowed: ReadonlySet<number> | null;
}

export interface RankedClause {
  readonly doc: number;
  readonly score: number;
  /** Share of the query's words (by weight) the clause holds, 0–1. */
  readonly coverage: number;
}

/** BM25's inverse document frequency. */
export const idf = (df: number, docs: number): number => Math.log(1 + (docs - df + 0.5) / (df + 0.5));

/** Weight of a phrase found, against the words found apart. */
const PHRASE_WEIGHT = 0.5;

/** For one word: each clause's best score among the word's keys. */
function bestPerClause(variants: readonly VariantPostings[], allowed: ReadonlySet<number> | null): Map<number, number> {
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

/** Every clause that matches a word, best first (ties in library order). */
export function rankClauses(input: RankInput): RankedClause[] {
  const perWord = input.words.map((w) => bestPerClause(w, input.allowed));
  // A word's share of the query: its rarest key's idf (a word the library lacks still counts, at 1).
  const importance = input.words.map((w) => (w.length ? Math.max(...w.map((v) => v.idf)) : 1));
  const total = importance.reduce((a, b) => a + b, 0) || 1;
  const scores = new Map<number, { sum: number; covered: number }>();
  perWord.forEach((best, i) => {
    for (const [doc, s] of best) {
      const entry = scores.get(doc) ?? { sum: 0, covered: 0 };
      entry.sum += s;
      entry.covered += importance[i]!;
      scores.set(doc, entry);
    }
  });
  for (const pair of input.pairs) for (const [doc, s] of bestPerClause([pair], input.allowed)) if (scores.has(doc)) scores.get(doc)!.sum += PHRASE_WEIGHT * s;
  const ranked: RankedClause[] = [];
  for (const [doc, { sum, covered }] of scores) {
    const coverage = covered / total;
    ranked.push({ doc, coverage, score: sum * coverage * coverage });
  }
  return ranked.sort((a, b) => b.score - a.score || a.doc - b.doc);
}

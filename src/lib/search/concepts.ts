/**
 * Queries as questions about concepts: "delete my data", "how long", "sell"
 * name a comparison aspect or a topic even when no clause uses those words,
 * and "výmaz", "dzēšana", "удаление" name the concept "erasure" whatever the
 * language of the clauses that answer them.
 * The words come from the taxonomy, the one source of truth: `terms` on every
 * topic and aspect (English), and the concept vocabulary (vocabulary.ts: each
 * concept's words in every language of the library, the GDPR's terms among
 * them), each matched after its language's stemmer, so "deleted" counts as
 * "delete" and "oprávněné zájmy" as "oprávněný zájem".
 * A query may hold small words inside a phrase ("take back my consent" names
 * "take back consent"). The concept's facets reach the clauses filed under it
 * in every policy, and its meaning key (index-format.ts's `meaningKey`) the
 * clauses whose own words say it, in any language (the build reads every
 * clause's text for the concepts' terms with `meaningsIn`).
 */
import { stemmerFor } from './stemmers.ts';
import { isStopWord, tokenize, type Token } from './text.ts';
import { ASPECTS, CONCEPTS, LANGUAGE_IDS, TOPICS, type AspectId, type LanguageId, type TopicId } from '../taxonomy.ts';

export interface ConceptMatch {
  /** Aspects of the comparison the query asks about, most specific first. */
  readonly aspects: readonly AspectId[];
  readonly topics: readonly TopicId[];
  /** Concepts of the vocabulary the query names, most specific first. */
  readonly meanings: readonly string[];
  /** For each word of the query (by position among its words), the concepts whose phrase holds it. */
  readonly byWord: ReadonlyMap<number, WordConcepts>;
}

/** The concepts one word of a query helps to name. */
export interface WordConcepts {
  readonly aspects: readonly AspectId[];
  readonly topics: readonly TopicId[];
  readonly meanings: readonly string[];
  /** Whether an English phrase of several words names them ("who can see"), not the word alone. */
  readonly idiom: boolean;
  /** Whether only a term of another language names them ("palë të treta"). */
  readonly foreign: boolean;
}

type Stemmed = { stem: string; small: boolean };

/** A text's words: each word's stem in `language`, and whether it is a small word. */
function stemmed(tokens: readonly Token[], language: LanguageId): Stemmed[] {
  const stem = stemmerFor(language);
  return tokens.filter((t) => !t.joined).map((t) => ({ stem: stem(t.lower), small: isStopWord(t.term) }));
}
const wordsOf = (text: string, language: LanguageId) => stemmed(tokenize(text), language);

interface Phrase {
  readonly aspects: readonly AspectId[];
  readonly topics: readonly TopicId[];
  /** The vocabulary's concept, or null for a topic's or aspect's own term. */
  readonly meaning: string | null;
  readonly language: LanguageId;
  readonly stems: readonly string[];
  /** A reader's phrasing (`asked`), not looked for in clauses. */
  readonly asked: boolean;
}

const PHRASES: readonly Phrase[] = [
  ...TOPICS.flatMap((t) =>
    t.terms.map((term) => ({
      aspects: [],
      topics: [t.id],
      meaning: null,
      language: 'en' as const,
      stems: stemsOf(term, 'en'),
      asked: true,
    })),
  ),
  ...ASPECTS.flatMap((a) =>
    a.terms.map((term) => ({
      aspects: [a.id],
      topics: [],
      meaning: null,
      language: 'en' as const,
      stems: stemsOf(term, 'en'),
      asked: true,
    })),
  ),
  ...CONCEPTS.flatMap((c) => [
    ...LANGUAGE_IDS.flatMap((language) =>
      (c.terms[language] ?? []).map((term) => ({ ...c, meaning: c.id, language, stems: stemsOf(term, language), asked: false })),
    ),
    ...(c.asked ?? []).map((term) => ({ ...c, meaning: c.id, language: 'en' as const, stems: stemsOf(term, 'en'), asked: true })),
  ]),
].filter((p) => p.stems.length > 0);

function stemsOf(term: string, language: LanguageId): string[] {
  return wordsOf(term, language).map((w) => w.stem);
}

/** The phrases of each language a clause's text is read for, by their first stem. */
const IN_TEXT: ReadonlyMap<LanguageId, ReadonlyMap<string, readonly Phrase[]>> = new Map(
  LANGUAGE_IDS.map((language) => {
    const byFirst = new Map<string, Phrase[]>();
    for (const p of PHRASES) if (!p.asked && p.language === language) byFirst.set(p.stems[0]!, [...(byFirst.get(p.stems[0]!) ?? []), p]);
    return [language, byFirst] as const;
  }),
);

/**
 * Where `needle` occurs in `haystack` in order, with only small words of the
 * haystack between its words: the positions of the words it matched.
 */
function occurrences(haystack: readonly Stemmed[], needle: readonly string[], from = 0, to = haystack.length - 1): number[][] {
  const out: number[][] = [];
  if (needle.length === 0) return out;
  for (let i = from; i <= to && i + needle.length <= haystack.length; i++) {
    if (haystack[i]!.stem !== needle[0]) continue;
    const at = [i];
    let k = i + 1;
    for (let j = 1; j < needle.length && k <= haystack.length; j++) {
      while (k < haystack.length && haystack[k]!.stem !== needle[j] && haystack[k]!.small) k++;
      if (k >= haystack.length || haystack[k]!.stem !== needle[j]) break;
      at.push(k++);
    }
    if (at.length === needle.length) out.push(at);
  }
  return out;
}

/**
 * The vocabulary's concepts a text in `language` speaks of (by their terms,
 * not readers' phrasings), with how often: what the build files a clause's
 * field under. A place in the text counts for its longest term only.
 */
export function meaningsIn(tokens: readonly Token[], language: LanguageId): Map<string, number> {
  const words = stemmed(tokens, language);
  const byFirst = IN_TEXT.get(language);
  const out = new Map<string, number>();
  if (!byFirst) return out;
  for (let i = 0; i < words.length; i++) {
    const here = new Map<string, number>();
    for (const p of byFirst.get(words[i]!.stem) ?? [])
      if (occurrences(words, p.stems, i, i).length) here.set(p.meaning!, Math.max(here.get(p.meaning!) ?? 0, p.stems.length));
    for (const id of here.keys()) out.set(id, (out.get(id) ?? 0) + 1);
  }
  return out;
}

type Found<T extends string> = Map<number, Map<T, number>>;
const note = <T extends string>(map: Found<T>, at: number, id: T, length: number) => {
  const here = map.get(at) ?? new Map<T, number>();
  here.set(id, Math.max(here.get(id) ?? 0, length));
  map.set(at, here);
};
const ranked = <T extends string>(best: Map<T, number>): T[] => [...best].sort((a, b) => b[1] - a[1]).map(([id]) => id);

/** The aspects, topics and concepts a query is about, by the words readers use for them in any language, and which of its words name them. */
export function matchConcepts(query: string): ConceptMatch {
  const tokens = tokenize(query);
  const q = new Map(LANGUAGE_IDS.map((language) => [language, stemmed(tokens, language)] as const));
  const best = { aspects: new Map<AspectId, number>(), topics: new Map<TopicId, number>(), meanings: new Map<string, number>() };
  const covers = { aspects: new Map() as Found<AspectId>, topics: new Map() as Found<TopicId>, meanings: new Map() as Found<string> };
  // An English phrase of several words is an idiom whose words are not meant as themselves ("how long"); a phrase of another language is its term of art, meant as written.
  const english = new Map<number, number>();
  for (const p of PHRASES)
    for (const at of occurrences(q.get(p.language)!, p.stems)) {
      const n = p.stems.length;
      for (const a of p.aspects) best.aspects.set(a, Math.max(best.aspects.get(a) ?? 0, n));
      for (const t of p.topics) best.topics.set(t, Math.max(best.topics.get(t) ?? 0, n));
      if (p.meaning) best.meanings.set(p.meaning, Math.max(best.meanings.get(p.meaning) ?? 0, n));
      for (const i of at) {
        for (const a of p.aspects) note(covers.aspects, i, a, n);
        for (const t of p.topics) note(covers.topics, i, t, n);
        if (p.meaning) note(covers.meanings, i, p.meaning, n);
        if (p.language === 'en') english.set(i, Math.max(english.get(i) ?? 0, n));
      }
    }
  const aspects = ranked(best.aspects);
  const topics = ranked(best.topics);
  const meanings = ranked(best.meanings);
  const byWord = new Map<number, WordConcepts>();
  for (let i = 0; i < q.get('en')!.length; i++) {
    const a = aspects.filter((id) => covers.aspects.get(i)?.has(id));
    const t = topics.filter((id) => covers.topics.get(i)?.has(id));
    const m = meanings.filter((id) => covers.meanings.get(i)?.has(id));
    if (a.length || t.length || m.length)
      byWord.set(i, { aspects: a, topics: t, meanings: m, idiom: (english.get(i) ?? 0) > 1, foreign: !english.has(i) });
  }
  return { aspects, topics, meanings, byWord };
}

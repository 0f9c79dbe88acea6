/**
 * Queries as questions about concepts: "delete my data", "how long", "sell"
 * name a comparison aspect or a topic even when no clause uses those words.
 * The words come from the taxonomy, the one source of truth: `terms` on every
 * topic and aspect (English), and CONCEPT_TERMS (the GDPR's terms in each
 * language of the library), each matched after its language's stemmer, so
 * "deleted" counts as "delete" and "oprávněné zájmy" as "oprávněný zájem".
 * A query may hold small words inside a phrase ("take back my consent" names
 * "take back consent"). The concept's facets reach the clauses filed under it
 * in every policy, whatever their language.
 */
import { stemmerFor } from './stemmers.ts';
import { isStopWord, tokenize } from './text.ts';
import { ASPECTS, CONCEPT_TERMS, LANGUAGE_IDS, TOPICS, type AspectId, type LanguageId, type TopicId } from '../taxonomy.ts';

export interface ConceptMatch {
  /** Aspects of the comparison the query asks about, most specific first. */
  readonly aspects: readonly AspectId[];
  readonly topics: readonly TopicId[];
  /** For each word of the query (by position among its words), the concepts whose phrase holds it. */
  readonly byWord: ReadonlyMap<number, WordConcepts>;
}

/** The concepts one word of a query helps to name. */
export interface WordConcepts {
  readonly aspects: readonly AspectId[];
  readonly topics: readonly TopicId[];
  /** Whether an English phrase of several words names them ("who can see"), not the word alone. */
  readonly idiom: boolean;
  /** Whether only a term of another language names them ("palë të treta"): the word as written is then the surer evidence. */
  readonly foreign: boolean;
}

/** A query's or a phrase's words: each word's stem in `language`, and whether it is a small word. */
function wordsOf(text: string, language: LanguageId): { stem: string; small: boolean }[] {
  const stem = stemmerFor(language);
  return tokenize(text)
    .filter((t) => !t.joined)
    .map((t) => ({ stem: stem(t.lower), small: isStopWord(t.term) }));
}

interface Phrase {
  readonly id: string;
  readonly language: LanguageId;
  readonly stems: readonly string[];
}
const phrases = <T extends { id: string; terms: readonly string[] }>(list: readonly T[]): Phrase[] =>
  list.flatMap((item) =>
    item.terms.map((term) => ({ id: item.id, language: 'en' as const, stems: wordsOf(term, 'en').map((w) => w.stem) })),
  );
/** CONCEPT_TERMS' phrases, each under every topic (or aspect) of its entry. */
const conceptPhrases = (pick: (c: (typeof CONCEPT_TERMS)[number]) => readonly string[]): Phrase[] =>
  CONCEPT_TERMS.flatMap((c) =>
    pick(c).flatMap((id) =>
      LANGUAGE_IDS.flatMap((language) =>
        (c.terms[language] ?? []).map((term) => ({ id, language, stems: wordsOf(term, language).map((w) => w.stem) })),
      ),
    ),
  );
const ASPECT_PHRASES = [...phrases(ASPECTS), ...conceptPhrases((c) => c.aspects)];
const TOPIC_PHRASES = [...phrases(TOPICS), ...conceptPhrases((c) => c.topics)];

/**
 * Where `needle` occurs in `haystack` in order, with only small words of the
 * haystack between its words: the positions of the words it matched.
 */
function occurrences(haystack: readonly { stem: string; small: boolean }[], needle: readonly string[]): number[][] {
  const out: number[][] = [];
  if (needle.length === 0) return out;
  for (let i = 0; i + needle.length <= haystack.length; i++) {
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

/** The ids whose phrases occur in the query (longer phrases first), and the query positions each phrase covers (English phrases also apart). */
function matched(
  query: ReadonlyMap<LanguageId, readonly { stem: string; small: boolean }[]>,
  list: readonly Phrase[],
): { ids: string[]; covers: Map<number, Map<string, number>>; english: Map<number, Map<string, number>> } {
  const best = new Map<string, number>();
  const covers = new Map<number, Map<string, number>>();
  // An English phrase is an idiom whose words are not meant as themselves ("how long"); a phrase of another language is its term of art, meant as written.
  const english = new Map<number, Map<string, number>>();
  for (const p of list)
    for (const at of occurrences(query.get(p.language)!, p.stems)) {
      best.set(p.id, Math.max(best.get(p.id) ?? 0, p.stems.length));
      for (const i of at)
        for (const map of p.language === 'en' ? [covers, english] : [covers]) {
          const here = map.get(i) ?? new Map<string, number>();
          here.set(p.id, Math.max(here.get(p.id) ?? 0, p.stems.length));
          map.set(i, here);
        }
    }
  return { ids: [...best].sort((a, b) => b[1] - a[1]).map(([id]) => id), covers, english };
}

/** The aspects and topics a query is about, by the words readers use for them in any language, and which of its words name them. */
export function matchConcepts(query: string): ConceptMatch {
  const q = new Map(LANGUAGE_IDS.map((language) => [language, wordsOf(query, language)] as const));
  const aspects = matched(q, ASPECT_PHRASES);
  const topics = matched(q, TOPIC_PHRASES);
  const byWord = new Map<number, WordConcepts>();
  for (let i = 0; i < q.get('en')!.length; i++) {
    const a = aspects.ids.filter((id) => aspects.covers.get(i)?.has(id)) as AspectId[];
    const t = topics.ids.filter((id) => topics.covers.get(i)?.has(id)) as TopicId[];
    const longest = Math.max(0, ...(aspects.english.get(i)?.values() ?? []), ...(topics.english.get(i)?.values() ?? []));
    const foreign = !aspects.english.has(i) && !topics.english.has(i);
    if (a.length || t.length) byWord.set(i, { aspects: a, topics: t, idiom: longest > 1, foreign });
  }
  return { aspects: aspects.ids as AspectId[], topics: topics.ids as TopicId[], byWord };
}

/**
 * Queries as questions about concepts: "delete my data", "how long", "sell"
 * name a comparison aspect or a topic even when no clause uses those words.
 * The words come from the taxonomy (`terms` on every topic and aspect), the
 * one source of truth, matched after English stemming so "deleted" and
 * "deleting" count as "delete".
 */
import { stemmerFor } from './stemmers.ts';
import { tokenize } from './text.ts';
import { ASPECTS, TOPICS, type AspectId, type TopicId } from '../taxonomy.ts';

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
  /** Whether a phrase of several words names them ("who can see"), not the word alone. */
  readonly idiom: boolean;
}

const english = stemmerFor('en');
const stemsOf = (text: string) => tokenize(text).filter((t) => !t.joined).map((t) => english(t.lower));

interface Phrase {
  readonly id: string;
  readonly stems: readonly string[];
}
const phrases = <T extends { id: string; terms: readonly string[] }>(list: readonly T[]): Phrase[] =>
  list.flatMap((item) => item.terms.map((term) => ({ id: item.id, stems: stemsOf(term) })));
const ASPECT_PHRASES = phrases(ASPECTS);
const TOPIC_PHRASES = phrases(TOPICS);

/** Where `needle` occurs in `haystack` as a run of consecutive items. */
function occurrences(haystack: readonly string[], needle: readonly string[]): number[] {
  const out: number[] = [];
  if (needle.length === 0) return out;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    out.push(i);
  }
  return out;
}

/** The ids whose phrases occur in the query (longer phrases first), and the query positions each phrase covers. */
function matched(query: readonly string[], list: readonly Phrase[]): { ids: string[]; covers: Map<number, Map<string, number>> } {
  const best = new Map<string, number>();
  const covers = new Map<number, Map<string, number>>();
  for (const p of list)
    for (const at of occurrences(query, p.stems)) {
      best.set(p.id, Math.max(best.get(p.id) ?? 0, p.stems.length));
      for (let i = at; i < at + p.stems.length; i++) {
        const here = covers.get(i) ?? new Map<string, number>();
        here.set(p.id, Math.max(here.get(p.id) ?? 0, p.stems.length));
        covers.set(i, here);
      }
    }
  return { ids: [...best].sort((a, b) => b[1] - a[1]).map(([id]) => id), covers };
}

/** The aspects and topics a query is about, by the words readers use for them, and which of its words name them. */
export function matchConcepts(query: string): ConceptMatch {
  const q = stemsOf(query);
  const aspects = matched(q, ASPECT_PHRASES);
  const topics = matched(q, TOPIC_PHRASES);
  const byWord = new Map<number, WordConcepts>();
  for (let i = 0; i < q.length; i++) {
    const a = aspects.ids.filter((id) => aspects.covers.get(i)?.has(id)) as AspectId[];
    const t = topics.ids.filter((id) => topics.covers.get(i)?.has(id)) as TopicId[];
    const longest = Math.max(0, ...(aspects.covers.get(i)?.values() ?? []), ...(topics.covers.get(i)?.values() ?? []));
    if (a.length || t.length) byWord.set(i, { aspects: a, topics: t, idiom: longest > 1 });
  }
  return { aspects: aspects.ids as AspectId[], topics: topics.ids as TopicId[], byWord };
}

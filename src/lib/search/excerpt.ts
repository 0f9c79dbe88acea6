/**
 * Excerpts from a clause's own text (its translation or its original, never
 * its topics), around the words that matched, with those words marked. Also
 * used on arrival at a clause, to mark the same words there.
 */
import { stemKey } from './index-format.ts';
import type { QueryPlan } from './query.ts';
import { stemmerFor } from './stemmers.ts';
import { tokenize, type Token } from './text.ts';

export interface Segment {
  readonly text: string;
  readonly mark: boolean;
}

/** Whether a word of a text in `language` is one the query matched. */
export type WordMatcher = (token: Token, language: string) => boolean;

/** A matcher for the words of `plan`: the same word, a word of the same stem, (while typing) a word it begins, or one of the `also` words the search matched in their stead (a misspelt word's correction). */
export function matcherFor(plan: Pick<QueryPlan, 'words'>, also: readonly string[] = []): WordMatcher {
  const exact = new Set([...plan.words.map((w) => w.term), ...also]);
  const stems = new Set(plan.words.flatMap((w) => w.variants.filter((v) => v.kind === 'stem').map((v) => v.key)));
  const prefixes = plan.words.filter((w) => w.unfinished && w.term.length >= 2).map((w) => w.term);
  return (token, language) =>
    exact.has(token.term) ||
    stems.has(stemKey(stemmerFor(language)(token.lower), language)) ||
    prefixes.some((p) => token.term.startsWith(p));
}

/** The words of `text` that match. */
export function matchedTokens(text: string, language: string, match: WordMatcher): Token[] {
  return tokenize(text).filter((t) => !t.joined && match(t, language));
}

/** About `words` words of `text` around its densest run of matches, matches marked; the whole text if it is short. */
export function excerpt(text: string, language: string, match: WordMatcher, words = 26): Segment[] {
  const tokens = tokenize(text).filter((t) => !t.joined);
  const hits = tokens.map((t) => match(t, language));
  let from = 0;
  if (tokens.length > words) {
    let best = -1;
    for (let i = 0; i + words <= tokens.length; i++) {
      const n = hits.slice(i, i + words).filter(Boolean).length;
      // Start a little before the first match, so it is read in context.
      if (n > best) [best, from] = [n, i];
    }
    const firstHit = hits.indexOf(true, from);
    if (firstHit >= 0) from = Math.max(0, Math.min(firstHit - 3, tokens.length - words));
  }
  const to = Math.min(tokens.length, from + words);
  const start = from === 0 ? 0 : tokens[from]!.start;
  const end = to >= tokens.length ? text.length : tokens[to - 1]!.end;
  const segments: Segment[] = [];
  let at = start;
  for (let i = from; i < to; i++) {
    if (!hits[i]) continue;
    const t = tokens[i]!;
    if (t.start > at) segments.push({ text: text.slice(at, t.start), mark: false });
    segments.push({ text: text.slice(t.start, t.end), mark: true });
    at = t.end;
  }
  if (end > at) segments.push({ text: text.slice(at, end), mark: false });
  if (start > 0) segments.unshift({ text: '… ', mark: false });
  if (end < text.length) segments.push({ text: ' …', mark: false });
  return segments.map((s) => ({ ...s, text: s.text.replace(/\s+/g, ' ') }));
}

/** The excerpt of whichever of a clause's texts holds more of the matched words (the translation when even). */
export function clauseExcerpt(
  clause: { original: string; translation: string },
  language: string,
  match: WordMatcher,
): { field: 'original' | 'translation'; segments: Segment[] } {
  const inOriginal = matchedTokens(clause.original, language, match).length;
  const inTranslation = matchedTokens(clause.translation, 'en', match).length;
  return inOriginal > inTranslation
    ? { field: 'original', segments: excerpt(clause.original, language, match) }
    : { field: 'translation', segments: excerpt(clause.translation, 'en', match) };
}

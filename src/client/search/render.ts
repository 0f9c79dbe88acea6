/**
 * Search results as DOM nodes and words: a hit (its policy, label and
 * excerpt, the matched words marked), the status line, the notice of a
 * failed search, and the grouping of ranked hits by policy. Text always goes
 * in as text, never as HTML.
 */
import type { Segment } from '../../lib/search/excerpt.ts';
import type { SearchHit, SearchOutcome } from '../../lib/search/search.ts';

/** An excerpt's segments as text nodes, the matched words in <mark>. */
export function excerptNodes(segments: readonly Segment[]): Node[] {
  return segments.map((s) => {
    if (!s.mark) return document.createTextNode(s.text);
    const mark = document.createElement('mark');
    mark.textContent = s.text;
    return mark;
  });
}

/** An excerpt as a span in its language. */
function excerptSpan(segments: readonly Segment[], language: string, className: string): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = className;
  span.lang = language;
  span.append(...excerptNodes(segments));
  return span;
}

/** Why a hit is there, when its own words do not show it. */
export function matchedNote(hit: SearchHit): string | null {
  return hit.matchedIn === 'note'
    ? 'Matched our note on this clause'
    : hit.matchedIn === 'concept'
      ? 'Found by its topic, not its words'
      : null;
}

/**
 * A hit's policy, label and excerpts: on the search page (`both`) the
 * original's beside the English translation's, each in its language; in the
 * header's box the one that holds more of the words. A hit found only in our
 * note, or only by its topic, says so.
 */
export function hitContent(hit: SearchHit, both = false): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const head = document.createElement('span');
  head.className = 'hit-title';
  const policy = document.createElement('span');
  policy.className = 'hit-policy';
  policy.textContent = hit.policyName;
  const label = document.createElement('span');
  label.className = 'hit-label';
  label.textContent = hit.label;
  head.append(policy, label);
  fragment.append(head);
  if (both && hit.originalLanguage !== 'en') {
    const pair = document.createElement('span');
    pair.className = 'hit-excerpts';
    pair.append(
      excerptSpan(hit.original, hit.originalLanguage, 'hit-excerpt hit-original'),
      excerptSpan(hit.translation, 'en', 'hit-excerpt hit-translation'),
    );
    fragment.append(pair);
  } else fragment.append(excerptSpan(hit.excerpt, hit.language, 'hit-excerpt'));
  const why = matchedNote(hit);
  if (why) {
    const note = document.createElement('span');
    note.className = 'hit-why';
    note.textContent = why;
    fragment.append(note);
  }
  return fragment;
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** What the status line says about an outcome, on the search page or under the header's box. */
export function statusText(o: SearchOutcome, where: 'page' | 'box'): string {
  const inNamed = o.named.length ? ` in ${o.named.map((n) => n.name).join(' or ')}` : '';
  if (o.total === 0)
    return where === 'page'
      ? `No clause${inNamed} matches${o.query.trim() ? ` “${o.query.trim()}”` : ''}. Try other words, or clear a filter.`
      : `No clause${inNamed} matches “${o.query.trim()}”.`;
  const total = `${o.exact ? '' : 'At least '}${count(o.total, 'matching clause', 'matching clauses')}`;
  if (where === 'box') return `${total}${inNamed} for “${o.query.trim()}”, best first. Use the arrow keys to choose, Enter to open.`;
  const partly = o.allWords > 0 && o.allWords < o.total ? ` (${o.allWords.toLocaleString('en-GB')} with every word)` : '';
  const order = o.query.trim() ? ', best first' : ', in library order';
  const shown = o.total > o.hits.length ? `; showing ${o.hits.length.toLocaleString('en-GB')}` : '';
  return `${total}${inNamed}${partly}${order}${shown}.`;
}

export interface PolicyGroup {
  readonly policy: string;
  readonly name: string;
  readonly hits: readonly SearchHit[];
}

/** Ranked hits grouped by policy: policies in the order of their best hit, each policy's hits in rank order. */
export function groupByPolicy(hits: readonly SearchHit[]): PolicyGroup[] {
  const groups = new Map<string, { policy: string; name: string; hits: SearchHit[] }>();
  for (const hit of hits) {
    const group = groups.get(hit.policy) ?? { policy: hit.policy, name: hit.policyName, hits: [] };
    group.hits.push(hit);
    groups.set(hit.policy, group);
  }
  return [...groups.values()];
}

/** What the page and the header's box say under `astro dev`, where the index is not written (only `astro build` writes it). */
export const DEV_NOTICE =
  'Search works in the built site only: its index is written when the site is built. Run npm start (it builds the site and serves it) and search there.';

/** Why a search failed, in words a reader can act on: the message of an error the index gave, or the network's. */
export function failureText(error: unknown): string {
  const reason =
    error instanceof TypeError || !(error instanceof Error)
      ? 'part of its index could not be loaded (is the connection down?).'
      : error.message;
  return `Search failed: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`;
}

/** The notice of a failed search: the reason, announced, and a button that tries again. */
export function failureNotice(error: unknown, retry: () => void): HTMLElement {
  const box = document.createElement('div');
  box.className = 'search-failure';
  const text = document.createElement('p');
  text.setAttribute('role', 'alert');
  text.textContent = failureText(error);
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'field search-retry';
  button.textContent = 'Retry';
  button.addEventListener('click', retry);
  box.append(text, button);
  return box;
}

/**
 * Arriving from a search result (?highlight=words#clause), marks the words in
 * the clause's original and translation the way the search matched them (the
 * same words, words of the same stem). Loaded only when the parameter is
 * there; styles come from the site's stylesheet, so no inline style is added.
 */
import { matcherFor } from '../lib/search/excerpt.ts';
import { planQuery } from '../lib/search/query.ts';
import { HIGHLIGHT_PARAM } from '../lib/search/search.ts';
import { tokenize } from '../lib/search/text.ts';

/** Wraps the matching words of one text node in <mark class="search-hit">. */
function markIn(node: Text, language: string, match: ReturnType<typeof matcherFor>): void {
  const text = node.data;
  const hits = tokenize(text).filter((t) => !t.joined && match(t, language));
  if (hits.length === 0) return;
  const parts: Node[] = [];
  let at = 0;
  for (const t of hits) {
    if (t.start < at) continue;
    parts.push(document.createTextNode(text.slice(at, t.start)));
    const mark = document.createElement('mark');
    mark.className = 'search-hit';
    mark.textContent = text.slice(t.start, t.end);
    parts.push(mark);
    at = t.end;
  }
  parts.push(document.createTextNode(text.slice(at)));
  node.replaceWith(...parts);
}

export function highlightArrival(): void {
  const words = new URLSearchParams(location.search).get(HIGHLIGHT_PARAM)?.trim();
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (!words || !target) return;
  for (const el of target.querySelectorAll<HTMLElement>('.clause-text')) {
    const language = el.closest('[lang]')?.getAttribute('lang') ?? 'en';
    const match = matcherFor(planQuery(words, [...new Set(['en', language])]));
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
    for (const node of nodes) markIn(node, language, match);
  }
}

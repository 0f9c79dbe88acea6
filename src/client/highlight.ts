/**
 * Arriving from a search result (?highlight=terms#clause), marks the terms in
 * the clause with Pagefind's highlighter. Loaded only when the parameter is
 * there; styles come from the site's stylesheet, so no inline style is added.
 */
import { HIGHLIGHT_PARAM } from './search/engine.ts';

export async function highlightArrival(): Promise<void> {
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const url = '/pagefind/pagefind-highlight.js'; // written by Pagefind into the built site
  const { default: PagefindHighlight } = (await import(/* @vite-ignore */ url)) as {
    default: new (options: Record<string, unknown>) => unknown;
  };
  new PagefindHighlight({
    highlightParam: HIGHLIGHT_PARAM,
    markContext: target ? [target] : '[data-pagefind-body]',
    markOptions: { className: 'search-hit', exclude: ['.clause-permalink', '.lang-tag'] },
    addStyles: false,
  });
}

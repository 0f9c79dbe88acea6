/**
 * Finds code the Content-Security-Policy would block: inline scripts, inline
 * event handlers, javascript: URLs, <style> elements and style attributes.
 * The site ships none, so its policy can forbid them all.
 */
import { attr, elements, lineOf, parseHtml } from './html.ts';

export interface InlineCode {
  readonly line: number;
  readonly what: string;
}

/** Script types that are data, not code: the browser never runs them. */
const DATA_SCRIPT_TYPES = new Set(['application/json', 'application/ld+json', 'importmap']);

export function findInlineCode(html: string): InlineCode[] {
  const found: InlineCode[] = [];
  for (const el of elements(parseHtml(html))) {
    const at = lineOf(el);
    if (el.tagName === 'script' && attr(el, 'src') === undefined && !DATA_SCRIPT_TYPES.has(attr(el, 'type') ?? ''))
      found.push({ line: at, what: 'an inline <script>' });
    if (el.tagName === 'style') found.push({ line: at, what: 'a <style> element' });
    for (const a of el.attrs) {
      if (/^on[a-z]+$/.test(a.name)) found.push({ line: at, what: `an inline event handler ${a.name}="…" on <${el.tagName}>` });
      if (a.name === 'style') found.push({ line: at, what: `a style attribute on <${el.tagName}>` });
      if ((a.name === 'href' || a.name === 'src' || a.name === 'action') && /^\s*javascript:/i.test(a.value))
        found.push({ line: at, what: `a javascript: URL on <${el.tagName}>` });
    }
  }
  return found;
}

/** The content of the page's CSP meta tag, or null. */
export function metaCsp(html: string): string | null {
  for (const el of elements(parseHtml(html)))
    if (el.tagName === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'content-security-policy') return attr(el, 'content') ?? null;
  return null;
}

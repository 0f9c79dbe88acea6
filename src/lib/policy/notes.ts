/**
 * Notes are plain text with paragraphs (blank lines) and Markdown links.
 * Links are the only markup: to a clause of the same policy (`#clause-id`),
 * to a clause of another policy (`/policies/<slug>/#clause-id`), or to an
 * outside page (`https://…`).
 */
import type { ClauseRef } from './model.ts';

export type NoteLink =
  | { kind: 'clause'; href: string; text: string; ref: ClauseRef }
  | { kind: 'external'; href: string; text: string }
  | { kind: 'invalid'; href: string; text: string };

export type NoteSegment = { type: 'text'; text: string } | { type: 'link'; text: string; link: NoteLink };

const LINK = /\[([^\]\n]+)\]\(([^)\s]+)\)/g;

export function classifyHref(href: string, text: string): NoteLink {
  let m = /^#([a-z0-9-]+)$/.exec(href);
  if (m) return { kind: 'clause', href, text, ref: { policy: null, clause: m[1]! } };
  m = /^\/policies\/([a-z0-9-]+)\/#([a-z0-9-]+)$/.exec(href);
  if (m) return { kind: 'clause', href, text, ref: { policy: m[1]!, clause: m[2]! } };
  if (/^https:\/\/[^\s]+$/.test(href)) return { kind: 'external', href, text };
  return { kind: 'invalid', href, text };
}

/** Every link in a note, with its offset in the note's text. */
export function noteLinks(note: string): (NoteLink & { readonly index: number })[] {
  return [...note.matchAll(LINK)].map((m) => ({ ...classifyHref(m[2]!, m[1]!), index: m.index }));
}

/** Splits a note into paragraphs of text and link segments, for rendering. */
export function noteParagraphs(note: string): NoteSegment[][] {
  return note
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const out: NoteSegment[] = [];
      let last = 0;
      for (const m of p.matchAll(LINK)) {
        if (m.index > last) out.push({ type: 'text', text: p.slice(last, m.index) });
        out.push({ type: 'link', text: m[1]!, link: classifyHref(m[2]!, m[1]!) });
        last = m.index + m[0].length;
      }
      if (last < p.length) out.push({ type: 'text', text: p.slice(last) });
      return out;
    });
}

/** The note as plain text (links become their text), for search and exports. */
export function notePlainText(note: string): string {
  return note.replace(LINK, '$1');
}

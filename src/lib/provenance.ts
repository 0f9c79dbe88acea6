/**
 * What the site says of where its texts come from and how its English was
 * made, in one place: the policy page, the citation, the open data and the
 * about page all take their words from here, so no two of them can claim
 * different things. Plain functions with no Node or zod imports: the reading
 * script that builds citations imports this module too.
 */
import type { Policy } from './policy/model.ts';

/** How the translations and notes were made and who has not yet checked them: said wherever the English is read or cited. */
export const TRANSLATION_CAVEAT =
  'English translation and notes drafted and reviewed by AI models; not yet reviewed by a professional translator or lawyer.';

/** Where the site publishes a source text, byte for byte. */
export const sourcePath = (file: string): string => `/sources/${file}`;

type Provenance = Policy['provenance'];

/** The address part of a source statement: named in the text, captured from, or neither. */
export function addressStatement(address: Provenance['address']): string {
  if (address === null) return 'no address named in the text';
  return address.basis === 'captured' ? `captured from ${address.value}` : `address named in the text: ${address.value}`;
}

/** The date part of a source statement. */
export const captureStatement = (captured: Provenance['captured']): string =>
  captured === null ? 'capture date not recorded' : `captured on ${captured}`;

/** What a citation says of the source: file, hash, where the raw text is, the address and the capture date. */
export function sourceStatement(s: {
  readonly file: string;
  readonly sha256: string;
  readonly rawUrl: string;
  readonly provenance: Provenance;
}): string {
  return `Source text ${s.file}, SHA-256 ${s.sha256}, ${s.rawUrl}; ${addressStatement(s.provenance.address)}; ${captureStatement(s.provenance.captured)}.`;
}

/** A web address written in a text (`https://…` or `www.…`), as written, with its 1-based line. */
export interface WebAddress {
  readonly value: string;
  readonly line: number;
}

const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"“”„«»]+/giu;
/** Punctuation that ends a sentence or a bracket after an address rather than belonging to it. */
const TRAILING = /[.,;:!?)\]}'’\\]+$/u;

/** The web addresses a text names, in order, each as written. E-mail domains are not web addresses and are not listed. */
export function webAddressesIn(text: string): WebAddress[] {
  const found: WebAddress[] = [];
  for (const m of text.matchAll(WEB_ADDRESS)) {
    const value = m[0].replace(TRAILING, '');
    if (!/\.[\p{L}\d-]{2,}/u.test(value)) continue; // "www." or "https://x" alone names no site
    found.push({ value, line: text.slice(0, m.index).split('\n').length });
  }
  return found;
}

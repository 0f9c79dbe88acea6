/**
 * A policy's pages against the text they carry. For every policy in
 * dist/data/policies/ (the open data, one file a policy): the bytes of its
 * page and of its rights page, and the bytes of its own text, the originals,
 * translations, notes and translator's notes of its clauses. Whatever a page
 * holds beyond that text is markup, navigation and the analysis around the
 * clauses; the ratio is what "lean pages" is measured by.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface PageStats {
  readonly policies: number;
  /** Summed over every policy. */
  readonly textBytes: number;
  readonly pageBytes: number;
  readonly rightsPageBytes: number;
  readonly dataBytes: number;
}

interface ClauseText {
  original?: string | null;
  translation?: string | null;
  note?: string | null;
  translatorNote?: string | null;
}

/** The text a policy carries: every clause's original, translation, note and translator's note, in UTF-8 bytes. */
function textBytes(clauses: readonly ClauseText[]): number {
  let n = 0;
  for (const c of clauses) for (const s of [c.original, c.translation, c.note, c.translatorNote]) if (s) n += Buffer.byteLength(s);
  return n;
}

const size = (path: string) => (existsSync(path) ? statSync(path).size : 0);

export function measurePages(dist: string): PageStats {
  const dir = join(dist, 'data/policies');
  let policies = 0;
  let text = 0;
  let page = 0;
  let rights = 0;
  let data = 0;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.json')) continue;
    const file = join(dir, name);
    const policy = JSON.parse(readFileSync(file, 'utf8')) as { slug: string; clauses: ClauseText[] };
    policies += 1;
    text += textBytes(policy.clauses);
    data += statSync(file).size;
    page += size(join(dist, 'policies', policy.slug, 'index.html'));
    rights += size(join(dist, 'policies', policy.slug, 'rights/index.html'));
  }
  return { policies, textBytes: text, pageBytes: page, rightsPageBytes: rights, dataBytes: data };
}

/**
 * Reports share docs/performance.md: each benchmark owns one section between
 * `<!-- name:start -->` and `<!-- name:end -->` and replaces only that, so
 * `npm run bench` and `npm run bench:relevance` never overwrite each other.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const HEADER =
  '# Performance\n\nWritten by `npm run bench` (speed and size) and `npm run bench:relevance` (relevance); numbers from one run on the machine named in each section.\n';

/** Writes `markdown` as section `name` of `file`, keeping every other section. */
export function writeSection(file: string, name: string, markdown: string): void {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const text = existsSync(file) ? readFileSync(file, 'utf8') : HEADER;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  const next = from >= 0 && to > from ? text.slice(0, from) + block + text.slice(to + end.length) : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next.startsWith('# Performance') ? next : HEADER + next);
}

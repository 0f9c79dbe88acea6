/** The pages of a built site: every HTML file under dist/ with the URL path it is served at. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface SitePage {
  /** The URL path, e.g. `/policies/caviar-kz/`. */
  readonly path: string;
  readonly file: string;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

function listFiles(dist: string): string[] {
  return walk(dist).map((f) => relative(dist, f).split(sep).join('/'));
}

export function sitePages(dist: string): SitePage[] {
  return listFiles(dist)
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .map((f) => ({ path: `/${f.replace(/(^|\/)index\.html$/, '$1')}`, file: join(dist, f) }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

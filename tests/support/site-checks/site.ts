/** The pages of a built site: every HTML file under dist/ with the URL path it is served at. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface SitePage {
  /** The URL path, e.g. `/policies/caviar-kz/`. */
  readonly path: string;
  readonly file: string;
}

/** Every file under `dist`, as a path relative to it with forward slashes. */
function listFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory())
    .map((e) => relative(dist, join(e.parentPath, e.name)).split(sep).join('/'));
}

export function sitePages(dist: string): SitePage[] {
  return listFiles(dist)
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ path: `/${f.replace(/(^|\/)index\.html$/, '$1')}`, file: join(dist, f) }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * The site's page templates: each page route under src/pages (an .astro or
 * .mdx file; endpoints such as data/index.json.ts are not pages) with the URL
 * paths it serves, so a test can tell which template a built page comes from.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface PageRoute {
  /** The route file, relative to src/pages, e.g. `policies/[slug]/rights.astro`. */
  readonly file: string;
  readonly pattern: RegExp;
  /** Static segments first, so `/policies/page/2/` is policies/page/[page], not policies/[slug]. */
  readonly rank: number;
}

/** The URL pattern of a route file, as Astro serves it with `trailingSlash: 'always'` and directory output. */
export function routePattern(file: string): RegExp {
  const name = file.replace(/\.(astro|mdx)$/, '');
  if (name === '404') return /^\/404\.html$/;
  const segments = name.split('/').filter((s) => s !== 'index');
  const source = segments
    .map((s) => (s.startsWith('[...') ? '(?:[^/]+/)*' : s.startsWith('[') ? '[^/]+/' : `${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`))
    .join('');
  return new RegExp(`^/${source}$`);
}

function rankOf(file: string): number {
  const segments = file.split('/');
  return (
    segments.filter((s) => s.startsWith('[...')).length * 100 + segments.filter((s) => s.startsWith('[')).length * 10 - segments.length
  );
}

/** Every page route under the pages directory, most specific first. */
export function pageRoutes(pagesDir = 'src/pages'): PageRoute[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(astro|mdx)$/.test(entry.name)) files.push(relative(pagesDir, path).split(sep).join('/'));
    }
  };
  walk(pagesDir);
  return files
    .map((file) => ({ file, pattern: routePattern(file), rank: rankOf(file) }))
    .sort((a, b) => a.rank - b.rank || a.file.localeCompare(b.file));
}

/** The route a URL path (without its query) is served by, or undefined. */
export function routeOf(routes: readonly PageRoute[], path: string): PageRoute | undefined {
  const pathname = path.split('?')[0]!;
  return routes.find((r) => r.pattern.test(pathname));
}

/**
 * The link check: every internal link and every #fragment in the built site
 * must resolve. Outside links are listed, never fetched. Like Astro's docs
 * checker, a fragment that matches no id is broken, and the message names ids
 * that do exist on the target page.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { attr, elements, lineOf, parseHtml } from './html.ts';
import { sitePages } from './site.ts';

export interface BrokenLink {
  readonly page: string;
  readonly line: number;
  readonly href: string;
  readonly reason: string;
}

export interface LinkReport {
  readonly checked: number;
  readonly broken: BrokenLink[];
  /** Links to other hosts, by page: listed for review, never fetched. */
  readonly external: { page: string; href: string }[];
}

const ORIGIN = 'http://site.invalid';

/** Where a URL path is served from in dist/, or null. Trailing-slash URLs are directories. */
function fileFor(dist: string, path: string): string | null {
  const target = join(dist, decodeURIComponent(path));
  if (path.endsWith('/')) return existsSync(join(target, 'index.html')) ? join(target, 'index.html') : null;
  if (existsSync(target) && statSync(target).isFile()) return target;
  return null;
}

export function checkLinks(dist: string): LinkReport {
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) {
      ids = new Set<string>();
      for (const el of elements(parseHtml(readFileSync(file, 'utf8')))) {
        const id = attr(el, 'id');
        if (id) ids.add(id);
      }
      idCache.set(file, ids);
    }
    return ids;
  };

  const broken: BrokenLink[] = [];
  const external: { page: string; href: string }[] = [];
  let checked = 0;
  for (const page of sitePages(dist)) {
    const doc = parseHtml(readFileSync(page.file, 'utf8'));
    for (const el of elements(doc)) {
      const name =
        el.tagName === 'a' || el.tagName === 'link'
          ? 'href'
          : el.tagName === 'script' || el.tagName === 'img' || el.tagName === 'source'
            ? 'src'
            : el.tagName === 'form'
              ? 'action'
              : null;
      const href = name ? attr(el, name) : undefined;
      if (href === undefined) continue;
      checked += 1;
      const report = (reason: string) => broken.push({ page: page.path, line: lineOf(el), href, reason });
      if (/^(mailto|tel):/.test(href)) continue;
      let url: URL;
      try {
        url = new URL(href, `${ORIGIN}${page.path}`);
      } catch {
        report('is not a valid URL');
        continue;
      }
      if (url.origin !== ORIGIN) {
        if (url.protocol !== 'https:' && url.protocol !== 'http:') report(`uses the ${url.protocol} scheme`);
        else external.push({ page: page.path, href });
        continue;
      }
      const file = fileFor(dist, url.pathname);
      if (!file) {
        const withSlash = !url.pathname.endsWith('/') && fileFor(dist, `${url.pathname}/`);
        report(
          withSlash
            ? `points to ${url.pathname}, which is served only as ${url.pathname}/`
            : `points to ${url.pathname}, which does not exist`,
        );
        continue;
      }
      const fragment = url.hash.slice(1);
      if (!fragment || fragment.startsWith(':~:') || !file.endsWith('.html')) continue;
      const ids = idsOf(file);
      const id = decodeURIComponent(fragment);
      if (!ids.has(id)) {
        const near = [...ids].filter((x) => x.startsWith(id.split('-')[0] ?? '')).slice(0, 5);
        report(`has #${id}, which matches no id on ${url.pathname}${near.length ? `; ids there include: ${near.join(', ')}` : ''}`);
      }
    }
  }
  return { checked, broken, external };
}

export const formatBroken = (b: BrokenLink): string => `${b.page} (line ${b.line}): "${b.href}" ${b.reason}`;

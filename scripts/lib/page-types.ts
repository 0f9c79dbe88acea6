/**
 * The pages the tools look at. PAGE_TYPES is one page of each kind the site
 * has, for Lighthouse's checks and the quality gates; the benchmark measures
 * every policy page and the others besides (`benchPages`), and the README's
 * screenshots show the main pages (`README_SCREENSHOTS`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PAGE_TYPES = {
  home: '/',
  policy: '/policies/latvian-shop-lv/',
  compare: '/compare/',
  topic: '/topics/retention/',
  search: '/search/',
  about: '/about/',
  data: '/data/',
} as const;

/** Pages the benchmark and the screenshots show besides PAGE_TYPES: a policy's rights page and a jurisdiction's law page. */
export const RIGHTS_PAGE = '/policies/caviar-kz/rights/';
export const LAW_PAGE = '/law/kz/';

export interface BenchPage {
  /** What kind of page it is: policy, home, compare… */
  readonly type: string;
  readonly path: string;
}

/** Every policy page of the built site in `dist`, in the order of its open-data index (which lists every policy). */
export function policyPages(dist: string): BenchPage[] {
  const index = JSON.parse(readFileSync(join(dist, 'data/index.json'), 'utf8')) as { policies: { url: string }[] };
  if (!index.policies.length) throw new Error(`${dist}/data/index.json lists no policy`);
  return index.policies.map(({ url }) => ({ type: 'policy', path: new URL(url, 'http://x').pathname }));
}

/** What `npm run bench` measures: every policy page, then one page of each other kind, a rights page and a law page. */
export function benchPages(dist: string): BenchPage[] {
  const others = Object.entries(PAGE_TYPES).filter(([type]) => type !== 'policy');
  return [
    ...policyPages(dist),
    ...others.map(([type, path]) => ({ type, path })),
    { type: 'rights', path: RIGHTS_PAGE },
    { type: 'law', path: LAW_PAGE },
  ];
}

/** The README's screenshots: a name (the file is docs/screenshots/<name>-<width>.png) and the page. */
export const README_SCREENSHOTS = [
  { name: 'home', path: PAGE_TYPES.home },
  { name: 'policy', path: '/policies/caviar-kz/' },
  { name: 'clause', path: '/policies/latvian-shop-lv/#s5-retention-five-years' },
  { name: 'compare', path: PAGE_TYPES.compare },
  { name: 'checklist', path: '/compare/?aspects=legal-bases,retention-period&status=partial,not-stated&cols=matching' },
  { name: 'rights', path: RIGHTS_PAGE },
  { name: 'law', path: LAW_PAGE },
  { name: 'topic', path: PAGE_TYPES.topic },
] as const;

/** The widths of the README's screenshots: a phone and a laptop. */
export const README_WIDTHS = [390, 1280] as const;

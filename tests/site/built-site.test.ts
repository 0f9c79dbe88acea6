/**
 * Checks over every page of the built site (dist/), no browser needed: valid
 * HTML, unbroken links and fragments, the CSP on every page and no inline
 * code it would block, the security headers file, and the original texts
 * marked with their language.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cssRules } from '../support/site-checks/css.ts';
import { elements, attr, parseHtml } from '../support/site-checks/html.ts';
import { validateHtml } from '../support/site-checks/html-validate.ts';
import { findInlineCode, metaCsp } from '../support/site-checks/inline-code.ts';
import { checkLinks, formatBroken } from '../support/site-checks/links.ts';
import { sitePages } from '../support/site-checks/site.ts';
import { checkWithNu, formatNu, unacceptable } from '../support/site-checks/nu.ts';
import { loadLibrary } from '../../src/lib/policy/library-fs.ts';
import { cspForMeta, SECURITY_HEADERS } from '../../src/lib/security.ts';
import { TOPICS } from '../../src/lib/taxonomy.ts';
import { parseHeadersFile } from '../../scripts/lib/static-server.ts';

const DIST = 'dist';
if (!existsSync(`${DIST}/index.html`)) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
const pages = sitePages(DIST);
const library = loadLibrary({ root: '.' });

test('the site has every page it should', () => {
  const paths = new Set(pages.map((p) => p.path));
  for (const path of ['/', '/about/', '/compare/', '/search/', '/topics/', '/rights/', '/data/', '/404/'])
    expect(paths.has(path) || (path === '/404/' && existsSync(`${DIST}/404.html`)), path).toBe(true);
  for (const p of library) expect(paths.has(`/policies/${p.slug}/`), p.slug).toBe(true);
  for (const t of TOPICS) expect(paths.has(`/topics/${t.id}/`), t.id).toBe(true);
});

describe.each(pages.map((p) => [p.path, p] as const))('%s', (_path, page) => {
  const html = readFileSync(page.file, 'utf8');

  test('is valid HTML (html-validate, recommended rules)', async () => {
    const problems = await validateHtml(html, page.file);
    expect(problems.map((p) => `${page.file}:${p.line}:${p.column} ${p.rule}: ${p.message}`)).toEqual([]);
  });

  test('carries the Content-Security-Policy and no inline code it would block', () => {
    expect(metaCsp(html)).toBe(cspForMeta());
    expect(findInlineCode(html)).toEqual([]);
  });

  test('is in English, with every original text marked with its own language', () => {
    const doc = parseHtml(html);
    const all = [...elements(doc)];
    expect(
      attr(
        all.find((e) => e.tagName === 'html')!,
        'lang',
      ),
    ).toBe('en');
    for (const el of all.filter((e) => attr(e, 'class')?.split(' ').includes('clause-original'))) {
      const text = [...elements(el)].find((e) => attr(e, 'class')?.split(' ').includes('clause-text'));
      expect(text && attr(text, 'lang'), `clause original on ${page.path}`).toMatch(/^(cs|lv|sq|ru)$/);
    }
  });
});

test('every internal link and #fragment resolves; outside links are listed, not fetched', () => {
  const report = checkLinks(DIST);
  expect(report.checked).toBeGreaterThan(1000);
  expect(report.broken.map(formatBroken)).toEqual([]);
  for (const link of report.external) expect(link.href, link.page).toMatch(/^https:\/\//);
  if (report.external.length) console.info(`Outside links (not fetched):\n${[...new Set(report.external.map((l) => l.href))].join('\n')}`);
});

test('every page passes the W3C Nu HTML checker: no error, and only warnings accepted with a reason', () => {
  const messages = checkWithNu(pages.map((p) => p.file));
  expect(unacceptable(messages).map(formatNu)).toEqual([]);
});

test('_headers carries the security headers for every path', () => {
  const text = readFileSync(`${DIST}/_headers`, 'utf8');
  expect(text.split('\n')[0]).toBe('/*');
  for (const [name, value] of SECURITY_HEADERS) expect(text).toContain(`  ${name}: ${value}`);
});

test('_headers has browsers keep the files named by their content for good, and revalidate the search index’s manifest', () => {
  const rules = parseHeadersFile(readFileSync(`${DIST}/_headers`, 'utf8'));
  const cacheControl = (path: string) =>
    rules.filter((r) => r.pattern.test(path)).flatMap((r) => r.headers.filter(([n]) => n === 'Cache-Control').map(([, v]) => v));
  const first = (folder: string) => `/${folder}/${readdirSync(`${DIST}/${folder}`)[0]}`;
  for (const path of [first('_astro'), first('search-index/terms'), first('search-index/docs')])
    expect(cacheControl(path), path).toEqual(['public, max-age=31536000, immutable']);
  expect(cacheControl('/search-index/manifest.json')).toEqual(['no-cache']);
  expect(cacheControl('/policies/caviar-kz/')).toEqual([]);
});

describe('"see also" references', () => {
  const withSeeAlso = library.flatMap((p) => p.clauses.filter((c) => c.seeAlso.length > 0).map((c) => [p, c] as const));

  test('the library has some, for these checks to mean anything', () => {
    expect(withSeeAlso.length).toBeGreaterThan(3);
  });

  test.each(withSeeAlso.map(([p, c]) => [`${p.slug}#${c.id}`, p, c] as const))(
    '%s links to every clause it names, in its margin',
    (_id, policy, clause) => {
      const doc = parseHtml(readFileSync(`${DIST}/policies/${policy.slug}/index.html`, 'utf8'));
      const article = [...elements(doc)].find((e) => e.tagName === 'article' && attr(e, 'id') === clause.id)!;
      const block = [...elements(article)].find((e) => attr(e, 'class')?.split(' ').includes('see-also'));
      expect(block, 'a "See also" line').toBeDefined();
      const hrefs = [...elements(block!)].filter((e) => e.tagName === 'a').map((a) => attr(a, 'href'));
      expect(hrefs).toEqual(clause.seeAlso.map((r) => `/policies/${r.policy ?? policy.slug}/#${r.clause}`));
    },
  );

  test('the open data carries them as URLs', () => {
    for (const [policy, clause] of withSeeAlso) {
      const json = JSON.parse(readFileSync(`${DIST}/data/policies/${policy.slug}.json`, 'utf8')) as {
        clauses: { id: string; seeAlso: string[] }[];
      };
      const exported = json.clauses.find((c) => c.id === clause.id)!;
      expect(exported.seeAlso).toEqual(clause.seeAlso.map((r) => `/policies/${r.policy ?? policy.slug}/#${r.clause}`));
    }
  });
});

test('no Tailwind utility is also defined by hand: each utility class the markup uses has one definition in the shipped CSS', () => {
  const rules = readdirSync(`${DIST}/_astro`)
    .filter((f) => f.endsWith('.css'))
    .flatMap((f) => cssRules(readFileSync(`${DIST}/_astro/${f}`, 'utf8')).map((r) => ({ ...r, file: f })));
  const simple = (r: { selector: string }) => /^\.[a-z][\w-]*$/.test(r.selector);
  const utilities = new Set(rules.filter((r) => r.layer === 'utilities' && r.conditions.length === 0 && simple(r)).map((r) => r.selector));
  // The check is not vacuous: these utilities are in the markup and so in the CSS.
  for (const used of ['.sr-only', '.flex', '.text-sm', '.font-semibold']) expect(utilities, used).toContain(used);
  const twice = rules.filter((r) => r.layer !== 'utilities' && r.conditions.length === 0 && simple(r) && utilities.has(r.selector));
  expect(twice.map((r) => `${r.selector} in ${r.file} (layer ${r.layer || 'none'})`)).toEqual([]);
});

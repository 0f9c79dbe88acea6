/**
 * What `npm run bench` measures: every policy page of the built site and a
 * page of each other kind, each one a page dist/ has; and the bytes it calls
 * compressed are what the generated nginx configuration sends, at the gzip
 * level that configuration names (nginx's own default, level 1, sends a
 * policy page's HTML about a quarter larger).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serveWithNginx } from '../../scripts/lib/nginx-host.ts';
import { benchPages, README_SCREENSHOTS } from '../../scripts/lib/page-types.ts';
import type { StaticServer } from '../../scripts/lib/static-server.ts';
import { GZIP } from '../../scripts/server-config/nginx.ts';

const DIST = 'dist';
if (!existsSync(`${DIST}/index.html`)) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');

/** Whether dist/ has the page at path (its query and fragment, read by the page itself, left aside). */
const built = (path: string) => existsSync(join(DIST, path.replace(/[?#].*$/, ''), 'index.html'));

test('the bench measures every policy page dist/ has, and a home, comparison, topic, search, rights and law page', () => {
  const pages = benchPages(DIST);
  const policyDirs = readdirSync(join(DIST, 'policies'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(DIST, 'policies', d.name, 'index.html')) && d.name !== 'page')
    .map((d) => `/policies/${d.name}/`);
  expect(policyDirs.length).toBeGreaterThan(1);
  expect(
    pages
      .filter((p) => p.type === 'policy')
      .map((p) => p.path)
      .sort(),
  ).toEqual(policyDirs.sort());
  expect(new Set(pages.map((p) => p.type))).toEqual(
    new Set(['policy', 'home', 'compare', 'topic', 'search', 'about', 'data', 'rights', 'law']),
  );
  expect(pages.filter((p) => !built(p.path)).map((p) => p.path)).toEqual([]);
  expect(new Set(pages.map((p) => p.path)).size).toBe(pages.length);
});

test('the README’s screenshots are of pages dist/ has', () => {
  expect(README_SCREENSHOTS.filter((s) => !built(s.path)).map((s) => s.path)).toEqual([]);
});

let nginx: StaticServer;
beforeAll(async () => {
  nginx = await serveWithNginx(DIST);
});
afterAll(() => nginx?.close());

/** The body nginx sends for path to a client that accepts gzip, as sent (not unpacked), and its encoding. */
function sent(path: string): Promise<{ encoding: string | undefined; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${nginx.url}${path}`, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => resolve({ encoding: response.headers['content-encoding'], bytes: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('nginx sends a policy page and a stylesheet gzipped at the configuration’s level, not at its default', async () => {
  const css = readdirSync(join(DIST, '_astro')).find((f) => f.endsWith('.css') && readFileSync(join(DIST, '_astro', f)).length > 10_000)!;
  for (const [path, file] of [
    ['/policies/latvian-shop-lv/', 'policies/latvian-shop-lv/index.html'],
    [`/_astro/${css}`, `_astro/${css}`],
  ] as const) {
    const original = readFileSync(join(DIST, file));
    const { encoding, bytes } = await sent(path);
    expect(encoding, path).toBe('gzip');
    const atLevel = gzipSync(original, { level: GZIP.level }).length;
    const atDefault = gzipSync(original, { level: 1 }).length;
    // nginx and Node share zlib, but nginx sizes its window to the file and streams: within 2 % of Node's figure.
    expect(
      Math.abs(bytes.length - atLevel) / atLevel,
      `${path}: ${bytes.length} bytes sent, ${atLevel} at level ${GZIP.level}`,
    ).toBeLessThan(0.02);
    expect(bytes.length, path).toBeLessThan(atDefault * 0.95);
  }
});

/**
 * The deploy recipe for a plain web server, tried: dist/ served by nginx
 * (Debian's package, installed by `npm run test:setup`) with the server block
 * `npm run server-config -- nginx` prints. Every kind of file comes back with
 * the headers of src/lib/security.ts, directories and the 404 page behave as
 * on the static hosts, text is compressed and the search index's
 * pre-compressed shards are sent as they are.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serveWithNginx } from '../../scripts/lib/nginx-host.ts';
import type { StaticServer } from '../../scripts/lib/static-server.ts';
import { SECURITY_HEADERS } from '../../src/lib/security.ts';

const DIST = resolve('dist');

// The same nginx the benchmark measures through: the generated server block in a stock http block.
let server: StaticServer | undefined;
let base = '';
beforeAll(async () => {
  server = await serveWithNginx(DIST);
  base = server.url;
});
afterAll(async () => {
  await server?.close();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { redirect: 'manual', headers });

function expectSecurityHeaders(response: Response, path: string): void {
  for (const [name, value] of SECURITY_HEADERS) expect(response.headers.get(name), `${name} on ${path}`).toBe(value);
}

const firstFile = (folder: string, ext: string) => readdirSync(join(DIST, folder)).find((f) => f.endsWith(ext))!;
/** A shard and a chunk of the built search index (named by the index's content). */
const shardPath = () => `/search-index/terms/${firstFile('search-index/terms', '.bin')}`;
const chunkPath = () => `/search-index/docs/${firstFile('search-index/docs', '.json')}`;

test('the generated configuration passes nginx -t, and every kind of file carries every security header', async () => {
  const css = firstFile('_astro', '.css');
  const paths = [
    '/',
    '/policies/caviar-kz/',
    '/compare/',
    '/search/',
    '/law/kz/',
    '/data/index.json',
    '/data/comparison.csv',
    `/_astro/${css}`,
    '/search-index/manifest.json',
    shardPath(),
    chunkPath(),
    '/favicon.svg',
  ];
  for (const path of paths) {
    const response = await get(path);
    expect(response.status, path).toBe(200);
    expectSecurityHeaders(response, path);
  }
});

test('a directory without its slash redirects to it, on the host the reader used', async () => {
  const response = await get('/policies/caviar-kz');
  expect(response.status).toBe(301);
  expect(response.headers.get('location')).toBe('/policies/caviar-kz/');
});

test('a missing page is the site’s 404 page, with status 404 and the headers', async () => {
  const response = await get('/policies/no-such-policy/');
  expect(response.status).toBe(404);
  expectSecurityHeaders(response, '404');
  expect(await response.text()).toBe(readFileSync(join(DIST, '404.html'), 'utf8'));
});

test('text is sent compressed; the search index’s shards are sent as the gzip bytes they are stored as', async () => {
  const page = await get('/policies/latvian-shop-lv/', { 'accept-encoding': 'gzip' });
  expect(page.headers.get('content-encoding')).toBe('gzip');
  expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(await page.text()).toBe(readFileSync(join(DIST, 'policies/latvian-shop-lv/index.html'), 'utf8'));

  const shard = await get(shardPath(), { 'accept-encoding': 'gzip' });
  expect(shard.headers.get('content-encoding')).toBeNull();
  expect(shard.headers.get('content-type')).toBe('application/octet-stream');
  const bytes = Buffer.from(await shard.arrayBuffer());
  expect(bytes.equals(readFileSync(join(DIST, shardPath())))).toBe(true);
  expect(gunzipSync(bytes).length).toBeGreaterThan(0);
});

test('the captured source texts are sent as UTF-8 plain text, the same bytes, with the headers', async () => {
  const file = readdirSync(join(DIST, 'sources')).find((f) => f.startsWith('004_'))!;
  const response = await get(`/sources/${file}`, { 'accept-encoding': 'gzip' });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  expectSecurityHeaders(response, file);
  expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(join(DIST, 'sources', file)))).toBe(true);
  expect((await get('/sources/SHA256SUMS.txt')).headers.get('content-type')).toBe('text/plain; charset=utf-8');
});

test('data files have their types, in UTF-8; fingerprinted files are cached for good, pages are not', async () => {
  expect((await get('/data/comparison.csv')).headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect((await get('/data/index.json')).headers.get('content-type')).toBe('application/json; charset=utf-8');
  const css = await get(`/_astro/${firstFile('_astro', '.css')}`);
  expect(css.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  expect((await get('/')).headers.get('cache-control')).toBeNull();
});

test('the search index’s files, named by its content, are cached for good; its manifest, which names them, is revalidated', async () => {
  for (const path of [shardPath(), chunkPath()]) {
    const response = await get(path, { 'accept-encoding': 'gzip' });
    expect(response.status, path).toBe(200);
    expect(response.headers.get('cache-control'), path).toBe('public, max-age=31536000, immutable');
  }
  // Chunks are text: compressed on the way like any JSON.
  expect((await get(chunkPath(), { 'accept-encoding': 'gzip' })).headers.get('content-encoding')).toBe('gzip');
  const manifest = await get('/search-index/manifest.json');
  expect(manifest.headers.get('cache-control')).toBe('no-cache');
  expect(manifest.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expectSecurityHeaders(manifest, 'manifest');
});

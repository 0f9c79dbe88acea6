/**
 * The deploy recipe for a plain web server, tried: dist/ served by nginx
 * (Debian's package, installed by `npm run test:setup`) with the server block
 * `npm run server-config -- nginx` prints. Every kind of file comes back with
 * the headers of src/lib/security.ts, directories and the 404 page behave as
 * on the static hosts, text is compressed and the search index's
 * pre-compressed shards are sent as they are.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { nginxServer } from '../../scripts/server-config/nginx.ts';
import { SECURITY_HEADERS } from '../../src/lib/security.ts';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const DIST = resolve('dist');
// Started by root, nginx runs its workers as an unprivileged user, who may not be able to read a checkout in a private
// directory (mktemp -d makes one); then every file is "not found". The workers run as the user who runs the tests.
const ASROOT = process.getuid?.() === 0 ? `user ${userInfo().username};\n` : '';

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
    server.on('error', fail);
  });
}

let dir = '';
let nginx: ChildProcess | undefined;
let base = '';
beforeAll(async () => {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: run \`npm run test:setup\` (it installs Debian's nginx-light)`);
  dir = mkdtempSync(join(tmpdir(), 'nginx-'));
  for (const d of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, d));
  const port = await freePort();
  writeFileSync(join(dir, 'site.conf'), nginxServer({ root: DIST, listen: `127.0.0.1:${port}` }));
  writeFileSync(
    join(dir, 'nginx.conf'),
    `worker_processes 1;
${ASROOT}pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events {}
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${dir}/body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
    include ${dir}/site.conf;
}
`,
  );
  const check = spawnSync(NGINX, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')], { encoding: 'utf8' });
  expect(check.status, check.stderr).toBe(0);
  nginx = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      await fetch(`${base}/`);
      break;
    } catch (error) {
      if (i > 100) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
});
afterAll(() => {
  nginx?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
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

/**
 * The static server of the browser tests and benchmarks serves only what is
 * under its root: a path that climbs out, even into a sibling folder whose
 * name starts with the root's, is refused.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { fileInRoot, serveStatic } from '../../scripts/lib/static-server.ts';

const dir = mkdtempSync(join(tmpdir(), 'static-server-'));
const root = join(dir, 'dist');
mkdirSync(root);
mkdirSync(join(dir, 'dist2'));
writeFileSync(join(root, 'index.html'), '<p>home</p>');
writeFileSync(join(dir, 'dist2', 'a'), 'not to be served');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a path is resolved under the root, and one that climbs out of it is not', () => {
  expect(fileInRoot(root, '/index.html')).toBe(join(root, 'index.html'));
  expect(fileInRoot(root, '/')).toBe(root);
  expect(fileInRoot(root, '/a/../index.html')).toBe(join(root, 'index.html'));
  expect(fileInRoot(root, '/../dist2/a')).toBeNull();
  expect(fileInRoot(root, '/../../etc/passwd')).toBeNull();
  expect(fileInRoot(root, '/..')).toBeNull();
});

test('over HTTP, an encoded climb into a sibling folder is refused', async () => {
  const server = await serveStatic(root);
  try {
    expect(await (await fetch(`${server.url}/`)).text()).toBe('<p>home</p>');
    // URL parsing folds a plain "/../"; an encoded slash survives it and is decoded by the server.
    const climb = await fetch(`${server.url}/..%2fdist2/a`);
    expect(climb.status).toBe(403);
    expect(await climb.text()).not.toContain('not to be served');
  } finally {
    await server.close();
  }
});

/** The browser tests' guard against a stale build: any input newer than dist/ is named. */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { newerThanBuild } from '../support/built-site.ts';

const root = mkdtempSync(join(tmpdir(), 'built-site-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (file: string, secondsAgo: number) => {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), 'x');
  const t = Date.now() / 1000 - secondsAgo;
  utimesSync(join(root, file), t, t);
};

test('a build newer than every input passes; an input edited after it is named', () => {
  write('src/pages/index.astro', 300);
  write('src/content/policies/a.mdx', 200);
  write('astro.config.mjs', 250);
  write('dist/index.html', 100);
  write('tests/unit/x.test.ts', 10); // not an input of the build
  expect(newerThanBuild(root)).toEqual([]);
  write('src/content/policies/a.mdx', 50);
  write('astro.config.mjs', 20);
  expect(newerThanBuild(root)).toEqual(['astro.config.mjs', join('src', 'content', 'policies', 'a.mdx')]);
});

/**
 * The authoring loop: an edit to a policy shows up in `astro dev` without a
 * restart, a half-finished edit does not take the last good page away, and
 * search (whose index only a build writes) says it works in the built site.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DEV_NOTICE } from '../../src/client/search/render.ts';
import { astroDev, copyProject, type DevServer } from '../support/project.ts';

const FILE = 'src/content/policies/caviar-kz.mdx';
const BEFORE = 'registering on the site or by phone, the user gives consent';
let project: ReturnType<typeof copyProject>;
let server: DevServer;
let path: string;

beforeAll(async () => {
  project = copyProject();
  path = join(project.root, FILE);
  server = await astroDev(project.root);
}, 90_000);

afterAll(async () => {
  await server?.stop();
  project?.remove();
});

const page = async () => (await fetch(`${server.url}/policies/caviar-kz/`)).text();

/** The page as soon as it holds `text`, polling for up to 30 s. */
async function pageWith(text: string): Promise<string> {
  let html = '';
  for (const started = Date.now(); Date.now() - started < 30_000; await new Promise((r) => setTimeout(r, 300))) {
    html = await page();
    if (html.includes(text)) return html;
  }
  return html;
}

test('an edit written in place shows up on the page', async () => {
  expect(await page()).toContain(BEFORE);
  writeFileSync(path, readFileSync(path, 'utf8').replace('the user gives consent', 'EDITED IN PLACE: the user gives consent'));
  expect(await pageWith('EDITED IN PLACE')).toContain('EDITED IN PLACE: the user gives consent');
});

test('an edit saved by replacing the file (as sed -i and many editors do) shows up too', async () => {
  const text = readFileSync(path, 'utf8').replace('EDITED IN PLACE', 'REPLACED FILE');
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
  expect(await pageWith('REPLACED FILE')).toContain('REPLACED FILE: the user gives consent');
});

test('a broken edit is reported with file, line and column, and the last good page stays', async () => {
  const text = readFileSync(path, 'utf8');
  writeFileSync(path, text.replace('topics="consent, legal-basis"', 'topics="consnet, legal-basis"'));
  let output = '';
  for (
    const started = Date.now();
    Date.now() - started < 30_000 && !output.includes('consnet');
    await new Promise((r) => setTimeout(r, 300))
  )
    output = server.output();
  expect(output).toMatch(
    /src\/content\/policies\/caviar-kz\.mdx:\d+:\d+ clause "s1-consent-by-ordering": attribute "topics" unknown topic "consnet"; did you mean "consent"\?/,
  );
  expect(await page()).toContain('REPLACED FILE: the user gives consent');
  writeFileSync(path, text.replace('REPLACED FILE', 'FIXED AGAIN'));
  expect(await pageWith('FIXED AGAIN')).toContain('FIXED AGAIN: the user gives consent');
});

test('the search page and the header’s box say that search works in the built site only (npm start)', async () => {
  expect(DEV_NOTICE).toContain('npm start');
  const searchPage = await (await fetch(`${server.url}/search/`)).text();
  expect(searchPage).toContain(`<p class="search-dev-notice`);
  expect(searchPage).toContain(DEV_NOTICE);
  const home = await (await fetch(`${server.url}/`)).text();
  expect(home).toMatch(
    new RegExp(`<p role="status" aria-live="polite" class="search-status"[^>]*>${DEV_NOTICE.replace(/[.()]/g, '\\$&')}</p>`),
  );
});

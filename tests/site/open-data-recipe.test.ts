/**
 * The recipe /data/ publishes for fetching the whole corpus, as the page is
 * sent (before any script runs): the text of the page's commands, run with
 * bash in an empty directory against dist/ served locally (the first line,
 * which names the site, set to the local server as the page says to do where
 * scripts do not run), fetches every policy's file and verifies each against
 * the index's SHA-256. tests/e2e/open-data-recipe.test.ts follows a reader to
 * it in Chromium, where the page names the site itself.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { expectRecipeVerifiesEveryPolicy, RECIPE_TOOLS } from '../support/open-data-recipe.ts';
import { elements, parseHtml, textOf } from '../support/site-checks/html.ts';

const DIST = 'dist';
if (!existsSync(`${DIST}/index.html`)) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');

let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic(DIST);
});
afterAll(() => server?.close());

/** The text of each `<pre>` on the data page, as copying it gives it. */
function publishedCommands(): string[] {
  const doc = parseHtml(readFileSync(`${DIST}/data/index.html`, 'utf8'));
  return [...elements(doc)].filter((el) => el.tagName === 'pre').map(textOf);
}

test('the data page says what the recipe needs, and this machine has it', () => {
  const page = readFileSync(`${DIST}/data/index.html`, 'utf8');
  expect(
    RECIPE_TOOLS.slice(1).filter((tool) => !page.includes(`<code>${tool}</code>`)),
    'tools the page does not name',
  ).toEqual([]);
  const missing = RECIPE_TOOLS.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
  expect(missing, 'run `npm run test:setup` to install them').toEqual([]);
});

test('the published recipe, run as copied against a local copy of the site, fetches every policy and verifies every file', async () => {
  const recipes = publishedCommands();
  expect(recipes).toHaveLength(1);
  const [first, ...rest] = recipes[0]!.split('\n');
  // The first line names the site and nothing else does, so pointing it at a copy is the one change a reader makes.
  expect(first).toMatch(/^site=\S+/);
  expect(rest.join('\n')).not.toMatch(/https?:/);
  await expectRecipeVerifiesEveryPolicy([`site='${server.url.replace(/\/$/, '')}'`, ...rest].join('\n'), DIST);
});

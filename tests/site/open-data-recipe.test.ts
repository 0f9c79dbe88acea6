/**
 * The recipe /data/ publishes for fetching the whole corpus works as a reader
 * copies it: the text of the page's commands, run with bash in an empty
 * directory against dist/ served locally (the first line, which names the
 * site, set to the local server as the page says to do for a mirror), fetches
 * every policy's file and verifies each against the index's SHA-256.
 */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { elements, parseHtml, textOf } from '../support/site-checks/html.ts';

const DIST = 'dist';
if (!existsSync(`${DIST}/index.html`)) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');

/** What the recipe says it needs; `npm run test:setup` installs them. */
const TOOLS = ['bash', 'curl', 'jq', 'sha256sum'];

let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic(DIST);
});
afterAll(() => server?.close());

/** Runs a script with bash in a directory, asynchronously: the server answering it runs in this process. */
async function bash(script: string, cwd: string): Promise<{ status: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('bash', ['-c', script], { cwd, encoding: 'utf8', timeout: 60_000 });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { status: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/** The text of each `<pre>` on the data page, as copying it gives it. */
function publishedCommands(): string[] {
  const doc = parseHtml(readFileSync(`${DIST}/data/index.html`, 'utf8'));
  return [...elements(doc)].filter((el) => el.tagName === 'pre').map(textOf);
}

test('the data page says what the recipe needs, and this machine has it', () => {
  const page = readFileSync(`${DIST}/data/index.html`, 'utf8');
  expect(
    TOOLS.slice(1).filter((tool) => !page.includes(`<code>${tool}</code>`)),
    'tools the page does not name',
  ).toEqual([]);
  const missing = TOOLS.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
  expect(missing, 'run `npm run test:setup` to install them').toEqual([]);
});

test('the published recipe, run as copied against a local copy of the site, fetches every policy and verifies every file', async () => {
  const recipes = publishedCommands();
  expect(recipes).toHaveLength(1);
  const [first, ...rest] = recipes[0]!.split('\n');
  // The first line names the site and nothing else does, so pointing it at a copy is the one change a reader makes.
  expect(first).toMatch(/^site=\S+/);
  expect(rest.join('\n')).not.toMatch(/https?:/);
  const script = [`site='${server.url.replace(/\/$/, '')}'`, ...rest].join('\n');

  const dir = mkdtempSync(join(tmpdir(), 'open-data-recipe-'));
  try {
    const run = await bash(script, dir);
    const index = JSON.parse(readFileSync(`${DIST}/data/index.json`, 'utf8')) as { policies: { slug: string }[] };
    expect(index.policies.length).toBeGreaterThan(0);
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    expect(run.stdout.trim().split('\n').sort()).toEqual(index.policies.map((p) => `${p.slug}.json: OK`).sort());
    // The files it verified are the site's own, byte for byte.
    for (const { slug } of index.policies)
      expect(readFileSync(join(dir, `${slug}.json`)).equals(readFileSync(`${DIST}/data/policies/${slug}.json`)), slug).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * Running the recipe /data/ publishes for fetching the whole corpus, as a
 * reader would: with bash, in an empty directory, and checking that it
 * fetched every policy in the index and verified each file, byte for byte
 * the site's own. Shared by the check of the published page
 * (tests/site/open-data-recipe.test.ts) and the researcher's walk through the
 * site in Chromium (tests/e2e/open-data-recipe.test.ts).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'vitest';

/** What the recipe says it needs; `npm run test:setup` installs them. */
export const RECIPE_TOOLS = ['bash', 'curl', 'jq', 'sha256sum'];

/** Runs a script with bash in a directory, asynchronously: the server answering it may run in this process. */
async function bash(script: string, cwd: string): Promise<{ status: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('bash', ['-c', script], { cwd, encoding: 'utf8', timeout: 60_000 });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { status: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/**
 * Runs `script` in an empty directory and expects what the page promises: it exits 0 with nothing on stderr,
 * prints `<slug>.json: OK` for every policy in dist's index and nothing else, and the files it fetched are
 * dist's own.
 */
export async function expectRecipeVerifiesEveryPolicy(script: string, dist: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'open-data-recipe-'));
  try {
    const run = await bash(script, dir);
    const index = JSON.parse(readFileSync(join(dist, 'data/index.json'), 'utf8')) as { policies: { slug: string }[] };
    expect(index.policies.length).toBeGreaterThan(0);
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    expect(run.stdout.trim().split('\n').sort()).toEqual(index.policies.map((p) => `${p.slug}.json: OK`).sort());
    for (const { slug } of index.policies)
      expect(readFileSync(join(dir, `${slug}.json`)).equals(readFileSync(join(dist, `data/policies/${slug}.json`))), slug).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The scale tests' site: a temporary copy of the project holding only
 * synthetic policies (scripts/synthetic/), more than every listing's
 * page size, built with the project's own build and served like dist/.
 * Nothing is written to the real tree; the copy is removed afterwards.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { linkModules, snapshotProject } from '../../scripts/lib/project-copy.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { writeSyntheticLibrary } from '../../scripts/synthetic/index.ts';

/** More than every page size in src/lib/pagination.ts and the search page's policy list limit. */
export const SCALE_POLICIES = 53;
/** Postings a shard keeps per key in this build, so that common words have tails to read (the site's default is 2,000). */
export const SCALE_SEARCH_TIER = 40;

declare module 'vitest' {
  export interface ProvidedContext {
    scaleBaseUrl: string;
    scaleRoot: string;
  }
}

export default async function setup(project: TestProject) {
  const here = resolve('.');
  const root = mkdtempSync(join(tmpdir(), 'policy-library-scale-'));
  snapshotProject(here, root);
  linkModules(here, root);
  writeSyntheticLibrary(root, SCALE_POLICIES, { seed: 7 });
  const build = spawnSync(process.execPath, [join(here, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 600_000,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PIP_SEARCH_TIER: String(SCALE_SEARCH_TIER) },
  });
  if (build.status !== 0) {
    rmSync(root, { recursive: true, force: true });
    throw new Error(
      `The synthetic library (${SCALE_POLICIES} policies) did not build:\n${build.stdout.slice(-3000)}\n${build.stderr.slice(-3000)}`,
    );
  }
  const server = await serveStatic(join(root, 'dist'));
  project.provide('scaleBaseUrl', server.url);
  project.provide('scaleRoot', root);
  return async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  };
}

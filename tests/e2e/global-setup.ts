/**
 * Serves the built site (dist/) for the browser tests. `npm test` builds it
 * first; a stale or missing dist/ is refused rather than tested.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { newerThanBuild } from '../support/built-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` before the browser tests (npm test does).');
  const newer = newerThanBuild('.');
  if (newer.length)
    throw new Error(
      `dist/ is older than ${newer.length} of the files it is built from (${newer.slice(0, 3).join(', ')}…): run \`npm run build\` before the browser tests (npm test does).`,
    );
  const server = await serveStatic('dist');
  project.provide('baseUrl', server.url);
  return () => server.close();
}

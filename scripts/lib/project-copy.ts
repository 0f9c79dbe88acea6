/**
 * A temporary copy of the project to build a synthetic library in: the
 * benchmark (scripts/bench-scale/) and the scale tests (tests/scale/) use
 * it, so neither ever writes to the real tree. node_modules is linked entry by
 * entry, leaving out build caches, so those land in the copy.
 */
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';

const SKIP_TOP = new Set(['node_modules', 'dist', '.astro', '.git', '.bench', 'test-results', 'screenshots']);
/** Caches inside node_modules that must not be shared with the real tree. */
const SKIP_MODULES = new Set(['.astro', '.vite', '.vite-temp', '.vitest-cache', '.cache']);

/** Copies the project at `project` into `into`, without its dependencies, build output or history. */
export function snapshotProject(project: string, into: string): void {
  cpSync(project, into, {
    recursive: true,
    filter: (src) => !SKIP_TOP.has(relative(project, src).split(/[\\/]/)[0]!),
  });
}

/** Gives the copy at `root` the project's dependencies, by links. */
export function linkModules(project: string, root: string): void {
  const modules = join(root, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(join(project, 'node_modules'))) {
    if (SKIP_MODULES.has(entry)) continue;
    symlinkSync(join(project, 'node_modules', entry), join(modules, entry));
  }
}

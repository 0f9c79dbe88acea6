/**
 * Whether dist/ was built from the sources as they are: the browser tests
 * refuse a build older than any file it is made from, which would test
 * yesterday's site and pass.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What a build is made from, relative to the project root. */
export const BUILD_INPUTS = ['src', 'sources', 'public', 'astro.config.mjs', 'package-lock.json'] as const;

/** The inputs (files, relative to `root`) changed after `dist/index.html` was written, newest first. */
export function newerThanBuild(root: string, dist = 'dist'): string[] {
  const built = statSync(join(root, dist, 'index.html')).mtimeMs;
  const newer: { file: string; mtime: number }[] = [];
  for (const input of BUILD_INPUTS) {
    const path = join(root, input);
    if (!existsSync(path)) continue;
    const files = statSync(path).isDirectory()
      ? readdirSync(path, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => join(e.parentPath, e.name))
      : [path];
    for (const file of files) {
      const mtime = statSync(file).mtimeMs;
      if (mtime > built) newer.push({ file: file.slice(root.length + 1), mtime });
    }
  }
  return newer.sort((a, b) => b.mtime - a.mtime).map((n) => n.file);
}

/**
 * What a build wrote: every file under dist/, counted and weighed, with the
 * largest files and the share of each top-level folder. File count, total
 * size and the largest file are what static hosts limit.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Calls `visit` with every file under `dir` (its path and size in bytes); symbolic links are not followed. */
export function walkFiles(dir: string, visit: (path: string, bytes: number) => void): void {
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    visit(path, statSync(path).size);
  }
}

/** A file of the built site: its path under dist/ (with forward slashes) and size. */
export interface SiteFile {
  readonly path: string;
  readonly bytes: number;
}

export interface DistStats {
  readonly files: number;
  readonly bytes: number;
  /** The ten largest files, largest first. */
  readonly largest: readonly SiteFile[];
  /** Files and bytes per top-level folder of dist/ (`search-index`, `policies`, …); files at the top are under `(top level)`. */
  readonly folders: Readonly<Record<string, { files: number; bytes: number }>>;
}

export const TOP_LEVEL = '(top level)';
const KEEP_LARGEST = 10;

/** Counts and weighs every file under `dist`. */
export function measureDist(dist: string): DistStats {
  let files = 0;
  let bytes = 0;
  let largest: SiteFile[] = [];
  const folders: Record<string, { files: number; bytes: number }> = {};
  walkFiles(dist, (path, size) => {
    files += 1;
    bytes += size;
    const rel = relative(dist, path).split(sep).join('/');
    const folder = rel.includes('/') ? rel.slice(0, rel.indexOf('/')) : TOP_LEVEL;
    const f = (folders[folder] ??= { files: 0, bytes: 0 });
    f.files += 1;
    f.bytes += size;
    if (largest.length < KEEP_LARGEST || size > largest.at(-1)!.bytes) {
      largest.push({ path: rel, bytes: size });
      largest = largest.sort((a, b) => b.bytes - a.bytes).slice(0, KEEP_LARGEST);
    }
  });
  return { files, bytes, largest, folders };
}

/** Writes a synthetic library into a project: the only part of scripts/synthetic/ that touches the disk. */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatePolicy } from './generate.ts';

export interface WriteOptions {
  readonly seed?: number;
  /** Delete the policies already in `src/content/policies/` (and their sources) first. Default true. */
  readonly removeExisting?: boolean;
}

export interface WriteResult {
  readonly policies: number;
  readonly clauses: number;
  readonly mdxBytes: number;
  readonly sourceBytes: number;
  /** The policy files deleted first. */
  readonly removed: readonly string[];
}

/** Deletes every policy file in `policiesDir` and the source file each names; returns the policy files' names. */
function removePolicies(policiesDir: string, sourcesDir: string): string[] {
  const removed: string[] = [];
  for (const f of readdirSync(policiesDir)) {
    if (!f.endsWith('.mdx')) continue;
    const text = readFileSync(join(policiesDir, f), 'utf8');
    const source = /^source:\s*["']?([\w.-]+\.txt)/m.exec(text)?.[1];
    rmSync(join(policiesDir, f));
    if (source && existsSync(join(sourcesDir, source))) rmSync(join(sourcesDir, source));
    removed.push(f);
  }
  return removed;
}

/**
 * Writes `count` synthetic policies, each with its source, into the project at
 * `root` (meant for a temporary copy, never the real tree). The real sources'
 * SHA256SUMS is left as it is: the build does not read it.
 */
export function writeSyntheticLibrary(root: string, count: number, options: WriteOptions = {}): WriteResult {
  const policiesDir = join(root, 'src/content/policies');
  const sourcesDir = join(root, 'sources');
  mkdirSync(policiesDir, { recursive: true });
  mkdirSync(sourcesDir, { recursive: true });
  const removed = (options.removeExisting ?? true) ? removePolicies(policiesDir, sourcesDir) : [];
  let clauses = 0;
  let mdxBytes = 0;
  let sourceBytes = 0;
  for (let i = 0; i < count; i++) {
    const p = generatePolicy(i, options.seed ?? 1);
    writeFileSync(join(policiesDir, `${p.slug}.mdx`), p.mdx);
    writeFileSync(join(sourcesDir, p.sourceName), p.sourceText);
    clauses += p.clauseCount;
    mdxBytes += Buffer.byteLength(p.mdx);
    sourceBytes += Buffer.byteLength(p.sourceText);
  }
  return { policies: count, clauses, mdxBytes, sourceBytes, removed };
}

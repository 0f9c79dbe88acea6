/** Writes a synthetic library into a project: the only part of scripts/synthetic/ that touches the disk. */
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUMS_FILE } from '../../src/lib/policy/library-fs.ts';
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
 * `root` (meant for a temporary copy, never the real tree), and records each
 * source's hash in sources/SHA256SUMS as a capture would (the loader checks
 * every source against it): the list starts afresh when the existing policies
 * and their sources are removed, else the new lines are added to it.
 */
export function writeSyntheticLibrary(root: string, count: number, options: WriteOptions = {}): WriteResult {
  const policiesDir = join(root, 'src/content/policies');
  const sourcesDir = join(root, 'sources');
  mkdirSync(policiesDir, { recursive: true });
  mkdirSync(sourcesDir, { recursive: true });
  const fresh = options.removeExisting ?? true;
  const removed = fresh ? removePolicies(policiesDir, sourcesDir) : [];
  let clauses = 0;
  let mdxBytes = 0;
  let sourceBytes = 0;
  const sums: string[] = [];
  for (let i = 0; i < count; i++) {
    const p = generatePolicy(i, options.seed ?? 1);
    writeFileSync(join(policiesDir, `${p.slug}.mdx`), p.mdx);
    writeFileSync(join(sourcesDir, p.sourceName), p.sourceText);
    clauses += p.clauseCount;
    mdxBytes += Buffer.byteLength(p.mdx);
    sourceBytes += Buffer.byteLength(p.sourceText);
    sums.push(`${createHash('sha256').update(p.sourceText).digest('hex')}  ${p.sourceName}\n`);
  }
  const sumsPath = join(sourcesDir, SUMS_FILE);
  if (fresh || !existsSync(sumsPath)) writeFileSync(sumsPath, sums.join(''));
  else appendFileSync(sumsPath, `${readFileSync(sumsPath, 'utf8').endsWith('\n') ? '' : '\n'}${sums.join('')}`);
  return { policies: count, clauses, mdxBytes, sourceBytes, removed };
}

/**
 * Loads the whole library from disk: every policy file parsed and validated,
 * its source checked for fidelity, and every reference between policies
 * resolved. This is the single path from files to the model; the content
 * collection, the scripts and the tests all go through it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError, type Problem } from './errors.ts';
import { checkFidelity } from './fidelity.ts';
import type { Policy } from './model.ts';
import { parsePolicy } from './parse.ts';

export interface LibraryOptions {
  /** Project root; `src/content/policies/` and `sources/` are read below it. */
  readonly root: string;
  /** Folder of policy files, relative to root. */
  readonly policiesDir?: string;
  /** Folder of source texts, relative to root. */
  readonly sourcesDir?: string;
  /** Only these policy files (paths relative to root); default: all. */
  readonly only?: readonly string[];
}

export interface LoadedPolicy {
  readonly policy: Policy;
  /** The source text, byte for byte as captured. */
  readonly sourceText: string;
  /** SHA-256 of the source file's bytes, hex. */
  readonly sourceSha256: string;
}

export const POLICIES_DIR = 'src/content/policies';
export const SOURCES_DIR = 'sources';

export function loadLibrary(options: LibraryOptions): LoadedPolicy[] {
  const { root } = options;
  const policiesDir = join(root, options.policiesDir ?? POLICIES_DIR);
  const sourcesDir = join(root, options.sourcesDir ?? SOURCES_DIR);
  const files =
    options.only?.map((f) => join(root, f)) ??
    readdirSync(policiesDir)
      .filter((f) => f.endsWith('.mdx'))
      .sort()
      .map((f) => join(policiesDir, f));

  const problems: Problem[] = [];
  const loaded: LoadedPolicy[] = [];
  for (const path of files) {
    const file = relative(root, path);
    let policy: Policy;
    try {
      policy = parsePolicy(readFileSync(path, 'utf8'), { file });
    } catch (error) {
      if (error instanceof ContentError) {
        problems.push(...error.problems);
        continue;
      }
      throw error;
    }
    const sourcePath = join(sourcesDir, policy.source);
    if (!existsSync(sourcePath)) {
      problems.push({ file, line: 1, column: 1, subject: 'frontmatter "source"', message: `names ${relative(root, sourcePath)}, which does not exist` });
      continue;
    }
    const bytes = readFileSync(sourcePath);
    const sourceText = bytes.toString('utf8');
    const mismatch = checkFidelity(policy, sourceText);
    if (mismatch) {
      const line = mismatch.clause ? (policy.clauses.find((c) => c.id === mismatch.clause)?.line ?? 1) : (policy.clauses.at(-1)?.line ?? 1);
      problems.push({
        file,
        line,
        column: 1,
        subject: mismatch.clause ? `clause "${mismatch.clause}"` : 'originals',
        message: mismatch.clause
          ? `<Original> does not match ${policy.source} at its line ${mismatch.sourceLine}: the source has "${mismatch.expected}", the clause has "${mismatch.found}"`
          : `the originals end before ${policy.source} does; its text from line ${mismatch.sourceLine} is in no clause: "${mismatch.expected}"`,
      });
    }
    loaded.push({ policy, sourceText, sourceSha256: createHash('sha256').update(bytes).digest('hex') });
  }

  // References to other policies resolve only once all are loaded.
  const bySlug = new Map(loaded.map((l) => [l.policy.slug, l.policy]));
  for (const { policy } of loaded) {
    for (const clause of policy.clauses)
      for (const ref of clause.seeAlso) {
        if (ref.policy === null) continue;
        const target = bySlug.get(ref.policy);
        const message = !target
          ? `refers to policy "${ref.policy}", which does not exist`
          : !target.clauses.some((c) => c.id === ref.clause)
            ? `refers to clause "${ref.clause}", which does not exist in policy "${ref.policy}"`
            : null;
        if (message) problems.push({ file: policy.file, line: clause.line, column: 1, subject: `clause "${clause.id}"`, message });
      }
  }
  const sources = new Map<string, string>();
  for (const { policy } of loaded) {
    const other = sources.get(policy.source);
    if (other) problems.push({ file: policy.file, line: 1, column: 1, subject: 'frontmatter "source"', message: `${policy.source} is already the source of ${other}` });
    sources.set(policy.source, policy.file);
  }

  if (problems.length > 0) throw new ContentError(problems);
  return loaded.sort((a, b) => a.policy.source.localeCompare(b.policy.source));
}

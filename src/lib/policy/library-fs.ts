/**
 * Loads the library from disk (Node only: it reads files, so the browser
 * bundle never imports it; pages read the content collection through
 * collection.ts instead). Every policy file is parsed and validated, its
 * source checked for fidelity, hashed and the hash checked against
 * sources/SHA256SUMS, the address it says the text names looked for in the
 * text, and every reference between
 * policies resolved. The content collection, the scripts and the tests all
 * load the library through `loadLibrary`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ContentError, type Problem } from './errors.ts';
import { checkFidelity } from './fidelity.ts';
import { CLAUSE_TAG } from './format.ts';
import { tokens } from './lexer.ts';
import type { ParsedPolicy, Policy } from './model.ts';
import { parsePolicyFile, slugFromFile, type ParsedFile } from './parse.ts';
import { didYouMean } from './suggest.ts';
import { webAddressesIn } from '../provenance.ts';
import { loadJurisdictions } from '../jurisdiction/library-fs.ts';
import type { KnownLaw } from './checks.ts';

export interface LibraryOptions {
  /** Project root; `src/content/policies/` and `sources/` are read below it. */
  readonly root: string;
  /** Folder of policy files, relative to root. */
  readonly policiesDir?: string;
  /** Folder of source texts, relative to root. */
  readonly sourcesDir?: string;
  /**
   * Only these policy files (paths relative to root): only they are checked
   * and returned. Every other file is still read, so that links to it resolve.
   */
  readonly only?: readonly string[];
}

export const POLICIES_DIR = 'src/content/policies';
export const SOURCES_DIR = 'sources';
/** The hashes of the sources as captured, in `sha256sum` format, in SOURCES_DIR. */
export const SUMS_FILE = 'SHA256SUMS';

/** One policy file as read: parsed, or the problems that stopped it and the clause ids it declares. */
interface FileEntry {
  readonly file: string;
  readonly parsed: ParsedFile | null;
  readonly problems: readonly Problem[];
  /** Clause ids written in the file, even when it does not parse. */
  readonly clauseIds: ReadonlySet<string>;
}

/** The policy files of the library, sorted, as paths relative to root. */
function policyFiles(root: string, policiesDir = POLICIES_DIR): string[] {
  return readdirSync(join(root, policiesDir))
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => join(policiesDir, f));
}

/** The ids of the clauses a file writes, read leniently from its tags (for a file that does not parse). */
function declaredClauseIds(text: string): Set<string> {
  const ids = new Set<string>();
  for (const t of tokens(text, text.indexOf('\n---') + 4))
    if (t.type === 'open' && t.name === CLAUSE_TAG) ids.add(t.attributes.find((a) => a.name === 'id')?.value ?? '');
  return ids;
}

/** Reads and parses one file. */
function readEntry(root: string, file: string, known: KnownLaw): FileEntry {
  const text = readFileSync(join(root, file), 'utf8');
  try {
    const parsed = parsePolicyFile(text, { file, known });
    return { file, parsed, problems: [], clauseIds: new Set(parsed.policy.clauses.map((c) => c.id)) };
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return { file, parsed: null, problems: error.problems, clauseIds: declaredClauseIds(text) };
  }
}

/** The hashes `sources/SHA256SUMS` records, by file name; null when the folder has no such file. */
function recordedHashes(root: string, sourcesDir: string): ReadonlyMap<string, string> | null {
  const path = join(root, sourcesDir, SUMS_FILE);
  if (!existsSync(path)) return null;
  const hashes = new Map<string, string>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const m = /^([0-9a-fA-F]{64}) [ *](.+?)\r?$/.exec(line);
    if (m) hashes.set(m[2]!, m[1]!.toLowerCase());
  }
  return hashes;
}

/** The hash the source hashes to must be the one recorded when it was captured: a changed source is no longer the record. */
function checkRecordedHash(parsed: ParsedFile, sha256: string, sums: ReadonlyMap<string, string> | null, problems: Problem[]): void {
  const { policy } = parsed;
  const recorded = sums?.get(policy.source);
  if (sums === null || recorded === sha256) return;
  const where = { file: policy.file, line: parsed.lineOf(['source']), column: 1, subject: 'frontmatter "source"' };
  problems.push({
    ...where,
    message:
      recorded === undefined
        ? `${policy.source} is not recorded in ${SOURCES_DIR}/${SUMS_FILE}; add the line "${sha256}  ${policy.source}" (npm run new-policy does) after checking it is the text as captured`
        : `${policy.source} hashes to ${sha256}, but ${SOURCES_DIR}/${SUMS_FILE} records ${recorded} for it: the source has changed since it was captured, and a source is never changed`,
  });
}

/** An address "named in the text" must be in the text as written; a policy whose text names one must record it. */
function checkAddress(parsed: ParsedFile, source: string, problems: Problem[]): void {
  const { policy } = parsed;
  const { address } = policy.provenance;
  const named = webAddressesIn(source);
  const at = (path: string[]) => ({ file: policy.file, line: parsed.lineOf(path), column: 1, subject: `frontmatter "${path.join('.')}"` });
  if (address?.basis === 'named-in-text' && !source.includes(address.value)) {
    const known = named.length
      ? ` It names ${[...new Set(named.map((a) => `"${a.value}" (line ${a.line})`))].join(', ')}.`
      : ' It names no web address: write address: null.';
    problems.push({
      ...at(['provenance', 'address', 'value']),
      message: `"${address.value}" is not in ${policy.source} as written, so it cannot be "named-in-text".${known}`,
    });
  } else if (address === null && named.length > 0)
    problems.push({
      ...at(['provenance', 'address']),
      message: `is null, but ${policy.source} names "${named[0]!.value}" at its line ${named[0]!.line}; record it: { value: ${named[0]!.value}, basis: named-in-text }`,
    });
}

/** Checks that the originals reproduce the policy's source, and hashes the source; null when it is missing. */
function verifySource(
  parsed: ParsedFile,
  root: string,
  sourcesDir: string,
  sums: ReadonlyMap<string, string> | null,
  problems: Problem[],
): string | null {
  const { policy } = parsed;
  const sourcePath = join(root, sourcesDir, policy.source);
  const file = policy.file;
  if (!existsSync(sourcePath)) {
    problems.push({
      file,
      line: 1,
      column: 1,
      subject: 'frontmatter "source"',
      message: `names ${relative(root, sourcePath)}, which does not exist`,
    });
    return null;
  }
  const bytes = readFileSync(sourcePath);
  const text = bytes.toString('utf8');
  const mismatch = checkFidelity(policy, text);
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
  checkAddress(parsed, text, problems);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  checkRecordedHash(parsed, sha256, sums, problems);
  return sha256;
}

/** Every reference to another policy must name a policy of the library and a clause in it. */
function checkCrossReferences(checked: readonly ParsedFile[], all: readonly FileEntry[], problems: Problem[]): void {
  const clausesOf = new Map(all.map((e) => [slugFromFile(e.file), e.clauseIds]));
  for (const { policy, references } of checked)
    for (const { from, ref, line, column } of references) {
      if (ref.policy === null) continue;
      const target = clausesOf.get(ref.policy);
      const message = !target
        ? `refers to policy "${ref.policy}", which does not exist;${didYouMean(ref.policy, clausesOf.keys())}`.replace(/;$/, '')
        : !target.has(ref.clause)
          ? `refers to clause "${ref.clause}", which does not exist in policy "${ref.policy}";${didYouMean(ref.clause, target)}`.replace(
              /;$/,
              '',
            )
          : null;
      if (message) problems.push({ file: policy.file, line, column, subject: `clause "${from}"`, message });
    }
}

/** No two policies may claim the same source. */
function checkUniqueSources(checked: readonly ParsedPolicy[], all: readonly FileEntry[], problems: Problem[]): void {
  const owner = new Map<string, string>();
  for (const e of all) if (e.parsed && !owner.has(e.parsed.policy.source)) owner.set(e.parsed.policy.source, e.file);
  for (const policy of checked) {
    const first = owner.get(policy.source);
    if (first && first !== policy.file)
      problems.push({
        file: policy.file,
        line: 1,
        column: 1,
        subject: 'frontmatter "source"',
        message: `${policy.source} is already the source of ${first}`,
      });
  }
}

/** Loads, checks and returns the library's policies (or the `only` ones), in corpus order; throws `ContentError` with every problem. */
export function loadLibrary(options: LibraryOptions): Policy[] {
  const { root } = options;
  const jurisdictions = loadJurisdictions(root);
  const known: KnownLaw = {
    jurisdictions: new Map([...jurisdictions].map(([id, j]) => [id, { memberOf: j.memberOf, laws: j.laws.map((l) => l.id) }])),
  };
  const all = policyFiles(root, options.policiesDir).map((file) => readEntry(root, file, known));
  const wanted = options.only ? new Set(options.only.map((f) => relative(root, resolve(root, f)))) : null;
  for (const f of wanted ?? []) if (!all.some((e) => e.file === f)) all.push(readEntry(root, f, known));
  const checked = all.filter((e) => !wanted || wanted.has(e.file));

  const problems: Problem[] = checked.flatMap((e) => e.problems);
  const parsed = checked.flatMap((e) => (e.parsed ? [e.parsed] : []));
  const policies: Policy[] = [];
  const sourcesDir = options.sourcesDir ?? SOURCES_DIR;
  const sums = recordedHashes(root, sourcesDir);
  for (const file of parsed) {
    const sourceSha256 = verifySource(file, root, sourcesDir, sums, problems);
    if (sourceSha256) policies.push({ ...file.policy, sourceSha256 });
  }
  checkCrossReferences(parsed, all, problems);
  checkUniqueSources(policies, all, problems);

  if (problems.length > 0) throw new ContentError(problems);
  return policies.sort((a, b) => a.source.localeCompare(b.source));
}

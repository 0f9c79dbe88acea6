/**
 * The one parser: a policy file in, a typed policy out, or a `ContentError`
 * listing every problem with its file, line, column and clause id.
 *
 * It runs in stages, each in its own module and each short enough to read on
 * one screen: the frontmatter (frontmatter.ts), the body's structure (lexer.ts
 * and body.ts), then the ids, clauses, references and findings (checks.ts).
 * The file format itself is described once, in format.ts.
 * @see docs/content-format.md
 */
import { ContentError } from './errors.ts';
import {
  checkContacts,
  checkFindings,
  checkJurisdictions,
  checkReferences,
  checkSection,
  claimIds,
  type KnownLaw,
  type Reference,
} from './checks.ts';
import { readFrontmatter } from './frontmatter.ts';
import { readBody } from './body.ts';
import type { ParsedPolicy, Section } from './model.ts';
import { Problems } from './problems.ts';
import { ID_PATTERN } from './schema.ts';

export { parseClauseRef } from './checks.ts';

export interface ParseOptions {
  /** The file's path, used in messages and as the policy's `file`. */
  readonly file: string;
  /** The policy's slug; defaults to the file name without `.mdx`. */
  readonly slug?: string;
  /** The law layer, to check the jurisdictions and laws the policy names (library-fs.ts passes it). */
  readonly known?: KnownLaw;
}

/** A parsed policy and the references it makes, with the line and column of each (for checks across policies). */
export interface ParsedFile {
  readonly policy: ParsedPolicy;
  readonly references: readonly (Reference & { readonly line: number; readonly column: number })[];
  /** The 1-based line of a frontmatter key, e.g. `['provenance', 'address', 'value']` (or of its nearest written parent). */
  readonly lineOf: (path: readonly string[]) => number;
}

export function slugFromFile(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.mdx?$/, '');
}

/** Parses and validates one policy file. Throws `ContentError` with every problem found. */
export function parsePolicy(text: string, options: ParseOptions): ParsedPolicy {
  return parsePolicyFile(text, options).policy;
}

/** As `parsePolicy`, also returning where each reference is written. */
export function parsePolicyFile(text: string, options: ParseOptions): ParsedFile {
  const { file } = options;
  const slug = options.slug ?? slugFromFile(file);
  const problems = new Problems(file, text);
  if (!ID_PATTERN.test(slug)) problems.at(0, `the file name must be a kebab-case slug (got "${slug}")`);

  const front = readFrontmatter(text, problems);
  if (!front) throw new ContentError(problems.list);
  const body = readBody(text, front.end, problems);
  if (body.complete && body.sections.length === 0 && problems.count === 0)
    problems.at(front.end, 'the policy has no <Section> with clauses');

  const clauseIds = claimIds(body.sections, problems);
  const allowed = checkJurisdictions(front, options.known, problems);
  const references: Reference[] = [];
  const sections = body.sections
    .map((s) => checkSection(s, problems, references, { known: options.known, allowed }))
    .filter((s): s is Section => s !== null);
  checkReferences(references, clauseIds, problems);
  checkContacts(front, sections, problems);
  const findings = checkFindings(front, clauseIds, problems);

  problems.throwIfAny();
  if (!front.meta || !findings) throw new Error('internal error: frontmatter without problems but without data');
  const { findings: _authored, ...meta } = front.meta;
  return {
    policy: { ...meta, slug, file, sections, clauses: sections.flatMap((s) => s.clauses), findings },
    references: references.map((r) => ({ ...r, ...problems.lines.at(r.offset) })),
    lineOf: (path) => problems.lineOf(front.offsetOf(path)),
  };
}

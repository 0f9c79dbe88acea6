/**
 * Reads one jurisdiction file: YAML, validated with the schema, every
 * problem reported with its file, line and column like a policy's.
 */
import { LineCounter, parseDocument } from 'yaml';
import { ContentError } from '../policy/errors.ts';
import { yamlOffset } from '../policy/frontmatter.ts';
import { Problems } from '../policy/problems.ts';
import { JURISDICTION_ID, jurisdictionFileSchema } from './schema.ts';
import type { Jurisdiction } from './model.ts';

/** A parsed jurisdiction, and the offset of any path in its file (for checks across files). */
export interface ParsedJurisdiction {
  readonly jurisdiction: Jurisdiction;
  placeOf(path: readonly (string | number)[]): { line: number; column: number };
}

/** Parses and validates one jurisdiction file; throws `ContentError` with every problem. */
export function parseJurisdiction(text: string, file: string): ParsedJurisdiction {
  const problems = new Problems(file, text);
  const id = (file.split(/[\\/]/).pop() ?? file).replace(/\.ya?ml$/, '');
  if (!JURISDICTION_ID.test(id))
    problems.at(0, `the file name must be a jurisdiction id: two lower-case letters, such as cz or eu (got "${id}")`);
  const doc = parseDocument(text, { lineCounter: new LineCounter(), prettyErrors: false });
  for (const error of doc.errors) problems.at(error.pos[0], `invalid YAML: ${error.message.split('\n')[0]}`);
  problems.throwIfAny();
  const offsetOf = (path: readonly (string | number)[]) => yamlOffset(doc, path.map(String));
  const result = jurisdictionFileSchema.safeParse(doc.toJS());
  if (!result.success)
    for (const issue of result.error.issues) {
      const path = issue.path.map(String);
      problems.at(offsetOf(path), `"${path.join('.')}" ${issue.message}`);
    }
  if (!result.success) throw new ContentError(problems.list, 'jurisdiction data');
  return { jurisdiction: { ...result.data, id, file }, placeOf: (path) => problems.lines.at(offsetOf(path)) };
}

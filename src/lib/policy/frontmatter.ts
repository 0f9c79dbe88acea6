/**
 * Stage one of parsing: the YAML frontmatter, validated with the schema, with
 * every problem pointing at the key it is about.
 */
import { isMap, isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { Problems } from './problems.ts';
import { frontmatterSchema, type Frontmatter } from './schema.ts';

export interface FrontmatterResult {
  /** The validated frontmatter, or null when it has problems (they are reported). */
  readonly meta: Frontmatter | null;
  /** Where the body starts. */
  readonly end: number;
  /** The offset in the file of the key (or value) at `path`, e.g. `['findings', 'children', 'clauses', '0']`. */
  offsetOf(path: readonly string[]): number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Reads the frontmatter; returns null (having reported it) when the file has none. */
export function readFrontmatter(text: string, problems: Problems): FrontmatterResult | null {
  const fm = FRONTMATTER.exec(text);
  if (!fm) {
    problems.at(0, 'must start with YAML frontmatter between two "---" lines');
    return null;
  }
  const yamlStart = fm[0].indexOf('\n') + 1;
  const doc = parseDocument(fm[1]!, { lineCounter: new LineCounter(), prettyErrors: false });
  const offsetOf = (path: readonly string[]) => yamlStart + yamlOffset(doc, path);
  for (const error of doc.errors) problems.at(yamlStart + error.pos[0], `invalid YAML: ${error.message.split('\n')[0]}`);
  if (doc.errors.length > 0) return { meta: null, end: fm[0].length, offsetOf };
  const result = frontmatterSchema.safeParse(doc.toJS());
  if (!result.success)
    for (const issue of result.error.issues) {
      const path = issue.path.map(String);
      problems.at(offsetOf(path), `frontmatter "${path.join('.')}" ${issue.message}`);
    }
  return { meta: result.success ? result.data : null, end: fm[0].length, offsetOf };
}

/** The offset, within the YAML text, of the node at `path` (or of its nearest existing parent). */
export function yamlOffset(doc: Document, path: readonly string[]): number {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true);
    if (!isNode(node) || !node.range) continue;
    // Point at the key, not the value, where the parent is a map.
    const parent = n > 0 ? doc.getIn(path.slice(0, n - 1), true) : null;
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isNode(p.key) && String((p.key as { value?: unknown }).value) === path[n - 1]);
      if (pair && isNode(pair.key) && pair.key.range) return pair.key.range[0];
    }
    return node.range[0];
  }
  return 0;
}

/**
 * What every relevance runner shares, so the site's search in Node, the
 * search page in Chromium and the Pagefind baseline are scored alike: the
 * query files (read and checked, with the line of every problem), a result
 * link turned back into the clause it names, the rank of the first right
 * answer, and success at 1 and 3 and the mean reciprocal rank, overall and
 * per kind. Nothing here runs a search.
 */
import { readFileSync } from 'node:fs';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';

/** The tuning set: the queries the ranking was tuned on. */
export const QUERIES_FILE = 'tests/relevance/queries.yaml';
/** Results a runner reads per query; a right answer further down counts as none. */
export const RESULTS_READ = 20;

export interface RelevanceQuery {
  readonly query: string;
  /** word, phrase, question, source, … (any kebab-case word; reported per kind). */
  readonly kind: string;
  /** `<policy-slug>#<clause-id>` */
  readonly answers: readonly string[];
  readonly why: string;
  /** Line of the entry in its file, for messages. */
  readonly line: number;
}

export class QueryFileError extends Error {
  override name = 'QueryFileError';
}

const FIELDS = ['query', 'kind', 'answers', 'why'] as const;
const KIND = /^[a-z]+(-[a-z]+)*$/;
const ANSWER = /^[a-z0-9]+(-[a-z0-9]+)*#[^\s#]+$/;

/** Parses a query file's text: a YAML list of {query, kind, answers, why}; throws with `file:line` for each problem. */
export function parseQueries(text: string, file: string): RelevanceQuery[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const lineOf = (offset: number | undefined) => lines.linePos(offset ?? 0).line;
  if (doc.errors.length)
    throw new QueryFileError(doc.errors.map((e) => `${file}:${lineOf(e.pos[0])}: ${e.message.split('\n')[0]}`).join('\n'));
  if (!isSeq(doc.contents)) throw new QueryFileError(`${file}:1: expected a list of queries (“- query: …”)`);
  const problems: string[] = [];
  const queries: RelevanceQuery[] = [];
  const seen = new Map<string, number>();
  for (const item of doc.contents.items) {
    const line = lineOf(item?.range?.[0]);
    const at = (what: string) => problems.push(`${file}:${line}: ${what}`);
    if (!isMap(item)) {
      at('expected an entry with query, kind, answers and why');
      continue;
    }
    const entry = item.toJSON() as Record<string, unknown>;
    const name = typeof entry['query'] === 'string' ? `“${entry['query']}”: ` : '';
    for (const key of Object.keys(entry))
      if (!(FIELDS as readonly string[]).includes(key)) at(`${name}unknown field “${key}” (the fields are ${FIELDS.join(', ')})`);
    const { query, kind, answers, why } = entry;
    if (typeof query !== 'string' || !query.trim()) at('query: expected the query as a reader types it');
    if (typeof kind !== 'string' || !KIND.test(kind))
      at(`${name}kind: expected a kebab-case word such as word, phrase or question, got ${JSON.stringify(kind)}`);
    if (!Array.isArray(answers) || answers.length === 0) at(`${name}answers: expected a list of “<policy-slug>#<clause-id>”`);
    else
      for (const a of answers)
        if (typeof a !== 'string' || !ANSWER.test(a)) at(`${name}answers: ${JSON.stringify(a)} is not “<policy-slug>#<clause-id>”`);
    if (typeof why !== 'string' || !why.trim()) at(`${name}why: expected one line on why these answers are right`);
    if (typeof query === 'string') {
      const key = query.trim().toLowerCase();
      if (seen.has(key)) at(`${name}the same query as line ${seen.get(key)}`);
      else seen.set(key, line);
    }
    queries.push({
      query: String(query),
      kind: String(kind),
      answers: Array.isArray(answers) ? answers.map(String) : [],
      why: String(why),
      line,
    });
  }
  if (problems.length) throw new QueryFileError(problems.join('\n'));
  if (queries.length === 0) throw new QueryFileError(`${file}:1: no queries`);
  return queries;
}

/** Reads and checks a query file. */
export function readQueries(file = QUERIES_FILE): RelevanceQuery[] {
  return parseQueries(readFileSync(file, 'utf8'), file);
}

/** Throws, naming file and line, if an answer names a clause that `clauseIds` (`<slug>#<id>`) does not hold. */
export function checkAnswers(queries: readonly RelevanceQuery[], file: string, clauseIds: ReadonlySet<string>): void {
  const problems = queries.flatMap((q) =>
    q.answers.filter((a) => !clauseIds.has(a)).map((a) => `${file}:${q.line}: “${q.query}”: no clause ${a} in the library`),
  );
  if (problems.length) throw new QueryFileError(problems.join('\n'));
}

/**
 * The clause a result link points at, as `<policy-slug>#<clause-id>`: the
 * site's clause URLs are `/policies/<slug>/#<id>` (src/lib/urls.ts), with a
 * `?highlight=` from the search page or a host before them. Any other link is
 * returned as it is, so it counts as wrong and shows in the report.
 */
export function clauseRef(href: string): string {
  const url = new URL(href, 'http://localhost');
  const path = /^\/policies\/([^/]+)\/$/.exec(url.pathname);
  const id = decodeURIComponent(url.hash.slice(1));
  return path && id ? `${decodeURIComponent(path[1]!)}#${id}` : href;
}

export interface QueryResult {
  readonly query: RelevanceQuery;
  /** 1-based rank of the first right answer among the results read, or null. */
  readonly rank: number | null;
  /** The first three results. */
  readonly top: readonly string[];
}

/** A query's result from the clauses a runner got back, best first (only the first RESULTS_READ count). */
export function resultOf(query: RelevanceQuery, ranked: readonly string[]): QueryResult {
  const read = ranked.slice(0, RESULTS_READ);
  const at = read.findIndex((id) => query.answers.includes(id));
  return { query, rank: at < 0 ? null : at + 1, top: read.slice(0, 3) };
}

export interface Scores {
  readonly queries: number;
  /** Share of queries whose first result is right. */
  readonly at1: number;
  /** Share whose first three results hold a right one. */
  readonly at3: number;
  /** Mean reciprocal rank of the first right result (0 when none was read). */
  readonly mrr: number;
}

/** Success at 1 and 3 and the mean reciprocal rank of `results`. */
export function score(results: readonly QueryResult[]): Scores {
  const n = results.length || 1;
  return {
    queries: results.length,
    at1: results.filter((r) => r.rank === 1).length / n,
    at3: results.filter((r) => r.rank !== null && r.rank <= 3).length / n,
    mrr: results.reduce((s, r) => s + (r.rank ? 1 / r.rank : 0), 0) / n,
  };
}

/** Scores over all queries and per kind, the kinds in the order the file first uses them. */
export function summarize(results: readonly QueryResult[]): { all: Scores; byKind: Record<string, Scores> } {
  const kinds = [...new Set(results.map((r) => r.query.kind))];
  return { all: score(results), byKind: Object.fromEntries(kinds.map((k) => [k, score(results.filter((r) => r.query.kind === k))])) };
}

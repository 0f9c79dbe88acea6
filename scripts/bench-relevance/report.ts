/**
 * The relevance runners' output: per query file, a Markdown table (overall
 * and per kind) with the queries whose first result is not right, or one
 * JSON document for every file a run measured.
 */
import { summarize, type QueryResult, type Scores } from './scoring.ts';

/** One query file as one runner measured it. */
export interface FileRun {
  readonly file: string;
  readonly results: readonly QueryResult[];
}

const pct = (x: number) => `${(100 * x).toFixed(0)} %`;
const row = (name: string, s: Scores) => `| ${name} | ${s.queries} | ${pct(s.at1)} | ${pct(s.at3)} | ${s.mrr.toFixed(3)} |`;

/** The scores table: all queries, then each kind. */
export function scoresTable(results: readonly QueryResult[]): string[] {
  const { all, byKind } = summarize(results);
  return [
    '| queries | n | success at 1 | success at 3 | mean reciprocal rank |',
    '| --- | ---: | ---: | ---: | ---: |',
    row('**all**', all),
    ...Object.entries(byKind).map(([kind, s]) => row(kind, s)),
  ];
}

/** The queries whose first result is not a right answer, with the rank of the first right one and the first three results. */
export function missesTable(results: readonly QueryResult[], read: number): string[] {
  const misses = results.filter((r) => r.rank !== 1);
  if (misses.length === 0) return ['Every query’s first result is a right answer.'];
  return [
    `Queries whose first result is not a right answer (rank of the first right one, or “none” in the first ${read}):`,
    '',
    '| query | kind | rank | first three results |',
    '| --- | --- | ---: | --- |',
    ...misses.map((r) => `| ${r.query.query} | ${r.query.kind} | ${r.rank ?? 'none'} | ${r.top.join('<br>') || '(no result)'} |`),
  ];
}

/** A section for one file: a heading, what was measured, the scores and the misses. */
export function fileSection(heading: string, intro: string, run: FileRun, read: number): string {
  return [heading, '', intro, '', ...scoresTable(run.results), '', ...missesTable(run.results, read), ''].join('\n');
}

/** Every file of a run as one JSON document: the scores, and each query's rank and first three results. */
export function jsonReport(runner: string, about: Record<string, unknown>, runs: readonly FileRun[]): string {
  return JSON.stringify(
    {
      runner,
      measured: new Date().toISOString(),
      ...about,
      files: runs.map(({ file, results }) => ({
        file,
        ...summarize(results),
        queries: results.map((r) => ({ query: r.query.query, kind: r.query.kind, line: r.query.line, rank: r.rank, top: r.top })),
      })),
    },
    null,
    2,
  );
}

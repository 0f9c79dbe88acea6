/**
 * `npm run bench:relevance`: runs the relevance queries (tests/relevance/
 * queries.yaml) through the site's own search on an index built from the
 * library exactly as the build builds it, and reports success at 1 and at 3
 * and the mean reciprocal rank, over all queries and per kind, with every
 * query that misses. Written into docs/performance.md (its own section).
 * A report: `npm test` checks only that the figures stay above the floor the
 * README states (tests/relevance/relevance.test.ts).
 */
import { cpus } from 'node:os';
import { loadLibrary } from '../../src/lib/policy/library-fs.ts';
import { writeSection } from '../lib/report-file.ts';
import { KINDS, memoryIndex, readQueries, runQueries, summarize, type Scores } from './relevance.ts';

const pct = (x: number) => `${(100 * x).toFixed(0)} %`;
const row = (name: string, s: Scores) => `| ${name} | ${s.queries} | ${pct(s.at1)} | ${pct(s.at3)} | ${s.mrr.toFixed(3)} |`;

const started = performance.now();
const library = loadLibrary({ root: process.cwd() });
const results = await runQueries(await memoryIndex(library), readQueries());
const { all, byKind } = summarize(results);
const misses = results.filter((r) => r.rank !== 1);
const report = [
  `## Relevance (measured ${new Date().toISOString().slice(0, 10)})`,
  '',
  `${all.queries} queries written as readers type them, each with the clauses that are right answers (tests/relevance/queries.yaml), over the ${library.length} policies; the search page's ranking, first 20 results. Goal: at least 85 % right first, 95 % within three. ${cpus().length} cores; ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  '',
  '| queries | n | success at 1 | success at 3 | mean reciprocal rank |',
  '| --- | ---: | ---: | ---: | ---: |',
  row('**all**', all),
  ...KINDS.map((k) => row(k, byKind[k])),
  '',
  'Queries whose first result is not a right answer (rank of the first right one, or “none” in the first 20):',
  '',
  '| query | kind | rank | first three results |',
  '| --- | --- | ---: | --- |',
  ...misses.map((r) => `| ${r.query.query} | ${r.query.kind} | ${r.rank ?? 'none'} | ${r.top.join('<br>') || '(no result)'} |`),
].join('\n');
console.log(report);
writeSection('docs/performance.md', 'relevance', report);

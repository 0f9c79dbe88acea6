/**
 * `npm run bench:relevance [-- --browser] [--queries FILE …] [--json]`: runs
 * the relevance queries (by default the tuning set, tests/relevance/
 * queries.yaml) through the site's own search and reports success at 1 and
 * at 3 and the mean reciprocal rank, over all queries and per kind, with
 * every query that misses; each file on its own.
 *
 * - In Node (the default), on an index built from the library exactly as the
 *   build builds it. The tuning set's report is also written into
 *   docs/performance.md (its own section); other files, and `--json`, are
 *   only printed.
 * - With `--browser`, on the built site (npm run build first) in Chromium,
 *   each query typed into the search page as a reader types it (browser.ts).
 *
 * A report: `npm test` checks only that the tuning set's figures stay above
 * the floor the README states (tests/relevance/relevance.test.ts).
 */
import { cpus } from 'node:os';
import { normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { loadLibrary } from '../../src/lib/policy/library-fs.ts';
import { writeSection } from '../lib/report-file.ts';
import { runInBrowser } from './browser.ts';
import { memoryIndex, runQueries } from './relevance.ts';
import { fileSection, jsonReport, type FileRun } from './report.ts';
import { checkAnswers, QUERIES_FILE, QueryFileError, readQueries, RESULTS_READ } from './scoring.ts';

const { values: opts } = parseArgs({
  options: {
    queries: { type: 'string', multiple: true },
    browser: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
  strict: true,
  allowPositionals: false,
});

const started = performance.now();
const library = loadLibrary({ root: process.cwd() });
const clauseIds = new Set(library.flatMap((p) => p.clauses.map((c) => `${p.slug}#${c.id}`)));
// Every file is read and checked before any is run, so a mistake in the last one fails at once.
const sets = (() => {
  try {
    return (opts.queries ?? [QUERIES_FILE]).map((file) => {
      const queries = readQueries(file);
      checkAnswers(queries, file, clauseIds);
      return { file, queries };
    });
  } catch (error) {
    if (!(error instanceof QueryFileError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
})();

const runner = opts.browser ? 'browser' : 'node';
const runs: FileRun[] = opts.browser
  ? await runInBrowser(sets)
  : await (async () => {
      const index = await memoryIndex(library);
      const out: FileRun[] = [];
      for (const { file, queries } of sets) out.push({ file, results: await runQueries(index, queries) });
      return out;
    })();
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const date = new Date().toISOString().slice(0, 10);

if (opts.json) console.log(jsonReport(runner, { policies: library.length, read: RESULTS_READ }, runs));
for (const run of runs) {
  const tuning = normalize(run.file) === normalize(QUERIES_FILE);
  const how = opts.browser
    ? `typed into the built site's search page in Chromium as a reader types them; the first page of results as they stand once typing stops, then those “Show more results” adds when that page holds no right answer (${RESULTS_READ} at most)`
    : `the search page's ranking, first ${RESULTS_READ} results`;
  const intro =
    `${run.results.length} queries written as readers type them, each with the clauses that are right answers (${run.file}), over the ${library.length} policies; ${how}.` +
    (tuning ? ' Goal: at least 85 % right first, 95 % within three.' : '') +
    ` ${cpus().length} cores; ${seconds} s.`;
  const heading =
    tuning && !opts.browser
      ? `## Relevance (measured ${date})`
      : `## Relevance: ${run.file}${opts.browser ? ', in Chromium' : ''} (measured ${date})`;
  const section = fileSection(heading, intro, run, RESULTS_READ);
  if (opts.json) continue;
  console.log(section);
  if (tuning && !opts.browser) writeSection('docs/performance.md', 'relevance', section);
}

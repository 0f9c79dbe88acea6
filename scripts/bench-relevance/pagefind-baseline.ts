/**
 * `npm run bench:pagefind [-- --version 1.6] [--queries FILE …] [--with-label] [--json] [--keep]`:
 * the relevance queries run through Pagefind, the search the site replaced,
 * so the comparison in docs/decisions.md can be rerun whenever Pagefind
 * changes. Pagefind is not a dependency of the site: the given version is
 * installed with npm into a temporary directory for this run.
 *
 * The index is Pagefind at its best for this library: one custom record per
 * clause (URL the clause's, content its original and translation, and with
 * `--with-label` its label first, as the site's own index also holds it), all
 * in one English index so one search ranks every language together. It is
 * written beside a copy of dist/ (npm run build first) served without the
 * site's `_headers`, whose CSP forbids the WebAssembly Pagefind runs on, and
 * searched in Chromium through Pagefind's JS API from a page with no CSP. The
 * first 20 results of each query are scored as the site's own search is
 * scored (scoring.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { loadLibrary } from '../../src/lib/policy/library-fs.ts';
import type { Policy } from '../../src/lib/policy/model.ts';
import { clausePath } from '../../src/lib/urls.ts';
import { withPage } from './browser.ts';
import { fileSection, jsonReport, type FileRun } from './report.ts';
import { checkAnswers, clauseRef, QUERIES_FILE, QueryFileError, readQueries, resultOf, RESULTS_READ } from './scoring.ts';

/** The page the queries run from: no CSP, so Pagefind's WebAssembly may start. */
const SEARCH_PAGE = 'pagefind-baseline.html';
/** Pagefind's JS API, as the site once loaded it. */
const PAGEFIND_JS = '/pagefind/pagefind.js';

/** The part of Pagefind's Node API this script uses. */
interface PagefindApi {
  createIndex(options: { forceLanguage?: string }): Promise<{ errors: string[]; index?: PagefindIndex }>;
  close(): Promise<void>;
}
interface PagefindIndex {
  addCustomRecord(record: { url: string; content: string; language: string; meta?: Record<string, string> }): Promise<{ errors: string[] }>;
  writeFiles(options: { outputPath: string }): Promise<{ errors: string[] }>;
  deleteIndex(): Promise<void>;
}

/** Decimal kilobytes, as docs/benchmarks.md counts them. */
const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
const log = (s: string) => console.error(`[pagefind-baseline] ${s}`);

/** Fails on any error Pagefind reports: its Node API returns errors instead of throwing. */
function assertNoErrors(step: string, response: { errors: readonly string[] }): void {
  if (response.errors.length > 0) throw new Error(`Pagefind ${step} failed:\n  ${response.errors.join('\n  ')}`);
}

/** Installs `pagefind@<version>` under `dir` with npm and loads its Node API; returns it with the version installed. */
async function installPagefind(dir: string, version: string): Promise<{ api: PagefindApi; version: string }> {
  log(`npm install pagefind@${version} into a temporary directory`);
  const npm = spawnSync('npm', ['install', '--prefix', dir, '--no-audit', '--no-fund', '--no-save', `pagefind@${version}`], {
    stdio: ['ignore', 2, 2],
  });
  if (npm.status !== 0) throw new Error(`npm install pagefind@${version} failed (exit ${npm.status ?? npm.signal})`);
  const root = join(dir, 'node_modules', 'pagefind');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    version: string;
    main?: string;
    exports?: { '.'?: { import?: string } };
  };
  const entry = pkg.exports?.['.']?.import ?? pkg.main ?? 'lib/index.js';
  return { api: (await import(pathToFileURL(join(root, entry)).href)) as PagefindApi, version: pkg.version };
}

/** One custom record per clause: its URL, and its original and translation (after its label, with `withLabel`) as the content, in one English index. */
export function clauseRecords(
  policies: readonly Policy[],
  withLabel = false,
): { url: string; content: string; language: string; meta: Record<string, string> }[] {
  return policies.flatMap((policy) =>
    policy.clauses.map((clause) => ({
      url: clausePath(policy.slug, clause.id),
      content: [...(withLabel ? [clause.label] : []), clause.original, clause.translation].join('\n\n'),
      language: 'en',
      meta: { title: `${policy.shortName} — ${clause.label}` },
    })),
  );
}

/** Writes a Pagefind index of the library's clauses to `outputPath`; returns the number of records. */
async function writeIndex(api: PagefindApi, policies: readonly Policy[], outputPath: string, withLabel: boolean): Promise<number> {
  const created = await api.createIndex({ forceLanguage: 'en' });
  assertNoErrors('createIndex', created);
  const index = created.index;
  if (!index) throw new Error('Pagefind createIndex returned no index');
  const records = clauseRecords(policies, withLabel);
  for (const record of records) assertNoErrors(`adding ${record.url}`, await index.addCustomRecord(record));
  assertNoErrors('writeFiles', await index.writeFiles({ outputPath }));
  await index.deleteIndex();
  return records.length;
}

/** Files and bytes under `dir`. */
function sizeOf(dir: string): { files: number; bytes: number } {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return { files: files.length, bytes: files.reduce((n, e) => n + statSync(join(e.parentPath, e.name)).size, 0) };
}

async function main() {
  const { values: opts } = parseArgs({
    options: {
      version: { type: 'string', default: '1.6' },
      queries: { type: 'string', multiple: true },
      json: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      'with-label': { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (!/^[0-9][0-9A-Za-z.\-^~]*$/.test(opts.version))
    throw new Error(`--version: a version of pagefind such as 1.6 or 1.6.0, got “${opts.version}”`);
  if (!existsSync('dist/index.html')) throw new Error('No built site in dist/: run npm run build first');
  const library = loadLibrary({ root: process.cwd() });
  const clauseIds = new Set(library.flatMap((p) => p.clauses.map((c) => `${p.slug}#${c.id}`)));
  const sets = (opts.queries ?? [QUERIES_FILE]).map((file) => {
    const queries = readQueries(file);
    checkAnswers(queries, file, clauseIds);
    return { file, queries };
  });

  const tmp = mkdtempSync(join(tmpdir(), 'pagefind-baseline-'));
  try {
    const { api, version } = await installPagefind(join(tmp, 'install'), opts.version);
    const site = join(tmp, 'site');
    cpSync(resolve('dist'), site, { recursive: true, filter: (from) => from !== resolve('dist', '_headers') });
    if (existsSync(join(site, 'pagefind')) || existsSync(join(site, SEARCH_PAGE)))
      throw new Error(`dist/ already holds pagefind/ or ${SEARCH_PAGE}: refusing to overwrite`);
    let records: number;
    try {
      records = await writeIndex(api, library, join(site, 'pagefind'), opts['with-label']);
    } finally {
      await api.close();
    }
    const bundle = sizeOf(join(site, 'pagefind'));
    log(`Pagefind ${version}: ${records} clause records, ${bundle.files} files, ${kb(bundle.bytes)}`);
    writeFileSync(
      join(site, SEARCH_PAGE),
      '<!doctype html><html lang="en"><meta charset="utf-8"><title>Pagefind baseline</title></html>\n',
    );

    let firstSearch = { requests: 0, served: 0, compressed: 0 };
    const runs = await withPage(site, async (page, baseUrl) => {
      // What the first search of a fresh page fetches (before any result's fragment): Pagefind's script,
      // its WebAssembly, the entry, the metadata of every record, and the index chunks of the words.
      const fetched: Promise<{ served: number; compressed: number }>[] = [];
      const count = (response: import('playwright-core').Response) => {
        const path = new URL(response.url()).pathname;
        // Pagefind stores its index and WebAssembly gzipped already; a compressing host gzips its script and JSON.
        if (path.startsWith('/pagefind/'))
          fetched.push(
            response.body().then(
              (b) => ({ served: b.length, compressed: /\.(js|json)$/.test(path) ? gzipSync(b).length : b.length }),
              () => ({ served: 0, compressed: 0 }),
            ),
          );
      };
      page.on('response', count);
      await page.goto(`${baseUrl}/${SEARCH_PAGE}`);
      await page.evaluate(
        async ({ api, q }) => {
          const pagefind = await import(api);
          await pagefind.search(q);
        },
        { api: PAGEFIND_JS, q: sets[0]!.queries[0]!.query },
      );
      page.off('response', count);
      const sizes = await Promise.all(fetched);
      firstSearch = {
        requests: sizes.length,
        served: sizes.reduce((n, f) => n + f.served, 0),
        compressed: sizes.reduce((n, f) => n + f.compressed, 0),
      };
      const out: FileRun[] = [];
      for (const { file, queries } of sets) {
        const results = [];
        for (const query of queries) {
          const urls = await page.evaluate(
            async ({ q, read, api }) => {
              const pagefind = await import(api);
              const found = await pagefind.search(q);
              return Promise.all(found.results.slice(0, read).map(async (r: { data(): Promise<{ url: string }> }) => (await r.data()).url));
            },
            { q: query.query, read: RESULTS_READ, api: PAGEFIND_JS },
          );
          results.push(resultOf(query, urls.map(clauseRef)));
        }
        out.push({ file, results });
      }
      return out;
    });

    const date = new Date().toISOString().slice(0, 10);
    if (opts.json)
      console.log(
        jsonReport(
          'pagefind',
          { pagefind: version, withLabel: opts['with-label'], policies: library.length, records, bundle, firstSearch, read: RESULTS_READ },
          runs,
        ),
      );
    else
      for (const run of runs) {
        const intro = `${run.results.length} queries (${run.file}) over the ${library.length} policies, through Pagefind ${version}'s JS API in Chromium: one custom record per clause (${records} records: ${opts['with-label'] ? 'label, ' : ''}original and translation, one English index, ${bundle.files} files, ${kb(bundle.bytes)}), first ${RESULTS_READ} results. A first search on a fresh page fetched ${kb(firstSearch.compressed)} from a compressing host (${kb(firstSearch.served)} as served) in ${firstSearch.requests} requests, before any result's text.`;
        console.log(fileSection(`## Pagefind baseline: ${run.file} (measured ${date})`, intro, run, RESULTS_READ));
      }
  } finally {
    if (opts.keep) log(`kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

await main().catch((error: unknown) => {
  console.error(error instanceof QueryFileError ? error.message : error);
  process.exit(1);
});

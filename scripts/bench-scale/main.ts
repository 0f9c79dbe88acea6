/**
 * Does the site scale to thousands of policies? `npm run bench:scale -- [options]`
 *
 *   --sizes 5,50,500,2000   library sizes to build and measure
 *   --seed 1                seed of the synthetic policies (scripts/synthetic/)
 *   --keep                  keep the temporary copies (their paths are printed)
 *   --heap-mb N             the build's V8 heap limit, through NODE_OPTIONS in the child
 *                           (default: Node's own up to 2,000 policies; above, 2 MiB a policy, at most 70 % of the memory)
 *   --timeout-min 60        a build still running then is stopped, and reported as such
 *   --runs 5                first searches per size (the median is reported)
 *
 * For each size, the project is copied to a temporary directory (without
 * node_modules, which is linked entry by entry, dist or .git), its policies
 * are replaced by N synthetic ones, the site is built in a child process
 * (child-build.ts) while the memory of its process tree is sampled
 * (measure/memory.ts), dist/ is weighed (measure/dist.ts) and a first search
 * is made in Chromium (measure/search.ts). docs/benchmarks.md is rewritten
 * after each size (report/), keeping the sizes measured by earlier runs.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { linkModules, snapshotProject } from '../lib/project-copy.ts';
import { writeSyntheticLibrary } from '../synthetic/index.ts';
import { runBuild } from './child-build.ts';
import { measureDist } from './measure/dist.ts';
import { measurePages } from './measure/pages.ts';
import { measureFirstSearch } from './measure/search.ts';
import { goals, merge, readPrevious, renderDoc, runInfo, type RunInfo } from './report/doc.ts';
import { buildFailure, bytes, duration, resultsTable, type SizeResult } from './report/tables.ts';

const PROJECT = resolve(import.meta.dirname, '../..');
const REPORT = join(PROJECT, 'docs/benchmarks.md');
const QUERY = 'cookies';

const { values: opts } = parseArgs({
  options: {
    sizes: { type: 'string', default: '5,50,500,2000' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    'heap-mb': { type: 'string' },
    'timeout-min': { type: 'string', default: '60' },
    runs: { type: 'string', default: '5' },
  },
});
const sizes = [...new Set(opts.sizes.split(',').map((s) => Number(s.trim())))].sort((a, b) => a - b);
if (sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 100_000))
  throw new Error('--sizes: whole numbers from 1 to 100000, separated by commas');
const seed = Number(opts.seed);
const runs = Math.max(1, Math.min(20, Number(opts.runs)));
/** Node's default heap (about 4 GB here) holds a build of 2,000 policies; past that, 2 MiB a policy, at most 70 % of the memory. */
const heapFor = (n: number) =>
  opts['heap-mb'] ? Number(opts['heap-mb']) : n > 2000 ? Math.min(2 * n, Math.floor((totalmem() / 2 ** 20) * 0.7)) : null;

const log = (s: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${s}`);
const load = () => Math.round(loadavg()[0]! * 100) / 100;

/** What an interruption must undo: the temporary copies, and the running build's process group. */
const pending = { dirs: new Set<string>(), group: null as number | null };
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    if (pending.group) process.kill(-pending.group, 'SIGKILL');
    for (const dir of pending.dirs) rmSync(dir, { recursive: true, force: true });
    log(`interrupted (${signal}); temporary copies removed`);
    process.exit(130);
  });

/** Builds and measures a library of `n` policies in a temporary copy of the project. */
async function measureSize(n: number, info: RunInfo): Promise<SizeResult> {
  const root = mkdtempSync(join(tmpdir(), `bench-scale-${n}-`));
  pending.dirs.add(root);
  try {
    snapshotProject(PROJECT, root);
    linkModules(PROJECT, root);
    const written = writeSyntheticLibrary(root, n, { seed });
    log(`${n}: ${written.policies} policies, ${written.clauses} clauses, ${bytes(written.mdxBytes)} of .mdx in ${root}; building…`);
    const before = load();
    const build = await runBuild(root, {
      timeoutMs: Number(opts['timeout-min']) * 60_000,
      heapMb: heapFor(n),
      onGroup: (pid) => (pending.group = pid),
    });
    const after = load();
    log(
      build.ok
        ? `${n}: built in ${duration(build.wallMs)}, peak memory ${bytes(build.memory.peakBytes)}`
        : `${n}: the build ${buildFailure(build)}:\n${build.logTail}`,
    );
    const dist = build.ok ? measureDist(join(root, 'dist')) : null;
    const pages = build.ok ? measurePages(join(root, 'dist')) : null;
    if (dist) log(`${n}: dist/ ${dist.files} files, ${bytes(dist.bytes)}; first search for “${QUERY}” ×${runs}…`);
    const search = dist ? await measureFirstSearch(join(root, 'dist'), QUERY, runs) : null;
    if (search)
      log(
        search.ok
          ? `${n}: first search ${duration(search.medianMs)}, ${bytes(search.total?.compressedBytes)} compressed`
          : `${n}: the search failed: ${search.error ?? search.status}`,
      );
    const { date, commit, dirtyFiles } = info;
    return {
      n,
      clauses: written.clauses,
      mdxBytes: written.mdxBytes,
      seed,
      date,
      commit,
      dirtyFiles,
      load: { before, after },
      build,
      dist,
      pages,
      search,
    };
  } finally {
    pending.dirs.delete(root);
    if (opts.keep) log(`${n}: kept at ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

const info = runInfo(PROJECT);
const previous = existsSync(REPORT) ? readPrevious(readFileSync(REPORT, 'utf8')) : { results: [], notes: null };
log(`${info.nproc} cores, ${info.memory}, Node ${info.node}; sizes ${sizes.join(', ')}`);
const measured: SizeResult[] = [];
for (const n of sizes) {
  measured.push(await measureSize(n, info));
  writeFileSync(REPORT, renderDoc(merge(previous.results, measured), info, previous.notes));
}
console.log(resultsTable(measured));
console.log(goals(merge(previous.results, measured)).join('\n'));
log(`wrote docs/benchmarks.md`);

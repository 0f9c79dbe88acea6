/**
 * Does the site scale to thousands of policies? `npm run bench:scale -- [options]`
 *
 *   --sizes 5,50,500,2000   library sizes to build (default 5,50,500,2000)
 *   --seed 1                seed of the synthetic policies (scripts/lib/synthetic.ts)
 *   --query cookies         the word of the first-search measurement
 *   --runs 5                cold first searches per size (the median is reported)
 *   --timeout-min 45        a build that runs longer is stopped and reported as such
 *   --quiet-wait 120        before each build and each search, wait up to this many seconds
 *                           for the 1-minute load average to drop below 1 (other work on the
 *                           machine skews the timings; the load seen is recorded either way)
 *   --keep-real             keep the five real policies beside the synthetic ones
 *   --profile-pagefind      after each build, time the parts of the Pagefind step on their own
 *                           (re-reading the library, adding records, writing files)
 *   --keep                  keep the temporary copies (their paths are printed)
 *   --resume FILE           reuse the results of sizes already in FILE (a results JSON
 *                           this script wrote) and measure only the others
 *   --out docs/benchmarks.md
 *   --search-only DIR       measure only the first search of a site already built in DIR
 *                           (e.g. a copy kept with --keep) and print the result as JSON
 *
 * For each size N the project is copied to a temporary directory (mkdtemp; the
 * copy leaves out node_modules, dist, .astro and .git, and links node_modules
 * entry by entry so the build's caches land in the copy, not in the real
 * tree), the real policies are removed (or kept with --keep-real) and N
 * synthetic policies with their sources are written. Then:
 *
 * - The production build runs in a child process, `astro build` through
 *   Astro's programmatic build() with one extra integration that only takes
 *   time stamps. It wraps the `astro:build:done` hook of the project's
 *   Pagefind integration, so the Pagefind time is exactly that hook's run
 *   and the Astro time is the rest of the build. Nothing in the build is
 *   changed: the same config, the same integrations in the same order.
 * - Peak memory is the largest sum of the resident memory of every process in
 *   the build's tree (Node and the Pagefind binary it spawns), sampled from
 *   /proc every 200 ms; GNU time's maximum RSS of the largest single process is
 *   recorded beside it when /usr/bin/time is installed.
 * - The built site is served by scripts/lib/static-server.ts on 127.0.0.1 and
 *   /search/?q=<word> is opened in headless Chromium with a cold cache: the
 *   time is from navigation start to the moment the status line reports the
 *   matching clauses (results rendered); the bytes are every response received
 *   up to then (Resource Timing transfer sizes: headers and bodies, as served,
 *   uncompressed), with what they would be gzip-compressed beside them.
 *
 * The script writes docs/benchmarks.md (keeping any text between the
 * `<!-- notes:start -->` and `<!-- notes:end -->` markers) and prints the
 * table. Every loop is bounded, and the script ends by itself.
 */
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem, release } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const SCRIPT = fileURLToPath(import.meta.url);
const PROJECT = resolve(dirname(SCRIPT), '..');

// ============================================================================
// Child mode: one production build, timed from the inside of the process.
// ============================================================================

if (process.argv[2] === '--child-build') {
  const root = process.argv[3]!;
  const marksFile = process.argv[4]!;
  const marks: Record<string, number> = {};
  const save = () => writeFileSync(marksFile, JSON.stringify({ marks, maxRssKb: process.resourceUsage().maxRSS }, null, 1));
  const mark = (name: string) => {
    marks[name] = performance.now();
    save();
  };
  mark('start');
  const { build } = await import('astro');
  mark('astroImported');
  const timing = {
    name: 'bench:timing',
    hooks: {
      'astro:config:done': ({ config }: { config: { integrations: { name: string; hooks: Record<string, unknown> }[] } }) => {
        mark('configDone');
        const pagefind = config.integrations.find((i) => i.name === 'policy-library:pagefind');
        const hook = pagefind?.hooks['astro:build:done'] as ((...args: unknown[]) => Promise<void>) | undefined;
        if (!pagefind || !hook) throw new Error('bench: the Pagefind integration (policy-library:pagefind) was not found');
        pagefind.hooks['astro:build:done'] = async (...args: unknown[]) => {
          mark('pagefindStart');
          try {
            await hook(...args);
          } finally {
            mark('pagefindEnd');
          }
        };
      },
      'astro:build:start': () => mark('buildStart'),
      'astro:build:generated': () => mark('generated'),
      'astro:build:done': () => mark('done'),
    },
  };
  await build({ root, integrations: [timing] } as Parameters<typeof build>[0]);
  mark('end');
  // For the profile: how long the Pagefind hook's first step, re-reading the whole library
  // (parse and fidelity check of every policy), takes on its own.
  try {
    const { loadLibrary } = (await import(pathToFileURL(join(root, 'src/lib/policy/library-fs.ts')).href)) as { loadLibrary: (o: { root: string }) => unknown[] };
    const t = performance.now();
    loadLibrary({ root });
    marks['loadLibraryMs'] = performance.now() - t;
  } catch {
    /* the profile is optional */
  }
  const { getHeapStatistics } = await import('node:v8');
  marks['heapLimitMb'] = getHeapStatistics().heap_size_limit / 1024 ** 2;
  mark('extraEnd');
  process.exit(0);
}

// ============================================================================
// Child mode: the Pagefind step taken apart (--profile-pagefind), on a built copy.
// The integration's own index plan and writer (src/integrations/pagefind.ts), with a clock on each part.
// (Measures what Pagefind's service costs; not the hook itself, which the build times.)
// ============================================================================

if (process.argv[2] === '--child-pagefind-profile') {
  const root = process.argv[3]!;
  const outFile = process.argv[4]!;
  const from = (path: string) => import(pathToFileURL(join(root, path)).href);
  const { loadLibrary } = (await from('src/lib/policy/library-fs.ts')) as { loadLibrary: (o: { root: string }) => { policy: unknown }[] };
  type Planned = { name: string; items: readonly unknown[]; forceLanguage?: string };
  const { planIndexes, writeIndex } = (await from('src/integrations/pagefind.ts')) as {
    planIndexes: (p: unknown[]) => Planned[];
    writeIndex: (items: readonly unknown[], out: string, forceLanguage: string | undefined, progress: { added(n: number): void }) => Promise<number>;
  };
  const pagefind = await import('pagefind');
  const out: Record<string, unknown> = {};
  let t = performance.now();
  const policies = loadLibrary({ root });
  out['loadLibraryMs'] = performance.now() - t;
  const indexes: { language: string; records: number; addMs: number; addMsPer10k: number[]; writeMs: number }[] = [];
  const outDir = join(root, '.bench-pagefind-profile');
  try {
    // The integration's own plan and writer, with a clock on each batch added.
    for (const planned of planIndexes(policies)) {
      const per10k: number[] = [];
      t = performance.now();
      let last = t;
      let addedAt = t;
      await writeIndex(planned.items, join(outDir, planned.name), planned.forceLanguage, {
        added(n) {
          addedAt = performance.now();
          if (n % 10_000 === 0) {
            per10k.push(addedAt - last);
            last = addedAt;
          }
        },
      });
      const end = performance.now();
      indexes.push({ language: planned.name, records: planned.items.length, addMs: addedAt - t, addMsPer10k: per10k, writeMs: end - addedAt });
    }
  } finally {
    await pagefind.close();
    rmSync(outDir, { recursive: true, force: true });
  }
  out['indexes'] = indexes;
  writeFileSync(outFile, JSON.stringify(out, null, 1));
  process.exit(0);
}

// ============================================================================
// Parent mode.
// ============================================================================

const { writeSyntheticLibrary } = await import('./lib/synthetic.ts');

interface Args {
  sizes: number[];
  seed: number;
  query: string;
  runs: number;
  timeoutMin: number;
  quietWait: number;
  keepReal: boolean;
  profilePagefind: boolean;
  keep: boolean;
  resume: string | null;
  out: string;
  searchOnly: string | null;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { sizes: [5, 50, 500, 2000], seed: 1, query: 'cookies', runs: 5, timeoutMin: 45, quietWait: 120, keepReal: false, profilePagefind: false, keep: false, resume: null, out: 'docs/benchmarks.md', searchOnly: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--sizes') args.sizes = value().split(',').map((s) => Number.parseInt(s.trim(), 10));
    else if (a === '--seed') args.seed = Number(value());
    else if (a === '--query') args.query = value();
    else if (a === '--runs') args.runs = Math.max(1, Math.min(20, Number(value())));
    else if (a === '--timeout-min') args.timeoutMin = Number(value());
    else if (a === '--quiet-wait') args.quietWait = Math.max(0, Math.min(3600, Number(value())));
    else if (a === '--keep-real') args.keepReal = true;
    else if (a === '--profile-pagefind') args.profilePagefind = true;
    else if (a === '--keep') args.keep = true;
    else if (a === '--resume') args.resume = value();
    else if (a === '--out') args.out = value();
    else if (a === '--search-only') args.searchOnly = value();
    else throw new Error(`unknown option ${a}; see the comment at the top of scripts/bench-scale.ts`);
  }
  if (args.sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 100_000)) throw new Error('--sizes must be whole numbers from 1 to 100000');
  args.sizes = [...new Set(args.sizes)].sort((a, b) => a - b);
  return args;
}

// --- The temporary copy ------------------------------------------------------

const { snapshotProject: copyProject, linkModules: linkProjectModules } = await import('./lib/project-copy.ts');
const snapshotProject = (into: string) => copyProject(PROJECT, into);
const linkModules = (root: string) => linkProjectModules(PROJECT, root);

// --- Measuring a process tree ------------------------------------------------

const PAGE = 4096;

function treeRss(rootPid: number): number {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(name), ppid);
    } catch {
      /* gone */
    }
  }
  const inTree = (pid: number) => {
    for (let p = pid, hops = 0; p > 1 && hops < 64; p = parents.get(p) ?? 0, hops++) if (p === rootPid) return true;
    return false;
  };
  let total = 0;
  for (const pid of parents.keys()) {
    if (!inTree(pid)) continue;
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
    } catch {
      /* gone */
    }
  }
  return total;
}

interface BuildResult {
  ok: boolean;
  timedOut: boolean;
  exitCode: number | null;
  wallMs: number;
  marks: Record<string, number>;
  astroTimer: Record<string, unknown> | null;
  peakTreeRssBytes: number;
  gnuTimeMaxRssKb: number | null;
  nodeMaxRssKb: number | null;
  logTail: string;
  slowestRoutes: { route: string; ms: number }[];
  routeMsByKind: Record<string, { pages: number; totalMs: number; maxMs: number }>;
}

const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** What to undo if the script is interrupted: temporary directories, and the running build's process group. */
const cleanup = { dirs: new Set<string>(), buildGroup: null as number | null };
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    if (cleanup.buildGroup) {
      try {
        process.kill(-cleanup.buildGroup, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
    for (const dir of cleanup.dirs) rmSync(dir, { recursive: true, force: true });
    console.error(`[bench] interrupted (${signal}); temporary directories removed`);
    process.exit(130);
  });

async function runBuild(root: string, timeoutMs: number): Promise<BuildResult> {
  const marksFile = join(root, '.bench-marks.json');
  const timerFile = join(root, '.bench-astro-timer.json');
  const timeFile = join(root, '.bench-gnu-time.txt');
  const logFile = join(root, '.bench-build.log');
  const node = process.execPath;
  const command = GNU_TIME ? GNU_TIME : node;
  const args = GNU_TIME ? ['-v', '-o', timeFile, node, SCRIPT, '--child-build', root, marksFile] : [SCRIPT, '--child-build', root, marksFile];
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: root,
    detached: true, // its own process group, so a timeout can stop the whole tree
    env: { ...process.env, ASTRO_TIMER_PATH: timerFile, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  cleanup.buildGroup = child.pid ?? null;
  let log = '';
  child.stdout.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr.on('data', (d: Buffer) => (log += d.toString()));
  let peak = 0;
  const sampler = setInterval(() => {
    if (child.pid) peak = Math.max(peak, treeRss(child.pid));
  }, 200);
  let timedOut = false;
  const killer = setTimeout(() => {
    timedOut = true;
    if (child.pid) process.kill(-child.pid, 'SIGKILL');
  }, timeoutMs);
  const exitCode = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  clearInterval(sampler);
  clearTimeout(killer);
  cleanup.buildGroup = null;
  const wallMs = performance.now() - started;
  writeFileSync(logFile, log);

  const readJson = (f: string) => {
    try {
      return JSON.parse(readFileSync(f, 'utf8'));
    } catch {
      return null;
    }
  };
  const m = readJson(marksFile);
  let gnuTimeMaxRssKb: number | null = null;
  if (GNU_TIME && existsSync(timeFile)) {
    const found = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8'));
    if (found) gnuTimeMaxRssKb = Number(found[1]);
  }
  const { slowest, byKind } = routeTimes(log);
  return {
    ok: exitCode === 0 && !timedOut,
    timedOut,
    exitCode,
    wallMs,
    marks: m?.marks ?? {},
    astroTimer: readJson(timerFile),
    peakTreeRssBytes: peak,
    gnuTimeMaxRssKb,
    nodeMaxRssKb: m?.maxRssKb ?? null,
    logTail: log.split('\n').slice(-40).join('\n'),
    slowestRoutes: slowest,
    routeMsByKind: byKind,
  };
}

/** Astro logs each page it writes ("├─ /path/index.html (+12ms)"); collect the render times. */
function routeTimes(log: string) {
  const times: { route: string; ms: number }[] = [];
  const seen = new Map<string, number>();
  // Astro sometimes logs a page twice; count each page once.
  for (const m of log.matchAll(/[├└]─ (\S+)[^\n]*?\(\+(\d+(?:\.\d+)?)(ms|s)\)/g)) seen.set(m[1]!, Math.max(seen.get(m[1]!) ?? 0, Number(m[2]) * (m[3] === 's' ? 1000 : 1)));
  for (const [route, ms] of seen) times.push({ route, ms });
  const byKind: Record<string, { pages: number; totalMs: number; maxMs: number }> = {};
  for (const t of times) {
    const kind = pageKind(t.route);
    const k = (byKind[kind] ??= { pages: 0, totalMs: 0, maxMs: 0 });
    k.pages += 1;
    k.totalMs += t.ms;
    k.maxMs = Math.max(k.maxMs, t.ms);
  }
  return { slowest: [...times].sort((a, b) => b.ms - a.ms).slice(0, 8), byKind };
}

function pageKind(route: string): string {
  const r = route.replace(/^\//, '');
  if (r.startsWith('policies/page/')) return 'policy list, pages 2 on';
  if (/^compare\/\d+\//.test(r)) return 'compare/, pages 2 on';
  if (r.startsWith('policies/')) return 'policy pages';
  if (r.startsWith('topics/') && r !== 'topics/index.html' && r !== 'topics/') return 'topic pages';
  return r.replace(/index\.html$/, '') || '/';
}

// --- Sizes of what was built ---------------------------------------------------

interface DistStats {
  bytes: number;
  files: number;
  indexBytes: number;
  indexFiles: number;
  pages: Record<string, number>;
  policyPages: { count: number; meanBytes: number; maxBytes: number };
  topicPages: { count: number; maxBytes: number; maxTopic: string; totalBytes: number };
  dataStoreBytes: number | null;
}

function walk(dir: string, visit: (path: string, size: number) => void, depth = 0): void {
  if (depth > 32) return;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, visit, depth + 1);
    else if (e.isFile()) visit(p, statSync(p).size);
  }
}

const size = (p: string) => (existsSync(p) ? statSync(p).size : 0);

function distStats(root: string): DistStats {
  const dist = join(root, 'dist');
  let bytes = 0;
  let files = 0;
  walk(dist, (_p, s) => {
    bytes += s;
    files += 1;
  });
  let indexBytes = 0;
  let indexFiles = 0;
  for (const d of readdirSync(dist)) {
    if (d !== 'pagefind' && !d.startsWith('pagefind-')) continue;
    walk(join(dist, d), (_p, s) => {
      indexBytes += s;
      indexFiles += 1;
    });
  }
  const pages: Record<string, number> = {};
  for (const [name, path] of [
    ['/ (home)', 'index.html'],
    ['/compare/', 'compare/index.html'],
    ['/search/', 'search/index.html'],
    ['/topics/', 'topics/index.html'],
    ['/data/', 'data/index.html'],
    ['/data/policies.json', 'data/policies.json'],
    ['/data/comparison.csv', 'data/comparison.csv'],
    ['/about/', 'about/index.html'],
  ] as const)
    pages[name] = size(join(dist, path));
  const policySizes: number[] = [];
  const policiesDir = join(dist, 'policies');
  if (existsSync(policiesDir)) for (const slug of readdirSync(policiesDir)) if (slug !== 'page') policySizes.push(size(join(policiesDir, slug, 'index.html')));
  let topicMax = 0;
  let topicMaxName = '';
  let topicTotal = 0;
  let topicCount = 0;
  const topicsDir = join(dist, 'topics');
  if (existsSync(topicsDir))
    for (const t of readdirSync(topicsDir, { withFileTypes: true })) {
      if (!t.isDirectory()) continue;
      const s = size(join(topicsDir, t.name, 'index.html'));
      topicCount += 1;
      topicTotal += s;
      if (s > topicMax) [topicMax, topicMaxName] = [s, t.name];
    }
  const store = join(root, 'node_modules', '.astro', 'data-store.json');
  return {
    bytes,
    files,
    indexBytes,
    indexFiles,
    pages,
    policyPages: {
      count: policySizes.length,
      meanBytes: policySizes.length ? policySizes.reduce((a, b) => a + b, 0) / policySizes.length : 0,
      maxBytes: Math.max(0, ...policySizes),
    },
    topicPages: { count: topicCount, maxBytes: topicMax, maxTopic: topicMaxName, totalBytes: topicTotal },
    dataStoreBytes: existsSync(store) ? statSync(store).size : null,
  };
}

// --- The first search, in Chromium ---------------------------------------------

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

interface SearchRun {
  ms: number;
  status: string;
  results: number;
  requests: number;
  transferBytes: number;
  gzipBytes: number;
  byGroup: Record<string, { requests: number; bytes: number }>;
  /** Milliseconds from navigation start. */
  phases: { domContentLoaded: number; pagefindRequested: number | null; indexLoaded: number | null; fragments: number };
  /**
   * Queries typed into the box of /search/ (opened without a query), from the
   * box's input event to the first frame showing the results: `coldMs` typed the moment the page has
   * loaded, so the engine and index load meanwhile; `settledMs` typed once the
   * page is idle (the page loads the engine then, as a reader takes that long
   * to start typing); `warmMs` a second query after that.
   */
  typed: { coldMs: number; settledMs: number; warmMs: number } | null;
}

interface SearchResult {
  ok: boolean;
  error: string | null;
  query: string;
  runs: SearchRun[];
  medianMs: number | null;
  transferBytes: number | null;
  gzipBytes: number | null;
  byGroup: Record<string, { requests: number; bytes: number }>;
  phases: SearchRun['phases'] | null;
  status: string;
  /** Medians of the runs' typed queries (see SearchRun.typed). */
  typedColdMs: number | null;
  typedSettledMs: number | null;
  typedWarmMs: number | null;
}

function requestGroup(path: string): string {
  if (/^\/pagefind[^/]*\/fragment\//.test(path)) return 'pagefind fragments (one per result shown)';
  if (/^\/pagefind[^/]*\/index\//.test(path)) return 'pagefind index chunks';
  if (/^\/pagefind[^/]*\/filter\//.test(path)) return 'pagefind filter chunks';
  if (/^\/pagefind[^/]*\/.*(pf_meta|entry\.json)$/.test(path)) return 'pagefind metadata';
  if (/^\/pagefind[^/]*\//.test(path)) return 'pagefind code (JS, worker, WebAssembly)';
  if (path.startsWith('/search/')) return 'the /search/ page (HTML)';
  return 'site CSS, JS and other';
}

interface Fetched {
  path: string;
  /** Wall-clock milliseconds (epoch), comparable with the page's performance.timeOrigin. */
  start: number;
  end: number;
  bytes: number;
  gzipBytes: number;
}

async function measureSearch(dist: string, query: string, runs: number): Promise<SearchResult> {
  const empty = (error: string): SearchResult => ({ ok: false, error, query, runs: [], medianMs: null, transferBytes: null, gzipBytes: null, byGroup: {}, phases: null, status: '', typedColdMs: null, typedSettledMs: null, typedWarmMs: null });
  if (!existsSync(CHROMIUM)) return empty(`no Chromium at ${CHROMIUM}; set CHROMIUM_PATH or run npm run test:setup`);
  const { serveStatic } = await import('./lib/static-server.ts');
  const { chromium } = await import('playwright-core');
  const server = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, timeout: 60_000 });
  const out: SearchRun[] = [];
  let error: string | null = null;
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      try {
        // Pagefind fetches its index from a Web Worker, which the page's Resource Timing does not
        // see; the browser context sees every request, the worker's included.
        const pending: Promise<Fetched | null>[] = [];
        context.on('requestfinished', (request) => {
          const seenAt = Date.now();
          pending.push(
            (async () => {
              const sizes = await request.sizes().catch(() => null);
              const timing = request.timing();
              const path = new URL(request.url()).pathname;
              const onDisk = fileFor(dist, path);
              const body = onDisk ? statSync(onDisk).size : (sizes?.responseBodySize ?? 0);
              const start = timing.startTime > 0 ? timing.startTime : seenAt;
              const end = timing.startTime > 0 && timing.responseEnd >= 0 ? timing.startTime + timing.responseEnd : seenAt;
              return { path, start, end, bytes: body + (sizes?.responseHeadersSize ?? 0), gzipBytes: onDisk ? gzippedSize(onDisk) : body };
            })().catch(() => null),
          );
        });
        const page = await context.newPage();
        await page.addInitScript(() => {
          const w = window as unknown as Record<string, unknown>;
          const check = () => {
            if (w['__benchAt'] !== undefined) return;
            const status = document.querySelector('search-page [role="status"]');
            const text = status?.textContent ?? '';
            if (/matching clause|No clause matches/i.test(text)) {
              w['__benchAt'] = performance.now();
              w['__benchStatus'] = text;
              w['__benchResults'] = document.querySelectorAll('search-page .search-results li').length;
            }
          };
          new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
        });
        await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit', timeout: 60_000 });
        await page.waitForFunction(() => (window as unknown as Record<string, unknown>)['__benchAt'] !== undefined, null, { timeout: 60_000, polling: 50 });
        const seen = (await page.evaluate(() => {
          const w = window as unknown as Record<string, unknown>;
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
          return { at: w['__benchAt'], origin: performance.timeOrigin, status: w['__benchStatus'], results: w['__benchResults'], dcl: nav?.domContentLoadedEventEnd ?? 0 };
        })) as { at: number; origin: number; status: string; results: number; dcl: number };
        await page.waitForTimeout(500); // let the last finished-request events arrive
        const doneAt = seen.origin + seen.at;
        const fetched = (await Promise.all(pending)).filter((f): f is Fetched => f !== null && f.end <= doneAt + 2);
        const byGroup: Record<string, { requests: number; bytes: number }> = {};
        for (const f of fetched) {
          const g = (byGroup[requestGroup(f.path)] ??= { requests: 0, bytes: 0 });
          g.requests += 1;
          g.bytes += f.bytes;
        }
        const rel = (x: number) => Math.round(x - seen.origin);
        const pf = fetched.filter((f) => f.path.startsWith('/pagefind'));
        const idx = fetched.filter((f) => /\/index\//.test(f.path));
        out.push({
          ms: seen.at,
          status: seen.status.trim(),
          results: seen.results,
          requests: fetched.length,
          transferBytes: fetched.reduce((n, f) => n + f.bytes, 0),
          gzipBytes: fetched.reduce((n, f) => n + f.gzipBytes, 0),
          byGroup,
          phases: {
            domContentLoaded: Math.round(seen.dcl),
            pagefindRequested: pf.length ? rel(Math.min(...pf.map((f) => f.start))) : null,
            indexLoaded: idx.length ? rel(Math.max(...idx.map((f) => f.end))) : null,
            fragments: fetched.filter((f) => /\/fragment\//.test(f.path)).length,
          },
          typed: await measureTyped(browser, server.url, query),
        });
      } finally {
        await context.close();
      }
    }
  } catch (e) {
    error = e instanceof Error ? e.message.split('\n')[0]! : String(e);
  } finally {
    await browser.close();
    await server.close();
  }
  if (out.length === 0) return empty(error ?? 'no run finished');
  const sorted = [...out].sort((a, b) => a.ms - b.ms);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return {
    ok: error === null && !/No clause matches/.test(median.status),
    error,
    query,
    runs: out,
    medianMs: median.ms,
    transferBytes: median.transferBytes,
    gzipBytes: median.gzipBytes,
    byGroup: median.byGroup,
    phases: median.phases,
    status: median.status,
    typedColdMs: medianOf(out.flatMap((r) => (r.typed ? [r.typed.coldMs] : []))),
    typedSettledMs: medianOf(out.flatMap((r) => (r.typed ? [r.typed.settledMs] : []))),
    typedWarmMs: medianOf(out.flatMap((r) => (r.typed ? [r.typed.warmMs] : []))),
  };
}

function medianOf(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** A second word for the warm query: another term every synthetic and real policy uses. */
const WARM_QUERY = 'retention';

/**
 * Types the query into the box of an already loaded /search/ page (a fresh
 * context, so nothing is cached) and times it to the results, then a second query.
 */
async function measureTyped(browser: import('playwright-core').Browser, base: string, query: string): Promise<SearchRun['typed']> {
  const timeQuery = async (page: import('playwright-core').Page, q: string) => {
    // The clock starts at the box's input event (so the harness's own round trips are not counted) and
    // stops at the first frame whose status names the results.
    const before = (await page.locator('search-page [role="status"]').textContent()) ?? '';
    await page.evaluate(() => {
      const w = window as unknown as Record<string, number | undefined>;
      w['__typedAt'] = undefined;
      document.querySelector('#search-page-input')!.addEventListener('input', () => (w['__typedAt'] ??= performance.now()), { once: true, capture: true });
    });
    await page.locator('#search-page-input').fill(q);
    await page.waitForFunction(
      (prev) => {
        const text = document.querySelector('search-page [role="status"]')?.textContent ?? '';
        if (text === prev || !/matching clause|No clause matches/i.test(text)) return false;
        const w = window as unknown as Record<string, number>;
        w['__typedDone'] ??= performance.now();
        return true;
      },
      before,
      { timeout: 60_000, polling: 'raf' },
    );
    return page.evaluate(() => {
      const w = window as unknown as Record<string, number | undefined>;
      const out = w['__typedDone']! - w['__typedAt']!;
      w['__typedDone'] = undefined;
      return out;
    });
  };
  // A fresh context for each, so nothing is cached.
  const fresh = async <T>(f: (page: import('playwright-core').Page) => Promise<T>): Promise<T> => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    try {
      return await f(await context.newPage());
    } finally {
      await context.close();
    }
  };
  try {
    const coldMs = await fresh(async (page) => {
      await page.goto(`${base}/search/`, { waitUntil: 'load', timeout: 60_000 });
      return timeQuery(page, query);
    });
    const [settledMs, warmMs] = await fresh(async (page) => {
      await page.goto(`${base}/search/`, { waitUntil: 'networkidle', timeout: 60_000 });
      return [await timeQuery(page, query), await timeQuery(page, WARM_QUERY)] as const;
    });
    return { coldMs, settledMs, warmMs };
  } catch {
    return null;
  }
}

/** The file in dist/ that a request path is served from, if any. */
function fileFor(dist: string, path: string): string | null {
  let file: string;
  try {
    file = join(dist, decodeURIComponent(path));
  } catch {
    return null;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** What a file would weigh gzip-compressed (Pagefind's own files already are). */
function gzippedSize(file: string): number {
  const raw = readFileSync(file);
  return Math.min(raw.length, gzipSync(raw).length);
}

// --- One size ------------------------------------------------------------------

interface SizeResult {
  n: number;
  policies: number;
  clauses: number;
  mdxBytes: number;
  keptReal: boolean;
  build: BuildResult;
  times: { totalMs: number; astroMs: number | null; pagefindMs: number | null; setupMs: number | null; bundleAndRenderMs: number | null; processMs: number };
  dist: DistStats | null;
  search: SearchResult | null;
  pagefindProfile: PagefindProfile | null;
  /** 1-minute load average before the build, after it, and before the search. */
  load: { build: number; afterBuild: number; search: number | null };
  tempDir: string | null;
}

interface PagefindProfile {
  loadLibraryMs: number;
  indexes: { language: string; records: number; addMs: number; addMsPer10k: number[]; writeMs: number }[];
}

async function profilePagefind(root: string, timeoutMs: number): Promise<PagefindProfile | null> {
  const outFile = join(root, '.bench-pagefind-profile.json');
  const child = spawn(process.execPath, [SCRIPT, '--child-pagefind-profile', root, outFile], { cwd: root, detached: true, stdio: ['ignore', 'ignore', 'inherit'] });
  cleanup.buildGroup = child.pid ?? null;
  const killer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), timeoutMs);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearTimeout(killer);
  cleanup.buildGroup = null;
  if (code !== 0 || !existsSync(outFile)) return null;
  return JSON.parse(readFileSync(outFile, 'utf8')) as PagefindProfile;
}

/** Waits (at most `seconds`) for the machine to be quiet; returns the 1-minute load average then. */
async function quiet(seconds: number): Promise<number> {
  const until = Date.now() + seconds * 1000;
  for (let i = 0; i < 400 && loadavg()[0]! >= 1 && Date.now() < until; i++) await new Promise((r) => setTimeout(r, 5000));
  return Math.round(loadavg()[0]! * 100) / 100;
}

async function measureSize(n: number, snapshot: string, args: Args): Promise<SizeResult> {
  const root = mkdtempSync(join(tmpdir(), `bench-scale-${n}-`));
  cleanup.dirs.add(root);
  let kept = false;
  try {
    cpSync(snapshot, root, { recursive: true });
    linkModules(root);
    const realClauses = args.keepReal ? countRealClauses(root) : { policies: 0, clauses: 0 };
    const written = writeSyntheticLibrary(root, n, { seed: args.seed, removeExisting: !args.keepReal });
    log(`N=${n}: ${written.policies} synthetic policies (${written.clauses} clauses, ${mb(written.mdxBytes)} of .mdx)${args.keepReal ? ' + the five real ones' : ''} in ${root}; building…`);
    const loadBuild = await quiet(args.quietWait);
    const build = await runBuild(root, args.timeoutMin * 60_000);
    const loadAfterBuild = Math.round(loadavg()[0]! * 100) / 100;
    let loadSearch: number | null = null;
    const k = build.marks;
    // The whole child process, as `npm run build` would take it (Node's start-up included),
    // less the profiling step the child runs after the build.
    const extra = k['extraEnd'] !== undefined && k['end'] !== undefined ? k['extraEnd'] - k['end'] : 0;
    const totalMs = build.wallMs - extra;
    const pagefindMs = k['pagefindStart'] !== undefined && k['pagefindEnd'] !== undefined ? k['pagefindEnd'] - k['pagefindStart'] : null;
    const times = {
      totalMs,
      pagefindMs,
      astroMs: pagefindMs !== null ? totalMs - pagefindMs : null,
      setupMs: k['buildStart'] !== undefined && k['start'] !== undefined ? k['buildStart'] - k['start'] : null,
      bundleAndRenderMs: k['generated'] !== undefined && k['buildStart'] !== undefined ? k['generated'] - k['buildStart'] : null,
      processMs: build.wallMs,
    };
    log(
      build.ok
        ? `N=${n}: built in ${sec(totalMs)} (Astro ${sec(times.astroMs)}, Pagefind ${sec(pagefindMs)}), peak memory ${mb(build.peakTreeRssBytes)}`
        : `N=${n}: build ${build.timedOut ? `stopped after ${sec(build.wallMs)} (timeout)` : `failed (exit ${build.exitCode})`}; last lines:\n${build.logTail}`,
    );
    const dist = existsSync(join(root, 'dist', 'index.html')) ? distStats(root) : null;
    let search: SearchResult | null = null;
    let pagefindProfile: PagefindProfile | null = null;
    if (build.ok && args.profilePagefind) {
      log(`N=${n}: profiling the Pagefind step…`);
      pagefindProfile = await profilePagefind(root, args.timeoutMin * 60_000);
    }
    if (build.ok && dist) {
      log(`N=${n}: dist ${mb(dist.bytes)} in ${dist.files} files, index ${mb(dist.indexBytes)}; first search for "${args.query}" ×${args.runs}…`);
      loadSearch = await quiet(args.quietWait);
      search = await measureSearch(join(root, 'dist'), args.query, args.runs);
      log(search.ok ? `N=${n}: first search ${ms(search.medianMs)}, ${kb(search.transferBytes)} (${search.status})` : `N=${n}: search measurement failed: ${search.error ?? search.status}`);
    }
    kept = args.keep;
    return {
      n,
      policies: written.policies + realClauses.policies,
      clauses: written.clauses + realClauses.clauses,
      mdxBytes: written.mdxBytes,
      keptReal: args.keepReal,
      build,
      times,
      dist,
      search,
      pagefindProfile,
      load: { build: loadBuild, afterBuild: loadAfterBuild, search: loadSearch },
      tempDir: kept ? root : null,
    };
  } finally {
    cleanup.dirs.delete(root);
    if (!kept) rmSync(root, { recursive: true, force: true });
  }
}

function countRealClauses(root: string): { policies: number; clauses: number } {
  const dir = join(root, 'src/content/policies');
  let policies = 0;
  let clauses = 0;
  for (const f of readdirSync(dir)) {
    if (!f.endsWith('.mdx')) continue;
    policies += 1;
    clauses += (readFileSync(join(dir, f), 'utf8').match(/<Clause\s/g) ?? []).length;
  }
  return { policies, clauses };
}

// --- Formatting ----------------------------------------------------------------

const log = (s: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${s}`);
const sec = (x: number | null | undefined) => (x === null || x === undefined ? '—' : x >= 60_000 ? `${Math.floor(x / 60_000)} min ${((x % 60_000) / 1000).toFixed(0)} s` : `${(x / 1000).toFixed(1)} s`);
const ms = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${Math.round(x)} ms`);
const kb = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${(x / 1024).toFixed(0)} KB`);
const mb = (x: number | null | undefined) => (x === null || x === undefined ? '—' : x >= 1024 ** 3 ? `${(x / 1024 ** 3).toFixed(2)} GB` : `${(x / 1024 ** 2).toFixed(1)} MB`);
const size2 = (x: number | null | undefined) => (x === null || x === undefined ? '—' : x >= 1024 ** 2 ? mb(x) : kb(x));

function machine() {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    /* not Linux */
  }
  const git = (...a: string[]) => {
    try {
      return execFileSync('git', a, { cwd: PROJECT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return null;
    }
  };
  const version = (pkg: string) => {
    try {
      return JSON.parse(readFileSync(join(PROJECT, 'node_modules', pkg, 'package.json'), 'utf8')).version as string;
    } catch {
      return '?';
    }
  };
  const dirty = git('status', '--porcelain');
  return {
    nproc: availableParallelism(),
    cpu,
    memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    node: process.version,
    kernel: release(),
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    astro: version('astro'),
    pagefind: version('pagefind'),
    commit: git('rev-parse', '--short', 'HEAD'),
    dirtyFiles: dirty === null ? null : dirty.split('\n').filter(Boolean).length,
    gnuTime: GNU_TIME !== null,
  };
}

function table(results: SizeResult[]): string {
  const rows = [
    '| policies (clauses) | build: Astro | Pagefind | total | peak memory | dist size (files) | index size (files) | first search: bytes (gzip) | first search: time |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of results) {
    const b = r.build;
    const total = b.ok ? sec(r.times.totalMs) : b.timedOut ? `stopped at ${sec(b.wallMs)}` : `failed after ${sec(b.wallMs)}`;
    rows.push(
      `| ${r.policies.toLocaleString('en')} (${r.clauses.toLocaleString('en')}) | ${sec(r.times.astroMs)} | ${sec(r.times.pagefindMs)} | ${total} | ${mb(b.peakTreeRssBytes)} | ${r.dist ? `${mb(r.dist.bytes)} (${r.dist.files.toLocaleString('en')})` : '—'} | ${r.dist ? `${mb(r.dist.indexBytes)} (${r.dist.indexFiles.toLocaleString('en')})` : '—'} | ${r.search?.transferBytes != null ? `${kb(r.search.transferBytes)} (${kb(r.search.gzipBytes)})` : '—'} | ${r.search?.medianMs != null ? ms(r.search.medianMs) : r.search?.error ? 'failed' : '—'} |`,
    );
  }
  return rows.join('\n');
}

interface Metric {
  name: string;
  unit: 'ms' | 'bytes';
  get: (r: SizeResult) => number | null | undefined;
}

const METRICS: Metric[] = [
  { name: 'Build, total', unit: 'ms', get: (r) => (r.build.ok ? r.times.totalMs : null) },
  { name: 'Build, Astro', unit: 'ms', get: (r) => (r.build.ok ? r.times.astroMs : null) },
  { name: 'Build, Pagefind', unit: 'ms', get: (r) => (r.build.ok ? r.times.pagefindMs : null) },
  { name: 'Peak memory', unit: 'bytes', get: (r) => (r.build.ok ? r.build.peakTreeRssBytes : null) },
  { name: 'Dist size', unit: 'bytes', get: (r) => r.dist?.bytes },
  { name: 'Index size', unit: 'bytes', get: (r) => r.dist?.indexBytes },
  { name: 'First search, bytes', unit: 'bytes', get: (r) => r.search?.transferBytes },
  { name: 'First search, time', unit: 'ms', get: (r) => r.search?.medianMs },
  { name: 'Home page', unit: 'bytes', get: (r) => r.dist?.pages['/ (home)'] },
  { name: '/compare/ page', unit: 'bytes', get: (r) => r.dist?.pages['/compare/'] },
  { name: '/search/ page', unit: 'bytes', get: (r) => r.dist?.pages['/search/'] },
  { name: 'Largest topic page', unit: 'bytes', get: (r) => r.dist?.topicPages.maxBytes },
  { name: '/data/policies.json', unit: 'bytes', get: (r) => r.dist?.pages['/data/policies.json'] },
];

const fmt = (unit: 'ms' | 'bytes', x: number) => (unit === 'ms' ? (Math.abs(x) >= 10_000 ? sec(x) : ms(x)) : size2(x));

function growth(results: SizeResult[]): { text: string; superlinear: string[] } {
  const lines = ['| measure | ' + results.map((r) => `${r.policies}`).join(' | ') + ' | per added policy (two largest) |', '| --- |' + results.map(() => ' ---: |').join('') + ' ---: |'];
  const superlinear: string[] = [];
  for (const m of METRICS) {
    const vals = results.map((r) => m.get(r) ?? null);
    const points = results.map((r, i) => ({ n: r.policies, v: vals[i] })).filter((p): p is { n: number; v: number } => p.v !== null);
    let slope = '—';
    if (points.length >= 2) {
      const [a, b] = points.slice(-2) as [{ n: number; v: number }, { n: number; v: number }];
      const s = (b.v - a.v) / (b.n - a.n);
      slope = m.unit === 'ms' ? `${s >= 1000 ? `${(s / 1000).toFixed(2)} s` : `${s.toFixed(1)} ms`}` : s >= 1024 ** 2 ? `${(s / 1024 ** 2).toFixed(2)} MB` : `${(s / 1024).toFixed(1)} KB`;
    }
    lines.push(`| ${m.name} | ${vals.map((v) => (v === null ? '—' : fmt(m.unit, v))).join(' | ')} | ${slope} |`);
    // Worse than linear: the cost of each added policy rises from one step to the next.
    if (points.length >= 3) {
      const steps = points.slice(1).map((p, i) => ({ from: points[i]!, to: p, per: (p.v - points[i]!.v) / (p.n - points[i]!.n) }));
      const [prev, last] = steps.slice(-2) as [(typeof steps)[number], (typeof steps)[number]];
      // A cost below a millisecond or 100 bytes per policy is noise at these sizes, not a trend.
      const material = m.unit === 'ms' ? 1 : 100;
      if (prev.per > 0 && last.per > material && last.per > 1.3 * prev.per)
        superlinear.push(
          `${m.name}: each added policy cost ${fmt(m.unit, prev.per)} from ${prev.from.n} to ${prev.to.n} policies, but ${fmt(m.unit, last.per)} from ${last.from.n} to ${last.to.n} (×${(last.per / prev.per).toFixed(1)}).`,
        );
    }
  }
  return { text: lines.join('\n'), superlinear };
}

function pagesTable(results: SizeResult[]): string {
  const withDist = results.filter((r) => r.dist);
  if (withDist.length === 0) return '(no site was built)';
  const names = Object.keys(withDist[0]!.dist!.pages);
  const lines = ['| page | ' + withDist.map((r) => `${r.policies} policies`).join(' | ') + ' |', '| --- |' + withDist.map(() => ' ---: |').join('')];
  for (const name of names) lines.push(`| ${name} | ${withDist.map((r) => size2(r.dist!.pages[name])).join(' | ')} |`);
  lines.push(`| largest topic page | ${withDist.map((r) => `${size2(r.dist!.topicPages.maxBytes)} (${r.dist!.topicPages.maxTopic})`).join(' | ')} |`);
  lines.push(`| first pages of all ${withDist[0]!.dist!.topicPages.count} topics | ${withDist.map((r) => size2(r.dist!.topicPages.totalBytes)).join(' | ')} |`);
  lines.push(`| a policy page, mean (max) | ${withDist.map((r) => `${size2(r.dist!.policyPages.meanBytes)} (${size2(r.dist!.policyPages.maxBytes)})`).join(' | ')} |`);
  lines.push(`| content-layer store (data-store.json) | ${withDist.map((r) => size2(r.dist!.dataStoreBytes)).join(' | ')} |`);
  return lines.join('\n');
}

function phasesTable(results: SizeResult[]): string {
  const lines = [
    '| policies | start-up, config and content sync (of which the content layer) | bundling and page rendering (of which writing the pages) | Pagefind hook (of which re-reading the library) | total | GNU time max RSS, one process | max RSS of the Node build process (heap limit) | load average before / after the build |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of results) {
    const timer = r.build.astroTimer as Record<string, { elapsedTime?: number }> | null;
    const gen = timer?.['Static generate']?.elapsedTime;
    const sync = timer?.['Sync content layer']?.elapsedTime;
    const k = r.build.marks;
    lines.push(
      `| ${r.policies} | ${sec(r.times.setupMs)} (${sec(sync)}) | ${sec(r.times.bundleAndRenderMs)} (${sec(gen)}) | ${sec(r.times.pagefindMs)} (${sec(k['loadLibraryMs'])}) | ${r.build.ok ? sec(r.times.totalMs) : '—'} | ${r.build.gnuTimeMaxRssKb !== null ? mb(r.build.gnuTimeMaxRssKb * 1024) : 'no /usr/bin/time'} | ${r.build.nodeMaxRssKb !== null ? mb(r.build.nodeMaxRssKb * 1024) : '—'}${k['heapLimitMb'] ? ` (${(k['heapLimitMb'] / 1024).toFixed(1)} GB)` : ''} | ${r.load ? `${r.load.build} / ${r.load.afterBuild}` : '—'} |`,
    );
  }
  return lines.join('\n');
}

function pagefindProfileTable(results: SizeResult[]): string {
  const withProfile = results.filter((r) => r.pagefindProfile);
  if (withProfile.length === 0) return '';
  const lines = [
    '### Inside the Pagefind step (`--profile-pagefind`, run on its own after the build)',
    '',
    '| policies | re-reading the library | index | records | adding records | ms per record, first → last 10,000 | writing files |',
    '| ---: | ---: | --- | ---: | ---: | ---: | ---: |',
  ];
  for (const r of withProfile)
    for (const [i, x] of r.pagefindProfile!.indexes.entries()) {
      const first = x.addMsPer10k[0];
      const lastOne = x.addMsPer10k.at(-1);
      lines.push(
        `| ${i === 0 ? r.policies : ''} | ${i === 0 ? sec(r.pagefindProfile!.loadLibraryMs) : ''} | ${x.language} | ${x.records.toLocaleString('en')} | ${sec(x.addMs)} | ${first !== undefined && lastOne !== undefined ? `${(first / 10_000).toFixed(2)} → ${(lastOne / 10_000).toFixed(2)}` : `${(x.addMs / x.records).toFixed(2)} (fewer than 10,000)`} | ${sec(x.writeMs)} |`,
      );
    }
  return `${lines.join('\n')}\n\n`;
}

function renderTimesTable(results: SizeResult[]): string {
  const withTimes = results.filter((r) => Object.keys(r.build.routeMsByKind).length > 0);
  if (withTimes.length === 0) return '(Astro logged no page render times)';
  const kinds = [...new Set(withTimes.flatMap((r) => Object.keys(r.build.routeMsByKind)))].sort();
  const lines = ['| pages | ' + withTimes.map((r) => `${r.policies} policies: total (slowest page)`).join(' | ') + ' |', '| --- |' + withTimes.map(() => ' ---: |').join('')];
  for (const kind of kinds)
    lines.push(
      `| ${kind} | ${withTimes
        .map((r) => {
          const k = r.build.routeMsByKind[kind];
          return k ? `${sec(k.totalMs)} (${ms(k.maxMs)})` : '—';
        })
        .join(' | ')} |`,
    );
  return lines.join('\n');
}

function searchTable(results: SizeResult[]): string {
  const withSearch = results.filter((r) => r.search?.runs.length);
  if (withSearch.length === 0) return '(no search was measured)';
  const groups = [...new Set(withSearch.flatMap((r) => Object.keys(r.search!.byGroup)))].sort();
  const lines = ['| fetched before the results showed | ' + withSearch.map((r) => `${r.policies} policies`).join(' | ') + ' |', '| --- |' + withSearch.map(() => ' ---: |').join('')];
  for (const g of groups)
    lines.push(
      `| ${g} | ${withSearch
        .map((r) => {
          const x = r.search!.byGroup[g];
          return x ? `${kb(x.bytes)} (${x.requests} req.)` : '—';
        })
        .join(' | ')} |`,
    );
  lines.push(`| **total** | ${withSearch.map((r) => `**${kb(r.search!.transferBytes)}** (gzip ${kb(r.search!.gzipBytes)})`).join(' | ')} |`);
  lines.push(`| time, each cold run | ${withSearch.map((r) => r.search!.runs.map((x) => ms(x.ms)).join(', ')).join(' | ')} |`);
  lines.push(`| time, fastest run | ${withSearch.map((r) => ms(Math.min(...r.search!.runs.map((x) => x.ms)))).join(' | ')} |`);
  lines.push(`| load average before the runs | ${withSearch.map((r) => String(r.load?.search ?? '—')).join(' | ')} |`);
  const phase = (f: (p: SearchRun['phases']) => number | null) => withSearch.map((r) => (r.search!.phases ? ms(f(r.search!.phases)) : '—')).join(' | ');
  lines.push(`| page parsed (DOMContentLoaded) | ${phase((p) => p.domContentLoaded)} |`);
  lines.push(`| Pagefind first requested | ${phase((p) => p.pagefindRequested)} |`);
  lines.push(`| index chunks loaded | ${phase((p) => p.indexLoaded)} |`);
  lines.push(`| results on screen (median run) | ${withSearch.map((r) => ms(r.search!.medianMs)).join(' | ')} |`);
  lines.push(`| fragments fetched before that | ${withSearch.map((r) => String(r.search!.phases?.fragments ?? '—')).join(' | ')} |`);
  lines.push(`| typed the moment /search/ has loaded (engine loading meanwhile): query to results, median | ${withSearch.map((r) => ms(r.search!.typedColdMs)).join(' | ')} |`);
  lines.push(`| typed once /search/ is idle (engine preloaded): query to results, median | ${withSearch.map((r) => ms(r.search!.typedSettledMs)).join(' | ')} |`);
  lines.push(`| then a second query (“${WARM_QUERY}”): query to results, median | ${withSearch.map((r) => ms(r.search!.typedWarmMs)).join(' | ')} |`);
  lines.push(`| status line | ${withSearch.map((r) => r.search!.status.replace(/\|/g, '/')).join(' | ')} |`);
  return lines.join('\n');
}

function goals(results: SizeResult[]): string[] {
  const out: string[] = [];
  const big = results.find((r) => r.policies >= 2000) ?? results.at(-1);
  if (big) {
    const b = big.build;
    out.push(
      b.ok
        ? `- Build of ${big.policies} policies under 10 minutes: **${big.times.totalMs < 600_000 ? 'met' : 'not met'}** (${sec(big.times.totalMs)}).`
        : `- Build of ${big.policies} policies under 10 minutes: **not met** — the build ${b.timedOut ? `was stopped after ${sec(b.wallMs)}` : `failed after ${sec(b.wallMs)} (exit ${b.exitCode})`}.`,
    );
    const s = big.search;
    out.push(
      s?.transferBytes != null
        ? `- A first search (${big.policies} policies) downloads under 300 KB: **${s.transferBytes < 300 * 1024 ? 'met' : s.gzipBytes !== null && s.gzipBytes < 300 * 1024 ? 'met if the host compresses' : 'not met'}** (${kb(s.transferBytes)} as served uncompressed; ${kb(s.gzipBytes)} gzipped, as a static host or CDN sends it).`
        : `- A first search downloads under 300 KB: not measured at ${big.policies} policies.`,
    );
    out.push(
      s?.medianMs != null
        ? `- A first search answers in under 200 ms: **${s.typedSettledMs !== null && s.typedSettledMs < 200 ? 'met' : 'not met'}** for the first query typed on /search/ once it is idle (median ${ms(s.typedSettledMs)}; ${ms(s.typedColdMs)} if typed the very moment the page has loaded, before the engine is in; a second query ${ms(s.typedWarmMs)}). Opening /search/?q=… from a link takes ${ms(s.medianMs)} from navigation start to results, page load included (local server).`
        : `- A first search answers in under 200 ms: not measured at ${big.policies} policies.`,
    );
  }
  return out;
}

const NOTES_START = '<!-- notes:start -->';
const NOTES_END = '<!-- notes:end -->';

function renderDoc(results: SizeResult[], args: Args, m: ReturnType<typeof machine>, previousNotes: string | null): string {
  const g = growth(results);
  const failed = results.filter((r) => !r.build.ok);
  const slowest = results.filter((r) => r.build.slowestRoutes.length).at(-1);
  const notes = previousNotes ?? `${NOTES_START}\n${NOTES_END}`;
  return `# Benchmarks: does the site scale to thousands of policies?

Written by \`npm run bench:scale -- --sizes ${args.sizes.join(',')}\` (scripts/bench-scale.ts) on ${m.date}. Re-run it to refresh the figures;
text between the notes markers below is kept.

**Library:** N synthetic policies generated with seed ${args.seed} by scripts/lib/synthetic.ts; ${args.keepReal ? 'the five real policies are kept beside them' : 'the five real policies are removed from the temporary copy, so N is the whole library'}.
Each has 18–53 clauses with originals in Czech, Latvian, Albanian or Russian of about the real policies' lengths,
translations, notes, translator notes, page chrome, and all 26 findings citing its own clause ids, and its own source file so
the fidelity check passes. Policy *i* is the same at every N. Nothing is written to the real tree but this file.

**Machine:** ${m.nproc} cores (\`nproc\`), ${m.cpu}, ${m.memory} memory, Linux ${m.kernel}, Node ${m.node}, Astro ${m.astro},
Pagefind ${m.pagefind}. Site code: commit ${m.commit ?? '?'}${m.dirtyFiles ? ` with ${m.dirtyFiles} uncommitted change(s) in the working tree at the time` : ''}.

## Results

${table(results)}

- **Astro / Pagefind / total**: the production build (\`astro build\`, run through Astro's \`build()\` in a child process).
  Pagefind is the run of the project's \`astro:build:done\` hook (src/integrations/pagefind.ts), timed by wrapping that
  hook from an extra integration; Astro is everything else (start-up, content sync, bundling, rendering every page).
- **Peak memory**: the largest sum of resident memory of every process of the build (Node and the Pagefind binary),
  sampled every 200 ms.
- **Dist size**: every file in dist/. **Index size**: dist/pagefind/ and dist/pagefind-*/.
- **First search**: /search/?q=${args.query} opened in headless Chromium with a cold cache against the local static server
  (scripts/lib/static-server.ts, no compression); the median of ${args.runs} runs. Time: navigation start to the status line
  reporting the matching clauses. Bytes: every response received by then (headers and bodies, as served); in brackets, the same
  files gzip-compressed, which is what a host that compresses would send.
${failed.length ? `\n**Failed or stopped builds:** ${failed.map((r) => `${r.policies} policies — ${r.build.timedOut ? `stopped by the ${args.timeoutMin}-minute limit after ${sec(r.build.wallMs)}` : `exit ${r.build.exitCode} after ${sec(r.build.wallMs)}`}`).join('; ')}. Last log lines of the largest:\n\n\`\`\`\n${failed.at(-1)!.build.logTail}\n\`\`\`\n` : ''}
## Goals

${goals(results).join('\n')}

## Growth per added policy

Each measure at each size; the last column is the slope between the two largest sizes.

${g.text}

## Where the build spends its time

${phasesTable(results)}

Render time of the pages, as Astro logs it per page (pages render in parallel, so these add up to more than the wall time):

${renderTimesTable(results)}

${slowest ? `Slowest pages at ${slowest.policies} policies: ${slowest.build.slowestRoutes.map((x) => `${x.route} ${ms(x.ms)}`).join(', ')}.` : ''}

${pagefindProfileTable(results)}## Pages that hold the whole library

${pagesTable(results)}

## What a first search downloads

${searchTable(results)}

## What grows worse than linearly

${g.superlinear.length ? g.superlinear.map((s) => `- ${s}`).join('\n') : '- No measure\'s cost per added policy rose by more than 30% from one step to the next.'}

The pages that list the library (first pages of the split listings, and the two data files) are in the table above: at ${results.at(-1)?.policies ?? '?'} policies
${(() => {
  const last = results.filter((r) => r.dist).at(-1);
  if (!last?.dist) return 'no site was built.';
  const p = last.dist.pages;
  return `the home page is ${size2(p['/ (home)'])}, /compare/ ${size2(p['/compare/'])}, /search/ ${size2(p['/search/'])}, the largest topic page (${last.dist.topicPages.maxTopic}) ${size2(last.dist.topicPages.maxBytes)}, and /data/policies.json ${size2(p['/data/policies.json'])}; a policy page stays at about ${size2(last.dist.policyPages.meanBytes)}.`;
})()}

${notes}
`;
}

// --- Main ----------------------------------------------------------------------

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.searchOnly) {
    const result = await measureSearch(resolve(args.searchOnly), args.query, args.runs);
    console.log(JSON.stringify({ ...result, runs: result.runs.map((r) => ({ ms: r.ms, typed: r.typed, transferBytes: r.transferBytes, gzipBytes: r.gzipBytes })) }));
    return;
  }
  let m = machine();
  const outPath = resolve(PROJECT, args.out);
  const previous = existsSync(outPath) ? readFileSync(outPath, 'utf8') : '';
  const notesMatch = previous.indexOf(NOTES_START) >= 0 && previous.indexOf(NOTES_END) > previous.indexOf(NOTES_START) ? previous.slice(previous.indexOf(NOTES_START), previous.indexOf(NOTES_END) + NOTES_END.length) : null;

  let reused: SizeResult[] = [];
  if (args.resume && existsSync(args.resume)) {
    const saved = JSON.parse(readFileSync(args.resume, 'utf8')) as { machine: ReturnType<typeof machine>; results: SizeResult[] };
    reused = saved.results.filter((r) => args.sizes.includes(r.n) && r.build.ok);
    if (reused.length) log(`reusing results for N = ${reused.map((r) => r.n).join(', ')} from ${args.resume}`);
    // Nothing left to measure: the figures are those of the saved run, and so are its machine and code.
    if (args.sizes.every((n) => reused.some((r) => r.n === n))) m = saved.machine;
  }
  const resultsFile = args.resume ?? join(tmpdir(), `bench-scale-results-${m.date.replace(/[:]/g, '')}.json`);

  log(`machine: ${m.nproc} cores, ${m.cpu}, ${m.memory}, Node ${m.node}${GNU_TIME ? '' : '; /usr/bin/time not installed: only the sampled tree memory is reported'}`);
  const snapshot = mkdtempSync(join(tmpdir(), 'bench-scale-snapshot-'));
  cleanup.dirs.add(snapshot);
  const results: SizeResult[] = [...reused];
  try {
    snapshotProject(snapshot);
    for (const n of args.sizes) {
      if (results.some((r) => r.n === n)) continue;
      const r = await measureSize(n, snapshot, args);
      results.push(r);
      results.sort((a, b) => a.n - b.n);
      writeFileSync(resultsFile, JSON.stringify({ machine: m, args, results }, null, 1));
      writeFileSync(outPath, renderDoc(results, args, m, notesMatch));
    }
  } finally {
    rmSync(snapshot, { recursive: true, force: true });
  }
  writeFileSync(outPath, renderDoc(results, args, m, notesMatch));
  console.log(table(results));
  console.log();
  for (const line of goals(results)) console.log(line);
  log(`wrote ${relative(PROJECT, outPath)}; raw results in ${resultsFile}`);
  for (const r of results) if (r.tempDir) log(`kept N=${r.n} at ${r.tempDir}`);
}

await main();

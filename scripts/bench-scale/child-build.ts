/**
 * The production build of one library size, run in a child process so that
 * its time and memory are its own.
 *
 * Run as a script (`node child-build.ts <root> <marks.json>`), it builds the
 * project at <root> through Astro's `build()` with the project's own config
 * and one extra integration that only takes time stamps: when the build
 * starts, when the pages are generated, and around the search-index step
 * (the `astro:build:done` hook of src/integrations/search-index.ts, wrapped).
 * Each mark is written to <marks.json> as it is taken, with the process's
 * memory then, so a build that dies still shows how far it got.
 *
 * Imported, it gives `runBuild`, which starts that child, samples the
 * memory of its process tree and reads its log and marks.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { peakBetween, sampleTree, type MemorySample } from './measure/memory.ts';

/** The integration whose `astro:build:done` hook writes the search index. */
const SEARCH_INTEGRATION = 'policy-library:search-index';
/** The line that hook logs when it is done. */
const SEARCH_LINE = /search index: (\d+) clauses of (\d+) policies, (\d+) files, (\d+) KB/;

/** A moment of the build: when (ms since the epoch), and the build process's memory then. */
export interface Mark {
  readonly at: number;
  readonly rssBytes: number;
  readonly heapUsedBytes: number;
}

/** The marks, in the order the build reaches them. */
export const MARKS = ['start', 'astroLoaded', 'configDone', 'buildStart', 'generated', 'searchStart', 'searchEnd', 'done', 'end'] as const;
export type MarkName = (typeof MARKS)[number];

interface MarksFile {
  marks: Partial<Record<MarkName, Mark>>;
  heapLimitBytes: number;
  maxRssBytes?: number;
}

// --- The child -------------------------------------------------------------------

/** Builds the project at `root`, writing each mark to `marksFile` as it is reached. */
async function buildWithMarks(root: string, marksFile: string): Promise<void> {
  const file: MarksFile = { marks: {}, heapLimitBytes: getHeapStatistics().heap_size_limit };
  const mark = (name: MarkName) => {
    const memory = process.memoryUsage();
    file.marks[name] = { at: performance.timeOrigin + performance.now(), rssBytes: memory.rss, heapUsedBytes: memory.heapUsed };
    writeFileSync(marksFile, JSON.stringify(file));
  };
  mark('start');
  const { build } = await import('astro');
  mark('astroLoaded');
  type Hook = (...args: unknown[]) => unknown;
  const timing = {
    name: 'bench:timing',
    hooks: {
      'astro:config:done': ({ config }: { config: { integrations: { name: string; hooks: Record<string, Hook | undefined> }[] } }) => {
        mark('configDone');
        const search = config.integrations.find((i) => i.name === SEARCH_INTEGRATION);
        const hook = search?.hooks['astro:build:done'];
        if (!search || !hook) throw new Error(`bench: the integration ${SEARCH_INTEGRATION} and its astro:build:done hook were not found`);
        search.hooks['astro:build:done'] = async (...args: unknown[]) => {
          mark('searchStart');
          try {
            await hook(...args);
          } finally {
            mark('searchEnd');
          }
        };
      },
      'astro:build:start': () => mark('buildStart'),
      'astro:build:generated': () => mark('generated'),
      'astro:build:done': () => mark('done'),
    },
  };
  await build({ root, integrations: [timing] } as Parameters<typeof build>[0]);
  file.maxRssBytes = process.resourceUsage().maxRSS * 1024;
  mark('end');
}

if (import.meta.main) {
  await buildWithMarks(process.argv[2]!, process.argv[3]!);
  process.exit(0);
}

// --- The parent ------------------------------------------------------------------

export interface BuildOptions {
  /** The build is stopped after this long. */
  readonly timeoutMs: number;
  /** `--max-old-space-size` for the build's Node, through NODE_OPTIONS; null for Node's default. */
  readonly heapMb: number | null;
  /** Called with the child's process group while it runs, and null after (so an interrupted run can stop it). */
  readonly onGroup?: (pid: number | null) => void;
}

export interface BuildResult {
  readonly ok: boolean;
  readonly timedOut: boolean;
  readonly exitCode: number | null;
  readonly signal: string | null;
  /** The child process, start to exit, as `npm run build` would take (Node's start-up included). */
  readonly wallMs: number;
  /** Start-up and config, content sync, bundling and rendering, the search-index step, the rest of the hooks. */
  readonly phases: {
    startupMs: number | null;
    contentSyncMs: number | null;
    renderMs: number | null;
    /** From Astro's "generating static routes" to its first page written: loading the content store, and every route's getStaticPaths. */
    beforeFirstPageMs?: number | null;
    searchIndexMs: number | null;
    otherMs: number | null;
  };
  /** What the search-index step logged: clauses, policies, files and KB. */
  readonly searchIndex: { clauses: number; policies: number; files: number; kb: number } | null;
  /** The peak of the whole process tree, sampled; and that peak before and during the search-index step. */
  readonly memory: {
    peakBytes: number;
    peakAtMs: number;
    beforeSearchBytes: number | null;
    duringSearchBytes: number | null;
    nodeMaxRssBytes: number | null;
    heapLimitBytes: number | null;
  };
  /** The build process's memory at each mark (resident, and the V8 heap in use), and when, from the start. */
  readonly marks: Partial<Record<MarkName, { ms: number; rssBytes: number; heapUsedBytes: number }>>;
  /** The last mark reached. */
  readonly lastMark: MarkName | null;
  readonly heapMb: number | null;
  /** The log's last lines. */
  readonly logTail: string;
}

const CHILD = fileURLToPath(import.meta.url);

/** Astro's line before it writes the pages, and its line for each page written. */
const GENERATING_LINE = /generating static routes/;
const PAGE_LINE = /[├└]─ \//;

/** Keeps the last `max` lines of a stream of text, watches for the search index's line, and notes when Astro starts generating pages and writes the first. */
function logCollector(max: number) {
  let tail: string[] = [];
  let partial = '';
  let searchLine: RegExpExecArray | null = null;
  const seen: { generatingAt?: number; firstPageAt?: number } = {};
  return {
    add(chunk: string) {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop()!;
      for (const line of lines) {
        searchLine ??= SEARCH_LINE.exec(line);
        if (GENERATING_LINE.test(line)) seen.generatingAt ??= Date.now();
        else if (seen.generatingAt && PAGE_LINE.test(line)) seen.firstPageAt ??= Date.now();
      }
      tail = tail.concat(lines).slice(-max);
    },
    tail: () => [...tail, partial].join('\n').trim(),
    searchLine: () => searchLine ?? SEARCH_LINE.exec(partial),
    seen,
  };
}

/** What a finished (or failed) build's marks say. */
function readMarks(marksFile: string): MarksFile {
  try {
    return JSON.parse(readFileSync(marksFile, 'utf8')) as MarksFile;
  } catch {
    return { marks: {}, heapLimitBytes: 0 };
  }
}

/** The time from mark `a` to mark `b`, if both were reached. */
const span = (m: MarksFile['marks'], a: MarkName, b: MarkName) => (m[a] && m[b] ? m[b].at - m[a].at : null);

/** How the child ended, what it logged, and its memory over time. */
interface Finished {
  readonly started: number;
  readonly wallMs: number;
  readonly exitCode: number | null;
  readonly signal: string | null;
  readonly timedOut: boolean;
  readonly samples: MemorySample[];
  readonly log: ReturnType<typeof logCollector>;
}

/** Starts the child on `root`, samples its process tree's memory and collects its log until it ends or times out. */
async function runChild(root: string, marksFile: string, timerFile: string, options: BuildOptions): Promise<Finished> {
  const nodeOptions = [process.env['NODE_OPTIONS'], options.heapMb ? `--max-old-space-size=${options.heapMb}` : null]
    .filter(Boolean)
    .join(' ');
  const started = Date.now();
  const child = spawn(process.execPath, [CHILD, root, marksFile], {
    cwd: root,
    detached: true, // its own process group, so a timeout stops the whole tree
    env: {
      ...process.env,
      NODE_OPTIONS: nodeOptions,
      ASTRO_TIMER_PATH: timerFile,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  options.onGroup?.(child.pid ?? null);
  const logFile = createWriteStream(join(root, '.bench-build.log'));
  const log = logCollector(40);
  for (const stream of [child.stdout, child.stderr])
    stream.on('data', (d: Buffer) => {
      logFile.write(d);
      log.add(d.toString());
    });
  const sampler = sampleTree(child.pid!, 200);
  let timedOut = false;
  const killer = setTimeout(() => {
    timedOut = true;
    process.kill(-child.pid!, 'SIGKILL');
  }, options.timeoutMs);
  const [exitCode, signal] = await new Promise<[number | null, string | null]>((done) =>
    child.on('close', (code, sig) => done([code, sig])),
  );
  const samples = sampler.stop();
  clearTimeout(killer);
  options.onGroup?.(null);
  await new Promise((done) => logFile.end(done));
  return { started, wallMs: Date.now() - started, exitCode, signal, timedOut, samples, log };
}

/** Astro's own time for syncing the content layer, if it wrote its timings. */
function contentSyncMs(timerFile: string): number | null {
  try {
    return (
      (JSON.parse(readFileSync(timerFile, 'utf8')) as Record<string, { elapsedTime?: number }>)['Sync content layer']?.elapsedTime ?? null
    );
  } catch {
    return null;
  }
}

/** Builds the project at `root` in a child process, sampling its memory; the log goes to `<root>/.bench-build.log`. */
export async function runBuild(root: string, options: BuildOptions): Promise<BuildResult> {
  const marksFile = join(root, '.bench-marks.json');
  const timerFile = join(root, '.bench-astro-timer.json');
  const { started, wallMs, exitCode, signal, timedOut, samples, log } = await runChild(root, marksFile, timerFile, options);
  const { marks, heapLimitBytes, maxRssBytes } = readMarks(marksFile);
  const searchIndexMs = span(marks, 'searchStart', 'searchEnd');
  const hooksMs = span(marks, 'generated', 'done');
  const peak = samples.reduce((a, b) => (b.bytes > a.bytes ? b : a), { at: started, bytes: 0 });
  const peakIn = (from: number | undefined, to: number | undefined) =>
    from !== undefined && to !== undefined ? (peakBetween(samples, from, to)?.bytes ?? null) : null;
  const line = log.searchLine();
  const reached = MARKS.filter((m) => marks[m]);
  return {
    ok: exitCode === 0 && !timedOut && marks.end !== undefined,
    timedOut,
    exitCode,
    signal,
    wallMs,
    phases: {
      startupMs: span(marks, 'start', 'buildStart'),
      contentSyncMs: contentSyncMs(timerFile),
      renderMs: span(marks, 'buildStart', 'generated'),
      beforeFirstPageMs: log.seen.generatingAt && log.seen.firstPageAt ? log.seen.firstPageAt - log.seen.generatingAt : null,
      searchIndexMs,
      otherMs: hooksMs !== null && searchIndexMs !== null ? hooksMs - searchIndexMs : null,
    },
    searchIndex: line ? { clauses: Number(line[1]), policies: Number(line[2]), files: Number(line[3]), kb: Number(line[4]) } : null,
    memory: {
      peakBytes: peak.bytes,
      peakAtMs: peak.at - started,
      beforeSearchBytes: peakIn(started, marks.searchStart?.at),
      duringSearchBytes: peakIn(marks.searchStart?.at, marks.searchEnd?.at),
      nodeMaxRssBytes: maxRssBytes ?? null,
      heapLimitBytes: heapLimitBytes || null,
    },
    marks: Object.fromEntries(
      reached.map((m) => [m, { ms: marks[m]!.at - started, rssBytes: marks[m]!.rssBytes, heapUsedBytes: marks[m]!.heapUsedBytes }]),
    ),
    lastMark: reached.at(-1) ?? null,
    heapMb: options.heapMb,
    logTail: log.tail(),
  };
}

/**
 * docs/benchmarks.md: the scale report. Each run rewrites it, keeping
 * - the rows of sizes it did not measure (the measurements are stored in the
 *   file itself, in a comment at its end, and merged with the new ones), so
 *   runs of different sizes add up to one report;
 * - the text between the notes markers, written by hand.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, release, totalmem } from 'node:os';
import { join } from 'node:path';
import {
  buildFailure,
  bytes,
  duration,
  foldersTable,
  GB,
  growth,
  KB,
  largestTable,
  limitsTable,
  MB,
  num,
  perPolicyTable,
  phasesTable,
  resultsTable,
  searchTable,
  type SizeResult,
} from './tables.ts';

const NOTES_START = '<!-- notes:start -->';
const NOTES_END = '<!-- notes:end -->';
const DATA_START = '<!-- bench-scale results:';
const DATA_END = '-->';

/** The machine and code a run measured. */
export interface RunInfo {
  readonly date: string;
  readonly nproc: number;
  readonly cpu: string;
  readonly memory: string;
  readonly kernel: string;
  readonly node: string;
  readonly astro: string;
  readonly commit: string | null;
  readonly dirtyFiles: number | null;
}

/** Describes this machine and the project's code at `project`. */
export function runInfo(project: string): RunInfo {
  const git = (...args: string[]) => {
    try {
      return execFileSync('git', args, { cwd: project, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return null;
    }
  };
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    /* not Linux */
  }
  const dirty = git('status', '--porcelain');
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    nproc: availableParallelism(),
    cpu,
    memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    kernel: release(),
    node: process.version,
    astro: (JSON.parse(readFileSync(join(project, 'node_modules/astro/package.json'), 'utf8')) as { version: string }).version,
    commit: git('rev-parse', '--short', 'HEAD'),
    dirtyFiles: dirty === null ? null : dirty.split('\n').filter(Boolean).length,
  };
}

/** The measurements and the notes an earlier report holds. */
export function readPrevious(text: string): { results: SizeResult[]; notes: string | null } {
  const from = text.indexOf(NOTES_START);
  const to = text.indexOf(NOTES_END);
  const notes = from >= 0 && to > from ? text.slice(from + NOTES_START.length, to).trim() : null;
  const at = text.lastIndexOf(DATA_START);
  if (at < 0) return { results: [], notes };
  try {
    const json = text.slice(at + DATA_START.length, text.indexOf(DATA_END, at + DATA_START.length));
    return { results: (JSON.parse(json) as { results: SizeResult[] }).results, notes };
  } catch {
    return { results: [], notes };
  }
}

/** The earlier sizes, with this run's replacing any it measured again; smallest first. */
export function merge(previous: readonly SizeResult[], current: readonly SizeResult[]): SizeResult[] {
  return [...previous.filter((p) => !current.some((c) => c.n === p.n)), ...current].sort((a, b) => a.n - b.n);
}

const verdict = (ok: boolean) => (ok ? '**met**' : '**not met**');

/** Whether each goal holds, with the figure it rests on. */
export function goals(results: readonly SizeResult[]): string[] {
  const at = (n: number) => results.find((r) => r.n === n);
  const line = (n: number, what: string, judge: (r: SizeResult) => string) => {
    const r = at(n);
    return `- ${num(n)} policies, ${what}: ${r ? judge(r) : `not measured (no run at ${num(n)} policies yet)`}.`;
  };
  const fromDist = (r: SizeResult, f: (d: NonNullable<SizeResult['dist']>) => string) =>
    r.dist ? f(r.dist) : `not measured: the build ${buildFailure(r.build)}`;
  const fromSearch = (r: SizeResult, f: (s: NonNullable<SizeResult['search']>) => string) =>
    r.search?.total
      ? f(r.search)
      : r.dist
        ? `not measured: ${r.search?.error ?? 'no search ran'}`
        : `not measured: the build ${buildFailure(r.build)}`;
  const elsewhere = (f: (r: SizeResult) => number | null | undefined, limit: number) => {
    const over = results.filter((r) => (f(r) ?? 0) > limit).map((r) => num(r.n));
    return over.length ? `; over it at ${over.join(', ')} policies` : `; within it at every size measured`;
  };
  const largest = (r: SizeResult) => r.dist?.largest[0]?.bytes;
  const firstSearch = (r: SizeResult) => r.search?.total?.compressedBytes;
  return [
    line(2000, 'at most 20,000 files in dist/', (r) => fromDist(r, (d) => `${verdict(d.files <= 20_000)} (${num(d.files)} files)`)),
    line(10_000, 'at most 100,000 files', (r) => fromDist(r, (d) => `${verdict(d.files <= 100_000)} (${num(d.files)} files)`)),
    line(10_000, 'at most 1 GB', (r) => fromDist(r, (d) => `${verdict(d.bytes <= GB)} (${bytes(d.bytes)})`)),
    line(10_000, 'a build of at most 20 minutes', (r) =>
      r.build.ok
        ? `${verdict(r.build.wallMs <= 20 * 60_000)} (${duration(r.build.wallMs)})`
        : `**not met**: the build ${buildFailure(r.build)}`,
    ),
    line(10_000, 'peak memory at most 8 GB', (r) => {
      const peak = r.build.memory.peakBytes;
      if (r.build.ok || peak > 8 * GB)
        return `${verdict(peak <= 8 * GB)} (${bytes(peak)}${r.build.ok ? '' : ` before the build ${buildFailure(r.build)}`})`;
      return `not known: the build ${buildFailure(r.build)}, with ${bytes(peak)} at most until then`;
    }),
    line(10_000, 'the largest file at most 5 MB', (r) =>
      fromDist(
        r,
        (d) =>
          `${verdict((d.largest[0]?.bytes ?? 0) <= 5 * MB)} (${bytes(d.largest[0]?.bytes)}, \`${d.largest[0]?.path}\`${elsewhere(largest, 5 * MB)})`,
      ),
    ),
    line(10_000, 'a first search within 200 KB compressed', (r) =>
      fromSearch(
        r,
        (s) =>
          `${verdict(s.total!.compressedBytes <= 200 * KB)} (${bytes(s.total!.compressedBytes)}, ${bytes(s.total!.servedBytes)} as served${elsewhere(firstSearch, 200 * KB)})`,
      ),
    ),
  ];
}

/** The runs the report merges: which sizes each measured, when, on which code. */
function runsList(results: readonly SizeResult[]): string {
  const byRun = new Map<string, SizeResult[]>();
  for (const r of results) {
    const key = `${r.commit ?? '?'}${r.dirtyFiles ? ` with ${r.dirtyFiles} uncommitted change(s)` : ''}`;
    byRun.set(key, [...(byRun.get(key) ?? []), r]);
  }
  return [...byRun]
    .map(([code, rs]) => `${rs.map((r) => `${num(r.n)} on ${r.date.slice(0, 16).replace('T', ' ')} UTC`).join(', ')} (site code ${code})`)
    .join('; ');
}

/** The failed builds' last log lines. */
function failures(results: readonly SizeResult[]): string {
  const failed = results.filter((r) => !r.build.ok);
  return failed
    .map(
      (r) =>
        `### The build of ${num(r.n)} policies did not finish\n\nIt ${buildFailure(r.build)}. Its log's last lines:\n\n\`\`\`\n${r.build.logTail}\n\`\`\`\n`,
    )
    .join('\n');
}

/** The whole report. */
export function renderDoc(results: readonly SizeResult[], info: RunInfo, notes: string | null): string {
  const g = growth(results);
  const heaps = [...new Set(results.map((r) => (r.build.heapMb ? `${num(r.build.heapMb)} MiB at ${num(r.n)}` : null)).filter(Boolean))];
  const data = JSON.stringify({ results }).replace(/--/g, '-\\u002d');
  return `# Benchmarks: does the site scale to thousands of policies?

Written by \`npm run bench:scale\` (scripts/bench-scale/). Each run measures the sizes it is given and keeps the rows of the
others from the runs before, so this report gathers: ${runsList(results)}. Text between the notes markers below is kept.

**Library:** N synthetic policies (scripts/synthetic/, seed ${[...new Set(results.map((r) => r.seed))].join(', ')}), written into a temporary copy of the project from which the five real policies are
removed, so N is the whole library; nothing is written to the real tree but this file. Each has 18–53 clauses with originals in
Czech, Latvian, Albanian or Russian of about the real policies' lengths, translations, notes, translator's notes, page chrome, its
jurisdictions and all 26 findings, and its own source file so the fidelity check passes. Policy *i* is the same at every N.

**Machine (last run):** ${info.nproc} cores, ${info.cpu}, ${info.memory} memory, Linux ${info.kernel}, Node ${info.node}, Astro ${info.astro}.
The machine is shared: other work ran beside some builds (the load average is in the table of phases), so times vary by ±20 %;
sizes and byte counts do not vary. **Units** are decimal: 1 KB = 1,000 bytes, 1 MB = 10⁶, 1 GB = 10⁹.
**Heap:** the build's Node ran with ${heaps.length ? `\`NODE_OPTIONS=--max-old-space-size\` of ${heaps.join(', ')}` : 'Node’s default heap limit'}${heaps.length ? ' (and its default elsewhere)' : ''}.

## Goals

${goals(results).join('\n')}

## Results

${resultsTable(results)}

- **Build, total**: the production build (\`astro build\`, through Astro's \`build()\` with the project's config) in a child
  process, from its start to its exit. **Search-index step**: the project's \`astro:build:done\` hook that writes
  dist/search-index/ (src/integrations/search-index.ts), timed by wrapping that hook; it logs \`search index: …\` when done.
- **Peak memory**: the largest sum of the resident memory of every process of the build, read from /proc every 200 ms.
- **dist/**: every file the build wrote. **Largest file**: the largest single file (static hosts cap a file's size).
- **First search**: /search/ opened in headless Chromium (fresh context, cold cache) against a local static server, left
  until its search index is ready (the page loads the index's manifest when idle), then “cookies” typed into the box. Bytes: every
  file fetched from opening the page to the results (bodies); *served* as this server sends them (uncompressed), *compressed* as a
  compressing host sends them (HTML, CSS, JS and JSON gzipped; the index's .bin files are stored gzip-compressed and travel as they
  are). Time: from the box's input event to the first frame whose status line reports the results; the median of the runs.

## Static hosts' limits

${limitsTable(results)}

## Where the build spends its time and memory

${phasesTable(results)}

## dist/ by folder

${foldersTable(results)}

## What one policy costs

${perPolicyTable(results)}

A policy's text is written out in its page, its data file, the topic pages of each of its clauses' topics, its column of
the comparison and the search index; the rights page carries its letters, in its language and in English.

## The largest files

${largestTable(results)}

## The first search

${searchTable(results)}

## Growth per added policy

${g.table}

${g.superlinear.length ? `Measures whose cost per added policy rose by more than 30 % from one step to the next:\n\n${g.superlinear.map((s) => `- ${s}`).join('\n')}` : 'No measure’s cost per added policy rose by more than 30 % from one step to the next.'}

${failures(results)}
${NOTES_START}
${notes ?? ''}
${NOTES_END}

${DATA_START}
${data}
${DATA_END}
`;
}

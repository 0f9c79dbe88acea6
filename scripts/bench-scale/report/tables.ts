/**
 * The tables of the scale report, each a function of the measured sizes.
 * Units are decimal throughout (1 KB = 1,000 bytes, 1 MB = 10⁶, 1 GB = 10⁹),
 * as the hosts state their limits.
 */
import type { BuildResult } from '../child-build.ts';
import { TOP_LEVEL, type DistStats } from '../measure/dist.ts';
import type { PageStats } from '../measure/pages.ts';
import type { SearchMeasure } from '../measure/search.ts';

/** Everything measured at one library size. */
export interface SizeResult {
  /** Policies in the library. */
  readonly n: number;
  readonly clauses: number;
  readonly mdxBytes: number;
  readonly seed: number;
  /** When this size was measured, and on which code. */
  readonly date: string;
  readonly commit: string | null;
  readonly dirtyFiles: number | null;
  /** The 1-minute load average of the machine before and after the build. */
  readonly load: { readonly before: number; readonly after: number };
  readonly build: BuildResult;
  readonly dist: DistStats | null;
  /** A policy's pages against its text (absent from runs before it was measured). */
  readonly pages?: PageStats | null;
  readonly search: SearchMeasure | null;
}

// --- Formatting --------------------------------------------------------------------

export const KB = 1e3;
export const MB = 1e6;
export const GB = 1e9;

export const num = (x: number) => x.toLocaleString('en');
export function bytes(x: number | null | undefined): string {
  if (x === null || x === undefined) return '—';
  if (x < KB) return `${Math.round(x)} B`;
  if (x < MB) return `${(x / KB).toFixed(0)} KB`;
  if (x < GB) return `${(x / MB).toFixed(1)} MB`;
  return `${(x / GB).toFixed(2)} GB`;
}
export function duration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

/** How a build that did not finish ended. */
export function buildFailure(b: BuildResult): string {
  const how = b.timedOut
    ? `stopped by the time limit after ${duration(b.wallMs)}`
    : `failed after ${duration(b.wallMs)} (exit ${b.exitCode ?? b.signal})`;
  return `${how}, last reached: ${b.lastMark ?? 'nothing'}`;
}

const header = (cells: readonly string[], align: readonly string[]) => [`| ${cells.join(' | ')} |`, `| ${align.join(' | ')} |`];
const row = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;
const sizeLabel = (r: SizeResult) => `${num(r.n)} (${num(r.clauses)})`;

// --- Tables --------------------------------------------------------------------------

/** The summary: one row per size. */
export function resultsTable(results: readonly SizeResult[]): string {
  const lines = header(
    [
      'policies (clauses)',
      'build, total',
      'search-index step',
      'peak memory',
      'dist/ files',
      'dist/ size',
      'largest file',
      'first search: served',
      'compressed',
      'typed query → results',
    ],
    ['---:', '---:', '---:', '---:', '---:', '---:', '---', '---:', '---:', '---:'],
  );
  for (const r of results) {
    const b = r.build;
    const big = r.dist?.largest[0];
    lines.push(
      row([
        sizeLabel(r),
        b.ok ? duration(b.wallMs) : `**${buildFailure(b)}**`,
        duration(b.phases.searchIndexMs),
        bytes(b.memory.peakBytes),
        r.dist ? num(r.dist.files) : '—',
        bytes(r.dist?.bytes),
        big ? `${bytes(big.bytes)} \`${big.path}\`` : '—',
        bytes(r.search?.total?.servedBytes),
        bytes(r.search?.total?.compressedBytes),
        r.search?.medianMs != null ? duration(r.search.medianMs) : r.search?.error ? 'failed' : '—',
      ]),
    );
  }
  return lines.join('\n');
}

/** A static host's limits, and whether a size stays within them. */
export const HOST_LIMITS = [
  { name: 'Cloudflare Pages, free: 20,000 files', ok: (d: DistStats) => d.files <= 20_000 },
  { name: 'Cloudflare Pages, paid: 100,000 files', ok: (d: DistStats) => d.files <= 100_000 },
  { name: 'GitHub Pages: 1 GB per site', ok: (d: DistStats) => d.bytes <= GB },
  { name: 'GitLab Pages: 1 GB and 200,000 files', ok: (d: DistStats) => d.bytes <= GB && d.files <= 200_000 },
  { name: 'one file at most 5 MB (this project’s goal)', ok: (d: DistStats) => (d.largest[0]?.bytes ?? 0) <= 5 * MB },
] as const;

/** The totals of dist/ against the static hosts' limits. */
export function limitsTable(results: readonly SizeResult[]): string {
  const built = results.filter((r) => r.dist);
  if (built.length === 0) return '(no site was built)';
  const lines = header(
    ['policies', 'files', 'size', 'largest file', ...HOST_LIMITS.map((l) => l.name)],
    ['---:', '---:', '---:', '---:', ...HOST_LIMITS.map(() => ':---:')],
  );
  for (const r of built) {
    const d = r.dist!;
    lines.push(
      row([
        num(r.n),
        num(d.files),
        bytes(d.bytes),
        bytes(d.largest[0]?.bytes),
        ...HOST_LIMITS.map((l) => (l.ok(d) ? 'within' : '**over**')),
      ]),
    );
  }
  return lines.join('\n');
}

/** Where the build's time goes and how its memory grows, per size. */
export function phasesTable(results: readonly SizeResult[]): string {
  const lines = header(
    [
      'policies',
      'start-up, config, content sync (of which content sync)',
      'bundling and rendering the pages (of which before the first page is written)',
      'search-index step',
      'other build:done hooks',
      'total',
      'peak memory before / during the search-index step',
      'V8 heap in use: pages generated / index written',
      'heap limit',
      'load average before / after',
    ],
    ['---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:'],
  );
  for (const r of results) {
    const b = r.build;
    const p = b.phases;
    lines.push(
      row([
        num(r.n),
        `${duration(p.startupMs)} (${duration(p.contentSyncMs)})`,
        p.beforeFirstPageMs != null ? `${duration(p.renderMs)} (${duration(p.beforeFirstPageMs)})` : duration(p.renderMs),
        duration(p.searchIndexMs),
        duration(p.otherMs),
        b.ok ? duration(b.wallMs) : buildFailure(b),
        `${bytes(b.memory.beforeSearchBytes ?? (b.ok ? null : b.memory.peakBytes))} / ${bytes(b.memory.duringSearchBytes)}`,
        `${bytes(b.marks.generated?.heapUsedBytes)} / ${bytes(b.marks.searchEnd?.heapUsedBytes)}`,
        `${bytes(b.memory.heapLimitBytes)}${b.heapMb ? ` (set: ${num(b.heapMb)} MiB)` : ' (Node’s default)'}`,
        `${r.load.before} / ${r.load.after}`,
      ]),
    );
  }
  return lines.join('\n');
}

/** Files and bytes per top-level folder of dist/, folders in order of size at the largest library. */
export function foldersTable(results: readonly SizeResult[]): string {
  const built = results.filter((r) => r.dist);
  if (built.length === 0) return '(no site was built)';
  const last = built.at(-1)!.dist!.folders;
  const names = [...new Set(built.flatMap((r) => Object.keys(r.dist!.folders)))].sort(
    (a, b) => (last[b]?.bytes ?? 0) - (last[a]?.bytes ?? 0),
  );
  const lines = header(['folder of dist/', ...built.map((r) => `${num(r.n)} policies: files, size`)], ['---', ...built.map(() => '---:')]);
  for (const name of names) {
    const label = name === TOP_LEVEL ? name : `\`${name}/\``;
    lines.push(
      row([
        label,
        ...built.map((r) => {
          const f = r.dist!.folders[name];
          return f ? `${num(f.files)}, ${bytes(f.bytes)}` : '—';
        }),
      ]),
    );
  }
  return lines.join('\n');
}

/** What one policy costs in dist/: its pages and data file against the text it carries, and the whole of dist/ shared out per policy. */
export function perPolicyTable(results: readonly SizeResult[]): string {
  const built = results.filter((r) => r.dist && r.pages?.policies);
  if (built.length === 0) return '(not measured yet)';
  const per = (r: SizeResult, x: number) => x / r.pages!.policies;
  const ratio = (x: number, text: number) => `${(x / text).toFixed(1)} ×`;
  const lines = header(['a policy, on average', ...built.map((r) => `${num(r.n)} policies`)], ['---', ...built.map(() => '---:')]);
  const rows: [string, (r: SizeResult) => string][] = [
    ['its text: originals, translations, notes, translator’s notes', (r) => bytes(per(r, r.pages!.textBytes))],
    [
      'its page, `policies/<slug>/`',
      (r) => `${bytes(per(r, r.pages!.pageBytes))} (${ratio(r.pages!.pageBytes, r.pages!.textBytes)} its text)`,
    ],
    ['its rights page with the letters, `policies/<slug>/rights/`', (r) => bytes(per(r, r.pages!.rightsPageBytes))],
    [
      'its data file, `data/policies/<slug>.json`',
      (r) => `${bytes(per(r, r.pages!.dataBytes))} (${ratio(r.pages!.dataBytes, r.pages!.textBytes)})`,
    ],
    ['its share of `topics/`', (r) => bytes(per(r, r.dist!.folders.topics?.bytes ?? 0))],
    ['its share of `compare/`', (r) => bytes(per(r, r.dist!.folders.compare?.bytes ?? 0))],
    ['its share of `search-index/`', (r) => bytes(per(r, r.dist!.folders['search-index']?.bytes ?? 0))],
    ['its share of all of `dist/`', (r) => `${bytes(per(r, r.dist!.bytes))} (${ratio(r.dist!.bytes, r.pages!.textBytes)} its text)`],
    ['what 1 GB allows a policy at this size', (r) => bytes(GB / r.n)],
  ];
  for (const [label, get] of rows) lines.push(row([label, ...built.map(get)]));
  return lines.join('\n');
}

/** The ten largest files of dist/, per size. */
export function largestTable(results: readonly SizeResult[]): string {
  const built = results.filter((r) => r.dist);
  if (built.length === 0) return '(no site was built)';
  const lines = header(['', ...built.map((r) => `${num(r.n)} policies`)], ['---:', ...built.map(() => '---')]);
  for (let i = 0; i < 10; i++)
    lines.push(
      row([
        i + 1,
        ...built.map((r) => {
          const f = r.dist!.largest[i];
          return f ? `${bytes(f.bytes)} \`${f.path}\`` : '';
        }),
      ]),
    );
  return lines.join('\n');
}

/** What the first search fetched, by kind of file, and how long it took. */
export function searchTable(results: readonly SizeResult[]): string {
  const measured = results.filter((r) => r.search?.total);
  if (measured.length === 0) return '(no search was measured)';
  const kinds = [...new Set(measured.flatMap((r) => Object.keys(r.search!.byKind)))].sort();
  const lines = header(
    ['fetched from opening /search/ to the results', ...measured.map((r) => `${num(r.n)} policies`)],
    ['---', ...measured.map(() => '---:')],
  );
  for (const kind of kinds)
    lines.push(
      row([
        kind,
        ...measured.map((r) => {
          const k = r.search!.byKind[kind];
          return k ? `${bytes(k.servedBytes)} (${bytes(k.compressedBytes)}), ${k.requests} req.` : '—';
        }),
      ]),
    );
  lines.push(
    row([
      '**total**, as served (compressed)',
      ...measured.map(
        (r) =>
          `**${bytes(r.search!.total!.servedBytes)}** (**${bytes(r.search!.total!.compressedBytes)}**), ${r.search!.total!.requests} req.`,
      ),
    ]),
  );
  lines.push(
    row(['typed query → results, each run', ...measured.map((r) => r.search!.runsMs.map((x) => Math.round(x)).join(', ') + ' ms')]),
  );
  lines.push(row(['median', ...measured.map((r) => duration(r.search!.medianMs))]));
  lines.push(row(['status line', ...measured.map((r) => r.search!.status.replace(/\|/g, '/'))]));
  return lines.join('\n');
}

interface Metric {
  readonly name: string;
  readonly unit: 'ms' | 'bytes' | 'count';
  readonly get: (r: SizeResult) => number | null | undefined;
}

const METRICS: readonly Metric[] = [
  { name: 'Build, total', unit: 'ms', get: (r) => (r.build.ok ? r.build.wallMs : null) },
  { name: 'Start-up, config and content sync', unit: 'ms', get: (r) => r.build.phases.startupMs },
  { name: 'Bundling and rendering the pages', unit: 'ms', get: (r) => r.build.phases.renderMs },
  { name: 'Search-index step', unit: 'ms', get: (r) => r.build.phases.searchIndexMs },
  { name: 'Peak memory', unit: 'bytes', get: (r) => (r.build.ok ? r.build.memory.peakBytes : null) },
  { name: 'V8 heap in use once the index is written', unit: 'bytes', get: (r) => r.build.marks.searchEnd?.heapUsedBytes },
  { name: 'dist/ files', unit: 'count', get: (r) => r.dist?.files },
  { name: 'dist/ size', unit: 'bytes', get: (r) => r.dist?.bytes },
  { name: 'Largest file', unit: 'bytes', get: (r) => r.dist?.largest[0]?.bytes },
  { name: 'First search, compressed', unit: 'bytes', get: (r) => r.search?.total?.compressedBytes },
  { name: 'First search, typed query → results', unit: 'ms', get: (r) => r.search?.medianMs },
];

const show = (unit: Metric['unit'], x: number) =>
  unit === 'ms' ? duration(x) : unit === 'bytes' ? bytes(x) : num(Math.round(x * 10) / 10);

/** Each measure at each size, the cost of each added policy between the two largest, and the measures whose cost per policy rises. */
export function growth(results: readonly SizeResult[]): { table: string; superlinear: string[] } {
  const lines = header(
    ['measure', ...results.map((r) => num(r.n)), 'per added policy, last step'],
    ['---', ...results.map(() => '---:'), '---:'],
  );
  const superlinear: string[] = [];
  for (const m of METRICS) {
    const points = results.map((r) => ({ n: r.n, v: m.get(r) ?? null })).filter((p): p is { n: number; v: number } => p.v !== null);
    const steps = points.slice(1).map((p, i) => ({ from: points[i]!.n, to: p.n, per: (p.v - points[i]!.v) / (p.n - points[i]!.n) }));
    const last = steps.at(-1);
    lines.push(
      row([m.name, ...results.map((r) => (m.get(r) != null ? show(m.unit, m.get(r)!) : '—')), last ? show(m.unit, last.per) : '—']),
    );
    // Worse than linear: each added policy costs more than 30 % more in the next step (below 1 ms, 1 KB or 0.1 file a policy, it is noise).
    const material = { ms: 1, bytes: 1000, count: 0.1 }[m.unit];
    for (const [a, b] of steps.slice(1).map((s, i) => [steps[i]!, s] as const))
      if (a.per > 0 && b.per > material && b.per > 1.3 * a.per)
        superlinear.push(
          `${m.name}: each added policy cost ${show(m.unit, a.per)} from ${num(a.from)} to ${num(a.to)} policies, ${show(m.unit, b.per)} from ${num(b.from)} to ${num(b.to)} (×${(b.per / a.per).toFixed(1)}).`,
        );
  }
  return { table: lines.join('\n'), superlinear };
}

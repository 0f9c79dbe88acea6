/**
 * Memory of a process tree, read from /proc: the resident memory of a
 * process and of every process below it (the build's Node and anything it
 * spawns), summed, sampled on a timer.
 */
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_BYTES = 4096;

/** Each live process's parent, from /proc/<pid>/stat. */
function parents(): Map<number, number> {
  const out = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and brackets: the fields after it start after the last ')'.
      out.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      /* the process ended meanwhile */
    }
  }
  return out;
}

/** The summed resident memory, in bytes, of `rootPid` and every process below it. */
export function treeRss(rootPid: number): number {
  const parentOf = parents();
  const inTree = (pid: number) => {
    for (let p = pid, hops = 0; p > 1 && hops < 64; p = parentOf.get(p) ?? 0, hops++) if (p === rootPid) return true;
    return false;
  };
  let total = 0;
  for (const pid of parentOf.keys()) {
    if (!inTree(pid)) continue;
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_BYTES;
    } catch {
      /* the process ended meanwhile */
    }
  }
  return total;
}

/** One reading: when (ms since the epoch) and how much. */
export interface MemorySample {
  readonly at: number;
  readonly bytes: number;
}

export interface MemorySampler {
  /** Stops sampling; returns every sample taken. */
  stop(): MemorySample[];
}

/** Samples the tree of `rootPid` every `intervalMs` until stopped. */
export function sampleTree(rootPid: number, intervalMs = 200): MemorySampler {
  const samples: MemorySample[] = [];
  const take = () => samples.push({ at: Date.now(), bytes: treeRss(rootPid) });
  take();
  const timer = setInterval(take, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return samples;
    },
  };
}

/** The largest sample between two times (ms since the epoch), or null if none falls between them. */
export function peakBetween(samples: readonly MemorySample[], from: number, to: number): MemorySample | null {
  let peak: MemorySample | null = null;
  for (const s of samples) if (s.at >= from && s.at <= to && (!peak || s.bytes > peak.bytes)) peak = s;
  return peak;
}

// What a benchmark figure needs beside it to be read honestly on a shared machine: the load average, and how
// much of the measured time a thread really ran on a CPU or waited for one (Linux's per-thread schedstat:
// nanoseconds on a CPU, nanoseconds runnable but waiting in the run queue).

import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { median } from './section';

export interface ThreadClock {
  /** Nanoseconds the thread has run on a CPU. */
  runNs: number;
  /** Nanoseconds the thread was ready to run but waited for a CPU. */
  waitNs: number;
}

/** A thread's clock from /proc, or null where the thread (or /proc) is gone. */
export function threadClock(pid: number, tid: number = pid): ThreadClock | null {
  try {
    const [run, wait] = readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').trim().split(/\s+/).map(Number);
    return { runNs: run, waitNs: wait };
  } catch {
    return null;
  }
}

/** The share of a wall-clock window a thread spent on a CPU and waiting for one (each 0-1 of one core). */
export function cpuShare(before: ThreadClock, after: ThreadClock, seconds: number): { running: number; waiting: number } {
  return { running: (after.runNs - before.runNs) / 1e9 / seconds, waiting: (after.waitNs - before.waitNs) / 1e9 / seconds };
}

/** Every process started, directly or not, by `root`. */
function descendants(root: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command may hold spaces and parentheses: the fields after its closing parenthesis are fixed.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // the process ended while we looked
    }
  }
  const found: number[] = [];
  const frontier = [root];
  while (frontier.length > 0) {
    const parent = frontier.pop() as number;
    for (const [pid, ppid] of parentOf) {
      if (ppid === parent) {
        found.push(pid);
        frontier.push(pid);
      }
    }
  }
  return found;
}

/**
 * The dedicated worker threads of the Chromium this process launched (Chromium names them "DedicatedWorker"),
 * busiest first: the training worker is the one that has run longest.
 */
export function chromiumWorkerThreads(): Array<{ pid: number; tid: number; clock: ThreadClock }> {
  const threads: Array<{ pid: number; tid: number; clock: ThreadClock }> = [];
  for (const pid of descendants(process.pid)) {
    let tids: string[];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      try {
        if (!readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').startsWith('DedicatedWorker')) continue;
      } catch {
        continue;
      }
      const clock = threadClock(pid, Number(tid));
      if (clock) threads.push({ pid, tid: Number(tid), clock });
    }
  }
  return threads.sort((a, b) => b.clock.runNs - a.clock.runNs);
}

/** The machine as a figure's context: cores and the 1-minute load average. */
export function machineLoad(): { cores: number; load1: number } {
  return { cores: cpus().length, load1: loadavg()[0] };
}

/** "median (min-max)" of a figure's rounds. */
export function medianWithSpread(values: readonly number[], decimals: number): string {
  const fixed = (value: number) => value.toFixed(decimals);
  return `${fixed(median(values))} (${fixed(Math.min(...values))}-${fixed(Math.max(...values))})`;
}

/** "min-max" of a figure's rounds. */
export function spreadOf(values: readonly number[], decimals: number): string {
  return `${Math.min(...values).toFixed(decimals)}-${Math.max(...values).toFixed(decimals)}`;
}

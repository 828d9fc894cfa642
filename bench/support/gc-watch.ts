/**
 * The main thread's garbage-collection pauses over a stretch of a benchmark, counted by kind,
 * from perf_hooks' 'gc' entries (one per pause, its duration the pause's wall time: on a loaded
 * machine a parallel scavenge waits for its helper threads to get a core, so the time is an
 * upper bound on the pause's CPU; the counts do not move with the load).
 *
 * WHY: the process's CPU a message includes V8's collector — the scavenger's pauses on the
 * main thread and the concurrent marking on helper threads — and heap flags
 * (`--max-semi-space-size`) move it without touching the bot's code; this says how much of a
 * message is pause and how often the young generation fills. The helper threads' own CPU is
 * not here (it is in `process.cpuUsage()`).
 */
import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';

export interface GcPauses {
  /** Young-generation collections (scavenges) and their pause time, ms. */
  scavenges: number;
  scavengeMs: number;
  /** Full mark-compacts (the atomic pause at the end of marking) and their pause time, ms. */
  markCompacts: number;
  markCompactMs: number;
  /** Incremental marking steps and weak-callback runs on the main thread. */
  otherPauses: number;
  otherMs: number;
  /** Every pause, ms. */
  totalMs: number;
  /** The young generation's size at the end (both semi-spaces), MB. */
  newSpaceMb: number;
  /** The process's peak resident set since it started, MB (start-up and warm-up included). */
  peakRssMb: number;
}

/** Starts counting; `stop()` (async: entries arrive a tick after their pause) gives the tally. */
export function watchGc(): { stop(): Promise<GcPauses> } {
  const entries: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  return {
    async stop() {
      await new Promise((resolve) => setImmediate(resolve));
      observer.disconnect();
      const tally: GcPauses = { scavenges: 0, scavengeMs: 0, markCompacts: 0, markCompactMs: 0, otherPauses: 0, otherMs: 0, totalMs: 0, newSpaceMb: 0, peakRssMb: 0 };
      for (const e of entries) {
        // Node's 'gc' entries carry { kind } in `detail` (not in @types/node 20's PerformanceEntry).
        const kind = (e as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
        if (kind === constants.NODE_PERFORMANCE_GC_MINOR) {
          tally.scavenges++;
          tally.scavengeMs += e.duration;
        } else if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) {
          tally.markCompacts++;
          tally.markCompactMs += e.duration;
        } else {
          tally.otherPauses++;
          tally.otherMs += e.duration;
        }
        tally.totalMs += e.duration;
      }
      tally.newSpaceMb = (getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0) / 2 ** 20;
      tally.peakRssMb = process.resourceUsage().maxRSS / 1024;
      return tally;
    },
  };
}

/**
 * How long one dependent memory load takes when the data does not fit a given cache: a
 * pointer chase through a random cycle over `bytes` of an Int32Array (each load's address is
 * the value of the one before, so neither the CPU's prefetcher nor its out-of-order window
 * can hide the latency).
 *
 * WHY the calibration carries it: the parser touches more code and tables per message than
 * a core's L2 holds, so its speed follows the latency of the last-level cache, which a
 * virtual machine shares with its neighbours. On 7 Dec 2026 the same build parsed 46–49k
 * messages per CPU-second on one machine of this kind and 7.4k on another whose L3 was taken
 * by its neighbours (a 4 MB chase at 130 ns, DRAM speed): docs/BENCHMARKS.md. A parser figure
 * is comparable to another run's only when these are close.
 */

/** Nanoseconds per dependent load over a random cycle of `bytes` (median of `rounds`). */
export function randomLoadNanos(bytes: number, loads = 2_000_000, rounds = 3): number {
  const n = Math.max(16, Math.floor(bytes / 4));
  const next = randomCycle(n);
  const times: number[] = [];
  let at = 0;
  for (let round = 0; round < rounds; round++) {
    // The first pass brings the array into whatever cache will hold it.
    for (let i = 0; i < n; i++) at = next[at]!;
    const started = process.hrtime.bigint();
    for (let i = 0; i < loads; i++) at = next[at]!;
    times.push(Number(process.hrtime.bigint() - started) / loads);
  }
  // `at` is used, so the chase cannot be optimised away.
  if (at < 0) throw new Error('unreachable');
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** One cycle through every index of 0..n-1 in a random order (Sattolo's algorithm). */
function randomCycle(n: number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // A fixed-seed generator: the same cycle each run, so runs differ only by the machine.
  let seed = 0x9e3779b9;
  const random = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 0x1_0000_0000;
  };
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * i);
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  const next = new Int32Array(n);
  for (let i = 0; i < n; i++) next[order[i]!] = order[(i + 1) % n]!;
  return next;
}

/**
 * CPU time of the calling thread, in nanoseconds, from Linux's /proc/thread-self/schedstat
 * (its first field: time spent running). Node 20 has no `process.threadCpuUsage`.
 *
 * WHY: a synchronous benchmark (the parser) timed by the wall clock measures the scheduler as
 * much as the code once anything else runs on the machine; the time its own thread spent on a
 * core is what "messages a second on one core" means, and on a quiet machine the two agree.
 * Returns undefined where the file does not exist (not Linux), so callers fall back to the wall clock.
 */
import { readFileSync } from 'node:fs';

export function threadCpuNs(): bigint | undefined {
  try {
    return BigInt(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0] ?? '');
  } catch {
    return undefined;
  }
}

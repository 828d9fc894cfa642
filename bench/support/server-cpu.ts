/**
 * The CPU the database servers spent during a run: every `postgres` and `redis-server` process
 * on this machine, read from /proc (issue #21). The inbound goal is a ratio to the machine's own
 * insert rate, and on one machine the bot, Postgres and Redis share its cores: a message's cost
 * to the machine is the three together, so the bench shows the servers' part beside the bot's.
 *
 * Read at the run's start and end: a process found only at the end (a backend the pool opened
 * during the run) counts from zero; one that exited during the run is lost (the rigs' pools keep
 * their connections for the whole run). Everything of those names counts, other databases'
 * work included: the figure means something on a machine doing nothing else. Where /proc is
 * missing (not Linux) or the servers run elsewhere, it is undefined.
 */
import { readdirSync, readFileSync } from 'node:fs';

const SERVERS = ['postgres', 'redis-server'] as const;
export type Server = (typeof SERVERS)[number];

/** Linux's clock ticks a second for /proc's CPU times (USER_HZ: 100 on every common build). */
const TICKS_PER_SECOND = 100;

export type ServerCpuSnapshot = Map<string, { server: Server; ticks: number }> | undefined;

export function snapshotServerCpu(): ServerCpuSnapshot {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return undefined;
  }
  const seen = new Map<string, { server: Server; ticks: number }>();
  for (const pid of pids) {
    try {
      const server = readFileSync(`/proc/${pid}/comm`, 'utf8').trim() as Server;
      if (!SERVERS.includes(server)) continue;
      // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      seen.set(pid, { server, ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // Exited while being read.
    }
  }
  return seen;
}

/** Microseconds of CPU each server spent between two snapshots, a message; undefined when none was seen. */
export function serverCpuPerMessage(before: ServerCpuSnapshot, after: ServerCpuSnapshot, messages: number): Partial<Record<Server, number>> | undefined {
  if (!before || !after) return undefined;
  const ticks: Partial<Record<Server, number>> = {};
  for (const [pid, now] of after) ticks[now.server] = (ticks[now.server] ?? 0) + now.ticks - (before.get(pid)?.ticks ?? 0);
  const out: Partial<Record<Server, number>> = {};
  for (const server of SERVERS) if (ticks[server] !== undefined) out[server] = ((ticks[server] / TICKS_PER_SECOND) * 1e6) / messages;
  return Object.keys(out).length ? out : undefined;
}

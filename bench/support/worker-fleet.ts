/**
 * The bot run as separate processes for the benches that measure many workers (bench/workers.ts,
 * bench/group-evening.ts): one receiver in this process, handing messages to the queues, and N
 * worker child processes started with the same environment, as `docker compose up --scale worker=N`
 * would. Also what both read of those processes: their CPU time from /proc.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import type { UserFromGetMe } from 'grammy/types';
import { startApp } from '../../src/app.ts';
import { messageToInbound } from '../../src/channels/telegram/telegram.mapper.ts';
import { loadConfig } from '../../src/config.ts';
import { systemClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { InboundMessage } from '../../src/core/messages.ts';
import { startBotProcess, type BotProcess } from '../../tests/helpers/processes.ts';

export const BENCH_TOKEN = '123456:BENCH-token_abcdefghijklmnopqrstuv';
const ME = { id: 1, is_bot: true, first_name: 'Bench', username: 'bench_bot' } as UserFromGetMe;

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface Fleet {
  receiver: Awaited<ReturnType<typeof startApp>>;
  children: BotProcess[];
}

/**
 * Starts the receiver, then `workers` worker processes, and waits until every worker says it is
 * running (2 minutes at most). The receiver goes first: it agrees the shard count in Redis that
 * the workers then find. `env` holds the database, Redis, fake Bot API and inbound settings.
 */
export async function startFleet(env: Record<string, string>, workers: number): Promise<Fleet> {
  const receiver = await startApp({ config: loadConfig({ ...env, DAMPINGI_ROLES: 'receiver' }), clock: systemClock, log: silentLogger() });
  const fleet: Fleet = { receiver, children: [] };
  for (let i = 0; i < workers; i++) {
    fleet.children.push(startBotProcess({ ...env, DAMPINGI_ROLES: 'worker', LOG_LEVEL: 'info', DATA_DIR: os.tmpdir() }));
  }
  const deadline = Date.now() + 120_000;
  while (!fleet.children.every((c) => c.stderr().includes('Dampingi is running'))) {
    const dead = fleet.children.find((c) => c.stderr().includes('could not start'));
    if (dead || Date.now() > deadline) {
      await stopFleet(fleet);
      throw new Error(dead ? `a worker did not start: ${dead.stderr().slice(-500)}` : 'workers did not start within 2 minutes');
    }
    await sleep(100);
  }
  return fleet;
}

/**
 * SIGTERM to each worker, as `docker compose stop` sends (each finishes its job and exits), then
 * the receiver. Returns how many workers did not exit cleanly.
 */
export async function stopFleet(fleet: Fleet): Promise<number> {
  await Promise.all(fleet.children.map((c) => c.stop(30_000)));
  const exits = await Promise.all(fleet.children.map((c) => c.exit));
  await fleet.receiver.stop();
  return exits.filter((e) => e.code !== 0).length;
}

/** A private Telegram text from chat `chat`, as the receiver gets it from the Bot API. */
export function privateText(chat: number, messageId: number, text: string): InboundMessage {
  return messageToInbound(
    {
      message_id: messageId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chat, type: 'private', first_name: `U${chat}` },
      from: { id: chat, is_bot: false, first_name: `U${chat}` },
      text,
    },
    ME,
  ) as InboundMessage;
}

/** user + system CPU time of a process so far, in µs (fields 14 and 15 of /proc/PID/stat). */
export function cpuMicros(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Linux reports in clock ticks, 100 a second on every common build.
    return ((Number(fields[11]) + Number(fields[12])) * 1_000_000) / 100;
  } catch {
    return undefined;
  }
}

/** The processes' CPU time together, in µs; undefined when one of them can no longer be read. */
export function totalCpu(pids: readonly number[]): number | undefined {
  const each = pids.map(cpuMicros);
  return each.every((c) => c !== undefined) ? each.reduce((a, b) => a + b, 0) : undefined;
}

/**
 * The health check of a running bot: which parts it asks (Postgres through the bot's pool,
 * Redis through the queues' connection, each channel with a platform link to lose) and the
 * endpoint that answers container health checks.
 */
import type { Channel } from './channels/channel.ts';
import type { Logger } from './core/logger.ts';
import type { Platform } from './core/messages.ts';
import type { Db } from './db/client.ts';
import { databaseAnswers } from './db/ping.ts';
import { startHealthServer, type HealthServer } from './health/health.http.ts';
import { down, UP, upWith, type HealthReport, type Probe } from './health/health.ts';
import { connectionAnswers, type Redis } from './jobs/redis.ts';

export interface HealthParts {
  db: Db;
  redis: Redis;
  channels: ReadonlyMap<Platform, Channel>;
}

/** One probe per part, named postgres, redis and after each platform (the console has none). */
export function appProbes({ db, redis, channels }: HealthParts): Record<string, Probe> {
  const probes: Record<string, Probe> = {
    postgres: async () => ((await databaseAnswers(db)) ? UP : down('no answer')),
    redis: async () => ((await connectionAnswers(redis)) ? UP : down('not connected')),
  };
  for (const [platform, channel] of channels) {
    if (!channel.connection) continue;
    probes[platform] = () => {
      const state = channel.connection!();
      return state.connected ? upWith(state.note) : down(state.reason);
    };
  }
  return probes;
}

/**
 * Serves the report on `port`. A port that cannot be had (in use, not allowed) is logged as
 * an error and the bot runs on without the endpoint: members' messages matter more than a
 * monitor, and the failing health check then tells the operator.
 */
export async function serveHealth(port: number, report: () => Promise<HealthReport>, log: Logger): Promise<HealthServer | undefined> {
  try {
    const server = await startHealthServer({ port, report });
    log.info({ port: server.port }, 'health endpoint listening');
    return server;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    log.error({ port, err: code }, 'health endpoint not started: its port cannot be used; the bot runs on without it');
    return undefined;
  }
}

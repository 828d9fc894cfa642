/**
 * Redis connections for BullMQ. Workers block on Redis, so every connection here uses
 * `maxRetriesPerRequest: null`: while Redis is away, commands wait and are sent when it
 * returns instead of failing (and losing) an inbound message.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';
import type { Logger } from '../core/logger.ts';
import { freePort } from '../core/ports.ts';

export type { Redis };

export function connectRedis(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, lazyConnect: false });
}

/**
 * True when this connection is ready and Redis answers PING (the health check asks). A
 * connection that is away answers false at once instead of queueing the PING until it returns.
 */
export async function connectionAnswers(redis: Redis): Promise<boolean> {
  if (redis.status !== 'ready') return false;
  try {
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  }
}

/** True when a Redis answers PING at `url` within `timeoutMs`. */
export async function redisAnswers(url: string, timeoutMs = 1000): Promise<boolean> {
  const client = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    connectTimeout: timeoutMs,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

export interface LocalRedis {
  url: string;
  stop(): Promise<void>;
}

export class RedisUnavailableError extends Error {
  override name = 'RedisUnavailableError';
}

/**
 * With no REDIS_URL: use the Redis on 127.0.0.1:6379 if one answers, else start
 * `redis-server` from PATH with AOF persistence under DATA_DIR/redis (queued replies and
 * reminders survive a restart), else explain how to get one.
 */
export async function defaultRedis(dataDir: string, log: Logger): Promise<LocalRedis> {
  const standard = 'redis://127.0.0.1:6379';
  if (await redisAnswers(standard)) {
    log.info('using the Redis on 127.0.0.1:6379');
    return { url: standard, stop: async () => undefined };
  }
  const dir = path.join(dataDir, 'redis');
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const child: ChildProcess = spawn(
    'redis-server',
    [
      '--bind', '127.0.0.1',
      '--port', String(port),
      '--dir', dir,
      '--appendonly', 'yes',
      '--save', '',
      // BullMQ must never have its keys evicted.
      '--maxmemory-policy', 'noeviction',
    ],
    { stdio: 'ignore' },
  );
  const spawned = await new Promise<boolean>((resolve) => {
    child.once('spawn', () => resolve(true));
    child.once('error', () => resolve(false));
  });
  if (!spawned) {
    throw new RedisUnavailableError(
      'Redis is needed and none was found: install it (Debian/Ubuntu: `sudo apt-get install redis-server`, macOS: `brew install redis`) or set REDIS_URL=redis://host:6379',
    );
  }
  const url = `redis://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await redisAnswers(url, 200)) break;
    if (child.exitCode !== null) throw new RedisUnavailableError(`redis-server exited with code ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  log.info({ port, dir }, 'started a local redis-server');
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * The health endpoint against real parts: the whole bot on the test Postgres and Redis,
 * Telegram long-polling the local Bot API and WhatsApp on a fake socket, answering 200 only
 * while everything is connected and 503 naming what is not; and the same probes pointed at
 * a Redis or a Postgres that nobody runs.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appProbes } from '../../src/app-health.ts';
import { TelegramChannel } from '../../src/channels/telegram/telegram.channel.ts';
import { startApp, type App } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { systemClock } from '../../src/core/clock.ts';
import { createLogger, silentLogger } from '../../src/core/logger.ts';
import { freePort } from '../../src/core/ports.ts';
import { createDb } from '../../src/db/client.ts';
import { startHealthServer } from '../../src/health/health.http.ts';
import { checkHealth } from '../../src/health/health.ts';
import { connectRedis } from '../../src/jobs/redis.ts';
import { LEASE_TIMING } from '../../src/modules/whatsapp/whatsapp-lock.repository.ts';
import { eventually } from '../helpers/wait.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { FAKE_TOKEN, startFakeTelegram, type FakeTelegram } from '../helpers/fake-telegram.ts';
import { telegramConfig } from '../helpers/telegram-app.ts';
import { createTestRedis, type TestRedis } from '../helpers/redis.ts';
import { fakeSockets } from '../fixtures/whatsapp/fake-socket.ts';

const AUTH_KEY = 'a secret only this deployment knows';

let t: TestDatabase;
let r: TestRedis;
let tg: FakeTelegram;
let app: App;
let healthUrl: string;
const sockets = fakeSockets();
/** Reconnects the WhatsApp channel schedules: kept here, run only if a test says so. */
const reconnects: (() => void)[] = [];

beforeAll(async () => {
  [t, r, tg] = await Promise.all([createTestDatabase(), createTestRedis(), startFakeTelegram()]);
  const port = await freePort();
  healthUrl = `http://127.0.0.1:${port}/health`;
  const config = telegramConfig(
    { databaseUrl: t.url, redisUrl: r.url, prefix: r.prefix, apiRoot: tg.apiRoot },
    { WHATSAPP_ENABLED: 'true', WHATSAPP_AUTH_KEY: AUTH_KEY, HEALTH_PORT: String(port) },
  );
  app = await startApp({
    config,
    clock: systemClock,
    log: silentLogger(),
    whatsapp: {
      socketFactory: sockets.factory,
      terminal: { write: () => undefined },
      random: () => 0,
      schedule: (fn, ms) => {
        // The number lease's renewals and deadline are not reconnects: they never run here.
        if (ms < LEASE_TIMING.renewMs) reconnects.push(fn);
        return () => undefined;
      },
      // ...and the lease's clock stands still with them (its deadline never passes).
      monotonic: () => 0,
    },
  });
});

afterAll(async () => {
  await app?.stop();
  await tg?.stop();
  await r?.cleanup();
  await t?.drop();
});

async function get(url: string): Promise<{ status: number; body: Record<string, unknown>; text: string }> {
  const response = await fetch(url);
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as Record<string, unknown>, text };
}

describe('GET /health of the running bot', () => {
  it('answers 503 while WhatsApp is still linking, naming only WhatsApp', async () => {
    const { status, body, text } = await get(healthUrl);
    expect(status).toBe(503);
    expect(body).toEqual({
      status: 'down',
      down: ['whatsapp'],
      parts: { postgres: 'up', redis: 'up', telegram: 'up', whatsapp: 'connecting' },
    });
    for (const secret of [FAKE_TOKEN, AUTH_KEY, t.url, r.prefix]) expect(text).not.toContain(secret);
  });

  it('answers 200 once every channel is connected', async () => {
    sockets.last().open();
    // Opening checks the linked number in Postgres first.
    await eventually(async () => (await app.health()).parts.whatsapp === 'up', { what: 'WhatsApp open' });
    const { status, body } = await get(healthUrl);
    expect(status).toBe(200);
    expect(body).toEqual({ status: 'ok', parts: { postgres: 'up', redis: 'up', telegram: 'up', whatsapp: 'up' } });
    expect(await app.health()).toEqual({ ok: true, parts: { postgres: 'up', redis: 'up', telegram: 'up', whatsapp: 'up' }, down: [] });
  });

  it('answers 503 while WhatsApp reconnects, and 200 again when it is back', async () => {
    sockets.last().close(428);
    const closed = await get(healthUrl);
    expect(closed.status).toBe(503);
    expect(closed.body).toMatchObject({ down: ['whatsapp'], parts: { whatsapp: 'reconnecting' } });

    expect(reconnects).toHaveLength(1);
    reconnects.shift()!();
    sockets.last().open();
    await eventually(async () => (await app.health()).parts.whatsapp === 'up', { what: 'WhatsApp open again' });
    expect((await get(healthUrl)).status).toBe(200);
  });

  it('answers 503 for Telegram once its polling has stopped', async () => {
    await app.channels.get('telegram')!.stop();
    const { status, body } = await get(healthUrl);
    expect(status).toBe(503);
    expect(body).toMatchObject({ down: ['telegram'], parts: { telegram: 'polling stopped', whatsapp: 'up' } });
  });
});

describe('Telegram in webhook mode', () => {
  it('is connected once its server listens and the webhook is set, and not after it stops', async () => {
    const port = await freePort();
    const channel = new TelegramChannel({
      token: FAKE_TOKEN,
      apiRoot: tg.apiRoot,
      webhook: { url: `http://127.0.0.1:${port}/telegram`, secret: 'webhook-secret_0123456789', port, host: '127.0.0.1' },
      clock: systemClock,
      log: silentLogger(),
    });
    expect(channel.connection()).toEqual({ connected: false, reason: 'not started' });
    await channel.start(async () => undefined);
    expect(channel.connection()).toEqual({ connected: true });
    await channel.stop();
    expect(channel.connection()).toEqual({ connected: false, reason: 'webhook not set' });
  });
});

describe('the same probes on parts that are down', () => {
  it('answers 503 naming Redis when it points at a port nobody listens on', async () => {
    const redis = connectRedis(`redis://127.0.0.1:${await freePort()}`);
    redis.on('error', () => undefined);
    const server = await startHealthServer({ port: 0, host: '127.0.0.1', report: () => checkHealth(appProbes({ db: t.db, redis, channels: new Map() })) });
    try {
      const { status, body } = await get(`http://127.0.0.1:${server.port}/health`);
      expect(status).toBe(503);
      expect(body).toEqual({ status: 'down', down: ['redis'], parts: { postgres: 'up', redis: 'not connected' } });
    } finally {
      await server.close();
      redis.disconnect();
    }
  });

  it('answers 503 naming Postgres when it points at a port nobody listens on', async () => {
    const db = createDb(`postgres://postgres@127.0.0.1:${await freePort()}/test`, { max: 1 });
    const server = await startHealthServer({ port: 0, host: '127.0.0.1', report: () => checkHealth(appProbes({ db, redis: r.connection, channels: new Map() })) });
    try {
      const { status, body } = await get(`http://127.0.0.1:${server.port}/health`);
      expect(status).toBe(503);
      expect(body).toEqual({ status: 'down', down: ['postgres'], parts: { postgres: 'no answer', redis: 'up' } });
    } finally {
      await server.close();
      await db.destroy();
    }
  });
});

describe('HEALTH_PORT already taken', () => {
  it('starts the bot anyway and logs why there is no endpoint', async () => {
    const taken = await startHealthServer({ port: 0, host: '0.0.0.0', report: async () => ({ ok: true, parts: {}, down: [] }) });
    let logged = '';
    const log = createLogger('info', new Writable({ write: (chunk, _enc, done) => void ((logged += String(chunk)), done()) }));
    const config = loadConfig({ DATABASE_URL: t.url, REDIS_URL: r.url, QUEUE_PREFIX: `${r.prefix}b`, CONSOLE_CHANNEL: 'off', HEALTH_PORT: String(taken.port) });
    const other = await startApp({ config, clock: systemClock, log });
    try {
      expect(logged).toContain('health endpoint not started');
      expect(logged).toContain('EADDRINUSE');
      expect(await other.health()).toEqual({ ok: true, parts: { postgres: 'up', redis: 'up' }, down: [] });
      // The port still belongs to whoever had it.
      expect((await get(`http://127.0.0.1:${taken.port}/health`)).body).toEqual({ status: 'ok', parts: {} });
    } finally {
      await other.stop();
      await taken.close();
    }
  });
});

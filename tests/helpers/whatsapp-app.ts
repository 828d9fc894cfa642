/**
 * The whole bot with WhatsApp on (queues on Redis, books on Postgres, the fake Baileys
 * socket injected through startApp's factory): what every WhatsApp test of the running app
 * sets up the same way, so a test file says only what is particular to it (its clock, its
 * settings, the people and groups it starts with).
 */
import type { AnyMessageContent } from '@whiskeysockets/baileys';
import { startApp, type App } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { Clock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { Db } from '../../src/db/client.ts';
import { fakeSockets, type FakeSocket } from '../fixtures/whatsapp/fake-socket.ts';
import * as f from '../fixtures/whatsapp/messages.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';
import { createTestRedis, type TestRedis } from './redis.ts';
import { eventually } from './wait.ts';

export interface WhatsappApp {
  t: TestDatabase;
  r: TestRedis;
  app: App;
  sockets: ReturnType<typeof fakeSockets>;
  /** The socket the channel opened last (a reconnect opens a new one). */
  socket(): FakeSocket;
  /** What the bot sent to one chat, in order. */
  sentTo(jid: string): AnyMessageContent[];
  /** The texts among what the bot sent to one chat (undefined for media without text). */
  textsTo(jid: string): (string | undefined)[];
  stop(): Promise<void>;
}

export interface WhatsappAppOptions {
  clock: Clock;
  /** Settings beyond the test database, Redis and WhatsApp on (names as in .env). */
  env?: Record<string, string>;
  /** People, groups and chats to create before the app starts. */
  seed?: (db: Db) => Promise<unknown>;
  /**
   * Link the bot's number and wait until WhatsApp is up (default). Off for tests that
   * link it themselves (the QR code, the credentials).
   */
  linked?: boolean;
  terminal?: { write(text: string): void };
}

export async function startWhatsappApp(o: WhatsappAppOptions): Promise<WhatsappApp> {
  const [t, r] = await Promise.all([createTestDatabase(), createTestRedis()]);
  const sockets = fakeSockets();
  let app: App | undefined;
  const stop = async () => {
    await app?.stop();
    await r.cleanup();
    await t.drop();
  };
  try {
    await o.seed?.(t.db);
    const config = loadConfig({
      DATABASE_URL: t.url,
      REDIS_URL: r.url,
      QUEUE_PREFIX: r.prefix,
      CONSOLE_CHANNEL: 'off',
      WHATSAPP_ENABLED: 'true',
      ...o.env,
    });
    app = await startApp({
      config,
      clock: o.clock,
      log: silentLogger(),
      // random 0: the pacer's jitter is nil, so a paced send goes at a time the test knows.
      whatsapp: { socketFactory: sockets.factory, terminal: o.terminal ?? { write: () => undefined }, random: () => 0 },
    });
    if (o.linked ?? true) {
      const socket = sockets.last();
      socket.emit('creds.update', { me: { ...f.BOT.user }, registered: true });
      socket.open();
      // Opening checks the linked number in Postgres first: wait until the channel is up.
      const running = app;
      await eventually(async () => (await running.health()).parts.whatsapp === 'up', { what: 'WhatsApp open' });
    }
  } catch (error) {
    await stop();
    throw error;
  }
  const sentTo = (jid: string) => sockets.last().sent.filter((s) => s.jid === jid).map((s) => s.content);
  return {
    t,
    r,
    app,
    sockets,
    socket: () => sockets.last(),
    sentTo,
    textsTo: (jid) => sentTo(jid).map((c) => (c as { text?: string }).text),
    stop,
  };
}

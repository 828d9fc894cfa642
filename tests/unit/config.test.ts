import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_INBOUND_SHARDS, loadConfig } from '../../src/config.ts';

const TOKEN = '123456:ABCdefGHIjklMNOpqrSTUvwxYZ';

describe('loadConfig', () => {
  it('runs on embedded defaults when nothing is set', () => {
    const c = loadConfig({});
    expect(c.databaseUrl).toBeUndefined();
    expect(c.redisUrl).toBeUndefined();
    expect(c.telegram).toBeUndefined();
    expect(c.defaultTimeZone).toBe('Asia/Jakarta');
    expect(c.dataDir).toMatch(/\.data$/);
    expect(c.logLevel).toBeUndefined();
    expect(c.consoleChannel).toBe('auto');
    expect(c.queuePrefix).toBe('dampingi');
    expect(c.rewardStreak).toBe(3);
    expect(loadConfig({ REWARD_STREAK: '5' }).rewardStreak).toBe(5);
  });

  it('treats empty values as unset, as .env files leave them', () => {
    const c = loadConfig({ DATABASE_URL: '', REDIS_URL: '', TELEGRAM_BOT_TOKEN: '', LOG_LEVEL: undefined });
    expect(c.databaseUrl).toBeUndefined();
    expect(c.telegram).toBeUndefined();
  });

  it('reads a direct Postgres address for what cannot go through a pooler', () => {
    const pooled = 'postgres://bot@pgbouncer:6432/dampingi';
    const direct = 'postgres://bot@postgres:5432/dampingi';
    expect(loadConfig({ DATABASE_URL: pooled }).databaseDirectUrl).toBeUndefined();
    expect(loadConfig({ DATABASE_URL: pooled, DATABASE_DIRECT_URL: direct })).toMatchObject({ databaseUrl: pooled, databaseDirectUrl: direct });
    expect(() => loadConfig({ DATABASE_DIRECT_URL: direct })).toThrow(/^Invalid configuration: DATABASE_DIRECT_URL needs DATABASE_URL/);
    expect(() => loadConfig({ DATABASE_URL: pooled, DATABASE_DIRECT_URL: 'mysql://x' })).toThrow(/^Invalid configuration: DATABASE_DIRECT_URL must be a URL/);
  });

  it('prepares the hot path on the server unless told the pooler cannot keep named statements', () => {
    expect(loadConfig({}).databaseServerPrepared).toBe(true);
    expect(loadConfig({ DATABASE_SERVER_PREPARED: '' }).databaseServerPrepared).toBe(true);
    expect(loadConfig({ DATABASE_SERVER_PREPARED: 'false' }).databaseServerPrepared).toBe(false);
    expect(loadConfig({ DATABASE_SERVER_PREPARED: ' Off ' }).databaseServerPrepared).toBe(false);
    expect(() => loadConfig({ DATABASE_SERVER_PREPARED: 'maybe' })).toThrow(/^Invalid configuration: DATABASE_SERVER_PREPARED must be true or false/);
  });

  it('reads Telegram polling and webhook settings', () => {
    const polling = loadConfig({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: 'http://127.0.0.1:9000' });
    expect(polling.telegram).toEqual({ token: TOKEN, apiRoot: 'http://127.0.0.1:9000', webhook: undefined });
    const hook = loadConfig({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/tg',
      TELEGRAM_WEBHOOK_SECRET: 'a-very-long-secret_123',
      PORT: '9090',
    });
    expect(hook.telegram?.webhook).toEqual({ url: 'https://bot.example.org/tg', secret: 'a-very-long-secret_123', port: 9090 });
  });

  it('opens no health endpoint unless HEALTH_PORT is set', () => {
    expect(loadConfig({}).healthPort).toBeUndefined();
    expect(loadConfig({ HEALTH_PORT: '' }).healthPort).toBeUndefined();
    expect(loadConfig({ HEALTH_PORT: '8081' }).healthPort).toBe(8081);
    // Polling has no webhook server, so the health endpoint may take PORT's number.
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: TOKEN, HEALTH_PORT: '8080' }).healthPort).toBe(8080);
  });

  it.each([
    [{ HEALTH_PORT: '0' }, /^Invalid configuration: HEALTH_PORT /],
    [{ HEALTH_PORT: 'health' }, /^Invalid configuration: HEALTH_PORT /],
    [
      { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_URL: 'https://x.org/hook', TELEGRAM_WEBHOOK_SECRET: 'a-very-long-secret_123', HEALTH_PORT: '8080' },
      /^Invalid configuration: HEALTH_PORT must differ from PORT/,
    ],
  ])('rejects HEALTH_PORT in %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('leaves WhatsApp off unless enabled', () => {
    expect(loadConfig({}).whatsapp).toBeUndefined();
    expect(loadConfig({ WHATSAPP_ENABLED: 'false', WHATSAPP_PAIRING_PHONE: '+6281234567890' }).whatsapp).toBeUndefined();
    expect(loadConfig({ WHATSAPP_ENABLED: '' }).whatsapp).toBeUndefined();
  });

  it('reads WhatsApp settings, with pacing defaults of 5 a minute and 200 a day, 10 groups a minute, and a new number’s ramp-up on', () => {
    expect(loadConfig({ WHATSAPP_ENABLED: 'true' }).whatsapp).toEqual({
      pairingPhone: undefined,
      authKey: undefined,
      privatePerMinute: 5,
      privateDailyCap: 200,
      groupsPerMinute: 10,
      rampUp: true,
    });
    expect(loadConfig({ WHATSAPP_ENABLED: 'true', WHATSAPP_GROUPS_PER_MINUTE: '4', WHATSAPP_RAMP_UP: 'off' }).whatsapp).toMatchObject({
      groupsPerMinute: 4,
      rampUp: false,
    });
    expect(
      loadConfig({
        WHATSAPP_ENABLED: 'TRUE',
        WHATSAPP_PAIRING_PHONE: '0812-3456-7890',
        WHATSAPP_AUTH_KEY: 'sixteen-chars-or-more',
        WHATSAPP_PRIVATE_PER_MINUTE: '3',
        WHATSAPP_PRIVATE_DAILY_CAP: '50',
      }).whatsapp,
    ).toEqual({ pairingPhone: '6281234567890', authKey: 'sixteen-chars-or-more', privatePerMinute: 3, privateDailyCap: 50, groupsPerMinute: 10, rampUp: true });
    expect(loadConfig({ WHATSAPP_ENABLED: '1', WHATSAPP_PAIRING_PHONE: '+62 812 3456 7890', WHATSAPP_PRIVATE_PER_MINUTE: '' }).whatsapp).toMatchObject({
      pairingPhone: '6281234567890',
      privatePerMinute: 5,
    });
  });

  it.each([
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ REDIS_URL: 'http://localhost' }, 'REDIS_URL'],
    [{ TELEGRAM_BOT_TOKEN: 'not-a-token' }, 'TELEGRAM_BOT_TOKEN'],
    [{ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_URL: 'https://x.org/hook' }, 'TELEGRAM_WEBHOOK_SECRET'],
    [{ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_URL: 'https://x.org/hook', TELEGRAM_WEBHOOK_SECRET: 'short' }, 'TELEGRAM_WEBHOOK_SECRET'],
    [{ DEFAULT_TIMEZONE: 'Jakarta' }, 'DEFAULT_TIMEZONE'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ PORT: '70000' }, 'PORT'],
    [{ CONSOLE_CHANNEL: 'maybe' }, 'CONSOLE_CHANNEL'],
    [{ WHATSAPP_RAMP_UP: 'maybe' }, 'WHATSAPP_RAMP_UP'],
    [{ QUEUE_PREFIX: 'a:b' }, 'QUEUE_PREFIX'],
    [{ REWARD_STREAK: '0' }, 'REWARD_STREAK'],
    [{ WHATSAPP_ENABLED: 'maybe' }, 'WHATSAPP_ENABLED'],
    [{ WHATSAPP_ENABLED: 'true', WHATSAPP_PAIRING_PHONE: '12' }, 'WHATSAPP_PAIRING_PHONE'],
    [{ WHATSAPP_ENABLED: 'true', WHATSAPP_AUTH_KEY: 'short' }, 'WHATSAPP_AUTH_KEY'],
    [{ WHATSAPP_PRIVATE_PER_MINUTE: '0' }, 'WHATSAPP_PRIVATE_PER_MINUTE'],
    [{ WHATSAPP_PRIVATE_PER_MINUTE: '2.5' }, 'WHATSAPP_PRIVATE_PER_MINUTE'],
    [{ WHATSAPP_PRIVATE_DAILY_CAP: 'lots' }, 'WHATSAPP_PRIVATE_DAILY_CAP'],
  ])('rejects %o with one line naming %s', (env, variable) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(new RegExp(`^Invalid configuration: ${variable} `));
    expect(message).not.toContain('\n');
  });

  it('runs every role unless DAMPINGI_ROLES names some, and refuses what is not a role', () => {
    expect([...loadConfig({}).roles].sort()).toEqual(['console', 'receiver', 'scheduler', 'worker']);
    expect([...loadConfig({ DAMPINGI_ROLES: '' }).roles].sort()).toEqual(['console', 'receiver', 'scheduler', 'worker']);
    expect([...loadConfig({ DAMPINGI_ROLES: 'worker' }).roles]).toEqual(['worker']);
    expect([...loadConfig({ DAMPINGI_ROLES: ' Receiver, scheduler ,' }).roles].sort()).toEqual(['receiver', 'scheduler']);
    for (const bad of ['workers', 'receiver,web', ',', ' ']) {
      expect(() => loadConfig({ DAMPINGI_ROLES: bad })).toThrow(/^Invalid configuration: DAMPINGI_ROLES must be a comma-separated list of receiver, worker, scheduler, console$/);
    }
  });

  it('reads INBOUND_SHARDS (not set: the deployment’s count, 16 for a new one) and QUEUE_LOCK_MS (BullMQ’s 30 s unless set)', () => {
    // Not set is kept apart from set to the default: only a process with no setting follows the deployment's count.
    expect(loadConfig({}).inboundShards).toBeUndefined();
    expect(loadConfig({ INBOUND_SHARDS: '' }).inboundShards).toBeUndefined();
    expect(DEFAULT_INBOUND_SHARDS).toBe(16);
    expect(loadConfig({ INBOUND_SHARDS: '16' }).inboundShards).toBe(16);
    expect(loadConfig({ INBOUND_SHARDS: '32' }).inboundShards).toBe(32);
    expect(loadConfig({}).queueLockMs).toBe(30_000);
    expect(loadConfig({ QUEUE_LOCK_MS: '2000' }).queueLockMs).toBe(2000);
    for (const bad of ['0', '257', '1.5', 'many']) expect(() => loadConfig({ INBOUND_SHARDS: bad })).toThrow(/^Invalid configuration: INBOUND_SHARDS /);
    for (const bad of ['999', '600001', 'soon']) expect(() => loadConfig({ QUEUE_LOCK_MS: bad })).toThrow(/^Invalid configuration: QUEUE_LOCK_MS /);
  });

  it('reads INBOUND_BATCH: batches of 8 unless set, 1 for one message a transaction, at most 50', () => {
    expect(loadConfig({}).inboundBatch).toBe(8);
    expect(loadConfig({ INBOUND_BATCH: '' }).inboundBatch).toBe(8);
    expect(loadConfig({ INBOUND_BATCH: '1' }).inboundBatch).toBe(1);
    expect(loadConfig({ INBOUND_BATCH: '50' }).inboundBatch).toBe(50);
    for (const bad of ['0', '51', '2.5', 'lots']) expect(() => loadConfig({ INBOUND_BATCH: bad })).toThrow(/^Invalid configuration: INBOUND_BATCH /);
  });

  it('reads QUIET_HOURS, 21:00-07:00 unless set, off to turn them off', () => {
    expect(loadConfig({}).quietHours).toEqual({ start: 21 * 60, end: 7 * 60 });
    expect(loadConfig({ QUIET_HOURS: '' }).quietHours).toEqual({ start: 21 * 60, end: 7 * 60 });
    expect(loadConfig({ QUIET_HOURS: '22:30-06:00' }).quietHours).toEqual({ start: 22 * 60 + 30, end: 6 * 60 });
    expect(loadConfig({ QUIET_HOURS: '12:00-14:00' }).quietHours).toEqual({ start: 12 * 60, end: 14 * 60 });
    expect(loadConfig({ QUIET_HOURS: 'off' }).quietHours).toBeNull();
    for (const bad of ['21-07', '25:00-07:00', '21:00-21:00', '21:00', 'sometimes']) {
      expect(() => loadConfig({ QUIET_HOURS: bad })).toThrow(/^Invalid configuration: QUIET_HOURS /);
    }
  });
});

describe('the invitation links', () => {
  const base = { DATABASE_URL: 'postgres://localhost/x' };
  it('name the Telegram bot only with Telegram, the WhatsApp number only with WhatsApp (else its pairing phone)', () => {
    expect(loadConfig({ ...base, TELEGRAM_BOT_USERNAME: '@dampingi_bot' }).joinLinks).toEqual({ telegramBot: undefined, whatsappNumber: undefined });
    expect(loadConfig({ ...base, TELEGRAM_BOT_TOKEN: '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ', TELEGRAM_BOT_USERNAME: '@dampingi_bot' }).joinLinks.telegramBot).toBe('dampingi_bot');
    expect(loadConfig({ ...base, WHATSAPP_ENABLED: 'true', WHATSAPP_PAIRING_PHONE: '0812 3456 7890' }).joinLinks.whatsappNumber).toBe('6281234567890');
    expect(loadConfig({ ...base, WHATSAPP_ENABLED: 'true', WHATSAPP_PAIRING_PHONE: '0812 3456 7890', WHATSAPP_NUMBER: '+62 811 0000 1111' }).joinLinks.whatsappNumber).toBe('6281100001111');
    expect(() => loadConfig({ ...base, TELEGRAM_BOT_USERNAME: 'no spaces' })).toThrow(/TELEGRAM_BOT_USERNAME/);
  });
});

import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

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
  });

  it('treats empty values as unset, as .env files leave them', () => {
    const c = loadConfig({ DATABASE_URL: '', REDIS_URL: '', TELEGRAM_BOT_TOKEN: '', LOG_LEVEL: undefined });
    expect(c.databaseUrl).toBeUndefined();
    expect(c.telegram).toBeUndefined();
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
    [{ QUEUE_PREFIX: 'a:b' }, 'QUEUE_PREFIX'],
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
});

import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';

describe('loadConfig: the web console', () => {
  it('is on at 127.0.0.1:3000 by default, any free port if that one is taken', () => {
    expect(loadConfig({}).web).toEqual({ port: 3000, anyPortIfTaken: true, host: '127.0.0.1', publicUrl: undefined, trustedProxies: 0 });
    expect(loadConfig({ WEB_PORT: '3100', WEB_HOST: '0.0.0.0', WEB_PUBLIC_URL: 'https://konsol.example.org/' }).web).toEqual({
      port: 3100,
      anyPortIfTaken: false,
      host: '0.0.0.0',
      publicUrl: 'https://konsol.example.org',
      trustedProxies: 0,
    });
    expect(loadConfig({ CONSOLE_TRUSTED_PROXIES: '2' }).web?.trustedProxies).toBe(2);
    expect(loadConfig({ CONSOLE_TRUSTED_PROXIES: '' }).web?.trustedProxies).toBe(0);
    expect(loadConfig({ WEB_CONSOLE: 'off' }).web).toBeUndefined();
  });

  it.each([
    [{ WEB_CONSOLE: 'yes' }, /^Invalid configuration: WEB_CONSOLE must be on or off/],
    [{ WEB_PORT: 'web' }, /^Invalid configuration: WEB_PORT /],
    [{ WEB_PUBLIC_URL: 'konsol.example.org' }, /^Invalid configuration: WEB_PUBLIC_URL /],
    [{ WEB_PORT: '8081', HEALTH_PORT: '8081' }, /^Invalid configuration: WEB_PORT must differ/],
    [{ HEALTH_PORT: '3000' }, /^Invalid configuration: WEB_PORT must differ/],
    [{ CONSOLE_TRUSTED_PROXIES: 'yes' }, /^Invalid configuration: CONSOLE_TRUSTED_PROXIES must be the number of reverse proxies/],
    [{ CONSOLE_TRUSTED_PROXIES: '-1' }, /^Invalid configuration: CONSOLE_TRUSTED_PROXIES must be 0 or more/],
    [{ CONSOLE_TRUSTED_PROXIES: '1.5' }, /^Invalid configuration: CONSOLE_TRUSTED_PROXIES must be a whole number/],
    [{ CONSOLE_TRUSTED_PROXIES: '11' }, /^Invalid configuration: CONSOLE_TRUSTED_PROXIES must be at most 10/],
  ])('rejects %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('lets WEB_PORT equal HEALTH_PORT when the console is off', () => {
    expect(loadConfig({ WEB_CONSOLE: 'off', HEALTH_PORT: '3000' }).healthPort).toBe(3000);
  });
});

/**
 * Configuration comes from environment variables only, parsed and validated once at start.
 * `loadConfig` never exits by itself: the composition root prints the one-line error.
 */
import path from 'node:path';
import { z } from 'zod';
import { isTimeZone } from './core/dates.ts';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Empty strings count as "not set": `.env` files and compose files often leave `FOO=`. */
const url = (protocols: string[]) =>
  z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .refine((v) => {
        try {
          return protocols.includes(new URL(v).protocol);
        } catch {
          return false;
        }
      }, `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`)
      .optional(),
  );

const schema = z
  .object({
    DATABASE_URL: url(['postgres:', 'postgresql:']),
    REDIS_URL: url(['redis:', 'rediss:']),
    TELEGRAM_BOT_TOKEN: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z
        .string()
        .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, 'must look like 123456:ABC-DEF… (from @BotFather)')
        .optional(),
    ),
    TELEGRAM_API_ROOT: url(['http:', 'https:']),
    TELEGRAM_WEBHOOK_URL: url(['https:', 'http:']),
    TELEGRAM_WEBHOOK_SECRET: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{16,256}$/, 'must be 16–256 characters of A–Z, a–z, 0–9, _ and -')
        .optional(),
    ),
    PORT: z.coerce.number().int().min(1).max(65535).default(8080),
    DEFAULT_TIMEZONE: z
      .string()
      .default('Asia/Jakarta')
      .refine(isTimeZone, 'must be an IANA time zone such as Asia/Jakarta, Asia/Makassar or Asia/Jayapura'),
    DATA_DIR: z.string().min(1).default('.data'),
    LOG_LEVEL: z.enum(LOG_LEVELS).optional(),
    CONSOLE_CHANNEL: z.enum(['auto', 'on', 'off']).default('auto'),
    QUEUE_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,40}$/, 'must be 1–40 characters of A–Z, a–z, 0–9, _ and -')
      .default('dampingi'),
  })
  .superRefine((c, ctx) => {
    if (c.TELEGRAM_WEBHOOK_URL && !c.TELEGRAM_WEBHOOK_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['TELEGRAM_WEBHOOK_SECRET'],
        message: 'required when TELEGRAM_WEBHOOK_URL is set',
      });
    }
    if (c.TELEGRAM_WEBHOOK_URL && !c.TELEGRAM_BOT_TOKEN) {
      ctx.addIssue({
        code: 'custom',
        path: ['TELEGRAM_BOT_TOKEN'],
        message: 'required when TELEGRAM_WEBHOOK_URL is set',
      });
    }
  });

export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  telegram:
    | {
        token: string;
        apiRoot: string | undefined;
        webhook: { url: string; secret: string; port: number } | undefined;
      }
    | undefined;
  defaultTimeZone: string;
  dataDir: string;
  /** Unset means "pick for the mode": info for services, warn under the console chat. */
  logLevel: LogLevel | undefined;
  /** Console chat in this terminal: `auto` turns it on when no other channel is configured. */
  consoleChannel: 'auto' | 'on' | 'off';
  /** Prefix of every queue key in Redis, so several deployments can share one Redis. */
  queuePrefix: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = issue?.path.join('.') || 'environment';
    throw new ConfigError(`Invalid configuration: ${variable} ${issue?.message ?? 'is invalid'}`);
  }
  const c = parsed.data;
  return {
    databaseUrl: c.DATABASE_URL,
    redisUrl: c.REDIS_URL,
    telegram: c.TELEGRAM_BOT_TOKEN
      ? {
          token: c.TELEGRAM_BOT_TOKEN,
          apiRoot: c.TELEGRAM_API_ROOT,
          webhook:
            c.TELEGRAM_WEBHOOK_URL && c.TELEGRAM_WEBHOOK_SECRET
              ? { url: c.TELEGRAM_WEBHOOK_URL, secret: c.TELEGRAM_WEBHOOK_SECRET, port: c.PORT }
              : undefined,
        }
      : undefined,
    defaultTimeZone: c.DEFAULT_TIMEZONE,
    dataDir: path.resolve(c.DATA_DIR),
    logLevel: c.LOG_LEVEL,
    consoleChannel: c.CONSOLE_CHANNEL,
    queuePrefix: c.QUEUE_PREFIX,
  };
}

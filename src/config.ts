/**
 * Configuration comes from environment variables only, parsed and validated once at start.
 * `loadConfig` never exits by itself: the composition root prints the one-line error.
 */
import path from 'node:path';
import { z } from 'zod';
import { isTimeZone } from './core/dates.ts';
import { DEFAULT_INBOUND_BATCH, MAX_INBOUND_BATCH } from './core/inbound-batch-limit.ts';
import { normalizePhone } from './modules/people/phone.ts';
import { DEFAULT_QUIET_HOURS, parseQuietHours, type QuietHours } from './modules/reminders/schedule.ts';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * What one process runs (DAMPINGI_ROLES): `receiver` — the chat links (Telegram polling or
 * webhook, the WhatsApp socket, the terminal chat), which only queue what arrives, and send
 * where only they can (WhatsApp, the terminal); `worker` — inbound messages, Telegram sends,
 * follow-up work; `scheduler` — recurring jobs (outbox sweep, reminders, weekly summaries,
 * lead deadlines); `console` — the web console. Unset: all of them, one process as before.
 */
export const ROLES = ['receiver', 'worker', 'scheduler', 'console'] as const;
export type Role = (typeof ROLES)[number];

/** "worker, scheduler" → ['worker', 'scheduler']. */
const roleList = (v: string) => v.split(',').map((r) => r.trim().toLowerCase()).filter((r) => r !== '');
const isRole = (r: string): r is Role => (ROLES as readonly string[]).includes(r);

/**
 * The inbound shards a new deployment takes when INBOUND_SHARDS is not set. A process with
 * no setting follows a running deployment's count instead (src/jobs/shard-count.ts), so
 * raising this does not stop a rolling upgrade. 16, not 4: one process handles more
 * messages a second at less CPU each (docs/BENCHMARKS.md, 2026-12-08), at the price of 12
 * more blocking Redis connections a worker process.
 */
export const DEFAULT_INBOUND_SHARDS = 16;
/** The inbound shards of a deployment from before the count was recorded in Redis (and before INBOUND_SHARDS existed). */
export const LEGACY_INBOUND_SHARDS = 4;

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

/** A yes/no setting: true/false, 1/0, yes/no, on/off in any case; empty is unset. */
const flag = (unset: boolean) =>
  z.preprocess(
    (v) => (v === '' ? undefined : typeof v === 'string' ? v.trim().toLowerCase() : v),
    z
      .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], 'must be true or false')
      .optional()
      .transform((v) => (v === undefined ? unset : ['true', '1', 'yes', 'on'].includes(v))),
  );

const schema = z
  .object({
    DATABASE_URL: url(['postgres:', 'postgresql:']),
    DATABASE_DIRECT_URL: url(['postgres:', 'postgresql:']),
    DATABASE_SERVER_PREPARED: flag(true),
    REDIS_URL: url(['redis:', 'rediss:']),
    TELEGRAM_BOT_TOKEN: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z
        .string()
        .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, 'must look like 123456:ABC-DEF… (from @BotFather)')
        .optional(),
    ),
    TELEGRAM_API_ROOT: url(['http:', 'https:']),
    TELEGRAM_BOT_USERNAME: z.preprocess(
      (v) => (v === '' ? undefined : typeof v === 'string' ? v.trim().replace(/^@/, '') : v),
      z.string().regex(/^[A-Za-z][A-Za-z0-9_]{3,31}$/, 'must be the bot’s @username (5–32 letters, digits or _), as @BotFather shows it').optional(),
    ),
    TELEGRAM_WEBHOOK_URL: url(['https:', 'http:']),
    TELEGRAM_WEBHOOK_SECRET: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{16,256}$/, 'must be 16–256 characters of A–Z, a–z, 0–9, _ and -')
        .optional(),
    ),
    PORT: z.coerce.number().int().min(1).max(65535).default(8080),
    HEALTH_PORT: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(1).max(65535).optional()),
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
    QUIET_HOURS: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z
        .string()
        .default(DEFAULT_QUIET_HOURS)
        .refine((v) => parseQuietHours(v) !== undefined, 'must be two local times HH:MM-HH:MM (e.g. 21:00-07:00), or off'),
    ),
    DAMPINGI_ROLES: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z
        .string()
        .default(ROLES.join(','))
        .refine((v) => roleList(v).length > 0 && roleList(v).every(isRole), `must be a comma-separated list of ${ROLES.join(', ')}`)
        .transform((v) => roleList(v).filter(isRole)),
    ),
    INBOUND_SHARDS: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z.coerce.number('must be a whole number of queues').int('must be a whole number of queues').min(1).max(256).optional(),
    ),
    INBOUND_BATCH: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z.coerce.number('must be a whole number of messages').int('must be a whole number of messages').min(1).max(MAX_INBOUND_BATCH).default(DEFAULT_INBOUND_BATCH),
    ),
    QUEUE_LOCK_MS: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z.coerce.number('must be milliseconds').int('must be whole milliseconds').min(1000).max(600_000).default(30_000),
    ),
    REWARD_STREAK: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(1).max(60).default(3)),
    WHATSAPP_ENABLED: flag(false),
    WHATSAPP_PAIRING_PHONE: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z
        .string()
        .refine((v) => normalizePhone(v) !== null, 'must be the bot’s phone number with country code, e.g. +6281234567890')
        .optional(),
    ),
    WHATSAPP_NUMBER: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z
        .string()
        .refine((v) => normalizePhone(v) !== null, 'must be the bot’s phone number with country code, e.g. +6281234567890')
        .optional(),
    ),
    WHATSAPP_AUTH_KEY: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z.string().min(16, 'must be at least 16 characters (e.g. the output of `openssl rand -base64 32`)').optional(),
    ),
    WHATSAPP_PRIVATE_PER_MINUTE: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z.coerce.number().int().min(1).max(60).default(5),
    ),
    WHATSAPP_PRIVATE_DAILY_CAP: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z.coerce.number().int().min(1).max(10_000).default(200),
    ),
    WHATSAPP_GROUPS_PER_MINUTE: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z.coerce.number().int().min(1).max(60).default(10),
    ),
    WHATSAPP_RAMP_UP: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['on', 'off']).default('on')),
    WEB_CONSOLE: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['on', 'off'], 'must be on or off').default('on')),
    WEB_PORT: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(0).max(65535).optional()),
    WEB_HOST: z.preprocess((v) => (v === '' ? undefined : v), z.string().min(1).default('127.0.0.1')),
    WEB_PUBLIC_URL: url(['https:', 'http:']),
    CONSOLE_TRUSTED_PROXIES: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z.coerce
        .number('must be the number of reverse proxies in front of the web console (0 when none)')
        .int('must be a whole number of proxies')
        .min(0, 'must be 0 or more')
        .max(10, 'must be at most 10')
        .default(0),
    ),
  })
  .superRefine((c, ctx) => {
    if (c.DATABASE_DIRECT_URL && !c.DATABASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['DATABASE_DIRECT_URL'], message: 'needs DATABASE_URL (it is the same database without the pooler)' });
    }
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
    const webPort = c.WEB_PORT ?? DEFAULT_WEB_PORT;
    if (c.WEB_CONSOLE === 'on' && webPort !== 0 && (webPort === c.HEALTH_PORT || (c.TELEGRAM_WEBHOOK_URL && webPort === c.PORT))) {
      ctx.addIssue({
        code: 'custom',
        path: ['WEB_PORT'],
        message: 'must differ from HEALTH_PORT and from PORT (where the Telegram webhook server listens)',
      });
    }
    if (c.TELEGRAM_WEBHOOK_URL && c.HEALTH_PORT === c.PORT) {
      ctx.addIssue({
        code: 'custom',
        path: ['HEALTH_PORT'],
        message: 'must differ from PORT, where the Telegram webhook server listens',
      });
    }
  });

export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  databaseUrl: string | undefined;
  /**
   * Postgres itself, when DATABASE_URL goes through a pooler in transaction mode (PgBouncer):
   * what needs a session of its own connects here — migrations (Kysely holds a session-level
   * advisory lock around them) and the WhatsApp number's lease (its renewals must not wait
   * in the pooler's queue behind busy workers). Unset: DATABASE_URL.
   */
  databaseDirectUrl: string | undefined;
  /**
   * The hot path's fixed statements prepared on the server once a connection (src/db/server-prepared.ts).
   * False (DATABASE_SERVER_PREPARED=false) for a pooler in transaction mode that cannot keep
   * named statements (PgBouncer before 1.21, or without max_prepared_statements).
   */
  databaseServerPrepared: boolean;
  redisUrl: string | undefined;
  telegram:
    | {
        token: string;
        apiRoot: string | undefined;
        webhook: { url: string; secret: string; port: number } | undefined;
      }
    | undefined;
  /**
   * Port of the health endpoint (GET /health) that container health checks call; unset: no
   * endpoint, so a terminal chat opens no port (the Docker image sets it).
   */
  healthPort: number | undefined;
  defaultTimeZone: string;
  dataDir: string;
  /** Unset means "pick for the mode": info for services, warn under the console chat. */
  logLevel: LogLevel | undefined;
  /** Console chat in this terminal: `auto` turns it on when no other channel is configured. */
  consoleChannel: 'auto' | 'on' | 'off';
  /** Prefix of every queue key in Redis, so several deployments can share one Redis. */
  queuePrefix: string;
  /** No reminder goes out in these local hours (default 21:00–07:00); one due then waits for their end. null: off. */
  quietHours: QuietHours | null;
  /** Consecutive on-time instalments (and no arrears) that make a loan eligible for rewards. */
  rewardStreak: number;
  /** What this process runs (DAMPINGI_ROLES); all roles unless set. */
  roles: ReadonlySet<Role>;
  /**
   * Inbound queues a chat's messages are spread over; each is worked one job at a time
   * across all processes, so this is how many messages the deployment handles at once.
   * Every process of a deployment must use the same number (checked in Redis at start).
   * Not set: the deployment's count, or DEFAULT_INBOUND_SHARDS for a new one (src/jobs/shard-count.ts).
   */
  inboundShards: number | undefined;
  /**
   * How long a worker's hold on a job lasts without renewal (BullMQ lockDuration), and how
   * often stalled jobs are looked for: a job whose process died is taken up again within
   * about twice this. Renewed every half of it while the job runs.
   */
  queueLockMs: number;
  /**
   * Messages an inbound worker handles in one transaction: the job it took and the jobs
   * waiting right behind it on the same shard, in order; when one fails, the batch runs again
   * with a savepoint a message (src/jobs/inbound-batch.processor.ts). 1: one message a transaction.
   */
  inboundBatch: number;
  /** WhatsApp through a linked device (Baileys); undefined unless WHATSAPP_ENABLED is true. */
  whatsapp:
    | {
        /** The bot's own number as digits with country code (6281…): link with a pairing code instead of a QR. */
        pairingPhone: string | undefined;
        /** Secret from which the key that encrypts the stored WhatsApp credentials is derived. */
        authKey: string | undefined;
        /** Bulk private messages allowed per minute (jitter comes on top). */
        privatePerMinute: number;
        /** Bulk private messages allowed per day, counted from local midnight in DEFAULT_TIMEZONE. */
        privateDailyCap: number;
        /** The bot's own messages to groups per minute (a reminder fanned out to many groups). */
        groupsPerMinute: number;
        /** A new number's lower daily caps in its first weeks (off for a number with a long history). */
        rampUp: boolean;
      }
    | undefined;
  /** The programme office's web console (src/web); undefined when WEB_CONSOLE=off. */
  web: WebConsoleConfig | undefined;
  /**
   * What a group's printed invitation links to (its QR codes): the Telegram bot's @username
   * (TELEGRAM_BOT_USERNAME; Telegram tells it only through a getMe call, which a console
   * process need not make) when Telegram is configured, and the WhatsApp bot's number
   * (WHATSAPP_NUMBER, else WHATSAPP_PAIRING_PHONE; digits with country code) when WhatsApp is on.
   */
  joinLinks: JoinLinks;
}

export interface JoinLinks {
  telegramBot: string | undefined;
  whatsappNumber: string | undefined;
}

const DEFAULT_WEB_PORT = 3000;

export interface WebConsoleConfig {
  /** 0: any free port (tests). */
  port: number;
  /** WEB_PORT was not set: when 3000 is taken (a second bot on a laptop), any free port will do. */
  anyPortIfTaken: boolean;
  host: string;
  /**
   * Where people reach the console (the links sent in chat are made from it); unset:
   * http://host:port. An https address marks the session cookie Secure.
   */
  publicUrl: string | undefined;
  /**
   * How many reverse proxies of hers stand in front of the console: their X-Forwarded-For
   * entries name the client for rate limits and the login log. 0: the header is ignored
   * (anyone can send it) and the socket's address is used.
   */
  trustedProxies: number;
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
    databaseDirectUrl: c.DATABASE_DIRECT_URL,
    databaseServerPrepared: c.DATABASE_SERVER_PREPARED,
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
    healthPort: c.HEALTH_PORT,
    defaultTimeZone: c.DEFAULT_TIMEZONE,
    dataDir: path.resolve(c.DATA_DIR),
    logLevel: c.LOG_LEVEL,
    consoleChannel: c.CONSOLE_CHANNEL,
    queuePrefix: c.QUEUE_PREFIX,
    quietHours: parseQuietHours(c.QUIET_HOURS) ?? null,
    rewardStreak: c.REWARD_STREAK,
    roles: new Set(c.DAMPINGI_ROLES),
    inboundShards: c.INBOUND_SHARDS,
    queueLockMs: c.QUEUE_LOCK_MS,
    inboundBatch: c.INBOUND_BATCH,
    whatsapp: c.WHATSAPP_ENABLED
      ? {
          pairingPhone: c.WHATSAPP_PAIRING_PHONE ? normalizePhone(c.WHATSAPP_PAIRING_PHONE)?.replace(/^\+/, '') : undefined,
          authKey: c.WHATSAPP_AUTH_KEY,
          privatePerMinute: c.WHATSAPP_PRIVATE_PER_MINUTE,
          privateDailyCap: c.WHATSAPP_PRIVATE_DAILY_CAP,
          groupsPerMinute: c.WHATSAPP_GROUPS_PER_MINUTE,
          rampUp: c.WHATSAPP_RAMP_UP === 'on',
        }
      : undefined,
    joinLinks: {
      telegramBot: c.TELEGRAM_BOT_TOKEN ? c.TELEGRAM_BOT_USERNAME : undefined,
      whatsappNumber: c.WHATSAPP_ENABLED
        ? normalizePhone(c.WHATSAPP_NUMBER ?? c.WHATSAPP_PAIRING_PHONE ?? '')?.replace(/^\+/, '')
        : undefined,
    },
    web:
      c.WEB_CONSOLE === 'on'
        ? {
            port: c.WEB_PORT ?? DEFAULT_WEB_PORT,
            anyPortIfTaken: c.WEB_PORT === undefined,
            host: c.WEB_HOST,
            publicUrl: c.WEB_PUBLIC_URL?.replace(/\/+$/, ''),
            trustedProxies: c.CONSOLE_TRUSTED_PROXIES,
          }
        : undefined,
  };
}

/**
 * Builds a running bot from configuration: database (embedded when none is configured),
 * migrations, Redis (local when none is configured), queues, workers and channels.
 * `main.ts` and `cli/chat.ts` call it; tests call it with their own database and prefix.
 * `config.roles` says which parts this process runs (receiver, worker, scheduler, console);
 * the queues every part talks to are made in every process.
 */
import { appProbes, serveHealth } from './app-health.ts';
import type { Channel, Intake } from './channels/channel.ts';
import { ConsoleChannel } from './channels/console/console.channel.ts';
import { RedisConsoleMailbox } from './jobs/console-mailbox.ts';
import { TelegramChannel } from './channels/telegram/telegram.channel.ts';
import { WhatsappChannel, type WhatsappOptions } from './channels/whatsapp/whatsapp.channel.ts';
import { NEW_NUMBER_DAILY_CAPS, WhatsappPacer } from './channels/whatsapp/whatsapp.pacer.ts';
import { DEFAULT_INBOUND_SHARDS, LEGACY_INBOUND_SHARDS, type Config } from './config.ts';
import type { Clock } from './core/clock.ts';
import type { Logger } from './core/logger.ts';
import type { Platform } from './core/messages.ts';
import type { Db } from './db/client.ts';
import { openDatabase } from './db/open.ts';
import { checkHealth, type HealthReport } from './health/health.ts';
import { databaseInstanceId } from './db/instance.ts';
import { createDispatch, createIntake, createUnqueuedCheck } from './jobs/intake.ts';
import { createFloodGate } from './jobs/flood-gate.ts';
import { FLOOD_POLICY, type FloodPolicy } from './modules/flood/flood.ts';
import { createQueues, type QueueSet } from './jobs/queues.ts';
import { holdOneAtATime, watchOneAtATime } from './jobs/shards.ts';
import { holdShardCount, recordedShardCount, shardCountProcessId, type ShardCountWatch } from './jobs/shard-count.ts';
import type { Every } from './jobs/redis-loss-watch.ts';
import { connectRedis, defaultRedis } from './jobs/redis.ts';
import { feedAsker, feedSoon, sendBacklog } from './jobs/bulk-feeder.ts';
import { startMaintenance } from './jobs/maintenance.ts';
import { startReminders } from './jobs/reminders.ts';
import { watchSchedulers } from './jobs/schedulers.ts';
import { followUpHandOff } from './jobs/follow-ups.ts';
import { startFollowUpWorkers, startWorkers, type WorkerSet } from './jobs/workers.ts';
import { createAuthCipher } from './modules/whatsapp/auth-cipher.ts';
import { PostgresWhatsappAuthStore } from './modules/whatsapp/whatsapp-auth.repository.ts';
import { bulkPrivateSendsSince, firstSentAt, markRefusedAfterSend } from './modules/outbox/outbox.repository.ts';
import * as whatsappRepo from './modules/whatsapp/whatsapp.repository.ts';
import { whatsappAlerts } from './jobs/whatsapp-notices.ts';
import { tellAboutHeld } from './jobs/held-messages.ts';
import { numberLock } from './modules/whatsapp/whatsapp-lock.repository.ts';
import { readLinkedNumber, rememberLinkedNumber } from './modules/whatsapp/whatsapp-link.repository.ts';
import type { OutboxItem } from './modules/outbox/outbox.repository.ts';
import { hostname } from 'node:os';
import type { WebConsoleConfig } from './config.ts';
import { loginCodeSender } from './web/deliver.ts';
import { startWebConsole, type WebConsole } from './web/server.ts';
import { telegramMediaSource } from './channels/telegram/telegram.media-source.ts';
import { whatsappMediaSource } from './channels/whatsapp/whatsapp.media-source.ts';

export interface AppOptions {
  config: Config;
  clock: Clock;
  log: Logger;
  /** The console chat, when this process should offer one (`npm start` with no channel, `npm run chat`). */
  console?: Omit<ConstructorParameters<typeof ConsoleChannel>[0], 'clock'> | undefined;
  /** WhatsApp test seams: a fake socket instead of Baileys' real one, where the QR goes, jitter, timers. */
  whatsapp?: Pick<WhatsappOptions, 'socketFactory' | 'terminal' | 'random' | 'schedule' | 'monotonic'> | undefined;
  /** Benchmarks only: send pacing other than Telegram's (see bench/inbound.ts). */
  sendLimits?: Parameters<typeof startWorkers>[0]['sendLimits'];
  /** Benchmarks only: another number of inbound shards than config.inboundShards (every process must agree). */
  inboundShards?: number | undefined;
  /** The programme office's web console (src/web); unset: none (tests that do not need it open no port). */
  web?: WebConsoleConfig | undefined;
  /** Flood throttling policy (src/modules/flood/flood.ts); `false` turns it off (benchmarks offering 5 messages a second per person). */
  flood?: FloodPolicy | false | undefined;
  /**
   * Called when this process must stop: the deployment's shard count is no longer its own
   * (src/jobs/shard-count.ts). It has stopped taking and queuing messages; `run.ts` stops it
   * and exits non-zero.
   */
  onFatal?: ((reason: string) => void) | undefined;
  /** Tests: the shard-count heartbeat's timer and monotonic clock (src/jobs/shard-count.ts). */
  heartbeat?: { every?: Every | undefined; now?: (() => number) | undefined } | undefined;
}

export interface App {
  db: Db;
  queues: QueueSet;
  /** What the channels hand each received message to (benchmarks call it directly). */
  intake: Intake;
  channels: Map<Platform, Channel>;
  /** The web console, when this app serves one. */
  web: WebConsole | undefined;
  /** True when every queue is empty and no job is running. */
  isIdle(): Promise<boolean>;
  /** Whether Postgres, Redis and each platform connection work now (what GET /health answers). */
  health(): Promise<HealthReport>;
  /**
   * What went wrong with the queues since start, counted (each is also logged as an error):
   * outbox rows the sweep could not queue (a finished job held their id) and job
   * schedulers re-created after Redis lost them.
   */
  counters: Readonly<AppCounters>;
  /** Stops receiving, lets jobs in progress finish, then closes everything. Idempotent. */
  stop(): Promise<void>;
}

export interface AppCounters {
  outboxRowsUnqueued: number;
  schedulersRestored: number;
}

export async function startApp(options: AppOptions): Promise<App> {
  const { config, clock, log } = options;
  const roles = config.roles;
  const receiver = roles.has('receiver');
  const worker = roles.has('worker');
  const scheduler = roles.has('scheduler');
  // This process's own count; none: it follows the deployment's (decided below, with Redis).
  const ownShards = options.inboundShards ?? config.inboundShards;
  const cleanups: (() => Promise<void>)[] = [];
  const cleanup = async () => {
    for (const fn of cleanups.splice(0).reverse()) {
      await fn().catch((error: unknown) => log.warn({ err: String(error) }, 'error while stopping'));
    }
  };

  try {
    const database = await openDatabase(config, log);
    cleanups.push(() => database.close());
    const db = database.db;
    // Carried in the queue job ids made from row ids: unique across databases (src/db/instance.ts).
    const instance = await databaseInstanceId(db);
    const counters: AppCounters = { outboxRowsUnqueued: 0, schedulersRestored: 0 };

    let redisUrl = config.redisUrl;
    if (!redisUrl) {
      const local = await defaultRedis(config.dataDir, log);
      cleanups.push(local.stop);
      redisUrl = local.url;
    }
    const redis = connectRedis(redisUrl);
    redis.on('error', (error) => log.warn({ err: error.message }, 'redis connection problem'));
    cleanups.push(async () => void (await redis.quit().catch(() => redis.disconnect())));
    const connection = redis;

    // The platforms of the deployment: every process queues messages for them (a reply is
    // queued by the worker that wrote it, sent by the process that has the platform's link).
    const platforms: Platform[] = [
      ...(config.telegram ? (['telegram'] as const) : []),
      ...(config.whatsapp ? (['whatsapp'] as const) : []),
      ...(options.console ? (['console'] as const) : []),
    ];
    // The channels this process holds. Telegram is sent to over plain HTTPS, so a worker holds
    // one to send with, without polling; the WhatsApp socket and the terminal are receivers'.
    const channels = new Map<Platform, Channel>();
    // Messages written before the queues exist wait for them (channels start after the queues).
    const late: { dispatch?: (items: readonly OutboxItem[]) => Promise<void> } = {};
    if (config.telegram && (receiver || worker)) {
      channels.set(
        'telegram',
        new TelegramChannel({ token: config.telegram.token, apiRoot: config.telegram.apiRoot, webhook: config.telegram.webhook, clock, log }),
      );
    }
    if (config.whatsapp && receiver) {
      const wa = config.whatsapp;
      const random = options.whatsapp?.random ?? Math.random;
      // A new number starts with low daily caps, counted in weeks from its first send.
      const rampUp = wa.rampUp ? { from: (await firstSentAt(db, 'whatsapp')) ?? clock.now(), weeklyCaps: NEW_NUMBER_DAILY_CAPS } : undefined;
      const pacer = new WhatsappPacer({ perMinute: wa.privatePerMinute, dailyCap: wa.privateDailyCap, timeZone: config.defaultTimeZone, random, rampUp });
      // A reminder fanned out to many groups goes a group every few seconds, not all at once.
      const groupPacer = new WhatsappPacer({ perMinute: wa.groupsPerMinute, dailyCap: 10_000, timeZone: config.defaultTimeZone, random });
      // Anyone an older bot left as two people (her LID and her phone) becomes one before messages flow.
      const joined = await whatsappRepo.mergeSplitPeople(db).catch((error: unknown) => {
        log.error({ err: String(error) }, 'whatsapp: could not merge people seen by LID and by phone');
        return 0;
      });
      if (joined) log.warn({ count: joined }, 'whatsapp: merged people seen both by LID and by phone');
      // The daily count survives a restart: it is read back from the outbox.
      pacer.restore(await bulkPrivateSendsSince(db, new Date(clock.now().getTime() - 36 * 3600 * 1000)));
      channels.set(
        'whatsapp',
        new WhatsappChannel({
          ...options.whatsapp,
          auth: new PostgresWhatsappAuthStore(db, createAuthCipher(wa.authKey)),
          lids: { phonesForLids: (lids) => whatsappRepo.phonesForLids(db, lids), remember: (pairs) => whatsappRepo.recordLidMappings(db, pairs) },
          sent: { remember: (sent) => whatsappRepo.rememberSentMessage(db, sent, clock.now()), find: (id) => whatsappRepo.findSentMessage(db, id) },
          lastWrotePrivately: (jid) => whatsappRepo.lastWrotePrivately(db, jid),
          // One process per number: a second bot on the same database waits in standby, and takes over within 25 s of the holder's death.
          lock: numberLock(database.url, 'default', { holder: `${hostname()}:${process.pid}` }),
          refusals: { record: async (r) => (await markRefusedAfterSend(db, 'whatsapp', r.platformMessageId, r.reason)) > 0 },
          // The number it served: another phone that links after a logout is refused, not served.
          linkedNumber: {
            read: () => readLinkedNumber(db, 'default'),
            remember: (phone) => rememberLinkedNumber(db, 'default', phone, `${hostname()}:${process.pid}`, clock.now()),
          },
          alerts: whatsappAlerts({
            db,
            clock,
            log,
            account: 'default',
            holder: `${hostname()}:${process.pid}`,
            dispatch: async (items) => late.dispatch?.(items),
          }),
          pacer,
          groupPacer,
          pairingPhone: wa.pairingPhone,
          clock,
          log,
        }),
      );
    }
    if (options.console && receiver) {
      // Another process may run a terminal chat too, on the same outbound queue: a reply goes to its chat's mailbox, printed by that chat's terminal only.
      const blockingUrl = redisUrl;
      const mailbox = new RedisConsoleMailbox(redis, () => connectRedis(blockingUrl), config.queuePrefix);
      channels.set('console', new ConsoleChannel({ ...options.console, clock, mailbox }));
    }
    if (receiver && channels.size === 0) log.warn('no channel is configured: the bot will only work through its queues');
    // What this process receives on: its channels when it is a receiver, none otherwise.
    const received = receiver ? channels : new Map<Platform, Channel>();
    // What it sends on: Telegram where it works (any number of workers), WhatsApp and the
    // terminal where they are received (one socket per number, one terminal).
    const senders = new Map([...channels].filter(([platform]) => (platform === 'telegram' ? worker : receiver)));

    // Up from here, so a container's check sees start-up progress (channels "not started").
    const probes = appProbes({ db, redis, channels: received });
    const health = () => checkHealth(probes);
    if (config.healthPort !== undefined) {
      const server = await serveHealth(config.healthPort, health, log);
      if (server) cleanups.push(() => server.close());
    }

    const prefix = config.queuePrefix;
    // Receivers and workers must spread chats over the same shards, and keep a heartbeat
    // saying which count they use (./jobs/shard-count.ts). Once the count is not theirs, a
    // worker takes no more inbound jobs, the intake refuses, and the process stops.
    const running: { workers?: WorkerSet } = {};
    let shardCount: ShardCountWatch | undefined;
    if (receiver || worker) {
      shardCount = await holdShardCount({
        redis,
        prefix,
        shards: ownShards ?? DEFAULT_INBOUND_SHARDS,
        follow: ownShards === undefined,
        legacy: LEGACY_INBOUND_SHARDS,
        process: shardCountProcessId(),
        log,
        connection,
        every: options.heartbeat?.every,
        now: options.heartbeat?.now,
        onReplaced: (error) => {
          void running.workers?.pauseInbound().catch((e: unknown) => log.warn({ err: String(e) }, 'could not pause the inbound workers'));
          options.onFatal?.(error.message);
        },
      });
      // Stopped after the workers and channels (cleanups run last-in first-out): the heartbeat lives while they work.
      const watch = shardCount;
      cleanups.push(() => watch.stop());
    }
    // A process that neither receives nor works holds no count: its inbound queues (counted by isIdle) are the recorded ones.
    const shards = shardCount?.shards ?? ownShards ?? (await recordedShardCount(redis, prefix)) ?? DEFAULT_INBOUND_SHARDS;
    const queues = createQueues(connection, prefix, platforms, shards, instance);
    cleanups.push(() => queues.close());

    // Bulk work (broadcasts, sweeps, reminder fan-outs of thousands of jobs) talks to Redis
    // over its own connection, so its bursts never queue in front of the replies' commands.
    const backgroundRedis = connectRedis(redisUrl);
    backgroundRedis.on('error', (error) => log.warn({ err: error.message }, 'redis connection problem'));
    cleanups.push(async () => void (await backgroundRedis.quit().catch(() => backgroundRedis.disconnect())));
    const backgroundQueues = createQueues(backgroundRedis, prefix, platforms, shards, instance);
    cleanups.push(() => backgroundQueues.close());
    const backgroundDispatch = createDispatch(backgroundQueues);

    // The web console: up before the workers, so "/masuk" in chat already knows its address.
    let web: WebConsole | undefined;
    if (options.web && roles.has('console')) {
      // The console's follow-ups: a lead made there goes to the same lead-publishing job as one
      // made in chat; a file asked for on the downloads page to the downloads job.
      const consoleHandOff = followUpHandOff({ connection: backgroundRedis, prefix, instance });
      cleanups.push(() => consoleHandOff.close());
      const consoleDispatch = createDispatch(queues, backgroundQueues);
      web = await startWebConsole(options.web, {
        db,
        clock,
        log,
        timeZone: config.defaultTimeZone,
        sendLoginCode: loginCodeSender(db, consoleDispatch),
        publishLead: (leadId) => consoleHandOff.handOff([{ kind: 'publish_lead', leadId }]),
        // A file asked for on the downloads page: made by the same kind of follow-up job.
        requestDownload: (requestId) => consoleHandOff.handOff([{ kind: 'make_download', requestId }]),
        dispatch: consoleDispatch,
        // The help inbox plays members' files straight from their platform: Telegram over
        // HTTPS with the bot's token, WhatsApp from the stored message (no socket needed).
        mediaSources: {
          ...(config.telegram ? { telegram: telegramMediaSource({ token: config.telegram.token, apiRoot: config.telegram.apiRoot }) } : {}),
          ...(config.whatsapp ? { whatsapp: whatsappMediaSource() } : {}),
        },
        joinLinks: config.joinLinks,
      });
      cleanups.push(() => web!.close());
    }

    // Recurring jobs (scheduler role): each runs once per due time however many schedulers
    // run, as BullMQ's job schedulers add one job per run and upserting them is idempotent.
    const maintenance = scheduler
      ? await startMaintenance({
          connection: backgroundRedis,
          prefix,
          deps: {
            db,
            clock,
            dispatch: backgroundDispatch,
            platforms,
            log,
            unqueued: createUnqueuedCheck(backgroundQueues),
            onUnqueued: (rows) => void (counters.outboxRowsUnqueued += rows.length),
            // Feeds reminder fan-outs to the send queues as they drain (./jobs/bulk-feeder.ts).
            backlog: sendBacklog(backgroundQueues),
          },
        })
      : undefined;
    if (maintenance) cleanups.push(() => maintenance.close());

    // Asks the bulk feeder to run. The feeder runs on the scheduler role; a worker without it
    // asks through the same maintenance queue, and whichever scheduler takes the job feeds.
    const asker = !maintenance && worker ? feedAsker(backgroundRedis, prefix) : undefined;
    if (asker) cleanups.push(() => asker.close());
    const feed = maintenance ? () => feedSoon(maintenance.queue) : asker?.feed;

    // Work a message leads to, done after its commit: a lead's deliveries, a chart, an export,
    // a quarterly report (src/jobs/follow-ups.ts). Their documents and pictures go out as replies.
    // A lead to many chats leaves its rows to the bulk feeder (src/jobs/publish-lead.processor.ts).
    const followUps = worker
      ? await startFollowUpWorkers({
          connection: backgroundRedis,
          prefix,
          instance,
          deps: { db, clock, dispatch: createDispatch(queues, backgroundQueues), feed, dataDir: config.dataDir, log },
        })
      : undefined;
    if (followUps) cleanups.push(() => followUps.close());

    // Flood throttling: one person's burst is paced so other chats are not starved.
    const flood = options.flood === false ? undefined : createFloodGate(redis, prefix, clock, options.flood ?? FLOOD_POLICY);
    if (worker) {
      // Before any inbound worker may take a job: one job at a time per shard, across processes.
      await holdOneAtATime(queues.inbound);
      const limits = watchOneAtATime({ queues: queues.inbound, connection, log });
      cleanups.push(() => limits.stop());
    }
    const workers = startWorkers({
      connection,
      prefix,
      log,
      flood,
      inbound: followUps
        ? {
            db,
            clock,
            defaultTimeZone: config.defaultTimeZone,
            rewardStreak: config.rewardStreak,
            // A worker without the console role still links to it, at its public address.
            consoleUrl: web?.url ?? config.web?.publicUrl,
            dispatch: createDispatch(queues, backgroundQueues),
            handOff: followUps.handOff,
            log,
          }
        : undefined,
      // A private message the channel will not send yet waits on its row; her group chat (or facilitator) hears one waits.
      outbound: { db, clock, channels: senders, log, onHeld: (held) => tellAboutHeld({ db, clock, dispatch: backgroundDispatch, log }, held) },
      sendLimits: options.sendLimits,
      inboundShards: shards,
      lockMs: config.queueLockMs,
      inboundBatch: config.inboundBatch,
    });
    running.workers = workers;
    cleanups.push(() => workers.close());

    const reminders = scheduler
      ? await startReminders({
          connection: backgroundRedis,
          prefix,
          deps: {
            db,
            clock,
            dispatch: backgroundDispatch,
            // Fan-outs leave their rows to the bulk feeder, on the maintenance queue of this process.
            feed: maintenance ? () => feedSoon(maintenance.queue) : undefined,
            quietHours: config.quietHours,
            log,
            // Weekly summaries are written by the tick too, the chart drawn as each is sent.
            weeklySummaries: true,
          },
        })
      : undefined;
    if (reminders) cleanups.push(() => reminders.close());

    // Redis may lose its data while the bot runs (a FLUSHALL, a failover to a replica
    // without the keys): the schedulers of the queues this process runs are checked every
    // minute and on each reconnect.
    const scheduled = [maintenance?.queue, reminders?.queue, ...(followUps?.queues ?? [])].filter((q) => q !== undefined);
    if (scheduled.length) {
      const schedulers = watchSchedulers({
        queues: scheduled,
        connection: backgroundRedis,
        log,
        onRestored: (keys) => void (counters.schedulersRestored += keys.length),
      });
      cleanups.push(() => schedulers.stop());
    }

    late.dispatch = createDispatch(queues, backgroundQueues);
    const confirmShards = shardCount;
    const intake = createIntake(queues, flood, confirmShards && (() => confirmShards.confirm()));
    for (const channel of received.values()) {
      await channel.start(intake);
      // Registered last so it runs first: stop receiving before the workers wind down.
      cleanups.push(() => channel.stop());
    }

    let stopping: Promise<void> | undefined;
    return {
      db,
      queues,
      intake,
      channels,
      web,
      async isIdle() {
        const all = [...queues.inbound, ...queues.outbound.values()];
        const counts = await Promise.all(all.map((q) => q.getJobCounts('waiting', 'active', 'delayed', 'prioritized')));
        // Follow-up queues always hold their sweep's next (delayed) run: only work waiting or running counts.
        const work = await Promise.all((followUps?.queues ?? []).map((q) => q.getJobCounts('waiting', 'active', 'prioritized')));
        return [...counts, ...work].every((c) => Object.values(c).every((n) => n === 0));
      },
      health,
      counters,
      stop: () => (stopping ??= cleanup()),
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/**
 * Fan-out of the weekly books nudge to many members: the time to plan it and write the
 * outbox rows (in batches, one transaction each) for the bulk feeder, then the feeder's
 * first run (the send jobs of a few minutes of sends) and the Redis memory those take; and
 * outside the timing, that the feeder eventually feeds every row exactly once as the queue
 * drains (each fed row is marked sent and the queue emptied, as the paced send worker would).
 * Nothing is sent: no send worker runs.
 *
 *   npx tsx bench/reminders.ts [--members 100000]
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Queue } from 'bullmq';
import { silentLogger } from '../src/core/logger.ts';
import { systemClock } from '../src/core/clock.ts';
import { feedBulk, feedSoon, sendBacklog } from '../src/jobs/bulk-feeder.ts';
import { fanOut } from '../src/jobs/reminders-fan-out.ts';
import { createDispatch } from '../src/jobs/intake.ts';
import { MAINTENANCE_QUEUE } from '../src/jobs/schedulers.ts';
import { createQueues } from '../src/jobs/queues.ts';
import { addFacilitator, createGroup, groupsRepo } from '../src/modules/groups/groups.service.ts';
import { parseQuietHours, slotOn } from '../src/modules/reminders/schedule.ts';
import { feedRestAsSent } from './support/feed-rest.ts';
import { createTestDatabase } from '../tests/helpers/database.ts';
import { createTestRedis } from '../tests/helpers/redis.ts';
import { analyze, settleSeed, seedTelegramMembers, sentRowCount } from './support/seed.repository.ts';

export interface RemindersBenchResult {
  members: number;
  /** Outbox rows written. */
  rows: number;
  /** Send jobs queued by the feeder's first run (a watermark's worth, not one per member). */
  jobs: number;
  /** Planning + writing the rows + asking for the feeder (one deduplicated job a batch). */
  seconds: number;
  /** The feeder's first run: claiming the oldest rows and putting their jobs on the send queue. */
  enqueueSeconds: number;
  /** Rows the feeder fed in all, as the queue drained (each row once: equals `rows`). */
  fedInAll: number;
  /** Rows marked sent once the queue had drained for good (equals `rows`). */
  sentRows: number;
  /** Growth of Redis `used_memory` from before the fan-out to after the feeder's first run. */
  redisMegabytes: number;
  /** The same per queued job. */
  bytesPerJob: number;
}

async function usedMemory(redis: { info(section: string): Promise<string> }): Promise<number> {
  const info = await redis.info('memory');
  const match = /^used_memory:(\d+)/m.exec(info);
  if (!match) throw new Error('no used_memory in INFO memory');
  return Number(match[1]);
}

export async function runRemindersBench(options: { members?: number } = {}): Promise<RemindersBenchResult> {
  const members = options.members ?? 100_000;
  const [t, r] = await Promise.all([createTestDatabase(), createTestRedis()]);
  const queues = createQueues(r.connection, r.prefix, ['telegram']);
  const maintenance = new Queue(MAINTENANCE_QUEUE, { connection: r.connection, prefix: r.prefix });
  try {
    const facilitator = await addFacilitator(t.db, { name: 'Bu Rina', telegramId: '900000001', timeZone: 'Asia/Jakarta' });
    const group = await createGroup(t.db, { name: 'Bench', trades: ['asesoris'], facilitatorId: facilitator.id, timeZone: 'Asia/Jakarta' });
    await groupsRepo.linkChat(t.db, { groupId: group.id, platform: 'telegram', chatId: '-100777', byPersonId: null });
    // Members with Telegram accounts who recorded nothing this week: every one is nudged.
    await seedTelegramMembers(t.db, group.id, members);
    await analyze(t.db);
    await settleSeed(t.db);

    // Saturday 30 January 2027, 19:00 WIB.
    const slot = slotOn('nudge', 'Asia/Jakarta', '2027-01-30', parseQuietHours('21:00-07:00') ?? null)!;
    const telegram = queues.outbound.get('telegram')!;
    await telegram.waitUntilReady();
    await maintenance.waitUntilReady();
    const before = await usedMemory(r.connection);
    const started = performance.now();
    // As the bot runs it: rows written for the feeder, which is asked to run after each batch.
    const items = await fanOut(t.db, slot, slot.dueAt, { feed: () => feedSoon(maintenance) });
    const seconds = (performance.now() - started) / 1000;

    const dispatch = createDispatch(queues);
    const feeder = { db: t.db, clock: systemClock, log: silentLogger(), platforms: ['telegram'], backlog: sendBacklog(queues), dispatch };
    const feedStarted = performance.now();
    let fedInAll = await feedBulk(feeder);
    const enqueueSeconds = (performance.now() - feedStarted) / 1000;
    const after = await usedMemory(r.connection);
    const counts = await telegram.getJobCounts('prioritized', 'waiting');
    const jobs = (counts.prioritized ?? 0) + (counts.waiting ?? 0);

    // The rest, as if sent: the fed rows go out, the queue drains, the feeder tops it up.
    fedInAll += await feedRestAsSent(t.db, telegram, feeder);
    return {
      members,
      rows: items.length,
      jobs,
      seconds,
      enqueueSeconds,
      fedInAll,
      sentRows: await sentRowCount(t.db),
      redisMegabytes: (after - before) / 2 ** 20,
      bytesPerJob: jobs ? Math.round((after - before) / jobs) : 0,
    };
  } finally {
    await maintenance.close();
    await queues.close();
    await r.cleanup();
    await t.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { members: { type: 'string' } } });
  const result = await runRemindersBench({ members: values.members ? Number(values.members) : undefined });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

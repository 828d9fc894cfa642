/**
 * The weekly summaries' fan-out to many members (issue #21): the tick's `weekly_summary`
 * slot, timed from the first page read to the last row written for the bulk feeder, then
 * the feeder's first run, and the Redis memory both take. `--design before` times the
 * fan-out as it was until 2026-12-06 instead (the same page reads, then one BullMQ job per
 * member on the `weekly-summaries` queue, whose paced worker would then draw and write each
 * summary, four a second: not run here). Outside the timing, after: the feeder eventually
 * feeds every row exactly once as the queue drains; and the send step's reading of her figures
 * (one statement a row since 2026-12-07), timed on a thousand rows. Nothing is sent and no
 * chart is drawn (the send step draws each one, ~50 ms of CPU, at the pace of sends).
 *
 *   npx tsx bench/summaries.ts [--members 100000] [--design after|before]
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Queue } from 'bullmq';
import { systemClock } from '../src/core/clock.ts';
import { withSummaryFigures } from '../src/conversation/notices/summary-figures.ts';
import { findOutbound } from '../src/modules/outbox/outbox.repository.ts';
import { addDays, startOfWeek } from '../src/core/dates.ts';
import { silentLogger } from '../src/core/logger.ts';
import { feedBulk, feedSoon, sendBacklog } from '../src/jobs/bulk-feeder.ts';
import { createDispatch } from '../src/jobs/intake.ts';
import { createQueues } from '../src/jobs/queues.ts';
import { MAINTENANCE_QUEUE } from '../src/jobs/schedulers.ts';
import { fanOutWeeklySummaries } from '../src/jobs/weekly-summary.ts';
import { addFacilitator, createGroup } from '../src/modules/groups/groups.service.ts';
import { weeklySummaryKey } from '../src/modules/reminders/keys.ts';
import { isoWeek, slotOn, type Slot } from '../src/modules/reminders/schedule.ts';
import { membersWithEntries } from '../src/modules/summaries/summaries.repository.ts';
import type { Db } from '../src/db/client.ts';
import { feedRestAsSent } from './support/feed-rest.ts';
import { createTestDatabase } from '../tests/helpers/database.ts';
import { createTestRedis } from '../tests/helpers/redis.ts';
import { analyze, settleSeed, seedSummaryWeeks, seedTelegramMembers, sentRowCount } from './support/seed.repository.ts';

export interface SummariesBenchResult {
  design: 'after' | 'before';
  members: number;
  /** Outbox rows written by the fan-out (after), or 0 (before: the jobs write them later). */
  rows: number;
  /** Jobs in Redis once the fan-out (before) or the feeder's first run (after) is done. */
  jobs: number;
  /** The fan-out: page reads and the summaries' rows (after), or page reads and one job per member (before). */
  seconds: number;
  /** The feeder's first run (after only). */
  feedSeconds: number;
  /** Rows fed as the queue drained, each once (after only; equals `rows`). */
  fedInAll: number;
  sentRows: number;
  /** Growth of Redis `used_memory` over the fan-out and, after, the feeder's first run. */
  redisMegabytes: number;
  /** After: reading one member's figures as her row is sent (`withSummaryFigures`), p50 and p99 over FIGURES_SAMPLE rows, in ms. */
  figuresMs: { p50: number; p99: number } | null;
}

/** Rows whose figures are read one after another, as the send step reads them. */
const FIGURES_SAMPLE = 1000;

async function usedMemory(redis: { info(section: string): Promise<string> }): Promise<number> {
  const match = /^used_memory:(\d+)/m.exec(await redis.info('memory'));
  if (!match) throw new Error('no used_memory in INFO memory');
  return Number(match[1]);
}

/** The fan-out as it was: who is due, a page at a time, handed to the summary job as one BullMQ job each (its options as they were). */
async function fanOutBefore(db: Db, slot: Slot, queue: Queue): Promise<number> {
  const from = startOfWeek(slot.date);
  const week = isoWeek(slot.date);
  let count = 0;
  for (let after = 0; ; ) {
    const people = await membersWithEntries(db, { timeZone: slot.timeZone, from, to: addDays(from, 6), afterPersonId: after, limit: 1000 });
    if (people.length === 0) break;
    await queue.addBulk(
      people.map((p) => ({
        name: 'summary',
        data: { key: weeklySummaryKey(week, p.personId) },
        opts: { jobId: weeklySummaryKey(week, p.personId), attempts: 20, backoff: { type: 'capped' }, removeOnComplete: { count: 1000 }, removeOnFail: { age: 7 * 24 * 3600 } },
      })),
    );
    count += people.length;
    after = people.at(-1)!.personId;
    if (people.length < 1000) break;
  }
  return count;
}

export async function runSummariesBench(options: { members?: number; design?: 'after' | 'before' } = {}): Promise<SummariesBenchResult> {
  const members = options.members ?? 100_000;
  const design = options.design ?? 'after';
  const [t, r] = await Promise.all([createTestDatabase(), createTestRedis()]);
  const queues = createQueues(r.connection, r.prefix, ['telegram']);
  const maintenance = new Queue(MAINTENANCE_QUEUE, { connection: r.connection, prefix: r.prefix });
  const summaries = new Queue('weekly-summaries', { connection: r.connection, prefix: r.prefix });
  try {
    const facilitator = await addFacilitator(t.db, { name: 'Bu Rina', telegramId: '900000001', timeZone: 'Asia/Jakarta' });
    const group = await createGroup(t.db, { name: 'Bench', trades: ['asesoris'], facilitatorId: facilitator.id, timeZone: 'Asia/Jakarta' });
    await seedTelegramMembers(t.db, group.id, members);
    await seedSummaryWeeks(t.db);
    await analyze(t.db);
    await settleSeed(t.db);

    // Sunday 31 January 2027, 19:00 WIB (week 2027W04).
    const slot = slotOn('weekly_summary', 'Asia/Jakarta', '2027-01-31', null)!;
    const telegram = queues.outbound.get('telegram')!;
    await Promise.all([telegram.waitUntilReady(), maintenance.waitUntilReady(), summaries.waitUntilReady()]);
    const before = await usedMemory(r.connection);
    const started = performance.now();
    if (design === 'before') {
      const handed = await fanOutBefore(t.db, slot, summaries);
      const seconds = (performance.now() - started) / 1000;
      const after = await usedMemory(r.connection);
      return { design, members, rows: 0, jobs: handed, seconds, feedSeconds: 0, fedInAll: 0, sentRows: 0, redisMegabytes: (after - before) / 2 ** 20, figuresMs: null };
    }
    const items = await fanOutWeeklySummaries(t.db, slot, { feed: () => feedSoon(maintenance) });
    const seconds = (performance.now() - started) / 1000;

    const feeder = { db: t.db, clock: systemClock, log: silentLogger(), platforms: ['telegram'], backlog: sendBacklog(queues), dispatch: createDispatch(queues) };
    const feedStarted = performance.now();
    let fedInAll = await feedBulk(feeder);
    const feedSeconds = (performance.now() - feedStarted) / 1000;
    const after = await usedMemory(r.connection);
    const counts = await telegram.getJobCounts('prioritized', 'waiting');
    const jobs = (counts.prioritized ?? 0) + (counts.waiting ?? 0);
    fedInAll += await feedRestAsSent(t.db, telegram, feeder);
    // The send step's share of the work moved out of the tick: her figures, one statement a row.
    const took: number[] = [];
    for (const item of items.slice(0, FIGURES_SAMPLE)) {
      const row = await findOutbound(t.db, item.idempotencyKey);
      const at = performance.now();
      await withSummaryFigures(t.db, row!.payload);
      took.push(performance.now() - at);
    }
    took.sort((a, b) => a - b);
    const figuresMs = took.length ? { p50: took[Math.floor(took.length / 2)]!, p99: took[Math.min(took.length - 1, Math.floor(took.length * 0.99))]! } : null;
    return { design, members, rows: items.length, jobs, seconds, feedSeconds, fedInAll, sentRows: await sentRowCount(t.db), redisMegabytes: (after - before) / 2 ** 20, figuresMs };
  } finally {
    await summaries.obliterate({ force: true }).catch(() => undefined);
    await summaries.close();
    await maintenance.close();
    await queues.close();
    await r.cleanup();
    await t.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { members: { type: 'string' }, design: { type: 'string' } } });
  const result = await runSummariesBench({ members: values.members ? Number(values.members) : undefined, design: values.design === 'before' ? 'before' : 'after' });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

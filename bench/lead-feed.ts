/**
 * A market lead published to many members' private chats, as the lead-publishing job runs
 * it: the Redis memory it takes at its peak, queued all at once (the job without the bulk
 * feeder, as before issue #21's feeder reached leads) against written for the feeder and
 * fed a watermark's worth (src/jobs/publish-lead.processor.ts). Outside the timing, that the
 * feeder then feeds every row exactly once as the queue drains. Nothing is sent.
 *
 *   npx tsx bench/lead-feed.ts [--members 10000]
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Queue } from 'bullmq';
import { silentLogger } from '../src/core/logger.ts';
import { systemClock } from '../src/core/clock.ts';
import { feedBulk, feedSoon, sendBacklog } from '../src/jobs/bulk-feeder.ts';
import { createDispatch } from '../src/jobs/intake.ts';
import { publishLead } from '../src/jobs/publish-lead.processor.ts';
import { createQueues } from '../src/jobs/queues.ts';
import { MAINTENANCE_QUEUE } from '../src/jobs/schedulers.ts';
import { addFacilitator, createGroup } from '../src/modules/groups/groups.service.ts';
import { createLead } from '../src/modules/leads/leads.service.ts';
import { feedRestAsSent } from './support/feed-rest.ts';
import { createTestDatabase } from '../tests/helpers/database.ts';
import { createTestRedis } from '../tests/helpers/redis.ts';
import { analyze, seedTelegramMembers } from './support/seed.repository.ts';

export interface LeadFeedRun {
  /** Send jobs on the queue right after publishing (and, with the feeder, its first run). */
  jobs: number;
  /** Growth of Redis `used_memory` over that. */
  redisMegabytes: number;
  /** The publishing job (and the feeder's first run), seconds. */
  seconds: number;
}

export interface LeadFeedBenchResult {
  members: number;
  atOnce: LeadFeedRun;
  feeder: LeadFeedRun;
  /** Rows the feeder fed in all as the queue drained (each once: equals `members`). */
  fedInAll: number;
}

async function usedMemory(redis: { info(section: string): Promise<string> }): Promise<number> {
  const match = /^used_memory:(\d+)/m.exec(await redis.info('memory'));
  if (!match) throw new Error('no used_memory in INFO memory');
  return Number(match[1]);
}

export async function runLeadFeedBench(options: { members?: number } = {}): Promise<LeadFeedBenchResult> {
  const members = options.members ?? 10_000;
  const [t, r] = await Promise.all([createTestDatabase(), createTestRedis()]);
  const queues = createQueues(r.connection, r.prefix, ['telegram']);
  const maintenance = new Queue(MAINTENANCE_QUEUE, { connection: r.connection, prefix: r.prefix });
  const log = silentLogger();
  try {
    const rina = await addFacilitator(t.db, { name: 'Bu Rina', telegramId: '900000001', timeZone: 'Asia/Jakarta' });
    const group = await createGroup(t.db, { name: 'Bench', trades: ['asesoris'], facilitatorId: rina.id, timeZone: 'Asia/Jakarta' });
    await seedTelegramMembers(t.db, group.id, members);
    await analyze(t.db);
    const draft = { trades: ['asesoris'], text: 'Wisuda IAIN 12 Des, butuh 200 bros, DP 50%', deadline: null, quantityWanted: 200, downPaymentPercent: 50, villages: [], districts: [], groupNames: [] };
    const newLead = async () =>
      (await createLead(t.db, { facilitatorId: rina.id, facilitatorPersonId: rina.person.id, draft, target: { groupIds: [group.id] }, timeZone: 'Asia/Jakarta', at: new Date(), sourceMessageId: null })).lead.id;
    const telegram = queues.outbound.get('telegram')!;
    await telegram.waitUntilReady();
    await maintenance.waitUntilReady();
    const dispatch = createDispatch(queues);
    const jobsNow = async () => sendBacklog(queues)('telegram');
    const deps = { db: t.db, clock: systemClock, dispatch, dataDir: '', log };

    // Before: the job queues every delivery at once.
    const first = await newLead();
    let before = await usedMemory(r.connection);
    let started = performance.now();
    await publishLead(deps, first);
    const atOnce = { seconds: (performance.now() - started) / 1000, jobs: await jobsNow(), redisMegabytes: ((await usedMemory(r.connection)) - before) / 2 ** 20 };
    // Its jobs go (as if sent); its rows were never fed, so the feeder leaves them alone.
    await telegram.obliterate({ force: true });

    // After: the rows wait for the feeder, whose first run queues a watermark's worth.
    const second = await newLead();
    const feeder = { db: t.db, clock: systemClock, log, platforms: ['telegram'], backlog: sendBacklog(queues), dispatch };
    before = await usedMemory(r.connection);
    started = performance.now();
    await publishLead({ ...deps, feed: () => feedSoon(maintenance) }, second);
    let fedInAll = await feedBulk(feeder);
    const fed = { seconds: (performance.now() - started) / 1000, jobs: await jobsNow(), redisMegabytes: ((await usedMemory(r.connection)) - before) / 2 ** 20 };
    fedInAll += await feedRestAsSent(t.db, telegram, feeder);
    return { members, atOnce, feeder: fed, fedInAll };
  } finally {
    await maintenance.close();
    await queues.close();
    await r.cleanup();
    await t.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { members: { type: 'string' } } });
  const result = await runLeadFeedBench({ members: values.members ? Number(values.members) : undefined });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

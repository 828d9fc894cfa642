/**
 * Fan-out of the weekly books nudge to many members: the time to plan it, write the outbox
 * rows (in batches, one transaction each) and enqueue the send jobs, and the Redis memory
 * the queued jobs take. Nothing is sent: no send worker runs.
 *
 *   npx tsx bench/reminders.ts [--members 100000]
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { fanOut } from '../src/jobs/reminders-fan-out.ts';
import { createDispatch } from '../src/jobs/intake.ts';
import { createQueues } from '../src/jobs/queues.ts';
import { addFacilitator, createGroup, groupsRepo } from '../src/modules/groups/groups.service.ts';
import { parseQuietHours, slotOn } from '../src/modules/reminders/schedule.ts';
import { createTestDatabase } from '../tests/helpers/database.ts';
import { createTestRedis } from '../tests/helpers/redis.ts';
import { analyze, seedTelegramMembers } from './support/seed.repository.ts';

export interface RemindersBenchResult {
  members: number;
  /** Outbox rows written and send jobs queued. */
  rows: number;
  jobs: number;
  /** Planning + writing the rows + enqueueing the jobs. */
  seconds: number;
  /** Of which: putting the jobs on the send queue (BullMQ addBulk). */
  enqueueSeconds: number;
  /** Growth of Redis `used_memory` while the jobs were queued. */
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
  try {
    const facilitator = await addFacilitator(t.db, { name: 'Bu Rina', telegramId: '900000001', timeZone: 'Asia/Jakarta' });
    const group = await createGroup(t.db, { name: 'Bench', trades: ['asesoris'], facilitatorId: facilitator.id, timeZone: 'Asia/Jakarta' });
    await groupsRepo.linkChat(t.db, { groupId: group.id, platform: 'telegram', chatId: '-100777', byPersonId: null });
    // Members with Telegram accounts who recorded nothing this week: every one is nudged.
    await seedTelegramMembers(t.db, group.id, members);
    await analyze(t.db);

    // Saturday 30 January 2027, 19:00 WIB.
    const slot = slotOn('nudge', 'Asia/Jakarta', '2027-01-30', parseQuietHours('21:00-07:00') ?? null)!;
    const telegram = queues.outbound.get('telegram')!;
    await telegram.waitUntilReady();
    const before = await usedMemory(r.connection);
    const started = performance.now();
    const dispatch = createDispatch(queues);
    let enqueueing = 0;
    const items = await fanOut(t.db, slot, slot.dueAt, {
      dispatch: async (batch) => {
        const start = performance.now();
        await dispatch(batch);
        enqueueing += performance.now() - start;
      },
    });
    const seconds = (performance.now() - started) / 1000;
    const after = await usedMemory(r.connection);
    const counts = await telegram.getJobCounts('prioritized', 'waiting');
    const jobs = (counts.prioritized ?? 0) + (counts.waiting ?? 0);
    return {
      members,
      rows: items.length,
      jobs,
      seconds,
      enqueueSeconds: enqueueing / 1000,
      redisMegabytes: (after - before) / 2 ** 20,
      bytesPerJob: jobs ? Math.round((after - before) / jobs) : 0,
    };
  } finally {
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

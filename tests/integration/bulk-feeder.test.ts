/**
 * The bulk feeder (src/jobs/bulk-feeder.ts) puts rows written for it on the send queue as
 * the queue drains: in chunks, below a watermark, oldest first; replies still go ahead;
 * two feeders at once feed each row once; after Redis lost its data every row is still
 * sent exactly once; and the outbox sweep leaves rows awaiting the feeder alone. The other
 * large broadcasts go through it too: a lead to many members, the weekly summaries; each
 * arrives once per member, also when the process dies after writing or Redis is flushed.
 * Real Postgres, real Redis and BullMQ; the "send" is a recording channel, driven by a
 * real BullMQ worker taking one job at a time (no wall-clock waits: the clock is injected).
 */
import { randomUUID } from 'node:crypto';
import { Queue, Worker, type Job } from 'bullmq';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { FEED_LOST_AFTER_MS, feedBulk, feedSoon, sendBacklog, type FeederDeps } from '../../src/jobs/bulk-feeder.ts';
import { publishLead } from '../../src/jobs/publish-lead.processor.ts';
import { fanOutWeeklySummaries } from '../../src/jobs/weekly-summary.ts';
import { slotOn } from '../../src/modules/reminders/schedule.ts';
import { addFacilitator, addMember, createGroup } from '../../src/modules/groups/groups.service.ts';
import { createLead } from '../../src/modules/leads/leads.service.ts';
import { weeklySummaryKey } from '../../src/modules/reminders/keys.ts';
import { createDispatch } from '../../src/jobs/intake.ts';
import { startMaintenance, SWEEP_GRACE_MS, sweepOutbox } from '../../src/jobs/maintenance.ts';
import { processOutbound } from '../../src/jobs/outbound.processor.ts';
import { createQueues, outboundQueueName, type OutboundJob, type QueueSet } from '../../src/jobs/queues.ts';
import { MAINTENANCE_QUEUE, restoreMissingSchedulers, SCHEDULERS } from '../../src/jobs/schedulers.ts';
import { addToOutbox, type OutboxItem } from '../../src/modules/outbox/outbox.repository.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { createTestRedis, type TestRedis } from '../helpers/redis.ts';

let t: TestDatabase;
let r: TestRedis;
let queues: QueueSet;
let worker: Worker<OutboundJob>;
const clock = fixedClock('2027-01-30T12:00:00Z');
const log = silentLogger();
/** Every send the channel made, by outbox key, in order. */
let sent: string[] = [];
const channels = new Map([['telegram' as const, { send: async (m: { chatId: string }) => ({ platformMessageId: `${sent.push(m.chatId)}` }) }]]);

beforeAll(async () => {
  [t, r] = await Promise.all([createTestDatabase(), createTestRedis()]);
  queues = createQueues(r.connection, r.prefix, ['telegram']);
  // Not started: the test takes one job at a time (`drain`), as a paced send worker would.
  worker = new Worker<OutboundJob>(outboundQueueName('telegram'), null, { connection: r.connection, prefix: r.prefix, autorun: false });
});
afterAll(async () => {
  await worker?.close();
  await queues?.close();
  await r?.cleanup();
  await t?.drop();
});
beforeEach(async () => {
  sent = [];
  await t.db.deleteFrom('outbound_messages').execute();
  await forgetRedis();
});

/** Forgets every key of this test's prefix, as a FLUSHALL would (the Redis is shared). */
async function forgetRedis(): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await r.connection.scan(cursor, 'MATCH', `${r.prefix}*`, 'COUNT', 500);
    cursor = next;
    if (keys.length) await r.connection.del(...keys);
  } while (cursor !== '0');
}

/** `count` bulk rows awaiting the feeder; the chat id is the key, so a send names its row. */
async function writeBulk(count: number, prefix = 'nudge'): Promise<string[]> {
  const messages = Array.from({ length: count }, (_, i) => {
    const key = `${prefix}-${String(i).padStart(4, '0')}`;
    return { key, message: { platform: 'telegram' as const, chatId: key, text: 'Sudah catat minggu ini?' }, priority: 'bulk' as const, sourceMessageId: null };
  });
  await addToOutbox(t.db, messages, { forFeeder: true });
  return messages.map((m) => m.key);
}

function feeder(overrides: Partial<FeederDeps> = {}): FeederDeps & { fed: OutboxItem[][] } {
  const fed: OutboxItem[][] = [];
  const dispatch = createDispatch(queues);
  return {
    db: t.db,
    clock,
    log,
    platforms: ['telegram'],
    backlog: sendBacklog(queues),
    dispatch: async (items) => {
      fed.push([...items]);
      await dispatch(items);
    },
    watermark: () => 100,
    chunk: 40,
    fed,
    ...overrides,
  };
}

/** The send worker takes `count` jobs (fewer if the queue runs dry), one at a time, in queue order. */
async function drain(count: number): Promise<number> {
  let done = 0;
  for (; done < count; done++) {
    const token = randomUUID();
    const job = (await worker.getNextJob(token, { block: false })) as Job<OutboundJob> | undefined;
    if (!job) break;
    await processOutbound({ db: t.db, channels, clock, log }, job.data.key);
    await job.moveToCompleted('sent', token, false);
  }
  return done;
}

const waiting = async () => sendBacklog(queues)('telegram');

describe('the bulk feeder', () => {
  it('feeds 1,000 rows in chunks while the queue is below its watermark, oldest first, each sent once', async () => {
    const keys = await writeBulk(1000);
    const deps = feeder();
    expect(await feedBulk(deps)).toBe(100);
    // Chunks of 40 up to the watermark: 40 + 40 + 20.
    expect(deps.fed.map((c) => c.length)).toEqual([40, 40, 20]);
    expect(await waiting()).toBe(100);
    // Full: nothing more until the queue drains.
    expect(await feedBulk(deps)).toBe(0);
    expect(await drain(30)).toBe(30);
    expect(await feedBulk(deps)).toBe(30);
    expect(await waiting()).toBe(100);
    // The rest, as the queue drains.
    for (let round = 0; round < 100 && sent.length < 1000; round++) {
      await drain(70);
      await feedBulk(deps);
    }
    expect(sent).toEqual(keys);
    expect(deps.fed.flat().map((i) => i.idempotencyKey)).toEqual(keys);
    expect(await feedBulk(deps)).toBe(0);
  });

  it('lets a chat reply go ahead of the bulk rows already on the queue', async () => {
    await writeBulk(300);
    const deps = feeder();
    await feedBulk(deps);
    await drain(5);
    const [reply] = await addToOutbox(t.db, [{ key: 'reply-1', message: { platform: 'telegram', chatId: 'reply-1', text: 'Tercatat' }, priority: 'reply', sourceMessageId: null }]);
    await createDispatch(queues)([reply!]);
    await drain(1);
    expect(sent.at(-1)).toBe('reply-1');
    expect(sent).toHaveLength(6);
  });

  it('two feeders at once feed each row once', async () => {
    const keys = await writeBulk(1000);
    const one = feeder();
    const two = feeder();
    for (let round = 0; round < 200 && sent.length < 1000; round++) {
      await Promise.all([feedBulk(one), feedBulk(two)]);
      await drain(60);
    }
    const fed = [...one.fed.flat(), ...two.fed.flat()].map((i) => i.idempotencyKey);
    expect(fed).toHaveLength(1000);
    expect(new Set(fed).size).toBe(1000);
    // Both took part, and every row went out exactly once.
    expect(one.fed.length).toBeGreaterThan(0);
    expect(two.fed.length).toBeGreaterThan(0);
    expect([...sent].sort()).toEqual(keys);
  });

  it('after Redis lost its data mid-feed, every row is still sent exactly once, and soon', async () => {
    const keys = await writeBulk(1000);
    const maintenance = new Queue(MAINTENANCE_QUEUE, { connection: r.connection, prefix: r.prefix });
    try {
      const deps = feeder();
      await feedBulk(deps);
      await drain(10);
      await forgetRedis();
      // The scheduler watch puts the feeder's scheduler back (schedulers.ts).
      expect(await restoreMissingSchedulers([maintenance])).toContain(SCHEDULERS.bulkFeed.key);
      // Its next run: the 90 rows fed just now look fed, not lost, for a minute; the queue is fed on.
      expect(await feedBulk(deps)).toBe(100);
      await drain(100);
      clock.advance(FEED_LOST_AFTER_MS + 1000);
      // The queue is empty: the 90 fed rows whose jobs Redis lost go again, first.
      const before = deps.fed.length;
      await feedBulk(deps);
      const again = deps.fed.slice(before).flat().map((i) => i.idempotencyKey);
      expect(again.slice(0, 90)).toEqual(keys.slice(10, 100));
      for (let round = 0; round < 100 && sent.length < 1000; round++) {
        await drain(70);
        await feedBulk(deps);
      }
      expect(sent).toHaveLength(1000);
      expect([...sent].sort()).toEqual(keys);
      // Long after, nothing is left to feed or to sweep.
      clock.advance(SWEEP_GRACE_MS * 2);
      expect(await drain(1000)).toBe(0);
      expect(await feedBulk(deps)).toBe(0);
    } finally {
      await maintenance.close();
    }
  });

  it('runs as the maintenance task `bulk-feed` (its scheduler, or the fan-out asking with feedSoon)', async () => {
    await writeBulk(30);
    const maintenance = await startMaintenance({
      connection: r.connection,
      prefix: r.prefix,
      deps: { db: t.db, clock, dispatch: createDispatch(queues), platforms: ['telegram'], log, backlog: sendBacklog(queues) },
    });
    try {
      // Asking twice while one is pending is harmless: the claim feeds each row once.
      await feedSoon(maintenance.queue);
      await feedSoon(maintenance.queue);
      await vi.waitFor(async () => expect(await waiting()).toBe(30), { timeout: 20_000, interval: 100 });
      expect(await drain(100)).toBe(30);
      expect(sent).toHaveLength(30);
    } finally {
      await maintenance.close();
    }
  });

  it('the outbox sweep leaves rows awaiting the feeder, and fed rows still in their grace, alone', async () => {
    await writeBulk(50);
    const deps = feeder({ watermark: () => 20 });
    await feedBulk(deps);
    const swept: OutboxItem[] = [];
    const sweep = { db: t.db, clock, dispatch: async (items: readonly OutboxItem[]) => void swept.push(...items), platforms: ['telegram'], log };
    // Rows written long ago (by the database clock) but fed just now, or not fed yet.
    await t.db.updateTable('outbound_messages').set({ created_at: new Date(clock.now().getTime() - SWEEP_GRACE_MS * 3) }).execute();
    expect(await sweepOutbox(sweep)).toBe(0);
    // A fed row unsent past its grace is lost: the sweep takes it (the 20 fed), never the 30 waiting.
    clock.advance(SWEEP_GRACE_MS + 1000);
    expect(await sweepOutbox(sweep)).toBe(20);
    expect(new Set(swept.map((i) => i.idempotencyKey))).toEqual(new Set(deps.fed.flat().map((i) => i.idempotencyKey)));
  });
});

describe('other broadcasts through the feeder', () => {
  // Three groups of 20 members, each with a private Telegram chat; the facilitator is in none.
  let facilitator: { id: number; personId: number };
  const members: { personId: number; chatId: string }[] = [];
  const groups: number[] = [];
  beforeAll(async () => {
    const at = clock.now();
    const rina = await addFacilitator(t.db, { name: 'Bu Rina', telegramId: '900', timeZone: 'Asia/Jakarta' });
    facilitator = { id: rina.id, personId: rina.person.id };
    for (const name of ['Melati', 'Mawar', 'Anggrek']) {
      const group = await createGroup(t.db, { name, trades: ['asesoris'], facilitatorId: rina.id, timeZone: 'Asia/Jakarta' });
      groups.push(group.id);
      for (let i = 0; i < 20; i++) {
        const chatId = String(7000 + members.length);
        const { person } = await addMember(t.db, group.id, { name: `Ibu ${chatId}`, telegramId: chatId, timeZone: 'Asia/Jakarta' }, at);
        members.push({ personId: person.id, chatId });
      }
    }
  });

  async function newLead(groupIds = groups): Promise<number> {
    const draft = { trades: ['asesoris'], text: 'Wisuda 12 Des, butuh 200 bros', deadline: null, quantityWanted: 200, downPaymentPercent: 50, villages: [], districts: [], groupNames: [] };
    const { lead } = await createLead(t.db, {
      facilitatorId: facilitator.id,
      facilitatorPersonId: facilitator.personId,
      draft,
      target: { groupIds },
      timeZone: 'Asia/Jakarta',
      at: clock.now(),
      sourceMessageId: null,
    });
    return lead.id;
  }

  function leadDeps(feed: () => Promise<void>, feedAbove = 10) {
    return { db: t.db, clock, dispatch: createDispatch(queues), feed, feedAbove, dataDir: '', log };
  }

  /** Drains and feeds until nothing is left to feed or send (at most `rounds` rounds). */
  async function sendAll(deps: FeederDeps, rounds = 100): Promise<void> {
    for (let round = 0; round < rounds; round++) {
      const fed = await feedBulk(deps);
      const done = await drain(1000);
      if (fed === 0 && done === 0) return;
    }
  }

  const awaiting = async () =>
    Number((await t.db.selectFrom('outbound_messages').select((eb) => eb.fn.countAll().as('n')).where('awaiting_feeder', '=', true).executeTakeFirstOrThrow()).n);

  it('a lead to 60 members leaves its rows to the feeder, and each member gets it once', async () => {
    let asked = 0;
    expect(await publishLead(leadDeps(async () => void asked++), await newLead())).toBe('published');
    // Written for the feeder, nothing queued by the job: it only asked the feeder to run.
    expect(asked).toBe(1);
    expect(await awaiting()).toBe(60);
    expect(await waiting()).toBe(0);
    const deps = feeder({ watermark: () => 25, chunk: 10 });
    expect(await feedBulk(deps)).toBe(25);
    await sendAll(deps);
    expect([...sent].sort()).toEqual(members.map((m) => m.chatId));
    expect(deps.fed.flat()).toHaveLength(60);
  });

  it('a lead to one group of 20 is queued at once, as before', async () => {
    let asked = 0;
    expect(await publishLead(leadDeps(async () => void asked++, 50), await newLead([groups[0]!]))).toBe('published');
    expect(asked).toBe(0);
    expect(await awaiting()).toBe(0);
    expect(await waiting()).toBe(20);
    expect(await drain(100)).toBe(20);
    expect([...sent].sort()).toEqual(members.slice(0, 20).map((m) => m.chatId));
  });

  it('a lead whose process died before asking, then whose Redis was flushed mid-send, still reaches each member once', async () => {
    const leadId = await newLead();
    // The deliveries commit, then the process dies before it can ask for the feeder.
    const died = leadDeps(async () => {
      throw new Error('killed');
    });
    await expect(publishLead(died, leadId)).rejects.toThrow('killed');
    expect(await awaiting()).toBe(60);
    // The feeder's own scheduler finds them anyway.
    const deps = feeder({ watermark: () => 20, chunk: 20 });
    expect(await feedBulk(deps)).toBe(20);
    expect(await drain(5)).toBe(5);
    await forgetRedis();
    // The lead job is retried (its job failed): the lead is published, so it only queues the
    // 15 fed rows not sent and asks the feeder again; the 40 awaiting the feeder stay there.
    let asked = 0;
    expect(await publishLead(leadDeps(async () => void asked++), leadId)).toBe('already-published');
    expect(asked).toBe(1);
    expect(await waiting()).toBe(15);
    expect(await awaiting()).toBe(40);
    await sendAll(deps);
    expect(sent).toHaveLength(60);
    expect([...sent].sort()).toEqual(members.map((m) => m.chatId));
  });

  describe('the weekly summary', () => {
    // Week 2027W04 (Monday 25 – Sunday 31 January 2027): each member sold something.
    const WEEK = '2027W04';
    beforeAll(async () => {
      await t.db
        .insertInto('ledger_entries')
        .values(members.map((m, i) => ({ person_id: m.personId, kind: 'sale' as const, amount: 10_000 + i * 1000, business_date: '2027-01-26', raw_text: 'laku bros', item: 'bros', quantity: 1 })))
        .execute();
    });

    it('is written by the tick for the feeder, a page at a time; Redis flushed between the tick and the feed, then mid-send: each member once', async () => {
      const slot = slotOn('weekly_summary', 'Asia/Jakarta', '2027-01-31', null)!;
      let asked = 0;
      const pages: number[] = [];
      const written = await fanOutWeeklySummaries(t.db, slot, { feed: async () => void asked++, batchSize: 25, afterBatch: (items) => void pages.push(items.length) });
      // 60 members (and their facilitator) in pages of 25 people: one summary each, no job of
      // its own, every page asking the feeder once.
      expect(pages.reduce((a, b) => a + b, 0)).toBe(60);
      expect(pages).toHaveLength(3);
      expect(Math.max(...pages)).toBeLessThanOrEqual(25);
      expect(asked).toBe(3);
      expect(written.map((i) => i.idempotencyKey).sort()).toEqual(members.map((m) => weeklySummaryKey(WEEK, m.personId)).sort());
      expect(await awaiting()).toBe(60);
      expect(await waiting()).toBe(0);
      // Redis loses its data before the feeder ran: nothing of the summaries was in it.
      await forgetRedis();
      const deps = feeder({ watermark: () => 5, chunk: 5 });
      expect(await feedBulk(deps)).toBe(5);
      expect(await drain(2)).toBe(2);
      await forgetRedis(); // and again mid-send: 3 fed rows lose their jobs
      // The tick is redone (its slot mark lost, another scheduler): every summary is already written.
      expect(await fanOutWeeklySummaries(t.db, slot, { feed: async () => void asked++, batchSize: 25 })).toEqual([]);
      await sendAll(deps);
      expect(sent).toHaveLength(57);
      clock.advance(FEED_LOST_AFTER_MS + 1000);
      await sendAll(deps);
      expect([...sent].sort()).toEqual(members.map((m) => m.chatId).sort());
    }, 120_000);
  });
});

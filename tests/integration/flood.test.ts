/**
 * Flood throttling on real Redis and Postgres: one person's 100 messages in one second are
 * all recorded, she gets one polite notice instead of 100 answers, and someone else on the
 * same inbound shard is served after at most the burst, not after the 100.
 */
import { Worker, type Job } from 'bullmq';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { InboundMessage } from '../../src/core/messages.ts';
import { createFloodGate, runInboundJob } from '../../src/jobs/flood-gate.ts';
import type { InboundDeps } from '../../src/jobs/inbound.processor.ts';
import { createIntake } from '../../src/jobs/intake.ts';
import { createQueues, inboundJobId, inboundQueueName, scopedJobId, shardOf, type InboundJob, type QueueSet } from '../../src/jobs/queues.ts';
import { admitLocally, emptyFloodState, floodKeys, type FloodPolicy } from '../../src/modules/flood/flood.ts';
import { findOutbound, type OutboxItem } from '../../src/modules/outbox/outbox.repository.ts';
import { repliesFor } from '../../src/conversation/replies/index.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { privateMessage } from '../helpers/messages.ts';
import { createTestRedis, type TestRedis } from '../helpers/redis.ts';
import { eventually } from '../helpers/wait.ts';

let t: TestDatabase;
let r: TestRedis;
const clock = fixedClock('2026-11-20T03:00:00Z');
const policy: FloodPolicy = { burst: 10, intervalMs: 500, noticeEveryMs: 60_000, idleTtlMs: 3_600_000 };
const opened: QueueSet[] = [];

beforeAll(async () => {
  [t, r] = await Promise.all([createTestDatabase(), createTestRedis()]);
});
afterAll(async () => {
  await Promise.all(opened.map((q) => q.close()));
  await r?.cleanup();
  await t?.drop();
});

/** Two private chats whose messages go to the same inbound shard. */
function sameShardChats(from: number): [string, string] {
  const first = String(from);
  for (let id = from + 1; ; id++) if (shardOf('telegram', String(id)) === shardOf('telegram', first)) return [first, String(id)];
}

const say = (chat: string, name: string, text: string, messageId: string): InboundMessage =>
  privateMessage(text, { chatId: chat, sender: { id: chat, name }, messageId });

function queuesFor(prefix: string): QueueSet {
  const q = createQueues(r.connection, prefix, ['telegram']);
  opened.push(q);
  return q;
}

/** The shard's jobs in the order one worker would take them: waiting (FIFO), then delayed by due time. */
async function jobsInWorkOrder(queues: QueueSet, chat: string): Promise<Job<InboundJob>[]> {
  const queue = queues.inbound[shardOf('telegram', chat)]!;
  const waiting = await queue.getJobs(['wait'], 0, -1, true);
  const delayed = (await queue.getJobs(['delayed'], 0, -1, true)).sort((a, b) => a.timestamp + a.delay - (b.timestamp + b.delay));
  return [...waiting, ...delayed];
}

describe('the Redis script', () => {
  it('decides exactly like the reference for any arrival pattern, atomically, with expiring keys', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ gap: fc.integer({ min: 0, max: 1500 }), release: fc.boolean() }), { minLength: 1, maxLength: 40 }),
        async (steps) => {
          run += 1;
          const sender = `prop-${run}`;
          const at = fixedClock('2026-11-20T03:00:00Z');
          const gate = createFloodGate(r.connection, r.prefix, at, policy);
          const local = emptyFloodState();
          const pending: InboundMessage[] = [];
          for (const [i, step] of steps.entries()) {
            at.advance(step.gap);
            const message = say(sender, 'P', 'x', `m${i}`);
            const expected = admitLocally(local, inboundJobId(message), at.now().getTime(), policy);
            expect(await gate.admit(message)).toEqual(expected);
            if (expected.delayMs > 0) pending.push(message);
            if (step.release && pending.length) {
              const done = pending.shift()!;
              await gate.release(done);
              local.pending.delete(inboundJobId(done));
            }
          }
          const [stateKey, pendingKey] = floodKeys(r.prefix, 'telegram', sender);
          const ttl = await r.connection.pttl(stateKey);
          expect(ttl).toBeGreaterThan(0);
          expect(ttl).toBeLessThanOrEqual(local.tat - at.now().getTime() + policy.idleTtlMs);
          if (local.pending.size) expect(await r.connection.pttl(pendingKey)).toBeGreaterThan(0);
          expect(await r.connection.scard(pendingKey)).toBe(local.pending.size);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('one person sends 100 messages in one second', () => {
  it('records all 100, answers with one notice instead of 100 replies, and serves the other chat after the burst', async () => {
    const prefix = `${r.prefix}a`;
    const queues = queuesFor(prefix);
    const gate = createFloodGate(r.connection, prefix, clock, policy);
    const intake = createIntake(queues, gate);
    const [ani, sri] = sameShardChats(7001);
    // Message 50 cannot be recorded (no price): its answer must still reach her.
    const text = (i: number) => (i === 50 ? 'laku bros' : `laku ${i} bros @1rb`);
    for (let i = 1; i <= 100; i++) await intake(say(ani, 'Ani', text(i), `flood-${i}`));
    await intake(say(sri, 'Sri', 'laku 2 kerudung @85rb', 'sri-1'));

    const order = await jobsInWorkOrder(queues, ani);
    expect(order).toHaveLength(101);
    const sriAt = order.findIndex((j) => j.data.message.chatId === sri);
    // Sri waits behind Ani's burst only; without throttling she would be 101st.
    expect(sriAt).toBe(policy.burst);
    expect(order.filter((j) => j.data.flood)).toHaveLength(90);
    expect(order.filter((j) => j.data.flood?.notice)).toHaveLength(1);

    // The worker's work, in the worker's order, on real Postgres.
    const dispatched: OutboxItem[] = [];
    const deps: InboundDeps = { db: t.db, clock, defaultTimeZone: 'Asia/Jakarta', log: silentLogger(), dispatch: async (items) => void dispatched.push(...items) };
    for (const job of order) expect(await runInboundJob(deps, gate, job.data)).toBe('handled');

    const entries = await t.db
      .selectFrom('ledger_entries')
      .innerJoin('inbound_messages', 'inbound_messages.id', 'ledger_entries.source_message_id')
      .select(['ledger_entries.amount'])
      .where('inbound_messages.chat_id', '=', ani)
      .execute();
    expect(entries).toHaveLength(99);
    expect(entries.reduce((s, e) => s + e.amount, 0)).toBe(5_000_000);
    expect(await t.db.selectFrom('inbound_messages').select('id').where('chat_id', '=', ani).execute()).toHaveLength(100);

    const payloads = await Promise.all(dispatched.map(async (i) => (await findOutbound(t.db, i.idempotencyKey))!.payload));
    const toAni = payloads.filter((p) => p.chatId === ani);
    const notice = repliesFor('id').floodNotice;
    expect(toAni.filter((p) => p.text === notice)).toHaveLength(1);
    // The burst's 10 answers, the notice, the answer about message 50, and the answer to
    // her last message with the day's totals.
    expect(toAni).toHaveLength(13);
    expect(toAni.filter((p) => p.text === repliesFor('id').notUnderstood)).toHaveLength(1);
    expect(toAni.at(-1)!.text).toContain('Hari ini: jualan Rp5.000.000');
    expect(payloads.filter((p) => p.chatId === sri)).toHaveLength(1);
    expect(payloads.find((p) => p.chatId === sri)!.text).toContain('Rp170.000');
    expect(await r.connection.scard(floodKeys(prefix, 'telegram', ani)[1])).toBe(0);
  });

  it('with a real worker, the other chat on the shard is answered within the burst of processed jobs', async () => {
    const prefix = `${r.prefix}b`;
    const queues = queuesFor(prefix);
    // A long interval: no deferred message comes due during the test.
    const gate = createFloodGate(r.connection, prefix, clock, { ...policy, intervalMs: 120_000 });
    const intake = createIntake(queues, gate);
    const [ani, sri] = sameShardChats(8001);
    for (let i = 1; i <= 100; i++) await intake(say(ani, 'Ani', `laku ${i} bros @1rb`, `flood-${i}`));
    await intake(say(sri, 'Sri', 'rekap', 'sri-1'));

    const processed: string[] = [];
    const connection = r.connection.duplicate();
    const worker = new Worker<InboundJob>(
      inboundQueueName(shardOf('telegram', ani)),
      async (job) => void processed.push(job.data.message.chatId),
      { connection, prefix, concurrency: 1 },
    );
    await eventually(() => processed.includes(sri), { what: "Sri's message processed" });
    await worker.close();
    await connection.quit();
    expect(processed.indexOf(sri)).toBeLessThanOrEqual(policy.burst);
    const delayed = await queues.inbound[shardOf('telegram', ani)]!.getDelayedCount();
    expect(delayed).toBe(90); // Ani's rest still waits, none lost
  });

  it('never throttles the console: piped input is read all at once, every line queued now', async () => {
    const prefix = `${r.prefix}d`;
    const queues = createQueues(r.connection, prefix, ['console']);
    opened.push(queues);
    const intake = createIntake(queues, createFloodGate(r.connection, prefix, clock, policy));
    for (let i = 1; i <= 30; i++) {
      await intake({ ...say('console-ibu', 'Ibu', `laku ${i} bros @1rb`, `line-${i}`), platform: 'console' });
    }
    const counts = await Promise.all(queues.inbound.map((q) => q.getJobCounts('wait', 'delayed')));
    expect(counts.reduce((n, c) => n + (c.wait ?? 0), 0)).toBe(30);
    expect(counts.reduce((n, c) => n + (c.delayed ?? 0), 0)).toBe(0);
  });

  it('sends the admission and the add in one round trip, the admission first', async () => {
    const prefix = `${r.prefix}e`;
    const queues = queuesFor(prefix);
    const intake = createIntake(queues, createFloodGate(r.connection, prefix, clock, policy));
    // The queues' first use asks Redis's version and writes their meta: done before watching.
    await intake(say('7501', 'Ani', 'laku 1 bros @1rb', 'trip-0'));
    const sent: string[] = [];
    let admissionAnswered = false;
    const original = r.connection.sendCommand.bind(r.connection);
    r.connection.sendCommand = ((command: { name: string; args: unknown[]; promise: Promise<unknown> }, ...rest: unknown[]) => {
      const name = command.name === 'evalsha' || command.name === 'eval' ? `${command.name}:${String(command.args[0]).includes('floodHold') ? 'admit' : 'other'}` : command.name;
      // Scripts only: a fresh queue set's own set-up commands (INFO, HSET of its meta) may come between.
      if (name.startsWith('eval')) sent.push(`${name}${admissionAnswered ? ' (after the admission answered)' : ''}`);
      if (name.endsWith(':admit')) void command.promise.then(() => (admissionAnswered = true));
      return original(command as never, ...(rest as []));
    }) as typeof r.connection.sendCommand;
    try {
      await intake(say('7501', 'Ani', 'laku 1 bros @1rb', 'trip-1'));
    } finally {
      r.connection.sendCommand = original;
    }
    expect(sent[0]).toBe('eval:admit');
    // BullMQ's add (EVALSHA of addStandardJob) left before the admission's answer came back.
    expect(sent.slice(1)).toEqual(['evalsha:other']);
    expect(await queues.inbound[shardOf('telegram', '7501')]!.getWaitingCount()).toBe(2);
  });

  it('leaves no hold behind, keeps a deferred job already queued as it is, and defers a deferred message whose job was never added', async () => {
    const prefix = `${r.prefix}f`;
    const queues = queuesFor(prefix);
    const gate = createFloodGate(r.connection, prefix, clock, policy);
    const intake = createIntake(queues, gate);
    const chat = '7601';
    const queue = queues.inbound[shardOf('telegram', chat)]!;
    for (let i = 1; i <= policy.burst + 2; i++) await intake(say(chat, 'Ani', `laku ${i} bros @1rb`, `hold-${i}`));
    expect(await queue.getWaitingCount()).toBe(policy.burst);
    expect(await queue.getDelayedCount()).toBe(2);
    // A redelivery of a deferred message still queued: a duplicate, the delayed job untouched.
    const last = say(chat, 'Ani', `laku ${policy.burst + 2} bros @1rb`, `hold-${policy.burst + 2}`);
    await intake(last);
    const job = await queue.getJob(scopedJobId(queues.instance, inboundJobId(last)));
    expect(await job!.getState()).toBe('delayed');
    expect(job!.data.flood).toBeDefined();
    // Admitted (deferred) by an intake that died before adding its job: the redelivery is deferred too.
    const lost = say(chat, 'Ani', 'laku 1 kerudung @1rb', 'hold-lost');
    expect((await gate.admit(lost)).delayMs).toBeGreaterThan(0);
    await intake(lost);
    expect(await (await queue.getJob(scopedJobId(queues.instance, inboundJobId(lost))))!.getState()).toBe('delayed');
    expect(await queue.getWaitingCount()).toBe(policy.burst);
    // No placeholder is left at any job key.
    const keys = await r.connection.keys(`${prefix}:*`);
    const types = await Promise.all(keys.map(async (k) => ((await r.connection.type(k)) === 'hash' ? r.connection.hexists(k, 'floodHold') : 0)));
    expect(types.filter((held) => held === 1)).toHaveLength(0);
  });

  it('without throttling (the measured problem), the other chat waits behind all 100', async () => {
    const prefix = `${r.prefix}c`;
    const queues = queuesFor(prefix);
    const intake = createIntake(queues);
    const [ani, sri] = sameShardChats(9001);
    for (let i = 1; i <= 100; i++) await intake(say(ani, 'Ani', `laku ${i} bros @1rb`, `flood-${i}`));
    await intake(say(sri, 'Sri', 'rekap', 'sri-1'));
    const order = await jobsInWorkOrder(queues, ani);
    expect(order.findIndex((j) => j.data.message.chatId === sri)).toBe(100);
  });
});

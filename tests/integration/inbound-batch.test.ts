/**
 * A shard's waiting messages handled in one transaction (INBOUND_BATCH, src/jobs/inbound-batch.ts),
 * through the real intake, queues and worker on the test Postgres and Redis: one BEGIN and
 * one COMMIT for the batch, one dispatch of its replies, each chat's entries in the order she
 * sent them; a message that fails rolls back alone, while the others are recorded once, and
 * is then retried and set aside on its own as a message alone is. The failure is a real one:
 * a trigger in the test database refuses the inbox row of any message whose id starts with
 * "poison-" (as tests/integration/set-aside.test.ts does).
 */
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { createLogger, silentLogger } from '../../src/core/logger.ts';
import type { InboundMessage } from '../../src/core/messages.ts';
import type { Db } from '../../src/db/client.ts';
import type { Database } from '../../src/db/schema.ts';
import type { InboundDeps } from '../../src/jobs/inbound.processor.ts';
import { createIntake } from '../../src/jobs/intake.ts';
import { createQueues, type QueueSet } from '../../src/jobs/queues.ts';
import { holdOneAtATime } from '../../src/jobs/shards.ts';
import { startWorkers, type WorkerSet } from '../../src/jobs/workers.ts';
import { inboundBatchProcessor } from '../../src/jobs/inbound-batch.ts';
import { CONFLICT_RUNS_AGAIN, CONFLICT_WAITS_MS } from '../../src/jobs/conflict-waits.ts';
import { runOrSetAside } from '../../src/jobs/set-aside.ts';
import { SET_ASIDE_AFTER } from '../../src/modules/inbox/set-aside.ts';
import type { OutboxItem } from '../../src/modules/outbox/outbox.repository.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { privateMessage } from '../helpers/messages.ts';
import { createTestRedis, type TestRedis } from '../helpers/redis.ts';
import { eventually } from '../helpers/wait.ts';

let t: TestDatabase;
let r: TestRedis;
let queues: QueueSet;
let workers: WorkerSet | undefined;
/** The test database through a client that notes every statement it sends. */
let logged: Db;
let statements: string[] = [];
/** Each dispatch call's items. */
let dispatches: OutboxItem[][] = [];
const clock = fixedClock('2026-11-20T03:00:00Z');

/** Each wait between runs of a message that met another transaction (taken at once: no test waits on the wall). */
let waits: number[] = [];

const deps = (): InboundDeps => ({
  db: logged,
  clock,
  defaultTimeZone: 'Asia/Jakarta',
  dispatch: async (items) => void dispatches.push([...items]),
  log: silentLogger(),
  sleep: async (ms) => void waits.push(ms),
});

beforeAll(async () => {
  [t, r] = await Promise.all([createTestDatabase(), createTestRedis()]);
  logged = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: t.url, max: 4 }) }),
    log: (event) => {
      if (event.level === 'query') statements.push(event.query.sql.replace(/\s+/g, ' ').split(' ')[0]!.toLowerCase());
    },
  });
  await sql`create function refuse_poison() returns trigger language plpgsql as $$
    begin
      if new.message_id like 'poison-%' then raise exception 'cannot handle this message'; end if;
      return new;
    end $$`.execute(t.db);
  await sql`create trigger refuse_poison before insert on inbound_messages for each row execute function refuse_poison()`.execute(t.db);
  // What a deadlock with another shard's batch looks like to her message (SQLSTATE 40P01).
  await sql`create function deadlock_marked() returns trigger language plpgsql as $$
    begin
      if new.message_id like 'deadlock-%' then raise exception 'deadlock detected' using errcode = '40P01'; end if;
      return new;
    end $$`.execute(t.db);
  await sql`create trigger deadlock_marked before insert on inbound_messages for each row execute function deadlock_marked()`.execute(t.db);
  // A deadlock that passes: only the first message marked so meets it (a sequence is not rolled back).
  await sql`create sequence conflict_once`.execute(t.db);
  await sql`create function conflict_once() returns trigger language plpgsql as $$
    begin
      if new.message_id like 'conflict-once-%' and nextval('conflict_once') = 1 then raise exception 'deadlock detected' using errcode = '40P01'; end if;
      return new;
    end $$`.execute(t.db);
  await sql`create trigger conflict_once before insert on inbound_messages for each row execute function conflict_once()`.execute(t.db);
  // One shard: every message below waits on the same queue.
  queues = createQueues(r.connection, r.prefix, ['telegram'], 1);
  await holdOneAtATime(queues.inbound);
});
afterEach(async () => {
  await workers?.close();
  workers = undefined;
});
afterAll(async () => {
  await queues?.close();
  await logged?.destroy();
  await r?.cleanup();
  await t?.drop();
});

const say = (chat: string, text: string, messageId: string, second: number): InboundMessage =>
  privateMessage(text, { chatId: chat, sender: { id: chat, name: `Bu ${chat}` }, messageId, sentAt: new Date(Date.UTC(2026, 10, 20, 3, 0, second)).toISOString() });

/** Queues `messages` while no worker runs (so they all wait on the shard), then starts one batching worker. */
async function queueThenWork(messages: readonly InboundMessage[], batch = 10): Promise<void> {
  const intake = createIntake(queues);
  for (const message of messages) await intake(message);
  statements = [];
  dispatches = [];
  workers = startWorkers({
    connection: r.connection,
    prefix: r.prefix,
    log: silentLogger(),
    inbound: deps(),
    outbound: { db: t.db, clock, channels: new Map(), log: silentLogger() },
    inboundShards: 1,
    inboundBatch: batch,
  });
}

async function amountsByChat(chats: readonly string[]): Promise<Map<string, number[]>> {
  const rows = await t.db
    .selectFrom('ledger_entries')
    .innerJoin('inbound_messages', 'inbound_messages.id', 'ledger_entries.source_message_id')
    .select(['inbound_messages.chat_id as chatId', 'ledger_entries.amount'])
    .where('inbound_messages.chat_id', 'in', chats)
    .orderBy('ledger_entries.id')
    .execute();
  const byChat = new Map<string, number[]>();
  for (const row of rows) byChat.set(row.chatId, [...(byChat.get(row.chatId) ?? []), Number(row.amount)]);
  return byChat;
}

const inboxRows = async (chats: readonly string[]) =>
  t.db.selectFrom('inbound_messages').select(['chat_id', 'message_id']).where('chat_id', 'in', chats).execute();

describe('a shard’s ten waiting messages', () => {
  it('are handled in one transaction, each chat’s in her order, their replies dispatched once', async () => {
    const chats = ['8101', '8102'];
    // Interleaved as they arrived: Ani 1, Budi 1, Ani 2, Budi 2, …
    const messages = Array.from({ length: 10 }, (_, i) => say(chats[i % 2]!, `laku ${Math.floor(i / 2) + 1} bros @1rb`, `o-${i}`, i));
    await queueThenWork(messages);
    await eventually(async () => (await inboxRows(chats)).length === 10 && dispatches.length > 0, { what: 'ten messages recorded' });

    const amounts = await amountsByChat(chats);
    for (const chat of chats) expect(amounts.get(chat), `chat ${chat}`).toEqual([1000, 2000, 3000, 4000, 5000]);
    // One transaction: one BEGIN and COMMIT, and no savepoint while no message fails.
    expect(statements.filter((s) => s === 'begin')).toHaveLength(1);
    expect(statements.filter((s) => s === 'commit')).toHaveLength(1);
    expect(statements.filter((s) => s === 'savepoint')).toHaveLength(0);
    // The ten replies went to the send queue in one dispatch, after the commit.
    expect(dispatches).toHaveLength(1);
    expect(dispatches[0]).toHaveLength(10);
    expect(statements.lastIndexOf('commit')).toBe(statements.length - 1);
    await eventually(async () => (await queues.inbound[0]!.getJobCounts('waiting', 'active', 'delayed')).active === 0, { what: 'the shard idle' });
    expect(await queues.inbound[0]!.getJobCounts('waiting', 'delayed')).toEqual({ waiting: 0, delayed: 0 });
  });
});

describe('one poisoned message in a batch of ten', () => {
  it('stops the batch: the four before it are recorded, it and the five after it stay queued; it is retried and set aside as alone', async () => {
    const chats = ['8201', '8202'];
    const messages = Array.from({ length: 10 }, (_, i) =>
      say(chats[i % 2]!, `laku ${Math.floor(i / 2) + 1} bros @1rb`, i === 4 ? 'poison-5' : `p-${i}`, i),
    );
    await queueThenWork(messages);
    await eventually(async () => (await inboxRows(chats)).length >= 4 && dispatches.length > 0, { what: 'the first four recorded' });

    // The first batch ran as a whole without savepoints, met the poisoned message and rolled
    // back entirely; then again, a savepoint a message: the poisoned one rolled back to its
    // savepoint, and only the four before it committed (no savepoint after its rollback).
    const wholeRollback = statements.indexOf('rollback');
    expect(wholeRollback).toBeGreaterThan(0);
    expect(statements.slice(0, wholeRollback).filter((s) => s === 'savepoint' || s === 'commit')).toHaveLength(0);
    const again = statements.indexOf('begin', wholeRollback);
    const rollbackAt = statements.indexOf('rollback', again);
    expect(statements.slice(again, rollbackAt).filter((s) => s === 'savepoint')).toHaveLength(5);
    expect(statements[statements.indexOf('commit', rollbackAt) - 1]).toBe('rollback');
    expect(dispatches[0]).toHaveLength(4);

    // It is the shard's next job now, and fails as a message alone does, until set aside.
    const shard = queues.inbound[0]!;
    const row = await eventually(
      async () => {
        await shard.promoteJobs();
        return t.db.selectFrom('set_aside_messages').selectAll().where('message_id', '=', 'poison-5').where('set_aside_at', 'is not', null).executeTakeFirst();
      },
      { what: 'the poisoned message set aside' },
    );
    expect(row).toMatchObject({ chat_id: chats[0], failures: SET_ASIDE_AFTER });
    await eventually(async () => (await inboxRows(chats)).length === 9, { what: 'the five after it recorded' });

    // The nine, once each: one inbox row each, one entry each, in each chat's order (the
    // poisoned message was Ani's third sale: hers are 1, 2, then 4, 5, which go on while it
    // waits out its backoff, as for a message alone: src/jobs/set-aside.ts).
    const rows = await inboxRows(chats);
    expect(rows.map((row) => row.message_id).sort()).toEqual(messages.map((m) => m.messageId).filter((id) => id !== 'poison-5').sort());
    const amounts = await amountsByChat(chats);
    expect(amounts.get(chats[0]!)).toEqual([1000, 2000, 4000, 5000]);
    expect(amounts.get(chats[1]!)).toEqual([1000, 2000, 3000, 4000, 5000]);
    // Every reply of the nine dispatched once.
    const replies = dispatches.flat().filter((item) => item.idempotencyKey.startsWith('reply-'));
    expect(new Set(replies.map((item) => item.idempotencyKey)).size).toBe(9);
    expect(replies).toHaveLength(9);
  });
});

describe('a batch run again (its jobs still queued after its commit: a process killed before removing them)', () => {
  it('records nothing twice and re-queues only the unsent replies', async () => {
    const chats = ['8301'];
    const messages = Array.from({ length: 5 }, (_, i) => say(chats[0]!, `laku ${i + 1} bros @1rb`, `again-${i}`, i));
    await queueThenWork(messages);
    await eventually(async () => (await inboxRows(chats)).length === 5 && dispatches.length > 0, { what: 'five messages recorded' });
    await workers?.close();
    workers = undefined;
    // The same five queued again (a redelivery, or jobs a killed process had not removed).
    await queues.inbound[0]!.obliterate({ force: true });
    await holdOneAtATime(queues.inbound);
    await queueThenWork(messages);
    await eventually(async () => dispatches.length > 0 || statements.includes('commit'), { what: 'the batch run again' });
    await eventually(async () => (await queues.inbound[0]!.getJobCounts('waiting', 'active')).waiting === 0, { what: 'the shard drained' });
    expect((await inboxRows(chats)).length).toBe(5);
    expect(await amountsByChat(chats)).toEqual(new Map([[chats[0], [1000, 2000, 3000, 4000, 5000]]]));
    // The replies are still queued in the outbox (no send worker here): each re-queued once, by its outbox key.
    const keys = dispatches.flat().map((item) => item.idempotencyKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

/** Queues `messages` with no worker running; the shard's first waiting job, as a worker would be handed it. */
async function queueWithoutWorker(messages: readonly InboundMessage[]) {
  // An empty shard: what an earlier test left queued would be the head.
  await queues.inbound[0]!.obliterate({ force: true });
  await holdOneAtATime(queues.inbound);
  const intake = createIntake(queues);
  for (const message of messages) await intake(message);
  statements = [];
  dispatches = [];
  const [head] = await queues.inbound[0]!.getWaiting(0, 0);
  if (!head) throw new Error('nothing queued');
  return head;
}

describe('a head that stalled or failed before (a killer later in its batch got it charged)', () => {
  for (const [what, mark] of [
    ['stalled once', { stalledCounter: 1 }],
    ['failed once', { attemptsMade: 1 }],
  ] as const) {
    it(`runs alone when it ${what}: the four behind it stay queued`, async () => {
      const chat = what === 'stalled once' ? '8401' : '8402';
      const head = await queueWithoutWorker(Array.from({ length: 5 }, (_, i) => say(chat, `laku ${i + 1} bros @1rb`, `alone-${chat}-${i}`, i)));
      Object.assign(head, mark);
      const work = inboundBatchProcessor({ queue: queues.inbound[0]!, deps: deps(), gate: undefined, size: 10, log: silentLogger() });
      expect(await work(head)).toBe('handled');
      expect((await inboxRows([chat])).map((row) => row.message_id)).toEqual([`alone-${chat}-0`]);
      expect(statements.filter((s) => s === 'savepoint')).toHaveLength(0);
      // The head is still waiting here (no worker took it); the four behind it were not touched.
      expect(await queues.inbound[0]!.getWaitingCount()).toBe(5);
    });
  }
});

describe('a deadlock (SQLSTATE 40P01) while handling her message', () => {
  const failures = async (messageId: string) => t.db.selectFrom('set_aside_messages').selectAll().where('message_id', '=', messageId).execute();

  it('alone: is retried, never counted toward setting it aside', async () => {
    const message = say('8501', 'laku 1 bros @1rb', 'deadlock-alone', 0);
    for (let attempt = 0; attempt <= SET_ASIDE_AFTER; attempt++) {
      waits = [];
      await expect(runOrSetAside(deps(), undefined, { message }, attempt)).rejects.toMatchObject({ code: '40P01' });
      // Each attempt: run again at once, then after each growing wait, before BullMQ's backoff.
      expect(waits).toHaveLength(CONFLICT_RUNS_AGAIN - 1);
      waits.forEach((ms, i) => expect(ms).toBeLessThanOrEqual(CONFLICT_WAITS_MS[i + 1]!));
    }
    expect(await failures('deadlock-alone')).toEqual([]);
  });

  it('that passes: run again at once in its job, so her next message cannot overtake it (alone and as a batch’s head)', async () => {
    await sql`alter sequence conflict_once restart`.execute(t.db);
    waits = [];
    const runs = async () => Number((await sql<{ n: string }>`select last_value as n from conflict_once`.execute(t.db)).rows[0]!.n);
    expect(await runOrSetAside(deps(), undefined, { message: say('8503', 'laku 1 bros @1rb', 'conflict-once-alone', 0) }, 0)).toBe('handled');
    expect(await runs()).toBe(2); // met the deadlock, then passed

    await sql`alter sequence conflict_once restart`.execute(t.db);
    const head = await queueWithoutWorker([say('8504', 'laku 1 bros @1rb', 'conflict-once-head', 0), say('8504', 'laku 2 bros @1rb', 'after-conflict', 1)]);
    const work = inboundBatchProcessor({ queue: queues.inbound[0]!, deps: deps(), gate: undefined, size: 10, log: silentLogger() });
    expect(await work(head)).toBe('handled');
    expect(await runs()).toBe(2);
    // Both in her order, in the job that met the conflict; none counted.
    expect((await amountsByChat(['8503', '8504'])).get('8504')).toEqual([1000, 2000]);
    expect((await inboxRows(['8503'])).map((row) => row.message_id)).toEqual(['conflict-once-alone']);
    expect(await failures('conflict-once-head')).toEqual([]);
    // Run again at once both times: no wait.
    expect(waits).toEqual([]);
  });

  it('as a batch’s head: the same, and the jobs behind it stay queued', async () => {
    const head = await queueWithoutWorker([say('8502', 'laku 1 bros @1rb', 'deadlock-head', 0), say('8502', 'laku 2 bros @1rb', 'after-deadlock', 1)]);
    const work = inboundBatchProcessor({ queue: queues.inbound[0]!, deps: deps(), gate: undefined, size: 10, log: silentLogger() });
    waits = [];
    await expect(work(head)).rejects.toMatchObject({ code: '40P01' });
    expect(waits).toHaveLength(CONFLICT_RUNS_AGAIN - 1);
    expect(await failures('deadlock-head')).toEqual([]);
    expect(await inboxRows(['8502'])).toEqual([]);
    expect(await queues.inbound[0]!.getWaitingCount()).toBe(2);
  });
});

describe('a batched message that fails', () => {
  it('is logged at warn with its job id and the error, and stays queued as the next head', async () => {
    const head = await queueWithoutWorker([say('8601', 'laku 1 bros @1rb', 'logged-0', 0), say('8601', 'laku 2 bros @1rb', 'poison-logged', 1), say('8601', 'laku 3 bros @1rb', 'logged-2', 2)]);
    const [, poisoned] = await queues.inbound[0]!.getWaiting(0, 2);
    const lines: string[] = [];
    const log = createLogger('info', { write: (line: string) => void lines.push(line) });
    const work = inboundBatchProcessor({ queue: queues.inbound[0]!, deps: deps(), gate: undefined, size: 10, log });
    expect(await work(head)).toBe('handled');
    const warned = lines.map((line) => JSON.parse(line) as { level: number; jobId?: string; err?: string; msg: string }).filter((entry) => entry.level === 40);
    expect(warned).toEqual([expect.objectContaining({ jobId: poisoned!.id, err: expect.stringContaining('cannot handle this message') as unknown })]);
    // The head recorded; the failed one and the one after it still queued, in their order.
    expect((await inboxRows(['8601'])).map((row) => row.message_id)).toEqual(['logged-0']);
    const left = (await queues.inbound[0]!.getWaiting(0, 10)).map((job) => job.data.message.messageId);
    expect(left.slice(-2)).toEqual(['poison-logged', 'logged-2']);
  });
});

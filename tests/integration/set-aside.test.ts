/**
 * A message whose handling always fails on a healthy database is set aside after a few
 * attempts, while its shard's other chats (and her own next messages) are served; an
 * outage (Postgres away, Redis away) is never counted; the admin lists it and retries it,
 * and it is recorded once. The failure is a real one: a trigger in the test database that
 * refuses that one message's inbox row (the "bug"), dropped before the retry (the "fix").
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { InboundMessage } from '../../src/core/messages.ts';
import { createDb } from '../../src/db/client.ts';
import { repliesFor } from '../../src/conversation/replies/index.ts';
import type { InboundDeps } from '../../src/jobs/inbound.processor.ts';
import { processInbound } from '../../src/jobs/inbound.processor.ts';
import { createIntake } from '../../src/jobs/intake.ts';
import { createQueues, shardOf, type QueueSet } from '../../src/jobs/queues.ts';
import { runOrSetAside } from '../../src/jobs/set-aside.ts';
import { startWorkers, type WorkerSet } from '../../src/jobs/workers.ts';
import { SET_ASIDE_AFTER } from '../../src/modules/inbox/set-aside.ts';
import { findOutbound, type OutboxItem } from '../../src/modules/outbox/outbox.repository.ts';
import { runAdminCommand } from '../helpers/admin-cli.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { privateMessage } from '../helpers/messages.ts';
import { createTestRedis, type TestRedis } from '../helpers/redis.ts';
import { eventually } from '../helpers/wait.ts';

let t: TestDatabase;
let r: TestRedis;
let queues: QueueSet;
let workers: WorkerSet;
const clock = fixedClock('2026-11-20T03:00:00Z');
const dispatched: OutboxItem[] = [];

const deps = (): InboundDeps => ({
  db: t.db,
  clock,
  defaultTimeZone: 'Asia/Jakarta',
  dispatch: async (items) => void dispatched.push(...items),
  log: silentLogger(),
});

/** Two private chats whose messages go to the same inbound shard. */
function sameShardChats(from: number): [string, string] {
  const first = String(from);
  for (let id = from + 1; ; id++) if (shardOf('telegram', String(id)) === shardOf('telegram', first)) return [first, String(id)];
}
const [ani, budi] = sameShardChats(5100);
const say = (chat: string, text: string, messageId: string): InboundMessage =>
  privateMessage(text, { chatId: chat, sender: { id: chat, name: `Bu ${chat}` }, messageId });

const poison = say(ani, 'laku 7 bros @15rb', 'poison-1');

async function entriesWith(text: string): Promise<number> {
  const rows = await t.db.selectFrom('ledger_entries').select('id').where('raw_text', '=', text).execute();
  return rows.length;
}

beforeAll(async () => {
  [t, r] = await Promise.all([createTestDatabase(), createTestRedis()]);
  // The "bug": handling message poison-1 always fails, on a database that answers.
  await sql`create function refuse_poison() returns trigger language plpgsql as $$
    begin
      if new.message_id like 'poison-%' then raise exception 'cannot handle this message'; end if;
      return new;
    end $$`.execute(t.db);
  await sql`create trigger refuse_poison before insert on inbound_messages for each row execute function refuse_poison()`.execute(t.db);
  queues = createQueues(r.connection, r.prefix, ['telegram']);
  workers = startWorkers({
    connection: r.connection,
    prefix: r.prefix,
    log: silentLogger(),
    inbound: deps(),
    outbound: { db: t.db, clock, channels: new Map(), log: silentLogger() },
  });
});
afterAll(async () => {
  await workers?.close();
  await queues?.close();
  await r?.cleanup();
  await t?.drop();
});

describe('a message that always fails', () => {
  it('is set aside after a few attempts while the shard’s other chats and her next messages are served', async () => {
    const intake = createIntake(queues);
    await intake(poison);
    await intake(say(budi, 'laku 3 bros @10rb', 'b-1'));
    await intake(say(ani, 'laku 2 bros @5rb', 'a-2'));
    const shard = queues.inbound[shardOf('telegram', ani)]!;
    // Retries are delayed jobs: they are made due at once here instead of waiting out the backoff.
    const row = await eventually(
      async () => {
        await shard.promoteJobs();
        return t.db.selectFrom('set_aside_messages').selectAll().where('set_aside_at', 'is not', null).executeTakeFirst();
      },
      { what: 'the message set aside' },
    );
    expect(row).toMatchObject({ platform: 'telegram', chat_id: ani, message_id: 'poison-1', failures: SET_ASIDE_AFTER });
    expect(row.error).toContain('cannot handle this message');
    await eventually(
      async () => {
        const counts = await shard.getJobCounts('waiting', 'active', 'delayed');
        return Object.values(counts).every((n) => n === 0);
      },
      { what: 'an idle shard' },
    );
    // The job ended (it is not retried 2,000 times) and the others were recorded.
    const poisonJob = (await shard.getJobs(['completed'])).find((job) => job.data.message.messageId === 'poison-1');
    expect(poisonJob?.returnvalue).toBe('set_aside');
    expect(await entriesWith('laku 3 bros @10rb')).toBe(1);
    expect(await entriesWith('laku 2 bros @5rb')).toBe(1);
    expect(await entriesWith('laku 7 bros @15rb')).toBe(0);
    // She is told once that it was kept and need not be sent again.
    const notice = await findOutbound(t.db, `set-aside-${row.id}`);
    expect(notice?.payload).toMatchObject({ platform: 'telegram', chatId: ani, text: repliesFor('id').setAsideNotice });
    expect(dispatched.filter((item) => item.idempotencyKey === `set-aside-${row.id}`)).toHaveLength(1);
  });

  it('does not count failures while Postgres is away or when only the hand-off to Redis fails', async () => {
    // Postgres away: nothing answers, so nothing is counted and the job keeps retrying.
    const away = createDb('postgres://nobody@127.0.0.1:9/none', { max: 1 });
    const message = say(ani, 'laku 4 bros @15rb', 'outage-1');
    for (let i = 0; i < SET_ASIDE_AFTER + 2; i++) {
      await expect(runOrSetAside({ ...deps(), db: away }, undefined, { message }, i)).rejects.toThrow();
    }
    await away.destroy();
    // Redis away after the commit: the message is recorded, the sends cannot be queued.
    const redisAway = { ...deps(), dispatch: async () => Promise.reject(new Error('Connection is closed.')) };
    const recorded = say(budi, 'laku 6 bros @15rb', 'redis-1');
    for (let i = 0; i < SET_ASIDE_AFTER + 2; i++) {
      await expect(runOrSetAside(redisAway, undefined, { message: recorded }, i)).rejects.toThrow('Connection is closed.');
    }
    const counted = await t.db.selectFrom('set_aside_messages').select('message_id').where('message_id', 'in', ['outage-1', 'redis-1']).execute();
    expect(counted).toEqual([]);
    expect(await entriesWith('laku 6 bros @15rb')).toBe(1);
  });
});

describe('inbox set-aside and inbox retry', () => {
  it('lists the message, and a retry after the fix records it once', async () => {
    const listed = await runAdminCommand(t.db, clock, ['inbox', 'set-aside']);
    expect(listed.code).toBe(0);
    const list = listed.json<{ count: number; messages: { id: number; chatId: string; messageId: string; error: string; failures: number }[] }>();
    expect(list.count).toBe(1);
    const [entry] = list.messages;
    expect(entry).toMatchObject({ chatId: ani, messageId: 'poison-1', failures: SET_ASIDE_AFTER });
    // The text is not shown.
    expect(listed.stdout).not.toContain('bros');

    // Still broken: the retry fails, the message stays set aside with its error.
    const failed = await runAdminCommand(t.db, clock, ['inbox', 'retry', String(entry!.id)]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('cannot handle this message');
    expect((await runAdminCommand(t.db, clock, ['inbox', 'set-aside'])).json<{ count: number }>().count).toBe(1);

    await sql`drop trigger refuse_poison on inbound_messages`.execute(t.db);
    const retried = await runAdminCommand(t.db, clock, ['inbox', 'retry', String(entry!.id)]);
    expect(retried.code).toBe(0);
    expect(retried.json()).toEqual({ retried: [{ id: entry!.id, outcome: 'handled' }] });
    expect(await entriesWith('laku 7 bros @15rb')).toBe(1);
    expect((await runAdminCommand(t.db, clock, ['inbox', 'set-aside'])).json()).toEqual({ count: 0, messages: [] });

    // Once recorded, nothing records it again: a second retry finds nothing, a redelivery is a duplicate.
    const again = await runAdminCommand(t.db, clock, ['inbox', 'retry', String(entry!.id)]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('not_set_aside');
    expect(await processInbound(deps(), poison)).toBe('duplicate');
    expect(await runAdminCommand(t.db, clock, ['inbox', 'retry', '--all']).then((run) => run.json())).toEqual({ retried: [] });
    expect(await entriesWith('laku 7 bros @15rb')).toBe(1);
  });

  it('refuses bad input with exit code 2', async () => {
    for (const args of [['inbox', 'retry'], ['inbox', 'retry', 'abc'], ['inbox', 'retry', '0'], ['inbox', 'retry', '1', '--all']]) {
      const run = await runAdminCommand(t.db, clock, args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^error: /);
    }
  });
});

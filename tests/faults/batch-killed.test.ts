/**
 * Fault: a worker handling inbound messages in batches (INBOUND_BATCH=10: src/jobs/inbound-batch.ts)
 * is SIGKILLed while a batch's transaction is open, then another worker process is started.
 * 100 chats send four numbered sales each, all queued before any worker runs, so every
 * batch is full. A trigger makes each entry's insert take 10 ms, so a batch stays open for
 * a tenth of a second and the kill, made the moment the test sees a worker's transaction
 * holding writes, falls inside one; the test then sees PostgreSQL abort that transaction.
 * Every message must be recorded once, every reply sent once, each chat's entries in her order.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createIntake } from '../../src/jobs/intake.ts';
import { SEND_CONCURRENCY } from '../../src/jobs/workers.ts';
import { startBotProcessWorld, type BotProcessWorld } from '../helpers/bot-process-world.ts';
import { privateMessage } from '../helpers/messages.ts';
import type { BotProcess } from '../helpers/processes.ts';
import { eventually } from '../helpers/wait.ts';

const CHATS = 100;
const PER_CHAT = 4;
const TOTAL = CHATS * PER_CHAT;
const FIRST_CHAT = 7_600_000;

let world: BotProcessWorld;

beforeAll(async () => {
  world = await startBotProcessWorld();
  await sql`create function slow_entry() returns trigger language plpgsql as $$ begin perform pg_sleep(0.01); return new; end $$`.execute(world.t.db);
  await sql`create trigger slow_entry before insert on ledger_entries for each row execute function slow_entry()`.execute(world.t.db);
});

afterAll(async () => {
  await world?.close();
});

const startWorker = (): BotProcess =>
  world.start({ CONSOLE_CHANNEL: 'off', INBOUND_BATCH: '10', QUEUE_LOCK_MS: '2000', LOG_LEVEL: 'debug' });

/** Batches a worker has committed, by their size (its debug log). */
const batchSizes = (w: BotProcess) => [...w.stderr().matchAll(/"messages":(\d+)[^\n]*"msg":"inbound batch handled"/g)].map((m) => Number(m[1]));

/**
 * A batch's transaction that has written something and not ended (between two statements,
 * or in an entry's insert; not the send step's one-statement updates): its 64-bit id.
 */
async function openWritingTransaction(): Promise<string | undefined> {
  const row = await sql<{ xid: string }>`
    select ((txid_current() >> 32) << 32) + backend_xid::text::bigint as xid
    from pg_stat_activity
    where datname = current_database() and pid <> pg_backend_pid() and backend_xid is not null
      and (state like 'idle in transaction%' or query like 'savepoint m%' or query like '%"ledger_entries"%')
    limit 1`.execute(world.t.db);
  return row.rows[0]?.xid;
}

it('a worker SIGKILLed inside a batch’s transaction: nothing lost, nothing recorded twice, each chat in her order', async () => {
  const started = Date.now();
  const intake = createIntake(world.queues);
  const chatIds = Array.from({ length: CHATS }, (_, c) => String(FIRST_CHAT + c));
  for (let n = 1; n <= PER_CHAT; n++) {
    await Promise.all(
      chatIds.map((chatId) =>
        intake(privateMessage(`laku ${n} bros @1rb`, { chatId, sender: { id: chatId, name: `Ibu ${chatId}` }, messageId: `b-${chatId}-${n}`, sentAt: new Date(Date.UTC(2026, 10, 20, 3, 0, n)).toISOString() })),
      ),
    );
  }

  const first = startWorker();
  await eventually(async () => (await world.count('ledger_entries')) >= TOTAL * 0.2, { what: '20% of the entries', timeoutMs: 90_000, intervalMs: 20 }).catch((error: unknown) => {
    console.error(first.stderr().slice(-3000));
    throw error;
  });
  const open = await eventually(openWritingTransaction, { what: 'a batch’s transaction open', timeoutMs: 30_000, intervalMs: 1 });
  first.kill('SIGKILL');
  expect((await first.exit).signal).toBe('SIGKILL');
  const atKill = await world.count('ledger_entries');
  expect(atKill).toBeLessThan(TOTAL);
  // The kill fell inside that transaction: PostgreSQL rolls it back once the connection is gone.
  await eventually(async () => (await sql<{ s: string }>`select txid_status(${open}::bigint) as s`.execute(world.t.db)).rows[0]?.s === 'aborted', {
    what: 'the open batch rolled back',
    timeoutMs: 30_000,
  });
  // It really was working in batches of ten.
  expect(batchSizes(first).filter((size) => size === 10).length).toBeGreaterThan(0);

  const second = startWorker();
  await eventually(
    async () => {
      if ((await world.count('inbound_messages')) < TOTAL) return false;
      const unsent = await world.t.db.selectFrom('outbound_messages').select('id').where('status', '!=', 'sent').limit(1).execute();
      return unsent.length === 0 && (await world.queuesIdle());
    },
    { what: 'every message handled and every reply sent', timeoutMs: 200_000, intervalMs: 200 },
  );
  await second.stop();
  expect((await second.exit).code).toBe(0);

  // Each message recorded once, and each chat's sales in the order she sent them.
  expect(await world.count('inbound_messages')).toBe(TOTAL);
  const entries = await world.t.db
    .selectFrom('ledger_entries')
    .innerJoin('inbound_messages', 'inbound_messages.id', 'ledger_entries.source_message_id')
    .select(['inbound_messages.chat_id as chatId', 'ledger_entries.amount'])
    .orderBy('ledger_entries.id')
    .execute();
  expect(entries).toHaveLength(TOTAL);
  const amountsOf = new Map<string, number[]>();
  for (const e of entries) amountsOf.set(e.chatId, [...(amountsOf.get(e.chatId) ?? []), Number(e.amount)]);
  const inOrder = Array.from({ length: PER_CHAT }, (_, i) => (i + 1) * 1000);
  for (const chatId of chatIds) expect(amountsOf.get(chatId), `entries of chat ${chatId}`).toEqual(inOrder);

  // Each reply sent once: one outbox row a message, each sent to its chat. The sends in
  // flight at the kill (sent, their marks not committed; Telegram's sendMessage has no
  // idempotency key) may have gone twice: at most the killed process's send concurrency.
  const outbox = await world.t.db.selectFrom('outbound_messages').select(['chat_id', 'platform_message_id']).execute();
  expect(outbox).toHaveLength(TOTAL);
  const sentTo = new Map(world.tg.server.storage.botMessages.map((m) => [String(m.messageId), String(m.message.chat_id)]));
  expect(outbox.filter((o) => o.platform_message_id === null || sentTo.get(o.platform_message_id) !== o.chat_id)).toEqual([]);
  const extra = world.tg.server.storage.botMessages.length - outbox.length;
  expect(extra).toBeGreaterThanOrEqual(0);
  expect(extra).toBeLessThanOrEqual(SEND_CONCURRENCY.telegram);
  console.info(
    `[fault] batch worker killed at ${atKill}/${TOTAL} entries inside transaction ${open}; batches before ${batchSizes(first).join(',')}; ` +
      `after ${batchSizes(second).length}; ${extra} duplicate sends; ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}, 330_000);

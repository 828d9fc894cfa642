/**
 * Fault: three worker processes (`npm start` with DAMPINGI_ROLES=worker) share one database
 * and one Redis prefix; the test process is the receiver, queuing through the real intake
 * what 200 chats send, four numbered sales each. One worker is SIGKILLed at the peak. Every
 * message must be recorded once, every reply sent once, and each chat's entries must be in
 * the order she sent them: a job the kill interrupted goes back to the head of its shard,
 * and no later message of its chats may overtake it (src/jobs/shards.ts).
 * Short BullMQ locks (QUEUE_LOCK_MS) make the stalled job come back within seconds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createIntake } from '../../src/jobs/intake.ts';
import { SEND_CONCURRENCY } from '../../src/jobs/workers.ts';
import { inboundQueueName } from '../../src/jobs/queues.ts';
import { holdShardCount, shardCountKey, type ShardCountWatch } from '../../src/jobs/shard-count.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { LEGACY_INBOUND_SHARDS } from '../../src/config.ts';
import { startBotProcessWorld, type BotProcessWorld } from '../helpers/bot-process-world.ts';
import { privateMessage } from '../helpers/messages.ts';
import type { BotProcess } from '../helpers/processes.ts';
import { eventually } from '../helpers/wait.ts';

const CHATS = 200;
const PER_CHAT = 4;
const TOTAL = CHATS * PER_CHAT;
const FIRST_CHAT = 7_300_000;
const SHARDS = 8;

let world: BotProcessWorld;
let dataDir: string;
/** This process's shard-count heartbeat: it is the receiver. */
let receiving: ShardCountWatch | undefined;
const replaced: string[] = [];

beforeAll(async () => {
  world = await startBotProcessWorld({ shards: SHARDS });
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'dampingi-order-'));
});

afterAll(async () => {
  await receiving?.stop();
  await world?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

function startWorker(extra: Record<string, string> = {}): BotProcess {
  return world.start({
    DAMPINGI_ROLES: 'worker',
    INBOUND_SHARDS: String(SHARDS),
    QUEUE_LOCK_MS: '2000',
    DATA_DIR: dataDir,
    // Debug: each handled message is logged ("inbound handled"), so the test sees who works.
    LOG_LEVEL: 'debug',
    ...extra,
  });
}

const count = (table: 'ledger_entries' | 'inbound_messages') => world.count(table);

/** How many messages this worker process has handled (its debug log). */
const handled = (w: BotProcess) => w.stderr().split('"msg":"inbound handled"').length - 1;

/** How often BullMQ found an inbound job stalled (its worker gone) and put it back. */
async function stalledEvents(): Promise<number> {
  let stalled = 0;
  for (let shard = 0; shard < SHARDS; shard++) {
    const events = await world.redis.connection.xrange(`${world.redis.prefix}:${inboundQueueName(shard)}:events`, '-', '+');
    stalled += events.filter(([, fields]) => fields[0] === 'event' && fields[1] === 'stalled').length;
  }
  return stalled;
}

it('three worker processes, one SIGKILLed at the peak: every message once, every reply once, each chat in her order', async () => {
  const started = Date.now();
  // Logs go to stderr (JSON lines).
  const running = (w: BotProcess) => w.stderr().includes('Dampingi is running');

  // The receiver (this process) agrees on the shard count and keeps its heartbeat, as a
  // receiving process does, then queues each chat's messages in her order, back to back (four sent at once),
  // so they sit next to each other on her shard, where workers of other processes would take
  // them side by side if nothing held them to one at a time.
  receiving = await holdShardCount({
    redis: world.redis.connection,
    prefix: world.redis.prefix,
    shards: SHARDS,
    legacy: LEGACY_INBOUND_SHARDS,
    process: 'fault-test-receiver',
    log: silentLogger(),
    onReplaced: (error) => replaced.push(error.message),
  });
  const intake = createIntake(world.queues);
  const chatIds = Array.from({ length: CHATS }, (_, c) => String(FIRST_CHAT + c));
  for (const chatId of chatIds) {
    for (let n = 1; n <= PER_CHAT; n++) {
      const sentAt = new Date(Date.UTC(2026, 10, 20, 3, 0, n)).toISOString();
      await intake(privateMessage(`laku ${n} bros @1rb`, { chatId, sender: { id: chatId, name: `Ibu ${chatId}` }, messageId: `m-${chatId}-${n}`, sentAt }));
    }
  }

  // A process started with another shard count while the receiver runs and messages wait
  // refuses to start. (Before any worker runs, so messages surely wait.)
  const misfit = startWorker({ INBOUND_SHARDS: '4' });
  expect((await misfit.exit).code).toBe(1);
  expect(misfit.stderr()).toContain(`INBOUND_SHARDS is 4 but the deployment uses ${SHARDS}`);

  const three = [startWorker(), startWorker(), startWorker()];
  await eventually(() => three.every(running), { what: 'three workers running', timeoutMs: 90_000, intervalMs: 100 });
  // A worker process receives nothing: no Telegram polling, no terminal chat.
  for (const w of three) expect(w.stderr()).not.toContain('long polling started');
  for (const w of three) expect(w.stderr()).toContain('"roles":["worker"]');
  expect(await world.redis.connection.get(shardCountKey(world.redis.prefix))).toBe(String(SHARDS));
  for (const queue of world.queues.inbound) expect(await queue.getGlobalConcurrency()).toBe(1);

  await eventually(async () => (await count('ledger_entries')) >= TOTAL * 0.3, { what: '30% of the entries', timeoutMs: 120_000, intervalMs: 10 });
  // The victim is one that is working right now: a shard's jobs tend to stay with the
  // process that took its first one (a worker finishing a job takes the next in the same
  // step), so a process may well be idle.
  const snapshot = three.map(handled);
  const victim = await eventually(() => three.find((w, i) => handled(w) > snapshot[i]!), { what: 'a worker at work', timeoutMs: 30_000, intervalMs: 5 });
  const others = three.filter((w) => w !== victim);
  victim.kill('SIGKILL');
  expect((await victim.exit).signal).toBe('SIGKILL');
  const atKill = await count('ledger_entries');
  expect(atKill).toBeLessThan(TOTAL); // the kill fell in the middle

  // The end state: everything recorded, every reply marked sent, the queues empty.
  await eventually(
    async () => {
      if ((await count('inbound_messages')) < TOTAL) return false;
      const unsent = await world.t.db.selectFrom('outbound_messages').select('id').where('status', '!=', 'sent').limit(1).execute();
      if (unsent.length) return false;
      return world.queuesIdle();
    },
    { what: 'every message handled and every reply sent', timeoutMs: 180_000, intervalMs: 200 },
  );
  // The kill interrupted inbound jobs, which the stalled-job check put back.
  expect(await stalledEvents()).toBeGreaterThan(0);

  // Each message recorded once: one inbox row and one entry.
  expect(await count('inbound_messages')).toBe(TOTAL);
  const entries = await world.t.db
    .selectFrom('ledger_entries')
    .innerJoin('inbound_messages', 'inbound_messages.id', 'ledger_entries.source_message_id')
    .select(['inbound_messages.chat_id as chatId', 'ledger_entries.amount', 'ledger_entries.kind'])
    .orderBy('ledger_entries.id')
    .execute();
  expect(entries).toHaveLength(TOTAL);
  // In her order: entries are numbered as they were written.
  const amountsOf = new Map<string, number[]>();
  for (const e of entries) amountsOf.set(e.chatId, [...(amountsOf.get(e.chatId) ?? []), Number(e.amount)]);
  const inOrder = Array.from({ length: PER_CHAT }, (_, i) => (i + 1) * 1000);
  for (const chatId of chatIds) expect(amountsOf.get(chatId), `entries of chat ${chatId}`).toEqual(inOrder);

  // Each reply sent once. Telegram's sendMessage has no idempotency key: the sends in
  // flight in the killed process (sent, their "sent" marks not committed) may go twice, at
  // most its send concurrency.
  const outbox = await world.t.db.selectFrom('outbound_messages').select(['chat_id', 'platform_message_id']).execute();
  expect(outbox.length).toBeGreaterThanOrEqual(TOTAL);
  const sentTo = new Map(world.tg.server.storage.botMessages.map((m) => [String(m.messageId), String(m.message.chat_id)]));
  const missing = outbox.filter((o) => o.platform_message_id === null || sentTo.get(o.platform_message_id) !== o.chat_id);
  expect(missing).toEqual([]);
  const extra = world.tg.server.storage.botMessages.length - outbox.length;
  expect(extra).toBeGreaterThanOrEqual(0);
  expect(extra).toBeLessThanOrEqual(SEND_CONCURRENCY.telegram);

  // The workers ran with the receiver's count all along.
  expect(replaced).toEqual([]);
  for (const w of others) await w.stop();
  for (const w of others) expect((await w.exit).code).toBe(0);
  console.info(`[fault] 3 workers (handled ${three.map(handled).join(' / ')}), one killed at ${atKill}/${TOTAL} entries; ${await stalledEvents()} stalled jobs put back; ${extra} duplicate sends; ${((Date.now() - started) / 1000).toFixed(1)} s`);
}, 330_000);

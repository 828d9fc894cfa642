/**
 * Fault: the bot process is killed (SIGKILL, no goodbye) in the middle of 1,000 inbound
 * messages, then started again. Postgres and Redis are the shared ones (killing the bot
 * does not touch them); the Bot API is the local fake, which records every sendMessage.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createIntake } from '../../src/jobs/intake.ts';
import { SEND_CONCURRENCY } from '../../src/jobs/workers.ts';
import { startBotProcessWorld, type BotProcessWorld } from '../helpers/bot-process-world.ts';
import { privateMessage } from '../helpers/messages.ts';
import type { BotProcess } from '../helpers/processes.ts';
import { eventually } from '../helpers/wait.ts';

const COUNT = 1000;
const FIRST_CHAT = 7_000_000;

let world: BotProcessWorld;

beforeAll(async () => {
  world = await startBotProcessWorld();
});

afterAll(async () => {
  await world?.close();
});

const count = (table: 'ledger_entries' | 'inbound_messages') => world.count(table);

const sentReplies = async () =>
  Number(
    (await world.t.db.selectFrom('outbound_messages').select((eb) => eb.fn.countAll().as('n')).where('status', '=', 'sent').executeTakeFirstOrThrow()).n,
  );

const startBot = (): BotProcess => world.start({ CONSOLE_CHANNEL: 'off', LOG_LEVEL: 'warn' });

it('loses nothing and records nothing twice when the worker is SIGKILLed mid-burst of 1,000 messages', async () => {
  const started = Date.now();
  const intake = createIntake(world.queues);
  const messages = Array.from({ length: COUNT }, (_, i) =>
    privateMessage(`laku ${i + 1} bros @1rb`, {
      chatId: String(FIRST_CHAT + i),
      sender: { id: String(FIRST_CHAT + i), name: `Ibu ${i + 1}` },
      messageId: `fault-${i}`,
    }),
  );
  for (let i = 0; i < COUNT; i += 100) await Promise.all(messages.slice(i, i + 100).map((m) => intake(m)));

  const first = startBot();
  // The ceiling covers the child's start on a busy machine (tsx compiling the bot); its log
  // tail is printed when it is not reached, so a start-up failure says why.
  await eventually(async () => (await count('ledger_entries')) >= 300, { what: '300 entries before the kill', timeoutMs: 90_000, intervalMs: 10 }).catch((error: unknown) => {
    console.error(first.stderr().slice(-3000));
    throw error;
  });
  first.kill('SIGKILL');
  expect((await first.exit).signal).toBe('SIGKILL');
  const atKill = { entries: await count('ledger_entries'), sent: await sentReplies(), sends: world.tg.server.storage.botMessages.length };
  expect(atKill.entries).toBeLessThan(COUNT); // the kill really fell in the middle

  const second = startBot();
  // Every reply sent: a job that was in flight at the kill is recovered by the stalled-job
  // check (its lock expires within 30 s), so this also covers the jobs the kill interrupted.
  await eventually(async () => (await sentReplies()) === COUNT, { what: 'all replies sent', timeoutMs: 200_000, intervalMs: 100 });
  await eventually(() => world.queuesIdle(), { what: 'idle queues', timeoutMs: 60_000, intervalMs: 200 });
  await second.stop();
  expect((await second.exit).code).toBe(0);

  // Exactly 1,000 inbox rows and 1,000 entries, each with its own amount.
  expect(await count('inbound_messages')).toBe(COUNT);
  const entries = await world.t.db
    .selectFrom('ledger_entries')
    .innerJoin('inbound_messages', 'inbound_messages.id', 'ledger_entries.source_message_id')
    .select(['inbound_messages.chat_id as chatId', 'ledger_entries.amount', 'ledger_entries.kind'])
    .execute();
  expect(entries).toHaveLength(COUNT);
  const byChat = new Map(entries.map((e) => [e.chatId, e]));
  expect(byChat.size).toBe(COUNT);
  for (let i = 0; i < COUNT; i++) {
    expect(byChat.get(String(FIRST_CHAT + i)), `chat ${FIRST_CHAT + i}`).toMatchObject({ kind: 'sale', amount: (i + 1) * 1000 });
  }

  // One outbox row per message, all sent.
  const outbox = await world.t.db.selectFrom('outbound_messages').select(['chat_id', 'status', 'source_message_id']).execute();
  expect(outbox).toHaveLength(COUNT);
  expect(new Set(outbox.map((o) => o.chat_id)).size).toBe(COUNT);
  expect(outbox.every((o) => o.status === 'sent')).toBe(true);

  // At the Bot API: every chat answered, with its own amount. A duplicate is possible only
  // for the sends in flight at the kill (sent, but their "sent" marks not yet committed:
  // Telegram's sendMessage has no idempotency key): at most the process's send concurrency.
  const sends = new Map<string, string[]>();
  for (const m of world.tg.server.storage.botMessages) {
    const chat = String(m.message.chat_id);
    sends.set(chat, [...(sends.get(chat) ?? []), String(m.message.text)]);
  }
  expect(sends.size).toBe(COUNT);
  for (let i = 0; i < COUNT; i++) {
    const texts = sends.get(String(FIRST_CHAT + i)) ?? [];
    expect(texts.length, `replies to chat ${FIRST_CHAT + i}`).toBeGreaterThanOrEqual(1);
    expect(texts[0]).toContain(`Rp${((i + 1) * 1000).toLocaleString('id-ID')}`);
  }
  const duplicated = [...sends].filter(([, texts]) => texts.length > 1);
  expect(duplicated.length).toBeLessThanOrEqual(SEND_CONCURRENCY.telegram);
  expect(world.tg.server.storage.botMessages.length).toBeLessThanOrEqual(COUNT + SEND_CONCURRENCY.telegram);
  console.info(
    `[fault] worker killed at ${atKill.entries} entries / ${atKill.sent} marked sent / ${atKill.sends} sends; ` +
      `duplicate sends observed: ${duplicated.length}; total ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}, 330_000);

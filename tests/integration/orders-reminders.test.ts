/**
 * The "order due tomorrow" reminder through the reminders tick with an injected
 * clock on real Postgres: at 08:00 in the member's time zone the day before, once per order
 * (a second tick, or the slot fanned out again, sends nothing more); not for a paid order;
 * a queued one is cancelled when the order is settled before it goes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { runDueReminders, type TickResult } from '../../src/jobs/reminders-tick.ts';
import { processInbound, type InboundDeps } from '../../src/jobs/inbound.processor.ts';
import { addFacilitator, addMember, createGroup } from '../../src/modules/groups/groups.service.ts';
import { findOutbound, type OutboxItem } from '../../src/modules/outbox/outbox.repository.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { privateMessage } from '../helpers/messages.ts';

let t: TestDatabase;
const clock = fixedClock('2026-12-01T03:00:00Z');
const QUIET = { start: 21 * 60, end: 7 * 60 };
const dispatched: OutboxItem[] = [];
const ids: Record<string, number> = {};
const ANI = '2001';

function inboundDeps(): InboundDeps {
  return { db: t.db, clock, defaultTimeZone: 'Asia/Jakarta', log: silentLogger(), dispatch: async () => undefined };
}

async function aniSays(text: string) {
  await processInbound(inboundDeps(), privateMessage(text, { chatId: ANI, sender: { id: ANI, name: 'Ani' }, sentAt: clock.now().toISOString() }));
}

async function tick(iso: string): Promise<{ result: TickResult; sent: { key: string; chatId: string; text: string }[] }> {
  clock.set(iso);
  const before = dispatched.length;
  const result = await runDueReminders({ db: t.db, quietHours: QUIET, dispatch: async (items) => void dispatched.push(...items) }, clock.now());
  const sent = await Promise.all(
    dispatched.slice(before).map(async (i) => {
      const row = (await findOutbound(t.db, i.idempotencyKey))!;
      return { key: i.idempotencyKey, chatId: row.payload.chatId, text: row.payload.text };
    }),
  );
  return { result, sent };
}

async function orderId(customer: string): Promise<number> {
  return (await t.db.selectFrom('orders').select('id').where('customer', '=', customer).executeTakeFirstOrThrow()).id;
}

beforeAll(async () => {
  t = await createTestDatabase();
  const rina = await addFacilitator(t.db, { name: 'Bu Rina', telegramId: '900', timeZone: 'Asia/Jakarta' });
  const melati = await createGroup(t.db, { name: 'Melati', trades: ['asesoris'], facilitatorId: rina.id, timeZone: 'Asia/Jakarta' });
  ids.ani = (await addMember(t.db, melati.id, { name: 'Ani', telegramId: ANI, timeZone: 'Asia/Jakarta' }, clock.now())).person.id;
  await aniSays('pesanan 10 kerudung @85rb dari Bu Sri, DP 425rb, selesai 15 Des');
  await aniSays('pesanan 4 mukena @150rb dari Bu Ana, DP 100rb, selesai 15 Des');
  await aniSays('pesanan Bu Ana lunas');
  await aniSays('pesanan 2 bros @50rb dari Bu Tin, selesai 16 Des');
});
afterAll(async () => t?.drop());

describe('the order-due reminder', () => {
  it('goes nowhere before 08:00 the day before', async () => {
    const { sent } = await tick('2026-12-14T00:45:00Z'); // 07:45 WIB
    expect(sent).toEqual([]);
  });

  it('reminds her at 08:00 the day before of each open order due tomorrow, not of a paid one', async () => {
    const { result, sent } = await tick('2026-12-14T01:00:00Z'); // Monday 08:00 WIB
    expect(result.slots).toContain('order_due|Asia/Jakarta|2026-12-14');
    expect(sent).toEqual([
      {
        key: `rem-order-${await orderId('Bu Sri')}-d1-${ids.ani}`,
        chatId: ANI,
        text: '⏰ Pesanan 10 kerudung untuk Bu Sri selesai besok, Selasa, 15 Des.\nSisa pembayaran: Rp425.000.',
      },
    ]);
  });

  it('is sent once: not on the next tick, nor when the slot is fanned out again', async () => {
    expect((await tick('2026-12-14T01:15:00Z')).sent).toEqual([]);
    await t.db.deleteFrom('reminder_slot_runs').execute();
    const again = await tick('2026-12-14T01:30:00Z');
    expect(again.result.slots).toContain('order_due|Asia/Jakarta|2026-12-14');
    expect(again.sent).toEqual([]);
    const rows = await t.db.selectFrom('outbound_messages').select('idempotency_key').where('idempotency_key', 'like', 'rem-order-%').execute();
    expect(rows).toHaveLength(1);
  });

  it('is cancelled while still queued once the order is settled', async () => {
    const { sent } = await tick('2026-12-15T01:00:00Z');
    const key = `rem-order-${await orderId('Bu Tin')}-d1-${ids.ani}`;
    expect(sent.map((s) => s.key)).toEqual([key]);
    clock.set('2026-12-15T02:00:00Z');
    await aniSays('pesanan Bu Tin lunas');
    const { result } = await tick('2026-12-15T02:15:00Z');
    expect(result.cancelled).toBe(1);
    expect(await t.db.selectFrom('outbound_messages').select(['status', 'failure']).where('idempotency_key', '=', key).executeTakeFirst()).toEqual({
      status: 'failed',
      failure: 'cancelled: order settled',
    });
  });
});

/**
 * The weekly summary on real Postgres (and, for the job, real Redis), with an injected
 * clock: the reminder tick on Sunday 19:00 in a member's own time zone hands the members
 * who recorded something that week to the summary job, which renders each one's chart and
 * writes one outbox row (photo + caption) whose figures match her ledger. Nobody without
 * entries, nobody opted out; a second tick, a redone fan-out or a retried job send nothing
 * twice; a member in Asia/Makassar gets hers at 19:00 WITA.
 */
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { OutboundMessage } from '../../src/core/messages.ts';
import { runDueReminders, type TickDeps } from '../../src/jobs/reminders-tick.ts';
import { sendWeeklySummary } from '../../src/jobs/weekly-summary.ts';
import { startSummaries } from '../../src/jobs/summaries.ts';
import { CHART_HEIGHT, CHART_WIDTH, COLOURS } from '../../src/modules/charts/charts.ts';
import { addFacilitator, addMember, createGroup } from '../../src/modules/groups/groups.service.ts';
import { findOutbound, type OutboxItem } from '../../src/modules/outbox/outbox.repository.ts';
import { setOptOut } from '../../src/modules/people/people.repository.ts';
import { slotOn, type QuietHours } from '../../src/modules/reminders/schedule.ts';
import { mondayOfIsoWeek } from '../../src/modules/summaries/summaries.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { createTestRedis, type TestRedis } from '../helpers/redis.ts';
import { eventually } from '../helpers/wait.ts';

let t: TestDatabase;
let r: TestRedis;
const clock = fixedClock('2026-11-20T03:00:00Z');
const QUIET: QuietHours = { start: 21 * 60, end: 7 * 60 };
const ids: Record<string, number> = {};
const dispatched: OutboxItem[] = [];

beforeAll(async () => {
  [t, r] = await Promise.all([createTestDatabase(), createTestRedis()]);
  const at = clock.now();
  const rina = await addFacilitator(t.db, { name: 'Bu Rina', telegramId: '900', timeZone: 'Asia/Jakarta' });
  const melati = await createGroup(t.db, { name: 'Melati', trades: ['asesoris'], facilitatorId: rina.id, timeZone: 'Asia/Jakarta' });
  const add = async (key: string, input: { name: string; telegramId: string; timeZone: string }) => {
    ids[key] = (await addMember(t.db, melati.id, input, at)).person.id;
  };
  await add('ani', { name: 'Ani', telegramId: '5001', timeZone: 'Asia/Jakarta' }); // records this week and last
  await add('sri', { name: 'Sri', telegramId: '5002', timeZone: 'Asia/Jakarta' }); // last week only
  await add('tuti', { name: 'Tuti', telegramId: '5003', timeZone: 'Asia/Jakarta' }); // records, but opted out
  await add('hana', { name: 'Hana', telegramId: '5004', timeZone: 'Asia/Makassar' }); // lives in WITA
  await add('dewi', { name: 'Dewi', telegramId: '5005', timeZone: 'Asia/Jakarta' }); // her only entry was voided
  await setOptOut(t.db, ids.tuti!, true, at);

  // Last week: Monday 16 – Sunday 22 November 2026 (2026W47); this week 23–29 November (2026W48).
  await entry('ani', 'sale', 100_000, '2026-11-18', 'bros');
  await entry('sri', 'sale', 50_000, '2026-11-20', 'kue');
  await entry('ani', 'sale', 180_000, '2026-11-23', 'bros', 12);
  await entry('ani', 'sale', 450_000, '2026-11-26', 'mukena', 3);
  await entry('ani', 'expense', 50_000, '2026-11-26', 'benang');
  await entry('ani', 'sale', 70_000, '2026-11-30', 'bros'); // next week: not in this one
  await entry('tuti', 'sale', 90_000, '2026-11-24', 'kue');
  await entry('hana', 'sale', 75_000, '2026-11-25', 'keripik');
  await entry('hana', 'expense', 100_000, '2026-11-25', 'minyak');
  await entry('dewi', 'sale', 40_000, '2026-11-24', 'kue', null, true);
});
afterAll(async () => {
  await r?.cleanup();
  await t?.drop();
});

async function entry(person: string, kind: 'sale' | 'expense', amount: number, date: string, item: string, quantity: number | null = null, voided = false) {
  await t.db
    .insertInto('ledger_entries')
    .values({ person_id: ids[person]!, kind, amount, business_date: date, raw_text: `${kind} ${amount}`, item, quantity, ...(voided ? { voided_at: clock.now() } : {}) })
    .execute();
}

const handed: string[] = [];
function tickDeps(): TickDeps {
  return {
    db: t.db,
    quietHours: QUIET,
    dispatch: async (items) => void dispatched.push(...items),
    weeklySummaries: async (keys) => void handed.push(...keys),
  };
}

/** Runs the tick at `iso`, then the summary job on every key it handed over; returns the summaries written. */
async function tick(iso: string): Promise<{ keys: string[]; sent: { key: string; message: OutboundMessage }[] }> {
  clock.set(iso);
  const before = { handed: handed.length, dispatched: dispatched.length };
  await runDueReminders(tickDeps(), clock.now());
  const keys = handed.slice(before.handed);
  for (const key of keys) await sendWeeklySummary({ db: t.db, dispatch: async (items) => void dispatched.push(...items) }, key);
  const sent = await Promise.all(
    dispatched
      .slice(before.dispatched)
      .filter((i) => i.idempotencyKey.startsWith('rem-summary-'))
      .map(async (i) => ({ key: i.idempotencyKey, message: (await findOutbound(t.db, i.idempotencyKey))!.payload })),
  );
  return { keys, sent };
}

const SALES = [1, 3, 5].map((i) => parseInt(COLOURS.sales.slice(i, i + 2), 16));
function salesPixels(pngBase64: string): number {
  const png = PNG.sync.read(Buffer.from(pngBase64, 'base64'));
  expect([png.width, png.height]).toEqual([CHART_WIDTH, CHART_HEIGHT]);
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) if (SALES.every((v, k) => Math.abs(png.data[i + k]! - v) <= 12)) n++;
  return n;
}

describe('the weekly summary (Sunday 19:00 in her own time zone)', () => {
  it('goes to nobody before 19:00 anywhere', async () => {
    expect((await tick('2026-11-29T10:45:00Z')).keys).toEqual([]); // 17:45 WIB, 18:45 WITA
  });

  it('reaches a member in Asia/Makassar at 19:00 WITA, and only her', async () => {
    const { keys, sent } = await tick('2026-11-29T11:00:00Z');
    expect(keys).toEqual([`rem-summary-2026W48-${ids.hana}`]);
    expect(sent).toHaveLength(1);
    const caption = sent[0]!.message.image!.caption!;
    expect(sent[0]!.message.chatId).toBe('5004');
    expect(caption).toContain('Jualan: Rp75.000');
    expect(caption).toContain('Belanja: Rp100.000');
    expect(caption).toContain('Rugi: Rp25.000');
    expect(caption).toContain('Minggu lalu belum ada catatan');
  });

  it('at 19:00 WIB reaches exactly the WIB members with entries, with a chart and figures from her books', async () => {
    const { keys, sent } = await tick('2026-11-29T12:00:00Z');
    // Not Sri (last week only), Tuti (opted out) nor Dewi (her entry was voided).
    expect(keys).toEqual([`rem-summary-2026W48-${ids.ani}`]);
    expect(sent.map((s) => s.key)).toEqual(keys);
    const { message } = sent[0]!;
    expect(message).toMatchObject({ platform: 'telegram', chatId: '5001', bulk: true });
    expect(message.image!.caption).toBe(message.text);
    expect(message.text).toBe(
      [
        '📊 Ringkasan minggu ini, Bu Ani (23–29 Nov)',
        'Jualan: Rp630.000',
        'Belanja: Rp50.000',
        'Untung: Rp580.000',
        'Dibanding minggu lalu: jualan naik Rp530.000, untung naik Rp480.000.',
        'Paling laku: mukena (Rp450.000)',
        'Terima kasih sudah mencatat, Bu! 💪',
      ].join('\n'),
    );
    expect(salesPixels(message.image!.pngBase64)).toBeGreaterThan(1000);
    const row = await t.db.selectFrom('outbound_messages').select(['priority', 'status']).where('idempotency_key', '=', keys[0]!).executeTakeFirstOrThrow();
    expect(row).toEqual({ priority: 'bulk', status: 'queued' });
  });

  it('sends nothing twice: not on the next tick, nor when the fan-out or the job runs again', async () => {
    expect((await tick('2026-11-29T12:15:00Z')).keys).toEqual([]);
    await t.db.deleteFrom('reminder_slot_runs').where('kind', '=', 'weekly_summary').execute(); // as if the tick had crashed before marking
    const again = await tick('2026-11-29T12:30:00Z');
    expect(again.keys.sort()).toEqual([`rem-summary-2026W48-${ids.ani}`, `rem-summary-2026W48-${ids.hana}`].sort());
    // The job finds the rows written: they are queued again (harmless), never written twice.
    const rows = await t.db.selectFrom('outbound_messages').select('idempotency_key').where('idempotency_key', 'like', 'rem-summary-%').execute();
    expect(rows).toHaveLength(2);
    expect(await sendWeeklySummary({ db: t.db, dispatch: async () => undefined }, `rem-summary-2026W48-${ids.ani}`)).toBe('already');
  });

  it('is not written for a member who opted out after the tick handed her over', async () => {
    await setOptOut(t.db, ids.ani!, true, clock.now());
    expect(await sendWeeklySummary({ db: t.db, dispatch: async () => undefined }, `rem-summary-2026W49-${ids.ani}`)).toBe('skipped:unreachable');
    await setOptOut(t.db, ids.ani!, false, clock.now());
  });

  it('moves out of quiet hours like every reminder (QUIET_HOURS 18:00-08:00: Monday 08:00)', () => {
    const slot = slotOn('weekly_summary', 'Asia/Jakarta', '2026-11-29', { start: 18 * 60, end: 8 * 60 })!;
    expect(slot.dueAt.toISOString()).toBe('2026-11-30T01:00:00.000Z');
    expect(slotOn('weekly_summary', 'Asia/Jakarta', '2026-11-28', QUIET)).toBeUndefined(); // Saturday: none
    expect(mondayOfIsoWeek('2026W48')).toBe('2026-11-23');
    expect(mondayOfIsoWeek('2027W01')).toBe('2027-01-04');
    expect(mondayOfIsoWeek('2026W53')).toBe('2026-12-28');
  });
});

describe('the summary job on Redis', () => {
  it('renders and queues what the tick hands it, paced, once per key', async () => {
    const sentByJob: OutboxItem[] = [];
    const summaries = await startSummaries({
      connection: r.connection,
      prefix: r.prefix,
      deps: { db: t.db, dispatch: async (items) => void sentByJob.push(...items), log: silentLogger() },
    });
    try {
      clock.set('2026-12-06T12:00:00Z'); // Sunday 19:00 WIB of 2026W49: Ani sold Rp70.000 on Monday
      await runDueReminders({ ...tickDeps(), weeklySummaries: (keys) => summaries.enqueue(keys) }, clock.now());
      await summaries.enqueue([`rem-summary-2026W49-${ids.ani}`]); // handed twice: one job
      const key = `rem-summary-2026W49-${ids.ani}`;
      const row = await eventually(async () => findOutbound(t.db, key), { what: 'the summary row' });
      expect(row.payload.text).toContain('Jualan: Rp70.000');
      expect(row.payload.text).toContain('jualan turun Rp560.000');
      expect(salesPixels(row.payload.image!.pngBase64)).toBeGreaterThan(100);
      await eventually(async () => (sentByJob.some((i) => i.idempotencyKey === key) ? true : undefined), { what: 'dispatched' });
      const job = await summaries.queue.getJob(key);
      expect(job?.id).toBe(key);
      expect(sentByJob.filter((i) => i.idempotencyKey === key)).toHaveLength(1);
    } finally {
      await summaries.close();
    }
  });
});

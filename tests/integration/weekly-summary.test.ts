/**
 * The weekly summary on real Postgres, with an injected clock: the reminder tick on Sunday
 * 19:00 in a member's own time zone writes, set-based and a page at a time, one outbox row
 * per member who recorded something that week (the chart as its figures, drawn when sent
 * into a photo with the text as its caption), whose figures match her ledger. Nobody
 * without entries, nobody opted out or gone from her group; a second tick, two ticks at
 * once, or a redone fan-out send nothing twice; one who opts out after the tick has hers
 * cancelled; a member in Asia/Makassar gets hers at 19:00 WITA. (Redis losing its data
 * between the tick and the feed: tests/integration/bulk-feeder.test.ts.)
 */
import { withWords } from '../../src/conversation/notices/words-at-send.ts';
import { withSummaryFigures } from '../../src/conversation/notices/summary-figures.ts';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import type { OutboundMessage } from '../../src/core/messages.ts';
import { runDueReminders, type TickDeps } from '../../src/jobs/reminders-tick.ts';
import { fanOutWeeklySummaries } from '../../src/jobs/weekly-summary.ts';
import { withChartDrawn } from '../../src/conversation/notices/chart-picture.ts';
import { CHART_HEIGHT, CHART_WIDTH, COLOURS } from '../../src/modules/charts/charts.ts';
import { addFacilitator, addMember, createGroup, removeMember } from '../../src/modules/groups/groups.service.ts';
import { findOutbound, type OutboxItem } from '../../src/modules/outbox/outbox.repository.ts';
import { setOptOut, zoneRanges } from '../../src/modules/people/people.repository.ts';
import { slotOn, type QuietHours } from '../../src/modules/reminders/schedule.ts';
import { mondayOfIsoWeek } from '../../src/modules/summaries/summaries.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

let t: TestDatabase;
const clock = fixedClock('2026-11-20T03:00:00Z');
const QUIET: QuietHours = { start: 21 * 60, end: 7 * 60 };
const ids: Record<string, number> = {};
let melatiId: number;
const dispatched: OutboxItem[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
  const at = clock.now();
  const rina = await addFacilitator(t.db, { name: 'Bu Rina', telegramId: '900', timeZone: 'Asia/Jakarta' });
  const melati = await createGroup(t.db, { name: 'Melati', trades: ['asesoris'], facilitatorId: rina.id, timeZone: 'Asia/Jakarta' });
  melatiId = melati.id;
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
  await t?.drop();
});

async function entry(person: string, kind: 'sale' | 'expense', amount: number, date: string, item: string, quantity: number | null = null, voided = false) {
  await t.db
    .insertInto('ledger_entries')
    .values({ person_id: ids[person]!, kind, amount, business_date: date, raw_text: `${kind} ${amount}`, item, quantity, ...(voided ? { voided_at: clock.now() } : {}) })
    .execute();
}

function tickDeps(): TickDeps {
  return { db: t.db, quietHours: QUIET, dispatch: async (items) => void dispatched.push(...items), weeklySummaries: true };
}

/** Runs the tick at `iso`; returns the summaries it wrote (and dispatched), each as it will be sent (chart drawn). */
async function tick(iso: string): Promise<{ keys: string[]; sent: { key: string; message: OutboundMessage }[] }> {
  clock.set(iso);
  const before = dispatched.length;
  await runDueReminders(tickDeps(), clock.now());
  const keys = dispatched.slice(before).map((i) => i.idempotencyKey).filter((k) => k.startsWith('rem-summary-'));
  const sent = await Promise.all(keys.map(async (key) => ({ key, message: await withChartDrawn(withWords((await withSummaryFigures(t.db, (await findOutbound(t.db, key))!.payload))!)) })));
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

  it('sends nothing twice: not on the next tick, nor when the fan-out runs again', async () => {
    expect((await tick('2026-11-29T12:15:00Z')).keys).toEqual([]);
    await t.db.deleteFrom('reminder_slot_runs').where('kind', '=', 'weekly_summary').execute(); // as if the tick had crashed before marking
    const again = await tick('2026-11-29T12:30:00Z');
    // Both slots are redone; the rows are there already: nothing written, nothing dispatched.
    expect(again.keys).toEqual([]);
    const rows = await t.db.selectFrom('outbound_messages').select('idempotency_key').where('idempotency_key', 'like', 'rem-summary-%').execute();
    expect(rows.map((r) => r.idempotency_key).sort()).toEqual([`rem-summary-2026W48-${ids.ani}`, `rem-summary-2026W48-${ids.hana}`].sort());
  });

  it('is cancelled for a member who opts out after the tick wrote hers (the next tick’s sweep)', async () => {
    await setOptOut(t.db, ids.hana!, true, clock.now());
    await tick('2026-11-29T12:45:00Z');
    const row = await findOutbound(t.db, `rem-summary-2026W48-${ids.hana}`);
    expect(row?.status).toBe('failed');
    await setOptOut(t.db, ids.hana!, false, clock.now());
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

describe('the set-based fan-out', () => {
  const slot = () => slotOn('weekly_summary', 'Asia/Jakarta', '2026-12-06', QUIET)!; // 2026W49: Ani sold Rp70.000 on Monday
  const week49 = async () =>
    t.db.selectFrom('outbound_messages').select(['idempotency_key', 'chat_id', 'payload']).where('idempotency_key', 'like', 'rem-summary-2026W49-%').orderBy('idempotency_key').execute();

  it('two ticks at once write each member’s summary once, and each run dispatches only its own rows', async () => {
    // Five more WIB members with entries this week, so there are pages to race over.
    const more: number[] = [];
    for (let i = 0; i < 5; i++) {
      const id = (await addMember(t.db, melatiId, { name: `Wati ${i}`, telegramId: `61${i}`, timeZone: 'Asia/Jakarta' }, clock.now())).person.id;
      ids[`wati${i}`] = id;
      more.push(id);
      await entry(`wati${i}`, 'sale', 10_000 * (i + 1), '2026-12-02', 'kue');
    }
    const [a, b] = await Promise.all([
      fanOutWeeklySummaries(t.db, slot(), { batchSize: 2, dispatch: async () => undefined }),
      fanOutWeeklySummaries(t.db, slot(), { batchSize: 3, dispatch: async () => undefined }),
    ]);
    const expected = [ids.ani!, ...more].map((id) => `rem-summary-2026W49-${id}`).sort();
    expect([...a, ...b].map((i) => i.idempotencyKey).sort()).toEqual(expected);
    expect((await week49()).map((r) => r.idempotency_key)).toEqual(expected);
  });

  it('pages by person id: a page boundary loses nobody and repeats nobody, and the figures are each her own', async () => {
    await t.db.deleteFrom('outbound_messages').where('idempotency_key', 'like', 'rem-summary-2026W49-%').execute();
    const pages: string[][] = [];
    const written = await fanOutWeeklySummaries(t.db, slot(), { batchSize: 2, afterBatch: (items) => void pages.push(items.map((i) => i.idempotencyKey)) });
    // Pages of two people living in the zone (some not due), written two at a time.
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...pages.map((p) => p.length))).toBeLessThanOrEqual(2);
    expect(pages.flat()).toHaveLength(6);
    expect(new Set(pages.flat()).size).toBe(6);
    expect(written.map((i) => i.idempotencyKey)).toEqual([...pages.flat()].sort((a, b) => Number(a.split('-').at(-1)) - Number(b.split('-').at(-1))));
    expect(written).toHaveLength(6);
    const rows = await week49();
    // A row says who is due and which week; her figures are read when it is sent.
    const aniRow = rows.find((r) => r.idempotency_key === `rem-summary-2026W49-${ids.ani}`)!;
    expect(aniRow.payload.toWord).toEqual({ kind: 'weekly_summary_due', language: 'id', name: 'Ani', personId: ids.ani, monday: '2026-11-30' });
    const ani = (await withSummaryFigures(t.db, aniRow.payload))!;
    expect(withWords(ani).text).toContain('Jualan: Rp70.000');
    expect(withWords(ani).text).toContain('jualan turun Rp560.000');
    expect(ani.chart?.sales).toEqual([70_000, 0, 0, 0, 0, 0, 0]);
    expect(ani.chart?.expenses).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(salesPixels((await withChartDrawn(ani)).image!.pngBase64)).toBeGreaterThan(100);
    const wati4Row = rows.find((r) => r.idempotency_key === `rem-summary-2026W49-${ids.wati4}`)!;
    expect(wati4Row.chat_id).toBe('614');
    const wati4 = (await withSummaryFigures(t.db, wati4Row.payload))!;
    expect(withWords(wati4).text).toContain('Jualan: Rp50.000');
    expect(withWords(wati4).text).toContain('Paling laku: kue (Rp50.000)');
  });

  it('cuts the zone into runs of ids that hold each of its people once, the last one open for anyone who joins', async () => {
    const ranges = await zoneRanges(t.db, { timeZone: 'Asia/Jakarta', size: 2 });
    const inZone = (await t.db.selectFrom('people').select('id').where('time_zone', '=', 'Asia/Jakarta').where('opted_out_at', 'is', null).orderBy('id').execute()).map((r) => Number(r.id));
    expect(ranges.at(-1)!.throughPersonId).toBeNull();
    expect(ranges[0]!.afterPersonId).toBe(0);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]!.afterPersonId).toBe(ranges[i - 1]!.throughPersonId);
    const holding = inZone.map((id) => ranges.filter((r) => id > r.afterPersonId && (r.throughPersonId === null || id <= r.throughPersonId)).length);
    expect(holding.every((n) => n === 1)).toBe(true);
    expect(ranges.slice(0, -1).every((r) => inZone.filter((id) => id > r.afterPersonId && id <= r.throughPersonId!).length === 2)).toBe(true);
  });

  it('a page that fails fails the run once the pages under way have ended; the next run writes the rest, each once', async () => {
    await t.db.deleteFrom('outbound_messages').where('idempotency_key', 'like', 'rem-summary-2026W49-%').execute();
    // The other page under way finishes only after the first has failed (no race on which ends
    // first): the call still waits for it, and the page after them never starts.
    let firstFailed!: () => void;
    const afterFirstFailed = new Promise<void>((resolve) => (firstFailed = resolve));
    const failing = fanOutWeeklySummaries(t.db, slot(), {
      batchSize: 2,
      dispatch: async () => undefined,
      afterBatch: async (_items, index) => {
        if (index === 0) {
          firstFailed();
          throw new Error('the send queue is down');
        }
        await afterFirstFailed;
      },
    });
    await expect(failing).rejects.toThrow('the send queue is down');
    const afterFailure = (await week49()).length;
    expect(afterFailure).toBeLessThan(6);
    const rest = await fanOutWeeklySummaries(t.db, slot(), { batchSize: 2, dispatch: async () => undefined });
    expect(rest).toHaveLength(6 - afterFailure);
    expect(await week49()).toHaveLength(6);
  });

  it('counts what her books hold when her summary is sent: an entry recorded after the tick is in it', async () => {
    const row = (await week49()).find((r) => r.idempotency_key === `rem-summary-2026W49-${ids.wati4}`)!;
    expect(withWords((await withSummaryFigures(t.db, row.payload))!).text).toContain('Jualan: Rp50.000');
    await entry('wati4', 'sale', 25_000, '2026-12-06', 'kue');
    const sent = (await withSummaryFigures(t.db, row.payload))!;
    expect(withWords(sent).text).toContain('Jualan: Rp75.000');
    expect(sent.chart?.sales).toEqual([0, 0, 50_000, 0, 0, 0, 25_000]);
    // Every entry of her week undone after the tick: nothing to sum, nothing sent (the send
    // step marks the row failed rather than thank her for a week of zeros).
    await t.db.updateTable('ledger_entries').set({ voided_at: clock.now() }).where('person_id', '=', ids.wati4!).execute();
    expect(await withSummaryFigures(t.db, row.payload)).toBeNull();
    await t.db.updateTable('ledger_entries').set({ voided_at: null }).where('person_id', '=', ids.wati4!).execute();
  });

  it('leaves out a member who opted out, and one who left her group', async () => {
    await t.db.deleteFrom('outbound_messages').where('idempotency_key', 'like', 'rem-summary-2026W49-%').execute();
    await setOptOut(t.db, ids.wati0!, true, clock.now());
    await removeMember(t.db, melatiId, ids.wati1!, clock.now());
    const written = await fanOutWeeklySummaries(t.db, slot(), { dispatch: async () => undefined });
    const keys = written.map((i) => i.idempotencyKey);
    expect(keys).toHaveLength(4);
    expect(keys).not.toContain(`rem-summary-2026W49-${ids.wati0}`);
    expect(keys).not.toContain(`rem-summary-2026W49-${ids.wati1}`);
  });
});

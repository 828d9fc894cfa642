/**
 * "grafik" through the conversation on real Postgres: the reply carries a PNG of the
 * week's (or month's) daily sales and expenses, and a caption with the totals, stored in
 * the outbox like every reply.
 */
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { InboundMessage, OutboundMessage } from '../../src/core/messages.ts';
import { processInbound, type InboundDeps } from '../../src/jobs/inbound.processor.ts';
import { CHART_HEIGHT, CHART_WIDTH, COLOURS, layoutDailyChart, PLOT } from '../../src/modules/charts/charts.ts';
import { findOutbound, type OutboxItem } from '../../src/modules/outbox/outbox.repository.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { runFollowUpsNow } from '../helpers/follow-ups.ts';
import { privateMessage } from '../helpers/messages.ts';

let t: TestDatabase;
const clock = fixedClock('2026-11-20T03:00:00Z'); // Friday 10:00 WIB
const dispatched: OutboxItem[] = [];
let deps: InboundDeps;

beforeAll(async () => {
  t = await createTestDatabase();
  const dispatch = async (items: readonly OutboxItem[]) => void dispatched.push(...items);
  // The picture is drawn by the chart job after commit, run here at once.
  const handOff = runFollowUpsNow({ db: t.db, clock, dispatch, dataDir: '.', log: silentLogger() });
  deps = { db: t.db, clock, defaultTimeZone: 'Asia/Jakarta', log: silentLogger(), dispatch, handOff };
});
afterAll(async () => t?.drop());

function person(id: string) {
  return (text: string, sentAt = '2026-11-20T03:00:00.000Z'): InboundMessage => privateMessage(text, { chatId: id, sender: { id, name: 'Ani' }, sentAt });
}

async function replyTo(message: InboundMessage): Promise<OutboundMessage[]> {
  const before = dispatched.length;
  await processInbound(deps, message);
  const rows = await Promise.all(dispatched.slice(before).map((i) => findOutbound(t.db, i.idempotencyKey)));
  return rows.map((r) => r!.payload);
}

const SALES = [1, 3, 5].map((i) => parseInt(COLOURS.sales.slice(i, i + 2), 16));
const isSales = (png: PNG, x: number, y: number) => {
  const i = (png.width * Math.round(y) + Math.round(x)) * 4;
  return SALES.every((v, k) => Math.abs(png.data[i + k]! - v) <= 12);
};

describe('grafik', () => {
  it('answers with a PNG of the week and the week’s totals as its caption', async () => {
    const ani = person('7001');
    await replyTo(ani('laku 4 bros @15rb', '2026-11-12T03:00:00.000Z')); // last week: not in this chart
    await replyTo(ani('laku 12 bros @15rb', '2026-11-16T03:00:00.000Z')); // Monday
    await replyTo(ani('laku 3 mukena total 450rb', '2026-11-19T03:00:00.000Z')); // Thursday
    await replyTo(ani('beli benang 50rb', '2026-11-19T04:00:00.000Z'));

    const [reply, ...rest] = await replyTo(ani('grafik'));
    expect(rest).toEqual([]);
    expect(reply?.image?.pngBase64).toBeTruthy();
    const caption = reply!.image!.caption!;
    expect(caption).toContain('Grafik minggu ini (16–22 Nov)');
    expect(caption).toContain('Jualan: Rp630.000');
    expect(caption).toContain('Belanja: Rp50.000');
    expect(caption).toContain('Untung: Rp580.000');
    expect(reply!.text).toBe(caption);

    const png = PNG.sync.read(Buffer.from(reply!.image!.pngBase64, 'base64'));
    expect([png.width, png.height]).toEqual([CHART_WIDTH, CHART_HEIGHT]);
    const { bars } = layoutDailyChart([
      { date: '2026-11-16', sales: 180_000, expenses: 0 },
      { date: '2026-11-17', sales: 0, expenses: 0 },
      { date: '2026-11-18', sales: 0, expenses: 0 },
      { date: '2026-11-19', sales: 450_000, expenses: 50_000 },
      { date: '2026-11-20', sales: 0, expenses: 0 },
      { date: '2026-11-21', sales: 0, expenses: 0 },
      { date: '2026-11-22', sales: 0, expenses: 0 },
    ]);
    const thursday = bars.find((b) => b.date === '2026-11-19' && b.series === 'sales')!;
    const monday = bars.find((b) => b.date === '2026-11-16' && b.series === 'sales')!;
    const tuesday = bars.find((b) => b.date === '2026-11-17' && b.series === 'sales')!;
    // The best day reaches near the top of the plot; Monday's bar is shorter; Tuesday has none.
    expect(isSales(png, thursday.x + thursday.width / 2, PLOT.top + 0.1 * (PLOT.bottom - PLOT.top))).toBe(true);
    expect(isSales(png, monday.x + monday.width / 2, PLOT.bottom - 5)).toBe(true);
    expect(isSales(png, monday.x + monday.width / 2, PLOT.top + 0.5 * (PLOT.bottom - PLOT.top))).toBe(false);
    expect(isSales(png, tuesday.x + tuesday.width / 2, PLOT.bottom - 5)).toBe(false);
  });

  it('draws the month on "/grafik bulan"', async () => {
    const sri = person('7002');
    await replyTo(sri('laku 2 kerudung @90rb', '2026-11-02T03:00:00.000Z'));
    await replyTo(sri('beli kain 100rb', '2026-11-20T02:00:00.000Z'));
    const [reply] = await replyTo(sri('/grafik bulan'));
    // Made on 20 November: the chart stops at today, not at the month's end.
    expect(reply?.image?.caption).toContain('Grafik bulan ini (1–20 Nov)');
    const [request] = await t.db.selectFrom('chart_requests').select(['days', 'spec']).orderBy('id', 'desc').limit(1).execute();
    const days = request!.days as { date: string }[];
    expect([days.length, days[0]!.date, days.at(-1)!.date]).toEqual([20, '2026-11-01', '2026-11-20']);
    expect(request!.spec).toMatchObject({ period: 'month', from: '2026-11-01', to: '2026-11-20' });
    expect(reply?.image?.caption).toContain('Jualan: Rp180.000');
    expect(reply?.image?.caption).toContain('Belanja: Rp100.000');
    const png = PNG.sync.read(Buffer.from(reply!.image!.pngBase64, 'base64'));
    expect(png.width).toBe(CHART_WIDTH);
  });

  it('says how to start instead of sending an empty chart', async () => {
    const wati = person('7003');
    const replies = await replyTo(wati('grafik'));
    const last = replies.at(-1)!;
    expect(last.image).toBeUndefined();
    expect(last.text).toContain('Belum ada catatan minggu ini');
  });
});

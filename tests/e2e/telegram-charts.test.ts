/**
 * "/grafik" end to end: real grammY against the local Bot API, the bot's queues on Redis
 * and books on Postgres. The chart arrives as a sendPhoto upload whose bytes are the PNG
 * the charts module draws for her books, with the week's totals as its caption.
 */
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { id } from '../../src/conversation/replies/id.ts';
import { businessDate, type IsoDate } from '../../src/core/dates.ts';
import { CHART_HEIGHT, CHART_WIDTH } from '../../src/modules/charts/charts.ts';
import { loadChartRenderer, renderDailyChart } from '../../src/modules/charts/charts.render.ts';
import { dailyTotals } from '../../src/modules/charts/charts.service.ts';
import { periodRange } from '../../src/modules/ledger/ledger.ts';
import { startTelegramApp, type TelegramApp } from '../helpers/telegram-app.ts';
import { eventually } from '../helpers/wait.ts';

let e: TelegramApp;
beforeAll(async () => {
  e = await startTelegramApp();
  await loadChartRenderer();
});
afterAll(async () => e?.stop());

/** The chart the bot should draw for a sale and an expense on `entryDay`, asked on `today`. */
function expectedChart(entryDay: IsoDate, today: IsoDate): Buffer {
  const range = periodRange('week', today);
  const days = dailyTotals(range, [
    { businessDate: entryDay, kind: 'sale', amount: 180_000 },
    { businessDate: entryDay, kind: 'expense', amount: 50_000 },
  ]);
  return renderDailyChart(days, id.chartLabels({ period: 'week', ...range, today }));
}

describe('/grafik on Telegram', () => {
  it('sends the week’s chart as a photo with the totals as its caption', async () => {
    const chatId = 4901;
    const ani = e.tg.client({ chatId, userId: chatId, firstName: 'Ani' });
    // The app runs on the real clock: the business day is today in Jakarta.
    const before = businessDate(new Date(), 'Asia/Jakarta');
    await e.tg.say(ani, 'laku 12 bros @15rb');
    await e.botSays(chatId, 1);
    await e.tg.say(ani, 'beli benang 50rb');
    await e.botSays(chatId, 2);

    await e.tg.say(ani, '/grafik');
    const [photo] = await eventually(() => {
      const photos = e.tg.botPhotos(chatId);
      return photos.length ? photos : undefined;
    }, { what: 'a photo from the bot' });
    const after = businessDate(new Date(), 'Asia/Jakarta');

    expect(photo?.caption).toContain('📊 Grafik minggu ini');
    expect(photo?.caption).toContain('Jualan: Rp180.000');
    expect(photo?.caption).toContain('Belanja: Rp50.000');
    expect(photo?.caption).toContain('Untung: Rp130.000');

    const png = PNG.sync.read(photo!.photo);
    expect([png.width, png.height]).toEqual([CHART_WIDTH, CHART_HEIGHT]);
    // Byte for byte the chart of her books (a midnight between the messages moves the days).
    const candidates = [expectedChart(before, before), expectedChart(before, after), expectedChart(after, after)];
    expect(candidates.some((c) => c.equals(photo!.photo))).toBe(true);

    // The chart is one message: no separate text went out for it.
    await e.idle();
    expect(e.tg.botMessages(chatId)).toHaveLength(2);
    expect(e.tg.botPhotos(chatId)).toHaveLength(1);
  });
});

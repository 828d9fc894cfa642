/**
 * Weekly summaries, group recaps, quarterly reports and exports end to end on Telegram: real grammY against the local Bot API, the app's own
 * jobs on Redis and its books on Postgres. The weekly summaries' fan-out (what the reminder
 * tick runs on Sunday evening) writes her week for the bulk feeder, and the send step draws
 * its chart: she gets it as a photo with the summary as caption; "/laporan_kuartal" from a facilitator is answered at once, and the
 * quarterly job sends the XLSX and the one-page PDF as two documents (sendDocument).
 */
import { Queue } from 'bullmq';
import ExcelJS from 'exceljs';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, businessDate, startOfWeek } from '../../src/core/dates.ts';
import { feedSoon } from '../../src/jobs/bulk-feeder.ts';
import { MAINTENANCE_QUEUE } from '../../src/jobs/schedulers.ts';
import { fanOutWeeklySummaries } from '../../src/jobs/weekly-summary.ts';
import { FOLLOW_UP_QUEUES } from '../../src/jobs/follow-ups.ts';
import { QUARTERLY_SCHEDULER } from '../../src/jobs/workers.ts';
import { CHART_HEIGHT, CHART_WIDTH } from '../../src/modules/charts/charts.ts';
import { addFacilitator, addMember, createGroup } from '../../src/modules/groups/groups.service.ts';
import { QUARTERLY_HEADER_ROW } from '../../src/modules/quarterly/quarterly.xlsx.ts';
import { weeklySummaryKey } from '../../src/modules/reminders/keys.ts';
import { pdfText, renderFirstPage } from '../helpers/pdf.ts';
import { isoWeek, previousQuarter, quarterOf, slotOn } from '../../src/modules/reminders/schedule.ts';
import { startTelegramApp, type TelegramApp } from '../helpers/telegram-app.ts';
import { eventually } from '../helpers/wait.ts';

let e: TelegramApp;
let ani = 0;
const RINA = 4950;
const ANI = 4951;

beforeAll(async () => {
  e = await startTelegramApp();
  const at = new Date();
  const rina = await addFacilitator(e.t.db, { name: 'Bu Rina', telegramId: String(RINA), timeZone: 'Asia/Jakarta' });
  const group = await createGroup(e.t.db, { name: 'Mawar', trades: ['kuliner'], facilitatorId: rina.id, timeZone: 'Asia/Jakarta' });
  // A member since well before the last quarter ended: its report lists only who had joined by its end.
  const joined = new Date(at.getTime() - 200 * 86_400_000);
  ani = (await addMember(e.t.db, group.id, { name: 'Ani', telegramId: String(ANI), timeZone: 'Asia/Jakarta' }, joined)).person.id;
  // The app runs on the real clock: her entries are today, in Jakarta.
  const today = businessDate(at, 'Asia/Jakarta');
  await e.t.db
    .insertInto('ledger_entries')
    .values([
      { person_id: ani, kind: 'sale', amount: 180_000, business_date: today, raw_text: 'laku 12 bros @15rb', item: 'bros', quantity: 12 },
      { person_id: ani, kind: 'expense', amount: 50_000, business_date: today, raw_text: 'beli benang 50rb', item: 'benang' },
    ])
    .execute();
});
afterAll(async () => e?.stop());

describe('summaries, recaps and reports on Telegram', () => {
  it('the weekly summary arrives as one photo with the summary as its caption', async () => {
    const today = businessDate(new Date(), 'Asia/Jakarta');
    const slot = slotOn('weekly_summary', 'Asia/Jakarta', addDays(startOfWeek(today), 6), null)!;
    const maintenance = new Queue(MAINTENANCE_QUEUE, { connection: e.r.connection, prefix: e.r.prefix });
    try {
      const written = await fanOutWeeklySummaries(e.t.db, slot, { feed: () => feedSoon(maintenance) });
      expect(written.map((i) => i.idempotencyKey)).toEqual([weeklySummaryKey(isoWeek(today), ani)]);
    } finally {
      await maintenance.close();
    }
    const [photo] = await eventually(() => {
      const photos = e.tg.botPhotos(ANI);
      return photos.length ? photos : undefined;
    }, { what: 'the summary photo' });
    expect(photo!.caption).toContain('📊 Ringkasan minggu ini, Bu Ani');
    expect(photo!.caption).toContain('Jualan: Rp180.000');
    expect(photo!.caption).toContain('Untung: Rp130.000');
    expect(photo!.caption).toContain('Paling laku: bros (Rp180.000)');
    const png = PNG.sync.read(photo!.photo);
    expect([png.width, png.height]).toEqual([CHART_WIDTH, CHART_HEIGHT]);
    await e.idle();
    expect(e.tg.botPhotos(ANI)).toHaveLength(1);
    expect(e.tg.botMessages(ANI)).toHaveLength(0);
  });

  it('/laporan_kuartal: an answer at once, then the XLSX and the one-page PDF as documents', async () => {
    const rina = e.tg.client({ chatId: RINA, userId: RINA, firstName: 'Bu Rina' });
    const quarter = previousQuarter(quarterOf(businessDate(new Date(), 'Asia/Jakarta')));
    await e.tg.say(rina, '/laporan_kuartal');
    const [answer] = await e.botSays(RINA, 1);
    expect(answer!.text).toContain(
      `Laporan triwulan ${quarter.slice(-1)} (${['Jan–Mar', 'Apr–Jun', 'Jul–Sep', 'Okt–Des'][Number(quarter.slice(-1)) - 1]} ${quarter.slice(0, 4)}) kelompok Mawar sedang dibuat`,
    );
    // The job runs every 30 s; a tick now instead of waiting for it.
    const queue = new Queue(FOLLOW_UP_QUEUES.make_quarterly_report, { connection: e.r.connection, prefix: e.r.prefix });
    try {
      await queue.add(QUARTERLY_SCHEDULER.key, {});
    } finally {
      await queue.close();
    }
    const documents = await eventually(() => {
      const sent = e.tg.botDocuments(RINA);
      return sent.length >= 2 ? sent : undefined;
    }, { what: 'two documents' });
    const [year, q] = quarter.split('Q');
    expect(documents.map((d) => d.filename)).toEqual([`laporan-triwulan-${q}-${year}-mawar.xlsx`, `laporan-triwulan-${q}-${year}-mawar.pdf`]);
    expect(documents[1]!.caption).toContain('PDF, satu halaman');
    const pdf = documents[1]!.document;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect((pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(documents[0]!.document as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Anggota')!;
    expect(sheet.getCell('C2').value).toBe('Mawar');
    expect(sheet.getRow(QUARTERLY_HEADER_ROW + 1).getCell(2).value).toBe('Ani');
    // The PDF as sent reads back with its text, and is drawn.
    expect((await pdfText(pdf)).replace(/\s+/g, ' ')).toContain('Kelompok: Mawar');
    expect((await renderFirstPage(pdf)).inkShare).toBeGreaterThan(0.01);
  });
});

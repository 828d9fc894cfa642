/**
 * "/ekspor" end to end: real grammY against the local Bot API, the bot's queues on Redis
 * and books on Postgres. Members record in chat; their facilitator asks for the export,
 * is told it is being prepared, and then receives two sendDocument uploads (XLSX and CSV)
 * whose contents, read back, hold the members' entries and totals.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessDate, startOfMonth } from '../../src/core/dates.ts';
import { EXPORT_HEADER_ROW } from '../../src/modules/exports/exports.service.ts';
import { addFacilitator, addMember, createGroup } from '../../src/modules/groups/groups.service.ts';
import { startTelegramApp, type TelegramApp } from '../helpers/telegram-app.ts';
import { eventually } from '../helpers/wait.ts';

let e: TelegramApp;
beforeAll(async () => {
  e = await startTelegramApp();
});
afterAll(async () => {
  // The app writes under DATA_DIR (the default .data/): remove this test's export folders.
  const made = e ? await sql<{ id: number; createdAt: Date }>`select id, created_at as "createdAt" from export_requests`.execute(e.t.db) : { rows: [] };
  for (const r of made.rows) await rm(path.resolve('.data', 'exports', `${r.id}-${r.createdAt.getTime()}`), { recursive: true, force: true });
  await e?.stop();
});

describe('/ekspor on Telegram', () => {
  it('sends the facilitator an XLSX and a CSV of her group’s books', async () => {
    const [rinaId, aniId, sariId] = [5101, 5102, 5103];
    const facilitator = await addFacilitator(e.t.db, { name: 'Bu Rina', telegramId: String(rinaId), timeZone: 'Asia/Jakarta' });
    const group = await createGroup(e.t.db, { name: 'Melati Jaya', trades: ['asesoris'], facilitatorId: facilitator.id, timeZone: 'Asia/Jakarta' });
    await addMember(e.t.db, group.id, { name: 'Ani', telegramId: String(aniId), timeZone: 'Asia/Jakarta' }, new Date());
    await addMember(e.t.db, group.id, { name: 'Sari', telegramId: String(sariId), timeZone: 'Asia/Jakarta' }, new Date());

    const ani = e.tg.client({ chatId: aniId, userId: aniId, firstName: 'Ani' });
    const sari = e.tg.client({ chatId: sariId, userId: sariId, firstName: 'Sari' });
    const rina = e.tg.client({ chatId: rinaId, userId: rinaId, firstName: 'Rina' });
    await e.tg.say(ani, 'laku 12 bros @15rb');
    await e.botSays(aniId, 1);
    await e.tg.say(ani, 'beli benang 50rb');
    await e.botSays(aniId, 2);
    await e.tg.say(sari, 'laku 3 mukena total 450rb');
    await e.botSays(sariId, 1);

    const from = startOfMonth(businessDate(new Date(), 'Asia/Jakarta'));
    await e.tg.say(rina, '/ekspor');
    const [preparing] = await e.botSays(rinaId, 1);
    expect(preparing?.text).toContain('Sedang disiapkan… Catatan kelompok Melati Jaya');

    const documents = await eventually(
      () => {
        const docs = e.tg.botDocuments(rinaId);
        return docs.length >= 2 ? docs : undefined;
      },
      { what: 'two documents from the bot' },
    );
    const to = businessDate(new Date(), 'Asia/Jakarta');
    const xlsx = documents.find((d) => d.filename?.endsWith('.xlsx'));
    const csv = documents.find((d) => d.filename?.endsWith('.csv'));
    expect(xlsx?.filename).toMatch(new RegExp(`^ekspor-melati-jaya-${from}-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`));
    expect(xlsx?.caption).toContain('📎 Kelompok Melati Jaya');
    expect(xlsx?.caption).toContain('3 catatan');
    expect(csv?.caption).toContain('CSV (catatan)');

    // The XLSX, read back: four sheets under their title blocks; the entries and the per-member totals are hers.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx!.document as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Catatan', 'Per anggota', 'Ringkasan pinjaman', 'Angsuran pinjaman']);
    const entries = workbook.getWorksheet('Catatan')!;
    expect(entries.getCell('A1').value).toBe('Catatan — kelompok Melati Jaya');
    expect(entries.rowCount).toBe(EXPORT_HEADER_ROW + 3);
    const amounts: number[] = [];
    entries.eachRow((row, n) => {
      if (n > EXPORT_HEADER_ROW) {
        amounts.push(row.getCell(8).value as number);
        expect(row.getCell(1).value).toBeInstanceOf(Date);
      }
    });
    expect(amounts.sort((a, b) => a - b)).toEqual([50_000, 180_000, 450_000]);
    const members = workbook.getWorksheet('Per anggota')!;
    const rows: unknown[][] = [];
    members.eachRow((row, n) => void (n > EXPORT_HEADER_ROW && rows.push((row.values as unknown[]).slice(1))));
    expect(rows).toEqual([
      ['Ani', 'anggota', 1, 180_000, 50_000, 130_000, 0, 0],
      ['Sari', 'anggota', 1, 450_000, 0, 450_000, 0, 0],
      ['JUMLAH', undefined, 2, 630_000, 50_000, 580_000, 0, 0],
    ]);

    // The CSV, read back as Indonesian Excel reads it: ";" between fields, dates as dd/mm/yyyy, the same three entries.
    const [header, ...records] = parse(csv!.document, { bom: true, delimiter: ';' }) as string[][];
    expect(header).toEqual(['Tanggal', 'Anggota', 'Jenis', 'Barang', 'Banyaknya', 'Satuan', 'Harga satuan (Rp)', 'Nilai (Rp)', 'Dicatat pada', 'Keterangan']);
    expect(records.map((r) => Number(r[7])).sort((a, b) => a - b)).toEqual([50_000, 180_000, 450_000]);
    const iso = (dmy: string) => dmy.split('/').reverse().join('-');
    expect(records.every((r) => iso(r[0]!) >= from && iso(r[0]!) <= to)).toBe(true);

    // Exactly one reply and two documents: nothing sent twice.
    await e.idle();
    expect(e.tg.botMessages(rinaId)).toHaveLength(1);
    expect(e.tg.botDocuments(rinaId)).toHaveLength(2);
  });
});

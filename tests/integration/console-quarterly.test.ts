/**
 * A group's quarterly figures in the console (/kelompok/:id/triwulan), on real Postgres over
 * the real routes: each active member's figures for a quarter with where each came from, who
 * has not answered, and staff filling in on a member's behalf the figures she did not send —
 * through the same service as her chat answer (saveQuarterlyReport), once per form (a second
 * press, or two at once, writes one fill and one audit row), with kind words for a figure
 * that is not a whole rupiah amount or a small number of people. A figure she sent herself
 * stays hers (the form refuses it; the upsert keeps it); her later chat answer replaces a
 * staff one. The quarterly report's data and its XLSX/PDF then hold the filled-in figures.
 * A member who left during the quarter is tagged "keluar <day>" (the group's day) beside her
 * name on the page, in the form and in the report alike.
 *
 * World (tests/helpers/console-world.ts): today is 10 Dec 2026, so the page opens on 2026Q3
 * (the last ended quarter) and goes on to 2026Q4 (running), not further. Melati: Ani, Budi,
 * Citra (facilitator Fitri; Maya manages programme A, Nina programme B).
 */
import { sql } from 'kysely';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { repliesFor } from '../../src/conversation/replies/index.ts';
import { auditLog } from '../../src/modules/audit/audit.service.ts';
import { resolveScope } from '../../src/modules/programmes/scope.ts';
import { addMember, removeMember } from '../../src/modules/groups/groups.service.ts';
import { insertEntries } from '../../src/modules/ledger/ledger.repository.ts';
import { fillQuarterlyFigures, groupQuarter } from '../../src/modules/quarterly/quarterly-console.service.ts';
import { saveQuarterlyReport } from '../../src/modules/quarterly/quarterly-reports.ts';
import { quarterlyReportData } from '../../src/modules/quarterly/quarterly.repository.ts';
import { renderQuarterlyPdf } from '../../src/modules/quarterly/quarterly.pdf.ts';
import { QUARTERLY_HEADER_ROW, renderQuarterlyXlsx } from '../../src/modules/quarterly/quarterly.xlsx.ts';
import { newToken } from '../../src/modules/console-access/console-access.ts';
import { quarterOfParam } from '../../src/web/quarterly-routes.ts';
import { quarterlyId } from '../../src/web/texts/quarterly.ts';
import { startConsoleRequestWorld, type ConsoleRequestWorld } from '../helpers/console-request-world.ts';
import { membersSince, type ConsoleWorld } from '../helpers/console-world.ts';
import { type TestDatabase } from '../helpers/database.ts';
import { pdfText } from '../helpers/pdf.ts';

let world: ConsoleRequestWorld;
let t: TestDatabase;
let w: ConsoleWorld;
const clock = fixedClock('2026-12-10T05:00:00Z');
const Q3 = '2026Q3';

beforeAll(async () => {
  world = await startConsoleRequestWorld({
    clock,
    client: 'quarterly',
    // Members since January: 2026Q3's figures list only who had joined by its end.
    seed: ({ db, w }) => membersSince(db, w, new Date('2026-01-05T02:00:00Z')),
  });
  ({ database: t, w } = world);
});
afterAll(() => world?.stop());

const open: ConsoleRequestWorld['open'] = (personId, path) => world.open(personId, path);
const post: ConsoleRequestWorld['post'] = (personId, path, form) => world.post(personId, path, form);
const requestIn = (page: string) => /name="request" value="([^"]+)"/.exec(page)![1]!;
const formPath = (personId: number) => `/kelompok/${w.melati}/triwulan/${personId}`;
/** The form as a browser would send it: its token from a fresh render. */
async function fill(by: number, personId: number, fields: Partial<Record<'aset' | 'omset' | 'karyawan', string>>, quarter = '2026-Q3') {
  const form = await open(by, `${formPath(personId)}?q=${quarter}`);
  expect(form.status).toBe(200);
  return { request: requestIn(form.body), res: await post(by, formPath(personId), { q: quarter, request: requestIn(form.body), aset: '', omset: '', karyawan: '', ...fields }) };
}
const row = async (personId: number, quarter = Q3) =>
  (await sql<Record<string, unknown>>`select assets, turnover_reported, employees, assets_filled_by, turnover_filled_by, employees_filled_by from quarterly_reports where person_id = ${personId} and quarter = ${quarter}`.execute(t.db)).rows[0];
const count = async (table: 'quarterly_fills' | 'audit_events') =>
  Number((await sql<{ n: string }>`select count(*) as n from ${sql.table(table)} ${table === 'audit_events' ? sql`where kind = 'quarterly_filled'` : sql``}`.execute(t.db)).rows[0]!.n);
const escaped = (s: string) => s.replace(/"/g, '&quot;').replace(/'/g, '&#39;');

describe('reading the quarter of the address', () => {
  it('takes 2026-Q4 in any case, with or without the dash (the figures: tests/unit/modules/quarterly/figures.test.ts)', () => {
    expect([undefined, '', '2026-Q4', '2026q4', '2026Q4', '2026-Q5', 'Q4', 'x'].map(quarterOfParam)).toEqual([undefined, undefined, '2026Q4', '2026Q4', '2026Q4', null, null, null]);
  });
});

describe("a group's quarterly page", () => {
  it('opens on the last ended quarter: nobody has answered yet, with a link from the group page', async () => {
    const group = await open(w.fitri.personId, `/kelompok/${w.melati}`);
    expect(group.body).toContain(`href="/kelompok/${w.melati}/triwulan" data-k="quarterly-link"`);
    const page = await open(w.fitri.personId, `/kelompok/${w.melati}/triwulan`);
    expect(page.status).toBe(200);
    expect(page.body).toContain(escaped(quarterlyId.heading('Melati', 'triwulan 3 2026 (Jul–Sep)')));
    expect(page.body).toContain('data-k="not-answered" data-value="3"');
    // On to the running quarter; not past it.
    expect(page.body).toContain('href="/kelompok/' + w.melati + '/triwulan?q=2026-Q4" data-k="next-quarter"');
    const q4 = await open(w.fitri.personId, `/kelompok/${w.melati}/triwulan?q=2026-Q4`);
    expect(q4.status).toBe(200);
    expect(q4.body).not.toContain('data-k="next-quarter"');
    expect((await open(w.fitri.personId, `/kelompok/${w.melati}/triwulan?q=2027-Q1`)).status).toBe(404);
    expect((await open(w.fitri.personId, `/kelompok/${w.melati}/triwulan?q=kemarin`)).status).toBe(404);
    expect((await open(w.fitri.personId, `${formPath(w.members.ani)}?q=2027-Q1`)).status).toBe(404);
  });

  it("shows a member's chat answer as hers, and who has still not answered", async () => {
    await saveQuarterlyReport(t.db, { personId: w.members.ani, quarter: Q3, assets: 5_000_000, turnover: null, employees: 2, sourceMessageId: null, at: clock.now() });
    const scope = (await resolveScope(t.db, w.fitri.personId))!;
    const page = (await groupQuarter(t.db, scope, w.melati, Q3, clock.now()))!;
    const ani = page.members.find((m) => m.personId === w.members.ani)!;
    expect(ani.figures).toEqual({ assets: { value: 5_000_000, filledBy: null }, turnover: { value: null, filledBy: null }, employees: { value: 2, filledBy: null } });
    expect(page.members.filter((m) => !m.answered).map((m) => m.name)).toEqual(['Budi', 'Citra']);
    // Assets and employees without turnover is a part answer: still listed, marked "sebagian".
    expect(page.members.filter((m) => !m.complete).map((m) => m.name)).toEqual(['Ani', 'Budi', 'Citra']);
    const html = (await open(w.fitri.personId, `/kelompok/${w.melati}/triwulan?q=2026-Q3`)).body;
    expect(html).toMatch(new RegExp(`data-k="assets" data-value="5000000" data-source="member" data-by=""><span class="fig">Rp5\\.000\\.000<span class="src" data-k="assets-source">dari anggota</span></span>`));
    expect(html).toContain('data-k="not-answered" data-value="3"');
    expect(html).toContain(`<li data-person="${w.members.ani}" data-state="partly"><a href="#m-${w.members.ani}">Ani</a> (sebagian)</li>`);
    expect(html).toContain(`<li data-person="${w.members.budi}" data-state="none"><a href="#m-${w.members.budi}">Budi</a> (belum menjawab)</li>`);
    // Each member once with her figures (the list above links to her card), the rupiah hint once on the form.
    expect(html.match(/data-k="fill-link"/g)).toHaveLength(3);
    const form = (await open(w.fitri.personId, `${formPath(w.members.budi)}?q=2026-Q3`)).body;
    expect(form.split(quarterlyId.form.rupiahHint)).toHaveLength(2);
  });
});

describe('filling in on her behalf', () => {
  it("the facilitator fills in Budi's figures: saved as filled in by her, audited, shown with her name", async () => {
    const { res } = await fill(w.fitri.personId, w.members.budi, { aset: 'Rp2.500.000', karyawan: '0' });
    expect(res.status).toBe(303);
    expect(res.location).toBe(`/kelompok/${w.melati}/triwulan?q=2026-Q3&n=disimpan&anggota=${w.members.budi}#m-${w.members.budi}`);
    expect(await row(w.members.budi)).toEqual({ assets: 2_500_000, turnover_reported: null, employees: 0, assets_filled_by: w.fitri.personId, turnover_filled_by: null, employees_filled_by: w.fitri.personId });
    const page = await open(w.fitri.personId, res.location!);
    expect(page.body).toContain(quarterlyId.notices.saved('Budi'));
    expect(page.body).toContain(`data-k="assets" data-value="2500000" data-source="staff" data-by="${w.fitri.personId}"><span class="fig">Rp2.500.000<span class="src staff" data-k="assets-source">diisi Fitri</span></span>`);
    expect(page.body).toContain('data-k="not-answered" data-value="3"');
    const audit = await auditLog(t.db, (await resolveScope(t.db, w.fitri.personId))!, { kind: 'on_behalf' });
    const filled = audit.rows.filter((r) => r.source === 'quarterly_filled');
    expect(filled.map((r) => ({ actor: r.actor, subject: r.subject, group: r.groupId, detail: JSON.parse(r.detail!) }))).toEqual([
      { actor: w.fitri.personId, subject: w.members.budi, group: w.melati, detail: { quarter: Q3, figures: 'assets,employees' } },
    ]);
    const auditPage = await open(w.fitri.personId, '/audit?jenis=atas-nama');
    expect(auditPage.body).toContain(escaped(quarterlyId.audited('triwulan 3 2026 (Jul–Sep)', 'aset, karyawan')));
  });

  it('a second press of the same form writes nothing more; two presses at once write once', async () => {
    const form = await open(w.fitri.personId, `${formPath(w.members.citra)}?q=2026-Q3`);
    const request = requestIn(form.body);
    const fields = { q: '2026-Q3', request, aset: '1.000.000', omset: '', karyawan: '' };
    const before = { fills: await count('quarterly_fills'), audits: await count('audit_events') };
    const [a, b] = await Promise.all([post(w.fitri.personId, formPath(w.members.citra), fields), post(w.fitri.personId, formPath(w.members.citra), fields)]);
    const again = await post(w.fitri.personId, formPath(w.members.citra), { ...fields, aset: '9.000.000' });
    for (const res of [a, b, again]) expect(res.status).toBe(303);
    expect(again.location).toBe(a.location);
    expect({ fills: await count('quarterly_fills'), audits: await count('audit_events') }).toEqual({ fills: before.fills + 1, audits: before.audits + 1 });
    expect((await row(w.members.citra))!.assets).toBe(1_000_000);
    // Another member's token is not a form for Citra: 404, nothing written.
    expect((await post(w.fitri.personId, formPath(w.members.budi), fields)).status).toBe(404);
    expect(await count('quarterly_fills')).toBe(before.fills + 1);
  });

  it("refuses kindly what is not a figure, and writes nothing", async () => {
    const before = await row(w.members.budi);
    const cases: [Record<string, string>, string[]][] = [
      [{ aset: '-5000' }, [quarterlyId.invalid.assets]],
      [{ omset: '3,5' }, [quarterlyId.invalid.turnover]],
      [{ karyawan: '2000', aset: '1.000' }, [quarterlyId.invalid.employees]],
      [{}, [quarterlyId.invalid.empty]],
    ];
    for (const [fields, messages] of cases) {
      const { res } = await fill(w.fitri.personId, w.members.budi, fields);
      expect(res.status, JSON.stringify(fields)).toBe(422);
      for (const m of messages) expect(res.body).toContain(escaped(m));
      // What she typed is kept for her to correct, with the same token (nothing was written).
      for (const v of Object.values(fields)) expect(res.body).toContain(`value="${v}"`);
    }
    // A form from no page of ours (no token): the form again, asking to check and save.
    const stale = await post(w.fitri.personId, formPath(w.members.budi), { q: '2026-Q3', request: 'x', aset: '1' });
    expect(stale.status).toBe(422);
    expect(stale.body).toContain(quarterlyId.notices.stale);
    expect(await row(w.members.budi)).toEqual(before);
  });

  it("keeps a figure she sent herself: the form shows it, the service refuses it, the statement keeps it", async () => {
    const form = await open(w.fitri.personId, `${formPath(w.members.ani)}?q=2026-Q3`);
    expect(form.body).toContain('data-k="assets-hers" data-value="5000000"');
    expect(form.body).not.toContain('name="aset"');
    // A forged field for her assets: refused with its words, nothing written.
    const forged = await post(w.fitri.personId, formPath(w.members.ani), { q: '2026-Q3', request: requestIn(form.body), aset: '1', omset: '', karyawan: '' });
    expect(forged.status).toBe(422);
    expect(forged.body).toContain(escaped(quarterlyId.invalid.member_gave));
    expect((await row(w.members.ani))!.assets).toBe(5_000_000);
    // The turnover she never sent may be filled in beside her own figures.
    expect((await fill(w.fitri.personId, w.members.ani, { omset: '3.000.000' })).res.status).toBe(303);
    expect(await row(w.members.ani)).toEqual({ assets: 5_000_000, turnover_reported: 3_000_000, employees: 2, assets_filled_by: null, turnover_filled_by: w.fitri.personId, employees_filled_by: null });
    // Her chat answer committed after the form was read: the statement itself keeps hers.
    const report = await saveQuarterlyReport(t.db, { personId: w.members.ani, quarter: Q3, assets: 7, turnover: null, employees: 9, sourceMessageId: null, filledBy: w.fitri.personId, at: clock.now() });
    expect([report.assets, report.employees, report.filledBy]).toEqual([5_000_000, 2, { assets: null, turnover: w.fitri.personId, employees: null }]);
    // Her own later answer replaces the staff figure, which is hers again.
    await saveQuarterlyReport(t.db, { personId: w.members.ani, quarter: Q3, assets: null, turnover: 3_500_000, employees: null, sourceMessageId: null, at: clock.now() });
    expect(await row(w.members.ani)).toMatchObject({ turnover_reported: 3_500_000, turnover_filled_by: null });
  });

  it("a manager of the programme may fill in too, as herself; a manager of another programme and another group's facilitator may not", async () => {
    const maya = (await resolveScope(t.db, w.maya))!;
    expect(await fillQuarterlyFigures(t.db, maya, { groupId: w.melati, personId: w.members.budi, quarter: Q3, assets: null, turnover: 800_000, employees: null, request: newToken(), now: clock.now() })).toEqual({ done: { again: false } });
    expect(await row(w.members.budi)).toMatchObject({ turnover_reported: 800_000, turnover_filled_by: w.maya, assets_filled_by: w.fitri.personId });
    const before = await count('quarterly_fills');
    for (const viewer of [w.nina, w.gita.personId]) {
      const scope = (await resolveScope(t.db, viewer))!;
      expect(await fillQuarterlyFigures(t.db, scope, { groupId: w.melati, personId: w.members.budi, quarter: Q3, assets: 1, turnover: null, employees: null, request: newToken(), now: clock.now() })).toBeUndefined();
    }
    // Not an active member of this group (Dewi is in Mawar): as if the page did not exist.
    const fitri = (await resolveScope(t.db, w.fitri.personId))!;
    expect(await fillQuarterlyFigures(t.db, fitri, { groupId: w.melati, personId: w.members.dewi, quarter: Q3, assets: 1, turnover: null, employees: null, request: newToken(), now: clock.now() })).toBeUndefined();
    expect((await open(w.fitri.personId, `${formPath(w.members.dewi)}?q=2026-Q3`)).status).toBe(404);
    expect(await count('quarterly_fills')).toBe(before);
  });
});

describe('the quarterly report', () => {
  it('holds the figures filled in on her behalf, marked as such, in its data, its XLSX and its PDF', async () => {
    const data = await quarterlyReportData(t.db, w.melati, Q3, clock.now());
    const byName = new Map(data.rows.map((r) => [r.name, r]));
    expect([byName.get('Budi')!.assets, byName.get('Budi')!.turnoverReported, byName.get('Budi')!.employees]).toEqual([2_500_000, 800_000, 0]);
    expect([byName.get('Citra')!.assets, byName.get('Ani')!.turnoverReported]).toEqual([1_000_000, 3_500_000]);
    expect(data.totals.reported).toBe(3);
    const labels = repliesFor('id').quarterlyLabels;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderQuarterlyXlsx(data, labels)) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet(labels.sheetMembers)!;
    const rows = Array.from({ length: 3 }, (_, i) => sheet.getRow(QUARTERLY_HEADER_ROW + 1 + i));
    const budi = rows.find((r) => r.getCell(2).value === 'Budi')!;
    expect([budi.getCell(4).value, budi.getCell(5).value, budi.getCell(7).value]).toEqual([2_500_000, 800_000, 0]);
    // Figures staff filled in stay numbers, shown with the mark the notes explain; hers carry none.
    expect([budi.getCell(4).numFmt, budi.getCell(5).numFmt, budi.getCell(7).numFmt, budi.getCell(4).note]).toEqual(['#,##0"*"', '#,##0"*"', '0"*"', labels.staffNote]);
    const ani = rows.find((r) => r.getCell(2).value === 'Ani')!;
    expect([ani.getCell(4).numFmt, ani.getCell(5).numFmt, ani.getCell(4).note]).toEqual(['#,##0', '#,##0', undefined]);
    const notes: unknown[] = [];
    sheet.eachRow((r) => notes.push(r.getCell(1).value));
    expect(notes).toContain(labels.staffNote);
    const pdf = await pdfText(await renderQuarterlyPdf(data, labels));
    const text = pdf.split('\n');
    const line = text.find((l) => /\bBudi\b/.test(l))!;
    expect(line).toContain('Rp2.500.000*');
    expect(line).toContain('Rp800.000*');
    expect(text.find((l) => /\bAni\b/.test(l))).not.toContain('*');
    expect(pdf.replace(/\s+/g, ' ')).toContain('* Diisi pendamping atau manajer program atas nama anggota');
    // A report without staff figures says nothing of them.
    const plain = await renderQuarterlyPdf({ ...data, rows: data.rows.map((r) => ({ ...r, staffFilled: [] })) }, labels);
    expect((await pdfText(plain)).replace(/\s+/g, ' ')).not.toContain('Diisi pendamping');
  });
});

describe('who a quarter lists: the members of the quarter, on the page and in the report alike', () => {
  it('not someone who joined after it ended, nor someone who left before it began; one who left since, with her books up to that day', async () => {
    const TZ = 'Asia/Jakarta';
    const jan = new Date('2026-01-05T02:00:00Z');
    // Lina joins today (10 Dec, after triwulan 3); Sari was in from January to 20 Jun (left before it);
    // Tia from January to 15 Nov (a member through triwulan 3 and part of triwulan 4).
    const lina = (await addMember(t.db, w.melati, { name: 'Lina', telegramId: '7001', timeZone: TZ }, clock.now())).person.id;
    const sari = (await addMember(t.db, w.melati, { name: 'Sari', telegramId: '7002', timeZone: TZ }, jan)).person.id;
    await removeMember(t.db, w.melati, sari, new Date('2026-06-20T03:00:00Z'));
    const tia = (await addMember(t.db, w.melati, { name: 'Tia', telegramId: '7003', timeZone: TZ }, jan)).person.id;
    await removeMember(t.db, w.melati, tia, new Date('2026-11-15T03:00:00Z'));
    const sale = (personId: number, date: string, amount: number) =>
      insertEntries(t.db, personId, date, [{ kind: 'sale', amount, item: null, quantity: null, unit: null, unitPrice: null }], { messageId: null, rawText: 'test' });
    await sale(tia, '2026-11-10', 40_000);
    await sale(tia, '2026-11-20', 600_000); // after she left: no longer Melati's
    const fitri = (await resolveScope(t.db, w.fitri.personId))!;

    const names = async (q: string) => (await groupQuarter(t.db, fitri, w.melati, q, clock.now()))!.members.map((m) => m.name);
    expect(await names(Q3)).toEqual(['Ani', 'Budi', 'Citra', 'Tia']);
    // Triwulan 4 (running): Fira joined and left on 10 Dec, Lina joined that day: both members of it.
    expect(await names('2026Q4')).toEqual(['Ani', 'Budi', 'Citra', 'Fira', 'Lina', 'Tia']);
    expect(await names('2026Q2')).toEqual(['Ani', 'Budi', 'Citra', 'Sari', 'Tia']);

    // The page: Lina is not among those who have not answered triwulan 3, nor Sari; Tia is.
    const page = (await open(w.fitri.personId, `/kelompok/${w.melati}/triwulan?q=2026-Q3`)).body;
    expect(page).not.toContain(`data-person="${lina}"`);
    expect(page).not.toContain(`data-person="${sari}"`);
    expect(page).toContain(`<li data-person="${tia}" data-state="none">`);
    // Their forms follow the page: Lina's and Sari's for triwulan 3 do not exist, Tia's does.
    expect((await open(w.fitri.personId, `${formPath(lina)}?q=2026-Q3`)).status).toBe(404);
    expect((await open(w.fitri.personId, `${formPath(sari)}?q=2026-Q3`)).status).toBe(404);
    expect((await open(w.fitri.personId, `${formPath(tia)}?q=2026-Q3`)).status).toBe(200);
    expect((await open(w.fitri.personId, `${formPath(lina)}?q=2026-Q4`)).status).toBe(200);

    // The report (the chat's, the downloads' PDF and XLSX: one data) lists the same women.
    for (const q of [Q3, '2026Q4', '2026Q2']) {
      const data = await quarterlyReportData(t.db, w.melati, q, clock.now());
      expect(data.rows.map((r) => r.name), q).toEqual(await names(q));
      expect(data.totals.members, q).toBe((await names(q)).length);
    }
    const q4 = await quarterlyReportData(t.db, w.melati, '2026Q4', clock.now());
    // Tia's books up to the day she left (15 Nov): her sale of 20 Nov is not Melati's.
    expect(q4.rows.find((r) => r.name === 'Tia')).toMatchObject({ turnoverFromBooks: 40_000, daysRecorded: 1 });
    // The PDF names Tia in triwulan 3 and not Lina.
    const pdf = await pdfText(await renderQuarterlyPdf(await quarterlyReportData(t.db, w.melati, Q3, clock.now()), repliesFor('id').quarterlyLabels));
    expect(pdf).toContain('Tia');
    expect(pdf).not.toContain('Lina');
    expect(pdf).not.toContain('Sari');
  });

  it('one who left during the quarter carries "keluar <day>" (the group\'s day) beside her name: page, form, report alike', async () => {
    const TZ = 'Asia/Jakarta';
    // Umi left on 30 Sep 18:00 UTC, which is 1 Oct 01:00 in Jakarta: in triwulan 4, not 3.
    const umi = (await addMember(t.db, w.melati, { name: 'Umi', telegramId: '7004', timeZone: TZ }, new Date('2026-01-05T02:00:00Z'))).person.id;
    await removeMember(t.db, w.melati, umi, new Date('2026-09-30T18:00:00Z'));
    const fitri = (await resolveScope(t.db, w.fitri.personId))!;
    const tags = async (q: string) => Object.fromEntries((await groupQuarter(t.db, fitri, w.melati, q, clock.now()))!.members.filter((m) => m.leftOn).map((m) => [m.name, m.leftOn]));
    // Triwulan 3: Tia (left 15 Nov) and Umi (left 1 Oct) were members throughout it: no tag.
    expect(await tags(Q3)).toEqual({});
    expect(await tags('2026Q4')).toEqual({ Fira: '2026-12-10', Tia: '2026-11-15', Umi: '2026-10-01' });
    expect(await tags('2026Q2')).toEqual({ Sari: '2026-06-20' });
    // The report (chat and downloads: one data) tags the same women on the same days.
    for (const q of [Q3, '2026Q4', '2026Q2']) {
      const data = await quarterlyReportData(t.db, w.melati, q, clock.now());
      expect(Object.fromEntries(data.rows.filter((r) => r.leftOn).map((r) => [r.name, r.leftOn])), q).toEqual(await tags(q));
    }

    const tag = (day: string, words: string) => `<span class="tag" data-k="left" data-value="${day}">${words}</span>`;
    const q4 = (await open(w.fitri.personId, `/kelompok/${w.melati}/triwulan?q=2026-Q4`)).body;
    const rowOf = (page: string, personId: number) => new RegExp(`<tr id="m-${personId}"[\\s\\S]*?</tr>`).exec(page)![0];
    expect(rowOf(q4, umi)).toContain(`>Umi</a> ${tag('2026-10-01', 'keluar 1 Okt 2026')}</td>`);
    // In the list still to complete too.
    expect(q4).toContain(`<li data-person="${umi}" data-state="none"><a href="#m-${umi}">Umi</a> ${tag('2026-10-01', 'keluar 1 Okt 2026')} (`);
    expect(rowOf(q4, w.members.ani)).not.toContain('data-k="left"');
    expect((await open(w.fitri.personId, `/kelompok/${w.melati}/triwulan?q=2026-Q3`)).body).not.toContain('data-k="left"');
    // The form: beside her name in its heading; in English, the English words.
    const form = (await open(w.fitri.personId, `${formPath(umi)}?q=2026-Q4`)).body;
    expect(form).toContain(`<h1>${quarterlyId.form.heading('Umi')} ${tag('2026-10-01', 'keluar 1 Okt 2026')}</h1>`);
    expect((await open(w.fitri.personId, `${formPath(umi)}?q=2026-Q3`)).body).not.toContain('data-k="left"');
    const english = await world.app.request(`${formPath(umi)}?q=2026-Q4`, { headers: { cookie: `${(await world.session(w.fitri.personId)).cookie}; dampingi_bahasa=en` } });
    expect(await english.text()).toContain(tag('2026-10-01', 'left 1 Oct 2026'));

    // The XLSX and PDF of triwulan 4 say the same beside her name.
    const data = await quarterlyReportData(t.db, w.melati, '2026Q4', clock.now());
    const labels = repliesFor('id').quarterlyLabels;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderQuarterlyXlsx(data, labels)) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet(labels.sheetMembers)!;
    const names = data.rows.map((_, i) => String(sheet.getRow(QUARTERLY_HEADER_ROW + 1 + i).getCell(2).value));
    expect(names.filter((n) => n.includes('keluar'))).toEqual(['Fira (keluar 10 Des 2026)', 'Tia (keluar 15 Nov 2026)', 'Umi (keluar 1 Okt 2026)']);
    const pdf = await pdfText(await renderQuarterlyPdf(data, labels));
    expect(pdf).toContain('Umi (keluar 1 Okt 2026)');
    expect(pdf.replace(/\s+/g, ' ')).toContain(labels.leftNote);
  });
});

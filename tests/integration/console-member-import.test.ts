/**
 * Importing members from a file in the console (issue #20), over HTTP against the real
 * routes and Postgres: reading CSV (";" with a BOM, "," in English) and XLSX, every reason a
 * row is refused, the dry run that writes nothing, the confirmation that writes every row or
 * none (and checks again), the scope of each role, and the audit rows. The world is
 * tests/helpers/console-world.ts (Fitri runs Melati: Ani, Budi, Citra; Gita runs Mawar;
 * Hana runs Kenanga in programme B; Maya manages programme A).
 */
import ExcelJS from 'exceljs';
// exceljs's own zip library (a dependency of it): to build sheets exceljs would not write.
import JSZip from 'jszip';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { issueLogin, loginWithLink } from '../../src/modules/console-access/console-access.service.ts';
import { addMember, createGroup } from '../../src/modules/groups/groups.service.ts';
import { readMemberFile } from '../../src/modules/member-import/member-file.ts';
import { dropImportRows } from '../../src/modules/member-import/member-import.service.ts';
import { resolveScope } from '../../src/modules/programmes/scope.ts';
import { insertPerson } from '../../src/modules/people/people.repository.ts';
import { createConsoleApp, SESSION_COOKIE } from '../../src/web/console-app.ts';
import { seedConsoleWorld, type ConsoleWorld } from '../helpers/console-world.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { eventually } from '../helpers/wait.ts';

type Who = 'admin' | 'maya' | 'fitri' | 'gita';
const TZ = 'Asia/Jakarta';
let t: TestDatabase;
let w: ConsoleWorld;
let app: ReturnType<typeof createConsoleApp>;
const clock = fixedClock('2026-12-10T05:00:00Z');
const sessions = new Map<Who, { cookie: string; csrf: string }>();

beforeAll(async () => {
  t = await createTestDatabase();
  w = await seedConsoleWorld(t.db);
  app = createConsoleApp({ db: t.db, clock, log: silentLogger(), timeZone: TZ, secureCookies: false, sendLoginCode: async () => true, clientOf: () => 'import-test' });
  const people: Record<Who, number> = { admin: w.admin, maya: w.maya, fitri: w.fitri.personId, gita: w.gita.personId };
  for (const [who, personId] of Object.entries(people) as [Who, number][]) {
    const { token } = await issueLogin(t.db, personId, clock.now());
    const session = await loginWithLink(t.db, token, 'import-test', clock.now());
    if (typeof session === 'string') throw new Error(`${who}: ${session}`);
    const cookie = `${SESSION_COOKIE}=${session.token}`;
    const home = await app.request('/', { headers: { cookie } });
    sessions.set(who, { cookie, csrf: /name="csrf" value="([^"]+)"/.exec(await home.text())![1]! });
  }
});
afterAll(async () => t?.drop());

const enc = new TextEncoder();
const BOM = '\uFEFF';
/** A phone nobody has: 0813 0000 NNNN. */
const phone = (n: number) => `0813 0000 ${String(n).padStart(4, '0')}`;

async function upload(who: Who, bytes: Uint8Array, name = 'anggota.csv', withCsrf = true): Promise<Response> {
  const form = new FormData();
  if (withCsrf) form.set('csrf', sessions.get(who)!.csrf);
  form.set('berkas', new File([Buffer.from(bytes)], name));
  return app.request('/anggota/impor', { method: 'POST', body: form, headers: { cookie: sessions.get(who)!.cookie }, redirect: 'manual' });
}
const get = (who: Who, path: string) => app.request(path, { headers: { cookie: sessions.get(who)!.cookie }, redirect: 'manual' });
const post = (who: Who, path: string, fields: Record<string, string | string[]> = {}, withCsrf = true) => {
  const body = new URLSearchParams();
  if (withCsrf) body.append('csrf', sessions.get(who)!.csrf);
  for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
  return app.request(path, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: sessions.get(who)!.cookie }, redirect: 'manual' });
};

/** Uploads a CSV and answers its dry run's address. */
async function dryRun(who: Who, csv: string): Promise<string> {
  const res = await upload(who, enc.encode(csv));
  expect(res.status, await res.clone().text()).toBe(303);
  return res.headers.get('location')!;
}

/** Every row of the dry run page: line → outcome (a problem code, or new / existing / unchanged). */
async function outcomes(who: Who, path: string): Promise<Record<number, string>> {
  const page = await (await get(who, path)).text();
  return Object.fromEntries([...page.matchAll(/<tr data-line="(\d+)" data-outcome="([a-z_]+)"/g)].map((m) => [Number(m[1]), m[2]!]));
}

const count = async (query: ReturnType<typeof sql<{ n: string }>>) => Number((await query.execute(t.db)).rows[0]!.n);
const peopleCount = () => count(sql<{ n: string }>`select count(*) as n from people`);
const membershipCount = () => count(sql<{ n: string }>`select count(*) as n from memberships`);
const auditCount = () => count(sql<{ n: string }>`select count(*) as n from audit_events`);

describe('reading the file', () => {
  it('reads a CSV with ";" and a BOM, an Indonesian header in any order, and keeps a comma inside a name', async () => {
    const read = await readMemberFile(enc.encode(`${BOM}Kelompok;No. HP;Nama;Peran\r\nMelati;${phone(1)};Siti, S.Pd.;Bendahara\r\n;;;\r\nMawar;${phone(2)};"Rina; Dewi";\r\n`));
    expect(read).toEqual({
      rows: [
        { line: 2, name: 'Siti, S.Pd.', phone: phone(1), group: 'Melati', role: 'Bendahara' },
        { line: 4, name: 'Rina; Dewi', phone: phone(2), group: 'Mawar', role: '' },
      ],
    });
  });

  it('reads a CSV with "," and an English header, and one without a role column', async () => {
    expect(await readMemberFile(enc.encode(`name,phone,group,role\nAni,${phone(3)},7,ketua\n`))).toEqual({ rows: [{ line: 2, name: 'Ani', phone: phone(3), group: '7', role: 'ketua' }] });
    expect(await readMemberFile(enc.encode(`telepon,nama,kelompok\n${phone(4)},Budi,Melati\n`))).toEqual({ rows: [{ line: 2, name: 'Budi', phone: phone(4), group: 'Melati', role: '' }] });
  });

  it('reads the first sheet of an XLSX, a phone typed as a number included', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Anggota');
    sheet.addRow(['Nama', 'HP', 'Kelompok', 'Peran']);
    sheet.addRow(['Ani Lestari', 6281300009999, 'Melati', 'anggota']);
    sheet.addRow([]);
    sheet.addRow(['Budi', '0813-0000-0005', 12, '']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await readMemberFile(bytes)).toEqual({
      rows: [
        { line: 2, name: 'Ani Lestari', phone: '6281300009999', group: 'Melati', role: 'anggota' },
        { line: 4, name: 'Budi', phone: '0813-0000-0005', group: '12', role: '' },
      ],
    });
  });

  /** An XLSX (made by exceljs) whose first sheet's rows are this XML. */
  async function xlsxWithSheetData(rowsXml: string): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Anggota').addRow(['Nama', 'HP', 'Kelompok']);
    const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    zip.file('xl/worksheets/sheet1.xml', sheet.replace(/<sheetData>[\s\S]*<\/sheetData>/, () => `<sheetData>${rowsXml}</sheetData>`));
    return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  }
  const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
  const headerXml = `<row r="1">${inline('A1', 'Nama')}${inline('B1', 'HP')}${inline('C1', 'Kelompok')}</row>`;

  it('reads an XLSX as a stream and stops at the first row past 5,000: the rest of a huge sheet is never unpacked', async () => {
    const rows: string[] = [headerXml];
    for (let r = 2; r < 100_000; r++) rows.push(`<row r="${r}">${inline(`A${r}`, 'Ani')}${inline(`B${r}`, '0812')}${inline(`C${r}`, 'Melati')}</row>`);
    // Past row 100,000 the sheet is broken: a reader that unpacked it all would fail there.
    const bytes = await xlsxWithSheetData(`${rows.join('')}<row r="100000"><c r="A100000" t="inlineStr"><is><t>broken`);
    expect(bytes.length).toBeLessThan(5 * 1024 * 1024);
    expect(await readMemberFile(bytes)).toEqual({ problem: 'too_many_rows' });
    // 5,000 rows are read whole, and line numbers are the sheet's.
    const fine = await readMemberFile(await xlsxWithSheetData(rows.slice(0, 5001).join('')));
    expect('rows' in fine && [fine.rows.length, fine.rows[4999]]).toEqual([5000, { line: 5001, name: 'Ani', phone: '0812', group: 'Melati', role: '' }]);
  });

  it('refuses an XLSX that would unpack past 32 MB before unpacking it', async () => {
    const bytes = await xlsxWithSheetData(`${headerXml}<row r="2">${inline('A2', 'A'.repeat(33 * 1024 * 1024))}</row>`);
    expect(bytes.length).toBeLessThan(5 * 1024 * 1024);
    expect(await readMemberFile(bytes)).toEqual({ problem: 'too_large_unpacked' });
    const res = await upload('fitri', bytes, 'anggota.xlsx');
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Isi berkas Excel ini terlalu besar');
  });

  it('says why a file gives no rows', async () => {
    expect(await readMemberFile(enc.encode('nama;kelompok\nAni;Melati\n'))).toEqual({ problem: 'columns_missing', missing: ['phone'] });
    expect(await readMemberFile(enc.encode('nama;hp;kelompok\n'))).toEqual({ problem: 'empty' });
    expect(await readMemberFile(enc.encode(`nama;hp;kelompok\n${'Ani;0812;Melati\n'.repeat(5001)}`))).toEqual({ problem: 'too_many_rows' });
    expect(await readMemberFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toEqual({ problem: 'unreadable' });
  });

  it('refuses a file over 5 MB before reading it', async () => {
    const res = await upload('fitri', new Uint8Array(5 * 1024 * 1024 + 1).fill(0x41));
    expect(res.status).toBe(413);
    expect(await res.text()).toContain('data-value="too_large"');
  });

  it('the upload page says it in words and keeps nothing', async () => {
    const before = await count(sql<{ n: string }>`select count(*) as n from member_imports`);
    const res = await upload('fitri', enc.encode('nama;kelompok\nAni;Melati\n'));
    expect(res.status).toBe(422);
    const page = await res.text();
    expect(page).toContain('data-value="columns_missing"');
    expect(page).toContain('Kolom yang belum ada: telepon/hp.');
    expect(await count(sql<{ n: string }>`select count(*) as n from member_imports`)).toBe(before);
  });
});

describe('the dry run', () => {
  let rahma: number;
  beforeAll(async () => {
    rahma = (await insertPerson(t.db, { name: 'Rahma Wati', phone: '+6281300001000', timeZone: TZ })).id;
    const yuni = (await insertPerson(t.db, { name: 'Yuni', phone: '+6281300001001', timeZone: TZ })).id;
    // Two of Fitri's groups answer to "anggrek" (a name is ambiguous; the id is not).
    const anggrek = await createGroup(t.db, { name: 'Anggrek', trades: ['kuliner'], facilitatorId: w.fitri.facilitatorId, timeZone: TZ });
    // Rahma and Yuni were members of Fitri's Anggrek (left since): hers to match by phone.
    await sql`insert into memberships (group_id, person_id, role, status, joined_at, status_changed_at)
      select ${anggrek.id}, p, 'anggota', 'removed', ${clock.now()}, ${clock.now()} from unnest(${[rahma, yuni]}::bigint[]) as p`.execute(t.db);
    await createGroup(t.db, { name: 'Kelompok Anggrek', trades: ['kuliner'], facilitatorId: w.fitri.facilitatorId, timeZone: TZ });
    await addMember(t.db, w.melati, { name: 'Wulan', phone: phone(900), timeZone: TZ }, clock.now());
  });

  it('shows every row\'s outcome with its reason, and writes nothing', async () => {
    const before = [await peopleCount(), await membershipCount(), await auditCount()];
    const path = await dryRun(
      'fitri',
      [
        'nama;hp;kelompok;peran',
        `Sari;${phone(10)};Melati;`, // 2 new
        `Rahma;+62 813-0000-1000;melati;ketua`, // 3 known by phone (name agrees): added
        `Wulan;${phone(900)};${w.melati};anggota`, // 4 a member already, same role
        `;${phone(11)};Melati;`, // 5
        `${'x'.repeat(81)};${phone(12)};Melati;`, // 6
        `Tari;;Melati;`, // 7
        `Tari;12345;Melati;`, // 8
        `Tari;${phone(13)};;`, // 9
        `Tari;${phone(14)};Mawar;`, // 10 Gita's group
        `Tari;${phone(15)};99999;`, // 11 no such group
        `Tari;${phone(16)};anggrek;`, // 12 two of hers
        `Tari;${phone(17)};Melati;ratu`, // 13
        `Sari Lagi;${phone(10)};Melati;`, // 14 same phone as 2
        `Sari;${phone(18)};Melati;`, // 15 same name in the same group as 2
        `Lina;+6281300001001;Melati;`, // 16 Yuni's phone, another name
        `Budi;${phone(19)};Melati;`, // 17 Melati has a Budi (no phone): member add refuses a second
      ].join('\n'),
    );
    expect(path).toMatch(/^\/anggota\/impor\/[\w-]{43}$/);
    expect(await outcomes('fitri', path)).toEqual({
      2: 'new',
      3: 'existing',
      4: 'unchanged',
      5: 'name_missing',
      6: 'name_invalid',
      7: 'phone_missing',
      8: 'phone_invalid',
      9: 'group_missing',
      10: 'group_unknown',
      11: 'group_unknown',
      12: 'group_ambiguous',
      13: 'role_unknown',
      14: 'duplicate_row',
      15: 'duplicate_row',
      16: 'phone_taken',
      17: 'name_taken',
    });
    const page = await (await get('fitri', path)).text();
    for (const words of [
      'Kelompok tidak dikenal atau bukan kelompok Ibu.',
      'Baris ganda di berkas ini. Sama dengan baris 2.',
      'Nomor HP ini sudah dipakai orang lain dengan nama berbeda.',
      'Nomor HP tidak benar',
      'Peran tidak dikenal',
    ]) {
      expect(page).toContain(words);
    }
    expect(page).toContain('data-k="errors" data-value="13"');
    expect(page).not.toContain('data-k="confirm"');
    // Phones masked as everywhere in the console; a cell that is no phone as written.
    expect(page).toContain('+62 813-••••-0010');
    expect(page).not.toContain('81300000010');
    // English by the switch.
    const en = await (await app.request(path, { headers: { cookie: `${sessions.get('fitri')!.cookie}; dampingi_bahasa=en` } })).text();
    expect(en).toContain('Unknown group, or not one of yours.');
    expect([await peopleCount(), await membershipCount(), await auditCount()]).toEqual(before);
    // Confirming with rows that have problems writes nothing either.
    expect((await post('fitri', path)).headers.get('location')).toBe(`${path}?n=berubah`);
    expect([await peopleCount(), await membershipCount(), await auditCount()]).toEqual(before);
    void rahma;
  });

  it('leaves out the rows with problems, then saves the rest with their audit rows', async () => {
    const path = await dryRun('fitri', [`name,phone,group,role`, `Sari,${phone(20)},Melati,bendahara`, `Tari,bad,Melati,`, `Rahma,${'+6281300001000'},Melati,sekretaris`, `Wulan,${phone(900)},Melati,ketua`].join('\n'));
    expect(await outcomes('fitri', path)).toEqual({ 2: 'new', 3: 'phone_invalid', 4: 'existing', 5: 'existing' });
    expect((await post('fitri', `${path}/hapus`, { baris: ['3'] })).status).toBe(303);
    expect(await outcomes('fitri', path)).toEqual({ 2: 'new', 4: 'existing', 5: 'existing' });
    const page = await (await get('fitri', path)).text();
    expect(page).toContain('Sudah anggota: peran diubah dari anggota menjadi ketua');
    expect(page).toContain('data-k="confirm"');

    const res = await post('fitri', path);
    expect(res.headers.get('location')).toBe(path);
    const done = await (await get('fitri', path)).text();
    expect(done).toContain('data-k="import-done" data-added="1" data-matched="2"');
    const { rows } = await sql<{ name: string; phone: string; time_zone: string; role: string; status: string }>`
      select p.name, p.phone, p.time_zone, m.role, m.status from memberships m join people p on p.id = m.person_id
      where m.group_id = ${w.melati} and p.name in ('Sari', 'Rahma Wati', 'Wulan') order by p.name`.execute(t.db);
    expect(rows).toEqual([
      { name: 'Rahma Wati', phone: '+6281300001000', time_zone: TZ, role: 'sekretaris', status: 'active' },
      { name: 'Sari', phone: '+6281300000020', time_zone: TZ, role: 'bendahara', status: 'active' },
      { name: 'Wulan', phone: '+6281300000900', time_zone: TZ, role: 'ketua', status: 'active' },
    ]);
    const audit = await sql<{ kind: string; actor: string; subject: string; group_id: string; detail: Record<string, string> }>`
      select kind, actor_person_id as actor, subject_person_id as subject, group_id, detail from audit_events
      where actor_person_id = ${w.fitri.personId} order by kind, subject_person_id`.execute(t.db);
    expect(audit.rows.map((r) => [r.kind, Number(r.group_id), r.detail])).toEqual([
      ['member_added', w.melati, { role: 'sekretaris', via: 'import' }],
      ['member_added', w.melati, { role: 'bendahara', via: 'import' }],
      ['member_role', w.melati, { from: 'anggota', to: 'ketua' }],
    ]);
    // The audit page names them.
    const log = await (await get('fitri', '/audit?jenis=peran')).text();
    expect(log).toContain('Ditambahkan sebagai anggota (bendahara)');

    // A second click (another tab, another console process) writes nothing more.
    const people = await peopleCount();
    expect((await post('fitri', path)).headers.get('location')).toBe(path);
    expect(await peopleCount()).toBe(people);
  });

  it('checks again at the confirmation: a phone given to someone else since the dry run stops every row', async () => {
    const path = await dryRun('fitri', ['nama;hp;kelompok', `Nur;${phone(30)};Melati`, `Oki;${phone(31)};Melati`, `Pipit;${phone(32)};Melati`].join('\n'));
    expect(await outcomes('fitri', path)).toEqual({ 2: 'new', 3: 'new', 4: 'new' });
    await insertPerson(t.db, { name: 'Someone Else', phone: '+6281300000032', timeZone: TZ });
    const before = [await peopleCount(), await membershipCount(), await auditCount()];
    expect((await post('fitri', path)).headers.get('location')).toBe(`${path}?n=berubah`);
    expect([await peopleCount(), await membershipCount(), await auditCount()]).toEqual(before);
    const page = await (await get('fitri', `${path}?n=berubah`)).text();
    expect(page).toContain('data-k="changed"');
    // Someone Else is no member of Fitri's: refused without telling who has the phone.
    expect(await outcomes('fitri', path)).toEqual({ 2: 'new', 3: 'new', 4: 'phone_unavailable' });
  });

  it('a phone taken between the check and the insert rolls every row back (people.phone is unique)', async () => {
    const path = await dryRun('fitri', ['nama;hp;kelompok', `Qori;${phone(40)};Melati`, `Ratna;${phone(41)};Melati`].join('\n'));
    const before = [await peopleCount(), await membershipCount(), await auditCount()];
    // Another transaction holds Ratna's phone uncommitted while we confirm; it commits first.
    const other = await t.db.connection().execute(async (conn) => {
      await sql`begin`.execute(conn);
      await sql`insert into people (name, phone, time_zone) values ('Racer', '+6281300000041', ${TZ})`.execute(conn);
      const confirming = post('fitri', path);
      // The confirmation has checked (the phone looked free) and now waits on our row's unique key.
      await eventually(
        async () => (await sql<{ n: string }>`select count(*) as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`.execute(t.db)).rows[0]!.n !== '0',
        { what: 'the confirmation to wait on the phone' },
      );
      await sql`commit`.execute(conn);
      return confirming;
    });
    expect(other.headers.get('location')).toBe(`${path}?n=berubah`);
    expect([await peopleCount(), await membershipCount(), await auditCount()]).toEqual([before[0]! + 1, before[1], before[2]]);
    expect(await outcomes('fitri', path)).toEqual({ 2: 'new', 3: 'phone_unavailable' });
  });
});

describe('a large file', () => {
  it('shows every row with a problem, the rows ready to save 200 a page (?hal=), and the totals of the whole file', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `Warga ${i + 1};08150${String(i + 1).padStart(6, '0')};Melati;${[10, 2500, 4990].includes(i) ? 'raja' : ''}`);
    const path = await dryRun('fitri', ['nama;hp;kelompok;peran', ...rows].join('\n'));
    const first = await (await get('fitri', path)).text();
    // Measured: 1.5 MB when every row was on the page.
    expect(first.length).toBeLessThan(120_000);
    expect(first).toContain('data-k="new" data-value="4997"');
    expect(first).toContain('data-k="errors" data-value="3"');
    /** The lines of one table of the page (problems, or the rows ready to save). */
    const lines = (page: string, table: string): number[] => {
      const part = page.split(`<table class="stack" data-k="${table}">`)[1];
      return part ? [...part.split('</table>')[0]!.matchAll(/<tr data-line="(\d+)"/g)].map((m) => Number(m[1])) : [];
    };
    expect(lines(first, 'problems')).toEqual([12, 2502, 4992]);
    const fineFirst = lines(first, 'fine');
    expect([fineFirst.length, fineFirst[0], fineFirst.at(-1)]).toEqual([200, 2, 202]); // line 12 is a problem
    expect(first).toContain('Halaman 1 dari 25');
    expect(first).toContain(`href="${path}?hal=2"`);
    // The last page: the rest, the problems still whole above them; a page past the end is the last.
    for (const hal of ['25', '999']) {
      const last = await (await get('fitri', `${path}?hal=${hal}`)).text();
      expect(lines(last, 'problems')).toEqual([12, 2502, 4992]);
      const fine = lines(last, 'fine');
      expect([fine.length, fine.at(-1)]).toEqual([197, 5001]);
      expect(last).toContain('data-k="new" data-value="4997"');
    }
    // Every row ready to save is on exactly one page.
    const seen = new Set<number>();
    for (let hal = 1; hal <= 25; hal++) for (const line of lines(await (await get('fitri', `${path}?hal=${hal}`)).text(), 'fine')) seen.add(line);
    expect(seen.size).toBe(4997);
  }, 60_000);
});

describe('scope', () => {
  it('each role imports into her groups only: another\'s group is an unknown one', async () => {
    const csv = ['nama;hp;kelompok', `A1;${phone(50)};Melati`, `A2;${phone(51)};Mawar`, `A3;${phone(52)};Kenanga`, `A4;${phone(53)};${w.kenanga}`].join('\n');
    const seen: Record<string, Record<number, string>> = {};
    for (const who of ['admin', 'maya', 'fitri', 'gita'] as const) seen[who] = await outcomes(who, await dryRun(who, csv));
    expect(seen).toEqual({
      admin: { 2: 'new', 3: 'new', 4: 'new', 5: 'new' },
      maya: { 2: 'new', 3: 'new', 4: 'group_unknown', 5: 'group_unknown' },
      fitri: { 2: 'new', 3: 'group_unknown', 4: 'group_unknown', 5: 'group_unknown' },
      gita: { 2: 'group_unknown', 3: 'new', 4: 'group_unknown', 5: 'group_unknown' },
    });
  });

  it('nobody else may open, trim or confirm her import, and a group taken from her is refused at the confirmation', async () => {
    const path = await dryRun('fitri', ['nama;hp;kelompok', `B1;${phone(60)};Melati`].join('\n'));
    const before = [await peopleCount(), await membershipCount(), await auditCount()];
    for (const who of ['admin', 'maya', 'gita'] as const) {
      expect((await get(who, path)).status, who).toBe(404);
      expect((await post(who, `${path}/hapus`, { baris: '2' })).status, who).toBe(404);
      expect((await post(who, path)).status, who).toBe(404);
    }
    expect((await post('fitri', path, {}, false)).status).toBe(403);
    expect((await upload('fitri', enc.encode('nama;hp;kelompok\nX;0813;Melati\n'), 'a.csv', false)).status).toBe(403);
    expect([await peopleCount(), await membershipCount(), await auditCount()]).toEqual(before);

    // Melati goes to Gita between the dry run and the confirmation.
    await sql`update groups set facilitator_id = ${w.gita.facilitatorId} where id = ${w.melati}`.execute(t.db);
    try {
      expect((await post('fitri', path)).headers.get('location')).toBe(`${path}?n=berubah`);
      expect(await outcomes('fitri', path)).toEqual({ 2: 'group_unknown' });
      expect([await peopleCount(), await membershipCount(), await auditCount()]).toEqual(before);
    } finally {
      await sql`update groups set facilitator_id = ${w.fitri.facilitatorId} where id = ${w.melati}`.execute(t.db);
    }
    expect((await post('fitri', path)).headers.get('location')).toBe(path);
    expect(await peopleCount()).toBe(before[0]! + 1);
  });

  it('an import expires after an hour', async () => {
    const path = await dryRun('fitri', ['nama;hp;kelompok', `C1;${phone(70)};Melati`].join('\n'));
    await sql`update member_imports set expires_at = ${new Date(clock.now().getTime() - 1)} where done_at is null`.execute(t.db);
    expect((await get('fitri', path)).status).toBe(404);
    expect((await post('fitri', path)).status).toBe(404);
  });
});

describe('a known phone of someone outside her scope', () => {
  const EKA_PHONE = '+6281300009999';
  const EKA_CELL = '0813 0000 9999';
  const ekaMemberships = async () => (await sql<{ group_id: number; status: string }>`select group_id::int, status from memberships where person_id = ${w.members.eka} order by group_id`.execute(t.db)).rows;
  beforeAll(async () => {
    // Eka is programme B's (Hana's Kenanga); Lia is only pending in Fitri's Dahlia (wrote in its chat, not confirmed).
    await sql`update people set phone = ${EKA_PHONE} where id = ${w.members.eka}`.execute(t.db);
    const lia = (await insertPerson(t.db, { name: 'Lia', phone: '+6281300001201', timeZone: TZ })).id;
    const dahlia = await createGroup(t.db, { name: 'Dahlia', trades: ['kuliner'], facilitatorId: w.fitri.facilitatorId, timeZone: TZ });
    await sql`insert into memberships (group_id, person_id, role, status, joined_at, status_changed_at) values (${dahlia.id}, ${lia}, 'anggota', 'pending', ${clock.now()}, ${clock.now()})`.execute(t.db);
  });

  it('the dry run tells nothing: her phone looks like a free one, under her name or any other', async () => {
    const path = await dryRun('fitri', ['nama;hp;kelompok', `Eka;${EKA_CELL};Melati`, `Zzz;${phone(1202)};Melati`].join('\n'));
    expect(await outcomes('fitri', path)).toEqual({ 2: 'new', 3: 'new' });
    const other = await dryRun('fitri', ['nama;hp;kelompok', `Zzz;${EKA_CELL};Melati`].join('\n'));
    expect(await outcomes('fitri', other)).toEqual({ 2: 'new' });
    // Asking for the page "after a refused confirmation" without one tells nothing either.
    expect(await outcomes('fitri', `${other}?n=berubah`)).toEqual({ 2: 'new' });
  });

  it('a facilitator cannot pull her into her group: the confirmation refuses the row, writes nothing, and her page stays closed', async () => {
    expect((await get('fitri', `/anggota/${w.members.eka}`)).status).toBe(404);
    const path = await dryRun('fitri', ['nama;hp;kelompok', `Eka;${EKA_CELL};Melati`, `Lia;${phone(1201)};Melati`, `Mira;${phone(1203)};Melati`].join('\n'));
    expect(await outcomes('fitri', path)).toEqual({ 2: 'new', 3: 'new', 4: 'new' });
    const before = [await peopleCount(), await membershipCount(), await auditCount()];
    expect((await post('fitri', path)).headers.get('location')).toBe(`${path}?n=berubah`);
    expect([await peopleCount(), await membershipCount(), await auditCount()]).toEqual(before);
    expect(await ekaMemberships()).toEqual([{ group_id: w.kenanga, status: 'active' }]);
    expect((await get('fitri', `/anggota/${w.members.eka}`)).status).toBe(404);
    // The page says why, in words that fit any number she cannot add.
    expect(await outcomes('fitri', path)).toEqual({ 2: 'phone_unavailable', 3: 'phone_unavailable', 4: 'new' });
    const page = await (await get('fitri', `${path}?n=berubah`)).text();
    expect(page).toContain('Nomor HP ini tidak bisa didaftarkan lewat impor Ibu.');
    expect(page).not.toContain('Kenanga');
    // Left out, the rest is written.
    expect((await post('fitri', `${path}/hapus`, { baris: ['2', '3'] })).status).toBe(303);
    expect((await post('fitri', path)).headers.get('location')).toBe(path);
    expect(await peopleCount()).toBe(before[0]! + 1);
    expect(await ekaMemberships()).toEqual([{ group_id: w.kenanga, status: 'active' }]);
  });

  it('a row refused for its phone is in the audit once, as a refusal of the importer, naming neither the phone nor whose it is', async () => {
    const refusals = async () =>
      (await sql<{ person_id: number; action: string; reason: string; group_id: number | null }>`
        select person_id::int, action, reason, group_id::int from permission_refusals where action = 'import_members' order by id`.execute(t.db)).rows;
    const before = (await refusals()).length;
    const path = await dryRun('fitri', ['nama;hp;kelompok', `Eka;${EKA_CELL};Melati`, `Nur;${phone(1204)};Melati`].join('\n'));
    expect((await post('fitri', path)).headers.get('location')).toBe(`${path}?n=berubah`);
    expect((await refusals()).slice(before)).toEqual([{ person_id: w.fitri.personId, action: 'import_members', reason: 'phone_unavailable', group_id: w.melati }]);
    // Confirmed again with the row still in: refused again, but the row is logged once.
    expect((await post('fitri', path)).headers.get('location')).toBe(`${path}?n=berubah`);
    expect((await refusals()).length).toBe(before + 1);
    // Fitri reads it on the audit page: what she tried and why, not the number nor Eka.
    const audit = await (await get('fitri', '/audit?jenis=penolakan')).text();
    expect(audit).toContain('Ditolak: impor anggota (nomor HP tidak bisa dipakai)');
    for (const secret of [EKA_PHONE, EKA_CELL, '81300009999', 'Eka', 'Kenanga']) expect(audit).not.toContain(secret);
  });

  it('a manager neither; an admin still matches her by phone', async () => {
    const maya = await dryRun('maya', ['nama;hp;kelompok', `Eka;${EKA_CELL};Melati`].join('\n'));
    expect(await outcomes('maya', maya)).toEqual({ 2: 'new' });
    expect((await post('maya', maya)).headers.get('location')).toBe(`${maya}?n=berubah`);
    expect(await outcomes('maya', maya)).toEqual({ 2: 'phone_unavailable' });
    const admin = await dryRun('admin', ['nama;hp;kelompok', `Eka;${EKA_CELL};Mawar`].join('\n'));
    expect(await outcomes('admin', admin)).toEqual({ 2: 'existing' });
    expect((await post('admin', admin)).headers.get('location')).toBe(admin);
    expect(await ekaMemberships()).toEqual([
      { group_id: w.mawar, status: 'active' },
      { group_id: w.kenanga, status: 'active' },
    ]);
  });
});

describe('the confirmation writes the rows it claims', () => {
  it('a row left out from another tab while the confirmation waits for the import is not written', async () => {
    const path = await dryRun('fitri', ['nama;hp;kelompok', `Nina;${phone(1300)};Melati`, `Oni;${phone(1301)};Melati`].join('\n'));
    const token = path.split('/').pop()!;
    const scope = (await resolveScope(t.db, w.fitri.personId))!;
    // The other tab's "leave out" holds the import's row while the confirmation reads it and then waits to claim it.
    const confirmed = await t.db.connection().execute(async (conn) => {
      await sql`begin`.execute(conn);
      expect(await dropImportRows(conn, scope, token, [3], clock.now())).toBe(true);
      const confirming = post('fitri', path);
      await eventually(
        async () => (await sql<{ n: string }>`select count(*) as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`.execute(t.db)).rows[0]!.n !== '0',
        { what: 'the confirmation to wait on the import' },
      );
      await sql`commit`.execute(conn);
      return confirming;
    });
    expect(confirmed.headers.get('location')).toBe(path);
    const { rows } = await sql<{ name: string }>`select name from people where phone in ('+6281300001300', '+6281300001301') order by name`.execute(t.db);
    expect(rows).toEqual([{ name: 'Nina' }]);
    expect(await (await get('fitri', path)).text()).toContain('data-k="import-done" data-added="1" data-matched="0"');
  });
});

describe('the command line\'s member add', () => {
  it('writes the same member_added audit row, with nobody behind it', async () => {
    const { person } = await addMember(t.db, w.mawar, { name: 'Dina', phone: phone(80), timeZone: TZ }, clock.now(), { audit: { actorPersonId: null, via: 'cli' } });
    const { rows } = await sql<{ actor: string | null; detail: Record<string, string> }>`select actor_person_id as actor, detail from audit_events where kind = 'member_added' and subject_person_id = ${person.id}`.execute(t.db);
    expect(rows).toEqual([{ actor: null, detail: { role: 'anggota', via: 'cli' } }]);
  });
});

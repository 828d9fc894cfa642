/**
 * A small programme office for console tests, with figures worked out by hand (today is
 * Thursday 10 Dec 2026; the week began Monday 7 Dec):
 *
 * Programme A (the default one): Melati (facilitator Fitri: Ani, Budi, Citra; Fira removed)
 * and Mawar (facilitator Gita: Dewi; no loans). Programme B: Kenanga (facilitator Hana: Eka).
 * Staff: an admin, Maya (manager of A), Nina (manager of B).
 *
 * Books: Ani sale 150.000 (8 Dec), expense 40.000 (2 Dec), sale 70.000 (15 Nov), a voided
 * sale 999.000 (8 Dec); Budi sale 90.000 and a return −20.000 (9 Dec), expense 10.000
 * (20 Nov); Citra took 5.000 for the household (3 Dec, last week); Dewi sale 30.000
 * (1 Dec); Eka sale 500.000 (5 Dec); removed Fira sale 1.000.000 (8 Dec, never counted).
 * Loan: Ani 300.000 at 0 % over 3 months from 5 Aug (100.000 due 5 Sep, 5 Oct, 5 Nov):
 * 100.000 confirmed on 5 Sep, 50.000 confirmed on 20 Oct, 100.000 only reported on 1 Nov.
 * Leads: Fitri's P1 (3 Dec; Ani offers 10, Budi answers without a number, Citra declines)
 * and P2 (20 Nov; Ani offers 5), both delivered to Melati's chat; Hana's P3 (1 Dec 00:30 in
 * Jakarta, 30 Nov in UTC; nobody answers), delivered to Kenanga's. (No outbox rows: no
 * delivery counts as sent.)
 */
import { sql } from 'kysely';
import type { Db } from '../../src/db/client.ts';
import { addFacilitator, addMember, createGroup, removeMember } from '../../src/modules/groups/groups.service.ts';
import { insertEntries } from '../../src/modules/ledger/ledger.repository.ts';
import { createLoan, recordPayment } from '../../src/modules/loans/loans.service.ts';
import { insertPerson, addIdentity } from '../../src/modules/people/people.repository.ts';
import { createProgramme, makeAdmin, makeManager, moveGroupToProgramme } from '../../src/modules/programmes/programmes.service.ts';

export interface ConsoleWorld {
  programmeA: number;
  programmeB: number;
  fitri: { personId: number; facilitatorId: number; telegramId: string };
  gita: { personId: number; facilitatorId: number; telegramId: string };
  hana: { personId: number; facilitatorId: number; telegramId: string };
  melati: number;
  mawar: number;
  kenanga: number;
  admin: number;
  maya: number;
  nina: number;
  /** Telegram ids of the staff, for logging in through the chat. */
  telegram: { admin: string; maya: string; nina: string };
  members: Record<'ani' | 'budi' | 'citra' | 'dewi' | 'eka', number>;
}

const TZ = 'Asia/Jakarta';
const AT = new Date('2026-12-10T05:00:00Z');

export async function seedConsoleWorld(db: Db): Promise<ConsoleWorld> {
  const { rows } = await sql<{ id: string }>`select id from programmes order by id limit 1`.execute(db);
  const programmeA = Number(rows[0]!.id);
  const programmeB = (await createProgramme(db, { name: 'Program Timur', partner: 'Mitra Timur' })).id;

  const facilitator = async (name: string, telegramId: string) => {
    const f = await addFacilitator(db, { name, telegramId, timeZone: TZ });
    return { personId: f.person.id, facilitatorId: f.id, telegramId };
  };
  const fitri = await facilitator('Fitri', '9001');
  const gita = await facilitator('Gita', '9002');
  const hana = await facilitator('Hana', '9003');
  const melati = (await createGroup(db, { name: 'Melati', trades: ['kuliner'], facilitatorId: fitri.facilitatorId, village: 'Sukamaju', timeZone: TZ })).id;
  const mawar = (await createGroup(db, { name: 'Mawar', trades: ['jahit'], facilitatorId: gita.facilitatorId, timeZone: TZ })).id;
  const kenanga = (await createGroup(db, { name: 'Kenanga', trades: ['asesoris'], facilitatorId: hana.facilitatorId, timeZone: TZ })).id;
  await moveGroupToProgramme(db, kenanga, programmeB);

  const member = async (groupId: number, name: string, telegramId: string) => (await addMember(db, groupId, { name, telegramId, timeZone: TZ }, AT)).person.id;
  const members = {
    ani: await member(melati, 'Ani', '1001'),
    budi: await member(melati, 'Budi', '1002'),
    citra: await member(melati, 'Citra', '1003'),
    dewi: await member(mawar, 'Dewi', '1004'),
    eka: await member(kenanga, 'Eka', '1005'),
  };
  const fira = await member(melati, 'Fira', '1006');
  await removeMember(db, melati, fira, AT);

  const entry = async (personId: number, date: string, kind: 'sale' | 'expense' | 'withdrawal', amount: number) =>
    (await insertEntries(db, personId, date, [{ kind, amount, item: null, quantity: null, unit: null, unitPrice: null }], { messageId: null, rawText: 'test' }))[0]!;
  await entry(members.ani, '2026-12-08', 'sale', 150_000);
  await entry(members.ani, '2026-12-02', 'expense', 40_000);
  await entry(members.ani, '2026-11-15', 'sale', 70_000);
  const voided = await entry(members.ani, '2026-12-08', 'sale', 999_000);
  await sql`update ledger_entries set voided_at = now() where id = ${voided.id}`.execute(db);
  await entry(members.budi, '2026-12-09', 'sale', 90_000);
  await entry(members.budi, '2026-12-09', 'sale', -20_000);
  await entry(members.budi, '2026-11-20', 'expense', 10_000);
  await entry(members.citra, '2026-12-03', 'withdrawal', 5_000);
  await entry(members.dewi, '2026-12-01', 'sale', 30_000);
  await entry(members.eka, '2026-12-05', 'sale', 500_000);
  await entry(fira, '2026-12-08', 'sale', 1_000_000);

  const loan = await createLoan(db, { personId: members.ani }, { principal: 300_000, annualRatePercent: 0, months: 3, method: 'flat', disbursed: '2026-08-05', dueDay: 5 }, AT);
  await recordPayment(db, loan.id, 100_000, '2026-09-05', { status: 'confirmed', at: AT });
  await recordPayment(db, loan.id, 50_000, '2026-10-20', { status: 'confirmed', at: AT });
  await recordPayment(db, loan.id, 100_000, '2026-11-01', { status: 'reported', reportedBy: members.ani, at: AT });

  const lead = async (code: string, facilitatorId: number, createdAt: string) => {
    const { rows } = await sql<{ id: string }>`insert into leads (code, facilitator_id, text, trades, time_zone, created_at)
      values (${code}, ${facilitatorId}, 'butuh 50 kotak kue', '{kuliner}', ${TZ}, ${createdAt}) returning id`.execute(db);
    return Number(rows[0]!.id);
  };
  const p1 = await lead('P1', fitri.facilitatorId, '2026-12-03T03:00:00Z');
  const p2 = await lead('P2', fitri.facilitatorId, '2026-11-20T03:00:00Z');
  const p3 = await lead('P3', hana.facilitatorId, '2026-11-30T17:30:00Z');
  await sql`insert into lead_deliveries (lead_id, platform, chat_id, kind, group_id, outbox_key) values
    (${p1}, 'telegram', '-1001', 'group_chat', ${melati}, 'world-p1'), (${p2}, 'telegram', '-1001', 'group_chat', ${melati}, 'world-p2'),
    (${p3}, 'telegram', '-1003', 'group_chat', ${kenanga}, 'world-p3')`.execute(db);
  await sql`insert into lead_responses (lead_id, person_id, quantity, responded_at) values
    (${p1}, ${members.ani}, 10, now()), (${p1}, ${members.budi}, null, now()), (${p2}, ${members.ani}, 5, now())`.execute(db);
  await sql`insert into lead_declines (lead_id, person_id, declined_at) values (${p1}, ${members.citra}, now())`.execute(db);

  const staff = async (name: string, telegramId: string, phone: string) => {
    const p = await insertPerson(db, { name, phone, timeZone: TZ });
    await addIdentity(db, p.id, { platform: 'telegram', externalId: telegramId }, name);
    return p.id;
  };
  const admin = await staff('Admin', '9100', '+6281200000100');
  const maya = await staff('Maya', '9101', '+6281200000101');
  const nina = await staff('Nina', '9102', '+6281200000102');
  await makeAdmin(db, admin, AT);
  await makeManager(db, maya, programmeA, AT);
  await makeManager(db, nina, programmeB, AT);
  return { programmeA, programmeB, fitri, gita, hana, melati, mawar, kenanga, admin, maya, nina, telegram: { admin: '9100', maya: '9101', nina: '9102' }, members };
}

/**
 * Back-dates the world's five members' joining (Ani … Eka; not Fira, who joined and left on
 * 10 Dec) to `at`. The world's members join on 10 Dec 2026, after triwulan 3 ended, and a
 * quarter lists only who had joined by its end (groups' membersDuring): a test of 2026Q3's
 * figures makes them members of it first.
 */
export async function membersSince(db: Db, w: ConsoleWorld, at: Date): Promise<void> {
  await sql`update memberships set joined_at = ${at} where person_id in (${sql.join(Object.values(w.members))}) and status = 'active'`.execute(db);
}

/**
 * More books for Ani (console-world.ts's Melati member) for the member page: enough entries
 * for three pages, entries a facilitator wrote for her, a cancelled and a corrected one, last
 * week's sales, an open order, customers who owe her, quarterly answers and her phone. Dewi
 * also joins Kenanga (programme B), so each programme's manager sees her with only its own
 * group. Today is Thursday 10 Dec 2026 (this week 7–13 Dec, last week 30 Nov–6 Dec).
 */
import { sql } from 'kysely';
import type { Db } from '../../src/db/client.ts';
import { addMember } from '../../src/modules/groups/groups.service.ts';
import { insertEntries } from '../../src/modules/ledger/ledger.repository.ts';
import { takeOrder } from '../../src/modules/orders/orders.service.ts';
import { setPhone } from '../../src/modules/people/people.repository.ts';
import { saveQuarterlyReport } from '../../src/modules/quarterly/quarterly-reports.ts';
import { addReceivable } from '../../src/modules/receivables/receivables.service.ts';
import type { ConsoleWorld } from './console-world.ts';

const AT = new Date('2026-12-10T05:00:00Z');

export interface MemberWorld {
  /** Ids of Ani's entries written by Fitri on her behalf, the cancelled one, the corrected one. */
  onBehalf: number;
  cancelled: number;
  corrected: number;
}

export async function seedMemberWorld(db: Db, w: ConsoleWorld): Promise<MemberWorld> {
  const ani = w.members.ani;
  await setPhone(db, ani, '+6281234565678');
  // 64 more sales, one a day back from 6 Dec (last week and before): with the world's 4, 68 entries → 3 pages.
  await sql`insert into ledger_entries (person_id, kind, amount, item, quantity, unit, unit_price, business_date, raw_text)
    select ${ani}, 'sale', 1000 * g, 'kue lapis', g, 'potong', 1000, date '2026-12-06' - (g - 1), 'laku kue'
      from generate_series(1, 64) g`.execute(db);
  const one = async (date: string, kind: 'sale' | 'expense', amount: number, item: string, enteredBy?: number) =>
    (await insertEntries(db, ani, date, [{ kind, amount, item, quantity: null, unit: null, unitPrice: null }], { messageId: null, rawText: 'test', enteredByPersonId: enteredBy ?? null }))[0]!.id;
  const onBehalf = await one('2026-12-09', 'sale', 45_000, 'kerupuk', w.fitri.personId);
  const cancelled = await one('2026-12-09', 'expense', 77_000, 'gas');
  await sql`update ledger_entries set voided_at = now() where id = ${cancelled}`.execute(db);
  const corrected = await one('2026-12-07', 'sale', 12_000, 'bros');
  const replacement = await one('2026-12-07', 'sale', 21_000, 'bros');
  await sql`update ledger_entries set voided_at = now(), replaced_by_entry_id = ${replacement} where id = ${corrected}`.execute(db);

  await takeOrder(
    db,
    ani,
    { customer: 'Bu Sri', item: 'nasi kotak', quantity: 50, unit: 'kotak', unitPrice: 20_000, total: 1_000_000, downPayment: 300_000, orderDate: '2026-12-08', dueDate: '2026-12-20' },
    { messageId: null, rawText: 'pesanan' },
    AT,
  );
  await addReceivable(db, ani, { customer: 'Pak Budi', amount: 60_000, ledgerEntryId: null, date: '2026-12-03' }, null);
  await addReceivable(db, ani, { customer: 'Bu Tin', amount: 270_000, ledgerEntryId: null, date: '2026-11-28' }, null);
  await saveQuarterlyReport(db, { personId: ani, quarter: '2026Q3', assets: 5_000_000, turnover: 3_000_000, employees: 2, sourceMessageId: null, at: AT });
  await saveQuarterlyReport(db, { personId: ani, quarter: '2026Q4', assets: null, turnover: 4_500_000, employees: null, sourceMessageId: null, at: AT });

  // Dewi also in Kenanga (programme B).
  await addMember(db, w.kenanga, { name: 'Dewi', telegramId: '1004', timeZone: 'Asia/Jakarta' }, AT, { allowDuplicateName: true });
  return { onBehalf, cancelled, corrected };
}

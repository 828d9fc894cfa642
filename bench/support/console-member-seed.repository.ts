/**
 * Benchmark-only: on top of the console deployment (console-seed.repository.ts), the members
 * the member-page bench opens — a typical one of a group the facilitator runs in the manager's programme, and one of
 * the same group given `heavyEntries` more entries (a year of busy daily recording) — and
 * EXPLAIN ANALYZE of her entries page, the page's one query that grows with her books.
 */
import { sql } from 'kysely';
import type { Db } from '../../src/db/client.ts';

export async function memberBenchTargets(db: Db, o: { facilitatorPersonId: number; programmeId: number; heavyEntries: number; today: string }): Promise<{ typical: number; heavy: number }> {
  const { rows } = await sql<{ person_id: string }>`
    select m.person_id from memberships m join groups g on g.id = m.group_id join facilitators f on f.id = g.facilitator_id
     where f.person_id = ${o.facilitatorPersonId} and g.programme_id = ${o.programmeId} order by m.person_id limit 2`.execute(db);
  const [typical, heavy] = rows.map((r) => Number(r.person_id));
  await sql`
    insert into ledger_entries (person_id, kind, amount, item, quantity, unit, unit_price, business_date, raw_text)
    select ${heavy}, case when g % 5 = 0 then 'expense' else 'sale' end, (1 + g % 9) * 5000, 'keripik', 1 + g % 9, 'bungkus', 5000,
           ${o.today}::date - (g % 365), 'laku keripik'
      from generate_series(1, ${o.heavyEntries}) g`.execute(db);
  await sql`insert into orders (person_id, customer, customer_key, item, quantity, total, paid, order_date, due_date)
    values (${heavy}, 'Bu Sri', 'sri', 'nasi kotak', 50, 1000000, 300000, ${o.today}::date - 2, ${o.today}::date + 10)`.execute(db);
  await sql`insert into receivables (person_id, customer, customer_key, amount, business_date)
    values (${heavy}, 'Bu Tin', 'tin', 270000, ${o.today}::date - 12)`.execute(db);
  await sql`analyze ledger_entries`.execute(db);
  return { typical: typical!, heavy: heavy! };
}

/** The plan and timing of a page of her entries (the member page's entries query, at `offset`). */
export async function explainEntriesPage(db: Db, personId: number, offset: number): Promise<string> {
  const { rows } = await sql<{ 'QUERY PLAN': string }>`explain (analyze, buffers off)
    select id, business_date, kind, amount from ledger_entries where person_id = ${personId}
     order by business_date desc, id desc offset ${offset} limit 30`.execute(db);
  return rows.map((r) => r['QUERY PLAN']).join('\n');
}

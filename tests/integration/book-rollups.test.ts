/**
 * The console's book rollups (migrations 024 and 027) stay equal to the raw sums through every path
 * that changes entries or memberships, run through the real services: new entries, undo
 * ("batal"), delete by number ("hapus 2"), corrections ("ralat", an edited message), returns,
 * a WhatsApp-style revoke, a member removed and one in two groups, a people merge; then a
 * random sequence of raw writes (fast-check), and two transactions racing on one woman's
 * entries and memberships. After each step every rollup row is compared with the same
 * figure computed from ledger_entries and memberships, and the home page's numbers with
 * plain SQL over distinct people.
 */
import fc from 'fast-check';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFacilitator, addMember, createGroup, removeMember } from '../../src/modules/groups/groups.service.ts';
import { homeIndicators } from '../../src/modules/indicators/indicators.service.ts';
import { mergePeople } from '../../src/modules/people/people-merge.repository.ts';
import type { Scope } from '../../src/modules/programmes/scope.ts';
import * as m048 from '../../migrations/2026-12-06-048-group-rollups-at-commit.ts';
import { startChatBooks, type ChatBooks } from '../helpers/chat-books.ts';
import { eventually } from '../helpers/wait.ts';
import '../helpers/fast-check-seed.ts';

let c: ChatBooks;
const ADMIN: Scope = { personId: 0, role: 'admin', programmeId: null, facilitatorId: null };

beforeAll(async () => {
  c = await startChatBooks({
    start: '2026-11-20T03:00:00Z',
    members: [
      ['ani', 'Ani', '9101'],
      ['tuti', 'Tuti', '9102'],
      ['sri', 'Sri', '9103'],
    ],
    facilitatorTelegramId: '9100',
    groupChat: '-1009100',
  });
});
afterAll(async () => c?.close());

/** Every rollup row against the same figure from the raw tables (zero rows count as absent). */
async function expectRollupsExact(): Promise<void> {
  const q = async (text: string) => (await sql.raw<Record<string, unknown>>(text).execute(c.t.db)).rows;
  const pairs: [string, string][] = [
    [
      `select group_id, month::text, sales, expenses, entries from book_group_months where sales <> 0 or expenses <> 0 or entries <> 0 order by 1, 2`,
      `select m.group_id, date_trunc('month', e.business_date)::date::text as month,
              coalesce(sum(e.amount) filter (where e.kind = 'sale'), 0)::bigint as sales,
              coalesce(sum(e.amount) filter (where e.kind = 'expense'), 0)::bigint as expenses, count(*)::int as entries
         from ledger_entries e join memberships m on m.person_id = e.person_id and m.status = 'active'
        where e.voided_at is null group by 1, 2 order by 1, 2`,
    ],
    [
      `select group_id, week::text, recorders from book_group_weeks where recorders <> 0 order by 1, 2`,
      `select m.group_id, date_trunc('week', e.business_date)::date::text as week, count(distinct e.person_id)::int as recorders
         from ledger_entries e join memberships m on m.person_id = e.person_id and m.status = 'active'
        where e.voided_at is null group by 1, 2 order by 1, 2`,
    ],
    [
      `select person_id, week::text, entries from book_person_weeks where entries <> 0 order by 1, 2`,
      `select person_id, date_trunc('week', business_date)::date::text as week, count(*)::int as entries
         from ledger_entries where voided_at is null group by 1, 2 order by 1, 2`,
    ],
    [
      `select person_id, month::text, entries from book_person_months where entries <> 0 order by 1, 2`,
      `select person_id, date_trunc('month', business_date::timestamp)::date::text as month, count(*)::int as entries
         from ledger_entries where voided_at is null group by 1, 2 order by 1, 2`,
    ],
    [
      `select group_id, month::text, recorders from book_group_month_recorders where recorders <> 0 order by 1, 2`,
      `select m.group_id, date_trunc('month', e.business_date::timestamp)::date::text as month, count(distinct e.person_id)::int as recorders
         from ledger_entries e join memberships m on m.person_id = e.person_id and m.status = 'active'
        where e.voided_at is null group by 1, 2 order by 1, 2`,
    ],
    [
      `select group_id, day::text, entries from book_group_days where entries <> 0 order by 1, 2`,
      `select m.group_id, e.business_date::text as day, count(*)::int as entries
         from ledger_entries e join memberships m on m.person_id = e.person_id and m.status = 'active'
        where e.voided_at is null group by 1, 2 order by 1, 2`,
    ],
    [
      `select group_id, members from group_member_counts where members <> 0 order by 1`,
      `select group_id, count(*)::int as members from memberships where status = 'active' group by 1 order by 1`,
    ],
    [
      `select person_id, group_ids from shared_memberships order by 1`,
      `select person_id, array_agg(group_id order by group_id) as group_ids from memberships where status = 'active'
        group by 1 having count(*) > 1 order by 1`,
    ],
  ];
  for (const [rollup, raw] of pairs) expect(await q(rollup)).toEqual(await q(raw));
}

/** The admin's home numbers against plain SQL over distinct active members. */
async function expectHomeExact(today: string): Promise<void> {
  const home = await homeIndicators(c.t.db, ADMIN, today);
  const members = 'select distinct person_id from memberships where status = \'active\'';
  const { rows } = await sql
    .raw<{ month: string; sales: string; expenses: string }>(
      `select to_char(date_trunc('month', business_date), 'YYYY-MM-DD') as month,
              coalesce(sum(amount) filter (where kind = 'sale'), 0) as sales, coalesce(sum(amount) filter (where kind = 'expense'), 0) as expenses
         from ledger_entries where voided_at is null and person_id in (${members}) group by 1`,
    )
    .execute(c.t.db);
  for (const m of home.trend) {
    const raw = rows.find((r) => r.month === m.month);
    expect({ month: m.month, sales: m.sales, expenses: m.expenses }).toEqual({ month: m.month, sales: Number(raw?.sales ?? 0), expenses: Number(raw?.expenses ?? 0) });
  }
  const count = async (text: string) => Number((await sql.raw<{ n: string }>(text).execute(c.t.db)).rows[0]!.n);
  expect(home.members).toBe(await count(`select count(*) as n from (${members}) m`));
  expect(home.recordersThisWeek).toBe(
    await count(`select count(distinct person_id) as n from ledger_entries where voided_at is null and person_id in (${members})
                   and date_trunc('week', business_date) = date_trunc('week', '${today}'::date)`),
  );
}

async function step(): Promise<void> {
  await expectRollupsExact();
  await expectHomeExact(c.clock.now().toISOString().slice(0, 10));
}

describe('the rollups through the real chat and services', () => {
  it('stay exact through entries, undo, hapus N, corrections, returns, a revoke, memberships and a merge', async () => {
    await step(); // the backfill of an empty database, and three members
    await c.say('9101', 'laku 12 bros @15rb');
    await c.say('9101', 'beli benang 50rb');
    await c.say('9102', 'laku 3 mukena @90rb, beli kain 100rb');
    await step();

    await c.say('9102', 'batal'); // undo her last recording
    await step();

    await c.say('9101', '/catatan');
    await c.say('9101', 'hapus 2');
    await step();

    await c.say('9101', 'laku 5 bros @15rb');
    await c.say('9101', 'ralat 100rb');
    await step();

    const original = c.dm('9103', 'laku 8 bros @15rb', { messageId: 'edit-1' });
    await c.send(original);
    await c.send({ ...original, text: 'laku 10 bros @15rb', editedAt: c.clock.now().toISOString() });
    await step();

    await c.say('9102', 'laku 2 mukena @90rb');
    await c.say('9102', 'retur 1 mukena 90rb');
    await step();

    const gone = c.dm('9103', 'beli plastik 20rb', { messageId: 'revoke-1' });
    await c.send(gone);
    await c.send({ ...gone, text: '', revoked: true });
    expect(await c.entriesOf(c.ids.sri!)).not.toContainEqual(expect.objectContaining({ item: 'plastik' }));
    await step();

    // A second group: Tuti joins it too (counted once), a new member there; then Sri leaves the first.
    const rina = await addFacilitator(c.t.db, { name: 'Bu Rina Dua', telegramId: '9200', timeZone: 'Asia/Jakarta' });
    const mawar = await createGroup(c.t.db, { name: 'Mawar', trades: ['kuliner'], facilitatorId: rina.id, timeZone: 'Asia/Jakarta' });
    await addMember(c.t.db, mawar.id, { name: 'Tuti', telegramId: '9102', timeZone: 'Asia/Jakarta' }, c.clock.now(), { allowDuplicateName: true });
    const lid = await addMember(c.t.db, mawar.id, { name: 'Ani (nomor lain)', telegramId: '9201', timeZone: 'Asia/Jakarta' }, c.clock.now());
    await c.say('9201', 'laku 4 kue @5rb');
    await removeMember(c.t.db, (await c.t.db.selectFrom('groups').select('id').where('name', '=', 'Melati').executeTakeFirstOrThrow()).id, c.ids.sri!, c.clock.now());
    await step();
    expect((await c.t.db.selectFrom('shared_memberships').selectAll().execute()).map((r) => r.person_id)).toEqual([c.ids.tuti]);

    // The same woman under two rows (a LID and a phone): merged, her books and memberships move.
    await c.t.db.transaction().execute((trx) => mergePeople(trx, [c.ids.ani!, lid.person.id]));
    await step();

    // Next month: the trend's months move on, the old ones keep their sums.
    c.clock.set(new Date('2026-12-02T03:00:00Z'));
    await c.say('9101', 'laku 1 bros @15rb');
    await step();

    // The paths really ran: voided entries, a replaced one, a return, entries under the merged row.
    const shape = await sql<{ voided: number; replaced: number; returns: number; months: number }>`
      select count(*) filter (where voided_at is not null) as voided, count(*) filter (where replaced_by_entry_id is not null) as replaced,
             count(*) filter (where amount < 0) as returns, count(distinct date_trunc('month', business_date)) as months
        from ledger_entries where person_id = any(${[c.ids.ani!, c.ids.tuti!, c.ids.sri!]})`.execute(c.t.db);
    // batal (2), hapus 2, ralat, the edit, the revoke; ralat and the edit replaced one each.
    expect(shape.rows[0]).toEqual({ voided: 6, replaced: 2, returns: 1, months: 2 });
    expect(await c.entriesOf(c.ids.ani!)).toContainEqual(expect.objectContaining({ item: 'kue' }));
  });
});

describe('the rollups under random raw writes', () => {
  it('equal the raw sums after any sequence of inserts, voids, edits, moves, deletions and membership changes', async () => {
    const people = (await c.t.db.selectFrom('people').select('id').orderBy('id').execute()).map((r) => r.id);
    const groups = (await c.t.db.selectFrom('groups').select('id').orderBy('id').execute()).map((r) => r.id);
    const day = fc.integer({ min: 0, max: 90 }).map((d) => new Date(Date.UTC(2026, 9, 1 + d)).toISOString().slice(0, 10));
    const person = fc.constantFrom(...people);
    const op = fc.oneof(
      fc.record({ t: fc.constant('insert' as const), person, kind: fc.constantFrom('sale', 'expense', 'withdrawal'), amount: fc.integer({ min: -5, max: 50 }), day, n: fc.integer({ min: 1, max: 3 }) }),
      fc.record({ t: fc.constant('void' as const), pick: fc.nat() }),
      fc.record({ t: fc.constant('unvoid' as const), pick: fc.nat() }),
      fc.record({ t: fc.constant('edit' as const), pick: fc.nat(), amount: fc.integer({ min: 0, max: 50 }), day }),
      fc.record({ t: fc.constant('move' as const), pick: fc.nat(), person }),
      fc.record({ t: fc.constant('delete' as const), pick: fc.nat() }),
      fc.record({ t: fc.constant('membership' as const), person, group: fc.constantFrom(...groups), status: fc.constantFrom('active', 'pending', 'removed') }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        await c.t.db.transaction().execute(async (trx) => {
          const picked = (pick: number) => sql`(select id from ledger_entries order by id offset ${pick % 40} limit 1)`;
          for (const o of ops) {
            if (o.t === 'insert') {
              const amount = o.kind === 'sale' ? o.amount * 1000 : Math.abs(o.amount) * 1000;
              await sql`insert into ledger_entries (person_id, kind, amount, business_date, raw_text)
                        select ${o.person}, ${o.kind}, ${amount}, ${o.day}, 'prop' from generate_series(1, ${o.n})`.execute(trx);
            } else if (o.t === 'void') await sql`update ledger_entries set voided_at = now() where id = ${picked(o.pick)}`.execute(trx);
            else if (o.t === 'unvoid') await sql`update ledger_entries set voided_at = null where id = ${picked(o.pick)}`.execute(trx);
            else if (o.t === 'edit') await sql`update ledger_entries set amount = ${o.amount * 1000}, business_date = ${o.day} where id = ${picked(o.pick)}`.execute(trx);
            else if (o.t === 'move') await sql`update ledger_entries set person_id = ${o.person} where id = ${picked(o.pick)}`.execute(trx);
            else if (o.t === 'delete') await sql`delete from ledger_entries where id = ${picked(o.pick)}`.execute(trx);
            else
              await sql`insert into memberships (group_id, person_id, status) values (${o.group}, ${o.person}, ${o.status})
                        on conflict (group_id, person_id) do update set status = excluded.status`.execute(trx);
          }
        });
        await expectRollupsExact();
      }),
      { numRuns: 25 },
    );
    await expectHomeExact('2026-12-10');
  });
});

describe('two transactions at once', () => {
  it('an entry and a membership written together for one woman: neither misses the other', async () => {
    const [a, b] = [new pg.Client({ connectionString: c.t.url }), new pg.Client({ connectionString: c.t.url })];
    await Promise.all([a.connect(), b.connect()]);
    try {
      const melati = Number((await a.query(`select id from groups where name = 'Melati'`)).rows[0].id);
      const sri = c.ids.sri!;
      // She starts outside Melati (whatever the random writes left), so B's activation adds her history there.
      await a.query(`insert into memberships (group_id, person_id, status) values ($1, $2, 'removed')
                     on conflict (group_id, person_id) do update set status = 'removed'`, [melati, sri]);
      await a.query('begin');
      await a.query(`insert into ledger_entries (person_id, kind, amount, business_date, raw_text) values ($1, 'sale', 77000, '2026-12-03', 'race')`, [sri]);
      await b.query('begin');
      const bPid = Number((await b.query('select pg_backend_pid() as pid')).rows[0].pid);
      // B's trigger waits for A's lock on her: without it, B would add her history without A's entry.
      const activating = b.query(`update memberships set status = 'active' where group_id = $1 and person_id = $2`, [melati, sri]);
      // Either B waits for A (the lock), or B has finished without it (and then misses A's entry).
      await Promise.race([
        activating,
        eventually(
          async () => (await sql<{ w: string | null }>`select wait_event_type as w from pg_stat_activity where pid = ${bPid}`.execute(c.t.db)).rows[0]?.w === 'Lock',
          { what: "B waiting for A's lock on her" },
        ),
      ]);
      await a.query('commit');
      await activating;
      await b.query('commit');
      await expectRollupsExact();
    } finally {
      await Promise.all([a.end(), b.end()]);
    }
  });
});

describe('group deltas applied at COMMIT (migration 048)', () => {
  it('a savepoint rolled back takes its own, SET CONSTRAINTS IMMEDIATE applies them at once, a TRUNCATE drops those of rows it removed', async () => {
    const db = new pg.Client({ connectionString: c.t.url });
    await db.connect();
    let melati = 0;
    // Her group's recorded entries (she may be in a second group too, counted there as well).
    const days = async () => Number((await db.query(`select coalesce(sum(entries), 0) as n from book_group_days where group_id = $1`, [melati])).rows[0].n);
    const entry = (amount: number) =>
      db.query(`insert into ledger_entries (person_id, kind, amount, business_date, raw_text) values ($1, 'sale', $2, '2026-12-04', 'staged')`, [c.ids.ani!, amount]);
    try {
      melati = Number((await db.query(`select id from groups where name = 'Melati'`)).rows[0].id);
      await db.query(`insert into memberships (group_id, person_id, status) values ($1, $2, 'active')
                      on conflict (group_id, person_id) do update set status = 'active'`, [melati, c.ids.ani!]);
      const before = await days();

      await db.query('begin');
      await db.query('savepoint s');
      await entry(1000);
      await db.query('rollback to savepoint s');
      await entry(2000);
      // Not applied before COMMIT: the group rows are taken only then.
      expect(await days()).toBe(before);
      await db.query('commit');
      expect(await days()).toBe(before + 1);
      await expectRollupsExact();

      await db.query('begin');
      await entry(3000);
      await db.query('set constraints all immediate');
      expect(await days()).toBe(before + 2);
      await entry(4000);
      await db.query('commit');
      expect(await days()).toBe(before + 3);
      await expectRollupsExact();

      await db.query('begin');
      await entry(5000);
      await db.query('truncate ledger_entries cascade');
      await entry(6000);
      await db.query('commit');
      expect(await days()).toBe(1);
      await expectRollupsExact();
    } finally {
      await db.end();
    }
  });
});

describe('migration 048 down and up under a live connection', () => {
  it('the connection that staged before keeps flushing after: its flush trigger is made again, no delta is lost', async () => {
    const live = new pg.Client({ connectionString: c.t.url });
    await live.connect();
    const days = async () => Number((await live.query(`select coalesce(sum(entries), 0) as n from book_group_days`)).rows[0].n);
    const entry = (amount: number) =>
      live.query(`insert into ledger_entries (person_id, kind, amount, business_date, raw_text) values ($1, 'sale', $2, '2026-12-05', 'live')`, [c.ids.ani!, amount]);
    try {
      const group = (await c.t.db.selectFrom('groups').select('id').limit(1).executeTakeFirstOrThrow()).id;
      await live.query(`insert into memberships (group_id, person_id, status) values ($1, $2, 'active')
                        on conflict (group_id, person_id) do update set status = 'active'`, [group, c.ids.ani!]);
      await entry(1000); // its session's staging tables and trigger are made here
      await expectRollupsExact();
      const before = await days();

      // Down drops the flush function with CASCADE: the trigger on the live session's table goes too.
      await c.t.db.transaction().execute((trx) => m048.down(trx));
      await c.t.db.transaction().execute((trx) => m048.up(trx));

      await entry(2000);
      expect(await days()).toBeGreaterThan(before);
      await expectRollupsExact();
    } finally {
      await live.end();
    }
  });
});

describe('TRUNCATE (migration 027)', () => {
  it('empties the rollups its table feeds, in its transaction: a rolled-back truncate keeps them, a committed one leaves them exact', async () => {
    const count = async (table: string) => Number((await sql.raw<{ n: string }>(`select count(*) as n from ${table}`).execute(c.t.db)).rows[0]!.n);
    const before = await count('book_group_days');
    expect(before).toBeGreaterThan(0);
    await expect(
      c.t.db.transaction().execute(async (trx) => {
        await sql`truncate memberships`.execute(trx);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await count('book_group_days')).toBe(before);
    await expectRollupsExact();

    // Memberships gone: every group rollup is empty, her own weeks and months stay.
    await sql`truncate memberships`.execute(c.t.db);
    expect(await count('book_person_months')).toBeGreaterThan(0);
    await expectRollupsExact();
    // Entries come back into groups through the membership trigger as before.
    const [person] = (await c.t.db.selectFrom('ledger_entries').select('person_id').where('voided_at', 'is', null).limit(1).execute()).map((r) => r.person_id);
    const group = (await c.t.db.selectFrom('groups').select('id').limit(1).executeTakeFirstOrThrow()).id;
    await sql`insert into memberships (group_id, person_id, status) values (${group}, ${person}, 'active')`.execute(c.t.db);
    expect(await count('book_group_days')).toBeGreaterThan(0);
    await expectRollupsExact();

    // Entries gone (cascading to what references them): every book rollup is empty.
    await sql`truncate ledger_entries cascade`.execute(c.t.db);
    expect(await count('book_person_weeks')).toBe(0);
    await expectRollupsExact();

    // A reset naming the rollups in the same statement as their tables (the guard deletes
    // rather than truncates, so it never truncates a table the statement is already using).
    await sql`truncate memberships, ledger_entries, book_person_weeks, book_group_days, group_member_counts cascade`.execute(c.t.db);
    expect(await count('book_group_days')).toBe(0);
    await expectRollupsExact();
  });
});

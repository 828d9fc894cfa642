/**
 * Two shards' inbound batches (src/jobs/inbound-batch.processor.ts) at once, on members of the
 * same two groups, interleaved so that their group rollup rows would be taken in opposite
 * orders: batch A writes a member of G, then one of H; batch B one of H, then one of G. Before
 * migration 048 each entry's statement locked her group's month and day rows until COMMIT,
 * so A held G's and waited for H's while B held H's and waited for G's: a deadlock (40P01).
 * Now the group rows are taken only at COMMIT, in one order, so both batches commit.
 *
 * The interleaving is forced, not hoped for: the test holds the advisory locks (024's class and
 * buckets) of the second member of each batch, waits until both batches wait on them (so each
 * has written its first member's entry), then lets both go at once.
 */
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { InboundMessage } from '../../src/core/messages.ts';
import { cleanInbound } from '../../src/core/sanitize.ts';
import { processInboundBatch, type BatchResult } from '../../src/jobs/inbound-batch.processor.ts';
import type { InboundDeps } from '../../src/jobs/inbound.processor.ts';
import { claimInbound } from '../../src/modules/inbox/inbox.repository.ts';
import { addFacilitator, addMember, createGroup } from '../../src/modules/groups/groups.service.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { privateMessage } from '../helpers/messages.ts';
import { eventually } from '../helpers/wait.ts';

const LOCK_CLASS = 1917;
const BUCKETS = 1024;

let t: TestDatabase;
const clock = fixedClock('2026-11-20T12:00:00Z');
const ids: Record<string, number> = {};

const deps = (): InboundDeps => ({ db: t.db, clock, defaultTimeZone: 'Asia/Jakarta', dispatch: async () => undefined, log: silentLogger() });

beforeAll(async () => {
  t = await createTestDatabase();
  const facilitator = await addFacilitator(t.db, { name: 'Bu Rina', telegramId: '7100', timeZone: 'Asia/Jakarta' });
  const g = await createGroup(t.db, { name: 'Melati', trades: ['asesoris'], facilitatorId: facilitator.id, timeZone: 'Asia/Jakarta' });
  const h = await createGroup(t.db, { name: 'Mawar', trades: ['asesoris'], facilitatorId: facilitator.id, timeZone: 'Asia/Jakarta' });
  // A's members: ani (G) then dewi (H); B's: sri (H) then tuti (G).
  for (const [key, group, telegramId] of [['ani', g.id, '7101'], ['dewi', h.id, '7102'], ['sri', h.id, '7103'], ['tuti', g.id, '7104']] as const) {
    ids[key] = (await addMember(t.db, group, { name: key, telegramId, timeZone: 'Asia/Jakarta' }, clock.now())).person.id;
  }
});
afterAll(async () => t?.drop());

const dm = (chat: string, n: number, amount: number): InboundMessage =>
  privateMessage(`laku ${amount} bros @1rb`, { chatId: chat, sender: { id: chat, name: null }, messageId: `${chat}-${n}`, sentAt: new Date(Date.UTC(2026, 10, 20, 12, 0, n)).toISOString() });

/** Each member's amounts in the order they were booked. */
async function amountsOf(personId: number): Promise<number[]> {
  const rows = await t.db.selectFrom('ledger_entries').select('amount').where('person_id', '=', personId).where('voided_at', 'is', null).orderBy('id').execute();
  return rows.map((r) => Number(r.amount));
}

/** Group rollup rows that differ from the same figure summed from ledger_entries and memberships (zero rows count as absent). */
async function rollupsOffRawSums(): Promise<unknown[]> {
  const { rows } = await sql<Record<string, unknown>>`
    with e as (
      select m.group_id, e.person_id, e.business_date, e.amount, e.kind
        from ledger_entries e join memberships m on m.person_id = e.person_id and m.status = 'active' where e.voided_at is null),
    raw as (
      select 'months' as t, group_id, date_trunc('month', business_date::timestamp)::date as at, count(*)::bigint as n,
             coalesce(sum(amount) filter (where kind = 'sale'), 0)::bigint as sales from e group by 2, 3
      union all select 'days', group_id, business_date, count(*), 0 from e group by 2, 3
      union all select 'weeks', group_id, date_trunc('week', business_date::timestamp)::date, count(distinct person_id), 0 from e group by 2, 3
      union all select 'month recorders', group_id, date_trunc('month', business_date::timestamp)::date, count(distinct person_id), 0 from e group by 2, 3),
    kept as (
      select 'months' as t, group_id, month as at, entries::bigint as n, sales from book_group_months where entries <> 0 or sales <> 0
      union all select 'days', group_id, day, entries, 0 from book_group_days where entries <> 0
      union all select 'weeks', group_id, week, recorders, 0 from book_group_weeks where recorders <> 0
      union all select 'month recorders', group_id, month, recorders, 0 from book_group_month_recorders where recorders <> 0)
    select * from (select * from raw except select * from kept) a
    union all select * from (select * from kept except select * from raw) b`.execute(t.db);
  return rows;
}

describe('two shards’ batches on members of the same groups, in opposite group orders', () => {
  it('both commit: no deadlock, every message recorded once, each chat in her order, the group rollups equal to the raw sums', async () => {
    const a = [dm('7101', 1, 1), dm('7102', 1, 2), dm('7101', 2, 3), dm('7102', 2, 4)].map((message) => ({ message }));
    const b = [dm('7103', 1, 5), dm('7104', 1, 6), dm('7103', 2, 7), dm('7104', 2, 8)].map((message) => ({ message }));

    // Hold the second members' locks, so each batch stops right after writing its first member's entry.
    const holder = new pg.Client({ connectionString: t.url });
    await holder.connect();
    try {
      for (const key of ['dewi', 'tuti']) await holder.query('select pg_advisory_lock($1, $2)', [LOCK_CLASS, ids[key]! % BUCKETS]);
      const batches = [processInboundBatch(deps(), undefined, a), processInboundBatch(deps(), undefined, b)];
      await eventually(
        async () => Number((await holder.query(`select count(*) as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`)).rows[0].n) === 2,
        { what: 'both batches waiting for their second member' },
      );
      await holder.query('select pg_advisory_unlock_all()');
      const results: BatchResult[][] = await Promise.all(batches);

      // A deadlock would be a batch's message failed with 40P01 (and the batch stopped there).
      for (const result of results) expect(result).toEqual(Array.from({ length: 4 }, () => ({ outcome: 'handled' })));
    } finally {
      await holder.end();
    }

    expect(await t.db.selectFrom('inbound_messages').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).toEqual({ n: 8 });
    expect(await amountsOf(ids.ani!)).toEqual([1000, 3000]);
    expect(await amountsOf(ids.dewi!)).toEqual([2000, 4000]);
    expect(await amountsOf(ids.sri!)).toEqual([5000, 7000]);
    expect(await amountsOf(ids.tuti!)).toEqual([6000, 8000]);
    expect(await rollupsOffRawSums()).toEqual([]);
    const months = await t.db.selectFrom('book_group_months').select(['sales', 'entries']).orderBy('group_id').execute();
    expect(months.map((m) => [Number(m.sales), m.entries])).toEqual([
      [1000 + 3000 + 6000 + 8000, 4],
      [2000 + 4000 + 5000 + 7000, 4],
    ]);
  });
});

describe('two batches with the same senders in opposite orders', () => {
  it('both commit: each batch takes all its senders’ lock buckets at once, in order, so no 40P01', async () => {
    const a = [dm('7101', 11, 11), dm('7102', 11, 12)].map((message) => ({ message }));
    const b = [dm('7102', 12, 13), dm('7101', 12, 14)].map((message) => ({ message }));

    // Another transaction claims each batch's second message first: a batch that locked its
    // senders one by one would then hold its first sender's bucket and, once let go, wait for
    // the other batch's first, which waits for its own: a circle.
    let claimed!: () => void;
    let letGo!: () => void;
    const claiming = new Promise<void>((resolve) => (claimed = resolve));
    const released = new Promise<void>((resolve) => (letGo = resolve));
    const holder = t.db
      .transaction()
      .execute(async (trx) => {
        for (const { message } of [a[1]!, b[1]!]) expect(await claimInbound(trx, cleanInbound(message))).not.toBeNull();
        claimed();
        await released;
        throw new Error('roll back');
      })
      .catch((error: unknown) => expect(String(error)).toContain('roll back'));
    await claiming;

    const batches = [processInboundBatch(deps(), undefined, a), processInboundBatch(deps(), undefined, b)];
    // Both wait: each on the holder's claim, or one on it and the other on the first's buckets.
    const probe = new pg.Client({ connectionString: t.url });
    await probe.connect();
    try {
      await eventually(
        async () => Number((await probe.query(`select count(*) as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`)).rows[0].n) === 2,
        { what: 'both batches waiting' },
      );
    } finally {
      await probe.end();
    }
    letGo();
    await holder;
    const results = await Promise.all(batches);

    for (const result of results) expect(result).toEqual([{ outcome: 'handled' }, { outcome: 'handled' }]);
    expect((await amountsOf(ids.ani!)).slice(-2).sort()).toEqual([11000, 14000]);
    expect((await amountsOf(ids.dewi!)).slice(-2).sort()).toEqual([12000, 13000]);
    expect(await rollupsOffRawSums()).toEqual([]);
  });
});

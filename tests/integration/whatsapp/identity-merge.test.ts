/**
 * One woman behind two people rows (WhatsApp showed her by LID in one place and by phone in
 * another) becomes one person when the bot learns the pair, on real Postgres: everything
 * of hers moves, nothing is lost, and two bot processes learning the same pair at once (two
 * connection pools, as two processes have) merge her once. The pair comes as rc14's
 * `lid-mapping.update` carries it ({ lid, pn }, Types/Auth LIDMapping), normalised by the
 * channel into { lid, phoneJid }.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../../src/db/client.ts';
import { mergeSplitPeople, recordLidMappings } from '../../../src/modules/whatsapp/whatsapp.repository.ts';
import { createTestDatabase, type TestDatabase } from '../../helpers/database.ts';
import { eventually } from '../../helpers/wait.ts';

let t: TestDatabase;
/** The second bot process: its own pool on the same database. */
let other: Db;
let groupId: number;
let otherGroupId: number;

beforeAll(async () => {
  t = await createTestDatabase();
  other = createDb(t.url, { max: 3 });
  const facilitator = await newPerson('Fasilitator', null);
  const f = await t.db.insertInto('facilitators').values({ person_id: facilitator }).returning('id').executeTakeFirstOrThrow();
  const groups = await t.db
    .insertInto('groups')
    .values([
      { name: 'Melati', facilitator_id: f.id, time_zone: 'Asia/Jakarta', join_code: 'MELATI1' },
      { name: 'Mawar', facilitator_id: f.id, time_zone: 'Asia/Jakarta', join_code: 'MAWAR1' },
    ])
    .returning('id')
    .execute();
  groupId = groups[0]!.id;
  otherGroupId = groups[1]!.id;
});
afterAll(async () => {
  await other?.destroy();
  await t?.drop();
});

let seq = 0;
async function newPerson(name: string, identity: string | null, phone: string | null = null): Promise<number> {
  const p = await t.db.insertInto('people').values({ name, time_zone: 'Asia/Jakarta', phone }).returning('id').executeTakeFirstOrThrow();
  if (identity) await t.db.insertInto('identities').values({ person_id: p.id, platform: 'whatsapp', external_id: identity, display_name: name }).execute();
  return p.id;
}

async function entry(personId: number, rawText: string, amount: number, db: Db = t.db) {
  await db
    .insertInto('ledger_entries')
    .values({ person_id: personId, kind: 'sale', amount, item: 'bros', quantity: null, unit: null, unit_price: null, business_date: '2026-11-20', source_message_id: null, raw_text: rawText })
    .execute();
}

/** A LID-only person (older row) and a phone person (newer row) of one woman, each with some of her books. */
async function splitWoman() {
  seq += 1;
  const lid = `7700000000${String(seq).padStart(4, '0')}@lid`;
  const phoneJid = `62812000${String(seq).padStart(5, '0')}@s.whatsapp.net`;
  const byLid = await newPerson('Ibu', lid);
  const byPhone = await newPerson('Siti', phoneJid, `+${phoneJid.split('@')[0]}`);
  await entry(byLid, `group sale ${seq}`, 450_000);
  await entry(byPhone, `private sale ${seq}`, 30_000);
  return { lid, phoneJid, byLid, byPhone };
}

async function ownersOf(...externalIds: string[]) {
  const rows = await t.db.selectFrom('identities').select('person_id').where('platform', '=', 'whatsapp').where('external_id', 'in', externalIds).execute();
  return [...new Set(rows.map((r) => r.person_id))];
}

async function salesOf(personId: number) {
  const rows = await t.db.selectFrom('ledger_entries').select('amount').where('person_id', '=', personId).where('voided_at', 'is', null).orderBy('amount').execute();
  return rows.map((r) => r.amount);
}

describe('merging the two people rows of one woman', () => {
  it('moves her books, orders, loans, roles, memberships and identities to the older row, keeping the stronger role and her BERHENTI', async () => {
    const w = await splitWoman();
    // Both in Melati (anggota under her LID row, ketua under her phone row); only the phone row in Mawar.
    await t.db
      .insertInto('memberships')
      .values([
        { group_id: groupId, person_id: w.byLid, role: 'anggota' },
        { group_id: groupId, person_id: w.byPhone, role: 'ketua' },
        { group_id: otherGroupId, person_id: w.byPhone, role: 'bendahara' },
      ])
      .execute();
    await t.db
      .insertInto('orders')
      .values({ person_id: w.byPhone, customer: 'Bu Rina', customer_key: 'bu rina', item: 'mukena', quantity: 2, unit: null, unit_price: 150_000, total: 300_000, order_date: '2026-11-20', due_date: null, source_message_id: null })
      .execute();
    await t.db
      .insertInto('loans')
      .values({ person_id: w.byLid, group_id: null, principal: 1_000_000, annual_rate_bp: 1200, method: 'flat', months: 10, disbursed: '2026-11-01', due_day: 5, round_to: 500 })
      .execute();
    await t.db.updateTable('people').set({ opted_out_at: new Date('2026-11-19T00:00:00Z') }).where('id', '=', w.byPhone).execute();

    await recordLidMappings(t.db, [{ lid: w.lid, phoneJid: w.phoneJid }]);

    expect(await ownersOf(w.lid, w.phoneJid)).toEqual([w.byLid]);
    expect(await t.db.selectFrom('people').select('id').where('id', '=', w.byPhone).execute()).toEqual([]);
    expect(await salesOf(w.byLid)).toEqual([30_000, 450_000]);
    const person = await t.db.selectFrom('people').select(['name', 'phone', 'opted_out_at']).where('id', '=', w.byLid).executeTakeFirstOrThrow();
    expect(person).toEqual({ name: 'Siti', phone: `+${w.phoneJid.split('@')[0]}`, opted_out_at: new Date('2026-11-19T00:00:00Z') });
    const memberships = await t.db.selectFrom('memberships').select(['group_id', 'role']).where('person_id', '=', w.byLid).orderBy('group_id').execute();
    expect(memberships).toEqual([
      { group_id: groupId, role: 'ketua' },
      { group_id: otherGroupId, role: 'bendahara' },
    ]);
    expect(await t.db.selectFrom('orders').select('person_id').where('customer', '=', 'Bu Rina').execute()).toEqual([{ person_id: w.byLid }]);
    expect(await t.db.selectFrom('loans').select('person_id').where('principal', '=', 1_000_000).execute()).toEqual([{ person_id: w.byLid }]);
  });

  it('joins a member a facilitator added by phone to the row WhatsApp knew only by her LID', async () => {
    seq += 1;
    const lid = `7711000000${seq}@lid`;
    const phoneJid = `62813000${String(seq).padStart(5, '0')}@s.whatsapp.net`;
    const added = await newPerson('Bu Yati', null, `+${phoneJid.split('@')[0]}`);
    const byLid = await newPerson('Ibu', lid);
    await entry(byLid, `lid sale ${seq}`, 20_000);
    await recordLidMappings(t.db, [{ lid, phoneJid }]);
    expect(await ownersOf(lid, phoneJid)).toEqual([added]);
    expect(await salesOf(added)).toEqual([20_000]);
  });

  it('never joins the LID row to a staff row added by that phone that has logged in to the console (a recycled number)', async () => {
    seq += 1;
    const lid = `7712000000${seq}@lid`;
    const phoneJid = `62813100${String(seq).padStart(5, '0')}@s.whatsapp.net`;
    const staff = await newPerson('Bu Admin', null, `+${phoneJid.split('@')[0]}`);
    await t.db.insertInto('staff_roles').values({ person_id: staff, role: 'admin', programme_id: null, granted_at: new Date('2026-11-01T00:00:00Z') }).execute();
    await t.db.updateTable('people').set({ console_first_login_at: new Date('2026-11-02T00:00:00Z'), console_last_login_at: new Date('2026-11-02T00:00:00Z') }).where('id', '=', staff).execute();
    const byLid = await newPerson('Orang Baru', lid);
    await recordLidMappings(t.db, [{ lid, phoneJid }]);
    expect(await ownersOf(lid, phoneJid)).toEqual([byLid]);
    expect(await t.db.selectFrom('people').select('id').where('id', 'in', [staff, byLid]).orderBy('id').execute()).toEqual([{ id: staff }, { id: byLid }]);
  });

  it('keeps the groups of a facilitator who had a facilitator row under each id', async () => {
    const w = await splitWoman();
    const rows = await t.db.insertInto('facilitators').values([{ person_id: w.byLid }, { person_id: w.byPhone }]).returning('id').execute();
    const [kept, merged] = rows.map((r) => r.id);
    const group = await t.db
      .insertInto('groups')
      .values({ name: 'Kenanga', facilitator_id: merged!, time_zone: 'Asia/Jakarta', join_code: `KENANGA${seq}` })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordLidMappings(t.db, [{ lid: w.lid, phoneJid: w.phoneJid }]);
    expect(await ownersOf(w.lid, w.phoneJid)).toEqual([w.byLid]);
    expect(await t.db.selectFrom('groups').select('facilitator_id').where('id', '=', group.id).executeTakeFirstOrThrow()).toEqual({ facilitator_id: kept });
    expect(await t.db.selectFrom('facilitators').select('id').where('person_id', '=', w.byLid).execute()).toEqual([{ id: kept }]);
  });

  it('joins at start the people an older bot left split while the table already paired their ids', async () => {
    const w = await splitWoman();
    // What the old bot did: the pair recorded, the two rows left alone.
    await t.db.insertInto('whatsapp_lid_map').values({ lid: w.lid, phone_jid: w.phoneJid }).execute();
    expect(await ownersOf(w.lid, w.phoneJid)).toHaveLength(2);
    expect(await mergeSplitPeople(t.db)).toBe(1);
    expect(await ownersOf(w.lid, w.phoneJid)).toEqual([w.byLid]);
    expect(await salesOf(w.byLid)).toEqual([30_000, 450_000]);
    expect(await mergeSplitPeople(t.db)).toBe(0);
  });

  it('merges her once when two processes learn the pair at the same moment', async () => {
    for (let round = 0; round < 8; round += 1) {
      const w = await splitWoman();
      const pair = [{ lid: w.lid, phoneJid: w.phoneJid }];
      await Promise.all([recordLidMappings(t.db, pair), recordLidMappings(other, pair)]);
      expect(await ownersOf(w.lid, w.phoneJid)).toEqual([w.byLid]);
      expect(await salesOf(w.byLid)).toEqual([30_000, 450_000]);
    }
  });

  it('waits for a message being recorded for her at that moment, and takes its entry along', async () => {
    const w = await splitWoman();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let recorded!: () => void;
    const inserted = new Promise<void>((resolve) => (recorded = resolve));
    // The other process is handling her message: its transaction wrote an entry for her phone row and has not committed.
    const handling = other.transaction().execute(async (trx) => {
      await entry(w.byPhone, `in flight ${w.phoneJid}`, 5_000, trx);
      recorded();
      await held;
    });
    await inserted;
    const merging = recordLidMappings(t.db, [{ lid: w.lid, phoneJid: w.phoneJid }]);
    // The merge waits on the row lock the message's entry holds.
    await eventually(
      async () => {
        const { rows } = await sqlWaiting();
        return rows.length > 0;
      },
      { what: 'the merge to wait for the message' },
    );
    release();
    await Promise.all([handling, merging]);
    expect(await ownersOf(w.lid, w.phoneJid)).toEqual([w.byLid]);
    expect(await salesOf(w.byLid)).toEqual([5_000, 30_000, 450_000]);
  });
});

/** Backends of this database waiting for a lock. */
async function sqlWaiting() {
  return sql<{ pid: number }>`select pid from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`.execute(t.db);
}

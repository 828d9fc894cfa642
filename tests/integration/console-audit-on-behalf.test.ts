/**
 * The audit page's on-behalf rows by scope (migration 032): an entry is filed under the group
 * it was written in (the writer's group among hers), and each viewer pages through exactly
 * the entries of her groups, newest first, none twice or skipped — compared with a plain
 * query over who ran which group, which knows nothing of the column the page reads.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/modules/audit/audit.service.ts';
import { decodeCursor } from '../../src/modules/audit/audit.ts';
import { resolveScope } from '../../src/modules/programmes/scope.ts';
import { seedConsoleWorld, type ConsoleWorld } from '../helpers/console-world.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

let t: TestDatabase;
let w: ConsoleWorld;

/** The on-behalf entry ids a viewer pages through, `size` at a time. */
async function pagedIds(personId: number, size: number): Promise<number[]> {
  const scope = (await resolveScope(t.db, personId))!;
  const ids: number[] = [];
  let before: string | undefined;
  for (let i = 0; i < 200; i++) {
    const page = await auditLog(t.db, scope, { kind: 'on_behalf', before: decodeCursor(before), pageSize: size });
    ids.push(...page.rows.map((r) => r.id));
    if (!page.next) return ids;
    before = page.next;
  }
  throw new Error('paging did not end');
}

/** Plain SQL: entries someone else wrote while running (as facilitator) a group of hers in `where`, newest first. */
async function expectedIds(where: ReturnType<typeof sql>): Promise<number[]> {
  const { rows } = await sql<{ id: string }>`
    select e.id from ledger_entries e
     where e.entered_by_person_id <> e.person_id
       and exists (select 1 from memberships m join groups g on g.id = m.group_id join facilitators f on f.id = g.facilitator_id
                    where m.person_id = e.person_id and m.status = 'active' and f.person_id = e.entered_by_person_id and ${where})
     order by e.created_at desc, e.id desc`.execute(t.db);
  return rows.map((r) => Number(r.id));
}

beforeAll(async () => {
  t = await createTestDatabase();
  w = await seedConsoleWorld(t.db);
  // Dewi (Mawar, programme A) also joins Kenanga (programme B): Gita writes for her in
  // Mawar, Hana in Kenanga, each in her own group.
  await sql`insert into memberships (group_id, person_id, role, status) values (${w.kenanga}, ${w.members.dewi}, 'anggota', 'active')`.execute(t.db);
  const writes: [number, number][] = [
    [w.members.ani, w.fitri.personId],
    [w.members.budi, w.fitri.personId],
    [w.members.dewi, w.gita.personId],
    [w.members.dewi, w.hana.personId],
    [w.members.eka, w.hana.personId],
  ];
  // 60 on-behalf entries over 12 instants (five at each: ties the cursor must break by id),
  // her own entries and plain ones in between, which are no on-behalf rows.
  for (let i = 0; i < 60; i++) {
    const [member, writer] = writes[i % writes.length]!;
    const at = new Date(Date.UTC(2026, 11, 10, 5, 0, Math.floor(i / 5)));
    await sql`insert into ledger_entries (person_id, kind, amount, business_date, raw_text, entered_by_person_id, created_at)
      values (${member}, 'sale', ${1000 + i}, '2026-12-10', 'ob', ${writer}, ${at}),
             (${member}, 'sale', 5, '2026-12-10', 'ob', ${member}, ${at}),
             (${member}, 'sale', 6, '2026-12-10', 'ob', null, ${at})`.execute(t.db);
  }
});
afterAll(async () => {
  await t?.drop();
});

describe('on-behalf entries on the audit page, by the group they were written in', () => {
  it('files each entry under the writer\'s group among hers; her own and plain entries under none', async () => {
    const { rows } = await sql<{ writer: string | null; group: string | null; n: string }>`
      select entered_by_person_id as writer, on_behalf_group_id as group, count(*) as n from ledger_entries
       where person_id = ${w.members.dewi} and raw_text = 'ob' group by 1, 2 order by 1, 2`.execute(t.db);
    expect(rows.map((r) => [r.writer === null ? null : Number(r.writer), r.group === null ? null : Number(r.group), Number(r.n)])).toEqual(
      [
        [w.members.dewi, null, 24],
        [w.gita.personId, w.mawar, 12],
        [w.hana.personId, w.kenanga, 12],
        [null, null, 24],
      ].sort((a, b) => (a[0] ?? Infinity) - (b[0] ?? Infinity)),
    );
  });

  it('a manager pages through exactly her programme\'s groups\' entries, newest first, three at a time', async () => {
    const a = await expectedIds(sql`g.programme_id = ${w.programmeA}`);
    const b = await expectedIds(sql`g.programme_id = ${w.programmeB}`);
    expect(a).toHaveLength(36);
    expect(b).toHaveLength(24);
    expect(await pagedIds(w.maya, 3)).toEqual(a);
    expect(await pagedIds(w.nina, 3)).toEqual(b);
    expect(await pagedIds(w.nina, 50)).toEqual(b);
  });

  it('a group moved to another programme takes its entries along (the kept programme follows the group)', async () => {
    await sql`update groups set programme_id = ${w.programmeB} where id = ${w.mawar}`.execute(t.db);
    try {
      expect(await pagedIds(w.nina, 5)).toEqual(await expectedIds(sql`g.programme_id = ${w.programmeB}`));
      expect(await pagedIds(w.maya, 5)).toEqual(await expectedIds(sql`g.programme_id = ${w.programmeA}`));
      expect(await pagedIds(w.maya, 5)).toHaveLength(24);
    } finally {
      await sql`update groups set programme_id = ${w.programmeA} where id = ${w.mawar}`.execute(t.db);
    }
    expect(await pagedIds(w.maya, 5)).toEqual(await expectedIds(sql`g.programme_id = ${w.programmeA}`));
  });

  it('a facilitator sees her groups\' entries; the admin all of them', async () => {
    expect(await pagedIds(w.hana.personId, 4)).toEqual(await expectedIds(sql`g.id = ${w.kenanga}`));
    expect(await pagedIds(w.gita.personId, 4)).toEqual(await expectedIds(sql`g.id = ${w.mawar}`));
    expect(await pagedIds(w.admin, 7)).toEqual(await expectedIds(sql`true`));
  });
});

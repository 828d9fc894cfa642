/**
 * Two people rows that turn out to be one woman (WhatsApp showed her by LID in one place and
 * by phone in another before the bot knew they were the same) become one: her books must
 * never be split. Everything of the newer row moves to the older one, in the caller's
 * transaction.
 *
 * This is the one place that writes other modules' person columns, on purpose: a merge must
 * move every row that names her, and a table added tomorrow must not be forgotten. So the
 * columns are read from Postgres' catalogue (every foreign key to people.id), not listed by
 * hand. A row that cannot move because the surviving person already has its twin (both
 * members of one group, both answered one lead, one quarter's report each) keeps the
 * survivor's (a membership first takes the stronger role of the two, groups.repository's
 * keepStrongerMemberships, and what points at a row that is hers alone, like her
 * facilitator row, is pointed at the survivor's); the other goes with the merged row (its
 * foreign key cascades or is cleared).
 *
 * Safe when two processes merge the same people at once: the rows are locked (FOR UPDATE,
 * lowest id first), and the one that waited finds the merged row gone and does nothing.
 * A message being handled for her at that moment holds a key-share lock on her row: the
 * merge waits for it, or it waits for the merge and then fails on the deleted row and is
 * retried, finding her under the surviving row.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import { keepStrongerMemberships } from '../groups/groups.repository.ts';
import { keepHerQuarterlyFigures } from '../quarterly/quarterly-answers.repository.ts';
import { UNNAMED } from './people.ts';

interface PersonColumn {
  table: string;
  column: string;
  /** The other columns of each unique key the column is part of (empty: the column alone is unique). */
  uniqueWith: string[][];
}

/**
 * Every column holding a person's id, with the unique keys it takes part in (a unique index
 * is read by its plain columns: a partial one is taken as if it held everywhere, which only
 * keeps a row from moving; none of the person tables has an expression index).
 */
async function personColumns(db: Db): Promise<PersonColumn[]> {
  const { rows } = await sql<{ table: string; column: string; unique_with: string[] | null }>`
    select c.conrelid::regclass::text as "table", a.attname as "column",
           (select array_agg(array_to_string(array(
                      select k.attname from pg_attribute k
                       where k.attrelid = i.indrelid and k.attnum = any(i.indkey) and k.attnum <> a.attnum
                       order by k.attnum), ','))
              from pg_index i
             where i.indrelid = c.conrelid and i.indisunique and a.attnum = any(i.indkey)) as unique_with
      from pg_constraint c
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
     where c.contype = 'f' and c.confrelid = 'people'::regclass and array_length(c.conkey, 1) = 1
     order by 1, 2`.execute(db);
  return rows.map((r) => ({
    table: r.table,
    column: r.column,
    uniqueWith: (r.unique_with ?? []).map((joined) => (joined === '' ? [] : joined.split(','))),
  }));
}

/** The columns that point at rows of `table` (single-column foreign keys), with the column they point at. */
async function referencesTo(db: Db, table: string): Promise<{ table: string; column: string; target: string }[]> {
  const { rows } = await sql<{ table: string; column: string; target: string }>`
    select c.conrelid::regclass::text as "table", a.attname as "column", t.attname as "target"
      from pg_constraint c
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
      join pg_attribute t on t.attrelid = c.confrelid and t.attnum = c.confkey[1]
     where c.contype = 'f' and c.confrelid = ${table}::regclass and array_length(c.conkey, 1) = 1
     order by 1, 2`.execute(db);
  return rows;
}

/**
 * A row that is hers alone (the person column unique by itself: her facilitator row) and
 * that both people have: what points at the merged row's one (her groups, her leads) is
 * pointed at the survivor's, before the merged row's goes with her.
 */
async function repointOwnRow(db: Db, c: PersonColumn, from: number, into: number): Promise<void> {
  if (!c.uniqueWith.some((others) => others.length === 0)) return;
  const table = sql.table(c.table);
  const column = sql.ref(c.column);
  for (const r of await referencesTo(db, c.table)) {
    const target = sql.ref(r.target);
    await sql`update ${sql.table(r.table)} set ${sql.ref(r.column)} = (select ${target} from ${table} where ${column} = ${into})
               where ${sql.ref(r.column)} = (select ${target} from ${table} where ${column} = ${from})
                 and exists (select 1 from ${table} where ${column} = ${into})`.execute(db);
  }
}

/** Moves the rows naming `from` to `into`, except where `into` already has the same unique key. */
async function moveColumn(db: Db, c: PersonColumn, from: number, into: number): Promise<void> {
  const table = sql.table(c.table);
  const column = sql.ref(c.column);
  const clashes = c.uniqueWith.map((others) => {
    const same = others.map((o) => sql`o.${sql.ref(o)} = t.${sql.ref(o)}`);
    return sql`not exists (select 1 from ${table} o where o.${column} = ${into}${sql.join(
      same.map((s) => sql` and ${s}`),
      sql``,
    )})`;
  });
  const guard = clashes.length ? sql` and ${sql.join(clashes, sql` and `)}` : sql``;
  await sql`update ${table} t set ${column} = ${into} where t.${column} = ${from}${guard}`.execute(db);
}

export interface Merged {
  /** The person who remains (the oldest row). */
  survivorId: number;
  /** The rows merged into her by this call (none when another process did it first). */
  mergedIds: number[];
}

/**
 * Makes these people one person, the oldest (lowest id), moving everything the others had
 * (entries, orders, credit, loans, roles, memberships, identities, messages…). Run it in a
 * transaction. Undefined when none of them exists.
 */
export async function mergePeople(db: Db, personIds: readonly number[]): Promise<Merged | undefined> {
  const wanted = [...new Set(personIds)].sort((a, b) => a - b);
  if (wanted.length === 0) return undefined;
  const alive = await db.selectFrom('people').select('id').where('id', 'in', wanted).orderBy('id').forUpdate().execute();
  const [survivor, ...others] = alive.map((r) => r.id);
  if (survivor === undefined) return undefined;
  if (others.length === 0) return { survivorId: survivor, mergedIds: [] };
  const columns = await personColumns(db);
  for (const from of others) {
    await keepWhatSheSaid(db, from, survivor);
    await keepStrongerMemberships(db, from, survivor);
    // One report a quarter: her own figures must survive, not the row that happened to be older.
    await keepHerQuarterlyFigures(db, from, survivor);
    for (const c of columns) {
      await repointOwnRow(db, c, from, survivor);
      await moveColumn(db, c, from, survivor);
    }
    await db.deleteFrom('people').where('id', '=', from).execute();
  }
  return { survivorId: survivor, mergedIds: others };
}

/**
 * Her own row's facts: the survivor keeps her name unless she had none, takes the phone if
 * she had none, stays opted out if either row had opted out (a BERHENTI is never lost), and
 * counts as informed from the earlier time; her console logins are the earliest first and
 * the latest last of the two.
 */
async function keepWhatSheSaid(db: Db, from: number, into: number): Promise<void> {
  const gone = await db
    .selectFrom('people')
    .select(['name', 'phone', 'informed_at', 'opted_out_at', 'consent_changed_at', 'console_first_login_at', 'console_last_login_at'])
    .where('id', '=', from)
    .executeTakeFirstOrThrow();
  // The phone is unique: it leaves the merged row before the survivor may take it.
  if (gone.phone !== null) await db.updateTable('people').set({ phone: null }).where('id', '=', from).execute();
  await db
    .updateTable('people')
    .set((eb) => ({
      phone: eb.fn.coalesce('phone', eb.val(gone.phone)),
      name: sql<string>`case when name = ${UNNAMED} then ${gone.name} else name end`,
      informed_at: sql<Date | null>`least(informed_at, ${gone.informed_at})`,
      opted_out_at: sql<Date | null>`coalesce(opted_out_at, ${gone.opted_out_at})`,
      consent_changed_at: sql<Date | null>`greatest(consent_changed_at, ${gone.consent_changed_at})`,
      // Whether she has used the console outlives the merge (verified-phone.service.ts).
      console_first_login_at: sql<Date | null>`least(console_first_login_at, ${gone.console_first_login_at})`,
      console_last_login_at: sql<Date | null>`greatest(console_last_login_at, ${gone.console_last_login_at})`,
    }))
    .where('id', '=', into)
    .execute();
}

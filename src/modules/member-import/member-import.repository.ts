/** SQL for member_imports: an uploaded list between its dry run and its confirmation (migration 033). */
import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import { visibleMemberIds, type ScopedGroups } from '../programmes/scope.ts';
import type { RawMemberRow } from './member-file.ts';
import type { RowProblem } from './member-import.ts';

/** A row she left out of the upload, with the reason it had when she did (no phone: the line finds it in her file). */
export interface DroppedRow {
  line: number;
  name: string;
  problem: RowProblem | null;
  sameAsLine?: number;
}

export interface StoredImport {
  id: number;
  personId: number;
  fileName: string;
  rows: RawMemberRow[];
  dropped: DroppedRow[];
  expiresAt: Date;
  done: { at: Date; added: number; matched: number } | null;
}

export async function insertImport(
  db: Db,
  i: { tokenHash: string; personId: number; fileName: string; rows: readonly RawMemberRow[]; at: Date; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('member_imports')
    .values({ token_hash: i.tokenHash, person_id: i.personId, file_name: i.fileName, rows: JSON.stringify(i.rows), created_at: i.at, expires_at: i.expiresAt })
    .execute();
}

/** The import with this token hash, if it has not expired (done ones too: the page shows what was written). */
export async function findImport(db: Db, tokenHash: string, now: Date): Promise<StoredImport | undefined> {
  const row = await db
    .selectFrom('member_imports')
    .select(['id', 'person_id', 'file_name', 'rows', 'dropped', 'expires_at', 'done_at', 'added', 'matched'])
    .where('token_hash', '=', tokenHash)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: Number(row.id),
    personId: Number(row.person_id),
    fileName: row.file_name,
    rows: row.rows as RawMemberRow[],
    dropped: row.dropped as DroppedRow[],
    expiresAt: row.expires_at,
    done: row.done_at ? { at: row.done_at, added: row.added ?? 0, matched: row.matched ?? 0 } : null,
  };
}

/** Replaces the rows of an import not yet done (rows she removed on the dry run page, kept in `dropped`); false when it is done. */
export async function replaceRows(db: Db, id: number, rows: readonly RawMemberRow[], dropped: readonly DroppedRow[]): Promise<boolean> {
  const result = await db
    .updateTable('member_imports')
    .set({ rows: JSON.stringify(rows), dropped: JSON.stringify(dropped) })
    .where('id', '=', id)
    .where('done_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Claims the import for writing: marks it done unless it is already, and answers its rows as
 * they are at the claim (undefined when it was done). Run first in the confirming
 * transaction: its row lock makes a second confirmation (a double click, another tab,
 * another console process) wait, and then find it done and write nothing; a confirmation
 * that rolls back leaves it not done. The rows come back from the same statement, so rows
 * left out from another tab (`replaceRows`, which waits on the same lock) before the claim
 * are left out of what is written, and none can be left out after it.
 */
export async function claimImport(db: Db, id: number, at: Date): Promise<RawMemberRow[] | undefined> {
  const row = await db.updateTable('member_imports').set({ done_at: at }).where('id', '=', id).where('done_at', 'is', null).returning('rows').executeTakeFirst();
  return row ? (row.rows as RawMemberRow[]) : undefined;
}

/**
 * Marks these rows (by line) as refused for their phone (`RawMemberRow.unavailable`), in one
 * statement over the stored rows (a row left out from another tab meanwhile stays out).
 */
export async function markUnavailable(db: Db, id: number, lines: readonly number[]): Promise<void> {
  if (lines.length === 0) return;
  await sql`update member_imports set rows = (
      select coalesce(jsonb_agg(case when (e.r->>'line')::int = any(${[...lines]}::int[]) then e.r || '{"unavailable": true}'::jsonb else e.r end order by e.n), '[]'::jsonb)
      from jsonb_array_elements(member_imports.rows) with ordinality as e(r, n))
    where id = ${id} and done_at is null`.execute(db);
}

export async function recordResult(db: Db, id: number, added: number, matched: number): Promise<void> {
  await db.updateTable('member_imports').set({ added, matched }).where('id', '=', id).execute();
}

/** Forgets imports past their time (called on each upload: the table stays small without a job). */
export async function deleteExpired(db: Db, now: Date): Promise<void> {
  await db.deleteFrom('member_imports').where('expires_at', '<=', now).execute();
}

/** Which of these people the scope may see (an accepted membership in one of its groups): the ones she may match. */
export async function visibleAmong(db: Db, scoped: ScopedGroups, personIds: readonly number[]): Promise<number[]> {
  if (personIds.length === 0) return [];
  const rows = await db
    .selectFrom('people')
    .select('people.id')
    .where('people.id', '=', sql<number>`any(${[...personIds]}::bigint[])`)
    .where('people.id', 'in', visibleMemberIds(scoped))
    .execute();
  return rows.map((r) => Number(r.id));
}


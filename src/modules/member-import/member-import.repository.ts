/** SQL for member_imports: an uploaded list between its dry run and its confirmation (migration 033). */
import type { Db } from '../../db/client.ts';
import type { RawMemberRow } from './member-file.ts';

export interface StoredImport {
  id: number;
  personId: number;
  fileName: string;
  rows: RawMemberRow[];
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
    .select(['id', 'person_id', 'file_name', 'rows', 'expires_at', 'done_at', 'added', 'matched'])
    .where('token_hash', '=', tokenHash)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: Number(row.id),
    personId: Number(row.person_id),
    fileName: row.file_name,
    rows: row.rows as RawMemberRow[],
    expiresAt: row.expires_at,
    done: row.done_at ? { at: row.done_at, added: row.added ?? 0, matched: row.matched ?? 0 } : null,
  };
}

/** Replaces the rows of an import not yet done (rows she removed on the dry run page); false when it is done. */
export async function replaceRows(db: Db, id: number, rows: readonly RawMemberRow[]): Promise<boolean> {
  const result = await db.updateTable('member_imports').set({ rows: JSON.stringify(rows) }).where('id', '=', id).where('done_at', 'is', null).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Claims the import for writing: marks it done unless it is already. Run first in the
 * confirming transaction: its row lock makes a second confirmation (a double click, another
 * tab, another console process) wait, and then find it done and write nothing; a
 * confirmation that rolls back leaves it not done.
 */
export async function claimImport(db: Db, id: number, at: Date): Promise<boolean> {
  const result = await db.updateTable('member_imports').set({ done_at: at }).where('id', '=', id).where('done_at', 'is', null).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function recordResult(db: Db, id: number, added: number, matched: number): Promise<void> {
  await db.updateTable('member_imports').set({ added, matched }).where('id', '=', id).execute();
}

/** Forgets imports past their time (called on each upload: the table stays small without a job). */
export async function deleteExpired(db: Db, now: Date): Promise<void> {
  await db.deleteFrom('member_imports').where('expires_at', '<=', now).execute();
}

/**
 * The id of this database instance: random, drawn once by its migration
 * (migrations/2026-12-05-014-database-instance.ts). Queue job ids built from row ids carry
 * it, so the jobs of a database that was reset or replaced never share an id with the
 * finished jobs Redis still keeps from the old one (src/jobs/queues.ts, `scopedJobId`).
 */
import type { Db } from './client.ts';

export async function databaseInstanceId(db: Db): Promise<string> {
  const row = await db.selectFrom('database_instance').select('id').executeTakeFirstOrThrow();
  return row.id;
}

import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';

/**
 * The database's instance id: a random id drawn once, when this database is created, and
 * never changed. Queue job ids built from row ids carry it (src/jobs/queues.ts): a database
 * that is reset or replaced starts its row ids again at 1 while Redis may still hold the
 * finished jobs of the old rows, and BullMQ would take a new job with an old id for a
 * duplicate and drop it. One row only (`singleton` is its key and can only be true).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('database_instance')
    .addColumn('singleton', 'boolean', (c) => c.primaryKey().defaultTo(true).check(sql`singleton`))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.insertInto('database_instance').values({ id: randomBytes(6).toString('hex') }).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('database_instance').ifExists().execute();
}

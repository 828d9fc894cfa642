/**
 * Savepoints of a transaction the caller holds: several units of work in one transaction
 * (a batch of inbound messages: src/jobs/inbound-batch.processor.ts), each of which can be
 * undone alone. Built once as raw SQL (no query tree to compile, no value to bind: the name
 * is the caller's fixed `m<position>`), so each costs only its round trip.
 */
import { CompiledQuery } from 'kysely';
import type { Db } from './client.ts';

const NAME = /^[a-z][a-z0-9_]{0,30}$/;

function named(name: string): string {
  if (!NAME.test(name)) throw new Error(`not a savepoint name: ${name}`);
  return name;
}

/** Marks the point `name` in `trx` (kept until the transaction ends: no RELEASE, one round trip less). */
export async function savepoint(trx: Db, name: string): Promise<void> {
  await trx.executeQuery(CompiledQuery.raw(`savepoint ${named(name)}`));
}

/** Undoes what `trx` did since `name`, and frees the locks taken since; the transaction goes on. */
export async function rollbackToSavepoint(trx: Db, name: string): Promise<void> {
  await trx.executeQuery(CompiledQuery.raw(`rollback to savepoint ${named(name)}`));
}

/** SQL for counting wrong join/link codes (table code_attempts; the rules are in code-attempts.ts). */
import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';

/** The latest time any of these scopes is locked until, when that is after `now`. */
export async function lockedUntil(db: Db, scopes: readonly string[], now: Date): Promise<Date | undefined> {
  if (scopes.length === 0) return undefined;
  const row = await db
    .selectFrom('code_attempts')
    .select((eb) => eb.fn.max('locked_until').as('until'))
    .where('scope', 'in', [...scopes])
    .where('locked_until', '>', now)
    .executeTakeFirst();
  return row?.until ? new Date(row.until) : undefined;
}

/**
 * Counts one wrong code for `scope` at `now` (starting again when the last one was before
 * `quietSince`) and locks the scope for `waitFor(count)` ms. The upsert takes the row's lock,
 * so two copies of the bot counting at once add up instead of overwriting each other.
 */
export async function recordFailure(db: Db, scope: string, now: Date, quietSince: Date, waitFor: (failures: number) => number): Promise<number> {
  const { failures } = await db
    .insertInto('code_attempts')
    .values({ scope, failures: 1, last_failed_at: now, locked_until: null })
    .onConflict((oc) =>
      oc.column('scope').doUpdateSet({
        failures: sql`case when code_attempts.last_failed_at < ${quietSince} then 1 else code_attempts.failures + 1 end`,
        last_failed_at: now,
      }),
    )
    .returning('failures')
    .executeTakeFirstOrThrow();
  const wait = waitFor(failures);
  if (wait > 0) {
    await db
      .updateTable('code_attempts')
      .set({ locked_until: new Date(now.getTime() + wait) })
      .where('scope', '=', scope)
      .execute();
  }
  return failures;
}

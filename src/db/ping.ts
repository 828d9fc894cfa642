/** Whether the database answers through the bot's own pool (the health check asks). */
import { sql } from 'kysely';
import type { Db } from './client.ts';

/** True when `select 1` comes back; false on any error (down, refused, out of connections). */
export async function databaseAnswers(db: Db): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}

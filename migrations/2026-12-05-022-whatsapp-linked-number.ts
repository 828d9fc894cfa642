import { sql, type Kysely } from 'kysely';

/**
 * The number the bot serves, remembered at its first link and kept apart from the
 * credentials (a logout wipes those and the bot links again by itself): a re-link by
 * another phone is refused, not served (src/channels/whatsapp/whatsapp.channel.ts).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table whatsapp_link add column linked_number text`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table whatsapp_link drop column linked_number`.execute(db);
}

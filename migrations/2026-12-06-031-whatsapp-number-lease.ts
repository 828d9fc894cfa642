import { sql, type Kysely } from 'kysely';

/**
 * The WhatsApp number's lease (src/modules/whatsapp/whatsapp-lock.repository.ts): one row
 * per account, naming the process that may hold the number's socket until `expires_at`
 * (Postgres's own clock). It replaces the session advisory lock, which a connection pooler
 * cannot keep and which Postgres frees only when it notices the holder's connection gone
 * (hours, for a machine that vanished). `generation` counts takeovers: each new holder gets
 * the next one, and its renewals name its token, so a holder that lost the lease cannot
 * extend it again.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table whatsapp_number_lease (
    account text primary key,
    holder text not null,
    token text not null,
    generation bigint not null,
    taken_at timestamptz not null,
    expires_at timestamptz not null
  )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table whatsapp_number_lease`.execute(db);
}

import { sql, type Kysely } from 'kysely';

/**
 * A WhatsApp private chat is named by the person's phone JID or by her LID, and one message
 * may be reported under either (her LID before her phone was known, her phone on a
 * redelivery). The inbox's key (platform, chat, message id, version) then let it in twice.
 * Among private WhatsApp chats a message is now once per (message id, version): WhatsApp
 * message ids are long random ids made by the sender's device.
 *
 * Rows the old key let in twice are kept (entries point at them) but renamed out of the
 * way: every copy after the first gets `#dup<id>` on its version, so it never matches a
 * message again.
 */
const PRIVATE = sql`platform = 'whatsapp' and (chat_id like '%@s.whatsapp.net' or chat_id like '%@lid')`;

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    update inbound_messages m
       set edit_key = m.edit_key || '#dup' || m.id
      from inbound_messages first
     where m.platform = 'whatsapp' and (m.chat_id like '%@s.whatsapp.net' or m.chat_id like '%@lid')
       and first.platform = 'whatsapp' and (first.chat_id like '%@s.whatsapp.net' or first.chat_id like '%@lid')
       and first.message_id = m.message_id and first.edit_key = m.edit_key and first.id < m.id`.execute(db);
  await sql`create unique index inbound_messages_whatsapp_private_once
    on inbound_messages (message_id, edit_key) where ${PRIVATE}`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists inbound_messages_whatsapp_private_once`.execute(db);
}

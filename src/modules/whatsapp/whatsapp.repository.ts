/**
 * What the WhatsApp channel keeps in Postgres besides its credentials:
 * - the phone ↔ LID directory: WhatsApp names one person by her phone JID
 *   (6281…@s.whatsapp.net) or by an opaque LID (1234…@lid), and the bot must see one
 *   person either way;
 * - the bot's recently sent messages, so WhatsApp's retry requests can be answered;
 * - who may be written to privately in bulk (only people who wrote to the bot first); how
 *   many bulk private messages went out lately is the outbox's (`bulkPrivateSendsSince`).
 * JIDs arrive here already normalised by the channel (no device part).
 */
import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import { renameIdentity } from '../people/people.repository.ts';
import { lastWrotePrivatelyIn } from '../inbox/inbox.repository.ts';

export interface LidPair {
  /** '1234567890@lid' */
  lid: string;
  /** '6281234567890@s.whatsapp.net' */
  phoneJid: string;
}

const isLid = (jid: string) => /^[0-9]+@lid$/.test(jid);
const isPhoneJid = (jid: string) => /^[0-9]+@s\.whatsapp\.net$/.test(jid);

/**
 * Remembers LID ↔ phone pairs (a later pair for the same phone or LID replaces the old
 * one). A member first seen only by her LID keeps her identity: it is renamed to her phone
 * JID, which is what the channel reports from now on, unless that one is already taken.
 */
export async function recordLidMappings(db: Db, pairs: readonly LidPair[]): Promise<void> {
  const valid = pairs.filter((p) => isLid(p.lid) && isPhoneJid(p.phoneJid));
  if (valid.length === 0) return;
  await db.transaction().execute(async (trx) => {
    for (const { lid, phoneJid } of valid) {
      await trx.deleteFrom('whatsapp_lid_map').where('phone_jid', '=', phoneJid).where('lid', '<>', lid).execute();
      await trx
        .insertInto('whatsapp_lid_map')
        .values({ lid, phone_jid: phoneJid })
        .onConflict((oc) =>
          oc
            .column('lid')
            .doUpdateSet({ phone_jid: phoneJid, updated_at: sql`now()` })
            .where('whatsapp_lid_map.phone_jid', '<>', phoneJid),
        )
        .execute();
      await renameIdentity(trx, 'whatsapp', lid, phoneJid);
    }
  });
}

/** The phone JIDs known for these LIDs. */
export async function phonesForLids(db: Db, lids: readonly string[]): Promise<Map<string, string>> {
  if (lids.length === 0) return new Map();
  const rows = await db.selectFrom('whatsapp_lid_map').select(['lid', 'phone_jid']).where('lid', 'in', [...new Set(lids)]).execute();
  return new Map(rows.map((r) => [r.lid, r.phone_jid]));
}

/**
 * When this person last wrote to the bot in a private chat on WhatsApp, under this JID or
 * its LID/phone twin: the channel's gate lets the bot's own private messages go only to
 * someone who wrote within the last three weeks (src/channels/whatsapp/whatsapp.reach.ts).
 */
export async function lastWrotePrivately(db: Db, jid: string): Promise<Date | undefined> {
  return lastWrotePrivatelyIn(db, 'whatsapp', await withTwins(db, jid));
}

/** The JID and its LID/phone twin, as far as the table knows (one person's private chat under both names). */
export async function withTwins(db: Db, jid: string): Promise<string[]> {
  const twins = await db
    .selectFrom('whatsapp_lid_map')
    .select(['lid', 'phone_jid'])
    .where((eb) => eb.or([eb('lid', '=', jid), eb('phone_jid', '=', jid)]))
    .execute();
  return [...new Set([jid, ...twins.flatMap((t) => [t.lid, t.phone_jid])])];
}

/** How long the bot's sent messages are kept for WhatsApp's retry requests. */
export const SENT_MESSAGE_KEEP_MS = 24 * 3600 * 1000;

/** Keeps one sent message (its encoded proto) and forgets the ones older than a day. */
export async function rememberSentMessage(
  db: Db,
  sent: { id: string; chatId: string; message: Uint8Array },
  now: Date,
  keepMs = SENT_MESSAGE_KEEP_MS,
): Promise<void> {
  await db
    .insertInto('whatsapp_sent_messages')
    .values({ message_id: sent.id, chat_id: sent.chatId, message: Buffer.from(sent.message), created_at: now })
    .onConflict((oc) => oc.column('message_id').doNothing())
    .execute();
  await db.deleteFrom('whatsapp_sent_messages').where('created_at', '<', new Date(now.getTime() - keepMs)).execute();
}

export async function findSentMessage(db: Db, id: string): Promise<Buffer | undefined> {
  const row = await db.selectFrom('whatsapp_sent_messages').select('message').where('message_id', '=', id).executeTakeFirst();
  return row?.message;
}

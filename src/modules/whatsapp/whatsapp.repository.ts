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
import { mergePeople } from '../people/people-merge.repository.ts';
import { findPersonByIdentity, findPersonByPhone, identityOwner, isUsedConsoleAccount, renameIdentity } from '../people/people.repository.ts';
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
 * one), and makes sure each pair is one person: a member first seen only by her LID keeps
 * her identity, renamed to her phone JID (what the channel reports from now on); when her
 * LID and her phone (as an identity, or as the phone a facilitator added her with) already
 * belong to two people rows, the two are merged into one (people-merge.repository.ts), so
 * her books are never split. One transaction; retried when it deadlocks with a message
 * being handled for her at that moment.
 */
export async function recordLidMappings(db: Db, pairs: readonly LidPair[]): Promise<void> {
  const valid = pairs.filter((p) => isLid(p.lid) && isPhoneJid(p.phoneJid));
  if (valid.length === 0) return;
  for (let attempt = 1; ; attempt += 1) {
    try {
      await db.transaction().execute(async (trx) => {
        for (const pair of valid) await recordPair(trx, pair);
      });
      return;
    } catch (error) {
      if (attempt >= 3 || !isRetryable(error)) throw error;
    }
  }
}

async function recordPair(trx: Db, { lid, phoneJid }: LidPair): Promise<void> {
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
  const people = await peopleBehind(trx, lid, phoneJid);
  if (people.length > 1) await mergePeople(trx, people);
  await renameIdentity(trx, 'whatsapp', lid, phoneJid);
}

/** The people rows this LID and phone JID name: by identity, and by the phone she was added with. */
async function peopleBehind(trx: Db, lid: string, phoneJid: string): Promise<number[]> {
  const ids: number[] = [];
  for (const externalId of [lid, phoneJid]) {
    const found = await findPersonByIdentity(trx, { platform: 'whatsapp', externalId });
    if (found) ids.push(found.id);
  }
  // Not a staff row used on the console that no WhatsApp identity names: the number may be
  // recycled (as findOrRegisterPerson and verified-phone.service.ts refuse it).
  const byPhone = await findPersonByPhone(trx, `+${phoneJid.slice(0, phoneJid.indexOf('@'))}`);
  if (byPhone && (ids.includes(byPhone.id) || !(await isUsedConsoleAccount(trx, byPhone.id)))) ids.push(byPhone.id);
  return [...new Set(ids)];
}

/**
 * A deadlock or serialization failure; or a unique violation: two processes learning the same
 * pair at once both insert it, and ON CONFLICT (lid) only arbitrates the lid's index — the
 * phone's unique index can still refuse the second insert while the first is committing. Run
 * again, the transaction finds the pair already recorded.
 */
function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return code === '40P01' || code === '40001' || code === '23505';
}

/**
 * One woman left as two people rows by a bot from before merging existed (her LID and her
 * phone are paired in the table but belong to two people): merged now, pair by pair, each
 * in its own transaction. Run when the WhatsApp channel starts; returns how many it joined.
 */
export async function mergeSplitPeople(db: Db): Promise<number> {
  const split = await db
    .selectFrom('whatsapp_lid_map')
    .select(['lid', 'phone_jid as phoneJid'])
    .where((eb) => eb(identityOwner('whatsapp', eb.ref('lid')), '<>', identityOwner('whatsapp', eb.ref('phone_jid'))))
    .execute();
  for (const pair of split) await recordLidMappings(db, [pair]);
  return split.length;
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

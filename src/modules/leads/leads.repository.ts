/** SQL for leads, their deliveries (one per chat) and the answers. */
import { expressionBuilder, sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import type { Database, LeadTarget } from '../../db/schema.ts';
import * as groups from '../groups/groups.repository.ts';
import type { OutboxItem } from '../outbox/outbox.repository.ts';
import { keysOfSent, queuedAmong, statusOfOutbound } from '../outbox/outbox.repository.ts';
import { personName, privateChatsAmong } from '../people/people.repository.ts';

export interface Lead {
  id: number;
  code: string;
  facilitatorId: number;
  text: string;
  trades: string[];
  target: LeadTarget;
  deadline: string | null;
  quantityWanted: number | null;
  downPaymentPercent: number | null;
  status: 'open' | 'closed';
  timeZone: string;
  createdAt: Date;
}

const leadColumns = [
  'leads.id',
  'leads.code',
  'leads.facilitator_id as facilitatorId',
  'leads.text',
  'leads.trades',
  'leads.target',
  'leads.deadline',
  'leads.quantity_wanted as quantityWanted',
  'leads.down_payment_percent as downPaymentPercent',
  'leads.status',
  'leads.time_zone as timeZone',
  'leads.created_at as createdAt',
] as const;

export async function insertLead(
  db: Db,
  lead: Omit<Lead, 'id' | 'code' | 'status' | 'createdAt'>,
  at: Date,
  sourceMessageId: number | null = null,
): Promise<Lead> {
  // The code is derived from the id ("P12"), so take the id first.
  const { id } = await sql<{ id: number }>`select nextval(pg_get_serial_sequence('leads', 'id'))::bigint as id`
    .execute(db)
    .then((r) => r.rows[0]!);
  await db
    .insertInto('leads')
    .values({
      id,
      code: `P${id}`,
      facilitator_id: lead.facilitatorId,
      text: lead.text,
      trades: lead.trades,
      target: JSON.stringify(lead.target),
      deadline: lead.deadline,
      quantity_wanted: lead.quantityWanted,
      down_payment_percent: lead.downPaymentPercent,
      time_zone: lead.timeZone,
      created_at: at,
      source_message_id: sourceMessageId,
    })
    .execute();
  return (await findLeadById(db, id))!;
}

export async function findLeadById(db: Db, id: number): Promise<Lead | undefined> {
  return db.selectFrom('leads').select(leadColumns).where('leads.id', '=', id).executeTakeFirst();
}

/** The lead, locked for this transaction with its publication state; undefined when gone or locked by another worker. */
export async function lockLead(db: Db, id: number): Promise<{ lead: Lead; sourceMessageId: number | null; publishedAt: Date | null } | undefined> {
  const row = await db
    .selectFrom('leads')
    .select([...leadColumns, 'leads.source_message_id as sourceMessageId', 'leads.published_at as publishedAt'])
    .where('leads.id', '=', id)
    // Not `for update`: answers being written (a foreign key to the lead) must not make it look busy.
    .forNoKeyUpdate()
    .skipLocked()
    .executeTakeFirst();
  if (!row) return undefined;
  const { sourceMessageId, publishedAt, ...lead } = row;
  return { lead, sourceMessageId, publishedAt };
}

export async function markPublished(db: Db, id: number, at: Date): Promise<void> {
  await db.updateTable('leads').set({ published_at: at }).where('id', '=', id).execute();
}

/** Ids of leads whose deliveries are not written yet, oldest first (of one message, or written before a time). */
export async function unpublishedLeads(db: Db, options: { sourceMessageId?: number; before?: Date; limit?: number } = {}): Promise<number[]> {
  let query = db.selectFrom('leads').select('id').where('published_at', 'is', null);
  if (options.sourceMessageId !== undefined) query = query.where('source_message_id', '=', options.sourceMessageId);
  if (options.before) query = query.where('created_at', '<', options.before);
  const rows = await query.orderBy('created_at').limit(options.limit ?? 100).execute();
  return rows.map((r) => r.id);
}

/** The lead's deliveries whose outbox rows are still queued. */
export async function unsentDeliveries(db: Db, leadId: number): Promise<OutboxItem[]> {
  const keys = expressionBuilder<Database, never>()
    .selectFrom('lead_deliveries')
    .select('lead_deliveries.outbox_key')
    .where('lead_deliveries.lead_id', '=', leadId);
  return queuedAmong(db, keys);
}

/**
 * The lead a console preview's token already made, with who sent it, taken under a
 * transaction-wide advisory lock on the token: a second press of "send" (another request,
 * another bot copy) waits for the first to commit and then finds its lead.
 */
export async function leadOfConsoleRequest(db: Db, request: string): Promise<(Lead & { sentByPersonId: number | null }) | undefined> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`console-lead:${request}`}, 0))`.execute(db);
  return db.selectFrom('leads').select([...leadColumns, 'leads.sent_by_person_id as sentByPersonId']).where('leads.console_request', '=', request).executeTakeFirst();
}

/** Ties a lead made in the console to its preview's token and to who pressed "send" (migrations 034, 042). */
export async function setConsoleRequest(db: Db, leadId: number, request: string, sentByPersonId: number): Promise<void> {
  await db.updateTable('leads').set({ console_request: request, sent_by_person_id: sentByPersonId }).where('id', '=', leadId).execute();
}

export async function findLeadByCode(db: Db, code: string): Promise<Lead | undefined> {
  return db.selectFrom('leads').select(leadColumns).where('leads.code', '=', code.toUpperCase()).executeTakeFirst();
}

export interface Recipient {
  platform: string;
  chatId: string;
  kind: 'group_chat' | 'private';
  groupId: number | null;
  personId: number | null;
}

/**
 * Who a lead goes to: every linked chat of the matching groups, and each active, opted-in
 * member once, in a private chat on one platform (Telegram first; WhatsApp only if she has
 * written to the bot there, since the bot may not start a WhatsApp conversation).
 */
export async function recipientsOf(db: Db, groupIds: readonly number[], exceptPersonId: number | null): Promise<Recipient[]> {
  if (groupIds.length === 0) return [];
  const chats = await groups.chatsOfGroups(db, groupIds);
  const members = await groups.activeMembershipsIn(db, groupIds);
  const privateChats = await privateChatsAmong(db, groups.activeMemberIdsOfGroups(groupIds));
  const recipients: Recipient[] = chats.map((c) => ({ platform: c.platform, chatId: c.chatId, kind: 'group_chat' as const, groupId: c.groupId, personId: null }));
  const seen = new Set<number>();
  for (const m of members) {
    const chat = privateChats.get(m.personId);
    if (!chat || m.personId === exceptPersonId || seen.has(m.personId)) continue;
    seen.add(m.personId);
    recipients.push({ platform: chat.platform, chatId: chat.chatId, kind: 'private', groupId: m.groupId, personId: m.personId });
  }
  return recipients;
}

/** Records deliveries; a (lead, chat) pair that exists already is skipped. Returns the new ones. */
export async function insertDeliveries(db: Db, leadId: number, rows: readonly (Recipient & { outboxKey: string })[]): Promise<string[]> {
  const created: string[] = [];
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000);
    const inserted = await db
      .insertInto('lead_deliveries')
      .values(chunk.map((r) => ({ lead_id: leadId, platform: r.platform, chat_id: r.chatId, kind: r.kind, group_id: r.groupId, person_id: r.personId, outbox_key: r.outboxKey })))
      .onConflict((oc) => oc.doNothing())
      .returning('outbox_key')
      .execute();
    created.push(...inserted.map((r) => r.outbox_key));
  }
  return created;
}

export interface DeliveryStats {
  groupChats: number;
  people: number;
  queued: number;
  sent: number;
  failed: number;
}

export async function deliveryStats(db: Db, leadId: number): Promise<DeliveryStats> {
  const rows = await db
    .selectFrom((eb) =>
      eb
        .selectFrom('lead_deliveries')
        .select((eb) => ['lead_deliveries.kind', statusOfOutbound(eb.ref('lead_deliveries.outbox_key')).as('status')])
        .where('lead_deliveries.lead_id', '=', leadId)
        .as('d'),
    )
    .select(['d.kind', 'd.status', sql<number>`count(*)::int`.as('n')])
    .groupBy(['d.kind', 'd.status'])
    .execute();
  const stats: DeliveryStats = { groupChats: 0, people: 0, queued: 0, sent: 0, failed: 0 };
  for (const r of rows) {
    if (r.kind === 'group_chat') stats.groupChats += r.n;
    else stats.people += r.n;
    // A held delivery (she has not written privately lately) is still to go.
    stats[r.status === 'sent' || r.status === 'failed' ? r.status : 'queued'] += r.n;
  }
  return stats;
}

/** The lead a message quotes: the delivery whose sent message is the one replied to. */
export async function leadOfQuotedMessage(db: Db, platform: string, chatId: string, platformMessageId: string): Promise<Lead | undefined> {
  return db
    .selectFrom('lead_deliveries')
    .innerJoin('leads', 'leads.id', 'lead_deliveries.lead_id')
    .select(leadColumns)
    .where('lead_deliveries.platform', '=', platform)
    .where('lead_deliveries.chat_id', '=', chatId)
    .where('lead_deliveries.outbox_key', 'in', keysOfSent(platformMessageId))
    .executeTakeFirst();
}

/** Open leads that reached this person (privately or in one of her groups' chats), newest first. */
export async function openLeadsReaching(db: Db, personId: number): Promise<Lead[]> {
  return db
    .selectFrom('leads')
    .select(leadColumns)
    .where('leads.status', '=', 'open')
    .where(({ exists, selectFrom, or }) =>
      or([
        exists(selectFrom('lead_deliveries').select('lead_deliveries.id').whereRef('lead_deliveries.lead_id', '=', 'leads.id').where('lead_deliveries.person_id', '=', personId)),
        exists(
          selectFrom('lead_deliveries')
            .select('lead_deliveries.id')
            .whereRef('lead_deliveries.lead_id', '=', 'leads.id')
            .where('lead_deliveries.group_id', 'in', groups.activeGroupIdsOfPerson(personId)),
        ),
      ]),
    )
    .orderBy('leads.id', 'desc')
    .execute();
}

export async function upsertResponse(db: Db, r: { leadId: number; personId: number; quantity: number | null; sourceMessageId: number | null; at: Date }): Promise<void> {
  await db
    .insertInto('lead_responses')
    .values({ lead_id: r.leadId, person_id: r.personId, quantity: r.quantity, source_message_id: r.sourceMessageId, responded_at: r.at })
    .onConflict((oc) => oc.columns(['lead_id', 'person_id']).doUpdateSet({ quantity: r.quantity, source_message_id: r.sourceMessageId, responded_at: r.at }))
    .execute();
}

/** Her "no" to a lead: the decline row is written, and any earlier answer of hers removed. */
export async function upsertDecline(db: Db, r: { leadId: number; personId: number; sourceMessageId: number | null; at: Date }): Promise<void> {
  await db.deleteFrom('lead_responses').where('lead_id', '=', r.leadId).where('person_id', '=', r.personId).execute();
  await db
    .insertInto('lead_declines')
    .values({ lead_id: r.leadId, person_id: r.personId, source_message_id: r.sourceMessageId, declined_at: r.at })
    .onConflict((oc) => oc.columns(['lead_id', 'person_id']).doUpdateSet({ source_message_id: r.sourceMessageId, declined_at: r.at }))
    .execute();
}

/** A "yes" after a "no": the decline is forgotten. */
export async function removeDecline(db: Db, leadId: number, personId: number): Promise<void> {
  await db.deleteFrom('lead_declines').where('lead_id', '=', leadId).where('person_id', '=', personId).execute();
}

export interface Decline {
  personId: number;
  name: string;
}

export async function declinesOf(db: Db, leadId: number): Promise<Decline[]> {
  return db
    .selectFrom('lead_declines')
    .select((eb) => ['lead_declines.person_id as personId', personName(eb.ref('lead_declines.person_id')).as('name')])
    .where('lead_declines.lead_id', '=', leadId)
    .orderBy('lead_declines.declined_at')
    .orderBy('lead_declines.id')
    .execute();
}

/** Whether she already answered (yes) this lead and was picked: a "no" then is for a human to sort out. */
export async function awardedTo(db: Db, leadId: number, personId: number): Promise<boolean> {
  const row = await db
    .selectFrom('lead_responses')
    .select('awarded_quantity')
    .where('lead_id', '=', leadId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return row !== undefined && row.awarded_quantity !== null;
}

export interface Response {
  personId: number;
  name: string;
  quantity: number | null;
  awardedQuantity: number | null;
}

export async function responsesOf(db: Db, leadId: number): Promise<Response[]> {
  return db
    .selectFrom('lead_responses')
    .select((eb) => [
      'lead_responses.person_id as personId',
      personName(eb.ref('lead_responses.person_id')).as('name'),
      'lead_responses.quantity',
      'lead_responses.awarded_quantity as awardedQuantity',
    ])
    .where('lead_responses.lead_id', '=', leadId)
    .orderBy('lead_responses.responded_at')
    .orderBy('lead_responses.id')
    .execute();
}

/**
 * Her answer to the lead, its row locked until the transaction ends, so that two awards of
 * it (a double click, two bot copies) take turns and the second sees what the first wrote;
 * undefined when she did not answer.
 */
export async function lockResponse(db: Db, leadId: number, personId: number): Promise<{ awardedQuantity: number | null } | undefined> {
  return db
    .selectFrom('lead_responses')
    .select('awarded_quantity as awardedQuantity')
    .where('lead_id', '=', leadId)
    .where('person_id', '=', personId)
    .forUpdate()
    .executeTakeFirst();
}

export async function award(db: Db, leadId: number, personId: number, quantity: number, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('lead_responses')
    .set({ awarded_quantity: quantity, awarded_at: at })
    .where('lead_id', '=', leadId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function closeLead(db: Db, leadId: number, reason: 'manual' | 'deadline', at: Date): Promise<boolean> {
  const result = await db
    .updateTable('leads')
    .set({ status: 'closed', close_reason: reason, closed_at: at })
    .where('id', '=', leadId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function leadsOfFacilitator(db: Db, facilitatorId: number, limit = 10): Promise<Lead[]> {
  return db
    .selectFrom('leads')
    .select(leadColumns)
    .where('leads.facilitator_id', '=', facilitatorId)
    .orderBy(sql`case when leads.status = 'open' then 0 else 1 end`)
    .orderBy('leads.id', 'desc')
    .limit(limit)
    .execute();
}

/** Open leads whose deadline day has ended in their own time zone, as of `now`. */
export async function expiredOpenLeads(db: Db, now: Date): Promise<Lead[]> {
  return db
    .selectFrom('leads')
    .select(leadColumns)
    .where('leads.status', '=', 'open')
    .where('leads.deadline', 'is not', null)
    .where(sql<boolean>`leads.deadline < (${now}::timestamptz at time zone leads.time_zone)::date`)
    .orderBy('leads.id')
    .execute();
}

/** The person behind the facilitator who published the lead. */
export async function ownerPersonId(db: Db, lead: Pick<Lead, 'facilitatorId'>): Promise<number | undefined> {
  return (await groups.findFacilitator(db, lead.facilitatorId))?.personId;
}

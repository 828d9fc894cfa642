/** SQL for leads, their deliveries (one per chat) and the answers. */
import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import type { LeadTarget } from '../../db/schema.ts';
import { mayWritePrivately } from '../people/people.repository.ts';

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

export async function insertLead(db: Db, lead: Omit<Lead, 'id' | 'code' | 'status' | 'createdAt'>, at: Date): Promise<Lead> {
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
    })
    .execute();
  return (await findLeadById(db, id))!;
}

export async function findLeadById(db: Db, id: number): Promise<Lead | undefined> {
  return db.selectFrom('leads').select(leadColumns).where('leads.id', '=', id).executeTakeFirst();
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

/** Groups matching the lead's trades and targeting. */
export async function matchingGroupIds(db: Db, trades: readonly string[], target: LeadTarget): Promise<number[]> {
  let query = db.selectFrom('groups').select('groups.id').distinct();
  if (trades.length) {
    query = query.where(({ exists, selectFrom }) =>
      exists(selectFrom('group_trades').select('group_trades.group_id').whereRef('group_trades.group_id', '=', 'groups.id').where('group_trades.trade_code', 'in', [...trades])),
    );
  }
  if (target.villages?.length) query = query.where(sql<boolean>`lower(groups.village) in (${sql.join(target.villages.map((v) => v.toLowerCase()))})`);
  if (target.districts?.length) query = query.where(sql<boolean>`lower(groups.district) in (${sql.join(target.districts.map((v) => v.toLowerCase()))})`);
  if (target.groupIds?.length) query = query.where('groups.id', 'in', target.groupIds);
  const rows = await query.orderBy('groups.id').execute();
  return rows.map((r) => r.id);
}

/**
 * Who a lead goes to: every linked chat of the matching groups, and each active, opted-in
 * member once, in a private chat on one platform (Telegram first; WhatsApp only if she has
 * written to the bot there, since the bot may not start a WhatsApp conversation).
 */
export async function recipientsOf(db: Db, groupIds: readonly number[], exceptPersonId: number | null): Promise<Recipient[]> {
  if (groupIds.length === 0) return [];
  const chats = await db
    .selectFrom('group_chats')
    .select(['platform', 'chat_id as chatId', 'group_id as groupId'])
    .where('group_id', 'in', [...groupIds])
    .orderBy('id')
    .execute();
  const people = await db
    .selectFrom('memberships')
    .innerJoin('people', 'people.id', 'memberships.person_id')
    .innerJoin('identities', 'identities.person_id', 'people.id')
    .select(['people.id as personId', 'memberships.group_id as groupId', 'identities.platform', 'identities.external_id as externalId'])
    .where('memberships.group_id', 'in', [...groupIds])
    .where('memberships.status', '=', 'active')
    .where('people.opted_out_at', 'is', null)
    .where('identities.platform', 'in', ['telegram', 'whatsapp'])
    .where((eb) => mayWritePrivately(eb, eb.ref('people.id'), eb.ref('identities.platform')))
    .orderBy('people.id')
    .orderBy(sql`case when identities.platform = 'telegram' then 0 else 1 end`)
    .execute();
  const seen = new Set<number>();
  const recipients: Recipient[] = chats.map((c) => ({ platform: c.platform, chatId: c.chatId, kind: 'group_chat' as const, groupId: c.groupId, personId: null }));
  for (const p of people) {
    if (p.personId === exceptPersonId || seen.has(p.personId)) continue;
    seen.add(p.personId);
    recipients.push({ platform: p.platform, chatId: p.externalId, kind: 'private', groupId: p.groupId, personId: p.personId });
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
    .selectFrom('lead_deliveries')
    .leftJoin('outbound_messages', 'outbound_messages.idempotency_key', 'lead_deliveries.outbox_key')
    .select(['lead_deliveries.kind', 'outbound_messages.status', sql<number>`count(*)::int`.as('n')])
    .where('lead_deliveries.lead_id', '=', leadId)
    .groupBy(['lead_deliveries.kind', 'outbound_messages.status'])
    .execute();
  const stats: DeliveryStats = { groupChats: 0, people: 0, queued: 0, sent: 0, failed: 0 };
  for (const r of rows) {
    if (r.kind === 'group_chat') stats.groupChats += r.n;
    else stats.people += r.n;
    stats[(r.status ?? 'queued') as 'queued' | 'sent' | 'failed'] += r.n;
  }
  return stats;
}

/** The lead a message quotes: the delivery whose sent message is the one replied to. */
export async function leadOfQuotedMessage(db: Db, platform: string, chatId: string, platformMessageId: string): Promise<Lead | undefined> {
  return db
    .selectFrom('lead_deliveries')
    .innerJoin('outbound_messages', 'outbound_messages.idempotency_key', 'lead_deliveries.outbox_key')
    .innerJoin('leads', 'leads.id', 'lead_deliveries.lead_id')
    .select(leadColumns)
    .where('lead_deliveries.platform', '=', platform)
    .where('lead_deliveries.chat_id', '=', chatId)
    .where('outbound_messages.platform_message_id', '=', platformMessageId)
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
            .innerJoin('memberships', 'memberships.group_id', 'lead_deliveries.group_id')
            .select('lead_deliveries.id')
            .whereRef('lead_deliveries.lead_id', '=', 'leads.id')
            .where('memberships.person_id', '=', personId)
            .where('memberships.status', '=', 'active'),
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

export interface Response {
  personId: number;
  name: string;
  quantity: number | null;
  awardedQuantity: number | null;
}

export async function responsesOf(db: Db, leadId: number): Promise<Response[]> {
  return db
    .selectFrom('lead_responses')
    .innerJoin('people', 'people.id', 'lead_responses.person_id')
    .select(['people.id as personId', 'people.name', 'lead_responses.quantity', 'lead_responses.awarded_quantity as awardedQuantity'])
    .where('lead_responses.lead_id', '=', leadId)
    .orderBy('lead_responses.responded_at')
    .orderBy('lead_responses.id')
    .execute();
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
  const row = await db.selectFrom('facilitators').select('person_id').where('id', '=', lead.facilitatorId).executeTakeFirst();
  return row?.person_id;
}

/**
 * One lead as the console's lead page shows it: the lead if the viewer sees it, each of its
 * deliveries she sees with what became of its message, and the answers she sees — by the
 * same rules as the leads list (lead-scope.repository.ts), so the page never shows more.
 */
import { sql, type Expression } from 'kysely';
import type { Db } from '../../db/client.ts';
import type { OutboxStatus } from '../../db/schema.ts';
import { facilitatorPersonId } from '../groups/group-scope.repository.ts';
import { groupName } from '../groups/groups.repository.ts';
import { failureOfOutbound, statusOfOutbound } from '../outbox/outbox.repository.ts';
import { personName } from '../people/people.repository.ts';
import type { ScopedGroups } from '../programmes/scope.ts';
import { answerInView, deliveryInView, leadInView, leadWithinScope } from './lead-scope.repository.ts';

export interface LeadHead {
  id: number;
  code: string;
  facilitatorId: number;
  /** Its facilitator (answers reach her in chat) and her name. */
  facilitatorPersonId: number;
  facilitatorName: string;
  /** Who pressed "send" in the console (null: made in chat by its facilitator), and her name. */
  sentByPersonId: number | null;
  sentByName: string | null;
  /** Every group it is aimed at or reached is in the viewer's scope (lead-scope.repository.ts): what her sending it still grants. */
  withinScope: boolean;
  text: string;
  trades: string[];
  deadline: string | null;
  quantityWanted: number | null;
  downPaymentPercent: number | null;
  status: 'open' | 'closed';
  closeReason: string | null;
  timeZone: string;
  /** The day it was made, in its own time zone. */
  madeOn: string;
  /** Null until the publishing job has written its deliveries. */
  publishedAt: Date | null;
  createdAt: Date;
}

/**
 * The lead if the viewer sees it, or made it (`madeBy`: her facilitator id, or her person as
 * the one who sent it from the console — a staff member sees her own lead before its
 * deliveries are written, and one that reached no chat). Having sent it counts only while
 * it lies wholly within her scope (`leadWithinScope`): once one of its groups has left her
 * programme, she sees it as anyone of her scope does. Its facilitator keeps her chat's rights.
 */
export async function leadInViewById(db: Db, scoped: ScopedGroups, leadId: number, madeBy?: { facilitatorId: number | undefined; personId: number }): Promise<LeadHead | undefined> {
  const row = await db
    .selectFrom('leads')
    .select((eb) => [
      'leads.id',
      'leads.code',
      'leads.facilitator_id as facilitatorId',
      facilitatorPersonId(eb.ref('leads.facilitator_id')).as('facilitatorPersonId'),
      personName(facilitatorPersonId(eb.ref('leads.facilitator_id'))).as('facilitatorName'),
      'leads.sent_by_person_id as sentByPersonId',
      // Typed not-null; null when nobody sent it from the console (the subquery finds no one).
      personName(eb.ref('leads.sent_by_person_id') as Expression<number>).as('sentByName'),
      'leads.text',
      'leads.trades',
      'leads.deadline',
      'leads.quantity_wanted as quantityWanted',
      'leads.down_payment_percent as downPaymentPercent',
      'leads.status',
      'leads.close_reason as closeReason',
      'leads.time_zone as timeZone',
      sql<string>`to_char(leads.created_at at time zone leads.time_zone, 'YYYY-MM-DD')`.as('madeOn'),
      'leads.published_at as publishedAt',
      'leads.created_at as createdAt',
      leadWithinScope(scoped).as('withinScope'),
    ])
    .where('leads.id', '=', leadId)
    .where(
      madeBy === undefined
        ? leadInView(scoped)
        : sql<boolean>`(${leadInView(scoped)} or leads.facilitator_id = ${madeBy.facilitatorId ?? null} or (leads.sent_by_person_id = ${madeBy.personId} and ${leadWithinScope(scoped)}))`,
    )
    .executeTakeFirst();
  return row && { ...row, facilitatorPersonId: Number(row.facilitatorPersonId), sentByPersonId: row.sentByPersonId === null ? null : Number(row.sentByPersonId), sentByName: row.sentByPersonId === null ? null : row.sentByName };
}

export interface DeliveryRow {
  kind: 'group_chat' | 'private';
  platform: string;
  groupId: number | null;
  groupName: string | null;
  personId: number | null;
  personName: string | null;
  status: OutboxStatus | null;
  failure: string | null;
}

/** Group chats first, then people by name. */
export async function deliveriesInView(db: Db, scoped: ScopedGroups, leadId: number): Promise<DeliveryRow[]> {
  const rows = await db
    .selectFrom('lead_deliveries')
    .innerJoin('leads', 'leads.id', 'lead_deliveries.lead_id')
    .select((eb) => [
      'lead_deliveries.kind',
      'lead_deliveries.platform',
      'lead_deliveries.group_id as groupId',
      'lead_deliveries.person_id as personId',
      groupName(eb.ref('lead_deliveries.group_id') as never).as('groupName'),
      personName(eb.ref('lead_deliveries.person_id') as never).as('personName'),
      statusOfOutbound(eb.ref('lead_deliveries.outbox_key')).as('status'),
      failureOfOutbound(eb.ref('lead_deliveries.outbox_key')).as('failure'),
    ])
    .where('lead_deliveries.lead_id', '=', leadId)
    .where(deliveryInView(scoped, 'lead_deliveries'))
    .orderBy(sql`case when lead_deliveries.kind = 'group_chat' then 0 else 1 end`)
    .orderBy('lead_deliveries.id')
    .execute();
  // The name subqueries are typed not-null; a delivery without a group or person has none.
  return rows.map((r) => ({ ...r, groupName: r.groupId === null ? null : r.groupName, personName: r.personId === null ? null : r.personName, status: r.status as OutboxStatus | null, failure: r.failure as string | null }));
}

export interface AnswerRow {
  personId: number;
  name: string;
  quantity: number | null;
  awarded: number | null;
}

export async function answersInView(db: Db, scoped: ScopedGroups, leadId: number): Promise<AnswerRow[]> {
  return db
    .selectFrom('lead_responses')
    .innerJoin('leads', 'leads.id', 'lead_responses.lead_id')
    .select((eb) => [
      'lead_responses.person_id as personId',
      personName(eb.ref('lead_responses.person_id')).as('name'),
      'lead_responses.quantity',
      'lead_responses.awarded_quantity as awarded',
    ])
    .where('lead_responses.lead_id', '=', leadId)
    .where(answerInView(scoped))
    .orderBy('lead_responses.responded_at')
    .orderBy('lead_responses.id')
    .execute();
}

/** Who said no ("maaf belum bisa"), by the answers' rule: shown to the staff, never counted. */
export async function declinesInView(db: Db, scoped: ScopedGroups, leadId: number): Promise<{ personId: number; name: string }[]> {
  return db
    .selectFrom('lead_declines')
    .innerJoin('leads', 'leads.id', 'lead_declines.lead_id')
    .select((eb) => ['lead_declines.person_id as personId', personName(eb.ref('lead_declines.person_id')).as('name')])
    .where('lead_declines.lead_id', '=', leadId)
    .where(answerInView(scoped, 'lead_declines'))
    .orderBy('lead_declines.declined_at')
    .orderBy('lead_declines.id')
    .execute();
}

/**
 * The console's leads page: the leads of a scope made in a date range, with how far they
 * went and who answered. The leads counted are exactly leadFiguresIn's (same scope rule,
 * same days in each lead's own time zone), so the page and the home card agree.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import type { DateRange } from '../ledger/ledger.ts';
import { statusOfOutbound } from '../outbox/outbox.repository.ts';
import { personName } from '../people/people.repository.ts';
import type { ScopedGroups } from '../programmes/scope.ts';
import { answerInView, deliveryInView, leadInView } from './lead-scope.repository.ts';

/** open: still taking answers; closed: closed with nobody chosen; chosen: some member was given (part of) the order. */
export type LeadState = 'open' | 'closed' | 'chosen';

export interface LeadAnswer {
  personId: number;
  name: string;
  /** null when she answered without a number. */
  quantity: number | null;
  /** What she was given when chosen. */
  awarded: number | null;
}

export interface LeadRow {
  id: number;
  code: string;
  text: string;
  trades: string[];
  /** The day it was made, in its own time zone. */
  madeOn: string;
  deadline: string | null;
  quantityWanted: number | null;
  /** Deliveries (group chats and private chats) in the viewer's view whose message was sent. */
  chatsReached: number;
  interested: number;
  quantityOffered: number;
  state: LeadState;
  answers: LeadAnswer[];
}

export interface LeadPage {
  rows: LeadRow[];
  total: number;
}

/** Newest first, `limit` from `offset`; answers only for the page's leads (two statements). */
export async function leadsIn(db: Db, scoped: ScopedGroups, range: DateRange, o: { limit: number; offset: number }): Promise<LeadPage> {
  const leads = await db
    .selectFrom('leads')
    .select((eb) => [
      'leads.id',
      'leads.code',
      'leads.text',
      'leads.trades',
      'leads.deadline',
      'leads.quantity_wanted as quantityWanted',
      'leads.status',
      sql<string>`to_char(leads.created_at at time zone leads.time_zone, 'YYYY-MM-DD')`.as('madeOn'),
      eb
        .selectFrom('lead_deliveries')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('lead_deliveries.lead_id', '=', eb.ref('leads.id'))
        .where(deliveryInView(scoped, 'lead_deliveries'))
        .where(sql<boolean>`${statusOfOutbound(sql.ref<string>('lead_deliveries.outbox_key'))} = 'sent'`)
        .$asScalar()
        .as('chatsReached'),
      sql<number>`count(*) over ()::int`.as('total'),
    ])
    .where(leadInView(scoped))
    .where(sql<boolean>`(leads.created_at at time zone leads.time_zone)::date between ${range.from}::date and ${range.to}::date`)
    .orderBy('leads.created_at', 'desc')
    .orderBy('leads.id', 'desc')
    .limit(o.limit)
    .offset(o.offset)
    .execute();
  const ids = leads.map((l) => l.id);
  const answers =
    ids.length === 0
      ? []
      : await db
          .selectFrom('lead_responses')
          .innerJoin('leads', 'leads.id', 'lead_responses.lead_id')
          .select((eb) => [
            'lead_responses.lead_id as leadId',
            'lead_responses.person_id as personId',
            personName(eb.ref('lead_responses.person_id')).as('name'),
            'lead_responses.quantity',
            'lead_responses.awarded_quantity as awarded',
          ])
          .where('lead_responses.lead_id', 'in', ids)
          .where(answerInView(scoped))
          .orderBy('lead_responses.lead_id')
          .orderBy('lead_responses.responded_at')
          .orderBy('lead_responses.id')
          .execute();
  const byLead = new Map<number, LeadAnswer[]>(ids.map((id) => [id, []]));
  for (const { leadId, ...a } of answers) byLead.get(leadId)!.push(a);
  return {
    total: leads[0]?.total ?? 0,
    rows: leads.map((l) => {
      const mine = byLead.get(l.id)!;
      const chosen = mine.some((a) => a.awarded !== null);
      return {
        id: l.id,
        code: l.code,
        text: l.text,
        trades: l.trades,
        madeOn: l.madeOn,
        deadline: l.deadline,
        quantityWanted: l.quantityWanted,
        chatsReached: Number(l.chatsReached ?? 0),
        interested: mine.length,
        quantityOffered: mine.reduce((s, a) => s + (a.quantity ?? 0), 0),
        state: chosen ? 'chosen' : l.status,
        answers: mine,
      };
    }),
  };
}

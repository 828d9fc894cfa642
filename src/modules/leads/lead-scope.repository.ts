/**
 * Which leads a console viewer sees, and which of their deliveries and answers — by where a
 * lead went (lead_deliveries.group_id), not by who made it: a facilitator running groups in
 * two programmes makes leads that each programme's manager sees only as far as they reached
 * her programme's groups.
 *
 * - admin: every lead, with all its deliveries and answers;
 * - manager: the leads delivered to a group of her programme; of those, only the deliveries
 *   to her programme's groups and the answers of those groups' members (pending ones aside);
 * - facilitator: the leads delivered to her groups, the same way; and the leads she made
 *   herself, whole (she sent them: every chat and answer is hers to follow).
 *
 * Every delivery carries its group (a private one, the group she was reached through), so
 * this holds for group chats and private chats alike.
 *
 * Whoever sent a lead from the console (`leads.sent_by_person_id`) sees and runs it only while
 * it lies wholly within her scope (`leadWithinScope`): her scope, not the sending, is what lets
 * a manager reach a group's members, and a group may leave her programme after she sent it.
 */
import { sql, type RawBuilder } from 'kysely';
import { acceptedMembership } from '../groups/group-scope.repository.ts';
import type { ScopedGroups } from '../programmes/scope.ts';

/** The lead is wholly the viewer's: an admin's, or one she made. Columns of `leads` in scope. */
function wholeLead(scoped: ScopedGroups): RawBuilder<boolean> {
  const { scope } = scoped;
  if (scope.role === 'admin') return sql<boolean>`true`;
  if (scope.role === 'facilitator') return sql<boolean>`leads.facilitator_id = ${scope.facilitatorId}`;
  return sql<boolean>`false`;
}

/** A condition on `leads`: the viewer sees this lead. */
export function leadInView(scoped: ScopedGroups): RawBuilder<boolean> {
  return sql<boolean>`(${wholeLead(scoped)} or exists (select 1 from lead_deliveries dv
    where dv.lead_id = leads.id and dv.group_id in (${scoped.groupIds})))`;
}

/**
 * A condition on `leads`: every group the lead is aimed at (its target's group ids) or reached
 * (its deliveries) is in the viewer's scope — an admin's, always. A lead aimed by village,
 * district or trade alone, not yet published, has no groups to check: not within a scope
 * short of the admin's (a console lead of a manager or a facilitator always names its groups).
 */
export function leadWithinScope(scoped: ScopedGroups): RawBuilder<boolean> {
  if (scoped.scope.role === 'admin') return sql<boolean>`true`;
  return sql<boolean>`(not exists (select 1 from lead_deliveries dw
      where dw.lead_id = leads.id and dw.group_id not in (${scoped.groupIds}))
    and case when jsonb_typeof(leads.target -> 'groupIds') = 'array'
      then not exists (select 1 from jsonb_array_elements_text(leads.target -> 'groupIds') tg(id)
        where tg.id::bigint not in (${scoped.groupIds}))
      else leads.published_at is not null end)`;
}

/** A condition on a delivery `alias` of a lead in view: the viewer sees this delivery. */
export function deliveryInView(scoped: ScopedGroups, alias: string): RawBuilder<boolean> {
  return sql<boolean>`(${wholeLead(scoped)} or ${sql.ref(`${alias}.group_id`)} in (${scoped.groupIds}))`;
}

/**
 * A condition on `lead_responses` (or `lead_declines`: a "no" is an answer too) of a lead in
 * view (joined as `leads`): the viewer sees this answer — one from a member of a group the
 * lead reached within her view.
 */
export function answerInView(scoped: ScopedGroups, table: 'lead_responses' | 'lead_declines' = 'lead_responses'): RawBuilder<boolean> {
  return sql<boolean>`(${wholeLead(scoped)} or exists (select 1 from lead_deliveries da
    where da.lead_id = ${sql.ref(`${table}.lead_id`)} and da.group_id in (${scoped.groupIds})
      and ${acceptedMembership(sql.ref('da.group_id'), sql.ref(`${table}.person_id`))}))`;
}

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

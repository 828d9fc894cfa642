/**
 * Market leads run from the web console: the form, the reach preview, creating, a lead's
 * page, choosing who gets the order and closing — on the chat's own services
 * (leads.service.ts: targetOf's rule, reachOf, createLead, awardLead, closeLead), with the
 * viewer's Scope checked here, never in a route.
 *
 * Who may do what (the chat's rule, narrowed by the console's scope):
 * - Making a lead: a lead is always a facilitator's (`leads.facilitator_id`): answers are
 *   tallied to her and reach her in chat, where she may choose and close as for her own. A
 *   facilitator sends as herself (as in chat). A programme manager or an admin sends as one of
 *   the facilitators of the groups it is aimed at, chosen on the form (or as herself when she
 *   has a facilitator record); who pressed "send" is kept on the lead (`sent_by_person_id`,
 *   migration 042) and named on its page. Recording the manager as the lead's owner instead
 *   would leave answers with nobody in chat to read them: a manager may have no chat role.
 *   A staff member with no facilitator to send as may look, not send.
 * - Where it goes: in chat a facilitator may aim at any group; here only at the groups of her
 *   console scope (a facilitator her groups, a manager-facilitator her programme's, an
 *   admin every group). The scope is written into the lead's target as its group ids, so the
 *   publishing job (which reads only the target) reaches exactly what the preview counted.
 * - Choosing and closing: as in chat (requireOwnLead), the facilitator whose lead it is; in the
 *   console also whoever sent it from there, while every group it is aimed at or reached is
 *   still in her scope (a group moved to another programme takes its members out of her reach).
 *
 * The record of who did what is the lead's own rows, as for a lead made in chat: the lead
 * (its facilitator, who sent it, when), each answer's award (when) and the closing (when,
 * 'manual') — only its facilitator and its sender may do any of these.
 * User-facing words come from the caller (`tell`), so this module stays free of any language.
 */
import { businessDate, type IsoDate } from '../../core/dates.ts';
import type { OutboundMessage } from '../../core/messages.ts';
import type { Db } from '../../db/client.ts';
import type { LeadTarget } from '../../db/schema.ts';
import { facilitatorsOfGroups, groupsIn } from '../groups/group-scope.repository.ts';
import { findFacilitatorByPerson, listTrades } from '../groups/groups.repository.ts';
import { addToOutbox, type OutboxItem } from '../outbox/outbox.repository.ts';
import { findPerson } from '../people/people.repository.ts';
import { scopedGroups, type Scope, type ScopedGroups } from '../programmes/scope.ts';
import { deliveryState, type DeliveryState } from './delivery-state.ts';
import { parseDeadline, readDetails, type LeadDraft } from './lead-form.ts';
import { leadQuantity } from './lead-quantity.ts';
import { answersInView, declinesInView, deliveriesInView, leadInViewById, type AnswerRow, type DeliveryRow, type LeadHead } from './lead-page.repository.ts';
import { awardLead, closeLead, createLead, leadsRepo, reachOf, type Lead, type Reach } from './leads.service.ts';

/** The form as posted: every field a string (the trades and groups ticked, each a list). */
export interface LeadFormInput {
  text: string;
  trades: readonly string[];
  quantity: string;
  downPayment: string;
  deadline: string;
  villages: string;
  districts: string;
  groups: readonly string[];
  /** The facilitator (her facilitator id) a manager or admin sends it as; '' for herself. A facilitator's is ignored. */
  sender: string;
}

export type LeadFormError =
  | 'no_text'
  | 'too_long'
  | 'no_trade'
  | 'unknown_trade'
  | 'unknown_group'
  | 'bad_quantity'
  | 'bad_down_payment'
  | 'bad_deadline'
  | 'no_groups'
  /** A manager or admin without a facilitator record chose nobody to send it as. */
  | 'no_sender'
  /** The facilitator chosen is none of her scope's. */
  | 'unknown_sender'
  /** The facilitator chosen runs none of the groups ticked. */
  | 'sender_not_in_groups';

export interface LeadAuthor {
  facilitatorId: number;
  personId: number;
  timeZone: string;
}

/** The viewer's own facilitator record as a lead's maker, or undefined: she has none. */
export async function leadAuthorOf(db: Db, scope: Scope): Promise<LeadAuthor | undefined> {
  const facilitatorId = scope.facilitatorId ?? (await findFacilitatorByPerson(db, scope.personId))?.id;
  if (facilitatorId === undefined) return undefined;
  const person = await findPerson(db, scope.personId);
  return person ? { facilitatorId, personId: person.id, timeZone: person.timeZone } : undefined;
}

/** A facilitator a manager or an admin may send a lead as, with the groups of her scope she runs. */
export interface LeadSender extends LeadAuthor {
  name: string;
  groupIds: number[];
}

export interface LeadFormChoices {
  trades: { code: string; name_id: string; name_en: string }[];
  groups: { id: number; name: string; village: string | null; district: string | null }[];
  /** Ticking no group aims at every group of her scope (an admin's: every group, as in chat). */
  everyGroup: boolean;
  /** A manager's or an admin's choice of whom to send it as (the facilitators of her groups); undefined: a facilitator sends as herself. */
  senders: LeadSender[] | undefined;
  /** Her own facilitator record, when she has one: a manager or admin who also facilitates may send as herself (the form's empty choice). */
  own: LeadAuthor | undefined;
}

/**
 * What the form offers her: the trades, the groups of her scope to aim at and, for a manager
 * or an admin, the facilitators to send it as. Undefined when she may not send a lead: a
 * facilitator without her record, a manager or admin with no facilitator to send as.
 */
export async function leadFormChoices(db: Db, scope: Scope): Promise<LeadFormChoices | undefined> {
  const groupIds = scopedGroups(scope).groupIds;
  const [trades, groups, own, facilitators] = await Promise.all([
    listTrades(db),
    groupsIn(db, groupIds),
    leadAuthorOf(db, scope),
    scope.role === 'facilitator' ? undefined : facilitatorsOfGroups(db, groupIds),
  ]);
  if (!own && !facilitators?.length) return undefined;
  return { trades, groups, everyGroup: scope.role === 'admin', senders: facilitators, own };
}

/**
 * Whom it is sent as: a facilitator, herself; a manager or an admin, the facilitator chosen
 * (one of her groups', running one of the groups ticked), or herself when she chose none and
 * has a facilitator record.
 */
function senderOf(choices: LeadFormChoices, raw: string, picked: readonly string[]): LeadAuthor | { error: LeadFormError } {
  if (choices.senders === undefined) return choices.own!;
  const chosen = raw.trim();
  if (chosen === '') return choices.own ?? { error: 'no_sender' };
  const sender = choices.senders.find((s) => String(s.facilitatorId) === chosen);
  if (!sender) return { error: 'unknown_sender' };
  // No group ticked: the lead goes to groups by trade, and any facilitator of hers may carry it.
  if (picked.length > 0 && !picked.some((id) => sender.groupIds.includes(Number(id)))) return { error: 'sender_not_in_groups' };
  return { facilitatorId: sender.facilitatorId, personId: sender.personId, timeZone: sender.timeZone };
}

const list = (raw: string) =>
  raw
    .split(',')
    .map((s) => s.trim().replace(/\s+/g, ' '))
    .filter(Boolean)
    .slice(0, 20);

/** The draft the chat's form would make of the same answers; explicit fields win over what the text says. */
function draftOf(input: LeadFormInput, knownTrades: ReadonlySet<string>, today: IsoDate): { draft: LeadDraft } | { error: LeadFormError } {
  const text = input.text.trim().replace(/\s+/g, ' ');
  // The guided chat flow's bounds: a few words at least, at most what one message carries.
  if (text.length < 5) return { error: 'no_text' };
  if (text.length > 1000) return { error: 'too_long' };
  const trades = [...new Set(input.trades)];
  if (trades.some((t) => !knownTrades.has(t))) return { error: 'unknown_trade' };
  const fromText = readDetails(text, today);
  const quantity = input.quantity.trim() === '' ? fromText.quantityWanted : leadQuantity(input.quantity);
  if (quantity === null && input.quantity.trim() !== '') return { error: 'bad_quantity' };
  const dpRaw = input.downPayment.trim().replace(/%$/, '').trim();
  const downPayment = dpRaw === '' ? fromText.downPaymentPercent : Number(dpRaw);
  if (downPayment !== null && !(Number.isInteger(downPayment) && downPayment > 0 && downPayment <= 100)) return { error: 'bad_down_payment' };
  const deadline = input.deadline.trim() === '' ? fromText.deadline : parseDeadline(input.deadline, today);
  if (input.deadline.trim() !== '' && deadline === null) return { error: 'bad_deadline' };
  return {
    draft: { trades, text, deadline, quantityWanted: quantity, downPaymentPercent: downPayment, villages: list(input.villages), districts: list(input.districts), groupNames: [] },
  };
}

/** Where it goes: the villages and districts asked for, within the groups ticked or, none ticked, every group of her scope. */
function targetIn(scope: Scope, draft: LeadDraft, chosen: readonly string[], inScope: readonly { id: number }[]): LeadTarget | { error: LeadFormError } {
  const ids = new Set(inScope.map((g) => g.id));
  const picked = [...new Set(chosen.map(Number))];
  if (picked.some((id) => !ids.has(id))) return { error: 'unknown_group' };
  const target: LeadTarget = {};
  if (draft.villages.length) target.villages = draft.villages;
  if (draft.districts.length) target.districts = draft.districts;
  if (picked.length) target.groupIds = picked;
  else if (scope.role !== 'admin') {
    // An empty list would mean "every group" to groupIdsMatching: a scope with no group aims at none.
    if (ids.size === 0) return { error: 'no_groups' };
    target.groupIds = [...ids].sort((a, b) => a - b);
  }
  return target;
}

export interface LeadPlan {
  draft: LeadDraft;
  target: LeadTarget;
  reach: Reach;
  /** The facilitator it is sent as: the lead is hers. */
  author: LeadAuthor;
}

/**
 * The form read and aimed within her scope, with its reach counted by the chat's own reachOf
 * (the chat of the facilitator it is sent as left out, as in chat). Undefined when she may not
 * make a lead.
 */
export async function planLead(db: Db, scope: Scope, input: LeadFormInput, at: Date): Promise<LeadPlan | { error: LeadFormError } | undefined> {
  const choices = await leadFormChoices(db, scope);
  if (!choices) return undefined;
  const author = senderOf(choices, input.sender, input.groups);
  if ('error' in author) return author;
  const parsed = draftOf(input, new Set(choices.trades.map((t) => t.code)), businessDate(at, author.timeZone));
  if ('error' in parsed) return parsed;
  const { draft } = parsed;
  // The chat's rule: a lead names trades, or the groups it is for.
  if (draft.trades.length === 0 && input.groups.length === 0) return { error: 'no_trade' };
  const target = targetIn(scope, draft, input.groups, choices.groups);
  if ('error' in target) return target;
  const { recipients: _, ...reach } = await reachOf(db, draft.trades, target, author.personId);
  return { draft, target, reach, author };
}

/**
 * Makes the lead as the chat's "kirim" does (createLead, unpublished). The caller hands it to
 * the lead-publishing job after this returns (committed): its deliveries and their outbox
 * rows are written there, exactly as for a lead made in chat. Should that hand-off be lost,
 * the job's sweep finds the lead unpublished and publishes it (publish-lead.processor.ts).
 */
export async function createConsoleLead(
  db: Db,
  scope: Scope,
  input: LeadFormInput,
  /** The preview's one-time token: a second "send" of the same preview gets the lead the first made ('again'). */
  request: string,
  at: Date,
): Promise<{ lead: Lead; again: boolean } | { error: LeadFormError } | undefined> {
  return db.transaction().execute(async (trx) => {
    const made = await leadsRepo.leadOfConsoleRequest(trx, request);
    if (made) {
      const { sentByPersonId, ...lead } = made;
      return sentByPersonId === scope.personId && (await leadFormChoices(trx, scope)) ? { lead, again: true } : undefined;
    }
    const plan = await planLead(trx, scope, input, at);
    if (!plan || 'error' in plan) return plan;
    const { author } = plan;
    const created = await createLead(trx, { facilitatorId: author.facilitatorId, facilitatorPersonId: author.personId, draft: plan.draft, target: plan.target, timeZone: author.timeZone, at, sourceMessageId: null });
    await leadsRepo.setConsoleRequest(trx, created.lead.id, request, scope.personId);
    return { lead: created.lead, again: false };
  });
}

export interface LeadDelivery extends Omit<DeliveryRow, 'status' | 'failure'> {
  state: DeliveryState;
}

export interface ConsoleLead {
  lead: LeadHead;
  deliveries: LeadDelivery[];
  answers: AnswerRow[];
  /** Members who said no: listed, never counted. */
  declines: { personId: number; name: string }[];
  /** It is hers, or she sent it from the console: she may choose who gets the order and close it. */
  mine: boolean;
}

/** A lead's page, or undefined when she does not see it (the page answers 404, as for no such lead). */
export async function consoleLead(db: Db, scope: Scope, leadId: number): Promise<ConsoleLead | undefined> {
  const scoped = scopedGroups(scope);
  const author = await leadAuthorOf(db, scope);
  const lead = await leadInViewById(db, scoped, leadId, { facilitatorId: author?.facilitatorId, personId: scope.personId });
  if (!lead) return undefined;
  const [deliveries, answers, declines] = await Promise.all([deliveriesInView(db, scoped, leadId), answersInView(db, scoped, leadId), declinesInView(db, scoped, leadId)]);
  return {
    lead,
    deliveries: deliveries.map(({ status, failure, ...d }) => ({ ...d, state: deliveryState({ platform: d.platform, status, failure }) })),
    answers,
    declines,
    mine: isMine(lead, author, scope),
  };
}

/**
 * Hers (her facilitator record's: the chat's rights, wherever its groups are now), or sent by
 * her from the console while every group it is aimed at or reached is still in her scope —
 * choosing and closing message its answerers, whom a group moved out of her programme takes
 * out of her reach.
 */
function isMine(lead: LeadHead, author: LeadAuthor | undefined, scope: Scope): boolean {
  return (author !== undefined && author.facilitatorId === lead.facilitatorId) || (lead.sentByPersonId === scope.personId && lead.withinScope);
}

/** Her own lead (hers, or sent by her and within her scope); undefined otherwise. Not locked: each write below locks what it changes. */
async function ownLead(db: Db, scoped: ScopedGroups, leadId: number): Promise<Lead | undefined> {
  const author = await leadAuthorOf(db, scoped.scope);
  const head = await leadInViewById(db, scoped, leadId, { facilitatorId: author?.facilitatorId, personId: scoped.scope.personId });
  if (!head || !isMine(head, author, scoped.scope)) return undefined;
  return leadsRepo.findLeadById(db, leadId);
}

export type AwardOutcome = { outcome: 'awarded'; lead: Lead; outbox: OutboxItem[] } | { outcome: 'bad_quantity' | 'not_a_responder' };

/**
 * Gives (part of) the order to one who answered, with the chat's awardLead, and tells her as
 * the chat does (`tell`: her private message, in her language) — the message written to the
 * outbox in the award's transaction, dispatched by the caller after commit. Undefined when
 * the lead is not hers.
 */
export async function awardFromConsole(
  db: Db,
  scope: Scope,
  input: { leadId: number; personId: number; quantity: string },
  at: Date,
  tell: (db: Db, lead: Lead, personId: number, quantity: number) => Promise<OutboundMessage | undefined>,
): Promise<AwardOutcome | undefined> {
  return db.transaction().execute(async (trx) => {
    const lead = await ownLead(trx, scopedGroups(scope), input.leadId);
    if (!lead) return undefined;
    const quantity = leadQuantity(input.quantity);
    if (quantity === null) return { outcome: 'bad_quantity' as const };
    const answer = await leadsRepo.lockResponse(trx, lead.id, input.personId);
    if (!answer) return { outcome: 'not_a_responder' as const };
    // The same choice again (a double click, the form sent twice) changes nothing and tells
    // her nothing: her answer's row is locked above, so a second press waits for the first to
    // commit and then sees the quantity it awarded.
    if (answer.awardedQuantity === quantity) return { outcome: 'awarded' as const, lead, outbox: [] };
    await awardLead(trx, lead, input.personId, quantity, at);
    const notice = await tell(trx, lead, input.personId, quantity);
    // One message per change of what she is given (5, then 3, then 5 again: told three times):
    // the key carries the quantity and the instant; an unchanged award never reaches here.
    const outbox = notice ? await addToOutbox(trx, [{ key: `lead-award-${lead.id}-${input.personId}-${quantity}-${at.getTime()}`, message: notice, priority: 'reply', sourceMessageId: null }]) : [];
    return { outcome: 'awarded' as const, lead, outbox };
  });
}

export type CloseOutcome = { outcome: 'closed'; outbox: OutboxItem[] } | { outcome: 'already_closed' };

/**
 * Closes her lead by hand (the chat's closeLead, reason 'manual') and tells everyone who
 * answered, as the chat's "/tutup" does; the messages are written with the closing. Their
 * keys are the deadline closing's: a lead closes once, by one or the other.
 */
export async function closeFromConsole(db: Db, scope: Scope, leadId: number, at: Date, tell: (db: Db, lead: Lead, personIds: readonly number[]) => Promise<OutboundMessage[]>): Promise<CloseOutcome | undefined> {
  return db.transaction().execute(async (trx) => {
    const lead = await ownLead(trx, scopedGroups(scope), leadId);
    if (!lead) return undefined;
    const answered = await closeLead(trx, lead, 'manual', at);
    if (!answered) return { outcome: 'already_closed' as const };
    const messages = await tell(trx, lead, answered.map((r) => r.personId));
    const outbox = await addToOutbox(
      trx,
      messages.map((message, i) => ({ key: `lead-closed-${lead.id}-${i}`, message, priority: 'reply' as const, sourceMessageId: null })),
    );
    return { outcome: 'closed' as const, outbox };
  });
}

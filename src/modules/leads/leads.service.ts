/**
 * Market leads: preview, create, publish (one delivery per chat, written with its outbox
 * row, after the lead's own transaction), answers, awards and closing. User-facing words come from the
 * caller through `render`, so this module stays free of any language.
 */
import { createHash } from 'node:crypto';
import { DomainError } from '../../core/errors.ts';
import type { OutboundMessage, Platform } from '../../core/messages.ts';
import type { Db } from '../../db/client.ts';
import type { LeadTarget } from '../../db/schema.ts';
import { groupsRepo } from '../groups/groups.service.ts';
import { addToOutbox, type OutboxItem } from '../outbox/outbox.repository.ts';
import type { LeadDraft } from './lead-form.ts';
import * as repo from './leads.repository.ts';
import type { Lead, Recipient } from './leads.repository.ts';

export type { Lead, Recipient };

export interface Reach {
  groups: number;
  groupChats: number;
  people: number;
  /**
   * Active members of the targeted groups with no chat the bot may send a lead to privately
   * (not among `people`): no identity at all (imported from a spreadsheet), only the
   * developer's terminal chat (platform 'console', which no lead is delivered to), WhatsApp
   * never written to privately, or opted out. With `people` (and the sender herself, when she
   * is one of the members) they add up to the groups' active members; told apart so "reaches
   * nobody" can say why.
   */
  membersWithoutChat: number;
  /** The targeted groups that have such members (ascending): the page links their invitations. */
  groupsWithoutChat: number[];
}

/** Resolves "kelompok Melati" names to ids; unknown names are an error. */
export async function targetOf(db: Db, draft: LeadDraft): Promise<LeadTarget> {
  const target: LeadTarget = {};
  if (draft.villages.length) target.villages = draft.villages;
  if (draft.districts.length) target.districts = draft.districts;
  if (draft.groupNames.length) {
    const groups = await groupsRepo.listGroups(db);
    const ids = draft.groupNames.map((n) => groups.find((g) => g.name.toLowerCase() === n.toLowerCase())?.id);
    if (ids.some((id) => id === undefined)) throw new DomainError('group_unknown');
    target.groupIds = ids as number[];
  }
  return target;
}

export async function reachOf(db: Db, trades: readonly string[], target: LeadTarget, exceptPersonId: number | null): Promise<Reach & { recipients: Recipient[] }> {
  const groupIds = await groupsRepo.groupIdsMatching(db, trades, target);
  const recipients = await repo.recipientsOf(db, groupIds, exceptPersonId);
  // Everyone else among the active members cannot get it privately (recipientsOf's rule).
  const reached = new Set(recipients.flatMap((r) => (r.kind === 'private' && r.personId !== null ? [r.personId] : [])));
  const unreached = new Map<number, number[]>();
  for (const m of await groupsRepo.activeMembershipsIn(db, groupIds)) {
    if (reached.has(m.personId) || m.personId === exceptPersonId) continue;
    unreached.set(m.personId, [...(unreached.get(m.personId) ?? []), m.groupId]);
  }
  return {
    groups: groupIds.length,
    groupChats: recipients.filter((r) => r.kind === 'group_chat').length,
    people: reached.size,
    membersWithoutChat: unreached.size,
    groupsWithoutChat: [...new Set([...unreached.values()].flat())].sort((a, b) => a - b),
    recipients,
  };
}

function deliveryKey(leadId: number, platform: string, chatId: string): string {
  return `lead-${leadId}-${createHash('sha1').update(`${platform}\u0000${chatId}`).digest('hex').slice(0, 20)}`;
}

export interface Created {
  lead: Lead;
  /** Whom it will reach, counted now; the deliveries are written by `publishDeliveries`. */
  reach: Reach;
}

/**
 * Creates the lead, unpublished: its deliveries are written after the message's
 * transaction commits, by the lead-publishing job (`publishDeliveries`), so the thousands of
 * rows of a big broadcast never hold the inbound transaction.
 */
export async function createLead(
  db: Db,
  input: {
    facilitatorId: number;
    facilitatorPersonId: number;
    draft: LeadDraft;
    target: LeadTarget;
    timeZone: string;
    at: Date;
    /** The message that confirmed the lead: its deliveries' outbox rows are tied to it. */
    sourceMessageId: number | null;
  },
): Promise<Created> {
  const { draft } = input;
  const lead = await repo.insertLead(
    db,
    {
      facilitatorId: input.facilitatorId,
      text: draft.text,
      trades: draft.trades,
      target: input.target,
      deadline: draft.deadline,
      quantityWanted: draft.quantityWanted,
      downPaymentPercent: draft.downPaymentPercent,
      timeZone: input.timeZone,
    },
    input.at,
    input.sourceMessageId,
  );
  const { recipients: _, ...reach } = await reachOf(db, lead.trades, lead.target, input.facilitatorPersonId);
  return { lead, reach };
}

/**
 * `outbox`: the rows for the caller to queue. `fed`: the deliveries were written for the
 * bulk feeder instead (a large lead), which queues them as the send queue drains.
 */
export type Publication = { outcome: 'published' | 'already-published'; outbox: OutboxItem[]; fed: boolean } | { outcome: 'busy' | 'missing' };

/**
 * Writes one delivery + outbox row per chat the lead reaches and marks it published, in the
 * caller's transaction, the lead locked meanwhile (a second worker gets 'busy'). For a lead
 * already published it returns the deliveries not sent yet and not left to the feeder, to
 * dispatch again; 'missing' when the lead is gone (its facilitator was removed).
 *
 * `feedAbove`: a lead reaching more chats than this has its rows written for the bulk
 * feeder (src/jobs/bulk-feeder.ts) rather than returned; without it, every row is returned.
 */
export async function publishDeliveries(
  db: Db,
  leadId: number,
  at: Date,
  render: (lead: Lead, recipient: Recipient) => string,
  options: { feedAbove?: number | undefined } = {},
): Promise<Publication> {
  const locked = await repo.lockLead(db, leadId);
  if (!locked) return { outcome: (await repo.findLeadById(db, leadId)) ? 'busy' : 'missing' };
  if (locked.publishedAt) return { outcome: 'already-published', outbox: await repo.unsentDeliveries(db, leadId), fed: false };
  const { lead, sourceMessageId } = locked;
  if (lead.status === 'closed') {
    // Closed before its deliveries were written (by hand, or its deadline passed meanwhile): it goes to no one.
    await repo.markPublished(db, leadId, at);
    return { outcome: 'published', outbox: [], fed: false };
  }
  const reach = await reachOf(db, lead.trades, lead.target, (await repo.ownerPersonId(db, lead)) ?? null);
  const fed = options.feedAbove !== undefined && reach.recipients.length > options.feedAbove;
  const outbox = await deliver(db, lead, reach.recipients, render, sourceMessageId, { forFeeder: fed });
  await repo.markPublished(db, leadId, at);
  return { outcome: 'published', outbox: fed ? [] : outbox, fed };
}

export async function deliver(
  db: Db,
  lead: Lead,
  recipients: readonly Recipient[],
  render: (lead: Lead, r: Recipient) => string,
  sourceMessageId: number | null = null,
  options: { forFeeder?: boolean } = {},
): Promise<OutboxItem[]> {
  const rows = recipients.map((r) => ({ ...r, outboxKey: deliveryKey(lead.id, r.platform, r.chatId) }));
  const fresh = new Set(await repo.insertDeliveries(db, lead.id, rows));
  const messages = rows
    .filter((r) => fresh.has(r.outboxKey))
    .map((r) => ({
      key: r.outboxKey,
      message: { platform: r.platform as Platform, chatId: r.chatId, text: render(lead, r), bulk: true } satisfies OutboundMessage,
      priority: 'bulk' as const,
      sourceMessageId,
    }));
  const items: OutboxItem[] = [];
  for (let i = 0; i < messages.length; i += 1000) items.push(...(await addToOutbox(db, messages.slice(i, i + 1000), { forFeeder: options.forFeeder === true })));
  return items;
}

export async function requireLead(db: Db, code: string): Promise<Lead> {
  const lead = await repo.findLeadByCode(db, code);
  if (!lead) throw new DomainError('lead_unknown');
  return lead;
}

export async function requireOwnLead(db: Db, code: string, facilitatorId: number): Promise<Lead> {
  const lead = await requireLead(db, code);
  // Another facilitator's lead is answered as unknown: she sees only her own.
  if (lead.facilitatorId !== facilitatorId) throw new DomainError('lead_unknown');
  return lead;
}

/**
 * Which lead an answer is for: the one quoted, the code written, or the only open lead
 * that reached her. Null when it cannot be told (several open leads, none quoted).
 */
export async function leadForAnswer(
  db: Db,
  a: {
    personId: number;
    code: string | null;
    quoted: { platform: string; chatId: string; messageId: string } | null;
    /** Only open leads created since then count ("ikut", "belum bisa" answer a recent lead, not any). */
    since?: Date;
  },
): Promise<{ lead: Lead } | { ambiguous: Lead[] } | { none: true }> {
  if (a.code) {
    const lead = await repo.findLeadByCode(db, a.code);
    return lead ? { lead } : { none: true };
  }
  if (a.quoted) {
    const lead = await repo.leadOfQuotedMessage(db, a.quoted.platform, a.quoted.chatId, a.quoted.messageId);
    if (lead) return { lead };
  }
  const since = a.since;
  const reaching = await repo.openLeadsReaching(db, a.personId);
  const open = since ? reaching.filter((l) => l.createdAt >= since) : reaching;
  if (open.length === 1) return { lead: open[0]! };
  return open.length ? { ambiguous: open } : { none: true };
}

export async function answerLead(db: Db, lead: Lead, personId: number, quantity: number | null, sourceMessageId: number | null, at: Date) {
  if (lead.status !== 'open') throw new DomainError('lead_closed');
  await repo.removeDecline(db, lead.id, personId);
  await repo.upsertResponse(db, { leadId: lead.id, personId, quantity, sourceMessageId, at });
  return tally(db, lead);
}

/**
 * "maaf belum bisa": she declines the lead. Recorded apart from the answers (never counted
 * as interest); an earlier "minat" of hers is withdrawn. Once she has been picked, a "no"
 * is not taken silently: the facilitator has to hear it from her.
 */
export async function declineLead(db: Db, lead: Lead, personId: number, sourceMessageId: number | null, at: Date): Promise<Tally> {
  if (lead.status !== 'open') throw new DomainError('lead_closed');
  if (await repo.awardedTo(db, lead.id, personId)) throw new DomainError('lead_already_awarded');
  await repo.upsertDecline(db, { leadId: lead.id, personId, sourceMessageId, at });
  return tally(db, lead);
}

/** A lead she may answer with a bare "ikut" / "belum bisa": sent within this many days. */
export const BARE_ANSWER_DAYS = 14;

export interface Tally {
  responses: repo.Response[];
  people: number;
  quantity: number;
  /** Members who said no ("maaf belum bisa"): shown to the facilitator, never counted. */
  declines: repo.Decline[];
}

export async function tally(db: Db, lead: Lead): Promise<Tally> {
  const responses = await repo.responsesOf(db, lead.id);
  const declines = await repo.declinesOf(db, lead.id);
  return { responses, people: responses.length, quantity: responses.reduce((s, r) => s + (r.quantity ?? 0), 0), declines };
}

export async function closeLead(db: Db, lead: Lead, reason: 'manual' | 'deadline', at: Date): Promise<repo.Response[] | null> {
  const closed = await repo.closeLead(db, lead.id, reason, at);
  return closed ? repo.responsesOf(db, lead.id) : null;
}

export async function awardLead(db: Db, lead: Lead, personId: number, quantity: number, at: Date): Promise<void> {
  if (!(await repo.award(db, lead.id, personId, quantity, at))) throw new DomainError('not_a_responder');
}

export const leadsRepo = repo;

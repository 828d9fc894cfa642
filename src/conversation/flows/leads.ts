/**
 * Market leads in chat: a facilitator creates one (guided, or in one message), previews
 * its reach and sends it; members answer "MINAT 50"; the facilitator follows the tally,
 * closes the lead and picks who gets the order.
 */
import type { OutboundMessage } from '../../core/messages.ts';
import type { Db } from '../../db/client.ts';
import { requireFacilitatorOf } from '../../modules/groups/groups.service.ts';
import { knownTrades, listTrades } from '../../modules/groups/groups.repository.ts';
import { parseDeadline, parseLeadForm, readDetails, type LeadDraft } from '../../modules/leads/lead-form.ts';
import { leadQuantity } from '../../modules/leads/lead-quantity.ts';
import {
  answerLead,
  awardLead,
  BARE_ANSWER_DAYS,
  closeLead,
  declineLead,
  leadForAnswer,
  createLead,
  leadsRepo,
  reachOf,
  requireOwnLead,
  tally,
  targetOf,
  type Lead,
} from '../../modules/leads/leads.service.ts';
import { joinTradePhrases, tradeMatcher } from '../../modules/leads/trade-words.ts';
import { privateNotice, type NoticeText } from '../private-notice.ts';
import { yesOrNo } from '../confirmation.ts';
import type { Handled, Session } from '../session.ts';
import type { LeadRef } from '../replies/catalogue.ts';
import { openQuestion, takeOpenQuestion } from './books/pending-record.ts';

type Step = 'trades' | 'text' | 'deadline' | 'quantity' | 'down_payment' | 'confirm';

interface DraftState {
  kind: 'lead_draft';
  step: Step;
  draft: LeadDraft;
}

const emptyDraft = (): LeadDraft => ({
  trades: [],
  text: '',
  deadline: null,
  quantityWanted: null,
  downPaymentPercent: null,
  villages: [],
  districts: [],
  groupNames: [],
});

/** A draft older than this is dropped: a half-written lead should not wait for days. */
const DRAFT_TTL_MS = 2 * 60 * 60 * 1000;
const SKIP = new Set(['lewati', 'skip', '-', 'tidak ada', 'tdk ada', 'ga ada', 'gak ada']);

async function facilitatorId(s: Session, action: string): Promise<number> {
  return (await requireFacilitatorOf(s.db, { personId: s.me.id }, action)).facilitatorId;
}

async function tradeCodes(s: Session): Promise<string[]> {
  return knownTrades(s.db);
}

export async function onLeadNew(s: Session, form: string | null): Promise<Handled> {
  await facilitatorId(s, 'create_lead');
  if (s.inGroup) {
    s.say(s.t.leadInPrivate);
    return s.done('lead:in-group');
  }
  if (!form) {
    await openQuestion(s, { kind: 'lead_draft', step: 'trades', draft: emptyDraft() } satisfies DraftState);
    await askTrades(s);
    return s.done('lead:start');
  }
  const codes = await tradeCodes(s);
  const parsed = parseLeadForm(joinTradePhrases(form), s.today, tradeMatcher(codes));
  if ('error' in parsed) {
    s.say(s.t.leadFormError(parsed.error, parsed.unknownTrades ?? [], codes));
    return s.done('lead:form-error');
  }
  return preview(s, parsed.draft);
}

async function askTrades(s: Session): Promise<void> {
  const trades = await listTrades(s.db);
  const names = trades.map((t) => (s.me.language === 'en' ? t.name_en : t.name_id));
  s.say(
    s.t.leadAskTrades(names),
    names.map((n, i) => ({ label: `${i + 1}. ${n}`, value: String(i + 1) })),
  );
}

/** The next answer in a guided lead draft; undefined when there is no draft. */
export async function answerLeadDraft(s: Session): Promise<Handled | undefined> {
  // Taken out of the chat: every step that goes on opens it again with what it has so far.
  const open = await takeOpenQuestion<DraftState>(s, 'lead_draft', DRAFT_TTL_MS);
  if (!open) return undefined;
  const { step, draft } = open.state;
  const text = s.msg.text.trim();
  const word = text.toLowerCase();
  if (word === 'batal' || word === '/batal' || (step === 'confirm' && yesOrNo(text) === 'no')) {
    s.say(s.t.leadCancelled);
    return s.done('lead:cancelled');
  }
  const next = async (nextStep: Step, nextDraft: LeadDraft, ask: () => void | Promise<void>) => {
    await openQuestion(s, { kind: 'lead_draft', step: nextStep, draft: nextDraft } satisfies DraftState);
    await ask();
    return s.done(`lead:${nextStep}`);
  };
  const skipped = SKIP.has(word);

  switch (step) {
    case 'trades': {
      const codes = await tradeCodes(s);
      const match = tradeMatcher(codes);
      const picked = joinTradePhrases(text)
        .split(/[\s,]+/)
        .filter(Boolean)
        .map((w) => (/^\d+$/.test(w) ? codes[Number(w) - 1] : match(w)));
      if (picked.length === 0 || picked.some((c) => c === undefined)) return next('trades', draft, () => askTrades(s));
      return next('text', { ...draft, trades: [...new Set(picked as string[])] }, () => s.say(s.t.leadAskText));
    }
    case 'text': {
      if (text.length < 5 || text.length > 1000) return next('text', draft, () => s.say(s.t.leadAskText));
      return next('deadline', { ...draft, text, ...readDetails(text, s.today) }, () => s.say(s.t.leadAskDeadline));
    }
    case 'deadline': {
      const deadline = skipped ? null : parseDeadline(text, s.today);
      if (!skipped && !deadline) return next('deadline', draft, () => s.say(s.t.leadAskDeadline));
      return next('quantity', { ...draft, deadline: deadline ?? draft.deadline }, () => s.say(s.t.leadAskQuantity));
    }
    case 'quantity': {
      const n = skipped ? null : leadQuantity(text);
      if (!skipped && n === null) return next('quantity', draft, () => s.say(s.t.leadAskQuantity));
      return next('down_payment', { ...draft, quantityWanted: n ?? draft.quantityWanted }, () => s.say(s.t.leadAskDownPayment));
    }
    case 'down_payment': {
      const n = Number(text.replace(/%$/, '').trim());
      if (!skipped && !(Number.isInteger(n) && n > 0 && n <= 100)) return next('down_payment', draft, () => s.say(s.t.leadAskDownPayment));
      return preview(s, { ...draft, downPaymentPercent: skipped ? draft.downPaymentPercent : n });
    }
    case 'confirm': {
      if (yesOrNo(text) !== 'yes' && word !== 'kirim' && word !== 'send') {
        await openQuestion(s, open.state);
        s.say(s.t.leadConfirmAgain, confirmButtons(s));
        return s.done('lead:confirm-again');
      }
      return publish(s, draft);
    }
  }
}

function confirmButtons(s: Session) {
  return [
    { label: `✅ ${s.t.leadSendWord}`, value: s.t.leadSendWord },
    { label: `❌ ${s.t.no}`, value: s.t.no },
  ];
}

async function preview(s: Session, draft: LeadDraft): Promise<Handled> {
  const target = await targetOf(s.db, draft);
  const reach = await reachOf(s.db, draft.trades, target, s.me.id);
  await openQuestion(s, { kind: 'lead_draft', step: 'confirm', draft } satisfies DraftState);
  s.say(s.t.leadPreview({ code: 'P…', ...draft }, reach), confirmButtons(s));
  return s.done('lead:preview');
}

async function publish(s: Session, draft: LeadDraft): Promise<Handled> {
  const fid = await facilitatorId(s, 'create_lead');
  const target = await targetOf(s.db, draft);
  const created = await createLead(s.db, {
    facilitatorId: fid,
    facilitatorPersonId: s.me.id,
    draft,
    target,
    timeZone: s.me.timeZone,
    at: s.now(),
    sourceMessageId: s.inboundId,
  });
  // Its deliveries are written and sent after commit (src/jobs/publish-lead.processor.ts).
  s.followUp({ kind: 'publish_lead', leadId: created.lead.id });
  s.say(s.t.leadSent(created.lead.code, created.reach));
  return s.done('lead:sent');
}

/**
 * The lead a member's answer is for. A bare word ("ikut", "maaf belum bisa": `bare`) answers
 * only a lead that reached her within BARE_ANSWER_DAYS, or the lead message she replies to;
 * otherwise it is everyday chat: not money, not a record, not an answer.
 */
async function leadAsked(s: Session, code: string | null, bare: boolean) {
  const quoted = s.msg.quotedMessageId ? { platform: s.msg.platform, chatId: s.msg.chatId, messageId: s.msg.quotedMessageId } : null;
  const since = bare && code === null ? new Date(s.now().getTime() - BARE_ANSWER_DAYS * 86_400_000) : undefined;
  return leadForAnswer(s.db, { personId: s.me.id, code, quoted, ...(since ? { since } : {}) });
}

/** "MINAT 50", "minat P12 50", "saya bisa 30 pcs", "ikut", "saya ambil 10": an answer to a lead. */
export async function onLeadInterest(s: Session, code: string | null, quantity: number | null, bare = false): Promise<Handled> {
  const found = await leadAsked(s, code, bare);
  if ('none' in found) {
    if (bare && code === null) {
      s.say(s.t.notUnderstood);
      return s.done('lead_interest:not-an-answer');
    }
    s.say(code ? s.t.refusals.lead_unknown : s.t.noOpenLead);
    return s.done('lead_interest:none');
  }
  if ('ambiguous' in found) {
    s.say(s.t.leadWhich(found.ambiguous.map((l) => l.code)));
    return s.done('lead_interest:ambiguous');
  }
  const { lead } = found;
  const result = await answerLead(s.db, lead, s.me.id, quantity, s.inboundId, s.now());
  s.say(s.t.leadAnswered(lead, quantity));
  await tellLeadOwner(s, lead, (t) => t.leadTally(lead, s.me.name, quantity, result));
  return s.done('lead_interest');
}

/** "maaf belum bisa", "skip", "P12 tidak dulu": she declines; kept apart, never counted as interest. */
export async function onLeadDecline(s: Session, code: string | null, bare: boolean): Promise<Handled> {
  const found = await leadAsked(s, code, bare);
  if ('none' in found) {
    if (code) s.say(s.t.refusals.lead_unknown);
    else s.say(s.t.notUnderstood);
    return s.done('lead_decline:none');
  }
  if ('ambiguous' in found) {
    s.say(s.t.leadWhichDecline(found.ambiguous.map((l) => l.code)));
    return s.done('lead_decline:ambiguous');
  }
  const { lead } = found;
  if (bare && code === null) {
    // "maaf belum bisa", "skip" are said about many things: they decline a lead only as a
    // reply to its message, and never take back her interest unasked.
    const quoted = s.msg.quotedMessageId ? await leadsRepo.leadOfQuotedMessage(s.db, s.msg.platform, s.msg.chatId, s.msg.quotedMessageId) : undefined;
    const interest = (await leadsRepo.responsesOf(s.db, lead.id)).find((r) => r.personId === s.me.id);
    if (quoted?.id !== lead.id || interest) {
      if (s.inGroup && !interest) return s.done('lead_decline:not-a-reply');
      s.say(interest ? s.t.leadDeclineKeepsInterest(lead, interest.quantity) : s.t.leadDeclineHow(lead));
      return s.done(interest ? 'lead_decline:keeps-interest' : 'lead_decline:not-a-reply');
    }
  }
  const result = await declineLead(s.db, lead, s.me.id, s.inboundId, s.now());
  s.say(s.t.leadDeclined(lead));
  await tellLeadOwner(s, lead, (t) => t.leadDeclineTally(lead, s.me.name, result));
  return s.done('lead_decline');
}

async function tellLeadOwner(s: Session, lead: Lead, text: NoticeText): Promise<void> {
  const owner = await leadsRepo.ownerPersonId(s.db, lead);
  if (owner !== undefined) await s.tellPerson(owner, text);
}

export async function onLeadShow(s: Session, code: string): Promise<Handled> {
  const lead = await requireOwnLead(s.db, code, await facilitatorId(s, 'view_lead'));
  s.say(s.t.leadDetails(lead, await tally(s.db, lead), await leadsRepo.deliveryStats(s.db, lead.id)));
  return s.done('lead:show');
}

export async function onLeadList(s: Session): Promise<Handled> {
  const leads = await leadsRepo.leadsOfFacilitator(s.db, await facilitatorId(s, 'list_leads'));
  const rows = await Promise.all(leads.map(async (lead) => ({ lead, tally: await tally(s.db, lead) })));
  s.say(s.t.leadList(rows));
  return s.done('lead:list');
}

export async function onLeadClose(s: Session, code: string | null): Promise<Handled> {
  if (!code) {
    s.say(s.t.leadCloseUsage);
    return s.done('lead:close-usage');
  }
  const lead = await requireOwnLead(s.db, code, await facilitatorId(s, 'close_lead'));
  const answered = await closeLead(s.db, lead, 'manual', s.now());
  if (!answered) {
    s.say(s.t.refusals.lead_closed);
    return s.done('lead:already-closed');
  }
  for (const personId of answered.map((r) => r.personId)) await s.tellPerson(personId, (t) => t.leadClosedForAnswerer(lead));
  s.say(s.t.leadClosedForOwner(lead, await tally(s.db, lead)));
  return s.done('lead:closed');
}

/** Tells everyone who answered that the lead is closed, each in her own private chat. */
export async function closedNotices(db: Db, lead: LeadRef, personIds: readonly number[]): Promise<OutboundMessage[]> {
  const notices: OutboundMessage[] = [];
  for (const personId of personIds) {
    const notice = await privateNotice(db, personId, (t) => t.leadClosedForAnswerer(lead));
    if (notice) notices.push(notice);
  }
  return notices;
}

export async function onLeadAward(s: Session, code: string | null, member: string | null, quantity: number | null): Promise<Handled> {
  if (!code || !member || quantity === null || quantity <= 0) {
    s.say(s.t.leadAwardUsage);
    return s.done('lead:award-usage');
  }
  const lead = await requireOwnLead(s.db, code, await facilitatorId(s, 'award_lead'));
  const responders = await tally(s.db, lead);
  const wanted = member.replace(/^@/, '').toLowerCase();
  const matches = responders.responses.filter((r) => r.name.toLowerCase() === wanted || r.name.toLowerCase().split(/\s+/).includes(wanted));
  if (matches.length !== 1) {
    s.say(matches.length ? s.t.memberAmbiguous(member) : s.t.leadNotResponder(member, lead.code));
    return s.done('lead:award-unknown');
  }
  const winner = matches[0]!;
  await awardLead(s.db, lead, winner.personId, quantity, s.now());
  await s.tellPerson(winner.personId, (t) => t.leadAwarded(lead, quantity));
  s.say(s.t.leadAwardDone(winner.name, lead, quantity));
  return s.done('lead:award');
}

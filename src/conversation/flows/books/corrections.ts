/**
 * "ralat 150rb", "bukan 12 tapi 10", "ralat @15rb", "ralat: laku 10 bros @15rb": replaces
 * an entry of the recording she quoted (or of her last one) and shows old → new with the
 * day's totals. What changes is planned in modules/ledger/corrections.ts; orders and
 * credit sales follow through modules/orders/entry-links.service.ts.
 */
import type { IsoDate } from '../../../core/dates.ts';
import { inboundIdsOfMessage } from '../../../modules/inbox/inbox.repository.ts';
import { planCorrection } from '../../../modules/ledger/corrections.ts';
import { currentEntriesOf, lastRecordingOf, listRecent, type StoredEntry } from '../../../modules/ledger/ledger.service.ts';
import { asNew, numberedIn, type Entry, type NewEntry } from '../../../modules/ledger/ledger.ts';
import { replaceWithLinks } from '../../../modules/orders/entry-links.service.ts';
import { sourceOfSent } from '../../../modules/outbox/outbox.repository.ts';
import type { ParseResult } from '../../../parser/types.ts';
import type { Handled, Session } from '../../session.ts';
import { withLinkEffects } from './link-effects.ts';

export async function onCorrection(s: Session, c: Extract<ParseResult, { intent: 'correction' }>): Promise<Handled> {
  const target = await correctionTarget(s);
  if (target.length === 0) {
    s.say(s.t.nothingToCorrect);
    return s.done('correction:nothing');
  }
  const plan = planCorrection(target, { amount: c.amount, quantity: c.quantity, entries: c.entries?.map(asNew), unitPrice: c.unitPrice });
  if ('ask' in plan) {
    if (plan.ask === 'usage') s.say(s.t.correctionUsage);
    else s.say(s.t.correctionWhich(numberedIn(await listRecent(s.db, s.me.id), target), s.today));
    return s.done(`correction:${plan.ask}`);
  }
  if (!(await replaceAndSay(s, plan.old, plan.replacements))) return s.done('correction:refused');
  return s.done('correction');
}

/**
 * The recording a correction is about: the one whose confirmation (or her own message)
 * she quoted, or else her last one. Its current entries (corrections since followed).
 */
async function correctionTarget(s: Session): Promise<StoredEntry[]> {
  const quoted = s.msg.quotedMessageId;
  if (!quoted) return lastRecordingOf(s.db, s.me.id);
  const chat = { platform: s.msg.platform, chatId: s.msg.chatId };
  const answered = await sourceOfSent(s.db, { ...chat, platformMessageId: quoted });
  const ids = answered !== undefined ? [answered] : await inboundIdsOfMessage(s.db, { ...chat, messageId: quoted });
  return currentEntriesOf(s.db, s.me.id, ids);
}

/**
 * Replaces the entries (and what they made on orders and credit sales) and says old → new
 * with the day's totals; false when refused (nothing written, she is told why). `date` is
 * the new entries' day when the correction says its own (an edited message).
 */
export async function replaceAndSay(s: Session, old: readonly Entry[], replacements: readonly NewEntry[], date?: IsoDate): Promise<boolean> {
  const out = await replaceWithLinks(s.db, s.me.id, old, replacements, { messageId: s.inboundId, rawText: s.msg.text }, s.now(), date);
  if (!out.ok) {
    s.say(s.t.linkRefused(out.refusal));
    return false;
  }
  const { replaced } = out;
  s.say(withLinkEffects(s, s.t.corrected({ old: replaced.old, new: replaced.new, date: replaced.businessDate, today: s.today, totals: replaced.totals }), out.effects));
  return true;
}

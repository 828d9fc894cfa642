/**
 * "ralat 150rb", "bukan 12 tapi 10", "ralat @15rb", "ralat: laku 10 bros @15rb": replaces
 * an entry of the recording she quoted (or of her last one, or number N of the list she saw:
 * "ralat no 6: …") and shows old → new with the day's totals. "bukan 5rb tapi 8rb" changes
 * the field 5rb is (price or total), asked when none is. A new day or kind is shape-change.ts.
 * What changes is planned in modules/ledger/corrections.ts; orders and credit sales follow
 * through modules/orders/entry-links.service.ts.
 */
import type { IsoDate } from '../../../core/dates.ts';
import { inboundIdsOfMessage } from '../../../modules/inbox/inbox.repository.ts';
import { planCorrection } from '../../../modules/ledger/corrections.ts';
import { currentEntriesOf, entriesWithIds, lastRecordingOf, type StoredEntry } from '../../../modules/ledger/ledger.service.ts';
import { asNew, numberedIn, type Entry, type NewEntry } from '../../../modules/ledger/ledger.ts';
import { replaceWithLinks } from '../../../modules/orders/entry-links.service.ts';
import { sourceOfSent } from '../../../modules/outbox/outbox.repository.ts';
import type { ParseResult } from '../../../parser/types.ts';
import { yesOrNo } from '../../confirmation.ts';
import type { Handled, Session } from '../../session.ts';
import { withLinkEffects } from './link-effects.ts';
import { listedTarget, showList } from './lists.ts';
import { askYesNo, takeOpenQuestion } from './pending-record.ts';
import { changeShape } from './shape-change.ts';

type CorrectionIntent = Extract<ParseResult, { intent: 'correction' }>;

/** A correction that puts other goods in place of an entry, waiting for "ya". */
interface PendingCorrection {
  kind: 'confirm_correction';
  oldIds: number[];
  replacements: NewEntry[];
}

export async function onCorrection(s: Session, c: CorrectionIntent): Promise<Handled> {
  let target: StoredEntry[];
  if (c.index !== undefined) {
    const listed = await listedTarget(s, c.index);
    if ('handled' in listed) return listed.handled;
    target = [listed.entry];
  } else target = await correctionTarget(s);
  if (target.length === 0) {
    s.say(s.t.nothingToCorrect);
    return s.done('correction:nothing');
  }
  if (c.date !== undefined || c.kind !== undefined) return changeShape(s, target, { date: c.date, kind: c.kind });
  const number = c.index ?? null;
  // "ralat no 2: laku 3 kerudung" when number 2 is bros and no price came with it: said, nothing changed.
  if (c.item !== undefined && !c.entries && target.length === 1 && differentGoods(target[0]!.item, c.item)) {
    s.say(s.t.correctionOtherItem({ number, entry: target[0]!, item: c.item }));
    return s.done('correction:other-item');
  }
  const plan = planCorrection(target, {
    amount: c.amount,
    quantity: c.quantity,
    entries: c.entries?.map(asNew),
    unitPrice: c.unitPrice,
    amountFrom: c.amountFrom,
  });
  if ('ask' in plan) {
    if (plan.ask === 'usage') s.say(s.t.correctionUsage);
    else if (plan.ask === 'mismatch') s.say(s.t.correctionMismatch({ named: plan.named, money: plan.money, entries: target }));
    // The numbers shown are the list's: remembered, so "hapus 2" after this means what she saw.
    else s.say(s.t.correctionWhich(numberedIn(await showList(s), target), s.today));
    return s.done(`correction:${plan.ask}`);
  }
  // Number N replaced by other goods ("ralat no 2: laku 3 kerudung @50rb" when 2 is bros): asked first.
  const only = plan.old.length === 1 ? plan.old[0]! : undefined;
  if (c.index !== undefined && only && plan.replacements.some((r) => differentGoods(only.item, r.item))) {
    const pending: PendingCorrection = { kind: 'confirm_correction', oldIds: [only.id], replacements: plan.replacements };
    await askYesNo(s, pending, s.t.correctionAskOtherItem({ number, old: only, new: plan.replacements }));
    return s.done('correction:ask-other-item');
  }
  if (!(await replaceAndSay(s, plan.old, plan.replacements))) return s.done('correction:refused');
  return s.done('correction');
}

/** Two item names for different goods (either unnamed is no difference). */
function differentGoods(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a.trim().toLowerCase() !== b.trim().toLowerCase();
}

/** "ya"/"tidak" to "Diganti dengan barang lain?"; undefined when there is no such question or she moved on. */
export async function answerPendingCorrection(s: Session): Promise<Handled | undefined> {
  const open = await takeOpenQuestion<PendingCorrection>(s, 'confirm_correction');
  if (!open) return undefined;
  const answer = open.fresh ? yesOrNo(s.msg.text) : null;
  if (answer === 'no') {
    s.say(s.t.correctionKept);
    return s.done('correction:no');
  }
  if (answer !== 'yes') return undefined;
  const old = (await entriesWithIds(s.db, s.me.id, open.state.oldIds)).filter((e) => !e.voided);
  if (old.length !== open.state.oldIds.length) {
    s.say(s.t.nothingToCorrect);
    return s.done('correction:gone');
  }
  if (!(await replaceAndSay(s, old, open.state.replacements))) return s.done('correction:refused');
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

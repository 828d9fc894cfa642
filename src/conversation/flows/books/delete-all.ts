/**
 * "hapus semua yang hari ini": asks first (yes/no) with what would go, and deletes them all
 * only on "ya" — the entries she was shown, not whatever that day holds by then.
 */
import type { IsoDate } from '../../../core/dates.ts';
import { entriesOfDay, entriesWithIds } from '../../../modules/ledger/ledger.service.ts';
import { voidWithLinks } from '../../../modules/orders/entry-links.service.ts';
import { yesOrNo } from '../../confirmation.ts';
import type { Handled, Session } from '../../session.ts';
import { withLinkEffects } from './link-effects.ts';
import { askYesNo, takeOpenQuestion } from './pending-record.ts';

interface PendingDeleteAll {
  kind: 'confirm_delete_all';
  date: IsoDate;
  entryIds: number[];
}

export async function onDeleteAll(s: Session, date: IsoDate): Promise<Handled> {
  const entries = await entriesOfDay(s.db, s.me.id, date);
  if (entries.length === 0) {
    s.say(s.t.deleteAllNone(date, s.today));
    return s.done('delete_all:none');
  }
  const pending: PendingDeleteAll = { kind: 'confirm_delete_all', date, entryIds: entries.map((e) => e.id) };
  await askYesNo(s, pending, s.t.deleteAllAsk({ entries, date, today: s.today }));
  return s.done('delete_all:ask');
}

/** "ya"/"tidak" to "Hapus semua …?"; undefined when there is no such question or she moved on. */
export async function answerDeleteAll(s: Session): Promise<Handled | undefined> {
  const open = await takeOpenQuestion<PendingDeleteAll>(s, 'confirm_delete_all');
  if (!open) return undefined;
  const answer = open.fresh ? yesOrNo(s.msg.text) : null;
  if (answer === 'no') {
    s.say(s.t.deleteAllKept);
    return s.done('delete_all:no');
  }
  if (answer !== 'yes') return undefined;
  // Only those she was shown that still count (a "batal" in between took some already).
  const entries = (await entriesWithIds(s.db, s.me.id, open.state.entryIds)).filter((e) => !e.voided);
  if (entries.length === 0) {
    s.say(s.t.deleteAllNone(open.state.date, s.today));
    return s.done('delete_all:none');
  }
  const out = await voidWithLinks(s.db, s.me.id, entries, { messageId: s.inboundId, at: s.now() });
  if (!out.ok) {
    s.say(s.t.linkRefused(out.refusal));
    return s.done('delete_all:refused');
  }
  s.say(withLinkEffects(s, s.t.deletedAll({ entries, date: open.state.date, today: s.today, totals: out.undone.totals! }), out.effects));
  return s.done('delete_all');
}

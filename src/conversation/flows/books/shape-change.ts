/**
 * "ralat, itu jualan kemarin" (her last recording belongs to yesterday), "salah, itu
 * pengeluaran bukan penjualan" (its kind), "ralat no 3, itu kemarin" (number 3 of her list).
 * A move names both days and shows both days' totals; a kind change shows old → new.
 */
import type { IsoDate } from '../../../core/dates.ts';
import { totalsOfDay, type StoredEntry } from '../../../modules/ledger/ledger.service.ts';
import { asNew, type EntryKind } from '../../../modules/ledger/ledger.ts';
import { replaceWithLinks } from '../../../modules/orders/entry-links.service.ts';
import type { Handled, Session } from '../../session.ts';
import { replaceAndSay } from './corrections.ts';
import { withLinkEffects } from './link-effects.ts';

export async function changeShape(s: Session, target: readonly StoredEntry[], change: { date?: IsoDate | undefined; kind?: EntryKind | undefined }): Promise<Handled> {
  if (change.date !== undefined) {
    // With a day, the kind she names says which entries she means ("itu jualan kemarin").
    const entries = change.kind !== undefined ? target.filter((e) => e.kind === change.kind) : [...target];
    if (entries.length === 0) {
      s.say(s.t.correctionNotThatKind(change.kind!));
      return s.done('correction:not-that-kind');
    }
    return move(s, entries, change.date);
  }
  const kind = change.kind!;
  const others = target.filter((e) => e.kind !== kind);
  if (others.length === 0) {
    s.say(s.t.kindAlready(kind));
    return s.done('correction:kind-already');
  }
  if (others.length > 1) {
    // Several entries of other kinds: which one is not said.
    s.say(s.t.correctionUsage);
    return s.done('correction:which');
  }
  const old = others[0]!;
  if (!(await replaceAndSay(s, [old], [{ ...asNew(old), kind }]))) return s.done('correction:refused');
  return s.done('correction:kind');
}

async function move(s: Session, entries: readonly StoredEntry[], to: IsoDate): Promise<Handled> {
  const from = entries[0]!.businessDate;
  const moving = entries.filter((e) => e.businessDate !== to);
  if (moving.length === 0) {
    s.say(s.t.movedAlready(to, s.today));
    return s.done('correction:moved-already');
  }
  const out = await replaceWithLinks(s.db, s.me.id, moving, moving.map(asNew), { messageId: s.inboundId, rawText: s.msg.text }, s.now(), to);
  if (!out.ok) {
    s.say(s.t.linkRefused(out.refusal));
    return s.done('correction:refused');
  }
  const totalsFrom = await totalsOfDay(s.db, s.me.id, from);
  s.say(withLinkEffects(s, s.t.moved({ entries: out.replaced.new, from, to, today: s.today, totalsFrom, totalsTo: out.replaced.totals }), out.effects));
  return s.done('correction:moved');
}

/** "/catatan": her last entries, numbered, newest first; "hapus N" voids number N of that list. */
import { listedEntry, listRecent } from '../../../modules/ledger/ledger.service.ts';
import { voidWithLinks } from '../../../modules/orders/entry-links.service.ts';
import type { Handled, Session } from '../../session.ts';
import { withLinkEffects } from './link-effects.ts';

export async function onListEntries(s: Session): Promise<Handled> {
  s.say(s.t.entryList(await listRecent(s.db, s.me.id), s.today));
  return s.done('list_entries');
}

/** "hapus 3": voids the entry with what it made on orders and credit sales, or says why not. */
export async function onDeleteEntry(s: Session, index: number): Promise<Handled> {
  const entry = await listedEntry(s.db, s.me.id, index);
  if (!entry) {
    s.say(s.t.deleteNotFound(index));
    return s.done('delete_entry:not-found');
  }
  const out = await voidWithLinks(s.db, s.me.id, [entry], { messageId: s.inboundId, at: s.now() });
  if (!out.ok) {
    s.say(s.t.linkRefused(out.refusal));
    return s.done('delete_entry:refused');
  }
  s.say(withLinkEffects(s, s.t.deleted({ entry, today: s.today, totals: out.undone.totals! }), out.effects));
  return s.done('delete_entry');
}

/**
 * "batal": voids her last recording (kept, marked void). An order payment or a credit
 * sale among it is taken back with it, or the whole undo is refused kindly (see
 * modules/orders/entry-links.service.ts).
 */
import { lastRecordingOf } from '../../../modules/ledger/ledger.service.ts';
import { voidWithLinks } from '../../../modules/orders/entry-links.service.ts';
import type { Handled, Session } from '../../session.ts';
import { withLinkEffects } from './link-effects.ts';

export async function onUndo(s: Session): Promise<Handled> {
  const last = await lastRecordingOf(s.db, s.me.id);
  if (last.length === 0) {
    s.say(s.t.nothingToUndo);
    return s.done('undo');
  }
  const out = await voidWithLinks(s.db, s.me.id, last, { messageId: s.inboundId, at: s.now() });
  if (!out.ok) {
    s.say(s.t.linkRefused(out.refusal));
    return s.done('undo:refused');
  }
  if (!out.undone.totals) s.say(s.t.nothingToUndo);
  else s.say(withLinkEffects(s, s.t.undone({ entries: out.undone.entries, today: s.today, totals: out.undone.totals }), out.effects));
  return s.done('undo');
}

/** "ya"/"tidak" to the open question "Maksud Ibu begini? …": records the guess, or drops it. */
import { yesOrNo } from '../../confirmation.ts';
import type { Handled, Session } from '../../session.ts';
import { takePendingRecord } from './pending-record.ts';
import { recordAndEcho } from './record.ts';
import { recordCreditAndEcho } from '../credit.ts';

/** Handles "ya"/"tidak" to an open question; undefined when there is none or she moved on. */
export async function answerPendingRecord(s: Session): Promise<Handled | undefined> {
  const open = await takePendingRecord(s);
  if (!open) return undefined;
  // Anything but a clear answer drops the question: the new message is handled on its own.
  const answer = open.fresh ? yesOrNo(s.msg.text) : null;
  const { pending } = open;
  if (answer === 'no') {
    s.say(pending.pricedItem !== undefined ? s.t.priceDeclined(pending.pricedItem) : s.t.declined);
    return s.done('confirm:no');
  }
  if (answer === 'yes') {
    if (pending.credit !== undefined) {
      await recordCreditAndEcho(s, pending.entries, pending.date, pending.credit, pending.rawText);
      return s.done('confirm:yes');
    }
    await recordAndEcho(s, pending.entries, pending.date, pending.rawText);
    return s.done('confirm:yes');
  }
  return undefined;
}

/**
 * "ya"/"tidak" to the open question "Maksud Ibu begini? …": records the guess, or drops it.
 * A question that expired, or that she wrote past, is never answered by a later "ya": she
 * is told what it was about, that nothing was recorded, and what to write instead.
 */
import { yesOrNo } from '../../confirmation.ts';
import type { Handled, Session } from '../../session.ts';
import { smallTalk } from '../../small-talk.ts';
import { rememberPassedOver, takePassedOver, takePendingRecord } from './pending-record.ts';
import { recordAndEcho } from './record.ts';
import { recordCreditAndEcho } from '../credit.ts';

/** Handles "ya"/"tidak" to an open question; undefined when there is none or she moved on. */
export async function answerPendingRecord(s: Session): Promise<Handled | undefined> {
  const open = await takePendingRecord(s);
  if (!open) return undefined;
  const { pending } = open;
  const answer = open.fresh ? yesOrNo(s.msg.text) : lateAnswer(s.msg.text);
  if (answer === null) {
    // Anything but an answer passes the question over: the new message is handled on its own.
    await rememberPassedOver(s, pending);
    return undefined;
  }
  if (!open.fresh) {
    s.say(s.t.questionExpired({ entries: pending.entries, date: pending.date, today: s.today, answer }));
    return s.done(`confirm:expired-${answer}`);
  }
  if (answer === 'no') {
    s.say(pending.pricedItem !== undefined ? s.t.priceDeclined(pending.pricedItem) : s.t.declined);
    return s.done('confirm:no');
  }
  if (pending.credit !== undefined) {
    await recordCreditAndEcho(s, pending.entries, pending.date, pending.credit, pending.rawText);
    return s.done('confirm:yes');
  }
  await recordAndEcho(s, pending.entries, pending.date, pending.rawText);
  return s.done('confirm:yes');
}

/**
 * An answer to a question that has expired: the whole message is a yes or no, and "ok" or
 * "siap" count too (the question was the last thing said, so she means it as an answer).
 * "batal" is not one here: long after the question it is the undo command.
 */
export function lateAnswer(text: string): 'yes' | 'no' | null {
  const talk = smallTalk(text);
  if (talk?.kind === 'answer') return talk.answer;
  return talk?.kind === 'ack' ? 'yes' : null;
}

/**
 * A clear "ya"/"tidak" after she passed a question over: says what it would have
 * confirmed. "ok", "siap" acknowledge the last reply instead and are left to small talk.
 */
export async function answerPassedOver(s: Session): Promise<Handled | undefined> {
  // In a group, "ya" is mostly said to the others: only one that replies to the bot is hers to us.
  if (s.inGroup && !s.msg.addressedToBot) return undefined;
  const talk = smallTalk(s.msg.text);
  if (talk?.kind !== 'answer') return undefined;
  const closed = await takePassedOver(s);
  if (!closed) return undefined;
  s.say(s.t.questionOvertaken({ entries: closed.entries, date: closed.date, today: s.today, answer: talk.answer }));
  return s.done(`confirm:overtaken-${talk.answer}`);
}

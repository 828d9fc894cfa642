/**
 * A guessed record waiting for "ya"/"tidak": kept with the chat until she answers, or
 * forgotten after half an hour.
 */
import type { IsoDate } from '../../../core/dates.ts';
import { clearState, getState, setState } from '../../../modules/conversation-state/conversation-state.repository.ts';
import type { NewEntry } from '../../../modules/ledger/ledger.ts';
import type { Session } from '../../session.ts';

export interface PendingRecord {
  kind: 'confirm_record';
  entries: NewEntry[];
  date: IsoDate;
  rawText: string;
  /** Set when the guess was a remembered price: "tidak" then asks her to write the price. */
  pricedItem?: string | null;
  /** A sale on credit: "ya" records it with what this customer owes. */
  credit?: string;
}

/** A question older than this is forgotten: "ya" tomorrow should not record today's guess. */
const PENDING_TTL_MS = 30 * 60 * 1000;

/** Asks `question` with yes/no buttons and remembers what "ya" records (this message's text as its source). */
export async function askBeforeRecording(
  s: Session,
  guess: { entries: NewEntry[]; date: IsoDate; pricedItem?: string | null; credit?: string },
  question: string,
): Promise<void> {
  const pending: PendingRecord = { kind: 'confirm_record', entries: guess.entries, date: guess.date, rawText: s.msg.text };
  if (guess.pricedItem !== undefined) pending.pricedItem = guess.pricedItem;
  if (guess.credit !== undefined) pending.credit = guess.credit;
  await setState(s.db, s.chatKey, pending, s.now());
  s.say(question, [
    { label: `✅ ${s.t.yes}`, value: s.t.yes },
    { label: `❌ ${s.t.no}`, value: s.t.no },
  ]);
}

/**
 * The open question in this chat, taken out of it (this message answers it or moves on),
 * and whether it is still fresh enough to answer. Undefined when there is none.
 */
export async function takePendingRecord(s: Session): Promise<{ pending: PendingRecord; fresh: boolean } | undefined> {
  const stored = await getState<PendingRecord>(s.db, s.chatKey);
  if (!stored || stored.state.kind !== 'confirm_record') return undefined;
  await clearState(s.db, s.chatKey);
  return { pending: stored.state, fresh: s.now().getTime() - stored.updatedAt.getTime() <= PENDING_TTL_MS };
}

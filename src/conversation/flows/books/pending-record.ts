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
  /** A sale on credit: "ya" records it with what this customer owes (or, in a ledger of several, each entry's customer). */
  credit?: string | (string | null)[];
}

/** A question older than this is forgotten: "ya" tomorrow should not record today's guess. */
const PENDING_TTL_MS = 30 * 60 * 1000;

/**
 * A question she left unanswered and wrote past: kept (in place of the question) so that a
 * later "ya" is told what it would have confirmed, and that nothing was recorded.
 */
export interface ClosedQuestion {
  kind: 'question_closed';
  entries: NewEntry[];
  date: IsoDate;
}

/** How long a passed-over question is remembered for that answer; after it, "ya" hears only that no question is open. */
const CLOSED_TTL_MS = 24 * 60 * 60 * 1000;

/** Asks `question` with yes/no buttons and remembers what "ya" records (this message's text as its source). */
export async function askBeforeRecording(
  s: Session,
  guess: { entries: NewEntry[]; date: IsoDate; pricedItem?: string | null; credit?: string | readonly (string | null)[] },
  question: string,
): Promise<void> {
  const pending: PendingRecord = { kind: 'confirm_record', entries: guess.entries, date: guess.date, rawText: s.msg.text };
  if (guess.pricedItem !== undefined) pending.pricedItem = guess.pricedItem;
  if (guess.credit !== undefined) pending.credit = typeof guess.credit === 'string' ? guess.credit : [...guess.credit];
  await askYesNo(s, pending, question);
}

/** Opens a yes/no question (what its "ya" acts on is `state`) and asks it with ✅/❌ buttons. */
export async function askYesNo(s: Session, state: { kind: string }, question: string): Promise<void> {
  await openQuestion(s, state);
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
  const open = await takeOpenQuestion<PendingRecord>(s, 'confirm_record');
  return open && { pending: open.state, fresh: open.fresh };
}

/**
 * Remembers an open question of the books (what its answer acts on) until she answers or
 * half an hour passes; with the inbox id of the message that made it ask, so deleting that
 * message closes it (closeQuestionAskedBy).
 */
export async function openQuestion<T extends { kind: string }>(s: Session, state: T): Promise<void> {
  await setState(s.db, s.chatKey, { ...state, askedBy: s.inboundId }, s.now());
}

/** Questions that span many messages: deleting one of them does not end them (her name, a lead being written). */
const KEPT_ON_DELETE: ReadonlySet<string> = new Set(['awaiting_name', 'lead_draft']);

/**
 * Closes this chat's open question when one of these messages (inbox ids) asked it: she
 * deleted it, so its "ya" must not act on what it said. True when it did.
 */
export async function closeQuestionAskedBy(s: Session, inboundIds: readonly number[]): Promise<boolean> {
  const stored = await getState<{ kind: string; askedBy?: number }>(s.db, s.chatKey);
  if (stored?.state.askedBy === undefined || !inboundIds.includes(stored.state.askedBy)) return false;
  if (KEPT_ON_DELETE.has(stored.state.kind)) return false;
  await clearState(s.db, s.chatKey);
  return true;
}

/**
 * The open question of `kind` in this chat, taken out of it (this message answers it or
 * moves on), and whether it is still fresh enough to answer; undefined when there is none
 * or it is older than `forgetAfterMs` (a day unless given: then an answer to it is only
 * small talk). A question that keeps (her name) passes Infinity.
 */
export async function takeOpenQuestion<T extends { kind: string }>(
  s: Session,
  kind: T['kind'],
  forgetAfterMs = CLOSED_TTL_MS,
): Promise<{ state: T; fresh: boolean } | undefined> {
  const stored = await getState<T>(s.db, s.chatKey);
  if (!stored || stored.state.kind !== kind) return undefined;
  await clearState(s.db, s.chatKey);
  const age = s.now().getTime() - stored.updatedAt.getTime();
  // Days later "iya" is small talk, not an answer: she is not told a question expired.
  if (age > forgetAfterMs) return undefined;
  return { state: stored.state, fresh: age <= PENDING_TTL_MS };
}

/** The open question of `kind` in this chat, left open (a reminder reads it); undefined as `takeOpenQuestion` would be. */
export async function peekOpenQuestion<T extends { kind: string }>(s: Session, kind: T['kind'], forgetAfterMs = CLOSED_TTL_MS): Promise<T | undefined> {
  const stored = await getState<T>(s.db, s.chatKey);
  if (!stored || stored.state.kind !== kind) return undefined;
  return s.now().getTime() - stored.updatedAt.getTime() > forgetAfterMs ? undefined : stored.state;
}

/** Remembers the question this message passed over (she wrote something else instead of answering). */
export async function rememberPassedOver(s: Session, pending: Pick<PendingRecord, 'entries' | 'date'>): Promise<void> {
  await setState(s.db, s.chatKey, { kind: 'question_closed', entries: pending.entries, date: pending.date } satisfies ClosedQuestion, s.now());
}

/** The question she passed over in this chat, taken out of it; undefined when there is none (or it is too old to matter). */
export async function takePassedOver(s: Session): Promise<ClosedQuestion | undefined> {
  const stored = await getState<ClosedQuestion>(s.db, s.chatKey);
  if (!stored || stored.state.kind !== 'question_closed') return undefined;
  await clearState(s.db, s.chatKey);
  return s.now().getTime() - stored.updatedAt.getTime() <= CLOSED_TTL_MS ? stored.state : undefined;
}

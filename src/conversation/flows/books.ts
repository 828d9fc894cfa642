/** Recording, confirming, undoing and recapping a member's books. */
import type { IsoDate } from '../../core/dates.ts';
import { clearState, getState, setState } from '../../modules/conversation-state/conversation-state.repository.ts';
import { recap, recordEntries, undoLastRecording } from '../../modules/ledger/ledger.service.ts';
import type { NewEntry, Period } from '../../modules/ledger/ledger.ts';
import type { ParsedEntry } from '../../parser/types.ts';
import { yesOrNo } from '../confirmation.ts';
import type { Handled, Session } from '../session.ts';

/** A guessed record waiting for "ya"/"tidak". */
interface PendingRecord {
  kind: 'confirm_record';
  entries: NewEntry[];
  date: IsoDate;
  rawText: string;
}

/** A question older than this is forgotten: "ya" tomorrow should not record today's guess. */
const PENDING_TTL_MS = 30 * 60 * 1000;

export async function onRecord(s: Session, entries: ParsedEntry[], date: IsoDate, confident: boolean): Promise<Handled> {
  if (entries.length === 0 || entries.some((e) => !(e.amount > 0))) {
    s.say(s.t.askAmount);
    return s.done('record:no-amount');
  }
  const newEntries: NewEntry[] = entries.map((e) => ({ ...e }));
  if (!confident) {
    // Never record a guess silently: ask, and remember the guess until she answers.
    const pending: PendingRecord = { kind: 'confirm_record', entries: newEntries, date, rawText: s.msg.text };
    await setState(s.db, s.chatKey, pending, s.now());
    s.say(s.t.askConfirm({ entries: newEntries, date, today: s.today }), [
      { label: `✅ ${s.t.yes}`, value: s.t.yes },
      { label: `❌ ${s.t.no}`, value: s.t.no },
    ]);
    return s.done('record:ask');
  }
  await record(s, newEntries, date, s.msg.text);
  return s.done('record');
}

async function record(s: Session, entries: NewEntry[], date: IsoDate, rawText: string): Promise<void> {
  const recorded = await recordEntries(s.db, s.me.id, date, entries, { messageId: s.inboundId, rawText });
  s.say(s.t.recorded({ entries: recorded.entries, date, today: s.today, totals: recorded.totals }));
}

/** Handles "ya"/"tidak" to an open question; undefined when there is none or she moved on. */
export async function answerPendingRecord(s: Session): Promise<Handled | undefined> {
  const pending = await getState<PendingRecord>(s.db, s.chatKey);
  if (!pending || pending.state.kind !== 'confirm_record') return undefined;
  const fresh = s.now().getTime() - pending.updatedAt.getTime() <= PENDING_TTL_MS;
  const answer = fresh ? yesOrNo(s.msg.text) : null;
  // Anything but a clear answer drops the question: the new message is handled on its own.
  await clearState(s.db, s.chatKey);
  if (answer === 'no') {
    s.say(s.t.declined);
    return s.done('confirm:no');
  }
  if (answer === 'yes') {
    await record(s, pending.state.entries, pending.state.date, pending.state.rawText);
    return s.done('confirm:yes');
  }
  return undefined;
}

export async function onUndo(s: Session): Promise<Handled> {
  const undone = await undoLastRecording(s.db, s.me.id, { messageId: s.inboundId, at: s.now() });
  if (undone.entries.length === 0 || !undone.totals) s.say(s.t.nothingToUndo);
  else s.say(s.t.undone({ entries: undone.entries, today: s.today, totals: undone.totals }));
  return s.done('undo');
}

export async function onRecap(s: Session, period: Period | null, day: IsoDate | undefined): Promise<Handled> {
  s.say(s.t.recap(await recap(s.db, s.me.id, period ?? 'day', day ?? s.today), s.today));
  return s.done('recap');
}

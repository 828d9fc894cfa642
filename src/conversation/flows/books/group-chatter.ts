/**
 * A group message not addressed to the bot while her question is open: "ya", "ok",
 * "jualan" there are mostly said to the others, so they answer nothing and the question
 * stays open for her reply to the bot. Anything else (a new record, news for the group)
 * passes a books question over as it would in a private chat: a later "ya" to the bot is
 * told what it would have confirmed, never records it.
 */
import { getState } from '../../../modules/conversation-state/conversation-state.repository.ts';
import type { NewEntry } from '../../../modules/ledger/ledger.ts';
import type { IsoDate } from '../../../core/dates.ts';
import type { Session } from '../../session.ts';
import { smallTalk } from '../../small-talk.ts';
import { kindAnswer } from './kind-question.ts';
import { rememberPassedOver } from './pending-record.ts';

/** The books' questions whose "ya" would record: these are passed over, the rest expire on their own. */
const PASSED_OVER = new Set(['confirm_record', 'ask_kind', 'ask_detail']);

export async function passOverInGroup(s: Session): Promise<void> {
  if (smallTalk(s.msg.text) !== null || kindAnswer(s.msg.text) !== null) return;
  const stored = await getState<{ kind: string; entries?: NewEntry[]; date?: IsoDate }>(s.db, s.chatKey);
  if (!stored || !PASSED_OVER.has(stored.state.kind) || !stored.state.entries || !stored.state.date) return;
  // A guess still without its amount ("tadi ada pembeli") has nothing a later "ya" could be told.
  if (stored.state.entries.some((e) => e.amount === 0)) return;
  await rememberPassedOver(s, { entries: stored.state.entries, date: stored.state.date });
}

/**
 * "bros 15rb", "benang 20rb": an amount with no verb could be a sale or an expense. She is
 * asked "Jualan atau belanja?" (two buttons on Telegram; on WhatsApp the words say "1"/"2")
 * and the answer records it: "jualan"/"belanja", "1"/"2" (and their usual words) work typed.
 */
import type { IsoDate } from '../../../core/dates.ts';
import type { EntryKind, NewEntry } from '../../../modules/ledger/ledger.ts';
import { kindOfWord } from '../../../parser/index.ts';
import { FILLER_WORDS, YES_WORDS, yesOrNo } from '../../confirmation.ts';
import { lateAnswer } from './confirm.ts';
import type { Handled, Session } from '../../session.ts';
import { openQuestion, rememberPassedOver, takeOpenQuestion } from './pending-record.ts';
import { recordAndEcho } from './record.ts';

interface PendingKind {
  kind: 'ask_kind';
  entries: NewEntry[];
  date: IsoDate;
  rawText: string;
}

/** The buttons' answers as typed where there are no buttons (WhatsApp): "1" jualan, "2" belanja. */
const BY_NUMBER: Readonly<Record<string, EntryKind>> = { '1': 'sale', '2': 'expense' };

/** The kind a short answer names ("jualan", "2", "belanja ya"), or null. */
export function kindAnswer(text: string): EntryKind | null {
  const words = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const [first, ...rest] = words;
  // Only an answer and its fillers ("jualan bu", "belanja itu ya"): "beli benang 20rb" or
  // "jualan 3 bros 45rb" is a new message, not an answer.
  if (!first || !rest.every((w) => FILLER_WORDS.has(w) || YES_WORDS.has(w))) return null;
  // The words are the parser's own sale and expense words (one vocabulary, src/parser/lexicon.ts).
  return BY_NUMBER[first] ?? kindOfWord(first);
}

export async function askKind(s: Session, entries: NewEntry[], date: IsoDate, rawText = s.msg.text): Promise<Handled> {
  const pending: PendingKind = { kind: 'ask_kind', entries, date, rawText };
  await openQuestion(s, pending);
  const { sale, expense } = s.t.kindChoice;
  s.say(s.t.askKind({ entries, date, today: s.today }), [sale, expense]);
  return s.done('record:ask-kind');
}

/** The answer to "Jualan atau belanja?"; undefined when there is no such question or she moved on. */
export async function answerKindQuestion(s: Session): Promise<Handled | undefined> {
  const open = await takeOpenQuestion<PendingKind>(s, 'ask_kind');
  if (!open) return undefined;
  const kind = kindAnswer(s.msg.text);
  const yesNo = yesOrNo(s.msg.text);
  if (!open.fresh) {
    // Too late to act on: say what it was about and that nothing was recorded ("batal" long
    // after is the undo command, not an answer; anything else is a new message).
    const late = kind !== null ? 'yes' : lateAnswer(s.msg.text);
    if (late === null) return undefined;
    const { entries, date } = open.state;
    // "jualan" names the kind: the sentence to retype says it. A bare "ya"/"ok" does not:
    // the entries are shown without a kind and she is told how to write either.
    if (kind !== null) s.say(s.t.questionExpired({ entries: entries.map((e) => ({ ...e, kind })), date, today: s.today, answer: late }));
    else s.say(s.t.kindQuestionExpired({ entries, date, today: s.today, answer: late }));
    return s.done('ask_kind:expired');
  }
  if (kind === null) {
    if (yesNo === 'no') {
      s.say(s.t.declined);
      return s.done('ask_kind:no');
    }
    if (yesNo === 'yes') {
      // "ya" does not say which: the question stays open and is asked again.
      return askKind(s, open.state.entries, open.state.date, open.state.rawText);
    }
    // She wrote something else: a later "ya" is told what this question was about.
    await rememberPassedOver(s, open.state);
    return undefined;
  }
  await recordAndEcho(s, open.state.entries.map((e) => ({ ...e, kind })), open.state.date, open.state.rawText);
  return s.done(`ask_kind:${kind}`);
}

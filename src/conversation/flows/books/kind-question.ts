/**
 * "bros 15rb", "benang 20rb": an amount with no verb could be a sale or an expense. She is
 * asked "Jualan atau belanja?" (two buttons on Telegram; on WhatsApp the words say "1"/"2")
 * and the answer records it: "jualan"/"belanja", "1"/"2" (and their usual words) work typed.
 */
import type { IsoDate } from '../../../core/dates.ts';
import type { EntryKind, NewEntry } from '../../../modules/ledger/ledger.ts';
import { yesOrNo } from '../../confirmation.ts';
import type { Handled, Session } from '../../session.ts';
import { openQuestion, takeOpenQuestion } from './pending-record.ts';
import { recordAndEcho } from './record.ts';

interface PendingKind {
  kind: 'ask_kind';
  entries: NewEntry[];
  date: IsoDate;
  rawText: string;
}

const SALE = new Set(['1', 'jualan', 'jual', 'penjualan', 'laku', 'terjual', 'pemasukan', 'masuk', 'sale', 'sales', 'sold', 'income']);
const EXPENSE = new Set(['2', 'belanja', 'beli', 'pengeluaran', 'keluar', 'kulakan', 'biaya', 'expense', 'bought', 'spent']);

/** The kind a short answer names ("jualan", "2", "belanja ya"), or null. */
export function kindAnswer(text: string): EntryKind | null {
  const words = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const first = words[0];
  // Only short answers: "jualan 3 bros 45rb" is a new message.
  if (!first || words.length > 3) return null;
  if (SALE.has(first)) return 'sale';
  if (EXPENSE.has(first)) return 'expense';
  return null;
}

export async function askKind(s: Session, entries: NewEntry[], date: IsoDate): Promise<Handled> {
  const pending: PendingKind = { kind: 'ask_kind', entries, date, rawText: s.msg.text };
  await openQuestion(s, pending);
  const { sale, expense } = s.t.kindChoice;
  s.say(s.t.askKind({ entries, date, today: s.today }), [sale, expense]);
  return s.done('record:ask-kind');
}

/** The answer to "Jualan atau belanja?"; undefined when there is no such question or she moved on. */
export async function answerKindQuestion(s: Session): Promise<Handled | undefined> {
  const open = await takeOpenQuestion<PendingKind>(s, 'ask_kind');
  if (!open || !open.fresh) return undefined;
  const kind = kindAnswer(s.msg.text);
  if (kind === null) {
    if (yesOrNo(s.msg.text) !== 'no') return undefined;
    s.say(s.t.declined);
    return s.done('ask_kind:no');
  }
  await recordAndEcho(s, open.state.entries.map((e) => ({ ...e, kind })), open.state.date, open.state.rawText);
  return s.done(`ask_kind:${kind}`);
}

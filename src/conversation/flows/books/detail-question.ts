/**
 * One short question a value answers, when a single thing about a record is unclear: the
 * day a several-day sum is for ("kemarin", "hari ini"), what was sold or bought for a bare
 * amount ("kerudung"), the price she got for a face value ("27rb"), the rupiah of a small
 * or unclear number ("500rb"), the amount of a sale she wrote none for, whether her figure is
 * the price of one or of all ("Rp75.000" / "Rp15.000"). Her answer completes
 * the guess and records it; "tidak" drops it; anything else is a new message.
 */
import type { IsoDate } from '../../../core/dates.ts';
import { formatRupiah } from '../../../core/money.ts';
import type { NewEntry } from '../../../modules/ledger/ledger.ts';
import { kindOfWord, parseAmount, parseDay } from '../../../parser/index.ts';
import { FILLER_WORDS, yesOrNo } from '../../confirmation.ts';
import { isDetailNote, type DetailNote } from '../../replies/catalogue.ts';
import type { Handled, Session } from '../../session.ts';
import { lateAnswer } from './confirm.ts';
import { openQuestion, rememberPassedOver, takeOpenQuestion } from './pending-record.ts';
import { recordAndEcho } from './record.ts';

interface PendingDetail {
  kind: 'ask_detail';
  note: DetailNote;
  entries: NewEntry[];
  date: IsoDate;
  rawText: string;
}

/** What answers each question, and whether a plain "ya" records the guess as it stands. */
const WANTS: Record<DetailNote, { want: 'day' | 'item' | 'amount'; yesRecords: boolean }> = {
  period_sum: { want: 'day', yesRecords: false },
  no_object: { want: 'item', yesRecords: false },
  face_value: { want: 'amount', yesRecords: false },
  small_plain_number: { want: 'amount', yesRecords: true },
  implausible_amount: { want: 'amount', yesRecords: true },
  ambiguous_amount: { want: 'amount', yesRecords: true },
  sale_no_amount: { want: 'amount', yesRecords: false },
  no_amount: { want: 'amount', yesRecords: false },
  each_or_total: { want: 'amount', yesRecords: false },
};

/**
 * The one detail question that settles every doubt of a guess, or undefined: each doubt is
 * a detail one answered the same way ("laku bros 7" is a small and an unlikely amount: one
 * question, its rupiah), and the entries fit it (a face value is two amounts, others one).
 */
export function detailFor(doubts: readonly string[], entries: readonly NewEntry[]): DetailNote | undefined {
  const [first] = doubts;
  if (first === undefined || !isDetailNote(first) || !doubts.every((n) => isDetailNote(n) && WANTS[n].want === WANTS[first].want)) return undefined;
  if (first === 'face_value' || first === 'each_or_total') return entries.length === 2 ? first : undefined;
  if (first === 'period_sum') return entries.length >= 1 ? first : undefined;
  return entries.length === 1 ? first : undefined;
}

export async function askDetail(s: Session, note: DetailNote, entries: NewEntry[], date: IsoDate, rawText = s.msg.text): Promise<Handled> {
  const pending: PendingDetail = { kind: 'ask_detail', note, entries, date, rawText };
  await openQuestion(s, pending);
  const args = { entries, date, today: s.today, name: s.me.name };
  const buttons =
    note === 'period_sum'
      ? [s.t.todayButton]
      : note === 'face_value' || note === 'each_or_total'
        ? entries.map((e) => ({ label: formatRupiah(e.amount), value: formatRupiah(e.amount) }))
        : undefined;
  s.say(s.t.askDetail[note](args), buttons);
  return s.done(`record:ask-${note}`);
}

/** The answer to a detail question; undefined when there is none open or she moved on. */
export async function answerDetailQuestion(s: Session): Promise<Handled | undefined> {
  const open = await takeOpenQuestion<PendingDetail>(s, 'ask_detail');
  if (!open) return undefined;
  const pending = open.state;
  const completed = complete(pending, s.msg.text, s.today);
  // A guess still without its amount has nothing to show or to tell later: "ya" to it is
  // small talk, and a message past it simply moves on.
  const unpriced = pending.entries.some((e) => e.amount === 0);
  if (!completed && unpriced) {
    const answer = open.fresh ? yesOrNo(s.msg.text) : null;
    if (answer === 'yes') return askDetail(s, pending.note, pending.entries, pending.date, pending.rawText);
    if (answer === null) return undefined;
    s.say(s.t.declined);
    return s.done('ask_detail:no');
  }
  if (!open.fresh) {
    const late = completed ? 'yes' : lateAnswer(s.msg.text);
    if (late === null) return undefined;
    s.say(s.t.questionExpired({ entries: completed?.entries ?? pending.entries, date: completed?.date ?? pending.date, today: s.today, answer: late }));
    return s.done(`ask_detail:expired-${late}`);
  }
  if (completed) {
    await recordAndEcho(s, completed.entries, completed.date, pending.rawText);
    return s.done(`ask_detail:${pending.note}`);
  }
  const yesNo = yesOrNo(s.msg.text);
  if (yesNo === 'no') {
    s.say(s.t.declined);
    return s.done('ask_detail:no');
  }
  if (yesNo === 'yes') {
    if (WANTS[pending.note].yesRecords) {
      await recordAndEcho(s, pending.entries, pending.date, pending.rawText);
      return s.done(`ask_detail:${pending.note}-yes`);
    }
    // "ya" does not say which day, goods or price: the question stays open and is asked again.
    return askDetail(s, pending.note, pending.entries, pending.date, pending.rawText);
  }
  await rememberPassedOver(s, pending);
  return undefined;
}

/** The guess completed by her answer, or null when the text is not such an answer. */
function complete(p: PendingDetail, text: string, today: IsoDate): { entries: NewEntry[]; date: IsoDate } | null {
  const { want } = WANTS[p.note];
  if (want === 'day') {
    const day = parseDay(text, today);
    return day === null ? null : { entries: p.entries, date: day };
  }
  if (want === 'item') {
    const named = goodsAnswer(text);
    if (!named) return null;
    return { entries: p.entries.map((e) => ({ ...e, item: named.item, kind: named.kind ?? e.kind })), date: p.date };
  }
  const amount = amountAnswer(p, text);
  if (amount === null) return null;
  if (p.note === 'face_value') {
    // What the buyer paid is her sale; the face value is neither a sale nor an expense.
    const item = p.entries.find((e) => e.item !== null)?.item ?? null;
    return { entries: [{ kind: 'sale', amount, item, quantity: null, unit: null, unitPrice: null }], date: p.date };
  }
  if (p.note === 'each_or_total') {
    // One of the two readings (each, total), or another total she names.
    const chosen = p.entries.find((e) => e.amount === amount);
    if (chosen) return { entries: [chosen], date: p.date };
    const total = p.entries[p.entries.length - 1] as NewEntry;
    return { entries: [{ ...total, amount, unitPrice: total.quantity ? unitPriceOf(amount, total.quantity) : null }], date: p.date };
  }
  return { entries: p.entries.map((e) => ({ ...e, amount, unitPrice: e.quantity ? unitPriceOf(amount, e.quantity) : null })), date: p.date };
}

function unitPriceOf(amount: number, quantity: number): number | null {
  return Number.isInteger(amount / quantity) ? amount / quantity : null;
}

/**
 * The rupiah she answered: "27rb", "Rp27.000"; for a face value or each-or-total also "1"/"2" (the choice
 * by its number, as WhatsApp shows no buttons). Amounts below Rp100 are no answer
 * (a count, not money) — except the guess itself when it was that small.
 */
function amountAnswer(p: PendingDetail, text: string): number | null {
  const amount = parseAmount(text);
  if (amount === null || amount <= 0) return null;
  if ((p.note === 'face_value' || p.note === 'each_or_total') && Number.isInteger(amount) && amount >= 1 && amount <= p.entries.length) {
    return p.entries[amount - 1]!.amount;
  }
  if (amount < 100 && !p.entries.some((e) => e.amount === amount)) return null;
  return amount;
}

/**
 * The goods she named in a short answer ("kerudung", "jual kerudung bu", "beli gas"): its
 * words without fillers, and the kind a leading verb gives. Null for digits or long text.
 */
function goodsAnswer(text: string): { item: string; kind: 'sale' | 'expense' | null } | null {
  if (/\d/.test(text) || yesOrNo(text) !== null) return null;
  const words = text
    .toLowerCase()
    .replace(/[^\p{L}\s-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const kind = words.length > 1 ? kindOfWord(words[0]!) : null;
  const goods = (kind ? words.slice(1) : words).filter((w) => !FILLER_WORDS.has(w));
  if (goods.length === 0 || goods.length > 4) return null;
  return { item: goods.join(' '), kind };
}

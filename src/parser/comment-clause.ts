/**
 * Clauses after an amount that only comment on it, and a count split from its amount by a
 * comma. Both used to make a clear record asked about:
 *
 * - "laku gorengan 35rb, lumayan", "retur 1 gamis 150rb, ukurannya kekecilan": the clause
 *   after the comma has no number, no verb of its own, and a word of feeling or a reason.
 *   It is not a line she forgot the price of ("laku 5 bros 75rb, dan kalung" still is).
 * - "laku 25 potong, dpt 75rb", "laku tas rajut satu, 120rb": the number right after the
 *   goods is their count, and the bare amount after the comma is what they brought.
 */
import type { Analysis } from './analyze.ts';
import { CHATTER_WORDS } from './day-lines.ts';
import type { EntryOut } from './entry-drafts.ts';
import { T_WORD, type Token } from './lexer.ts';
import { lookupWord } from './lexicon.ts';
import { C_DOUBT } from './confidence.ts';
import { implausibleEach, implausiblyCheap } from './goods-price.ts';
import type { Segment } from './lines.ts';
import { F_EXPENSE, F_REPAY, F_SALE, G_CAPITAL, G_WITHDRAW } from './word-roles.ts';

/** Why goods came back or how a sale felt: "kekecilan", "rusak", "soalnya …". */
const REASON_WORDS = new Set(['kekecilan', 'kebesaran', 'kepanjangan', 'kependekan', 'kesempitan', 'rusak', 'cacat', 'sobek',
  'robek', 'luntur', 'basi', 'bolong', 'kotor', 'jelek', 'kemahalan', 'mahal', 'murah', 'kemurahan', 'karena', 'karna', 'krn', 'soalnya', 'gara-gara', 'gara',
  'katanya', 'ukurannya', 'warnanya', 'cocok', 'mantap',
  'mantab', 'puas', 'wah', 'hore', 'yey', 'yeay', 'horee', 'asik', 'asyik', 'rame', 'ramai', 'sepi',
  // Buyers eager or queueing: Palembang "galak nian wong" (people were keen), "rami", "antri", "diserbu".
  'galak', 'rami', 'antri', 'antre', 'ngantri', 'ngantre', 'diserbu', 'rebutan']);

/** Words that open the reason for a discount ("diskon 10rb krn langganan", "dipotong 15rb karena telat"). */
const BECAUSE = new Set(['karena', 'karna', 'krn', 'krna', 'soalnya', 'sebab', 'gara-gara', 'gara', 'gegara', 'coz', 'soale', 'margi']);

/** "krn langganan": an item that is only the reason for what was written before it, never goods. */
export function isReasonPhrase(item: string | null): boolean {
  if (item === null) return false;
  const first = item.split(' ')[0] ?? '';
  return BECAUSE.has(first);
}

/** A number-less clause after a comma that comments on the amount before it. */
export function isCommentClause(a: Analysis, seg: Segment, afterEntry: boolean): boolean {
  if (!afterEntry || seg.hasNum) return false;
  let comment = false;
  for (let i = seg.start; i < seg.end; i++) {
    const t = a.tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if ((t.f & (F_SALE | F_EXPENSE | F_REPAY)) !== 0 || (t.f2 & (G_WITHDRAW | G_CAPITAL)) !== 0) return false;
    if (CHATTER_WORDS.has(t.key) || REASON_WORDS.has(t.key)) comment = true;
  }
  return comment;
}

/** A sale or expense of a bare amount: no goods, no count, no unit price ("dpt 75rb", "120rb"). */
export function isBareAmount(e: EntryOut | undefined): e is EntryOut {
  return e !== undefined && e.item === null && e.quantity === null && e.unitPrice === null && e.amount >= 1000;
}

/** "tas rajut satu" read as an amount of Rp1: a count word after the goods, under 100, plain. */
export function isCountAsAmount(e: EntryOut | undefined): e is EntryOut {
  return e !== undefined && e.item !== null && e.quantity === null && e.unitPrice === null && e.amount < 100 &&
    e.notes.includes('small_plain_number');
}

/** Less than this a piece is no price of anything she sells: "30 kue, 2500" is 2.500 each as likely as the total. */
const MIN_PIECE_PRICE = 500;

/**
 * The goods and count of `from` given to the bare amount that follows it. The amount is
 * judged again as the total of that count: "laku kue 30 biji, 2500" leaves a cake at Rp83,
 * so the 2.500 is as likely her price each — asked, as the same words without the comma are.
 */
export function joinCount(bare: EntryOut, from: { item: string | null; quantity: number | null; unit: string | null }): void {
  bare.item = from.item;
  bare.quantity = from.quantity;
  bare.unit = from.unit;
  const size = from.unit === null ? null : lookupWord(from.unit)?.size ?? null;
  if (size !== null && size.base !== 'pc') return;
  const pieces = from.quantity === null ? null : from.quantity * (size?.n ?? 1);
  if (pieces === null || pieces <= 1) return;
  // "laku kue 5, dapat 50jt": ten million a cake is a slip of the unit as often as it is real.
  if (implausibleEach(from.item, bare.amount / pieces, null, 1)) {
    bare.confidence = Math.min(bare.confidence, C_DOUBT);
    if (!bare.notes.includes('large_amount')) bare.notes.push('large_amount');
  }
  if ((bare.kind === 'sale' && bare.amount / pieces < MIN_PIECE_PRICE) ||
    implausiblyCheap(from.item, bare.kind, bare.amount, pieces, from.unit, from.quantity)) {
    bare.confidence = Math.min(bare.confidence, C_DOUBT);
    if (!bare.notes.includes('cheap_each')) bare.notes.push('cheap_each');
  }
}


/** "laku 2 bros sama beli lem": a sale and an expense in one segment; its count is not one entry's. */
export function mixedVerbs(a: Analysis, seg: Segment): boolean {
  let sale = false;
  let expense = false;
  for (let i = seg.start; i < seg.end; i++) {
    const t = a.tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if ((t.f & F_SALE) !== 0) sale = true;
    if ((t.f & F_EXPENSE) !== 0 || (t.f2 & (G_WITHDRAW | G_CAPITAL)) !== 0) expense = true;
  }
  return sale && expense;
}

const FOR_WORDS = new Set(['buat', 'bwt', 'untuk', 'utk', 'untk']);

/** "ngutang 45rb buat 3 bungkus keripik": the amount, then "buat" and the goods it paid for. */
export function amountForGoods(a: Analysis, seg: Segment, amount: number): boolean {
  const ex = a.nums.find((n) => n.start >= seg.start && n.end <= seg.end && n.rupiah === amount);
  if (ex === undefined) return false;
  for (let i = ex.end; i < seg.end; i++) {
    if (a.numIn[i] !== -1) return false;
    const t = a.tokens[i] as Token;
    if (t.type === T_WORD && FOR_WORDS.has(t.key)) return true;
  }
  return false;
}

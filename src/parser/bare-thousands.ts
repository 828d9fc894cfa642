/**
 * Bare numbers after money words, with no scale anywhere: "omset 450, keluar 120", "tadi ambil
 * 100 buat beli obat mamak", "pemasukan 600 pengeluaran 250". She drops "rb" as everyone around
 * her does; read as written they are Rp450 and Rp120 (a sale no stall makes) or nothing at all.
 *
 * The rule (docs/PARSING.md, "Bare hundreds after money words"): when EVERY number of the message is
 * a bare whole number from 10 to 999 (digits only, no Rp, no separator, no scale), each standing
 * right after a word that names a sum of money (MONEY_LABELS) and followed by nothing that counts it
 * (the end, a mark, a purpose or time word: NEXT_OK), and no scale word, price-each sign or number
 * word is written anywhere, the message is read again with each number in thousands. The result is
 * never recorded unasked: it is shown as read and asked (`bare_thousands`, C_DOUBT), so a wrong
 * guess costs one "no", never a wrong amount in her books.
 *
 * Not read so: 1–9 ("omset 5" may be 5 juta), numbers after sale or buying verbs that count goods
 * ("laku 45" may be 45 pieces), any number with a unit or goods after it ("ambil 3 bungkus"), or a
 * message with one amount scaled ("omset 450, keluar 120rb": the shared-scale reader's).
 */
import type { Analysis } from './analyze.ts';
import { S_PLAIN } from './amount.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import { C_DOUBT } from './confidence.ts';
import type { ParseResult } from './types.ts';
import { F_DATE, F_PERIOD, F_SCALE, F_NUMWORD } from './word-roles.ts';
import { withThousandsGlued } from './scale-from-total.ts';

/** Words that name a sum of money, never a count of goods: a bare number after one is money. */
const MONEY_LABELS = new Set(['omset', 'omzet', 'omsetnya', 'omzetnya', 'pemasukan', 'pengeluaran', 'masuk', 'keluar', 'pendapatan',
  'penjualan', 'hasil', 'hasilnya', 'untung', 'untungnya', 'laba', 'modal', 'belanja', 'belanjaan', 'setor', 'setoran', 'ambil',
  'ngambil', 'diambil', 'ambe', 'kulakan', 'bayar', 'byr', 'income', 'sales', 'expense', 'expenses']);
const T_LABELS = trigger(MONEY_LABELS);
/** Words that may follow the bare number: what it was for, when, a joiner. Anything else may count it. */
const NEXT_OK = new Set(['buat', 'bwt', 'untuk', 'utk', 'dari', 'dr', 'tadi', 'td', 'aja', 'saja', 'ya', 'dan', 'terus', 'trus',
  'pagi', 'siang', 'sore', 'malam', 'malem', 'kemarin', 'kemaren', 'hari', 'pengeluaran', 'keluar', 'masuk', 'ambil', 'modal', 'untung']);
/** Taking verbs: money only with a purpose or a source after the number. */
const TAKING = new Set(['ambil', 'ngambil', 'diambil']);
const TAKEN_FOR = new Set(['buat', 'bwt', 'untuk', 'utk', 'dari', 'dr']);
/** Marks that may end the bare number. */
const MARKS = new Set([',', ';', '.', '-', '/']);
/** Signs of a price each or a product: the numbers may be counts. */
const EACH_SIGNS = new Set(['@', 'x', '×', '*']);
const MIN_BARE = 10;
const MAX_BARE = 999;

/** Whether the number expression k is a bare 10–999 right after a money label and counted by nothing. */
function bareAfterLabel(a: Analysis, k: number): boolean {
  const ex = a.nums[k];
  if (ex === undefined || ex.strength !== S_PLAIN || ex.end !== ex.start + 1 || ex.rupiah === null || ex.approx) return false;
  const t = a.tokens[ex.start] as Token;
  if (t.type !== T_NUM || !/^\d+$/.test(t.text) || ex.rupiah < MIN_BARE || ex.rupiah > MAX_BARE) return false;
  // The label right before, past a colon or "hari ini" ("omset hari ini 380", "keluar: 120").
  let j = ex.start - 1;
  while (j >= 0) {
    const b = a.tokens[j] as Token;
    if ((b.type === T_PUNCT && b.text === ':') || (b.type === T_WORD && (b.f & (F_DATE | F_PERIOD)) !== 0)) j--;
    else break;
  }
  const label = a.tokens[j];
  if (label === undefined || label.type !== T_WORD || !MONEY_LABELS.has(label.key)) return false;
  const next = a.tokens[ex.end];
  // "ambil 20", "saya ambil 10": a count of goods offered to her (a lead's answer). Taking is money
  // only with where it came from or what it was for after it ("ambil 100 buat beli obat").
  if (TAKING.has(label.key) && !(next?.type === T_WORD && TAKEN_FOR.has(next.key))) return false;
  if (next === undefined || next.type === T_NL) return true;
  if (next.type === T_PUNCT) return MARKS.has(next.text);
  return next.type === T_WORD && (NEXT_OK.has(next.key) || (next.f & (F_DATE | F_PERIOD)) !== 0);
}

/** The message with its bare numbers in thousands, when the rule above holds; else null. */
export function bareThousands(a: Analysis): string | null {
  if (a.nums.length === 0 || !present(a, T_LABELS)) return null;
  for (let k = 0; k < a.nums.length; k++) if (!bareAfterLabel(a, k)) return null;
  for (const t of a.tokens) {
    if ((t.type === T_PUNCT || t.type === T_WORD) && EACH_SIGNS.has(t.text)) return null;
    if (t.type === T_WORD && (t.f & (F_SCALE | F_NUMWORD)) !== 0) return null;
  }
  return withThousandsGlued(a, new Set(a.nums.map((n) => n.start)));
}

// Without these words it reads nothing (its first test): its caller does not call it (guard-lists.ts says why).
bareThousands.words = T_LABELS;

/** The amounts the bare numbers mean in thousands, in the order written. */
export function bareAmounts(a: Analysis): number[] {
  return a.nums.map((n) => (n.rupiah ?? 0) * 1000);
}

/**
 * The record read in thousands, shown and asked (`bare_thousands` first, so the question names
 * it): only when its amounts are exactly the bare numbers in thousands. Else null (read as before).
 */
export function askedInThousands(r: ParseResult, amounts: readonly number[]): ParseResult | null {
  if (r.intent !== 'record' || r.entries.length !== amounts.length) return null;
  const got = r.entries.map((e) => e.amount).sort((x, y) => x - y);
  const want = [...amounts].sort((x, y) => x - y);
  if (got.some((v, i) => v !== want[i])) return null;
  return { ...r, confidence: Math.min(r.confidence, C_DOUBT), notes: ['bare_thousands', ...(r.notes ?? []).filter((n) => n !== 'bare_thousands')] };
}

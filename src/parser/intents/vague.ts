/**
 * Messages that say something happened but not enough to record it, given a result the
 * conversation can turn into one short, specific question:
 *
 * - a count of the cash she has ("sisa uang di laci 200rb", "uang di dompet 350rb", "saldo
 *   kas 1jt", "total uang hari ini 450rb"): not a sale, not an expense — `unknown` with the
 *   note "cash_count" (what the money in the drawer is against her books is asked, nothing
 *   is recorded);
 * - a bare number of rupiah ("50000", "125000"): a guessed sale asked as "sale or
 *   expense?" (note "kind_guessed"), as "50rb" is — not chatter;
 * - a buyer with no sale written ("tadi ada yg beli", "ada pembeli 3 orang", "kemarin ada
 *   pembeli"): `unknown` with the note "sale_no_amount" (as unknown-hints.ts gives "tadi ada
 *   pembeli"): the bot asks what sold and for how much, nothing is recorded.
 */
import type { Analysis } from '../analyze.ts';
import { S_PLAIN } from '../amount.ts';
import { C_NO_VERB, C_PARTIAL } from '../confidence.ts';
import { T_NL, T_NUM, T_WORD, type Token } from '../lexer.ts';
import type { ParseResult } from '../types.ts';
import { mentionsReturn } from '../money-owner.ts';
import { isDpAt } from './down-payment.ts';
import { M_PERCENT } from '../marks.ts';
import { F_EXPENSE, F_FUTURE, F_NEG, F_QUESTION, F_SALE, F_WEAK, G_CAPITAL, G_ORDER, G_WITHDRAW } from '../word-roles.ts';

/** Money words: "uang", "duit", "kas", "saldo". */
const CASH = new Set(['uang', 'duit', 'kas', 'saldo', 'cash', 'tunai', 'uangnya', 'duitnya']);
/** Where she keeps the cash: "di laci", "di dompet", "di tangan", "di kotak". */
const PLACES = new Set(['laci', 'dompet', 'kotak', 'tangan', 'brankas', 'kaleng', 'tas', 'toples', 'kantong', 'saku', 'meja',
  'kasir', 'lemari', 'celengan']);
/** Words that make money on hand a count of it: "sisa uang", "hitung uang", "total uang", "saldo kas". */
const COUNT_WORDS = new Set(['sisa', 'sisanya', 'hitung', 'ngitung', 'dihitung', 'menghitung', 'itung', 'total', 'jumlah', 'saldo',
  'posisi', 'cek', 'ada']);

function hasVerb(a: Analysis): boolean {
  for (const t of a.tokens) {
    if (t.type !== T_WORD) continue;
    if ((t.f & (F_SALE | F_EXPENSE)) !== 0 || (t.f2 & (G_WITHDRAW | G_CAPITAL)) !== 0) return true;
  }
  return false;
}

/** "sisa uang di laci 200rb", "uang di dompet 350rb", "kas hari ini 500rb", "saldo kas 1jt". */
export function detectCashCount(a: Analysis): ParseResult | null {
  if (a.nums.length === 0 || hasVerb(a) || mentionsReturn(a)) return null;
  const { tokens } = a;
  let cash = false;
  let place = false;
  let count = false;
  let lines = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_NL) lines++;
    if (t.type !== T_WORD) continue;
    if (CASH.has(t.key)) cash = true;
    if (PLACES.has(t.key) && (tokens[i - 1]?.key === 'di' || tokens[i - 1]?.key === 'dalam')) place = true;
    if (COUNT_WORDS.has(t.key) && CASH.has(tokens[i + 1]?.key ?? '')) count = true;
    // "kas hari ini 500rb", "uang kas 300rb": the cash box itself named.
    if (t.key === 'kas' && (i === 0 || tokens[i - 1]?.key === 'uang' || tokens[i - 1]?.key === 'saldo')) count = true;
  }
  if (lines > 0 || !cash || !(place || count)) return null;
  if (a.nums.filter((e) => e.rupiah !== null).length !== 1) return null;
  return { intent: 'unknown', confidence: C_PARTIAL, notes: ['cash_count'] };
}

/** "pembeli", "yang beli", "pelanggan": someone bought from her. */
const BUYERS = new Set(['pembeli', 'pembelinya', 'pelanggan', 'konsumen', 'customer', 'langganan']);

/** "tadi ada pembeli", "tadi ada yg beli", "ada pembeli 3 orang": a sale happened, nothing more is written. */
export function detectBuyerOnly(a: Analysis): ParseResult | null {
  if (a.question || a.wordCount > 8) return null;
  const { tokens } = a;
  let buyer = false;
  let there = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_NUM) {
      // only a count of buyers ("3 orang"), never money
      if (a.numIn[i] !== -1 && (a.nums[a.numIn[i] as number]?.rupiah ?? 0) >= 1000) return null;
      continue;
    }
    if (t.type !== T_WORD) continue;
    if ((t.f & (F_NEG | F_QUESTION | F_FUTURE)) !== 0) return null; // "belum ada pembeli", "ada pembeli gak?", "mau …"
    if ((t.f2 & G_ORDER) !== 0) return null; // "ada pembeli pesan 20 kue": an order asked about elsewhere
    if ((t.f & F_SALE) !== 0 && (t.f & F_WEAK) === 0) return null; // "laku …" is read as a record
    const someoneBuys = (t.key === 'yang' || t.key === 'yg') && tokens[i + 1]?.key === 'beli';
    if (BUYERS.has(t.key) || someoneBuys) buyer = true;
    if (t.key === 'ada' || t.key === 'datang' || t.key === 'dateng') there = true;
  }
  if (!buyer || !there) return null;
  if (a.dates.some((m) => m.future || m.date === null)) return null;
  return { intent: 'unknown', confidence: C_PARTIAL, notes: ['sale_no_amount'] };
}

/**
 * "50000", "125000": the whole message is one plain number that can be rupiah (≥ 1.000, not
 * a year). What it was is asked ("Jualan atau belanja?"), as for "50rb"; nothing is
 * recorded unasked. Smaller numbers answer other questions ("20": a lead's count).
 */
export function detectBareNumber(a: Analysis): ParseResult | null {
  if (a.nums.length !== 1 || a.tokens.length !== 1) return null;
  const ex = a.nums[0] as (typeof a.nums)[number];
  if (ex.strength !== S_PLAIN || ex.rupiah === null || ex.rupiah < 1000) return null;
  if (ex.rupiah >= 1900 && ex.rupiah <= 2100) return null; // a year
  return {
    intent: 'record', confidence: C_NO_VERB, notes: ['kind_guessed'], date: a.today,
    entries: [{ kind: 'sale', amount: ex.rupiah, item: null, quantity: null, unit: null, unitPrice: null }],
  };
}

/**
 * "terima dp 30% pesanan Bu Sri", "Bu Sri bayar DP 50%": a down payment as a share of an
 * order whose price is not written — how much changed hands is asked (note "dp_percent").
 */
export function detectDpShareOnly(a: Analysis): ParseResult | null {
  if (a.nums.some((e) => e.rupiah !== null && e.rupiah >= 1000)) return null;
  for (let i = 0; i < a.tokens.length; i++) {
    const w = isDpAt(a, i);
    if (w === 0) continue;
    for (let j = i + w; j < a.tokens.length && j <= i + w + 2; j++) {
      if (a.marks[j] === M_PERCENT) return { intent: 'unknown', confidence: C_PARTIAL, notes: ['dp_percent'] };
    }
  }
  return null;
}

/**
 * An order paid in full when it was taken: "lunas di depan", "sudah lunas", "bayar full",
 * "udah dibayar cash", "dibayar tunai", "udah tf semua", "… @85rb sudah ditransfer", "…, cash".
 * Shared by the order reader (intents/order.ts) and the record reader's kind (paid-order-kind.ts).
 *
 * WHY: an order paid in full is her sale the day she takes it; nothing is owed. But a word of
 * paying is also a plan ("nanti dibayar lunas", "bayar cash pas ambil", "lunas nanti") or a part
 * ("DP 100rb dulu sisanya pas ambil"): a message that says money is still to come, when the goods
 * are fetched or sent, is never paid in full, however "lunas" or "cash" it also says.
 */
import type { Analysis } from './analyze.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { F_FUTURE, F_NEG } from './word-roles.ts';

/** After a paying word: the whole price ("bayar full", "dibayar cash", "tf semua", "lunas di depan"). */
const UPFRONT = new Set(['depan', 'didepan', 'full', 'penuh', 'lunas', 'cash', 'kes', 'kontan', 'tunai', 'semua', 'semuanya',
  'seluruhnya']);
const PAY = new Set(['bayar', 'dibayar', 'bayarnya', 'dibayarin', 'transfer', 'ditransfer', 'tf', 'ditf', 'trf']);
/** Paid, said as done after the price ("sudah ditransfer", "udah dibayar"): the whole of it. */
const PAID_DONE = new Set(['ditransfer', 'dibayar', 'dibayarin', 'dibayarkan', 'ditf', 'transfer', 'tf']);
const DONE = new Set(['sudah', 'udah', 'dah', 'sdh', 'udh', 'telah', 'wis', 'uwis', 'wes', 'sampun', 'geus']);
/** Paid in cash, standing as its own clause ("…, cash", "… @75rb tunai"): no debt. */
const CASH = new Set(['cash', 'kes', 'tunai', 'kontan']);
/** Still to pay: "sisanya", "kurangnya", "cod", "belum". */
const REST = new Set(['sisa', 'sisanya', 'kurang', 'kurangnya', 'kekurangannya', 'cod', 'belum', 'blm', 'blom', 'tempo',
  'ngutang', 'utang', 'hutang', 'bon', 'ngebon', 'kasbon']);
/** A time still ahead when the goods change hands: "pas ambil", "kalau udah jadi", "waktu dikirim". */
const WHEN = new Set(['pas', 'waktu', 'wktu', 'saat', 'kalau', 'kalo', 'klo', 'klau', 'setelah', 'stlh', 'sesudah', 'abis', 'habis',
  'begitu', 'pada', 'nek', 'lamun']);
const HANDOVER = new Set(['ambil', 'diambil', 'ngambil', 'jadi', 'kirim', 'dikirim', 'antar', 'diantar', 'anter', 'dianter', 'sampai',
  'sampe', 'nyampe', 'datang', 'dateng', 'selesai', 'kelar', 'beres', 'jemput', 'dijemput', 'acara', 'barang']);

/** Collected: "diambil", Javanese "dijupuk", Sundanese "dicandak"; joined to the paying by "dan", "&", "lan", "jeung". */
const COLLECTED = new Set(['diambil', 'dijemput', 'dibawa', 'dikirim', 'diantar', 'dianter']);
const AND = new Set(['dan', 'n', 'terus', 'trus', 'sekalian']);

/** "udah diambil dan dibayar" at the paying word i: the goods went and the money came, the whole price. */
function collectedAnd(tokens: readonly Token[], i: number): boolean {
  const p = tokens[i - 1];
  const joined = p !== undefined && (p.type === T_WORD ? AND.has(p.key) : p.type === T_PUNCT && p.text === '&');
  return joined && COLLECTED.has(tokens[i - 2]?.key ?? '') && DONE.has(tokens[i - 3]?.key ?? '');
}

/** Paying words said right before "pas diambil": "udah lunas dibayar pas diambil". */
const PAID_AT_HANDOVER = new Set([...PAY, 'lunas', 'lunasi', 'dilunasi']);

/**
 * "udah lunas dibayar pas diambil", "sudah dibayar waktu diambil": the paying, said as done, right
 * before the time of the handover — it was paid then, not still to come. Only a passive handover
 * ("diambil", "dikirim": it happened) after a done word and a run of paying words ("lunas pas diambil"
 * alone, with no done word, is still a plan).
 */
function paidDoneBefore(tokens: readonly Token[], i: number): boolean {
  if (!COLLECTED.has(tokens[i + 1]?.key ?? '')) return false;
  let k = i - 1;
  while (k >= 0 && PAID_AT_HANDOVER.has((tokens[k] as Token).key)) k--;
  return k < i - 1 && DONE.has(tokens[k]?.key ?? '');
}

/** Whether the message says some money is still to come (see the file comment). */
export function payLater(a: Analysis): boolean {
  const { tokens } = a;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (REST.has(t.key)) return true;
    if (WHEN.has(t.key) && !paidDoneBefore(tokens, i)) {
      for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) {
        const u = tokens[j] as Token;
        if (u.type !== T_WORD) break;
        if (HANDOVER.has(u.key)) return true;
      }
    }
  }
  return false;
}

/** A negation or a future word in tokens[from, to), stopping at a number or a clause's end. */
function negatedAfter(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to && j < tokens.length; j++) {
    const u = tokens[j] as Token;
    if (u.type === T_NUM || u.type === T_NL || (u.type === T_PUNCT && u.text !== '-')) return false;
    if (u.type === T_WORD && (u.f & (F_NEG | F_FUTURE)) !== 0) return true;
  }
  return false;
}

/**
 * Where the words saying the order was paid in full stand ([start, end) of tokens), or null.
 * Not after a negation or a future word ("belum lunas", "nanti dibayar cash"), nor before one
 * ("lunas nanti", "lunasnya besok"); a message paying later (payLater) is never paid in full.
 */
export function paidUpFrontAt(a: Analysis): { start: number; end: number } | null {
  const { tokens } = a;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    let end = -1;
    const next = tokens[i + 1]?.key ?? '';
    if (t.key === 'lunas' || t.key === 'lunasnya') end = i + (next === 'di' && tokens[i + 2]?.key === 'depan' ? 3 : 1);
    else if (PAY.has(t.key) && next === 'di' && tokens[i + 2]?.key === 'depan') end = i + 3;
    else if (PAY.has(t.key) && UPFRONT.has(next)) end = i + 2;
    // "… 12 toples @85rb sudah ditransfer": paid, with no amount of its own after it — the whole price.
    else if (PAID_DONE.has(t.key) && (DONE.has(tokens[i - 1]?.key ?? '') || collectedAnd(tokens, i)) && !tokens.slice(i + 1).some((u) => u.type === T_NUM)) end = i + 1;
    // "…, cash", "… @75rb tunai", "udah cash": the price paid in cash, a clause of its own.
    else if (CASH.has(t.key) && cashClause(a, i)) end = i + 1;
    if (end < 0) continue;
    let start = i;
    while (start > 0 && DONE.has((tokens[start - 1] as Token).key)) start--;
    for (let j = Math.max(0, start - 2); j < start; j++) {
      const u = tokens[j] as Token;
      if (u.type === T_WORD && (u.f & (F_NEG | F_FUTURE)) !== 0) return null;
    }
    if (negatedAfter(tokens, end, end + 3) || payLater(a)) return null;
    // "udah dibayar lunas": the paying words before "lunas" are part of it.
    while (start > 0 && (PAY.has((tokens[start - 1] as Token).key) || DONE.has((tokens[start - 1] as Token).key))) start--;
    return { start, end };
  }
  return null;
}

/** "cash" right after the money, a comma, a paying or a done word, and ending its clause. */
function cashClause(a: Analysis, i: number): boolean {
  const prev = a.tokens[i - 1];
  const next = a.tokens[i + 1];
  const ends = next === undefined || next.type === T_NL || next.type === T_PUNCT;
  if (!ends || prev === undefined) return false;
  if (prev.type === T_PUNCT) return prev.text === ',' || prev.text === '-';
  if (prev.type === T_WORD && (DONE.has(prev.key) || PAY.has(prev.key))) return true;
  return a.numIn[i - 1] !== undefined && (a.numIn[i - 1] as number) >= 0;
}

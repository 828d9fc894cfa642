/**
 * A count broken down by where or how it sold, after its price: "sold out 12 tote bag bordir @85k,
 * 3 via shopee 9 COD", "laku 10 kerudung @50rb, 4 di shopee, 6 di tokped", "laku 10 @50rb, 3 tunai 7
 * transfer". The parts (3 + 9) add up to the count (12): they say again how the twelve went, a
 * check, not more goods. Read alone each part was goods without a price (asked), or a bare number
 * read as money.
 *
 * Only when every part is a count and one to three words naming a channel or a way of paying
 * (a known list), there are at least two parts, nothing follows them, and they add up exactly to
 * the count before the price. The message is then read without the parts. Parts that add up to
 * anything else are left as written (asked).
 */
import type { Analysis } from './analyze.ts';
import { S_PLAIN } from './amount.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { CHANNELS } from './channel-orders.ts';
import { textOf } from './per-day.ts';

/** Ways of paying or handing over a part of the count: "3 COD", "7 transfer", "2 ambil di toko". */
const WAYS = new Set(['cod', 'tunai', 'cash', 'kes', 'transfer', 'tf', 'trf', 'qris', 'langsung', 'toko', 'lapak', 'ambil', 'diambil',
  'antar', 'dianter', 'diantar', 'kirim', 'dikirim', 'reseller', 'ecer', 'eceran', 'grosir', 'pasar', 'rumah', 'offline', 'online']);
/** Words that may lead a way or a channel: "via shopee", "lewat wa", "di tokped", "dibayar tunai". */
const LEADS = new Set(['via', 'lewat', 'lwt', 'di', 'dari', 'dr', 'pake', 'pakai', 'dibayar', 'bayar', 'byr', 'yg', 'yang', 'ke']);
/** Joiners between parts. */
const JOINERS = new Set(['dan', 'sama', 'sm', 'ama', 'terus', 'trus', 'sisanya']);
const MAX_WAY_WORDS = 3;

function plainCount(a: Analysis, i: number): number | null {
  const k = a.numIn[i] as number;
  const ex = k >= 0 ? a.nums[k] : undefined;
  if (ex === undefined || ex.start !== i || ex.end !== i + 1 || ex.strength !== S_PLAIN || ex.rupiah === null) return null;
  if ((a.tokens[i] as Token).type !== T_NUM || !Number.isInteger(ex.rupiah) || ex.rupiah < 1 || ex.rupiah > 999) return null;
  return ex.rupiah;
}

/** The parts from token `from` to the end: their counts' sum, or null when it is not only such parts. */
function partsSum(a: Analysis, from: number): { sum: number; parts: number } | null {
  const { tokens } = a;
  let sum = 0;
  let parts = 0;
  let i = from;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if ((t.type === T_PUNCT && (t.text === ',' || t.text === '+' || t.text === '&')) || (t.type === T_WORD && JOINERS.has(t.key))) {
      i++;
      continue;
    }
    if (t.type === T_PUNCT && (t.text === '.' || t.text === '!') && i + 1 === tokens.length) break;
    const c = plainCount(a, i);
    if (c === null) return null;
    let named = false;
    let words = 0;
    let j = i + 1;
    for (; j < tokens.length; j++) {
      const w = tokens[j] as Token;
      if (w.type !== T_WORD || JOINERS.has(w.key) || words >= MAX_WAY_WORDS) break;
      if (CHANNELS.has(w.key) || WAYS.has(w.key)) named = true;
      else if (!LEADS.has(w.key)) return null;
      words++;
    }
    if (!named) return null;
    sum += c;
    parts++;
    i = j;
  }
  return parts >= 2 ? { sum, parts } : null;
}

/** The message without the breakdown, when the parts add up to the count before the price; else null. */
export function withoutCountBreakdown(a: Analysis): string | null {
  if (a.nums.length < 4) return null;
  const { tokens } = a;
  // The last amount of money, then a comma and the parts.
  let m = -1;
  for (let k = a.nums.length - 1; k >= 0; k--) {
    const ex = a.nums[k];
    if (ex !== undefined && ex.strength !== S_PLAIN && ex.rupiah !== null) {
      m = k;
      break;
    }
  }
  const money = a.nums[m];
  if (money === undefined) return null;
  const comma = tokens[money.end];
  if (comma === undefined || comma.type !== T_PUNCT || comma.text !== ',') return null;
  const parts = partsSum(a, money.end + 1);
  if (parts === null) return null;
  // The count the price multiplies: the last plain count before it on its line.
  let count: number | null = null;
  for (let i = money.start - 1; i >= 0; i--) {
    const t = tokens[i] as Token;
    if (t.type === T_NL) break;
    count = plainCount(a, i);
    if (count !== null) break;
  }
  if (count === null || count !== parts.sum) return null;
  return textOf(tokens, 0, money.end);
}

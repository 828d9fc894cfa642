/**
 * The buyer paying (part of) a sale in the same message: "Bu Ani beli 3 mukena @150rb, baru
 * bayar 200rb sisanya nanti", "jual 4 bros ke bu lurah @20rb, bu lurah bayar 50rb dulu",
 * "laku 3 tas @80rb, pembeli baru bayar 100rb", "Ceu Imas meuli kerudung 3 @50rebu, mayar
 * 100rebu heula". Read alone, "bayar 200rb" is her expense, and the books were confidently
 * wrong twice (a sale she was not fully paid for, an expense she never had).
 *
 * Whose paying it is: after a sale, a paying verb whose subject is the buyer (a titled name,
 * a buyer word, "dia", "yang beli"), or the sale's own paying ("bayarnya 200rb", "dibayar
 * 200rb"), or a bare "bayar" straight before the amount with nothing bought named between
 * (her own spending names what it is for: "bayar listrik 50rb", "bayar parkir 2rb"). The
 * amount is then no entry; record.ts asks (`part_paid`: how much is still owed, by whom?).
 */
import type { Analysis } from './analyze.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { G_HONORIFIC } from './word-roles.ts';
import { present, trigger } from './triggers.ts';

/** Paying words, canonical ("mayar", "mbayar" read "bayar"). */
const PAY = new Set(['bayar', 'membayar', 'dibayar', 'bayarnya', 'dibayarnya', 'dibayarin', 'nyicil', 'dicicil', 'transfer', 'tf',
  'ngasih', 'kasih']);
/** The sale's own paying: whoever pays, it is the buyer. */
const SALE_PAYING = new Set(['bayarnya', 'dibayar', 'dibayarnya', 'dibayarin', 'dicicil']);
/** Words between the buyer and the verb: "baru", "lagi" (Javanese: only just), "udah", "cuma". */
const ADVERBS = new Set(['baru', 'br', 'lagi', 'udah', 'sudah', 'sdh', 'cuma', 'cuman', 'mung', 'mek', 'tok', 'kur', 'nembe', 'nembé',
  'ngan', 'karek', 'mah', 'nyo']);
/** The buyer named without a name. */
const BUYER_WORDS = new Set(['pembeli', 'pembelinya', 'pelanggan', 'langganan', 'dia', 'beliau', 'doi', 'customer', 'konsumen', 'orangnya']);
/** Words after the amount that say a part is paid: "dulu", "sisanya …", "kurangnya …". */
const PART_TAIL = new Set(['dulu', 'dl', 'sisanya', 'sisa', 'kurangnya', 'kekurangannya', 'kurang']);

function amountAt(a: Analysis, i: number): boolean {
  const k = a.numIn[i] as number;
  return k >= 0 && a.nums[k]?.start === i && a.nums[k]?.rupiah !== null;
}

/** The buyer is the subject of the paying verb at i: "bu lurah bayar", "pembeli baru bayar", "dia bayar". */
function buyerBefore(a: Analysis, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && ADVERBS.has((a.tokens[j] as Token).key)) j--;
  const t = a.tokens[j];
  if (!t || t.type !== T_WORD) return false;
  if (BUYER_WORDS.has(t.key)) return true;
  if ((t.key === 'beli' || t.key === 'ambil') && (a.tokens[j - 1]?.key === 'yang' || a.tokens[j - 1]?.key === 'yg')) return true;
  // "bu lurah bayar", "Bu Rina baru bayar": a title one or two words back.
  for (let k = j; k >= 0 && k >= j - 1; k--) if (((a.tokens[k] as Token).f2 & G_HONORIFIC) !== 0 && k < j + 1 && a.tokens[k + 1]?.type === T_WORD) return true;
  return false;
}

const T_PAY = trigger(PAY);
/**
 * Token indices of amounts the buyer paid of a sale, after it (`saleEnd`: the token after the
 * sale's first number). Only a part (less than `saleAmount`): "pulsa 10rb dibayar 12rb" is a
 * resale's price (resale.ts), not this.
 */
export function buyerPaidAt(a: Analysis, saleEnd: number, saleAmount: number): number[] {
  if (!present(a, T_PAY)) return [];
  const out: number[] = [];
  const { tokens } = a;
  for (let i = saleEnd; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || !PAY.has(t.key)) continue;
    let j = i + 1;
    // "bayarnya baru 200rb", "dibayar dulu 100rb"
    while (j < tokens.length && (ADVERBS.has((tokens[j] as Token).key) || (tokens[j] as Token).key === 'dulu')) j++;
    if (!amountAt(a, j)) continue;
    const k = a.numIn[j] as number;
    if ((a.nums[k]?.rupiah ?? saleAmount) >= saleAmount) continue;
    const end = a.nums[k]?.end ?? j + 1;
    // The clause ends at the amount, or goes on with a part word: "bayar 200rb sisanya nanti", "bayar 50rb dulu".
    const after = tokens[end];
    const clauseEnds = after === undefined || after.type === T_NL || after.type === T_PUNCT || PART_TAIL.has(after.key);
    if (!clauseEnds) continue;
    const prev = tokens[i - 1];
    const soFar = prev !== undefined && ADVERBS.has(prev.key);
    const partSaid = after !== undefined && PART_TAIL.has(after.key);
    if (SALE_PAYING.has(t.key) || buyerBefore(a, i) || soFar || partSaid) out.push(j);
  }
  return out;
}

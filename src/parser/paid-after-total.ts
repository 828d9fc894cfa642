/**
 * A total stated, then how it was paid: "total belanja 300rb, tf 300rb ke supplier", "kulakan
 * di grosir total 750rb, udah tf 750rb", "total kulakan 1,2jt. transfer 1,2jt ke agen".
 *
 * WHY: the paying clause repeats the total's amount with a paying word; read as a second entry
 * her spending was counted twice. Only when the second clause holds nothing but the same amount
 * and known words of paying (the way, to whom, "sudah"): one entry, the total. A different
 * amount or any other word keeps the reading as it was (a part paid, another purchase: asked there).
 */
import type { Analysis } from './analyze.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import type { ParseResult } from './types.ts';
import { G_HONORIFIC } from './word-roles.ts';

/** Words that name a total: "total belanja", "belanja semuanya". */
const TOTAL = new Set(['total', 'totalnya', 'ttl', 'jumlah', 'jumlahnya', 'semua', 'semuanya', 'smua', 'smuanya']);
/** Words of the paying clause: the way paid, to whom, when. */
const PAY_WAY = new Set(['tf', 'transfer', 'trf', 'trnsfr', 'ditf', 'ditransfer', 'bayar', 'byr', 'dibayar', 'bayarnya', 'cash', 'cas',
  'kes', 'tunai', 'qris', 'pake', 'pakai', 'via', 'lewat', 'ke', 'kepada', 'sama', 'sm', 'udah', 'sudah', 'sdh', 'udh', 'dah', 'so',
  'langsung', 'lgsg', 'lsg', 'lunas', 'full', 'supplier', 'suplier', 'agen', 'grosir', 'toko', 'juragan', 'bos', 'sales', 'distributor',
  'rekening', 'rek', 'bank', 'bca', 'bri', 'bni', 'mandiri', 'dana', 'ovo', 'gopay', 'shopeepay', 'mbanking', 'm-banking', 'tadi', 'td',
  'semua', 'semuanya', 'ya', 'yaa']);
/** Words of the clause saying how the takings came in: the way, by whom, "sudah" (never "ke", a payee). */
const CAME_IN = new Set(['tf', 'transfer', 'trf', 'ditf', 'ditransfer', 'dibayar', 'bayar', 'byr', 'cash', 'cas', 'kes', 'tunai', 'qris', 'pake',
  'pakai', 'via', 'lewat', 'sama', 'sm', 'udah', 'sudah', 'sdh', 'udh', 'dah', 'so', 'langsung', 'lgsg', 'lsg', 'lunas', 'full',
  'rekening', 'rek', 'bank', 'bca', 'bri', 'bni', 'mandiri', 'dana', 'ovo', 'gopay', 'shopeepay', 'semua', 'semuanya', 'ya', 'yaa',
  'masuk', 'pembeli', 'pembelinya', 'customer', 'cust', 'konsumen', 'pelanggan']);
/** Clause breaks. */
const BREAKS = new Set([',', '.', ';', '|']);

function isBreak(t: Token): boolean {
  return t.type === T_NL || (t.type === T_PUNCT && BREAKS.has(t.text));
}

export function guardPaidAfterTotal(a: Analysis, r: ParseResult): ParseResult {
  if (r.intent !== 'record' || r.entries.length !== 2) return r;
  const [first, second] = r.entries;
  if (!first || !second || first.amount !== second.amount || (first.kind !== 'expense' && first.kind !== 'sale')) return r;
  // "total laku 500rb, tf 500rb": the takings, then how they came in — the same money, once. (Not "…, tf
  // 500rb ke supplier": her paying on, a second event.)
  const sold = first.kind === 'sale';
  if (sold && second.kind !== 'sale') return r;
  // (The way may have been read as money taken, "bayar pake qris 200rb", or as money in, "sudah dibayar cash 800rb".)
  if (second.kind !== 'expense' && second.kind !== 'withdrawal' && second.kind !== 'sale') return r;
  const money = a.nums.filter((ex) => ex.rupiah !== null);
  if (money.length !== 2 || money[0]?.rupiah !== first.amount || money[1]?.rupiah !== first.amount) return r;
  const { tokens } = a;
  const one = money[0];
  const two = money[1];
  let total = false;
  for (let i = 0; i < one.start; i++) if (TOTAL.has((tokens[i] as Token).key)) total = true;
  if (!total) return r;
  // The paying clause: from the break after the total to the end, nothing but paying words.
  let brk = -1;
  for (let i = one.end; i < two.start; i++) if (isBreak(tokens[i] as Token)) { brk = i; break; }
  if (brk < 0) return r;
  let paying = false;
  for (let i = brk + 1; i < tokens.length; i++) {
    if (i >= two.start && i < two.end) continue;
    const t = tokens[i] as Token;
    if (t.type === T_PUNCT) continue;
    if (t.type === T_NUM || t.type !== T_WORD) return r;
    if (sold) {
      if (!CAME_IN.has(t.key)) return r;
      if (PAY_WAY.has(t.key) && t.key !== 'sama' && t.key !== 'sm') paying = true;
      continue;
    }
    if (PAY_WAY.has(t.key)) {
      if (t.key !== 'ke' && t.key !== 'sama' && t.key !== 'sm' && t.key !== 'kepada') paying = true;
      continue;
    }
    // "ke koh Acong": a titled payee, the name after the title.
    const p = tokens[i - 1];
    if (p !== undefined && (p.f2 & G_HONORIFIC) !== 0) continue;
    if ((t.f2 & G_HONORIFIC) !== 0) continue;
    return r;
  }
  if (!paying) return r;
  // (A doubt the second reading raised — "pake qris" read as money taken — still asks, of the one entry.)
  return { ...r, entries: [first] };
}

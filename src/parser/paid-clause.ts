/**
 * A clause that only says the buyers already paid, and how: "hasil live tadi malam closing 9 gamis,
 * semua udah transfer ke rekening, total 1.215.000", "laku 9 gamis, udah lunas semua, total 1.215.000".
 * It holds no money and no event of its own — the sale beside it is what was paid — so the message
 * is read again without it (a rewrite before the readers: index.ts RESHAPES).
 *
 * WHY: read as a clause of its own, its words ("transfer ke rekening") became an unpriced line, and
 * a plain day's takings were asked (`no_amount`).
 *
 * Only a clause between clause marks (or last) made of known words alone: everyone/already words,
 * paying words, where it was paid to ("ke rekening", "via qris") and particles; no number, no
 * negation or time to come ("belum transfer", "nanti transfer" keep the message as written). The rest
 * must hold a sale word and one amount, and no spending word: her own paying stays as written.
 */
import type { Analysis } from './analyze.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { textOf } from './per-day.ts';
import { present, trigger } from './triggers.ts';
import { F_EXPENSE, F_SALE, G_CREDIT, G_ORDER } from './word-roles.ts';

/** Paying words: the buyers' paying, active or passive. */
const PAID = new Set(['transfer', 'tf', 'trf', 'ditransfer', 'ditf', 'dibayar', 'bayar', 'lunas', 'dilunasi', 'cash', 'tunai', 'kontan',
  'masuk', 'cair']);
/** Words that may stand around them: all, already, where to, particles. */
const AROUND = new Set(['semua', 'semuanya', 'smua', 'kabeh', 'sudah', 'udah', 'udh', 'sdh', 'dah', 'wis', 'wes', 'uwis', 'geus', 'su',
  'langsung', 'ke', 'via', 'lewat', 'pake', 'pakai', 'rekening', 'rek', 'rekeningku', 'atm', 'qris', 'dana', 'ovo', 'gopay', 'shopeepay',
  'bca', 'bri', 'bni', 'mandiri', 'bsi', 'aku', 'saya', 'sy', 'ku', 'ya', 'yah', 'kok', 'alhamdulillah', 'juga', 'jg', 'mi', 'ji', 'pembeli',
  'pembelinya', 'customer', 'cust', 'buyer']);
const T_PAID = trigger(PAID);
const MARKS = new Set([',', ';', '.']);
/** A DP, a remainder, an order word the flags may not carry: the paying decides there. */
const OWING = new Set(['dp', 'dpnya', 'panjar', 'sisa', 'sisanya', 'kurang', 'kurangnya', 'pesanan', 'pesenan', 'orderan', 'order', 'pesan', 'pesen']);

/** The end of the clause opening at `s` (its first token), at the next clause mark, line or message end. */
function clauseEnd(tokens: readonly Token[], s: number): number {
  let e = s;
  while (e < tokens.length && tokens[e]?.type !== T_NL && !(tokens[e]?.type === T_PUNCT && MARKS.has((tokens[e] as Token).text))) e++;
  return e;
}

export function withoutPaidClause(a: Analysis): string | null {
  if (!present(a, T_PAID) || a.nums.length === 0) return null;
  const { tokens } = a;
  for (let s = 1; s < tokens.length; s++) {
    const p = tokens[s - 1] as Token;
    if (p.type !== T_PUNCT || !MARKS.has(p.text)) continue;
    const e = clauseEnd(tokens, s);
    let paid = false;
    let known = e > s;
    for (let i = s; i < e && known; i++) {
      const t = tokens[i] as Token;
      if (t.type !== T_WORD || a.marks[i] !== 0) known = false;
      else if (PAID.has(t.key)) paid = true;
      else if (!AROUND.has(t.key)) known = false;
    }
    if (!known || !paid) continue;
    // The rest: a sale word, one amount, no spending word. Never an order, a DP or a tab: there the
    // paying is what decides (an order paid in full is her sale: paid-order-sale.ts).
    const rest = (i: number): boolean => i < s - 1 || i >= e;
    let sale = false;
    for (let i = 0; i < tokens.length; i++) {
      if (!rest(i) || tokens[i]?.type !== T_WORD) continue;
      const t = tokens[i] as Token;
      if ((t.f & F_EXPENSE) !== 0 && (t.f & F_SALE) === 0) return null;
      if ((t.f2 & (G_ORDER | G_CREDIT)) !== 0 || OWING.has(t.key)) return null;
      if ((t.f & F_SALE) !== 0) sale = true;
    }
    const money = a.nums.filter((n) => n.rupiah !== null && n.strength > 0);
    if (!sale || money.length !== 1) return null;
    return textOf(tokens, 0, tokens.length, (i) => !rest(i));
  }
  return null;
}

// Without these words it rewrites nothing (its first test): parseInner skips it (index.ts RESHAPES).
withoutPaidClause.words = T_PAID;

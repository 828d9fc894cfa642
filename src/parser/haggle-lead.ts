/**
 * Who bargained, and "in the end", between the asking price and the price agreed: "laku sarung
 * tenun 1 lembar 900rb, tapi orang tawar jadi 800rb", "…, pembeli nawar jadi 850rb", "laku tas
 * 150rb, akhirnya 130rb". The price after bargaining is what she got: the asking price is
 * hidden (stated-price.ts, its haggle branch, which asks these where the price came first).
 *
 * "akhirnya" (in the end) with no bargaining word decides only when the amount after it (or
 * after "jadi", "cuma", "dilepas" …) is money, lower than the price before, and not under half
 * of it: "akhirnya 2 dompet 30rb" is more goods, a steep drop is asked as before.
 */
import type { Analysis } from './analyze.ts';
import { S_PLAIN, type NumExpr } from './amount.ts';
import { T_PUNCT, T_WORD, type Token } from './lexer.ts';

/** Words between the asking price and the bargaining word: "tapi orang tawar", ", pembelinya nawar". */
const LEAD = new Set(['tapi', 'tp', 'tpi', 'tapinya', 'terus', 'trus', 'lalu', 'orang', 'orangnya', 'pembeli', 'pembelinya', 'dia', 'de',
  'saya', 'aku', 'sy', 'ku', 'kami', 'cust', 'customer', 'konsumen', 'pelanggan', 'langganan', 'ybs', 'mereka', 'ibunya', 'bapaknya', 'tamu', 'tamunya']);
/** How many such words may stand there. */
const MAX_LEAD = 3;

/** "akhirnya", "ahirnya", Javanese "pungkasane": the price at the end. */
export const FINALLY = new Set(['akhirnya', 'ahirnya', 'akhire', 'pungkasane', 'finally']);
/** One word that may stand between "akhirnya" and the price: "akhirnya jadi 130rb", "akhirnya cuma 130rb". */
const FINALLY_THEN = new Set(['jadi', 'jd', 'cuma', 'cuman', 'cm', 'hanya', 'dilepas', 'kulepas', 'kasih', 'kukasih', 'dikasih', 'deal', 'sepakat',
  'dapat', 'dapet', 'laku', 'dibayar', 'dibeli', 'diambil']);

/** The token where the asking price ends, before the bargaining word at `i`: past a comma and up to three words of LEAD. */
export function askingPriceEnd(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  let words = 0;
  while (k >= 0) {
    const t = tokens[k] as Token;
    if (t.type === T_PUNCT && t.text === ',') k--;
    else if (t.type === T_WORD && LEAD.has(t.key) && words < MAX_LEAD) {
      k--;
      words++;
    } else break;
  }
  return k;
}

/** Whether money (not a count) follows "akhirnya" at `i`, directly or after one word of FINALLY_THEN. */
export function finallyMoney(a: Analysis, i: number): boolean {
  const j = FINALLY_THEN.has(a.tokens[i + 1]?.key ?? '') ? i + 2 : i + 1;
  const x = a.numIn[j] ?? -1;
  const ex = x >= 0 ? a.nums[x] : undefined;
  return ex !== undefined && ex.start === j && ex.strength !== S_PLAIN;
}

/** The price agreed after "akhirnya" at `i`, given the asking price; null when it may be other goods or a steep drop. */
export function finalAfterFinally(a: Analysis, i: number, asked: NumExpr): NumExpr | null {
  let j = i + 1;
  if (FINALLY_THEN.has(a.tokens[j]?.key ?? '')) j++;
  const x = a.numIn[j] ?? -1;
  const ex = x >= 0 ? a.nums[x] : undefined;
  if (!ex || ex.start !== j || ex.rupiah === null || asked.rupiah === null || ex.strength === S_PLAIN) return null;
  if (ex.rupiah >= asked.rupiah || ex.rupiah * 2 < asked.rupiah) return null;
  return ex;
}

/**
 * A promise about later, on a line of its own: "ambil 300rb uang toko bwt bayar arisan rt / nanti
 * kalo arisanku keluar aku balikin, tp catat aja dulu ambilnya". The taking happened; the giving
 * back is what she will do when her arisan comes out. The promise line has no amount of its own and
 * opens with a word of later ("nanti", "ntar", "besok"), after a line with money: its condition
 * ("kalo") is no doubt of the money line, and its "balikin" no goods brought back.
 *
 * Marked 1 for not-fact.ts to skip (record.ts) and for money-owner.ts's return words to pass over.
 * Only whole lines: "laku 3 bros 45rb, nanti kalo ada retur aku catat" (one line) is read as before.
 */
import type { Analysis } from './analyze.ts';
import { T_NL, T_NUM, T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import { F_NUMWORD, F_SCALE, F_SLANG } from './word-roles.ts';

/** Words of later that open a promise ("mengko", "sesok" are read "nanti", "besok": regional-words.ts). */
const LATER = new Set(['nanti', 'ntar', 'entar', 'nnti', 'ntr', 'besok', 'besuk']);

const T_LATER = trigger(LATER);

function amountAt(t: Token): boolean {
  return t.type === T_NUM || (t.type === T_WORD && (t.f & (F_NUMWORD | F_SCALE | F_SLANG)) !== 0);
}

/** The tokens of promise lines (see the file comment), or null when there is none. */
export function promiseLines(a: Analysis): Uint8Array | null {
  if (!present(a, T_LATER)) return null;
  const { tokens } = a;
  let mask: Uint8Array | null = null;
  let moneyAbove = false;
  for (let start = 0; start < tokens.length;) {
    let end = start;
    while (end < tokens.length && (tokens[end] as Token).type !== T_NL) end++;
    const line = tokens.slice(start, end);
    const money = line.some(amountAt);
    const first = line.find((t) => t.type === T_WORD);
    if (!money && moneyAbove && first !== undefined && LATER.has(first.key)) {
      mask ??= new Uint8Array(tokens.length);
      mask.fill(1, start, end);
    }
    if (money) moneyAbove = true;
    start = end + 1;
  }
  return mask;
}

// Without these words it reads nothing (its first test): its caller does not call it (guard-lists.ts says why).
promiseLines.words = T_LATER;

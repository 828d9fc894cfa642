import { analyze } from './analyze.ts';
import { T_NUM, T_WORD } from './lexer.ts';
import { prepare } from './normalize.ts';

/**
 * Reads a text that is just an amount ("Rp 15.000", "1,5jt", "lima puluh ribu", "goceng")
 * into integer rupiah, or null when it is not exactly one valid amount (a time, a date, a
 * phone number, a fraction of a rupiah, or more than one number). Plain digits count.
 * For forms and replies that ask for an amount.
 */
export function parseAmount(text: string): number | null {
  const prep = prepare(text);
  const a = analyze(prep.text, '2000-01-01', prep.truncated);
  if (a.nums.length !== 1) return null;
  const ex = a.nums[0];
  if (!ex || ex.rupiah === null) return null;
  for (let i = 0; i < a.tokens.length; i++) {
    if (i >= ex.start && i < ex.end) continue;
    const t = a.tokens[i];
    if (!t) continue;
    if (t.type === T_NUM || a.marks[i] !== 0) return null;
    if (t.type === T_WORD && !(t.key === 'rp' || t.key === 'idr' || t.key === 'rupiah' || t.key === 'harga' || t.key === 'total')) return null;
  }
  return ex.rupiah;
}

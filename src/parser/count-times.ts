/**
 * "laku 4 order kali 12rb", "jual es 6 gelas kali 5rb", "fee 3 resi kali 2rb", "jual pulsa 10rb 6
 * kali harga 12rb": a count, what was counted, then "kali" right before an amount is count × price,
 * as "x" or "×" is. Read as written, "kali" was a unit ("4 kali": four times) and the amount after
 * it the sale: "laku 4 order kali 12rb" was a confident sale of 12000 for four orders.
 *
 * Only "<count> <one or two words> kali [harga] <money>": a plain whole count (1..999), words of
 * what was counted between (no money verbs), and an amount right after "kali" (or its price word)
 * with a money scale or of at least 1000. The message is said again with "x" in its place, which
 * every count-and-price reader knows. Near-misses kept: "laku 4 kali" (no amount after it), "bayar
 * parkir 3 kali 2rb" (nothing counted between: three times, asked as before), "3 kali transfer
 * 50rb" (a word between "kali" and the amount), "untung 2 kali lipat" (no amount).
 */
import type { Analysis } from './analyze.ts';
import { T_NUM, T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import { textOf } from './per-day.ts';
import { S_PLAIN } from './amount.ts';

const T_KALI = trigger(['kali']);
/** Her price word between "kali" and the amount: "jual pulsa 10rb 6 kali harga 12rb". */
const PRICE_WORDS = new Set(['harga', 'hrg', 'jual', 'jualnya', 'harganya']);
/** Words of what was counted between the count and "kali" ("4 order kali", "6 gelas es kali"). */
const MAX_NOUN_WORDS = 2;

/** The message with "<count> … kali <money>" said as "<count> … x <money>", or null. */
export function countTimes(a: Analysis): string | null {
  if (!present(a, T_KALI)) return null;
  const { tokens } = a;
  const at = new Set<number>();
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || t.key !== 'kali' || t.text.toLowerCase() !== 'kali') continue;
    // An amount right after it, or after a price word ("6 kali harga 12rb").
    const from = PRICE_WORDS.has(tokens[i + 1]?.key ?? '') ? i + 2 : i + 1;
    const k = a.numIn[from];
    const money = k !== undefined && k >= 0 ? a.nums[k] : undefined;
    if (money === undefined || money.start !== from || money.rupiah === null || (money.strength <= S_PLAIN && money.rupiah < 1000)) continue;
    // A plain count before it, past at most two words of what was counted.
    let j = i - 1;
    let words = 0;
    while (j >= 0 && words < MAX_NOUN_WORDS && (tokens[j] as Token).type === T_WORD && (tokens[j] as Token).f === 0 && (tokens[j] as Token).key !== 'kali') { j--; words++; }
    const n = tokens[j];
    // ("bayar parkir 3 kali 2rb": with nothing counted between, "kali" counts times — left asked.)
    // ("6 kali harga 12rb": her price word after it says the amount is each.)
    if (words === 0 && from === i + 1) continue;
    if (n === undefined || n.type !== T_NUM || n.num?.plain !== true || !n.num.ok || !/^[1-9][0-9]{0,2}$/.test(n.text)) continue;
    const c = a.numIn[j];
    const count = c !== undefined && c >= 0 ? a.nums[c] : undefined;
    if (count !== undefined && count.strength > S_PLAIN) continue;
    at.add(i);
  }
  if (at.size === 0) return null;
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const piece = at.has(i) ? 'x' : textOf(tokens, i, i + 1);
    out += out === '' || piece === '\n' || out.endsWith('\n') || (tokens[i] as Token).attached ? piece : ` ${piece}`;
  }
  return out;
}

/**
 * A top-up's face value said with "-an" after its thousands: "pulsa 25an laku 3 @27rb" (the
 * twenty-five-thousand top-ups), "token 50an", "voucher 10an 5 biji jual 12rb". As "lima ribuan"
 * names a price class, "25an" after a top-up word names which top-up: 25rb, its face value. Read
 * as written, 25 was a count of "pulsa" with no price (asked) beside the real sale.
 *
 * Only right after a top-up word (past its operator or brand words), digits 1..999 with "an"
 * glued on. The message is said again with the scale written ("pulsa 25rb …"), which the
 * face-value readers know (face-count.ts, resale.ts).
 */
import type { Analysis } from './analyze.ts';
import { T_NUM, T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import { textOf } from './per-day.ts';

/** Goods sold by their face value. */
const TOP_UPS = new Set(['pulsa', 'token', 'voucher', 'vocer', 'voucer', 'vcr', 'kuota']);
const T_TOP_UPS = trigger(TOP_UPS);
/** Words between the top-up and its face value: operator, network, what it is for. */
const BRANDS = new Set(['listrik', 'pln', 'data', 'internet', 'telkomsel', 'tsel', 'xl', 'axis', 'indosat', 'im3', 'tri', 'three',
  'smartfren', 'byu', 'isat', 'simpati', 'as', 'game', 'wifi']);
const MAX_BRAND_WORDS = 2;

/** The message with "<top-up> Nan" said as "<top-up> Nrb", or null when it has none. */
export function faceValueAn(a: Analysis): string | null {
  if (!present(a, T_TOP_UPS)) return null;
  const { tokens } = a;
  const at = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (!TOP_UPS.has((tokens[i] as Token).key)) continue;
    let j = i + 1;
    while (j < tokens.length && j <= i + MAX_BRAND_WORDS && BRANDS.has((tokens[j] as Token).key)) j++;
    const n = tokens[j];
    const an = tokens[j + 1];
    if (n === undefined || an === undefined || n.type !== T_NUM || !/^[1-9][0-9]{0,2}$/.test(n.text)) continue;
    if (an.type !== T_WORD || an.text !== 'an' || !an.attached) continue;
    at.add(j + 1);
  }
  if (at.size === 0) return null;
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const piece = at.has(i) ? 'rb' : textOf(tokens, i, i + 1);
    out += i === 0 || at.has(i) || (tokens[i] as Token).attached ? piece : ` ${piece}`;
  }
  return out;
}

// Without these words it reads nothing (its first test): its caller does not call it (guard-lists.ts says why).
faceValueAn.words = T_TOP_UPS;

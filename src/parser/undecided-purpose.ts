/**
 * Money whose use she has not decided: "uang 2jt dari arisan keluar\nmau buat modal atau buat
 * rumah ya bingung\npripun bu enake", "pinjaman cair 3jt, buat modal apa buat benerin rumah".
 * A business purpose offered as one of two ("buat X atau buat Y") does not make the money
 * capital: whichever reader read it so, the record is asked ("purpose_unplaced": not clearly for
 * the business or the home).
 *
 * Only known words decide: "or" between two purpose words ("buat modal atau buat rumah", "untuk
 * modal apa untuk dapur"). "beli gula atau tepung 50rb" has no purpose, "buat beli gula atau
 * tepung" one purpose of two goods: untouched. Her doubt alone ("bingung mau jualan apa") is
 * about something else: untouched.
 */
import type { Analysis } from './analyze.ts';
import { T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';

/** "or", in chat and in the regions ("utawa" Javanese, "atawa" Sundanese); "apa" only right before a purpose. */
const OR = new Set(['atau', 'ato', 'atw', 'atawa', 'utawa', 'apa', 'opo']);
/** Purpose words, with their regional forms (regional-words.ts maps most to "untuk"). */
const PURPOSE = new Set(['buat', 'untuk', 'utk', 'bwt', 'bt', 'kanggo', 'gawe', 'nggo', 'keur', 'untuak']);
const T_OR = trigger(OR);

/** Whether a purpose word stands in tokens [from, to). */
function purposeIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < Math.min(tokens.length, to); k++) {
    const t = tokens[k] as Token;
    if (t.type === T_WORD && PURPOSE.has(t.key)) return true;
  }
  return false;
}

/** Whether the message leaves the money's use undecided (see the file comment). */
export function purposeUndecided(a: Analysis): boolean {
  if (!present(a, T_OR)) return false;
  const { tokens } = a;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    // "buat modal atau buat rumah": a purpose shortly before the "or", another right after it.
    if (OR.has(t.key) && purposeIn(tokens, i - 4, i) && purposeIn(tokens, i + 1, t.key === 'apa' || t.key === 'opo' ? i + 2 : i + 3)) return true;
  }
  return false;
}

/**
 * The old price she compares today's with: "kedele naik lagi bu 😭 / kulakan kedele 25 kg @11.800 /
 * minggu lalu masih 11rb". A line (or a clause after a comma) after her money holding only a past time
 * ("minggu lalu", "kemarin", "dulu", Javanese "wingi"), a word of still ("masih", "cuma", "isih") and
 * one amount is what the goods cost then — no money of today, no period's sum — when the message
 * says the price moved ("naik", "turun").
 *
 * WHY: the old price was read as a second purchase, and its "minggu lalu" as a week's sum
 * (`period_sum`), so a plain purchase was asked. Any other word on that line ("minggu lalu masih
 * beli 11rb": a verb of hers) keeps it read as before.
 */
import type { Analysis } from './analyze.ts';
import { S_PLAIN } from './amount.ts';
import { isClauseEnd } from './clause-ends.ts';
import { T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import { F_UNIT, G_PAST } from './word-roles.ts';

/** The price moved: "naik", "turun" (words story-clauses.ts's gate wakes on too). */
const MOVED = new Set(['naik', 'turun']);
/** A past time standing alone: "kemarin", "dulu", "wingi" ("minggu lalu" is one token with G_PAST). */
const PAST = new Set(['kemarin', 'kemaren', 'kmrn', 'kmren', 'kmaren', 'dulu', 'dlu', 'biyen', 'mbiyen', 'wingi', 'sebelumnya', 'lalu']);
/** Still only: "masih 11rb", "cuma 11rb", Javanese "isih", "mung". */
const STILL = new Set(['masih', 'msh', 'isih', 'iseh', 'cuma', 'cuman', 'mung', 'hanya', 'baru']);
/** Words that may stand beside them and add nothing: "harganya", "padahal", "lho". */
const FILL = new Set(['harganya', 'harga', 'regane', 'rego', 'padahal', 'kan', 'kok', 'lho', 'loh', 'bu', 'itu', 'pas', 'waktu', 'wkt',
  'per', 'sekilo', 'perkilo', 'ya', 'lo']);
const T_MOVED = trigger(MOVED);

/** Token spans [from, to) of old prices compared with today's (see the file comment). */
export function pastPriceSpans(a: Analysis): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (a.nums.length < 2 || !present(a, T_MOVED)) return out;
  const { tokens } = a;
  let money = false;
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    if (t !== undefined && !isClauseEnd(t)) continue;
    if (money && oldPrice(a, from, i)) out.push([from, i]);
    else if (a.nums.some((ex) => ex.start >= from && ex.end <= i && ex.strength !== S_PLAIN)) money = true;
    from = i + 1;
  }
  return out;
}

/** Whether tokens [from, to) are a past time, a word of still and one amount, and nothing else. */
function oldPrice(a: Analysis, from: number, to: number): boolean {
  let past = false;
  let still = false;
  let amounts = 0;
  for (let j = from; j < to; j++) {
    const t = a.tokens[j] as Token;
    const k = a.numIn[j];
    if (k !== undefined && k >= 0) {
      const ex = a.nums[k];
      if (ex === undefined || ex.strength === S_PLAIN || ex.start !== j) return false;
      amounts++;
      j = ex.end - 1;
    } else if (t.type === T_WORD) {
      if ((t.f2 & G_PAST) !== 0 || PAST.has(t.key)) past = true;
      else if (STILL.has(t.key)) still = true;
      else if (!FILL.has(t.key) && (t.f & F_UNIT) === 0) return false;
    }
  }
  return past && still && amounts === 1;
}

/** Whether token `at` stands inside an old price compared with today's. */
export function inPastPrice(spans: ReadonlyArray<[number, number]>, at: number): boolean {
  return spans.some(([from, to]) => at >= from && at < to);
}

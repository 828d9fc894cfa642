/**
 * A total said as money spent after counted goods: Betawi "aer galon 2 ama gas melon 1 semuanya
 * abis gocap", "beli galon 2 sama gas 1 semuanya habis 50rb", Javanese "kabeh entek seket ewu". The
 * spending verb after the total word is no new event: the counts are what was bought, the money
 * after the verb their one total. Left in place the verb opened a purchase of its own and took the
 * last count as its quantity (one, of nothing), leaving the goods unpriced.
 *
 * The message is said again with the verb moved before the goods (or dropped, when a buying verb
 * already leads): "abis aer galon 2 ama gas melon 1 semuanya gocap", which the readers record as
 * one expense of the total. Only when the total word, the verb and a money amount stand in that
 * order, a bare count of goods stands before them on the line, no money comes before them, and
 * no word of selling is anywhere ("laku tahu 20, tempe 15, semuanya abis": sold out).
 */
import type { Analysis } from './analyze.ts';
import { S_PLAIN } from './amount.ts';
import { T_NL, T_NUM, T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import { F_EXPENSE, F_SALE, F_UNIT, F_WEAK } from './word-roles.ts';
import { textOf } from './per-day.ts';

/** Words of a total over what came before. */
const TOTAL_WORDS = new Set(['semuanya', 'semua', 'kabeh', 'kabehe', 'sadayana']);
/** "spent" said after the total: Indonesian and Betawi "habis"/"abis", Javanese "entek". */
const SPENT = new Set(['abis', 'habis', 'hbs']);
const T_SPENT = trigger(SPENT);

/** The token index of the spending verb in "<total word> <spent> <money>", or -1. */
function spentAfterTotal(a: Analysis): number {
  const { tokens } = a;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || !SPENT.has(t.key) || !TOTAL_WORDS.has((tokens[i - 1] as Token).key)) continue;
    const k = a.numIn[i + 1] as number;
    const ex = k >= 0 ? a.nums[k] : undefined;
    if (ex === undefined || ex.start !== i + 1 || ex.strength === S_PLAIN || ex.rupiah === null || ex.each) return -1;
    return i;
  }
  return -1;
}

/** The message said with the verb before the goods, or null when it is not this shape. */
export function totalSpentShape(a: Analysis): string | null {
  if (!present(a, T_SPENT)) return null;
  const at = spentAfterTotal(a);
  if (at < 0) return null;
  const { tokens } = a;
  let count = false;
  let buys = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_WORD && (t.f & F_SALE) !== 0) return null;
    if (i >= at) continue;
    if (t.type === T_NL) return null;
    const k = a.numIn[i] as number;
    if (k >= 0) {
      const ex = a.nums[k];
      if (ex === undefined || ex.strength !== S_PLAIN || ex.each) return null;
      if (t.type === T_NUM) count = true;
      continue;
    }
    if (t.type === T_WORD && (t.f & F_EXPENSE) !== 0 && (t.f & (F_WEAK | F_UNIT)) === 0) buys = true;
  }
  if (!count) return null;
  const verb = (tokens[at] as Token).text;
  // (Betawi "semuanye" is read as "semuanya" by the lexer: regional-words.ts.)
  const said = textOf(tokens, 0, at - 1) + ` ${(tokens[at - 1] as Token).text} ` +
    textOf(tokens, at + 1, tokens.length);
  return buys ? said : `${verb} ${said}`;
}

// Without these words it reads nothing (its first test): its caller does not call it (guard-lists.ts says why).
totalSpentShape.words = T_SPENT;

/**
 * Doubts about amounts beside a count (issue #15): shapes where the readers find entries but
 * which amount is for what is unclear, so a confident reading is lowered to a question. The
 * shapes that are clear are rewritten and read again in ./unit-price-shapes.ts, whose helpers
 * these share; index.ts asks these after the whole message is read.
 */
import { T_NL, T_PUNCT, type Token } from './lexer.ts';
import type { Analysis } from './analyze.ts';
import type { NumExpr } from './amount.ts';
import { G_EACH, G_PER, F_UNIT } from './word-roles.ts';
import { between, countEnd, edge, isWord, money, partedBetween, plainCount, restatedTail } from './unit-price-shapes.ts';

/**
 * "jual ikan 20rb 3 ekor 50rb": a price for one, then a count with its own lower price — a price
 * list (one for 20rb, three for 50rb), not two sales; asked. Only a message ending in exactly that
 * shape: an amount, right after it a count (and its unit), then an amount more than the first and
 * less than count × first.
 */
export function priceTiers(a: Analysis): boolean {
  if (a.nums.length !== 3) return false;
  const [m1, c, m2] = a.nums as [NumExpr, NumExpr, NumExpr];
  if (!money(m1) || !money(m2) || (plainCount(a, c) ?? 0) < 2 || c.start !== m1.end) return false;
  // "3 ekor 50rb" closing the message: the count's unit (or none) right before the second amount.
  const unit = a.tokens[c.end];
  if (m2.start !== c.end + (isWord(unit) && (unit.f & F_UNIT) !== 0 ? 1 : 0) || !edge(a.tokens[m2.end]) || a.tokens[m2.end] !== undefined) return false;
  const n = plainCount(a, c) as number;
  const one = m1.rupiah as number;
  const many = m2.rupiah as number;
  return many > one && many < n * one;
}

/**
 * "beli 3 paket, 50rb, 60rb": a count of N opening the message, then a list of 2..9 amounts that
 * are not N, one after another with nothing but joiners between: which piece cost what (or
 * whether one amount is for two) is unclear; asked, never two entries unasked.
 */
export function countDisagrees(a: Analysis): boolean {
  const n = a.nums.length;
  if (n < 3 || n > 10) return false;
  const first = a.nums[0] as NumExpr;
  const count = plainCount(a, first);
  if (count === null || count < 2 || count > 9 || count === n - 1) return false;
  for (let k = 1; k < n; k++) {
    const ex = a.nums[k] as NumExpr;
    if (!money(ex)) return false;
    if (k > 1 && !between(a, (a.nums[k - 1] as NumExpr).end, ex.start, null)) return false;
  }
  // The count's clause ends before the list: "3 paket, 50rb, …", "3 porsi: 15rb, …".
  return partedBetween(a, first.end, (a.nums[1] as NumExpr).start);
}

/**
 * "beli 2 karung @150rb, 250rb buat stok", "laku 3 kg 540rb, 200rb": a count with its amount, then
 * after a comma a bare amount with no verb or kind word of its own, and count × price is not it
 * (either way round). A restated total with a typo, or another purchase? A careful bookkeeper
 * asks; never two entries unasked. (The same sum is read as one entry: ./unit-price-shapes.ts.)
 */
export function restatedDisagrees(a: Analysis): boolean {
  const n = a.nums.length;
  if (n < 3) return false;
  for (let q = 0; q + 2 < n; q++) {
    const [c, m, t] = [a.nums[q], a.nums[q + 1], a.nums[q + 2]] as [NumExpr, NumExpr, NumExpr];
    const count = plainCount(a, c) ?? 0;
    if (count < 2 || !money(m) || !money(t)) continue;
    // The amount right after the count (or its goods), or "@" then the amount.
    const at = countEnd(a, c);
    const priced = a.tokens[at + 1]?.text === '@' ? at + 2 : at + 1;
    if (m.start !== priced) continue;
    // "150rb per karung", "150rb/karung", "10rb sebungkus": its unit after it.
    let gap = m.end;
    const w = a.tokens[gap];
    if (isWord(w) && (w.f2 & G_EACH) !== 0) gap++;
    else if (isWord(w) && (w.f2 & G_PER) !== 0 && isWord(a.tokens[gap + 1])) gap += 2;
    else if (w !== undefined && w.type === T_PUNCT && w.text === '/' && isWord(a.tokens[gap + 1])) gap += 2;
    if (gap === t.start) continue;
    let commas = true;
    for (let i = gap; i < t.start; i++) {
      const u = a.tokens[i] as Token;
      if (u.type !== T_PUNCT || (u.text !== ',' && u.text !== ';')) commas = false;
    }
    if (!commas) continue;
    const [pm, pt] = [m.rupiah as number, t.rupiah as number];
    if (count * pm === pt || count * pt === pm) continue;
    const after = a.tokens[t.end];
    if (isWord(after) && (after.f2 & (G_EACH | G_PER)) !== 0) continue;
    if (after !== undefined && after.type === T_PUNCT && (after.text === '/' || after.text === '@')) continue;
    let e = t.end;
    while (e < a.tokens.length && (a.tokens[e] as Token).type !== T_NL) e++;
    if (restatedTail(a, t.end, e, true, null)) return true;
  }
  return false;
}

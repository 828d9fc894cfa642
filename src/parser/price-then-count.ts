/**
 * A price said first, as information, then how many sold: "harga nastar 85rb/toples, hari ini
 * laku 3" (3 × 85.000), "risol 3rb sebiji, laku 40", "rengginang 15rb per bungkus, payu 6
 * bungkus". Read left to right, the price clause is a line without a count (or a price list)
 * and "laku 3" a sale of Rp3 — asked about money she never meant. Here the count takes the
 * price.
 *
 * The price clause: one amount of money, marked as a price (`harga`, `/unit`, `per unit`, an
 * each-word such as `sebiji`), with no verb and no count of its own, and no word of a market
 * price that moved (`naik`, `turun`, `jadi`…: news, not her sale). The count clause: a sale
 * verb and one plain count (under 1.000), with no money; goods it names must be the priced
 * goods, and a unit it names the price's unit. No other number in the message. The message is
 * written again ("hari ini laku 3 toples nastar @85000/toples") and read once more, so plans,
 * questions and days are judged as anywhere.
 */
import type { Analysis } from './analyze.ts';
import { S_PLAIN, type NumExpr } from './amount.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { lookupWord } from './lexicon.ts';
import { F_EXPENSE, F_FILLER, F_PRICE, F_SALE, F_UNIT, F_WEAK, G_EACH, G_PER, G_WITHDRAW } from './word-roles.ts';

/** Words of a price that moved or is on offer elsewhere: market news, never her sale. */
const MOVED = new Set(['naik', 'turun', 'jadi', 'jd', 'sekarang', 'skrg', 'mahal', 'murah', 'lagi', 'kemarin', 'biasanya', 'dulu', 'pasaran',
  'pasar', 'modal', 'modalnya', 'hpp', 'beli', 'kulak']);

interface Clause {
  start: number;
  end: number;
}

function clauses(tokens: readonly Token[]): Clause[] {
  const out: Clause[] = [];
  let s = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    const edge = t === undefined || t.type === T_NL || (t.type === T_PUNCT && (t.text === ',' || t.text === ';' || t.text === '.'));
    if (!edge) continue;
    if (i > s) out.push({ start: s, end: i });
    s = i + 1;
  }
  return out;
}

function numsIn(a: Analysis, c: Clause): NumExpr[] {
  return a.nums.filter((n) => n.start >= c.start && n.end <= c.end);
}

/** The price's unit when "/unit", "per unit" or a per-unit word follows the amount; '' when marked with no unit; null when unmarked. */
function priceMark(a: Analysis, c: Clause, price: NumExpr): string | null {
  const t = a.tokens[price.end];
  const u = a.tokens[price.end + 1];
  if (t !== undefined && price.end < c.end) {
    if (((t.type === T_PUNCT && t.text === '/') || (t.type === T_WORD && (t.f2 & G_PER) !== 0)) && u?.type === T_WORD && (u.f & F_UNIT) !== 0 &&
      price.end + 1 < c.end) return u.key;
    if (t.type === T_WORD && (t.f2 & G_EACH) !== 0) return t.info?.perUnit ?? '';
  }
  for (let i = c.start; i < price.start; i++) if (((a.tokens[i] as Token).f & F_PRICE) !== 0) return '';
  return null;
}

/** "biji" and "pcs" (one piece each), or the same word. */
function sameUnit(x: string, y: string): boolean {
  if (x === y) return true;
  const sx = lookupWord(x)?.size;
  const sy = lookupWord(y)?.size;
  return sx !== undefined && sy !== undefined && sx.base === sy.base && sx.n === sy.n;
}

/** The goods a clause names: its words that are no verb, price, unit, filler or date. */
function goodsOf(a: Analysis, c: Clause, skip: (i: number) => boolean): string[] {
  const words: string[] = [];
  for (let i = c.start; i < c.end; i++) {
    const t = a.tokens[i] as Token;
    if (skip(i) || t.type !== T_WORD || a.marks[i] !== 0 || a.numIn[i] !== -1) continue;
    if ((t.f & (F_SALE | F_EXPENSE | F_PRICE | F_UNIT | F_FILLER)) !== 0 || (t.f2 & (G_EACH | G_PER)) !== 0) continue;
    words.push(t.text);
  }
  return words;
}

/** The message written again with the count priced, or null when it is no such message. */
export function priceThenCount(a: Analysis): string | null {
  if ((a.f & F_SALE) === 0 || ((a.f & F_PRICE) === 0 && (a.f2 & (G_EACH | G_PER)) === 0 && !a.tokens.some((t) => t.text === '/'))) return null;
  const all = clauses(a.tokens);
  const withNums = all.filter((c) => numsIn(a, c).length > 0);
  if (withNums.length !== 2 || a.nums.length !== 2) return null;
  const [pc, cc] = withNums as [Clause, Clause];
  const price = numsIn(a, pc)[0] as NumExpr;
  const count = numsIn(a, cc)[0] as NumExpr;
  if (price.rupiah === null || price.rupiah < 100 || price.strength === S_PLAIN || price.approx || price.ambiguous) return null;
  if (count.strength !== S_PLAIN || count.rupiah === null || count.rupiah < 1 || count.rupiah >= 1000 || count.approx) return null;
  // The price clause: no verb, no moved price; the count clause: a strong sale verb, no other kind.
  for (let i = pc.start; i < pc.end; i++) {
    const t = a.tokens[i] as Token;
    if ((t.f & (F_SALE | F_EXPENSE)) !== 0 || (t.f2 & G_WITHDRAW) !== 0 || MOVED.has(t.key)) return null;
  }
  let sale = false;
  for (let i = cc.start; i < cc.end; i++) {
    const t = a.tokens[i] as Token;
    if ((t.f & F_EXPENSE) !== 0 || (t.f2 & G_WITHDRAW) !== 0) return null;
    if ((t.f & F_SALE) !== 0 && (t.f & F_WEAK) === 0) sale = true;
  }
  if (!sale) return null;
  const unit = priceMark(a, pc, price);
  if (unit === null) return null;
  const priceUnitAt = a.tokens[price.end + 1];
  const goods = goodsOf(a, pc, (i) => i > price.end && priceUnitAt !== undefined && i === price.end + 1);
  if (goods.length === 0) return null;
  // The count's own unit, and goods it names: the priced ones, or none.
  const after = a.tokens[count.end];
  const countUnit = after !== undefined && after.type === T_WORD && (after.f & F_UNIT) !== 0 && count.end < cc.end ? after.key : null;
  if (countUnit !== null && unit !== '' && !sameUnit(countUnit, unit)) return null;
  const named = goodsOf(a, cc, () => false);
  if (named.length > 0 && named.join(' ') !== goods.join(' ')) return null;
  // The message without the price clause; the unit, the goods and the price each after the count.
  let out = '';
  for (let i = 0; i < a.tokens.length; i++) {
    if ((i >= pc.start && i < pc.end) || i === pc.end) continue;
    const t = a.tokens[i] as Token;
    out += t.type === T_NL ? '\n' : `${out === '' || out.endsWith('\n') || t.attached ? '' : ' '}${t.text}`;
    if (i === count.end - 1 && countUnit === null) {
      if (unit !== '') out += ` ${unit}`;
      if (named.length === 0) out += ` ${goods.join(' ')}`;
      out += ` @${price.rupiah}`;
    }
    if (i === count.end && countUnit !== null) {
      if (named.length === 0) out += ` ${goods.join(' ')}`;
      out += ` @${price.rupiah}`;
    }
  }
  return out;
}

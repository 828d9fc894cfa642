/**
 * "laku 2 aku jual 102rb an": the "-an" after a selling verb, with a count sold, is the price each
 * (docs/PARSING.md, "One rate said to be for all"). "-an" alone is "about" ("laku 100rb an",
 * asked); right after `jual` it names what one goes for, as "jual 102rb-an satunya" would — so with
 * a count before it, said again as "… jual @102rb" and kept only when that reads plainly (index.ts).
 * So it does right after a count and its unit: "gudeg krecek 25 porsi 15rb an" (countedUnitBefore).
 */
import type { Analysis } from './analyze.ts';
import { S_MONEY, type NumExpr } from './amount.ts';
import { T_WORD, type Token } from './lexer.ts';
import { isCount, textOf } from './shared-rate.ts';
import { F_EXPENSE, F_FUTURE, F_NEG, F_QUESTION, F_SCALE, F_TOTAL, F_UNIT, G_APPROX } from './word-roles.ts';

/** Selling verbs a price follows: "jual 102rb an", "dijual 15rb an", Javanese "adol 5 ewu an". */
const SELL_WORDS = new Set(['jual', 'dijual', 'kujual', 'jualnya', 'ngejual', 'jualin', 'adol', 'didol', 'ngedol', 'dodol']);

/** The "an" that closes `n` ("102rb an"), as its last token or the next. */
function anAt(a: Analysis, n: NumExpr): number {
  if (a.tokens[n.end - 1]?.key === 'an') return n.end - 1;
  return a.tokens[n.end]?.key === 'an' ? n.end : -1;
}

/**
 * "gudeg krecek 25 porsi 15rb an", "batik cap 4 potong 120rb an": a count and its unit right before
 * the "-an" price — the price the pieces go for, each. Without the unit ("laku 3 batik 150rb an")
 * the amount may be the three's total, still asked; so may her buying's.
 */
function countedUnitBefore(a: Analysis, price: NumExpr): boolean {
  // (Her buying, "beli kain 3 meter 50rb an", may be about 50rb for the three: asked as before.)
  if ((a.f & F_EXPENSE) !== 0) return false;
  // (A scale said, "15rb an": "laku 10 biji 1000-an" leaves the thousand's meaning open, still asked.)
  if (!a.tokens.slice(price.start, price.end).some((t) => t.type === T_WORD && (t.f & F_SCALE) !== 0)) return false;
  const unit = a.tokens[price.start - 1];
  if (unit?.type !== T_WORD || (unit.f & F_UNIT) === 0) return false;
  const k = a.numIn[price.start - 2];
  return k !== undefined && k >= 0 && isCount(a, a.nums[k] as NumExpr);
}

/** The message said again with the price each marked, or null. */
export function eachAnPrice(a: Analysis): string | null {
  if (a.nums.length < 2 || a.question || (a.f & (F_FUTURE | F_QUESTION | F_NEG | F_TOTAL)) !== 0) return null;
  let price: NumExpr | null = null;
  for (const n of a.nums) {
    if (!n.approx) continue;
    // (One approximate amount only, and it is the "-an" one.)
    if (price !== null || n.strength !== S_MONEY || n.rupiah === null || n.rupiah < 100 || n.ambiguous || anAt(a, n) < 0) return null;
    price = n;
  }
  if (price === null) return null;
  const verb = a.tokens[price.start - 1];
  if (verb?.type !== T_WORD || !(SELL_WORDS.has(verb.key) || countedUnitBefore(a, price))) return null;
  // A count sold before the verb: "laku 2", "payu 3 biji".
  const counts = a.nums.filter((n) => n.end <= price.start && isCount(a, n));
  if (counts.length !== 1) return null;
  // No other "about" word: "sekitar", "kira2" keep it a guess.
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (t.type === T_WORD && (t.f2 & G_APPROX) !== 0 && i !== anAt(a, price)) return null;
  }
  const drop = new Uint8Array(a.tokens.length);
  drop[anAt(a, price)] = 1;
  return textOf(a.tokens, drop, new Map(), new Map([[price.start, '@']]));
}

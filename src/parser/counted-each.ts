/**
 * A price for ONE of the very thing she counted, in the words people type for it, read before
 * amounts are: each shape below is written again as the shape the readers already price as
 * count × price (docs/PARSING.md, "A price for one of what she counted").
 *
 * - `se`/`sa` glued to the counted word, with or without its possessive ("sepuluh baju goceng
 *   sebaju", "2 gamis 125rb sagamis", "… sebajunya 5rb"): "per baju" (per-counted.ts). The
 *   lexicon knows "sebungkus", "sekilo" for its units; this covers any goods noun, but only one
 *   counted in the message, so "seragam", "sekolah", "semua" stay words.
 * - a word for one before the counted word, next to the price ("25 ribu satu gamis", "siji
 *   wadah 25 ewu"): "per gamis", as "satu bungkus" is for a unit.
 * - a word for one opening a clause, a price after it, where the clause before counted goods
 *   ("4 wadah rempeyek, siji 25 ewu", "2 jilbab, satu 25rb"): one of those at the price
 *   (`satunya`), as "4 bungkus, siji 25 ewu" is after a unit.
 * - `kali` (times) between a count of goods and a price ("sepuluh bungkus kali delapan ribu"):
 *   the multiplication sign `x`. After a bare number ("3 kali") it stays a count of times.
 * - a street price in slang right after the goods, before their count ("permen gopek laku 12",
 *   "sabun cuci seceng 8 biji"): the goods' price class, a price each — only when the count could
 *   not share it (under Rp200 a piece as a total); "gorengan goceng 3 biji" (three for Rp5.000?)
 *   stays as it reads, asked.
 *
 * WHY here: each shape is about tokens next to each other, and every later reader (the record's
 * elements, price-then-count.ts, the checks) then sees the plain form it already trusts.
 */
import { lookupWord } from './lexicon.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { F_NUMWORD, F_SALE, F_SCALE, F_SLANG, F_UNIT, F_WEAK, G_SE_SCALE, type WordInfo } from './word-roles.ts';

/** Words for one before a counted word (Indonesian, Javanese, Sundanese, Minang, Betawi; "sji" below). */
const ONE = new Set(['satu', 'siji', 'hiji', 'ciek', 'sak', 'atu']);
/** Of those, the ones that open a clause before a price ("…, siji 25 ewu"). */
const ONE_OPENS = new Set(['satu', 'siji', 'hiji', 'ciek']);
/** Words Medan "kali" (very) follows: "laris kali", "mahal kali" — never times. */
const INTENSIFIED = new Set(['mahal', 'murah', 'enak', 'laris', 'rame', 'ramai', 'sepi', 'capek', 'banyak', 'dikit', 'sikit', 'bagus',
  'cantik', 'mantap', 'lumayan', 'susah', 'senang', 'sedikit', 'besar', 'kecil', 'manis', 'pedas', 'asin', 'segar']);
/** Possessive endings glued to the counted word: "sebajunya", Javanese "sebajune", Sundanese "sabajuna". */
const POSSESSIVE_ENDS = ['nya', 'nye', 'ne', 'na'] as const;

function word(text: string, attached: boolean): Token {
  const info = lookupWord(text);
  return { type: T_WORD, text, key: info?.canon ?? text, info, f: info?.flags ?? 0, f2: info?.flags2 ?? 0, attached, num: null };
}

function retag(t: Token, as: string): void {
  const info = lookupWord(as) as WordInfo;
  t.key = info.canon;
  t.info = info;
  t.f = info.flags;
  t.f2 = info.flags2;
}

/** A count: digits of a plain small number, or a number word ("sepuluh"). */
function isCount(t: Token | undefined): boolean {
  if (t === undefined) return false;
  if (t.type === T_NUM) return t.num !== null && t.num.ok && t.num.plain && t.num.value.m < 1000;
  return t.type === T_WORD && (t.f & F_NUMWORD) !== 0 && (t.f & F_SCALE) === 0;
}

/** An amount starts at t: digits, a number word, a slang price, "sewu"/"sarebu". */
function startsAmount(t: Token | undefined): boolean {
  return t !== undefined && (t.type === T_NUM || (t.type === T_WORD && ((t.f & (F_NUMWORD | F_SLANG)) !== 0 || (t.f2 & G_SE_SCALE) !== 0)));
}

/** An amount ends at t: digits, a scale word ("ribu", "ewu", "rb"), or a slang price. */
function endsAmount(t: Token | undefined): boolean {
  return t !== undefined && (t.type === T_NUM || (t.type === T_WORD && (t.f & (F_SCALE | F_SLANG)) !== 0));
}

/** The event ends after t: the message, a line or a clause ends. */
function closes(t: Token | undefined): boolean {
  return t === undefined || t.type === T_PUNCT || t.type === T_NL || (t.type === T_WORD && (t.f & F_SALE) !== 0);
}

/** `w` is counted elsewhere in the message ("10 baju", "gamis 2"), not at `skip`. */
function counted(tokens: readonly Token[], w: string, skip: number): boolean {
  if (w.length < 3) return false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (i === skip || t.type !== T_WORD || t.text !== w) continue;
    if (isCount(tokens[i - 1]) || (tokens[i + 1]?.type === T_NUM && isCount(tokens[i + 1]))) return true;
  }
  return false;
}

/** The counted word inside a "se"/"sa" form ("sebaju" → "baju", "sagamisna" → "gamis"), or null. */
function seCounted(tokens: readonly Token[], i: number): string | null {
  const t = tokens[i] as Token;
  if (t.info !== null || t.text.length < 5 || !(t.text.startsWith('se') || t.text.startsWith('sa'))) return null;
  const rest = t.text.slice(t.text[2] === '-' ? 3 : 2);
  if (counted(tokens, rest, i)) return rest;
  for (const end of POSSESSIVE_ENDS) {
    if (rest.endsWith(end) && counted(tokens, rest.slice(0, -end.length), i)) return rest.slice(0, -end.length);
  }
  return null;
}

/** The clause before `comma` (a comma, or the word after the clause) counts goods: a count and a word of goods, no money. */
function clauseCountsGoods(tokens: readonly Token[], comma: number): boolean {
  let count = false;
  let goods = false;
  for (let k = comma - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.type === T_NL || (t.type === T_PUNCT && t.text !== '-')) break;
    if (t.type === T_NUM) {
      // "20rb, satu 5rb" is money before the comma, no count.
      if (!isCount(t) || ((tokens[k + 1]?.f ?? 0) & F_SCALE) !== 0) return false;
      count = true;
    } else if (t.type === T_WORD) {
      if ((t.f & (F_SCALE | F_SLANG)) !== 0) return false;
      if (isCount(t)) count = true;
      else if (t.info === null || (t.f & F_UNIT) !== 0) goods = true;
    }
  }
  return count && goods;
}

/** A slang street price at i right after goods, their count after it. */
function slangClass(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const value = t.info?.slang;
  if (value === undefined || t.info?.eachSlang === true) return false;
  const before = tokens[i - 1];
  // Right after a word of goods (no count, no unit, no verb before the price in its clause).
  if (before === undefined || before.type !== T_WORD || before.info !== null) return false;
  for (let k = i - 1; k >= 0; k--) {
    const b = tokens[k] as Token;
    if (b.type === T_NL || b.type === T_PUNCT) break;
    if (b.type === T_NUM || (b.type === T_WORD && (b.f & (F_NUMWORD | F_UNIT | F_SCALE | F_SLANG)) !== 0)) return false;
  }
  const n = tokens[i + 1];
  // "permen gopek laku 12": a sale verb, then one plain count that ends the clause (its unit may follow).
  const verb = n?.type === T_WORD && (n.f & F_SALE) !== 0 && (n.f & F_WEAK) === 0;
  const c = tokens[verb ? i + 2 : i + 1];
  if (c?.type !== T_NUM || !isCount(c) || c.num === null) return false;
  const after = verb ? i + 3 : i + 2;
  const unit = ((tokens[after]?.f ?? 0) & F_UNIT) !== 0;
  // "sabun cuci seceng 8 biji": without a verb the count needs its unit.
  if (!(verb || unit) || !closes(tokens[unit ? after + 1 : after])) return false;
  // Only when the count could not share the price: under Rp200 a piece as a total ("kerupuk seceng
  // laku 25", 25 × 1.000). "permen seceng 5 biji" (five for Rp1.000?) and "goceng laku 10" stay asked.
  return value / c.num.value.m < MIN_SHARE;
}

/** Below this a piece, a slang price before its count cannot be the count's total. */
const MIN_SHARE = 200;

/** Rewrites, in place, the each-price shapes above. */
export function settleCountedEach(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const se = seCounted(tokens, i);
    if (se !== null && (endsAmount(prev) || startsAmount(next))) {
      // "goceng sebaju", "sebaju goceng": per the counted word.
      tokens.splice(i, 1, { ...word('per', t.attached), text: t.text.slice(0, t.text[2] === '-' ? 3 : 2) }, word(se, true));
      i++;
      continue;
    }
    if (t.text === 'sji' && next?.type === T_WORD && (next.f & F_UNIT) !== 0 && (endsAmount(prev) || startsAmount(tokens[i + 2]))) {
      // "sji bungkus 10rb": Javanese "siji" typed short (read alone as "sebiji"), one of that unit.
      const one = lookupWord(`se${next.key}`);
      if (one !== null) {
        tokens.splice(i, 2, { ...t, text: `${t.text} ${next.text}`, key: one.canon, info: one, f: one.flags, f2: one.flags2 });
        continue;
      }
    }
    if ((ONE.has(t.key) || t.text === 'sji') && next?.type === T_WORD && next.info === null && counted(tokens, next.text, i + 1) &&
      ((endsAmount(prev) && closes(tokens[i + 2])) || (startsAmount(tokens[i + 2]) && !endsAmount(prev)))) {
      // "25 ribu satu gamis", "siji wadah 25 ewu": per the counted word.
      tokens.splice(i, 1, { ...word('per', t.attached), text: t.text });
      continue;
    }
    // ("bakso dua puluh, satu 5rb" may be twenty-one: a number word right before the comma is no count here.)
    if ((ONE_OPENS.has(t.key) || t.text === 'sji') && prev?.type === T_PUNCT && prev.text === ',' && startsAmount(next) && clauseCountsGoods(tokens, i - 1) &&
      ((tokens[i - 2]?.f ?? 0) & F_NUMWORD) === 0) {
      // "4 wadah rempeyek, siji 25 ewu": one of those, at the price.
      retag(t, 'satunya');
      continue;
    }
    if (t.key === 'kali' && startsAmount(next) && prev?.type === T_WORD && ((prev.f & F_UNIT) !== 0 || prev.info === null) &&
      !INTENSIFIED.has(prev.text) && clauseCountsGoods(tokens, i)) {
      // "sepuluh bungkus kali delapan ribu": times, the price each.
      retag(t, 'x');
      continue;
    }
    if ((t.f & F_SLANG) !== 0 && slangClass(tokens, i)) {
      // "permen gopek laku 12": the goods' price, each; the comma lets the count's clause be read
      // as the count sold at that price (price-then-count.ts).
      const each = word('satunya', true);
      const sale = next?.type === T_WORD && (next.f & F_SALE) !== 0;
      tokens.splice(i + 1, 0, ...(sale ? [each, { type: T_PUNCT, text: ',', key: ',', info: null, f: 0, f2: 0, attached: true, num: null }] : [each]));
      i += sale ? 2 : 1;
    }
  }
}

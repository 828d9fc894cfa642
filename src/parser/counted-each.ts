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
import { isSmallGoods } from './goods-price.ts';
import { lookupWord } from './lexicon.ts';
import { retag } from './retag.ts';
import type { Analysis } from './analyze.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import { F_NUMWORD, F_SALE, F_SCALE, F_SLANG, F_UNIT, F_WEAK, G_EACH, G_SE_SCALE } from './word-roles.ts';

/** Words for one before a counted word (Indonesian, Javanese, Sundanese, Minang, Betawi; "sji" below). */
const ONE = new Set(['satu', 'siji', 'hiji', 'ciek', 'sak', 'atu']);
/** Of those, the ones that open a clause before a price ("…, siji 25 ewu"). */
const ONE_OPENS = new Set(['satu', 'siji', 'hiji', 'ciek']);
/**
 * Words Medan/Malay "kali" (very) follows: "laris kali", "mahal kali", "cepat kali", "udah naik kali" —
 * never times. Qualities, feelings and moves of a price; a word missing here is still never
 * multiplied unless it is the count's own unit or goods right after the count (`timesShape`).
 */
const INTENSIFIED = new Set(['mahal', 'murah', 'enak', 'laris', 'rame', 'ramai', 'sepi', 'capek', 'capak', 'banyak', 'dikit', 'sikit', 'bagus',
  'cantik', 'mantap', 'mantab', 'mantul', 'lumayan', 'susah', 'senang', 'sedikit', 'besar', 'kecil', 'manis', 'pedas', 'asin', 'segar',
  'cepat', 'cepet', 'lambat', 'lama', 'naik', 'naek', 'turun', 'berat', 'ringan', 'sedap', 'payah', 'penat', 'hebat', 'lelah', 'letih',
  'lancar', 'gampang', 'mudah', 'syukur', 'bersyukur', 'bahagia', 'gembira', 'gila', 'parah', 'cakap', 'bagus', 'keren', 'jelek', 'sulit',
  'habis', 'abis', 'laku', 'untung', 'rugi', 'panas', 'dingin', 'hujan', 'sibuk', 'repot', 'ribet', 'lapar', 'kenyang', 'puas', 'sedih',
  'kesal', 'kesel', 'heran', 'kaget', 'takut', 'malu', 'senang', 'seneng', 'happy', 'sehat', 'sakit', 'pusing', 'jauh', 'dekat', 'kuat',
  'lemah', 'mantep', 'sip', 'oke', 'ok', 'cocok', 'pas', 'penuh', 'kosong', 'padat', 'sesak', 'macet', 'lelet', 'tinggi', 'rendah',
  'mewah', 'harum', 'wangi', 'gurih', 'lezat', 'nikmat', 'tebal', 'tipis', 'awet', 'rapi', 'bersih', 'kotor', 'pintar', 'pandai']);
/** Possessive endings glued to the counted word: "sebajunya", Javanese "sebajune", Sundanese "sabajuna". */
const POSSESSIVE_ENDS = ['nya', 'nye', 'ne', 'na'] as const;

function word(text: string, attached: boolean): Token {
  const info = lookupWord(text);
  return { type: T_WORD, text, key: info?.canon ?? text, info, f: info?.flags ?? 0, f2: info?.flags2 ?? 0, attached, num: null };
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
  if (t.info !== null || t.text.length < 5) return null;
  // Sasak/Balinese "a-" (one): "atanding", "abungkus" — only on a word counted in the message.
  const sasak = t.text.startsWith('a') && !t.text.startsWith('se') && !t.text.startsWith('sa');
  if (!sasak && !(t.text.startsWith('se') || t.text.startsWith('sa'))) return null;
  const rest = t.text.slice(sasak ? 1 : t.text[2] === '-' ? 3 : 2);
  if (sasak) return rest.length >= 4 && counted(tokens, rest, i) ? rest : null;
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

/** A Medan "kali" left unread beside a count and a price: the price each, or the total? (record.ts asks.) */
const UNSURE_TIMES = new WeakSet<Token>();
/** A "satu X, dua lagi Y" whose counts do not add up to the one stated: asked. */
const UNSURE_SPLIT = new WeakSet<Token>();

/**
 * The words a token put in those sets holds as its key or text: a "kali", a word for one. A token
 * is put there only in the branch that leaves its key as it is, so a message without them has
 * none there, and the walk with a set lookup a token (every record's) is skipped.
 */
const T_TIMES = trigger(['kali']);
const T_SPLIT = trigger(ONE_OPENS, ['sji']);

/** A `kali` between a count of goods and a price that may be "very" (see `settleCountedEach`): asked. */
export function unsureTimes(a: Analysis): boolean {
  return present(a, T_TIMES) && a.tokens.some((t) => UNSURE_TIMES.has(t));
}

/** A split of the stated count ("3 kaos, satu 50rb, dua lagi 40rb") whose counts do not add up: asked. */
export function unsureSplit(a: Analysis): boolean {
  return present(a, T_SPLIT) && a.tokens.some((t) => UNSURE_SPLIT.has(t));
}

/**
 * "kali" at i is times for sure: the word before it is the count's unit or goods right after the
 * count ("10 bungkus kali 8rb", "10 kerupuk kali 8rb", "kerupuk 10 bungkus kali 8rb"). A word between
 * ("10 bungkus cabe kali", "2 kg cabe naik kali") may be a quality "kali" makes "very", unless it
 * names goods she sells by the piece (goods-price.ts: "8 kotak nasi kali 15 ribu").
 */
function timesShape(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1] as Token;
  if (isCount(tokens[i - 2]) && ((prev.f & F_UNIT) !== 0 || prev.info === null)) return true;
  // "8 kotak nasi kali 15 ribu": goods known as goods after the count's unit.
  return isSmallGoods(prev.text) && ((tokens[i - 2]?.f ?? 0) & F_UNIT) !== 0 && isCount(tokens[i - 3]);
}

/** Words for "the others", "more": "dua lagi 40rb", "yang dua 40rb", "sisanya 40rb". */
const MORE = new Set(['lagi', 'lg', 'lainnya', 'laine', 'sisanya', 'sisane', 'sisa']);
/** Words opening the clause of the others: "yang dua 40rb", "sisanya 40rb", "sisa dua 40rb". */
const OTHERS = new Set(['yang', 'yg', 'sisa', 'sisanya', 'sisane', 'lainnya']);
/** A total word after the others' price: "dua lagi 40rb semua" (40rb for both). */
const WHOLE = new Set(['semua', 'semuanya', 'smua', 'total', 'sekalian', 'berdua', 'duanya', 'semuane', 'kabeh']);

/**
 * The count of goods stated in the clause before `comma` ("jual 3 kaos, …" → 3), its token index, or null.
 */
function statedCount(tokens: readonly Token[], comma: number): { at: number; n: number } | null {
  let found: { at: number; n: number } | null = null;
  for (let k = comma - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.type === T_NL || (t.type === T_PUNCT && t.text !== '-')) break;
    if (!isCount(t)) continue;
    if (found !== null) return null; // two counts: not one stated count
    const n = countValue(t);
    if (n === null) return null;
    found = { at: k, n };
  }
  return found;
}

/** The value of a count token: digits, or a number word's value. */
function countValue(t: Token): number | null {
  if (t.type === T_NUM) return t.num?.value.m ?? null;
  const v = t.info?.num;
  return typeof v === 'number' ? v : null;
}

/**
 * "jual 3 kaos, satu 50rb, dua lagi 40rb": after "satu X" opening a clause, the next clause of the
 * same line prices the others ("dua lagi 40rb", "yang dua 40rb", "2 lagi @40rb", "sisanya 40rb").
 * null when no such clause follows; `n` null when the others are not counted ("sisanya 40rb") or
 * their price may be for them all ("dua lagi 40rb semua"); `times` where to read "x" (the MORE
 * word, or -1 when an each-word already says so, or to insert after the count).
 */
function splitRest(tokens: readonly Token[], one: number): { n: number | null; more: number; count: number } | null {
  let k = one + 1;
  while (k < tokens.length && !(tokens[k]?.type === T_PUNCT && (tokens[k] as Token).text === ',')) {
    if (tokens[k]?.type === T_NL || ((tokens[k]?.f ?? 0) & F_SALE) !== 0) return null;
    k++;
  }
  let j = k + 1;
  let opened = false;
  while (OTHERS.has(tokens[j]?.text ?? '')) { opened = true; j++; }
  const c = tokens[j];
  if (c === undefined || !isCount(c)) return opened && startsAmount(c) ? { n: null, more: -1, count: -1 } : null;
  const count = j++;
  let more = -1;
  if (MORE.has(tokens[j]?.text ?? '')) more = j++;
  let each = false;
  while (tokens[j] !== undefined && (tokens[j]?.text === 'x' || tokens[j]?.text === '@' || (((tokens[j] as Token).f2 & G_EACH) !== 0))) { each = true; j++; }
  if (!startsAmount(tokens[j]) || (!opened && more < 0 && !each)) return null;
  const n = countValue(c);
  // "dua lagi 40rb semua": the price of the two together, or each? Asked.
  let e = j;
  while (e < tokens.length && tokens[e]?.type !== T_PUNCT && tokens[e]?.type !== T_NL) {
    if (WHOLE.has(tokens[e]?.text ?? '')) return { n: null, more: -1, count };
    e++;
  }
  return { n, more: each ? -2 : more, count };
}

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
      tokens.splice(i, 1, { ...word('per', t.attached), text: t.text.slice(0, t.text.indexOf(se, 1)) }, word(se, true));
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
      const rest = splitRest(tokens, i);
      if (rest !== null) {
        // "jual 3 kaos, satu 50rb, dua lagi 40rb": one at 50rb, the other two at 40rb each. When the
        // counts add up to the one stated it is read as "kaos, satu x 50rb, dua x 40rb" (the stated
        // count is those two lines); else "satu" is left a count and the message asked.
        const stated = statedCount(tokens, i - 1);
        if (rest.n !== null && stated !== null && stated.n === 1 + rest.n) {
          if (rest.more >= 0) retag(tokens[rest.more] as Token, 'x');
          else if (rest.more === -1) tokens.splice(rest.count + 1, 0, { ...word('x', false) });
          tokens.splice(i + 1, 0, { ...word('x', false) });
          tokens.splice(stated.at, 1);
          i--;
        } else UNSURE_SPLIT.add(t);
        continue;
      }
      // "4 wadah rempeyek, siji 25 ewu": one of those, at the price.
      retag(t, 'satunya');
      continue;
    }
    if (t.key === 'kali' && startsAmount(next) && prev?.type === T_WORD && ((prev.f & F_UNIT) !== 0 || prev.info === null) &&
      !INTENSIFIED.has(prev.text) && !INTENSIFIED.has(prev.key) && clauseCountsGoods(tokens, i)) {
      // "sepuluh bungkus kali delapan ribu": times, the price each — only right after the count's
      // unit or goods. After any other word ("30 bungkus cepat kali 150rb", "10 bungkus kerupuk
      // kali 8rb") it may be Medan "very": never multiplied, and asked (each or the total?).
      if (timesShape(tokens, i)) retag(t, 'x');
      else UNSURE_TIMES.add(t);
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

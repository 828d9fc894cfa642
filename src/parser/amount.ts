/**
 * Number expressions over tokens: money ("Rp 1.250.000", "15rb", "2jt 500rb", "1jt250",
 * "1,5jt", "lima puluh ribu", "satu setengah juta", "goceng", "15.000,-") and plain numbers
 * ("12", "dua", "1,5") that later become quantities or, with a verb, amounts.
 *
 * The reader only classifies how strongly an expression looks like money (`strength`);
 * deciding whether a number is a quantity, a unit price or a line total needs the words
 * around it and is done in entries.ts. Tokens marked by marks.ts / dates.ts (times, phones,
 * dates, percentages, ordinals, durations) are never read here.
 */
import {
  F_CUR_POST, F_CUR_PRE, F_DATE, F_EXPENSE, F_FILLER, F_NUMWORD, F_SALE, F_SCALE, F_SLANG, F_UNIT, G_APPROX, G_CONJ,
  G_EACH, G_HALF, G_HUNDRED, G_MULT, G_PER, G_SE_SCALE, G_TEENS, G_TENS,
} from './word-roles.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import type { Marks } from './marks.ts';
import { add, dec, mulInt, pow10, type Dec } from './numeral.ts';
import { readBelowThousand } from './number-words.ts';
import { doubledCount, gluedCount } from './glued-count.ts';

/** Amounts above this are not believable for anyone this bot serves: not an amount. */
export const MAX_AMOUNT = 1_000_000_000_000;

/** How strongly an expression says "money". */
export const S_PLAIN = 0; // "12", "dua puluh"
export const S_GROUPED = 1; // "15.000", "15,000": thousands separators, probably money
export const S_MONEY = 2; // a scale, currency, ",-" or slang: certainly money

export interface NumExpr {
  start: number;
  end: number;
  /** null when the digits are malformed or too many to be a value. */
  value: Dec | null;
  strength: number;
  /** Written (at least partly) in words. */
  words: boolean;
  /** A reading that deserves a question: "1jt5", "sejuta dua ratus". */
  ambiguous: boolean;
  /** Approximate ("20rb-an", "sekitar 50rb"). */
  approx: boolean;
  /**
   * A spoken price with the "-an" suffix ("dua ribu lima ratusan", "yang lima ribuan",
   * "20 ribuan"): the price of one piece, not a total and not a guess.
   */
  each: boolean;
  /** The value as integer rupiah when it can be an amount (integral, 1 … MAX_AMOUNT), else null. */
  rupiah: number | null;
  /** Why `rupiah` is null although digits were read: "fraction", "absurd", "zero", "malformed". */
  problem: string | null;
}

interface Term {
  val: Dec;
  scale: number;
  next: number;
  words: boolean;
  digits: boolean;
  grouped: boolean;
}

function wordAt(tokens: Token[], i: number, end: number): Token | null {
  if (i >= end) return null;
  const t = tokens[i] as Token;
  return t.type === T_WORD ? t : null;
}

function isScaleWord(t: Token | null): boolean {
  return t !== null && (t.f & F_SCALE) !== 0 && (t.f2 & G_SE_SCALE) === 0;
}

/** A counting unit that is no scale ("lusin", "kilo", "kodi"; not "ribu"). */
function isUnitWord(t: Token | null): boolean {
  return t !== null && (t.f & F_UNIT) !== 0 && (t.f & F_SCALE) === 0;
}

const HALF: Dec = { m: 5, s: 1 };
const QUARTER: Dec = { m: 25, s: 2 };

/** "setengah" = 0,5; "seperempat" = 0,25. */
function halfValue(t: Token): Dec {
  return t.info?.num === 0.25 ? QUARTER : HALF;
}

/** One "atom [setengah] [scale] [setengah]" group, e.g. "15rb", "1,5 juta", "lima puluh ribu", "sejuta". */
function readTerm(tokens: Token[], i: number, end: number, marks: Marks): Term | null {
  if (i >= end || marks[i] !== 0) return null;
  const t = tokens[i] as Token;
  let val: Dec;
  let next: number;
  let words = false;
  let digits = false;
  let grouped = false;
  if (t.type === T_WORD && (t.f2 & G_SE_SCALE) !== 0) {
    // seribu / sejuta / semiliar [setengah]
    const scale = t.info?.scale ?? 1;
    let v: Dec = dec(1);
    next = i + 1;
    const h = wordAt(tokens, next, end);
    if (h && (h.f2 & G_HALF) !== 0) {
      v = dec(15, 1);
      next++;
    }
    return { val: v, scale, next, words: true, digits: false, grouped: false };
  }
  if (t.type === T_NUM) {
    if (!t.num || !t.num.ok) return null;
    // The "2" of "dua2nya": the word said again, not a number (glued-count.ts).
    if (t.num.plain && doubledCount(tokens, i, t.num.value.m)) return null;
    const after = wordAt(tokens, i + 1, end);
    // "5 ratus", "2 puluh", "3 belas": a digit as the multiplier of a number word.
    const wn = t.num.plain && t.text.length === 1 && after && (after.f2 & (G_HUNDRED | G_TENS | G_TEENS)) !== 0
      ? readBelowThousand(tokens, i, end) : null;
    if (wn) {
      val = dec(wn.value);
      next = wn.next;
      words = true;
    } else {
      val = t.num.value;
      next = i + 1;
      digits = true;
      grouped = t.num.grouped;
    }
  } else if (t.type === T_WORD && (t.f & F_NUMWORD) !== 0) {
    const wn = readBelowThousand(tokens, i, end);
    if (!wn) return null;
    // "dua duanya udah bayar", "satu per satu": both, one by one — not a number (glued-count.ts).
    if (wn.next === i + 1 && doubledCount(tokens, i, wn.value)) return null;
    // "botol kosong 50 biji", "galon kosong": empty, the word after the goods it describes — not zero.
    if (t.key === 'kosong' && wn.next === i + 1 && i > 0 && emptyAfterGoods(tokens[i - 1] as Token)) return null;
    val = dec(wn.value);
    next = wn.next;
    words = true;
  } else if (t.type === T_WORD && (t.f2 & G_HALF) !== 0) {
    val = halfValue(t);
    next = i + 1;
    words = true;
  } else {
    return null;
  }
  // "satu setengah juta", "dua setengah juta": the half belongs to the atom. So it does before
  // a counting unit ("satu setengah lusin" = 1,5 dozen, "dua setengah kilo"): one count, never
  // a count of one and then half a dozen.
  const h1 = wordAt(tokens, next, end);
  if (val.s === 0 && val.m > 0 && h1 && (h1.f2 & G_HALF) !== 0 && (isScaleWord(wordAt(tokens, next + 1, end)) ||
    isUnitWord(wordAt(tokens, next + 1, end)))) {
    val = add(val, halfValue(h1)) ?? val;
    next++;
  }
  // "satu koma lima juta", "2 koma 5 jt": a spoken decimal mark, only before a scale word.
  const k1 = wordAt(tokens, next, end);
  if (val.s === 0 && k1 && k1.key === 'koma') {
    const d = tokens[next + 1];
    const digit = d === undefined ? -1 : d.type === T_NUM && d.num?.plain && d.text.length === 1 ? Number(d.text)
      : d.type === T_WORD && d.info?.num !== undefined && d.info.num >= 0 && d.info.num <= 9 ? d.info.num : -1;
    if (digit >= 0 && isScaleWord(wordAt(tokens, next + 2, end))) {
      val = dec(val.m * 10 + digit, 1);
      next += 2;
      words = true;
    }
  }
  let scale = 1;
  const sw = wordAt(tokens, next, end);
  const slang = sw && (sw.f & F_SLANG) !== 0 ? sw.info?.slang : undefined;
  if (slang !== undefined && val.s === 0 && val.m >= 1 && val.m <= 100) {
    // "2 goceng" = 10.000, "3 ceban" = 30.000
    return { val, scale: slang, next: next + 1, words: true, digits: false, grouped: false };
  }
  if (isScaleWord(sw) && sw) {
    scale = sw.info?.scale ?? 1;
    next++;
    // "1 juta setengah" = 1,5 juta (only when no number follows the half).
    const h2 = wordAt(tokens, next, end);
    if (val.s === 0 && h2 && (h2.f2 & G_HALF) !== 0 && !isScaleWord(wordAt(tokens, next + 1, end))) {
      val = add(val, halfValue(h2)) ?? val;
      next++;
    }
  }
  return { val, scale, next, words, digits, grouped };
}

interface Magnitude {
  value: Dec | null;
  next: number;
  scaled: boolean;
  words: boolean;
  grouped: boolean;
  ambiguous: boolean;
}

/**
 * Terms with strictly decreasing scales: "2jt 500rb", "1 juta 250 ribu", "dua ribu lima
 * ratus", "1jt250" (three digits glued to the scale are thousands of it: 1.250.000),
 * "15rb500" (15.500). A single glued digit ("1jt5", "2rb5") is read as a tenth of the
 * scale — what people mean when they say "sejuta lima" — but flagged ambiguous.
 */
function readMagnitude(tokens: Token[], i: number, end: number, marks: Marks): Magnitude | null {
  const first = readTerm(tokens, i, end, marks);
  if (!first) return null;
  let total: Dec | null = mulInt(first.val, first.scale);
  let lastScale = first.scale;
  let j = first.next;
  let words = first.words;
  let ambiguous = false;
  while (lastScale > 1 && total !== null && j < end && marks[j] === 0) {
    const t = tokens[j] as Token;
    if (t.type === T_NUM && t.attached && t.num && t.num.ok && t.num.plain && !isScaleWord(wordAt(tokens, j + 1, end))) {
      const len = t.text.length;
      if (len === 3) total = add(total, dec(t.num.value.m * (lastScale / 1000)));
      else if (len === 1) {
        total = add(total, dec(t.num.value.m * (lastScale / 10)));
        ambiguous = true;
      } else break;
      j++;
      break;
    }
    const term = readTerm(tokens, j, end, marks);
    if (!term || term.scale >= lastScale) break;
    if (term.digits && term.scale === 1) {
      // "2jt 300", "1jt 250 laku kue", "15rb 500": three digits after a scaled amount, with
      // nothing after them that counts them ("5rb 300 bungkus", "2jt 300 kue"), are the
      // rest of the amount, as when glued ("1jt250"). Fewer digits ("5rb 3") are not.
      // After juta nobody means a few hundred rupiah ("2jt 300" is not 2.000.300); after ribu
      // "15rb 500" may be 15.500 or a count: read as one amount, but asked.
      // ("2,5jt 300" is not a whole number of juta before it: not joined.)
      if (!continuesAmount(tokens, j, term.next, end, marks) || total.s !== 0 || total.m % lastScale !== 0) break;
      total = add(total, dec((t as Token).num!.value.m * (lastScale / 1000)));
      if (lastScale < 1_000_000) ambiguous = true;
      j = term.next;
      break;
    }
    if (term.val.s !== 0 || term.val.m >= 1000) break; // "2jt 1500rb" is not one amount
    // "sejuta dua ratus", "dua juta tiga ratus lima puluh": hundreds spoken after juta with no
    // scale of their own are thousands of it (1.200.000), as "2jt 300" is written; nobody
    // says a few hundred rupiah after a million. Not when something after them counts them.
    if (term.words && term.scale === 1 && lastScale === 1_000_000 && term.val.m >= 100 && total.s === 0 &&
      total.m % lastScale === 0 && !countedAfter(tokens, term.next, end)) {
      total = add(total, dec(term.val.m * 1000));
      j = term.next;
      words = true;
      break;
    }
    // "lima puluh dua ribu dua duanya", "sepuluh ribu tiga bungkus": the words after the
    // scale count something else (glued-count.ts); the amount ends at the scale.
    if (term.words && term.scale === 1 && gluedCount(tokens, term.next, end, term.val.m)) break;
    if (term.scale === 1 && lastScale > 1000) ambiguous = true; // "sejuta dua ratus"
    const part = mulInt(term.val, term.scale);
    total = part ? add(total, part) : null;
    // "dua ribu lima" is 2.500 to some and 2.005 to a parser; "15 ewu siji" is not 15.001:
    // a spoken rest that leaves a sum not a multiple of 100 is never read with confidence.
    if (term.scale === 1 && term.words && total !== null && total.s === 0 && total.m % 100 !== 0) ambiguous = true;
    lastScale = term.scale;
    j = term.next;
    words ||= term.words;
  }
  return { value: total, next: j, scaled: first.scale > 1, words, grouped: first.grouped, ambiguous };
}

/**
 * The plain number at i (ending at `next`) continues the scaled amount before it: exactly
 * three digits, no separator, written apart, and followed by the end of the line, a
 * separator, a verb, a date or a filler word — not by a unit, an item or a price marker.
 */
function continuesAmount(tokens: Token[], i: number, next: number, end: number, marks: Marks): boolean {
  const t = tokens[i] as Token;
  if (t.attached || !t.num || !t.num.plain || t.text.length !== 3 || next !== i + 1) return false;
  if (next >= end) return true;
  const after = tokens[next] as Token;
  if (after.type === T_NL) return true;
  if (after.type === T_PUNCT) return after.text === ',' || after.text === ';' || after.text === '.' || after.text === '!';
  if (after.type !== T_WORD) return false;
  if (marks[next] !== 0) return true;
  if ((after.f & (F_UNIT | F_SCALE | F_NUMWORD | F_CUR_POST)) !== 0 || (after.f2 & (G_EACH | G_PER | G_MULT)) !== 0) return false;
  return (after.f & (F_SALE | F_EXPENSE | F_DATE | F_FILLER)) !== 0 || (after.f2 & G_CONJ) !== 0;
}

/** Whether the word at `next` counts or prices the number before it ("dua ratus bungkus", "dua ratus ribu", "dua ratus @"). */
function countedAfter(tokens: Token[], next: number, end: number): boolean {
  if (next >= end) return false;
  const after = tokens[next] as Token;
  if (after.type === T_NUM) return true;
  if (after.type !== T_WORD) return false;
  return (after.f & (F_UNIT | F_SCALE | F_NUMWORD | F_CUR_POST)) !== 0 || (after.f2 & (G_EACH | G_PER | G_MULT)) !== 0;
}

function punct(tokens: Token[], i: number, p: string): boolean {
  const t = tokens[i];
  return t !== undefined && t.type === T_PUNCT && t.text === p;
}

function make(start: number, end: number, value: Dec | null, strength: number, words: boolean,
  ambiguous: boolean, approx: boolean, problem: string | null, each = false): NumExpr {
  let rupiah: number | null = null;
  if (value !== null && problem === null) {
    if (value.s !== 0) problem = 'fraction';
    else if (value.m > MAX_AMOUNT) problem = 'absurd';
    else if (value.m === 0) problem = 'zero';
    else rupiah = value.m;
  }
  return { start, end, value, strength, words, ambiguous, approx, each, rupiah, problem };
}

/**
 * "1/2 kg", "3/4 liter": a fraction glued together and followed by a unit is a quantity.
 * Only fractions with an exact decimal value are read (halves, quarters, fifths, eighths).
 */
function readFraction(tokens: Token[], i: number, end: number, marks: Marks): NumExpr | null {
  const a = tokens[i];
  const slash = tokens[i + 1];
  const b = tokens[i + 2];
  const unit = tokens[i + 3];
  if (!a || !slash || !b || !unit || i + 3 >= end || marks[i + 1] !== 0 || marks[i + 2] !== 0) return null;
  if (a.type !== T_NUM || !a.num?.plain || slash.type !== T_PUNCT || slash.text !== '/' || !slash.attached) return null;
  if (b.type !== T_NUM || !b.num?.plain || !b.attached || unit.type !== T_WORD || (unit.f & F_UNIT) === 0) return null;
  const num = a.num.value.m;
  const den = b.num.value.m;
  const scale = den === 2 || den === 5 ? 1 : den === 4 ? 2 : den === 8 ? 3 : den === 10 ? 1 : 0;
  if (scale === 0 || num > 1000) return null;
  const value = dec((num * pow10(scale)) / den, scale);
  return make(i, i + 3, value, S_PLAIN, false, false, false, null);
}

/** Reads one number expression starting at token i, or null if none starts there. */
export function readAmount(tokens: Token[], i: number, end: number, marks: Marks): NumExpr | null {
  const frac = readFraction(tokens, i, end, marks);
  if (frac) return frac;
  let j = i;
  let strong = false;
  const t0 = tokens[j];
  if (!t0 || marks[j] !== 0) return null;
  if (t0.type === T_WORD && (t0.f & F_CUR_PRE) !== 0) {
    j++;
    while (j < end && (punct(tokens, j, '.') || punct(tokens, j, ':'))) j++;
    strong = true;
  }
  if (j >= end || marks[j] !== 0) return null;
  const t = tokens[j] as Token;
  let value: Dec | null;
  let next: number;
  let words = false;
  let grouped = false;
  let ambiguous = false;
  let problem: string | null = null;
  let slangEach = false;
  /** Written with a scale word ("2rb", "lima ribu"), not bare digits. */
  let scaled = false;
  if (t.type === T_WORD && (t.f & F_SLANG) !== 0 && t.info?.slang !== undefined) {
    let slang = t.info.slang;
    next = j + 1;
    // "cepek ceng" (100.000), "cepek ribu": a thousand of the slang number.
    const after = tokens[next];
    if (next < end && after && after.type === T_WORD && slang < 1000 && (after.key === 'ceng' || after.key === 'ribu') && marks[next] === 0) {
      slang *= 1000;
      next++;
    }
    value = dec(slang);
    strong = true;
    words = true;
    slangEach = t.info.eachSlang === true;
  } else if (t.type === T_NUM && t.num && !t.num.ok) {
    // Malformed ("1.2.3") or far too many digits: keep it as a number nobody may record.
    value = null;
    next = j + 1;
    if (isScaleWord(wordAt(tokens, next, end))) {
      next++;
      strong = true;
    }
    problem = t.num.digits.length > 15 ? 'absurd' : 'malformed';
  } else {
    const mag = readMagnitude(tokens, j, end, marks);
    if (!mag) return null;
    value = mag.value;
    if (value === null) problem = 'absurd'; // overflowed a safe integer
    next = mag.next;
    strong ||= mag.scaled;
    scaled = mag.scaled;
    words = mag.words;
    grouped = mag.grouped;
    ambiguous = mag.ambiguous;
  }
  // Trailing money cues: "15.000,-", "15.000-", "15 ribu rupiah", "5rb perak".
  if (punct(tokens, next, ',') && punct(tokens, next + 1, '-')) {
    next += 2;
    strong = true;
  } else if (punct(tokens, next, '-') && (tokens[next] as Token).attached && tokens[next + 1]?.type !== T_NUM) {
    next += 1;
    strong = true;
  }
  const post = tokens[next];
  if (next < end && post && post.type === T_WORD && (post.f & F_CUR_POST) !== 0) {
    next++;
    strong = true;
  }
  const before = tokens[i - 1];
  // (A marked word is no "about": "catering 17an 1,5jt" — the festival's day, identifiers.ts.)
  let approx = before !== undefined && before.type === T_WORD && (before.f2 & G_APPROX) !== 0 && marks[i - 1] === 0;
  const an = tokens[next];
  let dashAn = false;
  if (next < end && an && an.type === T_WORD && an.key === 'an' && (an.f2 & G_APPROX) !== 0) {
    next++;
    dashAn = true;
  }
  // "dua ribu lima ratusan", "yang lima ribuan", "20 ribuan": the "-an" form of the last
  // scale word of a whole amount names the price of one piece. "20rb-an" and "sekitar
  // lima ribuan" are approximate. ("ratusan ribu", "jutaan" alone are not amounts at all.)
  const last = tokens[Math.min(next, end) - 1];
  const anForm = !dashAn && last !== undefined && last.type === T_WORD && last.text !== last.key && last.text.endsWith('an') &&
    isScaleWordOrHundred(last);
  // "10 biji 1000an": "an" glued to round digits is the price each, as "seribuan" is.
  const digitAn = dashAn && (an as Token).attached && next - 2 === j && t.type === T_NUM && value !== null && value.s === 0 &&
    value.m >= 100 && value.m % 100 === 0;
  // "es lilin laku 25, seceng-an", "kerupuk 15 bungkus 2rb an": after a count of goods, a
  // small round price with "-an" names their price class (each), as "lima ribuan" does.
  // ("laku 50rb-an" alone, "laku 5 kue 20rb-an", bare digits "10 biji 1000-an": roughly, asked.)
  const classAn = dashAn && !digitAn && (words || scaled) && value !== null && value.s === 0 && value.m >= 100 && value.m < CLASS_PRICE_BELOW &&
    value.m % 100 === 0 && countBefore(tokens, i);
  // "3 plastik goceng-an, 4 plastik ceban-an": a slang amount with "-an" after a count names
  // the goods' price class (the five-thousand ones), each, whatever its size.
  const slangAn = dashAn && !classAn && t.type === T_WORD && (t.f & F_SLANG) !== 0 && next - 2 === i && countOfGoodsBefore(tokens, i);
  const each = (anForm || digitAn || slangEach || classAn || slangAn) && !approx;
  approx ||= dashAn && !digitAn && !classAn && !slangAn;
  const strength = strong || each ? S_MONEY : grouped ? S_GROUPED : S_PLAIN;
  return make(i, Math.min(next, end), value, strength, words, ambiguous, approx, problem, each);
}

/** A price-class "-an" is a snack's price: below this it is each, from it up a rough amount. */
const CLASS_PRICE_BELOW = 10_000;

/** A plain count of goods comes just before i ("25, seceng-an", "15 bungkus 2rb an"), with no verb between. */
function countBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const t = tokens[k] as Token;
    if (t.type === T_NUM) return t.num !== null && t.num.ok && t.num.plain && t.num.value.s === 0 && t.num.value.m < 1000;
    if (t.type === T_PUNCT && t.text === ',') continue;
    if (t.type !== T_WORD || (t.f & (F_SALE | F_EXPENSE | F_SCALE | F_SLANG)) !== 0) return false;
  }
  return false;
}

/**
 * A plain count with at most two words of goods after it just before i ("3 plastik goceng-an",
 * "4 ceban-an"): as countBefore, but the goods may be words of supplies ("plastik").
 */
function countOfGoodsBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = tokens[k] as Token;
    if (t.type === T_NUM) return t.num !== null && t.num.ok && t.num.plain && t.num.value.s === 0 && t.num.value.m < 1000;
    if (t.type !== T_WORD || (t.f & (F_SALE | F_SCALE | F_SLANG)) !== 0) return false;
  }
  return false;
}

/** Every number expression in the token list, in order, skipping marked tokens. */
export function scanNumbers(tokens: Token[], marks: Marks): NumExpr[] {
  const out: NumExpr[] = [];
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    if (marks[i] !== 0) continue;
    const t = tokens[i] as Token;
    const candidate = t.type === T_NUM ||
      (t.type === T_WORD && ((t.f & (F_NUMWORD | F_SLANG | F_CUR_PRE)) !== 0 || (t.f2 & (G_SE_SCALE | G_HALF)) !== 0));
    if (!candidate) continue;
    const ex = readAmount(tokens, i, n, marks);
    if (ex) {
      out.push(ex);
      i = ex.end - 1;
    }
  }
  return out;
}

function isScaleWordOrHundred(t: Token): boolean {
  return (t.f & F_SCALE) !== 0 || (t.f2 & G_HUNDRED) !== 0;
}

/**
 * Whether "kosong" after `prev` is the goods' state ("botol kosong", "galon kosong"), not zero: a word
 * before it that is no number, scale, currency nor money verb ("pengeluaran kosong" stays nothing spent).
 */
function emptyAfterGoods(prev: Token): boolean {
  return prev.type === T_WORD && (prev.f & (F_NUMWORD | F_SCALE | F_SLANG | F_CUR_PRE | F_CUR_POST | F_SALE | F_EXPENSE)) === 0;
}

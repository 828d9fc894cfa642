/**
 * Numbers written as words below one thousand, Indonesian and English:
 * "tiga", "sepuluh", "sebelas", "dua belas", "lima puluh", "seratus dua puluh",
 * "tujuh ratus lima puluh satu", "5 ratus" (a digit before ratus/puluh/belas is allowed),
 * "twenty five", "one hundred and twenty".
 *
 * Scales (ribu, juta) and "setengah" are combined with these by amount.ts; this module
 * only knows how to read one group of up to three digits' worth of words.
 */
import { F_NUMWORD, F_SCALE, F_UNIT, G_HUNDRED, G_TEENS, G_TENS } from './word-roles.ts';
import { T_NUM, T_WORD, type Token } from './lexer.ts';

export interface WordNumber {
  value: number;
  next: number;
  /** At least one token was a word (not just a digit). */
  words: boolean;
}

/** 0..9 from a unit word, or a single digit 1..9 when `digitOk` (only before ratus/puluh/belas). */
function unitAt(tokens: Token[], i: number, end: number, digitOk: boolean): number | null {
  if (i >= end) return null;
  const t = tokens[i] as Token;
  if (t.type === T_WORD) {
    if ((t.f & F_NUMWORD) === 0 || (t.f2 & (G_HUNDRED | G_TENS | G_TEENS)) !== 0) return null;
    // "rong", "telung", "patang": numbers only in "rong atus", "telung puluh", "patang ewu",
    // and before what they count ("pitung iji", "telung bungkus", "rong kilo").
    if (t.info?.bound === true) {
      const n = i + 1 < end ? tokens[i + 1] : undefined;
      if (!n || n.type !== T_WORD || ((n.f2 & (G_HUNDRED | G_TENS | G_TEENS)) === 0 && (n.f & (F_SCALE | F_UNIT)) === 0)) return null;
    }
    const v = t.info?.num;
    return v !== undefined && v <= 9 ? v : null;
  }
  if (digitOk && t.type === T_NUM && t.num && t.num.ok && t.num.plain && t.text.length === 1 && t.num.value.m >= 1) {
    return t.num.value.m;
  }
  return null;
}

function has2(tokens: Token[], i: number, end: number, flag: number): boolean {
  if (i >= end) return false;
  const t = tokens[i] as Token;
  return t.type === T_WORD && (t.f2 & flag) !== 0;
}

function wordValue(tokens: Token[], i: number, end: number): number | null {
  if (i >= end) return null;
  const t = tokens[i] as Token;
  if (t.type !== T_WORD || (t.f & F_NUMWORD) === 0) return null;
  return t.info?.num ?? null;
}

/**
 * Reads a number below 1000 written in words starting at token i (tokens before `end`),
 * or returns null when there is none. A bare digit is not a word number (amount.ts reads
 * digits), except as the multiplier in "5 ratus", "2 puluh".
 */
export function readBelowThousand(tokens: Token[], i: number, end: number): WordNumber | null {
  let j = i;
  let value = 0;
  let any = false;
  let words = false;

  // Hundreds: seratus | <unit> ratus | <unit> hundred [and]
  const w0 = tokens[j];
  if (w0 && j < end && w0.type === T_WORD && w0.key === 'seratus') {
    value += 100;
    j++;
    any = words = true;
  } else {
    const u = unitAt(tokens, j, end, true);
    if (u !== null && u >= 1 && has2(tokens, j + 1, end, G_HUNDRED)) {
      value += u * 100;
      j += 2;
      any = words = true;
    }
  }
  if (any && j < end && (tokens[j] as Token).type === T_WORD && (tokens[j] as Token).key === 'and') {
    // "one hundred and twenty": only when a number word follows.
    if (wordValue(tokens, j + 1, end) !== null) j++;
  }

  // Tens and units.
  const tw = tokens[j];
  const v = wordValue(tokens, j, end);
  if (tw && (v === 10 || v === 11) && (tw.f2 & (G_HUNDRED | G_TENS | G_TEENS)) === 0) {
    // sepuluh, sebelas, ten, eleven
    value += v;
    j++;
    any = words = true;
  } else {
    if (v !== null && v >= 12 && v <= 99 && tw && (tw.f2 & (G_TENS | G_TEENS)) === 0) {
      // English teens (twelve … nineteen); Javanese rolas … sangalas, selawe (25), seket (50)
      value += v;
      j++;
      any = words = true;
      // Javanese round tens take their units as "puluh" does: "seket loro ewu" is 52.000 and
      // "sewidak limo" 65 (they were read as "seket" and then a second amount "loro ewu": 2.000).
      const u = v % 10 === 0 ? unitAt(tokens, j, end, false) : null;
      if (u !== null && u >= 1 && !has2(tokens, j + 1, end, G_HUNDRED | G_TENS | G_TEENS)) {
        value += u;
        j++;
      }
    } else if (v !== null && v >= 20 && v <= 90 && tw && (tw.f2 & G_TENS) !== 0) {
      // English tens (twenty … ninety) [unit]
      value += v;
      j++;
      any = words = true;
      const u = unitAt(tokens, j, end, false);
      if (u !== null && u >= 1) {
        value += u;
        j++;
      }
    } else {
      const u = unitAt(tokens, j, end, true);
      if (u !== null) {
        if (u >= 1 && has2(tokens, j + 1, end, G_TEENS)) {
          value += 10 + u;
          j += 2;
          any = words = true;
        } else if (u >= 1 && has2(tokens, j + 1, end, G_TENS) && (tokens[j + 1] as Token).key === 'puluh') {
          value += u * 10;
          j += 2;
          any = words = true;
          const u2 = unitAt(tokens, j, end, false);
          if (u2 !== null && u2 >= 1 && !has2(tokens, j + 1, end, G_HUNDRED | G_TENS | G_TEENS)) {
            value += u2;
            j++;
          }
        } else if ((tokens[j] as Token).type === T_WORD) {
          // A lone unit word ("tiga"), unless it starts a hundreds group we did not take.
          value += u;
          j++;
          any = words = true;
        }
      }
    }
  }
  return any ? { value, next: j, words } : null;
}

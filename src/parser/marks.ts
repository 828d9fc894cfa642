/**
 * Numbers that are NOT money, found before any amount is read: times ("jam 10.30", "14.00"),
 * phone numbers ("0813 1122 3344", "+62 812-3456-7890"), percentages ("DP 50%"), ordinals
 * ("angsuran ke 4", "ke-3", "no. 5"), durations ("2 minggu", "3x"), years ("tahun 2026")
 * and list bullets ("1." at a line start). Dates are marked by dates.ts.
 *
 * Why a separate pass: the amount reader must never even see these tokens, so a time can
 * not become Rp10,3 and a phone number can not become a sale however the rest is written.
 */
import {
  F_DURATION, F_NUMWORD, F_SCALE, F_UNIT, G_ORDINAL, G_PERCENT, G_TIME, G_TIME_SUFFIX, G_YEAR, F_CUR_PRE, F_CUR_POST, F_SLANG, G_CREDIT, G_HONORIFIC,
} from './word-roles.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { PEOPLE_WORDS, soldBefore } from './people-count.ts';
import { readBelowThousand } from './number-words.ts';

/** After "yg satu": it is owed ("yg satu belum bayar"), not an amount. */
const PART_OWED = new Set(['belum', 'blm', 'blom', 'belom', 'ngutang', 'utang', 'hutang', 'dihutang', 'bon', 'kasbon', 'dibon']);

export type Marks = Uint8Array;

/**
 * Whether any token has mark `m`. A plain loop: a typed array's `includes` (and `some`, with its
 * callback) is a call into V8's runtime, ~0.4 % of a parse where the record asks it once.
 */
export function hasMark(marks: Marks, m: number): boolean {
  for (let i = 0; i < marks.length; i++) if (marks[i] === m) return true;
  return false;
}

/** 0 in Marks: the token is free to be read (as a word or an amount). */
export const M_DATE = 1;
export const M_TIME = 2;
export const M_PHONE = 3;
export const M_PERCENT = 4;
export const M_ORDINAL = 5;
export const M_DURATION = 6;
export const M_YEAR = 7;
export const M_BULLET = 8;
/** A size that names the goods, not a count: "gas 3kg" (cost-nouns.ts). */
export const M_SIZE = 9;
/** An identifier, label and code: "no resi JP123…", "INV/2026/3344", "meja 4" (identifiers.ts). */
export const M_IDENT = 10;
/** Hidden from a second reading of part of the message (intents/read-rest.ts). */
export const M_HIDDEN = 99;

function plainInt(t: Token | undefined): number | null {
  if (!t || t.type !== T_NUM || !t.num || !t.num.ok || !t.num.plain) return null;
  return t.num.value.m;
}

function isPunct(t: Token | undefined, p: string): boolean {
  return t !== undefined && t.type === T_PUNCT && t.text === p;
}

function moneyWordAt(t: Token | undefined): boolean {
  return t !== undefined && t.type === T_WORD && (t.f & F_SCALE) !== 0;
}

/** "10.30" / "14.00" style: hour ≤ 24, a dot, exactly two minute digits ≤ 59. */
function isClock(t: Token): boolean {
  const nm = t.num;
  if (!nm || !nm.ok || nm.mark !== '.' || nm.frac.length !== 2 || nm.grouped) return false;
  const h = Number(t.text.slice(0, t.text.indexOf('.')));
  return nm.intDigits <= 2 && h <= 24 && Number(nm.frac) <= 59;
}

/** Digits only (or a malformed dotted group such as "0813.1122.3344"). */
function phoneDigits(t: Token | undefined): string | null {
  if (!t || t.type !== T_NUM || !t.num) return null;
  if (t.num.plain) return t.num.digits;
  if (!t.num.ok && t.text.indexOf(',') < 0) return t.num.digits;
  return null;
}

export function markNonMoney(tokens: Token[], marks: Marks): void {
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    if (marks[i] !== 0) continue;
    const t = tokens[i] as Token;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];

    // ---- phone numbers -------------------------------------------------------------
    if (t.type === T_NUM || (isPunct(t, '+') && next && next.type === T_NUM && next.attached)) {
      const end = phoneEnd(tokens, i);
      if (end > 0) {
        for (let k = i; k < end; k++) marks[k] = M_PHONE;
        i = end - 1;
        continue;
      }
    }

    // ---- lettered bullets: "a)" / "b." at the start of a line of a list ----------------
    if (t.type === T_WORD && t.text.length === 1 && (i === 0 || (prev && prev.type === T_NL)) && next &&
      next.type === T_PUNCT && (next.text === ')' || (next.text === '.' && t.text >= 'a' && t.text <= 'e')) && next.attached) {
      marks[i] = M_BULLET;
      marks[i + 1] = M_BULLET;
      i++;
      continue;
    }
    if (t.type === T_WORD) {
      // jam 10 / jam 10.30 / pukul 14:00 / jam 2 siang
      if ((t.f2 & G_TIME) !== 0 && next && next.type === T_NUM) {
        const h = plainInt(next);
        if ((h !== null && h <= 24) || isClock(next)) {
          let end = i + 2;
          if (isPunct(tokens[end], ':') && plainInt(tokens[end + 1]) !== null) end += 2;
          const suf = tokens[end];
          if (suf && suf.type === T_WORD && (suf.f2 & G_TIME_SUFFIX) !== 0) end++;
          for (let k = i + 1; k < end; k++) marks[k] = M_TIME;
          i = end - 1;
        }
        continue;
      }
      // Voice-typed: "buka jam lima sampai jam sepuluh", "jam dua belas siang": the hour in words.
      const said = (t.f2 & G_TIME) !== 0 ? spokenHour(tokens, i + 1) : -1;
      if (said > i + 1) {
        for (let k = i + 1; k < said; k++) marks[k] = M_TIME;
        i = said - 1;
        continue;
      }
      // ke 4 / ke-3 / no. 5 / nomor 12 (but "no wa 0813…" is left to the phone rule)
      if ((t.f2 & G_ORDINAL) !== 0) {
        let j = i + 1;
        if (isPunct(tokens[j], '-') || isPunct(tokens[j], '.')) j++;
        const tj = tokens[j];
        // ("jual pulsa ke 6 org": to six people, a count — people-count.ts. "ke-6 orang" stays an ordinal.)
        const toPeople = t.key === 'ke' && j === i + 1 && PEOPLE_WORDS.has(tokens[j + 1]?.key ?? '') && soldBefore(tokens, i);
        if (tj && tj.type === T_NUM && plainInt(tj) !== null && !moneyWordAt(tokens[j + 1]) && phoneEnd(tokens, j) < 0 && !toPeople) {
          marks[j] = M_ORDINAL;
          i = j;
        }
        continue;
      }
      // "kerudung segi 4" (a square scarf), "segi 3": the number names the shape, never a count.
      if (t.key === 'segi' && next && next.type === T_NUM && next.attached === false && plainInt(next) !== null &&
        (plainInt(next) as number) >= 3 && (plainInt(next) as number) <= 12 && !moneyWordAt(tokens[i + 2])) {
        marks[i + 1] = M_SIZE;
        i++;
        continue;
      }
      // "laku 3 gamis @150rb, yg satu bu Ratna blm bayar": which of the goods, never an amount.
      if ((t.key === 'yang' || t.key === 'yg') && next && (plainInt(next) !== null || (next.type === T_WORD && next.info?.num !== undefined &&
        (next.f & F_SCALE) === 0)) && (plainInt(next) ?? next.info?.num ?? 100) < 100) {
        const after = tokens[i + 2];
        if (after && after.type === T_WORD && ((after.f2 & (G_HONORIFIC | G_CREDIT)) !== 0 || PART_OWED.has(after.key))) {
          marks[i + 1] = M_ORDINAL;
          i++;
          continue;
        }
      }
      // tahun 2026 / thn 25
      if ((t.f2 & G_YEAR) !== 0 && next && plainInt(next) !== null && (next.text.length === 4 || next.text.length === 2)) {
        marks[i + 1] = M_YEAR;
        i++;
      }
      continue;
    }
    if (isPunct(t, '#') && next && plainInt(next) !== null && next.attached) {
      marks[i + 1] = M_ORDINAL;
      i++;
      continue;
    }
    if (t.type !== T_NUM) continue;

    // ---- list bullets: "1." / "2)" at the start of a line ------------------------------
    if ((i === 0 || (prev && prev.type === T_NL)) && plainInt(t) !== null && t.text.length <= 2 &&
      next && next.type === T_PUNCT && (next.text === '.' || next.text === ')') && next.attached) {
      const after = tokens[i + 2];
      if (!after || !after.attached || after.type === T_WORD) {
        marks[i] = M_BULLET;
        marks[i + 1] = M_BULLET;
        i++;
        continue;
      }
    }

    // ---- clock times: 14.00, 10:30, 9 pagi, 19.00 WIB ----------------------------------
    const pricey = prev !== undefined && ((prev.type === T_WORD && (prev.f & F_CUR_PRE) !== 0) || isPunct(prev, '@'));
    if (!pricey && isClock(t) && !moneyWordAt(next)) {
      let end = i + 1;
      const suf = tokens[end];
      if (suf && suf.type === T_WORD && (suf.f2 & G_TIME_SUFFIX) !== 0) end++;
      for (let k = i; k < end; k++) marks[k] = M_TIME;
      i = end - 1;
      continue;
    }
    const h = plainInt(t);
    if (h !== null && h <= 24 && isPunct(next, ':') && next?.attached) {
      const mm = tokens[i + 2];
      if (mm && mm.attached && plainInt(mm) !== null && mm.text.length === 2) {
        let end = i + 3;
        const suf = tokens[end];
        if (suf && suf.type === T_WORD && (suf.f2 & G_TIME_SUFFIX) !== 0) end++;
        for (let k = i; k < end; k++) marks[k] = M_TIME;
        i = end - 1;
        continue;
      }
    }
    if (h !== null && h <= 24 && next && next.type === T_WORD && (next.f2 & G_TIME_SUFFIX) !== 0 && !pricey) {
      marks[i] = M_TIME;
      marks[i + 1] = M_TIME;
      i++;
      continue;
    }

    // ---- percentages: 50%, 2,5 %, 10 persen --------------------------------------------
    if ((next && isPunct(next, '%')) || (next && next.type === T_WORD && (next.f2 & G_PERCENT) !== 0)) {
      marks[i] = M_PERCENT;
      marks[i + 1] = M_PERCENT;
      i++;
      continue;
    }

    // ---- durations and counts of times: 2 minggu, 3 hari, 3x, 2 kali -------------------
    if (next && next.type === T_WORD && (next.f & F_DURATION) !== 0 && (next.f & F_UNIT) === 0) {
      // "sewa lapak 2 hari @75rb": days priced each are a count (2 × 75rb), not how long.
      if (isPunct(tokens[i + 2], '@')) continue;
      // "pagi 156.000 siang 98.000 malam 121.500": a number grouped in thousands is money, and a
      // duration word that is also a part of the day ("malam": nights, or the evening) opens the
      // next part — no one counts 98.000 nights. (Week and day words keep their reading: a bare
      // "minggu" after money is as often "a week" as Sunday.)
      if ((next.f2 & G_TIME_SUFFIX) !== 0 && t.num?.ok === true && t.num.grouped && !t.num.decimal && t.num.value.m > 1000) continue;
      marks[i] = M_DURATION;
      continue;
    }
    if (next && next.type === T_WORD && next.key === 'x' && next.attached) {
      // "3x" (three times) unless a price follows ("3x15rb", "3x 15rb").
      const after = tokens[i + 2];
      // "pulsa 10rb 3x": three of that price, a count the entry reads (entries.ts), not times.
      const before = tokens[i - 1];
      const afterPrice = before !== undefined && before.type === T_WORD && (before.f & (F_SCALE | F_SLANG | F_CUR_POST)) !== 0;
      if (!afterPrice && (!after || after.type === T_NL || (after.type === T_WORD && (after.f & F_CUR_PRE) === 0 && (after.info?.num === undefined) && (after.info?.slang === undefined)))) {
        marks[i] = M_DURATION;
        continue;
      }
    }
  }
}

/**
 * End index of a phone number starting at i, or -1. Indonesian numbers start with 0
 * (0812…, 021…) or 62/+62, have 9 to 15 digits, and are often written in groups
 * separated by spaces, dashes or dots. A group followed by a money word ("15rb") ends it.
 */
/** Whether the groups so far, `first` the first, make a phone number. A module function, not a named closure: see unknown-hints.ts's `has`. */
function validPhone(first: string, plus: boolean, digits: number, groups: number): boolean {
  const startsZero = first.charCodeAt(0) === 48 && first.length >= 2 && first.charCodeAt(1) !== 48;
  const starts62 = first.startsWith('62');
  return (startsZero && digits >= 9 && digits <= 14 && (groups > 1 || first.length >= 9)) ||
    (starts62 && digits >= 10 && digits <= 15 && (plus || groups > 1 || first.length >= 11)) ||
    (plus && digits >= 8 && digits <= 15);
}

function phoneEnd(tokens: Token[], i: number): number {
  let j = i;
  let plus = false;
  if (isPunct(tokens[j], '+')) {
    plus = true;
    j++;
  }
  const first = phoneDigits(tokens[j]);
  if (first === null) return -1;
  const startsZero = first.charCodeAt(0) === 48 && first.length >= 2 && first.charCodeAt(1) !== 48;
  const starts62 = first.startsWith('62');
  if (!startsZero && !starts62) return -1;
  let digits = first.length;
  let groups = 1;
  j++;
  // The longest run of groups that still makes a phone number: a trailing "100%" or a
  // price after the number must not turn the whole number into something else.
  let best = validPhone(first, plus, digits, groups) ? j : -1;
  while (j < tokens.length && groups < 6) {
    let k = j;
    if (isPunct(tokens[k], '-') || isPunct(tokens[k], '.')) {
      if (!(tokens[k] as Token).attached) break;
      k++;
    }
    const t = tokens[k];
    const d = phoneDigits(t);
    // Later groups have 3+ digits and are not followed by a money word, a unit, "%" or ":" (a time).
    if (d === null || !t || d.length < 3 || moneyWordAt(tokens[k + 1]) || isPunct(tokens[k + 1], ':') || isPunct(tokens[k + 1], '%') ||
      (tokens[k + 1]?.type === T_WORD && ((tokens[k + 1] as Token).f & F_UNIT) !== 0)) break;
    if (digits + d.length > 15) break;
    digits += d.length;
    groups++;
    j = k + 1;
    if (validPhone(first, plus, digits, groups)) best = j;
  }
  return best;
}

/**
 * Where an hour said in words after "jam" ends ("lima", "dua belas", "sepuluh pagi"), or -1: a
 * number word of 1–24 that no scale or unit follows ("jam lima ribu" is no time; "2 jam" is a
 * duration, read elsewhere). Only number words: digits are read above.
 */
function spokenHour(tokens: readonly Token[], j: number): number {
  const first = tokens[j];
  if (first === undefined || first.type !== T_WORD || (first.f & F_NUMWORD) === 0) return -1;
  const n = readBelowThousand(tokens as Token[], j, tokens.length);
  if (n === null || !n.words || n.value < 1 || n.value > 24) return -1;
  const after = tokens[n.next];
  if (after !== undefined && after.type === T_WORD && (after.f & (F_SCALE | F_UNIT | F_SLANG | F_CUR_POST)) !== 0) return -1;
  return after !== undefined && after.type === T_WORD && (after.f2 & G_TIME_SUFFIX) !== 0 ? n.next + 1 : n.next;
}

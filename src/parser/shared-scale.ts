/**
 * One scale word for several amounts: "laku 15 sama 20rb", "150, 175, sama 200rb", "35 dan 40
 * ribu", "12/15/20k", "beli gula 15 sama minyak 20rb", spoken "dua lima sama tiga puluh ribu".
 * She writes the scale once, on the last amount; the bare numbers joined to it by a list word
 * ("sama", "dan", "&", "+", ",", "/", Javanese "karo"/"lan", Sundanese "jeung"…) share it. The
 * readers take such a bare number as a count ("15 × 20rb") or drop it, both confidently wrong.
 *
 * Here, after every reader (index.ts): a run of bare numbers joined to a scaled amount is read as
 * that many amounts of that scale. A bare number followed by a unit or goods word is a count
 * ("2 kerudung", "3 bungkus") and ends the run, so "laku 2 sama 3 bungkus @5rb" never fires.
 * A count said before the run that equals the number of amounts ("3 tas … 150, 175, sama 200rb")
 * confirms each amount is one piece's price: recorded. Otherwise the amounts are shown and asked
 * (`shared_scale`): "15" may still be a count. A range ("antara 100 sama 150rb") is no list:
 * range-guard.ts asks it.
 */
import type { Analysis } from './analyze.ts';
import type { NumExpr } from './amount.ts';
import { C_DOUBT, C_MARKED } from './confidence.ts';
import { T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { toNumber } from './numeral.ts';
import type { ParsedEntry, ParseResult } from './types.ts';
import { F_SCALE } from './word-roles.ts';

/** Words and marks that join the items of a list (not a range: "sampai" is range-guard.ts's). */
const LIST_WORDS = new Set(['sama', 'sm', 'ama', 'dan', 'dn', 'n', 'plus', 'kalih']);
const LIST_MARKS = new Set([',', '&', '+', '/']);
/** Marks that say "and" as plainly as a word; a bare comma or slash may part a count from a price. */
const STRONG_JOIN = new Set(['&', '+']);
/** Notes on the reader's bare small amount, which the shared scale replaced. */
const OLD_READING_NOTES = new Set(['small_plain_number', 'implausible_amount']);
/** Doubts of the reader a matching count settles: a count without its price, each or in total. */
const SETTLED_BY_COUNT = new Set(['quantity_missing', 'cheap_each']);
/** A bare number at most this is read with the shared scale; "15000 sama 20rb" has its own. */
const MAX_BARE = 999;
/** Goods words skipped between a list word and the next amount: "gula 15 sama minyak 20rb". */
const MAX_GOODS_WORDS = 2;
/** Single-digit number words run together in speech: "dua lima" is 25. */
const DIGIT_WORDS = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9]);

export interface SharedScale {
  /** Every amount of the run, the bare ones with the shared scale, in the order written. */
  amounts: number[];
  /** A count before the run equal to the number of amounts ("3 tas … 150, 175, sama 200rb"). */
  confirmed: boolean;
  /** The bare numbers as written ("15" of "15 sama 20rb"). */
  bare: number[];
  /** Token span of the run. */
  start: number;
  end: number;
}

function isListJoin(t: Token | undefined): boolean {
  if (t === undefined) return false;
  if (t.type === T_PUNCT) return LIST_MARKS.has(t.text);
  return t.type === T_WORD && LIST_WORDS.has(t.key);
}

/** The scale word ending a number expression ("20rb", "tiga puluh ribu"), or 1. */
function scaleOf(a: Analysis, ex: NumExpr): number {
  const t = a.tokens[ex.end - 1];
  return t !== undefined && t.type === T_WORD && (t.f & F_SCALE) !== 0 ? t.info?.scale ?? 1 : 1;
}

/** The expression that ends just before token `end` (exclusive), or null. */
function exprEndingAt(a: Analysis, end: number): NumExpr | null {
  const k = end > 0 ? a.numIn[end - 1] ?? -1 : -1;
  if (k < 0) return null;
  const ex = a.nums[k] as NumExpr;
  return ex.end === end ? ex : null;
}

/** A bare number the shared scale may reach: no scale, not a date or time, small, exact. */
function bareValue(a: Analysis, ex: NumExpr, scale: number): number | null {
  if (ex.value === null || ex.approx || scaleOf(a, ex) !== 1 || a.marks[ex.start] !== 0) return null;
  const v = toNumber(ex.value);
  // "1,5 sama 2jt": a fraction shares the scale when the amount comes out whole.
  return v > 0 && v <= MAX_BARE && Number.isInteger(v * scale) ? v : null;
}

/**
 * A word that may name goods: one the lexicon has no role for ("gula", "minyak", "kerudung").
 * It never decides anything alone: it may only stand between a list word and an amount when the
 * bare number before the list word has goods of its own ("gula 15 sama minyak 20rb").
 */
function goodsWord(t: Token | undefined): boolean {
  return t !== undefined && t.type === T_WORD && t.info === null && /^[a-z]+$/.test(t.key);
}

/** The bare number (or spoken "dua lima") ending before `end`, with where it starts. */
function bareBefore(a: Analysis, end: number, scale: number): { value: number; start: number } | null {
  const ex = exprEndingAt(a, end);
  if (ex === null) return null;
  const v = bareValue(a, ex, scale);
  if (v === null) return null;
  // "dua lima sama tiga puluh ribu": two digit words said as one number (25).
  if (ex.words && DIGIT_WORDS.has(v)) {
    const tens = exprEndingAt(a, ex.start);
    const t = tens === null ? null : bareValue(a, tens, scale);
    if (tens !== null && t !== null && tens.words && DIGIT_WORDS.has(t)) return { value: t * 10 + v, start: tens.start };
  }
  return { value: v, start: ex.start };
}

/** The nearest count before `start`: a bare number followed by a goods or unit word ("3 tas"). */
function countBefore(a: Analysis, start: number): number | null {
  for (let i = start - 1; i >= 0; i--) {
    const t = a.tokens[i] as Token;
    if (t.type !== T_NUM) continue;
    const ex = exprEndingAt(a, i + 1);
    if (ex === null || scaleOf(a, ex) !== 1 || a.marks[ex.start] !== 0 || ex.rupiah === null) return null;
    const next = a.tokens[i + 1];
    return next !== undefined && next.type === T_WORD && (next.f & F_SCALE) === 0 && !isListJoin(next) ? ex.rupiah : null;
  }
  return null;
}

/** The first run of bare numbers joined to a scaled amount, or null. */
export function findSharedScale(a: Analysis): SharedScale | null {
  const { tokens } = a;
  for (const y of a.nums) {
    const scale = scaleOf(a, y);
    if (scale < 1000 || y.rupiah === null || y.approx) continue;
    const bare: number[] = [];
    const written: number[] = [];
    let pos = y.start;
    let wordJoined = false;
    for (;;) {
      let j = pos;
      let goods = 0;
      while (goods < MAX_GOODS_WORDS && goodsWord(tokens[j - 1])) { j--; goods++; }
      const join = tokens[j - 1];
      if (!isListJoin(join)) break;
      j--;
      // ", sama": a mark and a word together join once.
      if (isListJoin(tokens[j - 1]) && tokens[j - 1]?.type !== join?.type) j--;
      const byWord = STRONG_JOIN.has(join?.key ?? '') || join?.type === T_WORD || tokens[j]?.type === T_WORD;
      const x = bareBefore(a, j, scale);
      if (x === null) break;
      // (Not when the goods were counted before: "3 kerudung 35, 40 sama 45rb".)
      let g = x.start;
      while (goodsWord(tokens[g - 1])) g--;
      const counted = g < x.start && tokens[g - 1]?.type !== T_NUM;
      // "gamis 2, 300rb", "kalung 2, 15rb": goods and a number before a bare comma are a count.
      if (!byWord && counted) break;
      // Goods before the next amount only pair with goods before this one ("gula 15 sama minyak 20rb").
      if (goods > 0 && !(byWord && counted)) break;
      wordJoined ||= byWord;
      bare.unshift(Math.round(x.value * scale));
      written.unshift(x.value);
      pos = x.start;
    }
    // "laku 15, 20rb": one bare number before a comma may be a count; a list of three is a list.
    if (!wordJoined && bare.length < 2) continue;
    if (bare.length === 0) continue;
    // "antara 100 sama 150rb" is a range.
    if (tokens[pos - 1]?.key === 'antara') return null;
    const amounts = [...bare, y.rupiah];
    return { amounts, confirmed: countBefore(a, pos) === amounts.length, bare: written, start: pos, end: y.end };
  }
  return null;
}

function sameAmounts(entries: readonly ParsedEntry[], amounts: readonly number[]): boolean {
  if (entries.length !== amounts.length) return false;
  const x = entries.map((e) => e.amount).sort((p, q) => p - q);
  const y = [...amounts].sort((p, q) => p - q);
  return x.every((v, i) => v === y[i]);
}

/** Whether a number outside the run and its count holds money of its own ("…, beli gas 22rb"). */
function otherMoney(a: Analysis, run: SharedScale): boolean {
  return a.nums.some((n) => (n.end <= run.start || n.start >= run.end) && n.rupiah !== null && scaleOf(a, n) >= 1000);
}

/** The reader's record, read again with one scale shared by the run's bare numbers. */
export function guardSharedScale(a: Analysis, r: ParseResult): ParseResult;
export function guardSharedScale(a: Analysis, r: ParseResult | null): ParseResult | null;
export function guardSharedScale(a: Analysis, r: ParseResult | null): ParseResult | null {
  if (r === null || r.intent !== 'record' || a.nums.length < 2) return r;
  const run = findSharedScale(a);
  if (run === null || sameAmounts(r.entries, run.amounts)) return r;
  const notes = [...(r.notes ?? [])];
  const kinds = new Set(r.entries.map((e) => e.kind));
  const first = r.entries[0];
  // Other money beside the run, or kinds mixed: the reading is kept, only asked.
  if (first === undefined || kinds.size !== 1 || otherMoney(a, run)) {
    if (!notes.includes('shared_scale')) notes.push('shared_scale');
    return { ...r, confidence: Math.min(r.confidence, C_DOUBT), notes };
  }
  // The reader's goods word is kept only when it is a word ("/" of "12/15/20k" is none).
  const item = first.item !== null && /[a-z]/.test(first.item) ? first.item : null;
  const entries: ParsedEntry[] = run.amounts.map((amount) => ({
    kind: first.kind, amount, item,
    quantity: run.confirmed ? 1 : null, unit: null, unitPrice: run.confirmed ? amount : null,
  }));
  // A bare number the reader left without money is one of the run's amounts now.
  const unresolved = (r.unresolved ?? []).filter((u) => !(u.reason === 'no_amount' && u.quantity !== null && run.bare.includes(u.quantity)));
  // The old reading's doubts about a small bare amount ("Rp35 saja?") are of an amount gone.
  const kept = notes.filter((n) => !OLD_READING_NOTES.has(n) && (n !== 'no_amount' || unresolved.length > 0));
  const rest = { ...r, entries, unresolved: unresolved.length > 0 ? unresolved : undefined };
  if (rest.unresolved === undefined) delete rest.unresolved;
  if (run.confirmed) {
    // Her count matched the amounts: the reader's doubt of a count without its price is settled,
    // and with no doubt left the record is as sure as a marked amount.
    const left = kept.filter((n) => !SETTLED_BY_COUNT.has(n));
    const confidence = left.length === 0 ? Math.max(r.confidence, C_MARKED) : r.confidence;
    const done = { ...rest, confidence, notes: left };
    if (left.length === 0) delete (done as { notes?: string[] }).notes;
    return done as ParseResult;
  }
  return { ...rest, confidence: Math.min(r.confidence, C_DOUBT), notes: ['shared_scale', ...kept.filter((n) => n !== 'shared_scale')] };
}

/**
 * A day she is not sure of (issue 15): "kemaren atau kemarennya lagi ya laku 175rb, lupa",
 * "tgl 3 apa 4 ya, beli gas 22rb", "kayaknya kemarin sih, bayar listrik 150rb", "laku 175rb, lupa
 * harinya". The figure is sure, the day is not: recorded on the day read, confidently, it lands on a
 * day she did not say. Asked which day (`vague_date`: "Dicatat untuk …?"), as loose wording is.
 *
 * Three shapes, each about a day the message names:
 * - two days offered: "atau"/"apa"/"ato" right after a day ("kemarin atau …", "tgl 3 apa 4",
 *   "kemarin apa ya") or right before one ("… atau kemarin"). A future day is an order's or a
 *   plan's ("ambil besok atau lusa"), not the record's: left as it reads.
 * - a hedge word next to the day: "kayaknya kemarin", "kemarin kayaknya", "mungkin senin".
 * - "lupa" standing alone as a clause (", lupa", "lupa deh") or about the day ("lupa tanggalnya",
 *   "lupa hari apa"). "lupa nyatet kemarin laku 200rb" forgot to tell — sure of both; "soalnya
 *   aku suka lupa" is talk; "lupa berapa, kayaknya 40rb" is the amount's (hedged-amount.ts).
 */
import type { Analysis } from './analyze.ts';
import { S_PLAIN } from './amount.ts';
import { C_DOUBT } from './confidence.ts';
import { HEDGES, OR_WORDS } from './hedged-amount.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import { CONFIDENT, type ParseResult } from './types.ts';

/** Filler that may stand between the day and its "or", or around a lone "lupa". */
const FILLER = new Set(['ya', 'yah', 'yaa', 'sih', 'deh', 'dah', 'lho', 'loh', 'kan', 'nih', 'aku', 'saya', 'sy', 'ak', 'gw', 'udah', 'sudah',
  'agak', 'rada', 'juga', 'jg', 'hehe', 'wkwk', 'hihi', 'mbak', 'bu', 'lagi', 'lg', 'tuh', 'tu', 'e', 'eh', 'mah', 'bener', 'beneran']);
/** After "apa", a question of what, not "or": "kemarin apa aja yang laku". */
const WHAT = new Set(['aja', 'aj', 'saja', 'yg', 'yang', 'kabar', 'ada', 'itu', 'ini', 'lagi']);
/** What "lupa" may be about that is the day. */
const DAY_ASKED = new Set(['hari', 'harinya', 'hr', 'tanggal', 'tanggalnya', 'tgl', 'tglnya', 'kapan', 'kpn', 'persisnya', 'pastinya', 'dina',
  'dinane', 'tanggale']);
/** "lupa tanggal berapa", "lupa hari apa". */
const WHICH = new Set(['berapa', 'brp', 'brapa', 'apa', 'pira', 'piro']);
const FORGOT = new Set(['lupa', 'lali', 'poho', 'hilap']);
const BOOK_INTENTS = new Set<ParseResult['intent']>(['record', 'repayment', 'payment_received']);

const T_DAY_DOUBT = trigger(OR_WORDS, HEDGES, FORGOT);

function isStop(t: Token | undefined): boolean {
  return t === undefined || t.type === T_NL || (t.type === T_PUNCT && t.text !== '-' && t.text !== '@');
}

function isFiller(t: Token | undefined): boolean {
  return t !== undefined && t.type === T_WORD && FILLER.has(t.key);
}

/** The first index at or after i past filler, or before i going back (`step` -1). */
function past(tokens: readonly Token[], i: number, step: 1 | -1): number {
  let j = i;
  while (isFiller(tokens[j])) j += step;
  return j;
}

/** A hedge word ("kayaknya", "mungkin"); "lupa" is read by dayForgotten ("kemarin lupa ga dicatat" forgot to tell). */
function hedge(t: Token): boolean {
  return (HEDGES.has(t.key) || HEDGES.has(t.text)) && !FORGOT.has(t.key) && !FORGOT.has(t.text);
}

/** A money amount covers token i ("laku 175rb atau kemarin"); a bare day number ("tgl 5 atau 6") is none. */
function moneyAt(a: Analysis, i: number): boolean {
  const k = a.numIn[i];
  if (k === undefined || k < 0) return false;
  const ex = a.nums[k];
  return ex !== undefined && ex.rupiah !== null && ex.rupiah >= 1000 && ex.strength !== S_PLAIN;
}

/** Two days offered, or a hedge word beside a past day. */
function dayOffered(a: Analysis): boolean {
  const { tokens } = a;
  for (const m of a.dates) {
    if (m.future) continue;
    const after = past(tokens, m.end, 1);
    const t = tokens[after];
    if (t !== undefined && t.type === T_WORD) {
      if (OR_WORDS.has(t.key) && !(t.key === 'apa' && WHAT.has(tokens[after + 1]?.key ?? '')) && !moneyAt(a, after + 1)) return true;
      if (hedge(t)) return true;
    }
    const before = past(tokens, m.start - 1, -1);
    const b = tokens[before];
    if (b !== undefined && b.type === T_WORD) {
      if (OR_WORDS.has(b.key) && b.key !== 'apa' && b.key !== 'opo' && before > 0 && !moneyAt(a, before - 1)) return true;
      if (hedge(b)) return true;
    }
  }
  return false;
}

/** "lupa" alone in its clause, or about the day. */
function dayForgotten(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || !(FORGOT.has(t.key) || FORGOT.has(t.text))) continue;
    if (DAY_ASKED.has(tokens[i + 1]?.key ?? '')) return true;
    if (isStop(tokens[past(tokens, i + 1, 1)]) && isStop(tokens[past(tokens, i - 1, -1)])) return true;
  }
  return false;
}

/**
 * Whether the clause from..to is a lone "lupa" or one about the day ("lupa deh", "lupa tanggalnya"):
 * talk-clause.ts keeps it — it is her doubt, not talk about the reporting.
 */
export function forgetsDay(tokens: readonly Token[], from: number, to: number): boolean {
  let forgot = -1;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (forgot < 0 && (FORGOT.has(t.key) || FORGOT.has(t.text))) {
      if (DAY_ASKED.has(tokens[i + 1]?.key ?? '')) return true;
      forgot = i;
    } else if (!FILLER.has(t.key) && !(forgot >= 0 && (DAY_ASKED.has(t.key) || WHICH.has(t.key)))) return false;
  }
  return forgot >= 0;
}

/** The reading, asked which day when the message is unsure of it (see the file comment). */
export function guardDayUnsure(a: Analysis, r: ParseResult): ParseResult {
  if (!BOOK_INTENTS.has(r.intent) || !present(a, T_DAY_DOUBT)) return r;
  // "laku 175rb kemarin, lupa": the lone "lupa" read as goods with no amount — its only doubt is the day's.
  const lone = loneForget(r);
  if (r.confidence < CONFIDENT && !lone) return r;
  if (!dayOffered(a) && !dayForgotten(a.tokens)) return r;
  const notes = (r.notes ?? []).filter((n) => !lone || n !== 'no_amount');
  if (!notes.includes('vague_date')) notes.push('vague_date');
  if (r.intent === 'record' && lone) {
    const { unresolved: _u, ...rest } = r;
    return { ...rest, confidence: C_DOUBT, notes };
  }
  return { ...r, confidence: Math.min(r.confidence, C_DOUBT), notes } as ParseResult;
}

// Without these words it returns its reading unchanged (its first line): applyGuards skips it (guard-lists.ts).
guardDayUnsure.words = T_DAY_DOUBT;

/** The record's only doubt is goods "lupa" left with no amount. */
function loneForget(r: ParseResult): boolean {
  if (r.intent !== 'record' || (r.notes ?? []).join() !== 'no_amount' || (r.unresolved?.length ?? 0) === 0) return false;
  return (r.unresolved ?? []).every((u) => u.reason === 'no_amount' && u.quantity === null && u.item !== null &&
    u.item.split(' ').every((w) => FORGOT.has(w) || FILLER.has(w) || DAY_ASKED.has(w)) && u.item.split(' ').some((w) => FORGOT.has(w)));
}

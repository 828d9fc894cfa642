/**
 * An amount she is not sure of is no amount to record (issue 15): she gives two
 * ("laku 3 bros 75rb atau 85rb ya lupa", "beli gas 22rb/23rb"), or hedges the one she gives
 * ("lupa berapa, kayaknya 40rb", "tadi laku mungkin 300rb", "laku 120rb kyknya", "laku 50rb
 * ga inget pasti"). Whichever reader took a figure, the figure is asked — the amount's own
 * question, answered with the figure she settles on (`ambiguous_amount`). Like the range
 * guard this sits in the chain (index.ts), after every reader.
 *
 * Scope, so that a doubt about something else stays confident: a hedge word counts when it
 * is in the amount's clause (no comma, full stop or line break between) with no other number
 * between them ("kayaknya rame, laku 300rb" and "beli telur sekitar 2 kg 50rb" are sure of
 * their money). "lupa" followed by a word of telling ("lupa nyatet kemarin laku 200rb") is
 * about the telling, not the figure.
 *
 * Two figures are alternatives when joined by "atau", "apa", "ato", "/"… and close to each
 * other (the far at most three times the near one; "2 bros 30rb atau 1 kalung 45rb" writes
 * goods too: asked as well, as any two amounts of one line with "atau" between them). A second entry a reader made of the alternative
 * ("85rb" as a sale of its own) is dropped: it was never a second sale.
 */
import type { Analysis } from './analyze.ts';
import { S_PLAIN } from './amount.ts';
import { C_DOUBT } from './confidence.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { toNumber } from './numeral.ts';
import { CONFIDENT, type ParseResult } from './types.ts';
import { F_NEG, F_SCALE, G_APPROX } from './word-roles.ts';
import { present, trigger } from './triggers.ts';

/** Words between two figures she hesitates between. */
export const OR_WORDS = new Set(['atau', 'ato', 'atw', 'ataw', 'atawa', 'apa', 'or', 'opo', 'utawa', 'ato2']);
/** Question words as often as "or": only between two figures side by side. */
const LOOSE_OR = new Set(['apa', 'opo']);
/** Words that say she is not sure of the figure next to them. */
export const HEDGES = new Set(['kayaknya', 'kayanya', 'kyknya', 'kykny', 'kyknya', 'keknya', 'kaknya', 'kayaknyaa', 'kayakna', 'kayake', 'koyoke',
  'ketoke', 'sepertinya', 'spertinya', 'sptnya', 'kelihatannya', 'keliatannya', 'mungkin', 'mgkn', 'mngkn', 'mungkn', 'barangkali',
  'perasaan', 'lupa', 'lali', 'poho', 'hilap', 'entah', 'ntah', 'gatau', 'gataw', 'gtw', 'gatw', 'ragu', 'ragu-ragu']);
/** After a negation: "ga inget", "nggak yakin", "tidak tahu pasti". */
const NOT_SURE = new Set(['inget', 'ingat', 'yakin', 'tau', 'tahu', 'pasti']);
/** G_APPROX words that are not a hedge of their own ("-an" is read by the amount itself, "kurang" is a shortfall). */
const NOT_HEDGE_APPROX = new Set(['an', 'kurang', 'lebih']);
/** After "lupa": she forgot to tell, not the figure. */
const TELLING = new Set(['catat', 'catet', 'nyatet', 'nyatat', 'dicatat', 'dicatet', 'mencatat', 'tulis', 'nulis', 'ditulis', 'input',
  'lapor', 'laporan', 'ngelapor', 'kirim', 'ngirim', 'dikirim', 'bilang', 'ngabarin', 'kabarin', 'masukin', 'masukkan', 'share', 'update']);
const BOOK_INTENTS = new Set<ParseResult['intent']>(['record', 'repayment', 'payment_received']);
/** The far figure at most this many times the near one. */
const MAX_SPAN = 3;
const T_OR = trigger(OR_WORDS);
const T_SLASH = trigger(['/']);
const T_HEDGE = trigger(HEDGES, NOT_SURE, ['lupa']);

function isStop(t: Token): boolean {
  return t.type === T_NL || (t.type === T_PUNCT && (t.text === ',' || t.text === '.' || t.text === ';' || t.text === '!' || t.text === '?'));
}

/** Whether the word at i says she is unsure. */
function hedgeAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.type !== T_WORD) return false;
  if (t.key === 'lupa' || t.text === 'lupa') return !TELLING.has(tokens[i + 1]?.key ?? '');
  if (HEDGES.has(t.key) || HEDGES.has(t.text)) return true;
  if ((t.f2 & G_APPROX) !== 0 && !NOT_HEDGE_APPROX.has(t.key)) return true;
  return NOT_SURE.has(t.key) && (tokens[i - 1]?.f ?? 0) & F_NEG ? true : false;
}

/** Whether some money amount has a hedge word in its clause with no other number between. */
function hedged(a: Analysis): boolean {
  if ((a.f2 & G_APPROX) === 0 && !present(a, T_HEDGE)) return false;
  const { tokens } = a;
  for (let k = 0; k < a.nums.length; k++) {
    const ex = a.nums[k]!;
    if (ex.rupiah === null || ex.rupiah < 100 || (ex.strength === S_PLAIN && ex.rupiah < 1000)) continue;
    for (let i = ex.start - 1; i >= 0; i--) {
      const t = tokens[i] as Token;
      if (isStop(t) || t.type === T_NUM || a.numIn[i] !== -1) break;
      if (hedgeAt(tokens, i)) return true;
    }
    for (let i = ex.end; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (isStop(t) || t.type === T_NUM || a.numIn[i] !== -1) break;
      if (hedgeAt(tokens, i)) return true;
    }
  }
  return false;
}

/** The number at i with its scale word, and the index after it. */
function figureAt(a: Analysis, i: number): { value: number; scale: number; next: number } | null {
  const t = a.tokens[i];
  if (t === undefined || t.type !== T_NUM || t.num === null || !t.num.ok || a.marks[i] !== 0) return null;
  const s = a.tokens[i + 1];
  const scale = s !== undefined && s.type === T_WORD && (s.f & F_SCALE) !== 0 ? s.info?.scale ?? 1 : 1;
  return { value: toNumber(t.num.value), scale, next: scale === 1 ? i + 1 : i + 2 };
}

/** The second of two alternative figures in rupiah ("75rb atau 85rb" → 85.000), or null. */
function alternative(a: Analysis): number | null {
  if (!present(a, T_OR) && !present(a, T_SLASH)) return null;
  const { tokens } = a;
  for (let i = 0; i < tokens.length; i++) {
    const first = figureAt(a, i);
    if (first === null) continue;
    const sep = tokens[first.next];
    const slash = sep?.type === T_PUNCT && sep.text === '/';
    if (sep === undefined || !(slash || (sep.type === T_WORD && OR_WORDS.has(sep.key)))) continue;
    const second = figureAt(a, first.next + 1);
    if (second === null || (first.scale === 1 && second.scale === 1)) continue;
    const near = first.value * (first.scale === 1 ? second.scale : first.scale);
    const far = second.value * second.scale;
    if (near < 100 || far < 100 || near === far) continue;
    if (Math.max(near, far) <= Math.min(near, far) * MAX_SPAN) return far;
  }
  return null;
}

/** Whether "atau" stands between two money amounts of one line ("2 bros 30rb atau 1 kalung 45rb"). */
function eitherOr(a: Analysis): boolean {
  if (!present(a, T_OR)) return false;
  const { tokens } = a;
  let moneyBefore = false;
  let orSeen = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_NL) {
      moneyBefore = false;
      orSeen = false;
    } else if (a.numIn[i] !== -1 && tokens[i - 1] !== undefined && a.numIn[i - 1] === a.numIn[i]) {
      continue;
    } else if (a.numIn[i] !== -1) {
      const ex = a.nums[a.numIn[i] as number]!;
      if (ex.rupiah === null || (ex.strength === S_PLAIN && ex.rupiah < 1000)) continue;
      if (orSeen) return true;
      moneyBefore = true;
    } else if (moneyBefore && t.type === T_WORD && OR_WORDS.has(t.key) && !LOOSE_OR.has(t.key)) orSeen = true;
  }
  return false;
}

/** The reader's result, asked when its figure is one she is not sure of. */
export function guardHedge(a: Analysis, r: ParseResult): ParseResult;
export function guardHedge(a: Analysis, r: ParseResult | null): ParseResult | null;
export function guardHedge(a: Analysis, r: ParseResult | null): ParseResult | null {
  if (r === null || !BOOK_INTENTS.has(r.intent)) return r;
  const alt = alternative(a);
  if (alt === null && (r.confidence < CONFIDENT || !(hedged(a) || eitherOr(a)))) return r;
  const notes = [...(r.notes ?? [])];
  if (!notes.includes('ambiguous_amount')) notes.push('ambiguous_amount');
  // (A list with one scale for all, "12/15/20k", keeps its amounts: shared-scale.ts asks it.)
  if (r.intent === 'record' && alt !== null && r.entries.length > 1 && !notes.includes('shared_scale')) {
    // "laku 3 bros 75rb atau 85rb": the reader's second sale of 85rb is the other figure.
    const k = r.entries.findIndex((e, j) => j > 0 && e.amount === alt && e.unitPrice === null);
    if (k > 0) return { ...r, entries: r.entries.filter((_, j) => j !== k), confidence: Math.min(r.confidence, C_DOUBT), notes };
  }
  return { ...r, confidence: Math.min(r.confidence, C_DOUBT), notes } as ParseResult;
}

/**
 * A range is no amount: "laku sekitar 200-250rb", "jualan hari ini 150 sampai 200rb", "laku
 * antara 100 sama 150rb", "laku 3-4 bros @15rb". She does not know the figure, so whichever
 * end a reader took is asked, never recorded at once — the question is the amount's own
 * ("angkanya betul …?", answered with the figure she settles on). Like the plan guard this
 * sits in the chain (index.ts), after every reader: a reader that reads "200-250rb" as a
 * count and a total cannot skip it.
 */
import type { Analysis } from './analyze.ts';
import type { NumExpr } from './amount.ts';
import { C_DOUBT } from './confidence.ts';
import { T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { toNumber } from './numeral.ts';
import { CONFIDENT, type ParseResult } from './types.ts';
import { F_SCALE } from './word-roles.ts';
import { present, trigger } from './triggers.ts';

/** Words between the two ends of a range: "150 sampai 200rb". */
const UP_TO = new Set(['sampai', 'sampe', 'smp', 'smpe', 'hingga', 's/d', 'sd', 'ampe',
  // Javanese "nganti", "ngantos", "tekan"; Sundanese "nepi (ka)", "dugi (ka)".
  'nganti', 'ngantos', 'tekan', 'nepi', 'dugi']);
/** A word that may follow the word of a range: "sampai dengan", "nepi ka", "dugi ka". */
const UP_TO_TAIL = new Set(['dengan', 'dgn', 'ka', 'ke']);
/** After "antara": "antara 100 sama 150rb", "antara 100 dan 150rb". */
const AND = new Set(['sama', 'sm', 'dan', 'dg', 'dengan', ...UP_TO]);
/** The far end at most this many times the near one: "10-50rb" is more often a count and a price. */
const MAX_SPAN = 3;
const BOOK_INTENTS = new Set<ParseResult['intent']>(['record', 'repayment', 'payment_received']);
/** What joins a range's ends (a dash, a word of a range, "antara"): without one there is no range to look for. */
const T_RANGE = trigger(UP_TO, ['antara', '-', '–', '~']);

/** The value of the number at i and the index after it (with its scale word, if any). */
function valueAt(a: Analysis, i: number): { value: number; scale: number; next: number } | null {
  const t = a.tokens[i];
  if (t === undefined || t.type !== T_NUM || t.num === null || !t.num.ok || a.marks[i] !== 0) return null;
  const s = a.tokens[i + 1];
  const scale = s !== undefined && s.type === T_WORD && (s.f & F_SCALE) !== 0 ? s.info?.scale ?? 1 : 1;
  return { value: toNumber(t.num.value), scale, next: scale === 1 ? i + 1 : i + 2 };
}

function isHyphen(t: Token | undefined): boolean {
  return t !== undefined && t.type === T_PUNCT && (t.text === '-' || t.text === '–' || t.text === '~');
}

/** Whether the message writes a range of numbers. */
export function writesRange(a: Analysis): boolean {
  if (!present(a, T_RANGE)) return false;
  const { tokens } = a;
  for (let i = 0; i < tokens.length; i++) {
    const first = valueAt(a, i);
    if (first === null) continue;
    const sep = tokens[first.next];
    const between = tokens[i - 1]?.key === 'antara';
    const joined = isHyphen(sep) && sep?.attached === true && tokens[first.next + 1]?.attached === true;
    const worded = sep?.type === T_WORD && (UP_TO.has(sep.key) || (between && AND.has(sep.key)));
    if (!joined && !worded) continue;
    const second = valueAt(a, first.next + 1);
    if (second === null) continue;
    // "200-250rb": the near end takes the far end's scale when it has none of its own.
    const near = first.value * (first.scale === 1 ? second.scale : first.scale);
    const far = second.value * second.scale;
    if (near > 0 && far > near && (between || far <= near * MAX_SPAN)) return true;
  }
  return spokenRange(a);
}

/** The scale word ending a number expression ("enam puluh ribu": 1000), or 1. */
function scaleOf(a: Analysis, ex: NumExpr): number {
  const t = a.tokens[ex.end - 1];
  return t !== undefined && t.type === T_WORD && (t.f & F_SCALE) !== 0 ? t.info?.scale ?? 1 : 1;
}

/**
 * A range spoken in words (voice typing): "laku sekitar lima puluh sampai enam puluh ribu",
 * "antara seratus hingga seratus lima puluh ribu", "lima puluh - enam puluh ribu", Javanese
 * "seket nganti sewidak ewu". The number expressions are read whole (amount.ts), so the ends are
 * two expressions with the word of a range (or a dash, spaced as speech-to-text writes it) between.
 */
function spokenRange(a: Analysis): boolean {
  const { tokens, nums } = a;
  for (let k = 0; k + 1 < nums.length; k++) {
    const x = nums[k] as NumExpr;
    const y = nums[k + 1] as NumExpr;
    if ((!x.words && !y.words) || x.rupiah === null || y.rupiah === null) continue;
    const sep = tokens[x.end];
    const between = tokens[x.start - 1]?.key === 'antara';
    let next = x.end + 1;
    const worded = sep?.type === T_WORD && (UP_TO.has(sep.key) || (between && AND.has(sep.key)));
    if (worded && UP_TO_TAIL.has(tokens[next]?.key ?? '')) next++;
    if (!worded && !isHyphen(sep)) continue;
    if (y.start !== next) continue;
    const near = x.rupiah * (scaleOf(a, x) === 1 ? scaleOf(a, y) : 1);
    const far = y.rupiah;
    if (near > 0 && far > near && (between || far <= near * MAX_SPAN)) return true;
  }
  return false;
}

/** The reader's result, asked when its message writes a range where an amount should be. */
export function guardRange(a: Analysis, r: ParseResult): ParseResult;
export function guardRange(a: Analysis, r: ParseResult | null): ParseResult | null;
export function guardRange(a: Analysis, r: ParseResult | null): ParseResult | null {
  if (r === null || r.confidence < CONFIDENT || !BOOK_INTENTS.has(r.intent) || !writesRange(a)) return r;
  const notes = [...(r.notes ?? [])];
  if (!notes.includes('ambiguous_amount')) notes.push('ambiguous_amount');
  return { ...r, confidence: C_DOUBT, notes } as ParseResult;
}

// Without these words it returns its reading unchanged (writesRange opens on them): applyGuards skips it (guard-lists.ts).
guardRange.words = T_RANGE;

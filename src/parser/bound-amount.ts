/**
 * An amount given as a bound is not the figure (issue 15): "hampir 200rb" (almost), "lebih
 * dari 200rb", "di atas 200rb", "ga nyampe 200rb" (not quite), "200rb lebih", "200rb lebih
 * dikit", "+/- 200rb", English "almost 200k", "more than", "less than", "over", "under". She
 * knows roughly what came in; recording exactly 200.000 would be confidently wrong, so it is
 * asked like any approximate amount ("Ibu tulis kira-kira… Dicatat pas segini?": `approximate`).
 * ("sekitar", "kurleb", "20rb-an", "±" are read with the amount itself: amount.ts.)
 *
 * Scope, so that other words stay what they are: a bound word counts only right next to a
 * money amount — before it (with "dari"/"than" between at most) or, for "lebih", right after
 * it and not followed by another figure ("lebih 5rb" after an amount is a surplus of its own:
 * "bayar 50rb lebih 5rb"). "paling laris", "kurang 50rb" (a shortfall: hedged-amount.ts) and a
 * bound before a count ("lebih dari 10 biji", no money) are left alone. Like the hedge guard
 * this sits in the chain (index.ts), after every reader.
 */
import type { Analysis } from './analyze.ts';
import { S_PLAIN } from './amount.ts';
import { C_APPROX } from './confidence.ts';
import { T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import { CONFIDENT, type ParseResult } from './types.ts';
import { F_NEG } from './word-roles.ts';

/** Right before the amount: almost, at least, at most. */
const BEFORE = new Set(['hampir', 'ampir', 'hamper', 'hmpir', 'nyaris', 'setidaknya', 'sedikitnya', 'almost', 'nearly', 'minimal', 'minimum', 'maksimal', 'maximal',
  'palingan', 'paling-paling', 'over', 'under', 'upto', 'luwih saka', 'leuwih ti',
  // Javanese "meh" (almost) right before money: "payu meh rong atus ewu" (before a verb it is "going to").
  'meh']);
/** Before "dari"/"than" and the amount: "lebih dari 200rb", "kurang dari", "more than", "less than". */
const BEFORE_THAN = new Set(['lebih', 'kurang', 'more', 'less', 'luwih', 'leuwih']);
const THAN = new Set(['dari', 'dr', 'than', 'saka', 'ti']);
/** "lebih murah dari toko", "lebih rame": a comparison after the amount, not a bound of it. */
const COMPARED = new Set(['murah', 'mahal', 'banyak', 'rame', 'ramai', 'sepi', 'besar', 'gede', 'kecil', 'laris', 'laku', 'untung',
  'bagus', 'baik', 'cepat', 'lama', 'sedikit', 'dikit', 'dari', 'daripada', 'drpd', 'than',
  // "lebih dulu", "lebih awal": earlier, not more.
  'dulu', 'duluan', 'dahulu', 'awal', 'cepet', 'pagi', 'sore']);
/** "di atas 200rb", "di bawah 200rb", Javanese "luwih saka". */
const ABOVE_BELOW = new Set(['atas', 'bawah', 'atasnya', 'bawahnya']);
/** Written glued: "diatas 500rb", "dibawah 100rb". */
const ABOVE_BELOW_GLUED = new Set(['diatas', 'dibawah']);
/** After a negation, right before the amount: "ga nyampe 200rb", "belum sampai 200rb", "ora tekan". */
const REACH = new Set(['nyampe', 'nyampai', 'sampai', 'sampe', 'nyampek', 'tekan', 'nepi', 'dugi', 'nganti']);
/** After the amount: "200rb lebih", "200rb lebihan", "200rb lebih dikit", "200k more or less". */
const AFTER = new Set(['lebih', 'lebihan', 'luwih', 'leuwih', 'plus-minus']);

const T_BOUND = trigger(BEFORE, BEFORE_THAN, ABOVE_BELOW, ABOVE_BELOW_GLUED, REACH, AFTER, ['+']);
const BOOK_INTENTS = new Set<ParseResult['intent']>(['record', 'repayment', 'payment_received']);

const word = (t: Token | undefined, set: ReadonlySet<string>): boolean =>
  t !== undefined && t.type === T_WORD && (set.has(t.key) || set.has(t.text));
const punct = (t: Token | undefined, p: string): boolean => t !== undefined && t.type === T_PUNCT && t.text === p;

/** Whether the words ending right before token `i` bound the amount that starts there. */
function boundBefore(tokens: readonly Token[], i: number): boolean {
  const b1 = tokens[i - 1];
  const b2 = tokens[i - 2];
  if (word(b1, BEFORE) || word(b1, ABOVE_BELOW_GLUED)) return true;
  // "+/- 200rb", "+- 200rb"
  if (punct(b1, '-') && (punct(b2, '+') || (punct(b2, '/') && punct(tokens[i - 3], '+')))) return true;
  if (word(b1, THAN) && word(b2, BEFORE_THAN)) return true;
  if (word(b1, ABOVE_BELOW) && b2 !== undefined && b2.type === T_WORD && b2.key === 'di') return true;
  return word(b1, REACH) && b2 !== undefined && (b2.f & F_NEG) !== 0;
}

const SLIGHTLY = new Set(['dikit', 'sedikit', 'dikitt', 'sitik', 'saeutik']);

/**
 * Whether the amount ending before token `end` is followed by "lebih" as its bound: not by a
 * figure ("bayar 50rb lebih 5rb": a surplus of its own) nor by a comparison ("lebih murah dari
 * toko"); "lebih dikit" right after the amount ("200rb lebih dikit") is a bound again.
 */
function boundAfter(tokens: readonly Token[], end: number): boolean {
  if (!word(tokens[end], AFTER)) return false;
  const next = tokens[end + 1];
  if (next === undefined) return true;
  if (next.type === T_NUM) return false;
  if (word(next, SLIGHTLY)) return !tokens.slice(end + 2, end + 5).some((t) => word(t, THAN));
  return !tokens.slice(end + 1, end + 4).some((t) => word(t, COMPARED));
}

/** Whether some money amount of the message is given as a bound. */
function bounded(a: Analysis): boolean {
  if (!present(a, T_BOUND)) return false;
  for (const ex of a.nums) {
    if (ex.rupiah === null || ex.rupiah < 100 || (ex.strength === S_PLAIN && ex.rupiah < 1000)) continue;
    if (boundBefore(a.tokens, ex.start) || boundAfter(a.tokens, ex.end)) return true;
  }
  return false;
}

/** The reader's result, asked when its figure is a bound rather than the amount. */
export function guardBound(a: Analysis, r: ParseResult): ParseResult;
export function guardBound(a: Analysis, r: ParseResult | null): ParseResult | null;
export function guardBound(a: Analysis, r: ParseResult | null): ParseResult | null {
  if (r === null || !BOOK_INTENTS.has(r.intent) || r.confidence < CONFIDENT || !bounded(a)) return r;
  const notes = [...(r.notes ?? [])];
  if (!notes.includes('approximate')) notes.push('approximate');
  return { ...r, confidence: Math.min(r.confidence, C_APPROX), notes } as ParseResult;
}

// Without these words it returns its reading unchanged (bounded opens on them): applyGuards skips it (guard-lists.ts).
guardBound.words = T_BOUND;

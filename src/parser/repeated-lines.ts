/**
 * The same line twice in one message ("laku 3 bros 45rb" / "laku 3 bros 45rb"): a paste or a
 * resend as often as two sales. Recording both unasked may double her takings; recording one
 * may lose a sale. So it is asked once (`repeated_line`), the guess showing both lines: "ya"
 * records both, "tidak" nothing (she writes it again as it was).
 *
 * A repeat is two lines or clauses (split at line breaks, commas and semicolons) with a money
 * amount whose words and numbers are the same, or a message that is one clause written twice
 * without a break ("laku 3 bros 45rb laku 3 bros 45rb"); and the reader made two equal entries
 * of them. A total she wrote that agrees with both ("total 90rb": `subtotal_check`) says she
 * counted both: not asked. Like the range guard this sits in the chain (index.ts).
 *
 * So does money said to happen N times when no entry took N as its count ("isi bensin 20rb 2
 * kali", "laku 3 bros 45rb (2x)": once or twice?): asked (`unaccounted_number`). "laku bros
 * 15rb 2x" (two at 15rb) and "2 kali seminggu" (how often) are read by others.
 *
 * And so does a count left without its price when the same verb is said again ("laku 15 laku lagi 20rb",
 * "beli telur 2 kg beli lagi 1 kg 45rb": `count_unpriced`), unless a total names the sum of all.
 */
import type { Analysis } from './analyze.ts';
import { C_DOUBT } from './confidence.ts';
import { toNumber } from './numeral.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { CONFIDENT, type ParsedEntry, type ParseResult } from './types.ts';
import { F_EXPENSE, F_ITEMISH, F_SALE, F_TOTAL, F_WEAK } from './word-roles.ts';

/** Notes of a stated sum that agreed with the entries: she counted every line. */
const SUM_AGREED = ['subtotal_check', 'turnover_check', 'profit_check'];
/** Bullets and list marks that do not make two lines different ("- bros 15rb", "• bros 15rb"). */
const BULLETS = new Set(['-', '*', '•', '+', '#']);

function isBreak(t: Token): boolean {
  return t.type === T_NL || (t.type === T_PUNCT && (t.text === ',' || t.text === ';'));
}

/** The clauses of the message as keys of their words and numbers, only those with money in them. */
function moneyClauses(a: Analysis): string[] {
  const out: string[] = [];
  let parts: string[] = [];
  let money = false;
  const flush = (): void => {
    if (money && parts.length >= 2) out.push(parts.join(' '));
    parts = [];
    money = false;
  };
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (isBreak(t)) flush();
    else if (t.type === T_WORD || t.type === T_NUM) {
      parts.push(t.text);
      const k = a.numIn[i] as number;
      if (k !== -1 && a.nums[k]?.rupiah != null && (a.nums[k]?.rupiah as number) >= 100) money = true;
    } else if (t.type === T_PUNCT && !BULLETS.has(t.text) && t.text !== '.') parts.push(t.text);
  }
  flush();
  return out;
}

/** Whether one clause of the message is written twice. */
export function writesTwice(a: Analysis): boolean {
  const clauses = moneyClauses(a);
  if (clauses.length === 1) {
    // "laku 3 bros 45rb laku 3 bros 45rb": one clause that is two halves alike.
    const words = (clauses[0] as string).split(' ');
    const half = words.length / 2;
    return words.length >= 4 && Number.isInteger(half) && words.slice(0, half).join(' ') === words.slice(half).join(' ');
  }
  return new Set(clauses).size < clauses.length;
}

/** Two entries a repeated line made: the same kind and money on the same day (readers may word the goods apart). */
function same(x: ParsedEntry, y: ParsedEntry): boolean {
  return x.kind === y.kind && x.amount === y.amount && x.date === y.date;
}

/** Words after a count that make it a number of times: "2 kali", "2x", "(3x)". */
const TIMES = new Set(['kali', 'kl', 'x', '×']);

/**
 * The count of times written beside money that no entry took as its count ("isi bensin 20rb
 * 2 kali", "laku 3 bros 45rb (2x)"): the money twice, or once? Null when there is none.
 */
function timesUnused(a: Analysis, entries: readonly ParsedEntry[]): number | null {
  const { tokens } = a;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1] as Token;
    if (t.type !== T_NUM || t.num === null || !t.num.ok || next.type !== T_WORD || !TIMES.has(next.key)) continue;
    const n = toNumber(t.num.value);
    if (!Number.isInteger(n) || n < 2 || n > 50) continue;
    // "2 kali seminggu": how often, a period's sum (asked by its own note).
    if (tokens[i + 2]?.type === T_WORD && /^(se|per)(hari|minggu|bulan|pekan)$/.test(tokens[i + 2]?.key ?? '')) continue;
    if (entries.some((e) => e.quantity === n && e.unitPrice !== null)) continue;
    return n;
  }
  return null;
}

/**
 * A verb said again with a count before it left unpriced: "laku 15 laku lagi 20rb", "laku 3 terus laku 2 lagi
 * 10rb", "jual 4, jual lagi 6 30rb", "payu 5 terus payu meneh 3 24rb". The same selling or buying verb, as
 * written, said twice: the part from the first to the second with a count (a number that is no money) and no
 * money of its own has lost its price, and
 * the reader may have given the count to the next part's money ("laku 15 laku lagi 20rb" was 15 for 20.000).
 * Unless a total after it names the sum of all ("… semua 25rb", "total 25rb"), the message is asked — and unless
 * the reader gave every verb its own entry ("jual 1 kg jual 2 kg harga 15rb/kg": a price by the unit priced both).
 */
function countLeftUnpriced(a: Analysis, entries: number): boolean {
  const { tokens } = a;
  // Where each verb was last said, and whether a count and money followed it since.
  let last = '';
  let count = false;
  let money = false;
  let unpriced = false;
  let verbs = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_WORD && (t.f & (F_SALE | F_EXPENSE)) !== 0 && (t.f & (F_WEAK | F_ITEMISH)) === 0 && t.key === t.text) {
      if (t.key === last && count && !money) unpriced = true;
      verbs++;
      last = t.key;
      count = false;
      money = false;
    } else if (t.type === T_WORD && unpriced && ((t.f & F_TOTAL) !== 0 || t.key === 'semua' || t.key === 'semuanya')) return false;
    else if (t.type === T_NUM && last !== '') {
      const k = a.numIn[i] as number;
      const rupiah = k === -1 ? null : a.nums[k]?.rupiah;
      if (rupiah != null && rupiah >= 100) money = true;
      else count = true;
    }
  }
  return unpriced && entries < verbs;
}

/** The reader's record, asked when it holds a line written twice or money said to happen N times. */
export function guardRepeat(a: Analysis, r: ParseResult): ParseResult;
export function guardRepeat(a: Analysis, r: ParseResult | null): ParseResult | null;
export function guardRepeat(a: Analysis, r: ParseResult | null): ParseResult | null {
  // (Both scans only for a confident record, the only result they can change.)
  if (r !== null && r.intent === 'record' && r.confidence >= CONFIDENT && r.entries.length > 0) {
    // (A cost-and-price record matched its "3x" to as many pairs already: cost-sell.ts.)
    const matched = r.notes?.includes('cost_beside_price') === true;
    const note = !matched && timesUnused(a, r.entries) !== null ? 'unaccounted_number' : countLeftUnpriced(a, r.entries.length) ? 'count_unpriced' : null;
    if (note !== null) {
      const notes = [...(r.notes ?? [])];
      if (!notes.includes(note)) notes.push(note);
      return { ...r, confidence: Math.min(r.confidence, C_DOUBT), notes };
    }
  }
  if (r === null || r.intent !== 'record' || r.entries.length < 2) return r;
  // A day sheet naming one day twice is already asked about it (`day_repeated`).
  if ((r.notes ?? []).some((n) => SUM_AGREED.includes(n) || n === 'day_repeated')) return r;
  const twin = r.entries.some((e, i) => r.entries.some((f, j) => j > i && same(e, f)));
  if (!twin || !writesTwice(a)) return r;
  const notes = [...(r.notes ?? [])];
  if (!notes.includes('repeated_line')) notes.push('repeated_line');
  return { ...r, confidence: Math.min(r.confidence, C_DOUBT), notes };
}

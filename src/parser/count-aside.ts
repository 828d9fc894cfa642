/**
 * A line after the one amount that only says how many of the goods went, or that the work is done:
 *
 * - "income 1.5jt dr catering arisan / 40 kotak habis semua": a count with its unit and a word of
 *   sold out ("habis", "ludes", "laku semua", Javanese "entek").
 * - "pemasukan 2 juta lima ratus ribu dari borongan batik / yg 30 potong itu lho bu": a count pointing
 *   back at the goods just named ("yg … itu").
 * - "… / akhire rampung": a remark that the job is finished.
 *
 * WHY: such a count was read as goods left unpriced (`no_amount`) or a number unread
 * (`unaccounted_number`), so a plain message was asked. Only when the message holds one amount of
 * money, on an earlier line, and every word of the line is one of the known words below: a bare
 * "40 kotak" under the money ("laku 1.5jt / 40 kotak") may be goods with their price missing, still
 * asked; a second count or amount keeps the line asked as before.
 */
import type { Analysis } from './analyze.ts';
import { S_PLAIN, type NumExpr } from './amount.ts';
import { T_NL, T_NUM, T_WORD, type Token } from './lexer.ts';
import type { UnresolvedEntry } from './types.ts';
import { F_UNIT } from './word-roles.ts';

/** "yg 30 potong itu": the count points back at goods already named. */
const BACK = new Set(['yg', 'yang', 'sing']);
const THAT = new Set(['itu', 'tuh', 'kae', 'kuwi', 'iku']);
/** Sold out: "habis semua", "ludes", "laku semua", Javanese "entek", "payu kabeh". */
const SOLD_OUT = new Set(['habis', 'abis', 'ludes', 'entek', 'tandas', 'terjual', 'laku', 'payu', 'sold']);
/** The job finished: "akhire rampung", "akhirnya selesai". */
const DONE = new Set(['rampung', 'selesai', 'beres', 'kelar']);
/** Words that may stand around them and add nothing: "semua", "lho", "bu", "akhirnya". */
const FILL = new Set(['semua', 'smua', 'semuanya', 'kabeh', 'out', 'lho', 'loh', 'lo', 'bu', 'bun', 'kak', 'mbak', 'sis', 'ya', 'yaa',
  'tadi', 'td', 'alhamdulillah', 'akhirnya', 'akhire', 'wis', 'wes', 'udah', 'sudah', 'udh', 'sdh', 'juga', 'jg']);

interface Aside {
  /** The counts of those lines. */
  counts: Set<NumExpr>;
  /** Every word of those lines. */
  words: Set<string>;
}

/**
 * The lines of counts and remarks aside from the one amount (see the file comment). `sold`: that
 * amount was read as a sale — after her buying, "40 kotak habis" is a sale left unpriced.
 */
export function countAsides(a: Analysis, sold: boolean): Aside {
  const out: Aside = { counts: new Set(), words: new Set() };
  const { tokens } = a;
  const money = a.nums.filter((ex) => ex.strength !== S_PLAIN);
  if (money.length !== 1 || a.nums.length > 2 || !tokens.some((t) => t.type === T_NL)) return out;
  const paid = money[0] as NumExpr;
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && (tokens[i] as Token).type !== T_NL) continue;
    if (from > paid.end) readLine(a, from, i, sold, out);
    from = i + 1;
  }
  return out;
}

function readLine(a: Analysis, from: number, to: number, sold: boolean, out: Aside): void {
  const words: Token[] = [];
  let count: NumExpr | null = null;
  for (let j = from; j < to; j++) {
    const t = a.tokens[j] as Token;
    const k = a.numIn[j];
    if (k !== undefined && k >= 0) {
      const ex = a.nums[k] as NumExpr;
      if (count !== null || ex.strength !== S_PLAIN) return;
      count = ex;
      // (With its unit: "40 kotak"; a bare "40" may be money with its scale left out.)
      const unit = a.tokens[ex.end];
      if (unit?.type !== T_WORD || (unit.f & F_UNIT) === 0) return;
      j = ex.end;
      continue;
    }
    if (t.type === T_WORD) words.push(t);
    else if (t.type === T_NUM) return;
  }
  if (words.length === 0 || !words.every((w) => BACK.has(w.key) || THAT.has(w.key) || SOLD_OUT.has(w.key) || DONE.has(w.key) || FILL.has(w.key))) return;
  const keys = words.map((w) => w.key);
  const soldOut = sold && keys.some((k) => SOLD_OUT.has(k));
  const back = BACK.has(keys[0] ?? '') && keys.some((k) => THAT.has(k));
  const done = count === null && keys.some((k) => DONE.has(k));
  if (!(count !== null ? soldOut || back : done)) return;
  if (count !== null) out.counts.add(count);
  for (let j = from; j < to; j++) {
    const t = a.tokens[j] as Token;
    if (t.type === T_WORD) out.words.add(t.key);
  }
}

/** The unread lines left once the counts and remarks aside from the amount are dropped. */
export function withoutCountAsides(a: Analysis, sold: boolean, unresolved: UnresolvedEntry[]): UnresolvedEntry[] {
  if (unresolved.length === 0) return unresolved;
  const aside = countAsides(a, sold);
  if (aside.words.size === 0) return unresolved;
  const values = new Set([...aside.counts].map((ex) => ex.rupiah ?? -1));
  return unresolved.filter((u) => !(u.reason === 'no_amount' && (u.quantity !== null || u.item !== null) &&
    (u.quantity === null || values.has(u.quantity)) &&
    (u.item === null || u.item.split(/\s+/).every((w) => aside.words.has(w)))));
}

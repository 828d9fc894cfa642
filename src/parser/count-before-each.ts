/**
 * "paket COD 2 udh sampe, pashmina @55k, total diterima 110k": the count said in an earlier
 * clause (the parcels), a price each with no count of its own, and the total she received. Read
 * apart, the count was a number left over, the price a sale of one (quantity_missing) and the
 * total a mismatch. When the count times the price each is the total exactly, they are one sale
 * of the total, and the money-in word on the total's line ("diterima", "masuk", "dapat") names
 * its kind. Anything else (two counts, a total that disagrees) stays as read, asked.
 */
import type { Analysis } from './analyze.ts';
import type { NumExpr } from './amount.ts';
import { C_MARKED } from './confidence.ts';
import type { EntryOut } from './entry-drafts.ts';
import { T_NUM, T_WORD, type Token } from './lexer.ts';
import { F_SALE } from './word-roles.ts';

const DOUBTS = new Set(['quantity_missing', 'kind_guessed']);

/** Joins the count to the price each (in place) and returns the count's expression, or null. */
export function countBeforeEach(a: Analysis, entries: EntryOut[], total: EntryOut, accounted: ReadonlySet<NumExpr>): NumExpr | null {
  const e = entries[0];
  if (entries.length !== 1 || e === undefined || e.kind !== 'sale' || e.at === undefined || total.at === undefined || e.quantity !== null ||
    e.unitPrice === null || e.amount !== e.unitPrice || !e.notes.includes('quantity_missing') || !e.notes.every((n) => DOUBTS.has(n))) return null;
  let count: NumExpr | null = null;
  for (const ex of a.nums) {
    if (accounted.has(ex) || ex.end > e.at) continue;
    const t = a.tokens[ex.start] as Token;
    const n = t.type === T_NUM && t.num?.ok && t.num.plain && ex.end - ex.start === 1 ? Number(t.text) : NaN;
    if (!Number.isInteger(n) || n < 2 || n > 99 || count !== null) return null;
    count = ex;
  }
  if (count === null) return null;
  const n = Number((a.tokens[count.start] as Token).text);
  if (n * e.unitPrice !== total.amount) return null;
  let moneyIn = false;
  for (let i = e.at; i < total.at; i++) {
    const t = a.tokens[i] as Token;
    if (t.type === T_WORD && (t.f & F_SALE) !== 0) moneyIn = true;
  }
  if (e.notes.includes('kind_guessed') && !moneyIn) return null;
  e.quantity = n;
  e.amount = total.amount;
  e.notes = [];
  e.confidence = Math.max(e.confidence, C_MARKED);
  return count;
}

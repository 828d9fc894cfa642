/**
 * Her cost of one piece said beside a counted sale, and the profit as a check: "jual 5 hijab @40k
 * (modal 28k), profitnya 60k", "laku 10 bros @15rb, modalnya 9rb/pcs", "laku 4 gamis 600rb, kulak
 * 110rb sebiji, untung 160rb", "payu 6 kaos @50rb modal 35rb bathi 90rb".
 *
 * WHY: a cost each (modal, modalnya, hpp, kulak, harga modal) is what one piece cost her when she
 * bought her stock — no purchase today — and the profit she states (untung, laba, profit, bati,
 * cuan, margin) is her own arithmetic over it: count × (price − cost). Read amount by amount the
 * cost became an expense and the profit a second expense ("jual 5 hijab @40k (modal 28k),
 * profitnya 60k" was 200000 sold, 28000 and 60000 spent, confidently).
 *
 * The cost clause (a cost word right before its amount, in brackets or after a comma) and the
 * profit clause are taken out and the rest read again: it must hold one confident sale of a count
 * (N) at a price (P, said or total ÷ N), other entries of her day beside it standing ("… beli
 * plastik 10rb"); "harga 40rb" each-or-total is settled only by a profit that agrees with each.
 * Then, with the cost C below P:
 * - the profit equal to N × (P − C) (or to P − C said per piece: "untung 12rb sebiji") → the sale
 *   only, confident: every number is accounted for;
 * - no profit, the cost marked as one piece's (brackets right after the price, "/pcs", "per biji",
 *   "sebiji", "satuan", "@") → the sale only, confident;
 * - no profit and nothing says one piece's, two pieces or more → the sale only, asked
 *   (`cost_each_or_total`: a cost each, or the day's cost of all of them?);
 * - a profit that is neither N × (P − C) nor total − C → the sale only, asked (`profit_mismatch`).
 * A profit equal to the total − C makes C the cost of all the pieces: left to the other readers
 * (the cost beside a sale, an expense: "laku 150rb, dikurangi modal 90rb jadi untung 60rb"). When
 * the rest cannot be checked so (two sales, a credit, …), a profit read as an entry of its own is
 * taken out of the reading and it is asked (`profitEntry`). A
 * cost at or above the price said as one piece's is asked (`below_cost`). Near-misses kept: "laku
 * 500rb, modal 300rb" (no count: the day's cost), "laku 10 kerudung @45rb, modal 300rb" (above
 * the price: the cost of all), "modal 120rb jual 150rb" (cost-sell.ts's pair), "tambah modal 1jt"
 * (capital: a cost word must not be the business's capital).
 */
import type { Analysis } from './analyze.ts';
import type { NumExpr } from './amount.ts';
import { T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import { C_CLEAR, C_DOUBT } from './confidence.ts';
import { CONFIDENT, type ParseResult } from './types.ts';

/** Words of one piece's cost. */
const COST = new Set(['modal', 'modalnya', 'modale', 'modalne', 'hpp', 'kulak', 'kulakan', 'kulaknya', 'kulakane']);
/** Words of the profit she states. */
const PROFIT = new Set(['untung', 'untungnya', 'laba', 'labanya', 'keuntungan', 'keuntungannya', 'profit', 'profitnya', 'margin',
  'marginnya', 'bati', 'bathi', 'batine', 'bathine', 'cuan', 'cuannya', 'net']);
/** Words that may stand between the cost or profit word and its amount. */
const BRIDGE = new Set(['nya', 'cuma', 'cm', 'hanya', 'bersih', 'bersihnya', 'total', 'totalnya', 'semua', 'semuanya', 'jadi', 'jd',
  'kira', 'sekitar', 'per', 'satuan', 'satunya', 'sebiji', 'perbiji', 'perpcs']);
/** Words that open the clause before the cost or profit word. */
const OPENERS = new Set(['harga', 'hrg', 'dan', 'terus', 'trus', 'trs', 'jadi', 'jd', 'dengan', 'dgn', 'sama', 'sm', 'pokok']);
/** After the amount, one piece's: "28rb/pcs", "28rb sebiji", "28rb per biji", "28rb satuan". */
const EACH_AFTER = new Set(['sebiji', 'satuan', 'satunya', 'perbiji', 'perpcs', 'pcs', 'biji', 'buah', 'sepasang', 'selembar', 'sepotong',
  'sebungkus', 'seporsi', 'per', 'each', 'masing', 'an']);
/** Words that make "modal" the business's capital, never one piece's cost. */
const CAPITAL = new Set(['tambah', 'tambahan', 'setor', 'suntik', 'awal', 'usaha', 'dari', 'dr', 'buat', 'untuk', 'utk', 'masuk', 'kasih',
  'dikasih', 'pinjam', 'pinjaman']);
const T_COST = trigger(COST);

interface Clause {
  from: number;
  to: number;
  amount: number;
  /** Said as one piece's ("/pcs", "sebiji", "@", brackets right after the price). */
  each: boolean;
}

export interface UnitCost {
  cost: Clause;
  profit: Clause | null;
}

/** Whether token `i` is in the cost's or the profit's clause: what the sale is read without. */
export function inUnitCost(u: UnitCost, i: number): boolean {
  return (i >= u.cost.from && i < u.cost.to) || (u.profit !== null && i >= u.profit.from && i < u.profit.to);
}

function isKey(t: Token | undefined, set: ReadonlySet<string>): boolean {
  return t !== undefined && t.type === T_WORD && (set.has(t.key) || set.has(t.text.toLowerCase()));
}
function isPunct(t: Token | undefined, text: string): boolean {
  return t !== undefined && t.type === T_PUNCT && t.text === text;
}

/** The clause of the cost or profit word at `w`, or null when no amount follows it closely. */
function clauseAt(a: Analysis, w: number): Clause | null {
  const { tokens } = a;
  let j = w + 1;
  let each = false;
  while (j < tokens.length && (isKey(tokens[j], BRIDGE) || isPunct(tokens[j], ':') || isPunct(tokens[j], '=') || isPunct(tokens[j], '@'))) {
    if (isPunct(tokens[j], '@') || isKey(tokens[j], EACH_AFTER)) each = true;
    j++;
  }
  const n: NumExpr | undefined = a.nums.find((x) => x.start === j);
  if (n === undefined || n.rupiah === null || n.rupiah < 500 || n.approx) return null;
  let to = n.end;
  // "28rb/pcs", "28rb per biji", "28rb sebiji", "28rb-an"
  while (to < tokens.length && (isKey(tokens[to], EACH_AFTER) || isPunct(tokens[to], '/') || isPunct(tokens[to], '-'))) {
    if (!isPunct(tokens[to], '-')) each = true;
    to++;
  }
  let from = w;
  while (from > 0 && isKey(tokens[from - 1], OPENERS)) from--;
  // Brackets around the clause, right after the sale's price: one piece's cost.
  if (isPunct(tokens[from - 1], '(') && isPunct(tokens[to], ')')) {
    from--;
    to++;
    const before = a.nums.find((x) => x.end === from);
    if (before !== undefined && before.rupiah !== null && before.rupiah >= 1000) each = true;
  }
  while (from > 0 && isPunct(tokens[from - 1], ',')) from--;
  return { from, to, amount: n.rupiah, each };
}

/** The cost clause (and a profit clause) beside a sale, or null. */
export function unitCostClauses(a: Analysis): UnitCost | null {
  if (!present(a, T_COST)) return null;
  const { tokens } = a;
  if (a.question || tokens.some((t) => isPunct(t, '?'))) return null;
  let cost: Clause | null = null;
  let profit: Clause | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (isKey(t, COST)) {
      if (cost !== null || isKey(tokens[i - 1], CAPITAL) || isKey(tokens[i + 1], CAPITAL)) return null;
      cost = clauseAt(a, i);
      if (cost === null) return null;
      // After a sale's amount: the cost is said beside it (a cost first is cost-sell.ts's pair).
      if (!a.nums.some((n) => n.end <= cost!.from && n.rupiah !== null && n.rupiah >= 1000)) return null;
    } else if (isKey(t, PROFIT)) {
      if (profit !== null) return null;
      profit = clauseAt(a, i);
      if (profit === null) return null;
    }
  }
  return cost === null ? null : { cost, profit };
}

/**
 * The sale read without the cost and profit clauses, checked against them: the sale alone
 * (confident or asked), or null to leave the message to the other readers.
 */
export function readUnitCost(rest: ParseResult, u: UnitCost): ParseResult | null {
  if (rest.intent !== 'record' || rest.credit !== undefined) return null;
  // One sale (the counted one the cost is of); other entries of her day beside it stand.
  const sales = rest.entries.filter((e) => e.kind === 'sale');
  if (sales.length !== 1 || rest.entries.some((e) => e.kind === 'capital')) return null;
  const sale = sales[0];
  if (sale === undefined || sale.amount <= 0) return null;
  // "jual 5 hijab harga 40rb": "harga" each or for all? Only a profit that agrees with each settles it.
  const restNotes = rest.notes ?? [];
  const eachDoubt = rest.confidence < CONFIDENT && restNotes.length > 0 && restNotes.every((x) => x === 'harga_without_per');
  if (rest.confidence < CONFIDENT && !eachDoubt) return null;
  const n = sale.quantity !== null && Number.isInteger(sale.quantity) && sale.quantity > 0 ? sale.quantity : 1;
  const price = sale.unitPrice ?? sale.amount / n;
  if (!Number.isInteger(price) || price * n !== sale.amount) return null;
  const c = u.cost.amount;
  const kept = eachDoubt ? [] : restNotes;
  const asked = (note: string): ParseResult => ({ ...rest, confidence: Math.min(rest.confidence, C_DOUBT), notes: [...restNotes, note] });
  const sold: ParseResult = { ...rest, confidence: eachDoubt ? C_CLEAR : Math.min(rest.confidence, C_CLEAR), notes: [...kept, 'cost_beside_price'] };
  // One piece (no count): its cost and the cost of all are one — with nothing marking it one
  // piece's, the cost beside a sale stays the other readers' (the day's cost, an expense).
  if (n < 2 && !u.cost.each) return null;
  if (u.profit !== null) {
    const x = u.profit.amount;
    if (c < price && (x === n * (price - c) || (u.profit.each && x === price - c))) return sold;
    if (eachDoubt) return null;
    // The cost of all the pieces, the profit over the total: the other readers' reading (an expense).
    if (!u.cost.each && n >= 2 && x === sale.amount - c) return null;
    return asked(c >= price ? 'below_cost' : 'profit_mismatch');
  }
  if (eachDoubt) return null;
  if (u.cost.each) return c < price ? sold : asked('below_cost');
  if (c >= price) return null;
  return asked('cost_each_or_total');
}

/**
 * The reading of a message whose cost and profit could not be checked against one sale: an entry
 * of exactly the stated profit (read as money spent or taken) is no entry — taken out, and the
 * reading asked (`profit_mismatch`). Null when no entry is the profit.
 */
export function profitEntry(r: ParseResult, u: UnitCost): ParseResult | null {
  if (u.profit === null || r.intent !== 'record' || r.confidence < CONFIDENT) return null;
  const x = u.profit.amount;
  const at = r.entries.findIndex((e) => e.amount === x && e.kind !== 'sale');
  if (at < 0) return null;
  const entries = r.entries.filter((_, i) => i !== at);
  if (entries.length === 0) return null;
  return { ...r, entries, confidence: C_DOUBT, notes: [...(r.notes ?? []), 'profit_mismatch'] };
}

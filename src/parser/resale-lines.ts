/**
 * A pulsa reseller's list, one top-up a line: "tsel 10rb jual 12rb", "xl 25 → 27rb",
 * "indosat 5rb dijual 7rb". The first amount is the face value, the second what the customer
 * paid: her sale is the selling price, and the face value is neither an expense nor a second
 * sale (her balance was bought when she topped it up). Only in a message of several lines
 * about airtime (an operator or a face-value product named); the one-line form is resale.ts.
 */
import type { Analysis } from './analyze.ts';
import type { NumExpr } from './amount.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import type { EntryOut } from './entry-drafts.ts';

export const OPERATORS = new Set(['tsel', 'telkomsel', 'simpati', 'xl', 'axis', 'indosat', 'im3', 'isat', 'tri', 'three', 'smartfren',
  'sf', 'byu', 'by.u', 'as', 'loop', 'token', 'pln', 'listrik', 'dana', 'ovo', 'gopay', 'shopeepay', 'kuota', 'pulsa', 'voucher']);
const SELL = new Set(['jual', 'dijual', 'jualnya', 'laku', 'jadi', 'jd', 'bayar', 'dibayar', 'harga', 'harganya', 'hrg']);

/** The face value as rupiah: "25" in "xl 25 → 27rb" is 25 ribu. */
function face(n: NumExpr, paid: number): number | null {
  if (n.rupiah === null) return null;
  if (n.rupiah < 1000 && n.rupiah * 1000 <= paid) return n.rupiah * 1000;
  return n.rupiah;
}

export interface ResaleLine {
  entry: EntryOut;
  nums: NumExpr[];
}

/** Per line: the sale of a top-up line, or null. Empty when the message is not an airtime list. */
export function resaleLines(a: Analysis): Array<ResaleLine | null> {
  const { tokens } = a;
  const out: Array<ResaleLine | null> = [];
  if (!tokens.some((t) => t.type === T_NL)) return out;
  let s = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && (tokens[i] as Token).type !== T_NL) continue;
    out.push(readLine(a, s, i));
    s = i + 1;
  }
  return out;
}

/**
 * "im3", "xl4g": a digit stuck to the operator's name (in the line from `s`) is part of the name.
 * A module function, not a named closure: see unknown-hints.ts's `has`.
 */
function glued(tokens: readonly Token[], n: NumExpr, s: number): boolean {
  const t = tokens[n.start] as Token;
  const p = tokens[n.start - 1];
  return t.attached && n.end === n.start + 1 && p !== undefined && p.type === T_WORD && n.start - 1 >= s && t.text.length === 1;
}

function readLine(a: Analysis, s: number, e: number): ResaleLine | null {
  const { tokens } = a;
  const nums = a.nums.filter((n) => n.start >= s && n.end <= e && !glued(tokens, n, s));
  if (nums.length !== 2) return null;
  const named = a.nums.filter((n) => n.start >= s && n.end <= e && glued(tokens, n, s));
  const [n1, n2] = nums as [NumExpr, NumExpr];
  let op: string | null = null;
  for (let i = s; i < e; i++) {
    const t = tokens[i] as Token;
    if (a.marks[i] !== 0) continue;
    if (a.numIn[i] !== -1) {
      if (op !== null && i < n1.start && named.some((n) => n.start === i)) op += t.text;
      continue;
    }
    if (i < n1.start) {
      if (t.type === T_WORD) {
        const gluedNum = named.find((n) => n.start === i + 1);
        if ((OPERATORS.has(t.key) || (gluedNum && OPERATORS.has(t.key + (tokens[i + 1] as Token).text))) && op === null) op = t.text;
        else if (op !== null && OPERATORS.has(t.key)) op += ` ${t.text}`; // "token listrik"
        else if (t.key !== 'pulsa' && t.key !== 'isi') return null;
      }
      continue;
    }
    if (i >= n1.end && i < n2.start) {
      // Between the two: a selling word, an arrow, "=" or nothing.
      if (t.type === T_WORD && !SELL.has(t.key)) return null;
      if (t.type === T_PUNCT && t.text !== '-' && t.text !== '=' && t.text !== ':') return null;
      continue;
    }
    if (i >= n2.end && t.type === T_WORD) return null;
  }
  if (op === null || n2.rupiah === null) return null;
  const paid = n2.rupiah;
  const fv = face(n1, paid);
  // What she was paid is a little above the face value (her margin).
  if (fv === null || paid < fv || paid > fv * 1.5 + 3000) return null;
  const entry: EntryOut = { kind: 'sale', amount: paid, item: `${op} ${fv / 1000 >= 1 && fv % 1000 === 0 ? `${fv / 1000}rb` : String(fv)}`,
    quantity: null, unit: null, unitPrice: null, confidence: 0.95, notes: [], totalOnly: false };
  return { entry, nums: [...nums, ...named] };
}

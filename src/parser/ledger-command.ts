/**
 * Bot-style commands with a ledger noun: "catat pengeluaran 45000 kardus", "pemasukan 350000
 * catering", "/catat pengeluaran 45.000 plastik". Money-tracker apps taught members to write
 * the book's column first, then the amount, then what it was for. Read as a verb phrase the
 * number before "kardus" is a count of boxes (45.000 kardus) and nothing is recorded; but
 * "pengeluaran" / "pemasukan" are sums of money, so the number right after one is rupiah, and
 * the column names the kind. Only with that one number in the message, and only a number of
 * thousands (a count of 45.000 boxes is no micro business's day; "pengeluaran 2 kardus" stays
 * a count and is asked).
 */
import type { Analysis } from './analyze.ts';
import { S_PLAIN } from './amount.ts';
import { C_GROUPED, C_PLAIN_LARGE } from './confidence.ts';
import type { EntryOut } from './entry-drafts.ts';
import { T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import type { EntryKind, UnresolvedEntry } from './types.ts';
import { columnCommand, openingColumn } from './tracker-columns.ts';

const COLUMNS: ReadonlyMap<string, EntryKind> = new Map([['pengeluaran', 'expense'], ['pemasukan', 'sale']]);

/** The entry the command records, or null when the message is not that shape. */
export function ledgerCommand(a: Analysis, scan: { entries: EntryOut[]; unresolved: UnresolvedEntry[]; leftover: number }): EntryOut | null {
  if (scan.entries.length !== 0) return null;
  const minus = minusCommand(a, scan.unresolved);
  if (minus !== null) return minus;
  // "/masuk 150000 catering": nothing read, the column opening the message says it is money.
  const opening = scan.unresolved.length === 0 ? columnCommand(a) : null;
  if (opening !== null) {
    return { kind: opening.kind, amount: opening.amount, item: opening.item, quantity: null, unit: null, unitPrice: null,
      confidence: opening.plain ? C_PLAIN_LARGE : C_GROUPED, notes: [], totalOnly: false, at: opening.at };
  }
  if (scan.unresolved.length !== 1) return null;
  const u = scan.unresolved[0] as UnresolvedEntry;
  if (u.reason !== 'no_amount' || u.quantity === null || u.quantity < 1000 || !Number.isSafeInteger(u.quantity)) return null;
  const tokens = a.tokens;
  let at = -1;
  for (let i = 0; i < tokens.length; i++) {
    if ((tokens[i] as Token).type !== T_NUM) continue;
    if (at >= 0) return null;
    at = i;
  }
  if (at < 1) return null;
  // The column word right before the number, a colon between them at most.
  let w = at - 1;
  if ((tokens[w] as Token).type === T_PUNCT && (tokens[w] as Token).text === ':') w--;
  const col = tokens[w];
  if (col === undefined || col.type !== T_WORD) return null;
  // "/masuk 150000 catering", "in 150000 nasi kotak": a tracker's column opening the message (tracker-columns.ts).
  const kind = COLUMNS.get(col.key) ?? openingColumn(a, w) ?? undefined;
  if (kind === undefined || (u.kind !== null && u.kind !== kind)) return null;
  const num = (tokens[at] as Token).num;
  const grouped = num !== null && /[.,]/.test((tokens[at] as Token).text);
  return { kind, amount: u.quantity, item: u.item ?? u.unit, quantity: null, unit: null, unitPrice: null,
    confidence: grouped ? C_GROUPED : C_PLAIN_LARGE, notes: [], totalOnly: false, at };
}

/**
 * "-18000 lakban": the money tracker's minus glued to a plain number of thousands, then only
 * words. With goods the scan knows, the minus already reads as money out (record.ts
 * minusLed); with words it does not know, nothing was read and the message fell to chatter.
 * The sign is the kind and the one number the amount; the words are what it was for.
 */
function minusCommand(a: Analysis, unresolved: UnresolvedEntry[]): EntryOut | null {
  const t = a.tokens;
  const sign = t[0];
  const num = t[1];
  const ex = a.nums[0];
  if (sign === undefined || sign.type !== T_PUNCT || sign.text !== '-' || num === undefined || num.type !== T_NUM || !num.attached) return null;
  if (a.nums.length !== 1 || ex === undefined || ex.start !== 1 || ex.rupiah === null || ex.rupiah < 1000 || unresolved.length > 1) return null;
  const words: string[] = [];
  for (let i = ex.end; i < t.length; i++) {
    const w = t[i] as Token;
    // Only plain words: a day, a verb or a question word makes it more than a column entry.
    if (w.type !== T_WORD || w.f !== 0 || w.f2 !== 0) return null;
    words.push(w.text);
  }
  if (words.length === 0 || words.length > 4) return null;
  return { kind: 'expense', amount: ex.rupiah, item: words.join(' '), quantity: null, unit: null, unitPrice: null,
    confidence: ex.strength === S_PLAIN ? C_PLAIN_LARGE : C_GROUPED, notes: [], totalOnly: false, at: 1 };
}

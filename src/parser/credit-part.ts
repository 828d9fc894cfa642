/**
 * Part of a sale's total still owed by a buyer: "laku 200rb tapi yang 50rb masih dibon sama bu
 * Yati", "jual kue 300rb, yg 100rb dihutang Mbak Rina", "laku 200rb tp 50rb belum dibayar bu Yati",
 * "laku 150rb dan yang 30rb bu Sri ngutang".
 *
 * WHY: the part is inside the total she sold — not a second sale. Read amount by amount it was
 * added on top ("laku 200rb tapi yang 50rb masih dibon" was 250000 sold, confidently), or the
 * whole sale was put on the buyer's tab. She sold the total: the part paid now and the part owed
 * are two sales of it, the owed one on the buyer's tab (`credit`, the entry's `customer`; the
 * paid one marked `paid`), as a credit ledger of several customers is recorded.
 *
 * Only a part said after the sale with "yang"/"yg" or a "but"/"and" word right before it, then
 * the credit words (findCredit: masih dibon, belum dibayar, ngutang, dihutang…) right after it
 * (with the buyer's name before or after them). The rest of the message read without that clause
 * must be one confident sale whose total is more than the part; the buyer unnamed ("tp yg 50rb
 * blm dibayar") is asked (`credit_no_customer`), and so is a part the rest does not hold ("laku
 * 200rb tapi yang 250rb masih dibon", several sales: `part_of_amount`). Near-misses left to the credit reader: "laku
 * 200rb, 50rb dibon bu Yati" (no "yang"/"tapi": which part, asked), "laku 200rb, belum bayar Bu
 * Tin" (the whole sale owed), "laku 3 gamis, yg satu bu Ratna blm bayar" (a piece, no amount).
 */
import type { Analysis } from './analyze.ts';
import { T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { findCredit, type CreditMark } from './intents/credit.ts';
import { present, trigger } from './triggers.ts';
import { G_CREDIT } from './word-roles.ts';
import { C_DOUBT } from './confidence.ts';
import { CONFIDENT, type ParsedEntry, type ParseResult } from './types.ts';

/** "tapi yang 50rb", "dan yg 30rb": the words that open the part. */
const OPEN = new Set(['yang', 'tapi', 'tp', 'tpi', 'tapinya', 'namun', 'dan', 'cuma', 'cm', 'hanya']);
const T_OPEN = trigger(OPEN);
const T_OWED = trigger(['belum', 'masih']);

export interface CreditPart {
  /** The part owed, in rupiah. */
  amount: number;
  /** The credit clause's tokens [from, to): read without them, the rest is the sale. */
  from: number;
  to: number;
  credit: CreditMark;
  /**
   * The name said after "ke"/"kepada" ("yang 50rb utang ke bu Yati", "belum dibayar ke bu Yati"):
   * money owed TO that person — her own debt as often as a buyer's tab. Asked ('owed_to_whom').
   */
  toName: boolean;
}

/** "ke bu Yati", "kepada", Javanese "nang"/"marang", Sundanese "ka": toward the person, not from. */
const TOWARD = new Set(['ke', 'kepada', 'kpd', 'nang', 'neng', 'marang', 'dateng', 'ka']);

function isKey(t: Token | undefined, set: ReadonlySet<string>): boolean {
  return t !== undefined && t.type === T_WORD && set.has(t.key);
}

/** The part of a sale said to be owed, or null. */
export function creditPart(a: Analysis): CreditPart | null {
  if (!present(a, T_OPEN) || ((a.f2 & G_CREDIT) === 0 && !present(a, T_OWED))) return null;
  const credit = findCredit(a);
  if (credit === null) return null;
  // The part: the money right before the credit words (or before the buyer's name said first).
  const markAt = credit.nameFirst && credit.customer !== null ? Math.min(credit.start, credit.customer.start) : credit.start;
  // ("50rbnya masih bon": the "-nya" of the part between.)
  const nya = a.tokens[markAt - 1]?.type === T_WORD && a.tokens[markAt - 1]?.key === 'nya' ? 1 : 0;
  const part = a.nums.find((n) => n.end === markAt - nya);
  if (part === undefined || part.rupiah === null || part.rupiah <= 0) return null;
  // Opened by "yang" or a "but"/"and" word, with a money amount before it (the total).
  let from = part.start;
  while (from > 0 && (isKey(a.tokens[from - 1], OPEN) || (a.tokens[from - 1]?.type === T_PUNCT && a.tokens[from - 1]?.text === ','))) from--;
  if (from === part.start || !a.tokens.slice(from, part.start).some((t) => isKey(t, OPEN))) return null;
  if (!a.nums.some((n) => n.end <= from && n.rupiah !== null && n.rupiah >= 1000)) return null;
  const to = Math.max(credit.end, credit.customer?.end ?? 0);
  const toName = credit.customer !== null && isKey(a.tokens[credit.customer.start - 1], TOWARD);
  return { amount: part.rupiah, from, to, credit, toName };
}

/**
 * The sale read without the credit clause, split into the part paid now and the part owed; null
 * when that reading is not one plain confident sale above the part (left to the other readers).
 */
export function splitOwed(r: ParseResult, owed: CreditPart): ParseResult | null {
  if (r.intent !== 'record' || r.confidence < CONFIDENT || r.credit !== undefined || r.entries.length !== 1) return null;
  const sale = r.entries[0] as ParsedEntry;
  if (sale.kind !== 'sale' || sale.amount <= owed.amount || sale.customer !== undefined) return null;
  const base = { kind: 'sale' as const, item: sale.item, quantity: null, unit: null, unitPrice: null };
  const customer = owed.credit.customer;
  if (customer === null || !customer.titled || owed.toName) {
    // Nobody named to follow the debt up, or the name one the money is owed to: the two parts shown, asked.
    const notes = [...(r.notes ?? []), owed.toName ? 'owed_to_whom' : customer === null ? 'credit_no_customer' : 'customer_without_title'];
    return { ...r, entries: [{ ...base, amount: sale.amount - owed.amount }, { ...base, amount: owed.amount }], confidence: C_DOUBT, notes };
  }
  return {
    ...r,
    entries: [{ ...base, amount: sale.amount - owed.amount, paid: true }, { ...base, amount: owed.amount, customer: customer.name }],
    credit: { customer: customer.name },
  };
}

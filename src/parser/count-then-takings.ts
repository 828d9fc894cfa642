/**
 * A count of goods sold, then what they brought in, in two clauses: "nunga laku ombus-ombus 20,
 * hepengna 60 ribu" (Batak: sold 20 ombus-ombus, the money 60.000), "laku kue 20, uangnya 60rb",
 * "payu 20, oleh 60 ewu". The small plain number before the comma has no scale and could not be a
 * price (under Rp100): it was the count, and the amount after a received word ("uangnya",
 * "dapat", "hasilnya", "oleh") is the sale. Read apart, the count became a sale of Rp20 checked
 * against the takings, and the record was asked for nothing.
 */
import type { Token } from './lexer.ts';
import { isCountAsAmount, joinCount } from './comment-clause.ts';
import type { EntryOut } from './entry-drafts.ts';
import { F_TOTAL } from './word-roles.ts';
import { isReceivedWord } from './received-total.ts';

/**
 * Whether `takings` (the one bare entry of a clause led by `lead`) is what the count entry before
 * it (`count`, on the same line, the clause just before) brought in; when so, the count is given to
 * the takings and the caller drops the count entry.
 */
export function takingsAfterCount(count: EntryOut | undefined, takings: EntryOut | undefined, lead: Token | null): boolean {
  if (!isCountAsAmount(count) || takings === undefined || lead === null) return false;
  if (count.kind !== 'sale' || takings.kind !== 'sale') return false;
  if (!isReceivedWord(lead) && (lead.f & F_TOTAL) === 0) return false;
  // The takings must be money, not a second count: "laku kue 20, dapat 3" says nothing.
  if (takings.notes.includes('small_plain_number') || takings.amount < 1000) return false;
  if (takings.item !== null || takings.quantity !== null || takings.unitPrice !== null) return false;
  joinCount(takings, { item: count.item, quantity: count.amount, unit: count.unit });
  return true;
}

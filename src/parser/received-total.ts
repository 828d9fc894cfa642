/**
 * "laku 5 bros @15rb, dapat 75rb", "beli gula 20rb minyak 30rb, keluar 50rb": after a line
 * whose entries are priced, a clause of only a received (or spent) word and an amount states
 * what the line came to. It is her check on the line, never a second sale or expense: equal,
 * it is accounted for; different, the record is asked (total_mismatch).
 */
import type { Token } from './lexer.ts';
import type { EntryKind } from './types.ts';

/** Words that say money came in for what was sold ("dapat", Javanese "oleh"/"entuk", Sundanese "meunang"). */
const RECEIVED = new Set(['dapat', 'hasil', 'masuk', 'terima', 'nerima', 'diterima', 'oleh', 'entuk', 'meunang', 'dibayar']);
/** Words that say money went out for what was bought. */
const SPENT = new Set(['keluar', 'habis', 'ngabisin', 'menghabiskan']);

/** The kind of entries the clause led by `lead` states a total of, or null when it is no such clause. */
export function statedLineTotal(lead: Token | null): EntryKind | null {
  if (lead === null) return null;
  if (RECEIVED.has(lead.key)) return 'sale';
  if (SPENT.has(lead.key)) return 'expense';
  return null;
}

/** "dapat", "hasil", "oleh": a word that says money came in. */
export function isReceivedWord(t: Token | undefined): boolean {
  return t !== undefined && RECEIVED.has(t.key);
}

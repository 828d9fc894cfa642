/**
 * "aku masukin uang pribadi 200rb ke kas soalnya kurang buat kulakan, terus kulakan 450rb":
 * two things she did, one after the other, joined by "terus" / "lalu" / "habis itu". Read as
 * one message, the words of one clause leak into the other (her reason "kurang buat kulakan"
 * made the capital a purchase and the whole a shortfall). When the whole reading is doubtful,
 * each clause is read on its own; if both are records read with confidence, of one day and
 * with no credit, the message is the two records together. Otherwise the whole reading
 * stands (and is asked): a clause that is a plan, a condition or a question keeps it asked.
 * Reading the clauses costs a second analysis only for messages with exactly one such edge.
 */
import type { Analysis } from '../analyze.ts';
import { C_DOUBT } from '../confidence.ts';
import { present, trigger } from '../triggers.ts';
import { CONFIDENT, type ParsedEntry, type ParseResult } from '../types.ts';

/** ", terus", "\nlalu", ". habis itu": the word that opens her next step, after a clause edge. */
const THEN = /(?:[,;.]|\n)\s*(?:terus|trus|trs|terusnya|lalu|habis itu|abis itu|abis tu|habis tu|kemudian|setelah itu|stlh itu|sesudah itu|baru|langsung|lgsg|lgsung)\s+/g;

/** The first word of each of THEN's openers: without one among the tokens, THEN cannot match. */
const T_THEN = trigger(['terus', 'trus', 'trs', 'terusnya', 'lalu', 'habis', 'abis', 'kemudian', 'setelah', 'stlh', 'sesudah', 'baru',
  'langsung', 'lgsg', 'lgsung']);

type RecordResult = Extract<ParseResult, { intent: 'record' }>;

/** The two clauses of a message with exactly one "then" edge, or null. */
export function thenClauses(text: string): [string, string] | null {
  const cuts = [...text.matchAll(THEN)];
  if (cuts.length !== 1) return null;
  const cut = cuts[0] as RegExpMatchArray;
  const at = cut.index ?? 0;
  const first = text.slice(0, at).trim();
  const second = text.slice(at + cut[0].length).trim();
  if (first.length === 0 || second.length === 0) return null;
  return [first, second];
}

/** The entries of a record as "kind amount", in order of amount: what the books would hold. */
function books(entries: readonly ParsedEntry[]): string {
  return entries.map((e) => `${e.kind} ${e.amount}`).sort().join('|');
}

/**
 * Both clauses' records together, when each alone is a confident record of the same day.
 * A whole reading that was confident stands when the clauses agree with it; when they do not
 * ("pakai uang sendiri 100rb buat modal warung, lalu beli gas 22rb" read whole as household
 * money taken out), the clauses' reading is offered and asked (`then_clauses_disagree`).
 */
export function joinThenClauses(whole: ParseResult, text: string, read: (part: string) => ParseResult, view?: Analysis): ParseResult | null {
  // `view`, when given, is the analysis of `text`: no opener among its tokens, no edge (a text
  // cut short has tokens only for its start, so it is searched as before).
  if (view !== undefined && !view.truncated && !present(view, T_THEN)) return null;
  // A return beside other records is split by the chat, clause by clause (flows/books/mixed-return.ts).
  if ((whole.notes ?? []).includes('sale_return_mixed')) return null;
  // "beli 3 mukena @150rb, baru bayar 200rb": the second clause is the buyer paying, not her expense.
  if ((whole.notes ?? []).includes('part_paid')) return null;
  const parts = thenClauses(text);
  if (parts === null) return null;
  const [a, b] = parts.map(read) as [ParseResult, ParseResult];
  if (a.intent !== 'record' || b.intent !== 'record') return null;
  if (a.confidence < CONFIDENT || b.confidence < CONFIDENT) return null;
  if (a.date !== b.date || a.credit !== undefined || b.credit !== undefined) return null;
  if ((a.unresolved ?? []).length > 0 || (b.unresolved ?? []).length > 0) return null;
  if (a.entries.some((e) => e.date !== undefined) || b.entries.some((e) => e.date !== undefined)) return null;
  const entries: ParsedEntry[] = [...a.entries, ...b.entries];
  const notes = [...new Set([...(a.notes ?? []), ...(b.notes ?? []), 'then_clauses'])];
  let confidence = Math.min(a.confidence, b.confidence);
  if (whole.confidence >= CONFIDENT) {
    if (whole.intent === 'record' && books(whole.entries) === books(entries)) return null;
    confidence = Math.min(confidence, C_DOUBT);
    notes.push('then_clauses_disagree');
  }
  const r: RecordResult = { intent: 'record', entries, date: a.date, confidence, notes };
  return r;
}


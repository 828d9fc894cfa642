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

/**
 * Voice typing leaves out the commas: "… laku 30 bungkus harganya 8000 terus beli telur 1 kg 28000
 * sama beli cabe 15000". There the edge is an amount just said (digits, or a scale word), then an
 * opener — "sama" too, which joins her next act only when a buying or selling verb follows — then
 * that verb. Any number of such edges: every step is read on its own.
 */
const SPOKEN_THEN = /(\d(?:\s?(?:rb|ribu|rebu|ewu|k|jt|juta|an)\b)?|\b(?:ribu|rebu|ewu|juta|ratus))\s*[,;.]?\s+(?:terus|trus|trs|terusnya|lalu|habis itu|abis itu|abis tu|habis tu|kemudian|setelah itu|sesudah itu|sama|sm|ama)\s+(?=(?:(?:aku|saya|sy|aq|ak)\s+)?(?:beli|bli|belanja|blanja|kulakan|jual|jualan|laku|bayar|byr)\b)/g;
/**
 * The same edge a few words after the amount, when those words only say what it was each
 * ("sekotak", "per kotak") or how or when it was paid ("… harganya 15000 sekotak udah dibayar lunas
 * tadi siang terus aku belanja …"): "terus" and its kin only (never "sama"), every word between
 * from SETTLED_WORDS.
 */
const SETTLED_WORDS = '(?:udah|udh|sudah|sdh|dah|wis|wes|dibayar|dibayarin|lunas|cash|tunai|ditransfer|transfer|tf|tadi|td|pagi|siang|sore|malam|barusan|langsung|semua|semuanya|sekalian|ya|alhamdulillah)';
const SPOKEN_THEN_LATE = new RegExp(`(\\d(?:\\s?(?:rb|ribu|rebu|ewu|k|jt|juta|an)\\b)?|\\b(?:ribu|rebu|ewu|juta|ratus))((?:\\s+(?:se[a-z]+|per\\s+[a-z]+|satunya))?(?:\\s+${SETTLED_WORDS}){0,5})\\s*[,;.]?\\s+(?:terus|trus|trs|terusnya|lalu|habis itu|abis itu|kemudian|setelah itu|sesudah itu)\\s+(?=(?:(?:aku|saya|sy|aq|ak)\\s+)?(?:beli|bli|belanja|blanja|kulakan|jual|jualan|laku|bayar|byr)\\b)`, 'g');

/** The first word of each of THEN's openers: without one among the tokens, THEN cannot match. */
const T_THEN = trigger(['terus', 'trus', 'trs', 'terusnya', 'lalu', 'habis', 'abis', 'kemudian', 'setelah', 'stlh', 'sesudah', 'baru',
  'langsung', 'lgsg', 'lgsung', 'sama', 'sm', 'ama']);

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

/** The steps of a voice-typed run-on (SPOKEN_THEN), two or more, or null. */
export function spokenSteps(text: string): string[] | null {
  const parts: string[] = [];
  let from = 0;
  const cuts = [...text.matchAll(SPOKEN_THEN), ...text.matchAll(SPOKEN_THEN_LATE)].sort((x, y) => (x.index ?? 0) - (y.index ?? 0));
  for (const cut of cuts) {
    // (The edge keeps its amount and the words of its paying: the match opens with them.)
    const at = (cut.index ?? 0) + (cut[1] as string).length + (cut[2] ?? '').length;
    if ((cut.index ?? 0) < from) continue;
    parts.push(text.slice(from, at).trim());
    from = (cut.index ?? 0) + cut[0].length;
  }
  if (parts.length === 0) return null;
  parts.push(text.slice(from).trim());
  return parts.every((p) => p.length > 0) ? parts : null;
}

/** The entries of a record as "kind amount", in order of amount: what the books would hold. */
export function books(entries: readonly ParsedEntry[]): string {
  return entries.map((e) => `${e.kind} ${e.amount}`).sort().join('|');
}

/**
 * Each part read on its own as a plain confident record (no credit, nothing unresolved, no day of
 * its own) of one and the same day, or null: the parts a message may be joined from.
 */
export function confidentSteps(parts: readonly string[], read: (part: string) => ParseResult): RecordResult[] | null {
  const steps: RecordResult[] = [];
  for (const part of parts) {
    const r = read(part);
    if (r.intent !== 'record' || r.confidence < CONFIDENT || r.credit !== undefined) return null;
    if ((r.unresolved ?? []).length > 0 || r.entries.some((e) => e.date !== undefined)) return null;
    if (steps.length > 0 && r.date !== (steps[0] as RecordResult).date) return null;
    steps.push(r);
  }
  return steps;
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
  // (The spoken edges only when the whole reading is doubtful: a confident whole stands as it did.)
  const parts = thenClauses(text) ?? (whole.confidence < CONFIDENT ? spokenSteps(text) : null);
  if (parts === null) return null;
  const steps = confidentSteps(parts, read);
  if (steps === null) return null;
  const a = steps[0] as RecordResult;
  const entries: ParsedEntry[] = steps.flatMap((r) => r.entries);
  const notes = [...new Set([...steps.flatMap((r) => r.notes ?? []), 'then_clauses'])];
  let confidence = Math.min(...steps.map((r) => r.confidence));
  if (whole.confidence >= CONFIDENT) {
    if (whole.intent === 'record' && books(whole.entries) === books(entries)) return null;
    confidence = Math.min(confidence, C_DOUBT);
    notes.push('then_clauses_disagree');
  }
  const r: RecordResult = { intent: 'record', entries, date: a.date, confidence, notes };
  return r;
}


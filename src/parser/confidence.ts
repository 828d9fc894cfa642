/**
 * Confidence levels, named so the rules that use them read as policy, not magic numbers.
 *
 * The bot acts without asking at CONFIDENT (0.8) and above (types.ts). Everything below is a
 * question back to the member in a private chat and silence in a group. So the levels are
 * chosen by one test: "would a careful bookkeeper write this down without asking?"
 * A result's confidence is the minimum of its caps: every doubt can only lower it.
 */

/** Verb + an unmistakable amount ("laku 12 bros @15rb"). */
export const C_CLEAR = 0.95;
/** Verb + thousands-grouped digits ("bayar sewa 100.000"). */
export const C_GROUPED = 0.93;
/** A plain number given a price marker ("@12000", "total 450000"). */
export const C_MARKED = 0.9;
/** Strong verb + plain number ≥ 1.000 ("laku 50000"). */
export const C_PLAIN_LARGE = 0.85;
/** Weak verb (dapat, masuk, bayar) + plain number ≥ 1.000. */
export const C_WEAK_PLAIN = 0.7;
/** Plain 100–999 as an amount ("laku 500"): plausible but often a shorthand for 500rb. */
export const C_PLAIN_HUNDREDS = 0.6;
/** Plain number below 100 as an amount ("laku 5"): almost surely not rupiah. */
export const C_PLAIN_TINY = 0.4;
/** An amount with no verb at all ("bros 15rb"): kind is a guess. */
export const C_NO_VERB = 0.35;
/** "sekitar 50rb", "3jt-an": an approximate amount is confirmed before it is recorded. */
export const C_APPROX = 0.7;
/** Something about the message needs confirming (see notes). */
export const C_DOUBT = 0.6;
/** Part of the message could not be read (a line without amount, truncated text). */
export const C_PARTIAL = 0.5;
/** Not a statement of what happened (negated, future, question). */
export const C_NOT_FACT = 0.4;
/** Recognised, but it would be a guess to act on it. */
export const C_GUESS = 0.3;

/** Collects caps and the reasons for them (notes are for logs, tests and follow-up questions). */
export class Confidence {
  value: number;
  readonly notes: string[] = [];

  constructor(start: number) {
    this.value = start;
  }

  cap(limit: number, note?: string): void {
    if (limit < this.value) this.value = limit;
    if (note !== undefined && !this.notes.includes(note)) this.notes.push(note);
  }
}

/** Rounds to two decimals so results compare and print cleanly. */
export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * The self-check, for the kind. An entry read with no verb is a guessed kind ("bros 15rb":
 * `kind_guessed`, C_NO_VERB) and is asked. When something she wrote names its kind after all
 * (a line's "+"/"-" sign, signed-lines.ts), the guess was a missing word, not a doubt: the
 * note goes, and when it was the entry's only doubt the entry is as sure as a marked amount
 * (C_MARKED). Every other doubt (a left-over number, a mismatching total…) keeps its cap, so
 * only a message whose numbers and kinds are all accounted for becomes confident.
 */
export function kindNamed(e: { notes: string[]; confidence: number }): void {
  if (!e.notes.includes('kind_guessed')) return;
  e.notes = e.notes.filter((n) => n !== 'kind_guessed');
  if (e.notes.length === 0 && e.confidence <= C_NO_VERB) e.confidence = C_MARKED;
}

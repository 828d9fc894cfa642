/**
 * Compares the checks she wrote in a day sheet (check-lines.ts) with the entries read from
 * her lines. A total agrees when it is the sum of the kind it names, or (naming none) of the
 * sales, the expenses, or the lines of its own section ("Pagi: … subtotal 50rb"). A net line
 * agrees when it is sales − expenses; with no expense written, a profit line is only what she
 * earned on top ("Omset 300rb / Untung 90rb"): information, unless it exceeds the sales.
 */
import type { EntryOut } from './entry-drafts.ts';
import type { EntryKind } from './types.ts';
import { CK_NET, CK_TOTAL, CK_TURNOVER, type CheckLine } from './check-lines.ts';

export interface PendingCheck {
  check: CheckLine;
  /** Entries read before the check line. */
  upTo: number;
  /** Where the check's section began (after the previous total). */
  sectionStart: number;
  agrees?: boolean;
}

function sum(entries: readonly EntryOut[], from: number, to: number, kind: string | null): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const e = entries[k] as EntryOut;
    if (kind === null || e.kind === kind) n += e.amount;
  }
  return n;
}

/** Sets `agrees` on every check; returns the notes to add. */
export function checksAgree(entries: readonly EntryOut[], pending: PendingCheck[]): string[] {
  const notes: string[] = [];
  const all = entries.length;
  const sales = sum(entries, 0, all, 'sale');
  const expenses = sum(entries, 0, all, 'expense');
  const taken = sum(entries, 0, all, 'withdrawal');
  const net = sales - expenses;
  for (const p of pending) {
    const { check: ck } = p;
    const stated = ck.amount;
    if (stated === null) {
      p.agrees = false;
      continue;
    }
    if (ck.kind === CK_NET) {
      notes.push('profit_check');
      const v = ck.loss ? -stated : stated;
      if (expenses === 0 && taken === 0) p.agrees = v <= sales && v >= 0;
      else p.agrees = v === net || v === net - taken;
      continue;
    }
    notes.push(ck.kind === CK_TURNOVER ? 'turnover_check' : 'subtotal_check');
    const cands: number[] = [];
    if (ck.kind === CK_TURNOVER) cands.push(sales, sum(entries, p.sectionStart, p.upTo, 'sale'));
    else if (ck.kind === CK_TOTAL && ck.of !== null) cands.push(sum(entries, 0, all, ck.of), sum(entries, p.sectionStart, p.upTo, ck.of));
    else {
      // Never sales and expenses added together ("total 230rb" over 150rb sold and 80rb spent): asked.
      cands.push(sales, expenses, sum(entries, p.sectionStart, p.upTo, 'sale'), sum(entries, p.sectionStart, p.upTo, 'expense'));
    }
    p.agrees = cands.includes(stated);
  }
  return notes;
}

/**
 * "laku 12 bungkus 15rb sebungkus, duit masok 180rb", "…, jadi 78rb": whether an amount her
 * own words restate (received-total.ts) agrees with the entries read before it. A clause of a
 * kind is the sum of that kind's entries, or of the one reading of "N unit X" as X each that
 * makes it so (eachByTotal); a clause of no kind is the sum of the one kind written, or over
 * sales and expenses their sum of either kind or the net. Any other amount is asked.
 */
export function restatedAgrees(entries: EntryOut[], kind: EntryKind | null, stated: number): boolean {
  const all = entries.length;
  const sales = sum(entries, 0, all, 'sale');
  const expenses = sum(entries, 0, all, 'expense');
  const of = kind ?? (expenses === 0 ? 'sale' : sales === 0 ? 'expense' : null);
  if (of === null) return stated === sales || stated === expenses || stated === sales - expenses;
  return sum(entries, 0, all, of) === stated || eachByTotal(entries, 0, all, of, stated);
}

/** The lowest confidence of an amount written with a money cue (entry-drafts.ts): C_PLAIN_LARGE. */
export const CONFIRMED_KIND = 0.85;

/**
 * "Rekap / bakso 240rb / es 60rb / Omset 300rb", "telur 28rb / gula 30rb / Total belanja
 * 58rb": lines with no verb whose kind was only a guess, summed exactly by a total that names
 * its kind, are of that kind: the guesses and the lines of that kind in the total's section
 * must add up to it exactly, and only a guess with no other doubt is made sure.
 */
export function kindsFromChecks(entries: EntryOut[], pending: readonly PendingCheck[]): void {
  for (const p of pending) {
    const { check: ck } = p;
    const of = ck.kind === CK_TURNOVER ? 'sale' : ck.kind === CK_TOTAL ? ck.of : null;
    if (of === null || ck.amount === null || p.upTo <= p.sectionStart) continue;
    let all = 0;
    let guessed = 0;
    let fits = true;
    for (let k = p.sectionStart; k < p.upTo; k++) {
      const e = entries[k] as EntryOut;
      const guess = e.notes.length === 1 && e.notes[0] === 'kind_guessed';
      if (guess) guessed++;
      else if (e.notes.includes('kind_guessed')) fits = false;
      // A line of the other kind with its own verb ("beli gas 22rb") is outside an omset.
      else if (e.kind !== of) continue;
      all += e.amount;
    }
    if (!fits || guessed === 0 || all !== ck.amount) continue;
    for (let k = p.sectionStart; k < p.upTo; k++) {
      const e = entries[k] as EntryOut;
      if (e.notes.length !== 1 || e.notes[0] !== 'kind_guessed') continue;
      e.kind = of;
      e.notes = [];
      e.confidence = Math.max(e.confidence, CONFIRMED_KIND);
    }
  }
}

/** The doubts of "N goods, harganya X" that only each-or-together raised. */
const HARGA_DOUBTS = new Set(['harga_without_per', 'cheap_each']);

/**
 * "laku lumpia 50, harganya 5rb, jadi 250rb", Javanese "payu lumpia seket, regane limang ewu, dadi
 * rong atus seket ewu": a price after a count, read as each but asked (each, or the fifty
 * together?), then what the clause came to said after it. When that total is the count times the
 * price — and not the price itself — she has said which: each. The last entry's doubt is answered.
 * (Without commas the clause's own product check already read it so.)
 */
export function eachSettledByTotal(entries: EntryOut[], stated: number): void {
  const e = entries[entries.length - 1];
  if (e === undefined || e.quantity === null || e.quantity <= 1 || e.unitPrice === null) return;
  if (e.amount !== stated || e.unitPrice === stated || e.unitPrice * e.quantity !== stated) return;
  if (!e.notes.includes('harga_without_per') || !e.notes.every((n) => HARGA_DOUBTS.has(n))) return;
  e.notes = [];
  e.confidence = Math.max(e.confidence, CONFIRMED_KIND);
}

/** Doubts about a count and an amount that a total can settle: each, or all together? */
const EACH_DOUBTS = new Set(['cheap_each', 'approximate_each_or_total']);

/**
 * "lontong 40 bks 2rb / total 80rb": a line's amount after a count may be the price of each
 * or of all; the total she wrote says which. When the stated total is not the sum as read,
 * the readings of its section's counted lines are tried (eachByTotal).
 */
export function eachFromChecks(entries: EntryOut[], pending: readonly PendingCheck[]): void {
  for (const p of pending) {
    const { check: ck } = p;
    if (ck.amount === null || (ck.kind !== CK_TOTAL && ck.kind !== CK_TURNOVER)) continue;
    const of = ck.kind === CK_TURNOVER ? 'sale' : ck.of;
    let kinds = 0;
    for (let k = p.sectionStart; k < p.upTo; k++) {
      const e = entries[k] as EntryOut;
      if (of === null || e.kind === of) kinds |= e.kind === 'sale' ? 1 : e.kind === 'expense' ? 2 : 4;
    }
    // A total naming no kind over lines of both kinds is asked anyway.
    if (of === null && kinds !== 1 && kinds !== 2) continue;
    eachByTotal(entries, p.sectionStart, p.upTo, of, ck.amount);
  }
}

/** More counted lines than this are not tried (2^n readings); the total is then asked. */
const MAX_EACH_TRIES = 12;

/**
 * "nastar 2 toples 65rb, kastengel 1 toples 75rb. total 205rb": each line "N unit X" is the
 * total for the N (the default) or X each. Every combination of readings of the counted
 * lines (entries[from, to) of kind `of`, null for any) is summed; when exactly one agrees with
 * the stated total it is taken and true is returned. None or several: nothing changes and
 * the mismatch is asked, as a wrong amount recorded with confidence is worse than a question.
 * A price she marked as each ("@ 12rb") is never turned into a total.
 */
export function eachByTotal(entries: EntryOut[], from: number, to: number, of: EntryKind | null, stated: number): boolean {
  let base = 0;
  const cands: EntryOut[] = [];
  for (let k = from; k < to; k++) {
    const e = entries[k] as EntryOut;
    if (of !== null && e.kind !== of) continue;
    base += e.amount;
    if (e.quantity !== null && Number.isInteger(e.quantity) && e.quantity > 1 && e.unitPrice === null) cands.push(e);
  }
  if (cands.length === 0 || base === stated || cands.length > MAX_EACH_TRIES) return false;
  const extra = (e: EntryOut): number => e.amount * ((e.quantity as number) - 1);
  let chosen = -1;
  for (let mask = 1; mask < 1 << cands.length; mask++) {
    let n = base;
    for (let b = 0; b < cands.length; b++) if ((mask & (1 << b)) !== 0) n += extra(cands[b] as EntryOut);
    if (n !== stated) continue;
    if (chosen !== -1) return false; // two readings agree: asked
    chosen = mask;
  }
  if (chosen === -1) return false;
  cands.forEach((e, b) => {
    if ((chosen & (1 << b)) === 0) return;
    e.unitPrice = e.amount;
    e.amount *= e.quantity as number;
    const had = e.notes.length;
    e.notes = e.notes.filter((n) => !EACH_DOUBTS.has(n));
    if (had > 0 && e.notes.length === 0) e.confidence = Math.max(e.confidence, CONFIRMED_KIND);
  });
  return true;
}

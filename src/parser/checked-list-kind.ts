/**
 * A list of goods with no verb, each line a count and a price ("kue lapis 30 pcs @2.500 =
 * 75.000"), summed exactly by a plain total ("jumlah 217.500"): whose money is it? The kind
 * is settled — the lines are her sales — only when the message says it outside the lines:
 *
 * - a heading that recaps her day ("rekap kemarin", "laporan hari ini") over
 *   lines of counted goods at a price each: what she lists that way is what she sold (her
 *   purchases she writes as "belanja"/"beli");
 * - or another line of the message is her spending with its own verb ("belanja pagi 180rb"):
 *   the priced list beside it is the other side of her day (there a goods line with only its
 *   amount, "gorengan 80rb", may stand among the priced ones).
 *
 * Every listed line must be a count times a price (or, beside her spending, goods and an amount) and nothing else doubtful, and the total
 * must be their sum exactly; otherwise the kind stays asked (scan-record.ts calls this after
 * kindsFromChecks).
 */
import type { Analysis } from './analyze.ts';
import { CK_TOTAL } from './check-lines.ts';
import { CONFIRMED_KIND, type PendingCheck } from './check-sums.ts';
import { L_HEADING, PURCHASE_HEADS, SALES_HEADS, type DayLines } from './day-lines.ts';
import type { EntryOut } from './entry-drafts.ts';
import { T_WORD } from './lexer.ts';
import { F_EXPENSE, F_RECAP } from './word-roles.ts';
import { kindNamed } from './confidence.ts';
import type { EntryKind } from './types.ts';

/** Heading words that recap her day ("catatan" alone is a note of anything: not one). */
const RECAP_HEADS = new Set(['laporan', 'rekap']);

function guessedPricedLine(e: EntryOut): boolean {
  return e.notes.length === 1 && e.notes[0] === 'kind_guessed' && e.quantity !== null && e.quantity > 1 && e.unitPrice !== null &&
    e.amount === e.quantity * e.unitPrice;
}

/** "gorengan 80rb": goods and their amount, no count, the kind only guessed. */
function guessedGoodsLine(e: EntryOut): boolean {
  return e.notes.length === 1 && e.notes[0] === 'kind_guessed' && e.item !== null && e.quantity === null && e.unitPrice === null;
}

/** "pecel 20 porsi x 10rb = 200rb" already read as a sale with no doubt. */
function soldPricedLine(e: EntryOut): boolean {
  return e.kind === 'sale' && e.notes.length === 0 && e.quantity !== null && e.unitPrice !== null && e.amount === e.quantity * e.unitPrice;
}

/** The heading recaps her day and names no purchase. */
function recapHeading(a: Analysis, lines: DayLines): boolean {
  let recap = false;
  for (let i = 0; i < a.tokens.length; i++) {
    if (lines.role[i] !== L_HEADING) continue;
    const t = a.tokens[i];
    if (t?.type !== T_WORD) continue;
    if ((t.f & F_EXPENSE) !== 0 || PURCHASE_HEADS.has(t.key) || PURCHASE_HEADS.has(t.text)) return false;
    if ((t.f & F_RECAP) !== 0 || RECAP_HEADS.has(t.key)) recap = true;
  }
  return recap;
}

export function listKindFromChecks(a: Analysis, entries: EntryOut[], pending: readonly PendingCheck[], lines: DayLines): void {
  for (const p of pending) {
    const ck = p.check;
    if (ck.kind !== CK_TOTAL || ck.of !== null || ck.amount === null || p.upTo - p.sectionStart < 2) continue;
    const listed = entries.slice(p.sectionStart, p.upTo);
    const others = entries.filter((e, k) => k < p.sectionStart || k >= p.upTo);
    const spendingBeside = others.length > 0 && others.every((e) => e.kind === 'expense' && !e.notes.includes('kind_guessed'));
    // Beside her named spending, a goods line with its amount and no count ("gorengan 80rb") is
    // the same side of her day as the priced ones, and so is a priced line another reader already
    // made a sale: at least one line must be priced, one still guessed.
    const beside = (e: EntryOut): boolean => spendingBeside && (guessedGoodsLine(e) || soldPricedLine(e));
    if (!listed.every((e) => guessedPricedLine(e) || beside(e)) || !listed.some((e) => guessedPricedLine(e) || soldPricedLine(e)) ||
      !listed.some((e) => e.notes.includes('kind_guessed'))) continue;
    let sum = 0;
    for (const e of listed) sum += e.amount;
    if (sum !== ck.amount) continue;
    if (!(others.length === 0 && recapHeading(a, lines)) && !spendingBeside) continue;
    for (const e of listed) {
      if (!e.notes.includes('kind_guessed')) continue;
      e.kind = 'sale';
      e.notes = [];
      e.confidence = Math.max(e.confidence, CONFIRMED_KIND);
    }
  }
}

/**
 * "laporan hr ini / nasi uduk 25 bks @6rb / es teh 40 gelas @3rb / belanja pasar 95rb / ambil
 * 30rb buat jajan anak": with no total, the recap heading still says what the priced lines are —
 * what she lists that way under a report of her day is what she sold — when every other line's
 * kind is written with its own verb (her spending, money taken home). Each priced line must be
 * a count times a price exactly, with no other doubt; one guessed line of another shape and the
 * whole stays asked.
 */
export function listKindFromHeading(a: Analysis, entries: EntryOut[], lines: DayLines): void {
  const priced = entries.filter(guessedPricedLine);
  if (priced.length === 0 || entries.length < 2 || !recapHeading(a, lines)) return;
  if (entries.some((e) => !priced.includes(e) && (e.notes.includes('kind_guessed') || e.kind === 'sale'))) return;
  for (const e of priced) {
    e.kind = 'sale';
    kindNamed(e);
  }
}

/**
 * "stok laundry: sabun cair 5 liter 55rb, parfum 1 liter 40rb", "restock warung / gula 2kg
 * 30rb / …": a heading (before ":" or on a line of its own) with no verb of its own, whose words
 * name the kind of the list under it — bought in (stok, kulakan, bahan…) or sold (omset,
 * pemasukan…) — gives that kind to the lines under it that have no verb of their own
 * (scan-record.ts carries it; "stok:\n…\nlaku 200rb" keeps its "laku"). A heading naming both,
 * or neither, names nothing. WHY: a work word in the heading ("laundry") read her purchases as
 * the takings of her work.
 */
export function headingKind(a: Analysis, from: number, to: number): EntryKind | null {
  let bought = false;
  let sold = false;
  for (let i = from; i < to; i++) {
    const t = a.tokens[i];
    if (t?.type !== T_WORD) continue;
    if (PURCHASE_HEADS.has(t.key) || PURCHASE_HEADS.has(t.text)) bought = true;
    if (SALES_HEADS.has(t.key) || SALES_HEADS.has(t.text)) sold = true;
  }
  return bought === sold ? null : bought ? 'expense' : 'sale';
}

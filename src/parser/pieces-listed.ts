/**
 * A count, then each piece on its own line or clause with its own price: "jual 2 set sprei / 1 set
 * 120rb / 1 set 135rb", "beli 2 karung beras, 1 karung 300rb, 1 karung 320rb". The first "1 set
 * 120rb" reads as the price of each of the two (2 × 120rb), and the next line is then counted again:
 * 240rb + 135rb for what was 255rb. When two or more "k unit amount" lines of one unit add up to the
 * count said before them, and a record multiplied that count by one of their prices, the lines are
 * the pieces: the record is their amounts, asked (`list_price_each_or_total`), never confident.
 *
 * WHY asked and not only re-read: "2 set 250rb" after "3 set" may be each or both; the question
 * shows the lines as sold.
 */
import type { Analysis } from './analyze.ts';
import { C_DOUBT } from './confidence.ts';
import { CONFIDENT } from './types.ts';
import { T_NUM, T_WORD, type Token } from './lexer.ts';
import { oneUnit } from './unit-lines.ts';
import type { ParsedEntry, ParseResult } from './types.ts';

interface PieceLine { count: number; unit: string; amount: number }

/** A small count: "satu" or one or two digits. */
function countAt(t: Token | undefined): number | null {
  if (t === undefined) return null;
  if (t.type === T_WORD && t.key === 'satu') return 1;
  return t.type === T_NUM && /^\d{1,2}$/.test(t.text) ? Number(t.text) : null;
}

/** Every "count unit amount" in the message, the amount a rupiah value right after the unit word. */
function pieceLines(a: Analysis): PieceLine[] {
  const out: PieceLine[] = [];
  for (const ex of a.nums) {
    const unit = a.tokens[ex.start - 1];
    if (unit?.type !== T_WORD || ex.rupiah === null || ex.rupiah < 1000) continue;
    // ("1 set" is read as one word, "satu set".)
    const one = oneUnit(unit);
    if (one !== null) { out.push({ count: 1, unit: one, amount: ex.rupiah }); continue; }
    const count = countAt(a.tokens[ex.start - 2]);
    if (count !== null) out.push({ count, unit: unit.key, amount: ex.rupiah });
  }
  return out;
}

export function guardPiecesListed(a: Analysis, r: ParseResult): ParseResult {
  if (r.intent !== 'record' || r.confidence < CONFIDENT || r.entries.length < 2) return r;
  const lines = pieceLines(a);
  if (lines.length < 2) return r;
  for (const e of r.entries) {
    if (e.unit === null || e.quantity === null || e.quantity < 2 || e.unitPrice === null || e.amount !== e.quantity * e.unitPrice) continue;
    const mine = lines.filter((l) => l.unit === e.unit);
    if (mine.length < 2 || mine.reduce((s, l) => s + l.count, 0) !== e.quantity || !mine.some((l) => l.amount === e.unitPrice)) continue;
    // Every entry is of this count and its lines: they become the lines; else only asked.
    const entries: ParsedEntry[] = r.entries.every((x) => x.unit === e.unit && x.kind === e.kind)
      ? mine.map((l) => ({ ...e, amount: l.amount, quantity: l.count, unitPrice: null, item: cleanItem(e.item) }))
      : r.entries;
    return { ...r, entries, confidence: C_DOUBT, notes: [...(r.notes ?? []), 'list_price_each_or_total'] };
  }
  return r;
}

/** The goods' name without the separators read into it ("sprei /"). */
function cleanItem(item: string | null): string | null {
  if (item === null) return null;
  const s = item.replace(/[/|,-]/g, ' ').replace(/\s+/g, ' ').trim();
  return s === '' ? null : s;
}

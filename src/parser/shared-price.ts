/**
 * "warung A 12 bks, warung B 8 bks, warung C 10 bks, 7rb/bks", "bu Tini 5kg, bu Rosa 3kg,
 * semua 6rb/kg": counts with no price of their own, then one price per the same unit in a
 * clause of its own at the end of the list. The price is for every count of that unit, not
 * only the last one it was joined to (lines.ts joins "…, 7rb/bks" to the clause before it).
 * Only when every unpriced count is in exactly the unit the price names: "5 bros, 3 kalung,
 * 20rb/pcs" (no unit on the counts) and "12 bks, 2 kg, 7rb/bks" stay asked; so does a "harga"
 * clause ("…, harga 5rb sebungkus": same-price.ts and the spec keep it asked).
 */
import type { Analysis } from './analyze.ts';
import type { EntryOut } from './entry-drafts.ts';
import { T_PUNCT, T_WORD, type Token } from './lexer.ts';
import type { Segment } from './lines.ts';
import type { UnresolvedEntry } from './types.ts';
import { F_UNIT, G_EACH, G_PER } from './word-roles.ts';

/** Words of "all of them" that may stand before the shared price ("semua 6rb/kg"). */
const ALL_WORDS = new Set(['semua', 'semuanya', 'sama', 'kabeh', 'sadaya']);

/** The clause after the segment's last comma is only a price per unit ("7rb/bks", "semua 6rb/kg"). */
function endsWithPriceClause(a: Analysis, seg: Segment, price: number): boolean {
  let comma = -1;
  for (let i = seg.start; i < seg.end; i++) {
    const t = a.tokens[i] as Token;
    if (t.type === T_PUNCT && (t.text === ',' || t.text === ';')) comma = i;
  }
  if (comma === -1) return false;
  let nums = 0;
  let per = false;
  for (let i = comma + 1; i < seg.end; i++) {
    const k = a.numIn[i] as number;
    if (k >= 0) {
      if (a.nums[k]?.rupiah !== price) return false;
      if (a.nums[k]?.start === i) nums++;
      continue;
    }
    const t = a.tokens[i] as Token;
    if (t.type === T_PUNCT && t.text === '/') per = true;
    else if (t.type === T_WORD && ((t.f2 & (G_PER | G_EACH)) !== 0 || t.info?.perUnit !== undefined)) per = true;
    else if (t.type === T_WORD && ((t.f & F_UNIT) !== 0 || ALL_WORDS.has(t.key))) continue;
    else if (a.marks[i] === 0) return false;
  }
  return nums === 1 && per;
}

/**
 * Prices every unpriced count of `unresolved` at `priced`'s unit price when the list ends
 * with that price in a clause of its own; returns the new entries (in the counts' order) and
 * empties `unresolved`, or null when the price is not shared.
 */
export function sharedPrice(a: Analysis, seg: Segment, unresolved: UnresolvedEntry[], priced: EntryOut | undefined): EntryOut[] | null {
  if (priced === undefined || unresolved.length === 0 || priced.unitPrice === null || priced.quantity === null || priced.unit === null) return null;
  const up = priced.unitPrice;
  for (const u of unresolved) {
    if (u.reason !== 'no_amount' || u.quantity === null || u.quantity <= 0 || u.unit !== priced.unit) return null;
    if (u.kind !== null && u.kind !== priced.kind) return null;
    if (!Number.isSafeInteger(u.quantity * up)) return null;
  }
  if (!endsWithPriceClause(a, seg, up)) return null;
  const out = unresolved.map((u): EntryOut => ({
    kind: priced.kind, amount: (u.quantity as number) * up, item: u.item, quantity: u.quantity, unit: u.unit, unitPrice: up,
    confidence: priced.confidence, notes: [...priced.notes], totalOnly: false, ...(priced.at === undefined ? {} : { at: priced.at }),
  }));
  unresolved.length = 0;
  return out;
}

/**
 * "omset pulsa 350rb, modalnya 325rb": the cost of the goods she sold, written beside the
 * sale. It is never a second sale; it is an expense only if the stock was not already recorded
 * when she bought it, which the message cannot say: asked, with the cost shown as an expense
 * (`cost_of_sold`).
 */
import type { ParsedEntry } from './types.ts';

const COST_WORDS = new Set(['modal', 'modalnya', 'modale', 'modalne', 'hpp']);

/** An entry's first word. A module function, not a named closure: see unknown-hints.ts's `has`. */
function firstWord(e: ParsedEntry): string {
  return (e.item ?? '').split(' ')[0] as string;
}

/**
 * Turns a "modalnya X" read as a sale into an expense and says whether a cost of the goods
 * sold stands beside a sale in this message.
 */
export function costOfSold(entries: ParsedEntry[]): boolean {
  // A cost read as a sale and a sale of its own are two entries: fewer, nothing to split.
  if (entries.length < 2) return false;
  // "modal 120rb" is the expense verb's own reading (docs/PARSING.md: confident beside a sale);
  // only a cost noun read as a second sale ("modalnya 325rb" carried the sale's kind) is here.
  const costs = entries.filter((e) => e.kind === 'sale' && COST_WORDS.has(firstWord(e)));
  const sales = entries.filter((e) => e.kind === 'sale' && !COST_WORDS.has(firstWord(e)));
  if (sales.length === 0 || costs.length === 0) return false;
  for (const e of costs) {
    e.kind = 'expense';
    e.item = null;
  }
  return true;
}

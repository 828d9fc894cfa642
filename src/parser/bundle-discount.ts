/**
 * A price each after a bundle count, then a discount off the whole: "Laku 1 lusin bros mutiara
 * @15rb, diskon total 10rb". Read as one dozen at 15rb, the discount would leave 5.000 — two
 * thirds off, which nobody gives. The price is each piece's: 12 × 15rb − 10rb = 170.000. The
 * entry's own doubt (bundle_each_or_piece, entry-drafts.ts) stays, so she is still asked; only
 * the amount put to her is the one that makes sense.
 *
 * Only for one bundle of pieces (lusin, kodi, gros) with its price each and one discount of at
 * least half that price but less than half the pieces' total.
 */
import type { Analysis } from './analyze.ts';
import { T_WORD } from './lexer.ts';
import type { RecordScan } from './scan-record.ts';

/** Re-reads the discounted bundle as pieces; true when it did. */
export function discountedBundleAsPieces(a: Analysis, scan: RecordScan): boolean {
  const on = scan.discountOn;
  if (!scan.discounted || on === null || on.unitPrice === null || on.entry.quantity !== 1 || on.entry.unit === null) return false;
  if (on.before !== on.unitPrice || on.off * 2 < on.before) return false;
  const unit = a.tokens.find((t) => t.type === T_WORD && t.key === on.entry.unit);
  const size = unit?.info?.size ?? null;
  if (size === null || size.base !== 'pc' || size.n < 2) return false;
  const whole = size.n * on.unitPrice;
  if (on.off * 2 >= whole) return false;
  on.entry.amount = whole - on.off;
  on.entry.unitPrice = null;
  return true;
}

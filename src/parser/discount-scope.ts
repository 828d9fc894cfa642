/**
 * A plain discount on several pieces ("jual keripik 10 pcs @15rb, diskon 10rb") leaves off each
 * or off the whole unsaid, and is asked — unless off each cannot be meant: a discount of half
 * the price each or more would sell every piece at half price or less, which nobody writes as a
 * plain "diskon 10rb". Then it is off the whole (140.000), as scan-record.ts already took it.
 * A smaller discount ("jual bros 4 @25rb, diskon 10rb") stays asked.
 */
import type { RecordScan } from './scan-record.ts';

/** True when the scan's one discount, taken off the whole, is the only reading that makes sense. */
export function discountOffWholeOnly(scan: RecordScan): boolean {
  const on = scan.discountOn;
  if (!scan.discounted || on === null || on.unitPrice === null) return false;
  const n = on.entry.quantity;
  if (n === null || n < 2 || on.unitPrice * n !== on.before) return false;
  return on.off * 2 >= on.unitPrice && on.off < on.before;
}

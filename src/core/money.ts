/**
 * Money is an integer number of rupiah. JavaScript numbers are exact up to 2^53, far above
 * any amount these businesses handle; every amount is checked to be a safe integer.
 */

export type Rupiah = number;

export function assertRupiah(value: number): Rupiah {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not an integer rupiah amount: ${value}`);
  return value;
}

/** `Rp15.000`, `-Rp2.500`: Indonesian thousands dots, no decimals, no space. */
export function formatRupiah(value: Rupiah): string {
  assertRupiah(value);
  const digits = Math.abs(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${value < 0 ? '-' : ''}Rp${digits}`;
}

/** Plain integer with Indonesian thousands dots (for quantities such as 1.200 pcs). */
export function formatNumber(value: number): string {
  const [int, frac] = Math.abs(value).toString().split('.');
  const grouped = (int ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${value < 0 ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

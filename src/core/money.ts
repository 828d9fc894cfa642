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
  return `${value < 0 ? '-' : ''}Rp${groupThousands(Math.abs(value).toString())}`;
}

/**
 * "1500000" → "1.500.000". By slices, not the look-ahead regular expression it replaced:
 * every reply's lines and totals go through here (several times a recorded message), and the
 * regular expression was the costliest line of the reply's wording in the inbound profile.
 */
function groupThousands(digits: string): string {
  if (digits.length <= 3) return digits;
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += `.${digits.slice(i, i + 3)}`;
  return out;
}

/** Plain integer with Indonesian thousands dots (for quantities such as 1.200 pcs). */
export function formatNumber(value: number): string {
  const [int, frac] = Math.abs(value).toString().split('.');
  const grouped = (int ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${value < 0 ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

/** Scale words staff type after an amount, as the chat reads them ("5jt", "750rb", "2,5 juta"). */
const SCALES: Readonly<Record<string, number>> = { rb: 1_000, ribu: 1_000, k: 1_000, jt: 1_000_000, juta: 1_000_000 };

/**
 * The console's one rule for a typed rupiah amount (every money field uses it, so "2jt" is
 * accepted wherever the chat accepts it): "5000000", "5.000.000", "Rp 5.000.000", "5jt",
 * "5 juta", "1,5jt", "1.5 jt", "750rb", "750 ribu", "750k". 0 is returned as 0 (callers that
 * need more say so). Undefined for anything else — minus, a fraction of a rupiah, "5.00.000",
 * two numbers — so the form asks again rather than guess. Pure, so the web layer uses it
 * without the chat parser.
 */
export function parseRupiahInput(raw: string): Rupiah | undefined {
  const text = raw.trim().toLowerCase().replace(/^(?:rp\.?|idr)\s*/, '');
  const plain = /^(\d{1,3}(?:[.\s]\d{3})+|\d{1,15})$/.exec(text);
  if (plain) return safe(Number(plain[1]!.replace(/[.\s]/g, '')));
  // A scale word may follow a whole number or one with one or two decimals ("1,5jt", "2.25 juta").
  const scaled = /^(\d{1,9})(?:[.,](\d{1,2}))?\s*(rb|ribu|k|jt|juta)$/.exec(text);
  if (!scaled) return undefined;
  const scale = SCALES[scaled[3]!]!;
  const decimals = scaled[2] ?? '';
  // Integer arithmetic: "1,5" jt is 15 × 100.000, never 1.5 × 1e6 with its rounding.
  const whole = Number(scaled[1]! + decimals) * scale;
  const divisor = 10 ** decimals.length;
  return whole % divisor === 0 ? safe(whole / divisor) : undefined;
}

const safe = (n: number): Rupiah | undefined => (Number.isSafeInteger(n) && n >= 0 ? n : undefined);

/**
 * A reseller's top-up for a customer ("isi pulsa pelanggan 25rb, dibayar 27rb", "jual
 * token 50rb dibayar 52rb"): the first amount is the face value, the second what the
 * customer paid. Her sale is what was paid; the face value is neither her expense nor a
 * second sale (her stock was bought when she topped up her own balance).
 */
import type { Analysis } from './analyze.ts';
import { T_WORD, type Token } from './lexer.ts';
import type { ParsedEntry } from './types.ts';

/** Goods sold as a face value: airtime, electricity tokens, data, vouchers, e-wallet balance. */
const FACE_VALUE = new Set(['pulsa', 'token', 'kuota', 'voucher', 'paket', 'saldo', 'listrik', 'data']);
/** Words that introduce what the customer paid. */
const PAID = new Set(['dibayar', 'bayar', 'bayarnya', 'dibayarin', 'dibayarnya', 'dibayar nya', 'harganya', 'jadi', 'jd']);

/** Who the top-up was for: a customer, so the paid amount is her sale. */
const CUSTOMERS = new Set(['pelanggan', 'pembeli', 'konsumen', 'customer', 'cust', 'orang', 'tetangga', 'langganan']);

/**
 * The amount the customer paid when `entries` are a face value then a paid price for a
 * face-value product (no counts), with whether a sale or a customer is written (else the
 * message is asked: her own top-up, or a customer's?); null when it is not such a top-up.
 */
export function resalePaid(a: Analysis, entries: readonly ParsedEntry[]): { paid: number; sure: boolean } | null {
  if (entries.length !== 2 || entries.some((e) => e.quantity !== null)) return null;
  const { tokens } = a;
  if (!tokens.some((t) => t.type === T_WORD && FACE_VALUE.has(t.key))) return null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || !PAID.has(t.key)) continue;
    const k = a.nums.findIndex((n) => n.start > i);
    const n = a.nums[k];
    const first = a.nums[0];
    if (k < 1 || !n || !first || first.start > i || n.rupiah === null || first.rupiah === null) return null;
    // What she was paid is a little above the face value (her margin), never below it by much.
    if (n.rupiah !== (entries[1] as ParsedEntry).amount || first.rupiah !== (entries[0] as ParsedEntry).amount) return null;
    if (n.rupiah < first.rupiah || n.rupiah > first.rupiah * 1.5) return null;
    const sure = entries.every((e) => e.kind === 'sale') ||
      tokens.some((u) => u.type === T_WORD && CUSTOMERS.has(u.key));
    return { paid: n.rupiah, sure };
  }
  return null;
}

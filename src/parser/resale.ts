/**
 * A reseller's top-up for a customer ("isi pulsa pelanggan 25rb, dibayar 27rb", "jual
 * token 50rb dibayar 52rb", "isi pulsa 10rb ke bu Ina 12rb"): the first amount is the face
 * value, the second what the customer paid. Her sale is what was paid; the face value is
 * neither her expense nor a second sale (her stock was bought when she topped up her own
 * balance).
 */
import type { Analysis } from './analyze.ts';
import { T_WORD, type Token } from './lexer.ts';
import type { ParsedEntry } from './types.ts';
import { customerAt } from './intents/customer.ts';
import { F_EXPENSE, F_SALE, F_WEAK } from './word-roles.ts';
import { resaleLines } from './resale-lines.ts';

/** Goods sold as a face value: airtime, electricity tokens, data, vouchers, e-wallet balance. */
const FACE_VALUE = new Set(['pulsa', 'token', 'kuota', 'voucher', 'paket', 'saldo', 'listrik', 'data']);
/** Words that introduce what the customer paid. */
const PAID = new Set(['dibayar', 'bayar', 'bayarnya', 'dibayarin', 'dibayarnya', 'dibayar nya', 'harganya', 'jadi', 'jd', 'laku',
  'terjual', 'dijual', 'jual', 'harga']);
/** Words before the person the top-up was for: "ke bu Ina", "buat tetangga". */
const TO = new Set(['ke', 'buat', 'untuk', 'utk', 'bwt', 'kepada']);

/** Who the top-up was for: a customer, so the paid amount is her sale. */
const CUSTOMERS = new Set(['pelanggan', 'pembeli', 'konsumen', 'customer', 'cust', 'orang', 'tetangga', 'langganan']);

/** A face-value product is named ("pulsa", "token"): a paid amount after it may be its price, not a check. */
export function mentionsFaceValue(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.type === T_WORD && FACE_VALUE.has(t.key));
}

/** A strong sale verb ("jual", "laku"): she sold the top-up. */
function sells(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.type === T_WORD && (t.f & F_SALE) !== 0 && (t.f & F_WEAK) === 0);
}

/** A strong expense verb ("beli pulsa 20rb bayar 22rb"): her own top-up, or a customer's? */
function buys(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.type === T_WORD && (t.f & F_EXPENSE) !== 0 && (t.f & F_WEAK) === 0);
}

/**
 * The amount the customer paid when `entries` are a face value then a paid price for a
 * face-value product (no counts), with whether it is surely her sale (a sale word, a
 * customer or a named person, and a margin that makes sense; else the message is asked:
 * her own top-up, or a customer's? which is the price?); null when it is not such a top-up.
 */
export function resalePaid(a: Analysis, entries: readonly ParsedEntry[]): { paid: number; sure: boolean; several?: boolean } | null {
  // Several top-ups in one message ("jual pulsa 20rb bayar 22rb / jual pulsa 10rb bayar 12rb"):
  // which amount is whose price is not read line by line here: asked, never two kinds recorded.
  // ("pulsa 10rb laku 12rb / pulsa 25rb laku 27rb / token 50rb laku 52rb": each line a top-up and
  // her price, read line by line already by resale-lines.ts — no amount is in doubt.)
  if (entries.length > 2 && severalTopUps(a)) return everyLineRead(a, entries) ? null : { paid: 0, sure: false, several: true };
  if (entries.length !== 2 || entries.some((e) => e.quantity !== null)) return null;
  const { tokens } = a;
  const first = a.nums[0];
  const second = a.nums[1];
  if (a.nums.length !== 2 || !first || !second || first.rupiah === null || second.rupiah === null) return null;
  if (first.rupiah !== (entries[0] as ParsedEntry).amount || second.rupiah !== (entries[1] as ParsedEntry).amount) return null;
  let face = false;
  for (let i = 0; i < first.start; i++) if (FACE_VALUE.has((tokens[i] as Token).key)) face = true;
  if (!face) return null;
  // What lies between the two amounts: a paying word, or the person it was for.
  let paidWord = false;
  let person = false;
  for (let i = first.end; i < second.start; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (PAID.has(t.key)) paidWord = true;
    if (CUSTOMERS.has(t.key)) person = true;
    if (TO.has(t.key) && (customerAt(a, i + 1) !== null || CUSTOMERS.has(tokens[i + 1]?.key ?? ''))) person = true;
  }
  if (!person) for (let i = 0; i < tokens.length; i++) if (CUSTOMERS.has((tokens[i] as Token).key) || customerAt(a, i)) person = true;
  if (!paidWord && !person) return null;
  // What she was paid is a little above the face value (her margin), never below it.
  const margin = second.rupiah >= first.rupiah && second.rupiah <= first.rupiah * 1.5;
  const sure = margin && !buys(tokens) && (sells(tokens) || person || entries.every((e) => e.kind === 'sale'));
  return { paid: second.rupiah, sure };
}

/**
 * Whether the entries are exactly the top-up lines' sales, one a line (resale-lines.ts): a
 * face value without her price on any line ("pulsa 10rb" alone) leaves an entry of its own,
 * and the list is asked as before.
 */
function everyLineRead(a: Analysis, entries: readonly ParsedEntry[]): boolean {
  const read = resaleLines(a).filter((r) => r !== null);
  return read.length === entries.length && read.every((r, i) => entries[i]?.kind === 'sale' && entries[i]?.amount === r.entry.amount);
}

/** A face-value word and a paying word twice or more: several top-ups sold in one message. */
function severalTopUps(a: Analysis): boolean {
  let face = 0;
  let paid = 0;
  for (const t of a.tokens) {
    if (t.type !== T_WORD) continue;
    if (FACE_VALUE.has(t.key)) face++;
    if (PAID.has(t.key)) paid++;
  }
  return face >= 2 && paid >= 2;
}

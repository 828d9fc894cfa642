/**
 * The goods a payment was for, told after it: "tf masuk 95rb dr customer ig, 1 set bros",
 * "terima 150rb dari pembeli, 2 gamis". One sale whose "item" only names the payer or the
 * transfer, then a clause of a count and goods with no price: the count is of the goods that
 * sale paid for, not a number left unread (which made the record asked). A buyer must be named.
 *
 * Only then: one sale, no quantity yet, exactly one number left, plain and under 1.000, at the
 * start of the message's last clause (after a comma or "buat"/"untuk"), followed by goods words
 * to the end. A price in that clause, a second sale, or goods already named leave it as it was.
 */
import type { Analysis } from './analyze.ts';
import { S_PLAIN, type NumExpr } from './amount.ts';
import type { EntryOut } from './entry-drafts.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { F_SALE, F_EXPENSE, F_UNIT } from './word-roles.ts';

/** What a payment's "item" may hold and still name no goods: the payer, the channel, the transfer. */
const PAYER_WORDS = new Set(['customer', 'cust', 'costumer', 'pembeli', 'pelanggan', 'konsumen', 'buyer', 'reseller', 'ig', 'instagram', 'wa',
  'whatsapp', 'fb', 'shopee', 'tokped', 'tiktok', 'online', 'tf', 'transfer', 'trf', 'transferan', 'masuk', 'terima', 'dari', 'dr', 'uang']);
/** A buyer named: without one the payer may be kin or a lender ("terima 500rb dari mas Budi, 2 kali" is asked, money-sources.ts). */
const BUYERS = new Set(['customer', 'cust', 'costumer', 'pembeli', 'pelanggan', 'konsumen', 'buyer', 'reseller']);
/** Words that open the goods clause. */
const OPENS = new Set(['buat', 'untuk', 'utk', 'bwt']);

/** Sets the count and goods on the one sale and marks the count read; true when it did. */
export function goodsAfterPayment(a: Analysis, entries: EntryOut[], accounted: Set<NumExpr>): boolean {
  if (entries.length !== 1) return false;
  const e = entries[0] as EntryOut;
  if (e.kind !== 'sale' || e.quantity !== null || e.unitPrice !== null) return false;
  if (e.item !== null && !e.item.split(' ').every((w) => PAYER_WORDS.has(w))) return false;
  if (!a.tokens.some((t) => t.type === T_WORD && BUYERS.has(t.key))) return false;
  const left = a.nums.filter((ex) => !accounted.has(ex));
  if (left.length !== 1 || a.nums.length !== 2) return false;
  const count = left[0] as NumExpr;
  const n = count.rupiah;
  if (count.strength !== S_PLAIN || n === null || n >= 1000 || count.start < (a.nums.find((ex) => ex !== count) as NumExpr).end) return false;
  const { tokens } = a;
  const before = tokens[count.start - 1] as Token | undefined;
  if (before === undefined || !((before.type === T_PUNCT && before.text === ',') || (before.type === T_WORD && OPENS.has(before.key)))) return false;
  // The count, a unit perhaps, then goods words to the end: no verb, no number.
  let unit: string | null = null;
  const goods: string[] = [];
  for (let i = count.end; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_NL || t.type === T_NUM) return false;
    if (t.type !== T_WORD) continue;
    if ((t.f & (F_SALE | F_EXPENSE)) !== 0) return false;
    if (unit === null && goods.length === 0 && (t.f & F_UNIT) !== 0) unit = t.key;
    else goods.push(t.key);
  }
  if (goods.length === 0 || goods.length > 3) return false;
  e.item = goods.join(' ');
  e.quantity = n;
  e.unit = unit;
  accounted.add(count);
  return true;
}

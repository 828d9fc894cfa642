/**
 * A dropshipper's or reseller's sale, money in and out in one message: "order 2 pashmina, cust tf
 * 130rb, aku tf ke supplier 96rb", "pembeli transfer 85rb, aku transfer ke agen 60rb". Who pays
 * whom names each amount's kind: the customer's transfer is her sale, hers to the supplier her
 * expense (the goods she sold on). Read as words both were "tf" with no kind (guessed sales), and
 * the order reader took the customer's money for a down payment of an order still to come.
 *
 * Only with both: a customer word paying ("cust tf", "pelanggan bayar") and her own paying to a
 * supplier ("tf ke supplier", "bayar ke grosir", "aku transfer ke agen"). A customer's payment
 * alone stays asked ("pembeli bayar 50rb": for goods, or a debt?), and so does a transfer to a
 * supplier alone with no goods ("tf ke supplier 96rb": for stock, or a debt paid?).
 */
import type { Analysis } from './analyze.ts';
import { T_WORD, type Token } from './lexer.ts';
import { withoutTokens } from './stated-price.ts';
import { BETWEEN, CUSTOMERS, PAYS } from './took-in-work.ts';
import { F_EXPENSE, F_SALE, G_ORDER } from './word-roles.ts';
import { present, trigger } from './triggers.ts';

/** Whom she buys from. */
const SUPPLIERS = new Set(['supplier', 'suplier', 'suplayer', 'supplayer', 'suppliernya', 'pemasok', 'grosir', 'agen', 'agennya',
  'distributor', 'distributornya', 'konveksi', 'pabrik', 'vendor', 'vendornya', 'produsen']);
/** Her paying: "tf", "transfer", "bayar", "kirim (uang)". */
const HER_PAY = new Set(['tf', 'transfer', 'nransfer', 'bayar', 'membayar', 'byr', 'kirim', 'setor']);
const TO = new Set(['ke', 'kepada', 'sama', 'sm']);

const T_SUPPLIER = trigger(SUPPLIERS);
const T_CUSTOMER = trigger(CUSTOMERS);

/** The customer's paying verb after a customer word at i, or -1. */
function customerPay(tokens: readonly Token[], i: number): number {
  let j = i + 1;
  while (j < tokens.length && j <= i + 3 && BETWEEN.has((tokens[j] as Token).key)) j++;
  const pay = tokens[j];
  return pay !== undefined && pay.type === T_WORD && PAYS.has(pay.key) ? j : -1;
}

/** Her paying verb at i to a supplier ("tf ke supplier", "bayar grosir"), not the customer's. */
function supplierPay(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.type !== T_WORD || !HER_PAY.has(t.key)) return false;
  let j = i + 1;
  if (TO.has(tokens[j]?.key ?? '')) j++;
  const who = tokens[j];
  return who !== undefined && who.type === T_WORD && SUPPLIERS.has(who.key);
}

/** Money in from a customer and out to a supplier in the message (see the file comment). */
export function paidOnToSupplier(a: Analysis): boolean {
  if (!present(a, T_SUPPLIER) || !present(a, T_CUSTOMER)) return false;
  const { tokens } = a;
  const inAt = tokens.findIndex((t, i) => t.type === T_WORD && CUSTOMERS.has(t.key) && customerPay(tokens, i) >= 0);
  return inAt >= 0 && tokens.some((_, i) => supplierPay(tokens, i));
}

/** A view with the customer's paying read as her sale and hers to the supplier as her expense; null when not that message. */
export function dropshipView(a: Analysis): Analysis | null {
  if (!paidOnToSupplier(a)) return null;
  const out = a.tokens.slice();
  // The customer word is who paid, no goods: "order 2 pashmina, cust tf 130rb" is 2 pashmina for 130rb.
  const hide = new Uint8Array(out.length);
  const sale = { canon: 'laku', flags: F_SALE, flags2: 0, kind: 'sale' as const };
  const cost = { canon: 'belanja', flags: F_EXPENSE, flags2: 0, kind: 'expense' as const };
  const sold = { canon: 'jual', flags: F_SALE, flags2: 0, kind: 'sale' as const };
  let seenPay = false;
  for (let i = 0; i < out.length; i++) {
    const t = out[i] as Token;
    if (t.type !== T_WORD) continue;
    // "order 2 pashmina, cust tf …": paid and passed on, the order is the sale she made.
    if ((t.f2 & G_ORDER) !== 0 && !seenPay) {
      out[i] = { ...t, key: 'jual', info: sold, f: F_SALE, f2: 0 };
      continue;
    }
    const pay = CUSTOMERS.has(t.key) ? customerPay(out, i) : -1;
    if (pay >= 0) seenPay = true;
    if (pay >= 0) {
      out[pay] = { ...(out[pay] as Token), key: 'laku', info: sale, f: F_SALE, f2: 0 };
      for (let j = i; j < pay; j++) hide[j] = 1;
    }
    else if (supplierPay(out, i)) out[i] = { ...t, key: 'belanja', info: cost, f: F_EXPENSE, f2: 0 };
  }
  let f = 0;
  let f2 = 0;
  for (const t of out) if (t.type === T_WORD) {
    f |= t.f;
    f2 |= t.f2;
  }
  return withoutTokens({ ...a, tokens: out, f, f2 }, hide);
}

/**
 * Goods made to a customer's order and paid in full, the goods named first: "lapis legit pesanan
 * ibu pendeta 1 loyang 350rb su lunas bayar tunai", "bolu pesanan mama Yuli 2 loyang 200rb so
 * lunas", "nasi kuning pesanan bu RT 30 kotak 450rb udah dibayar cash".
 *
 * WHY: "bayar" alone is her paying, so the message was read as her expense. Goods, "pesanan" and
 * a titled customer, then the one amount and only words of it being paid (su/so = sudah in eastern
 * Malay) say the customer paid her for her goods: her sale. Anything else after the amount (a
 * "DP", "sisa", "belum", a plan) leaves the message to the other readers.
 */
import type { Analysis } from '../analyze.ts';
import { S_PLAIN } from '../amount.ts';
import { T_PUNCT, T_WORD, type Token } from '../lexer.ts';
import type { ParseResult } from '../types.ts';
import { F_EXPENSE, F_FUTURE, F_NEG, F_SALE, F_WEAK, G_HONORIFIC } from '../word-roles.ts';
import { present, trigger } from '../triggers.ts';
import { customerAt } from './customer.ts';
import { inputKind } from '../business-inputs.ts';

const ORDER_NOUNS = ['pesanan', 'pesenan', 'pesenane', 'orderan', 'order'];
/** After the amount: paid, and how. At least one of PAID must be said. */
const PAID = new Set(['lunas', 'bayar', 'dibayar', 'byr', 'tunai', 'cash', 'cas', 'kes', 'tf', 'transfer', 'ditransfer', 'ditf', 'lunasi',
  'dilunasi', 'mayar', 'dibayarin']);
export const PAID_FILLERS = new Set(['su', 'so', 'sudah', 'udah', 'sdh', 'udh', 'dah', 'wis', 'semua', 'smua', 'full', 'langsung', 'lgsg', 'pake',
  'pakai', 'via', 'alhamdulillah', 'ya']);

/** Words for kin used as titles before a name, in the east and beyond: "Mama Tin", "Bapa Yus", "Tanta Ona". */
const KIN_TITLES = new Set(['mama', 'mamak', 'bapa', 'papa', 'om', 'tanta', 'tante', 'kaka', 'oma', 'opa', 'nene', 'tete']);

/** "Mama Tin" at i: a kin word, then a word the lexicon does not know (a name). */
export function kinTitled(a: Analysis, i: number): { name: string; end: number; titled: boolean } | null {
  const t = a.tokens[i];
  const n = a.tokens[i + 1];
  if (t?.type !== T_WORD || n?.type !== T_WORD || !KIN_TITLES.has(t.key) || n.info !== null || a.marks[i + 1] !== 0) return null;
  const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
  return { name: `${cap(t.text)} ${cap(n.text)}`, end: i + 2, titled: true };
}

/** "buat pesanan", "untuk orderan": goods for the order, not the order's goods. */
const FOR = new Set(['buat', 'untuk', 'utk', 'bwt', 'bt', 'kanggo', 'gawe', 'keur', 'for']);

const T_ORDER = trigger(ORDER_NOUNS);
const T_PAID = trigger(PAID);
const ORDER_SET = new Set(ORDER_NOUNS);

export function detectGoodsOrderPaid(a: Analysis): ParseResult | null {
  if (!present(a, T_ORDER) || !present(a, T_PAID)) return null;
  if (a.question || a.truncated) return null;
  const { tokens } = a;
  if (tokens.some((t) => t.type === T_WORD && (t.f & F_NEG) !== 0)) return null;
  const p = tokens.findIndex((t) => t.type === T_WORD && ORDER_SET.has(t.key));
  if (p < 1) return null;
  // The goods before "pesanan": words only, none a verb of buying or selling, none a person.
  const goods: string[] = [];
  for (let i = 0; i < p; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || (t.f2 & G_HONORIFIC) !== 0 || ((t.f & (F_SALE | F_EXPENSE)) !== 0 && (t.f & F_WEAK) === 0)) return null;
    goods.push(t.text.toLowerCase());
  }
  // "bahan pesanan bu Ani …", "tepung buat pesanan bu Ani …", "kardus …": what she bought for the order
  // (an input or an ingredient, or "for" before "pesanan") — her cost as likely: left to the other readers.
  if (goods.length === 0 || inputKind(goods.join(' ')) !== null || FOR.has(goods[goods.length - 1] as string)) return null;
  const customer = customerAt(a, p + 1) ?? kinTitled(a, p + 1);
  if (customer === null || !customer.titled) return null;
  // One money amount, after the customer; counts before it say how many.
  const money = a.nums.filter((ex) => ex.rupiah !== null && ex.strength !== S_PLAIN);
  const amount = money[0];
  if (money.length !== 1 || amount === undefined || amount.rupiah === null || amount.ambiguous || amount.approx || amount.start < customer.end) return null;
  // (A day only as when she will be paid, after the amount: "… bayar besok".)
  if (a.dates.some((m) => !m.future || m.start < amount.end)) return null;
  let quantity: number | null = null;
  let unit: string | null = null;
  for (const ex of a.nums) {
    if (ex === amount) continue;
    if (ex.start < customer.end || ex.start > amount.start || ex.rupiah === null || ex.rupiah >= 1000 || quantity !== null) return null;
    quantity = ex.rupiah;
    const u = tokens[ex.end];
    if (u?.type === T_WORD && ex.end < amount.start) unit = u.text.toLowerCase();
  }
  // Between the customer and the amount: the count and its unit or goods words, no verb.
  for (let i = customer.end; i < amount.start; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_WORD && (t.f & (F_SALE | F_EXPENSE)) !== 0 && (t.f & F_WEAK) === 0) return null;
  }
  // After it: only its being paid.
  // ("… 200rb bayar besok", "… bayar nanti": paid later — her sale on the customer's tab.)
  let paid = false;
  let later = false;
  for (let i = amount.end; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_PUNCT) continue;
    if (t.type !== T_WORD) return null;
    if (PAID.has(t.key)) paid = true;
    else if (((t.f & F_FUTURE) !== 0 || a.dates.some((m) => m.start === i)) && paid) later = true;
    else if (!PAID_FILLERS.has(t.key)) return null;
  }
  if (!paid || tokens.some((t, i) => i < amount.end && t.type === T_WORD && (t.f & F_FUTURE) !== 0)) return null;
  const sale = { kind: 'sale' as const, amount: amount.rupiah, item: goods.join(' '), quantity, unit, unitPrice: null };
  if (later) return { intent: 'record', entries: [sale], date: a.today, credit: { customer: customer.name }, confidence: 0.9 };
  return { intent: 'record', entries: [sale], date: a.today, confidence: 0.9 };
}

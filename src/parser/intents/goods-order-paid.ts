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
import { S_PLAIN, type NumExpr } from '../amount.ts';
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
const KIN_TITLES = new Set(['mama', 'mamak', 'papa', 'om', 'tante', 'kaka', 'oma', 'opa', 'nene', 'tete']);

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
  const priced = amountAndCount(a, customer.end);
  if (priced === null) return null;
  const { amount, quantity, unit } = priced;
  // (A day only as when she will be paid, after the amount: "… bayar besok".)
  if (a.dates.some((m) => !m.future || m.start < amount.end)) return null;
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

// Without these words it reads nothing (its first test): readIntent does not call it (index.ts, guard-lists.ts).
detectGoodsOrderPaid.words = T_ORDER;

/**
 * Collected: "udah diambil", Javanese "dijupuk"/"dipendhet", Sundanese "dicandak"/"dicokot", Batak "dibuat" is
 * not one (it is "made"), Makassar "naallemi" ("he took it").
 */
const COLLECTED = new Set(['diambil', 'diambilin', 'dijupuk', 'dipendhet', 'dipundhut', 'dicandak', 'dicokot', 'dijemput', 'dijempout',
  'diangkut', 'naallemi', 'naalle', 'dibawa']);
/** Joining "collected" and "paid": "diambil dan dibayar", Javanese "lan", Sundanese "jeung", Batak "jala". */
const AND = new Set(['dan', 'n', 'lan', 'karo', 'jeung', 'sareng', 'jala', 'na', 'terus', 'trus', 'tus', 'sekalian', 'sekaligus']);
/** How it was paid, after the amount: "via ovo", "masuk rekening". */
const CHANNELS = new Set(['ovo', 'dana', 'gopay', 'shopeepay', 'qris', 'rekening', 'rek', 'bca', 'bri', 'bni', 'mandiri', 'masuk', 'ke',
  'lunas', 'tunai', 'cash']);
/** "Already" in the regions: Javanese "sampun", "wes"; Sundanese "tos", "parantos", "geus"; Makassar "mi". */
const ALREADY = new Set(['sampun', 'wes', 'uwis', 'tos', 'atos', 'parantos', 'geus', 'mi', 'lah', 'pun']);
/** Paid in full, said: enough without "collected". */
const FULL = new Set(['lunas', 'dilunasi', 'lunasi', 'dilunasin']);

/**
 * The order named first, then its goods, the titled customer, the count, and it being collected and
 * paid: "pesanan nasi kotak bu camat 40 kotak udah diambil dan dibayar 800rb", "orderan tumpeng pak
 * Lurah wis dijupuk lan dibayar 450rb". The goods went out and the money came in at once: her sale.
 *
 * WHY: the order reader took "pesanan … 800rb" as an order still open (an order records no money),
 * so the takings were missing or asked. Collected AND paid (or paid "lunas") closes it. Paid alone
 * ("… udah dibayar 800rb") may be a DP: left to the order reader (asked). No titled customer
 * ("pesanan kardus udah diambil dan dibayar") may be HER order collected from a supplier: left too.
 */
export function detectCollectedOrderPaid(a: Analysis): ParseResult | null {
  if (!present(a, T_ORDER) || !present(a, T_PAID)) return null;
  if (a.question || a.truncated || a.dates.some((m) => m.future)) return null;
  const { tokens } = a;
  if (tokens.some((t) => t.type === T_WORD && ((t.f & (F_NEG | F_FUTURE)) !== 0))) return null;
  const p = tokens[0]?.type === T_WORD && ORDER_SET.has((tokens[0] as Token).key) ? 0 : -1;
  if (p !== 0) return null;
  // The goods, then the titled customer.
  let customer: { name: string; end: number; titled: boolean } | null = null;
  const goods: string[] = [];
  for (let i = 1; i < tokens.length && customer === null; i++) {
    const t = tokens[i] as Token;
    customer = customerAt(a, i) ?? kinTitled(a, i);
    if (customer !== null) break;
    if (t.type !== T_WORD || ((t.f & (F_SALE | F_EXPENSE)) !== 0 && (t.f & F_WEAK) === 0) || COLLECTED.has(t.key) || PAID.has(t.key)) return null;
    goods.push(t.text.toLowerCase());
  }
  if (customer === null || !customer.titled || goods.length === 0 || inputKind(goods.join(' ')) !== null) return null;
  // A count before the amount is how many ("40 kotak"); no other number.
  const priced = amountAndCount(a, customer.end);
  if (priced === null) return null;
  const { amount, quantity, unit } = priced;
  // Between the customer and the amount: the count and its unit, being collected and paid; after it,
  // only how it was paid.
  let collected = false;
  let paid = false;
  let full = false;
  for (let i = customer.end; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_PUNCT || (i >= amount.start && i < amount.end) || a.numIn[i] !== undefined && a.numIn[i] !== -1) continue;
    if (t.type !== T_WORD) return null;
    if (unit !== null && t.text.toLowerCase() === unit && i < amount.start) continue;
    // ("di tf", "di transfer": the passive written apart.)
    if (t.key === 'di' && PAID.has(tokens[i + 1]?.key ?? '')) continue;
    if (COLLECTED.has(t.key) || COLLECTED.has(t.text.toLowerCase())) collected = true;
    else if (PAID.has(t.key)) paid = true;
    else if (!PAID_FILLERS.has(t.key) && !AND.has(t.key) && !CHANNELS.has(t.key) && !ALREADY.has(t.key)) return null;
    if (FULL.has(t.key)) full = true;
  }
  if (!paid || !(collected || full)) return null;
  const sale = { kind: 'sale' as const, amount: amount.rupiah, item: goods.join(' '), quantity, unit, unitPrice: null };
  return { intent: 'record', entries: [sale], date: a.today, confidence: 0.9 };
}

// Without these words it reads nothing (its first test): readIntent does not call it (index.ts, guard-lists.ts).
detectCollectedOrderPaid.words = T_ORDER;

/**
 * The order's one money amount, after the customer (who ends at token `after`), and the count
 * before it with the word after the count as its unit ("40 kotak … 800rb"); null when there is
 * another amount, a doubtful one, or any other number.
 */
function amountAndCount(a: Analysis, after: number): { amount: NumExpr & { rupiah: number }; quantity: number | null; unit: string | null } | null {
  const money = a.nums.filter((ex) => ex.rupiah !== null && ex.strength !== S_PLAIN);
  const amount = money[0];
  if (money.length !== 1 || amount === undefined || amount.rupiah === null || amount.ambiguous || amount.approx || amount.start < after) return null;
  let quantity: number | null = null;
  let unit: string | null = null;
  for (const ex of a.nums) {
    if (ex === amount) continue;
    if (ex.start < after || ex.start > amount.start || ex.rupiah === null || ex.rupiah >= 1000 || quantity !== null) return null;
    quantity = ex.rupiah;
    const u = a.tokens[ex.end];
    if (u?.type === T_WORD && ex.end < amount.start) unit = u.text.toLowerCase();
  }
  return { amount: amount as NumExpr & { rupiah: number }, quantity, unit };
}

/**
 * A resale passed straight through: the buyer paid her, she paid the supplier. "order 2
 * pashmina, cust tf 130rb, aku tf ke supplier 96rb", "dropship sepatu: customer bayar 210rb, ke
 * supplier 170rb", "ada orderan 3 gamis, pembeli udah transfer 450rb, aku bayar ke konveksi
 * 360rb". Both money movements are done: her sale (what the buyer paid) and her expense (what
 * she paid the supplier), never an order with a down payment.
 *
 * WHY: the order word made it an order whose first amount was read as a down payment larger
 * than the price (asked), or, without it, both amounts were guessed as sales. Only when one
 * clause is the buyer paying and another is her paying a seller, each with one amount and the
 * buyer's the larger (a dropshipper's margin); anything of a part paid (`dp`, `sisa`, `kurang`,
 * `belum`), a plan, a question or a date of its own is left to the other readers.
 */
import type { Analysis } from '../analyze.ts';
import { S_PLAIN } from '../amount.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from '../lexer.ts';
import type { ParsedEntry, ParseResult } from '../types.ts';
import { F_FUTURE, F_NEG, G_HONORIFIC } from '../word-roles.ts';
import { present, trigger } from '../triggers.ts';

/** The buyer, by role. */
const BUYER = new Set(['cust', 'customer', 'costumer', 'kustomer', 'pembeli', 'konsumen', 'pelanggan', 'buyer', 'pemesan', 'dia']);
/** Where she buys what she passes on. */
const SELLER = new Set(['supplier', 'suplier', 'supplayer', 'agen', 'pusat', 'distributor', 'konveksi', 'grosir', 'pabrik', 'vendor',
  'seller', 'owner', 'produsen', 'toko']);
/** Paying and transferring. */
const PAY = new Set(['tf', 'trf', 'transfer', 'transferan', 'bayar', 'byr', 'bayarnya', 'dibayar', 'lunas', 'lunasin', 'melunasi', 'kirim',
  'ngirim', 'setor', 'masuk']);
/** Words of a part paid or owed: an order's own business. */
const PART = new Set(['dp', 'uang muka', 'panjar', 'sisa', 'sisanya', 'kurang', 'kurangnya', 'belum', 'blm', 'nanti', 'cicil', 'utang',
  'hutang', 'ngutang', 'separuh', 'setengah']);
/** Her buying, said of herself: "aku tf ke supplier", "saya bayar ke agen". */
const ME = new Set(['aku', 'saya', 'sy', 'aq', 'q', 'gue', 'gw', 'ku', 'ak']);

const T_SELLER = trigger(SELLER);
const T_BUYER = trigger(BUYER, ['bu', 'ibu', 'pak', 'mbak', 'mba', 'kak', 'teh', 'mas']);

interface Clause {
  start: number;
  end: number;
}

function clausesOf(a: Analysis): Clause[] {
  const out: Clause[] = [];
  let s = 0;
  for (let i = 0; i <= a.tokens.length; i++) {
    const t = a.tokens[i];
    if (t !== undefined && !(t.type === T_NL || (t.type === T_PUNCT && (t.text === ',' || t.text === ';' || t.text === '.' || t.text === ':')))) {
      continue;
    }
    if (i > s) out.push({ start: s, end: i });
    s = i + 1;
  }
  return out;
}

export function detectPassedThrough(a: Analysis): ParseResult | null {
  if (!present(a, T_SELLER) || !present(a, T_BUYER)) return null;
  if (a.question || a.truncated || a.dates.length > 0) return null;
  // Two amounts of money; plain numbers only as counts of the goods.
  const money = a.nums.filter((e) => e.strength !== S_PLAIN);
  if (money.length !== 2 || money.some((e) => e.rupiah === null || e.ambiguous || e.approx)) return null;
  const words = a.tokens.filter((t) => t.type === T_WORD);
  if (words.some((t) => PART.has(t.key) || (t.f & (F_NEG | F_FUTURE)) !== 0)) return null;
  let sale: number | null = null;
  let cost: number | null = null;
  for (const c of clausesOf(a)) {
    const nums = money.filter((e) => e.start >= c.start && e.end <= c.end);
    if (nums.length === 0) continue;
    // ("beli 2 pashmina dari supplier 96rb": a count beside the money is the goods'.)
    if (a.nums.some((e) => e.strength === S_PLAIN && e.start >= c.start && e.end <= c.end && (e.rupiah ?? 0) >= 1000)) return null;
    if (nums.length > 1) return null;
    const amount = (nums[0] as (typeof nums)[number]).rupiah as number;
    let buyer = false;
    let seller = false;
    let pay = false;
    let me = false;
    for (let i = c.start; i < c.end; i++) {
      const t = a.tokens[i] as Token;
      if (t.type !== T_WORD) continue;
      if (BUYER.has(t.key) || (t.f2 & G_HONORIFIC) !== 0) buyer = true;
      if (SELLER.has(t.key)) seller = true;
      if (PAY.has(t.key)) pay = true;
      if (ME.has(t.key)) me = true;
    }
    // "aku tf ke supplier 96rb", "ke supplier 170rb": her paying the seller.
    if (seller && !buyer && cost === null) cost = amount;
    // "cust tf 130rb", "pembeli udah transfer 450rb": the buyer paying her.
    else if (buyer && pay && !seller && !me && sale === null) sale = amount;
    else return null;
  }
  if (sale === null || cost === null || cost >= sale) return null;
  const item = goodsOf(a);
  const entries: ParsedEntry[] = [
    { kind: 'sale', amount: sale, item, quantity: null, unit: null, unitPrice: null },
    { kind: 'expense', amount: cost, item, quantity: null, unit: null, unitPrice: null },
  ];
  return { intent: 'record', entries, date: a.today, confidence: 0.9 };
}

// Without these words it reads nothing (its first test): readIntent does not call it (index.ts, guard-lists.ts).
detectPassedThrough.words = T_SELLER;

/** Goods named in the first clause with no money ("order 2 pashmina" → "pashmina"), or null. */
function goodsOf(a: Analysis): string | null {
  const first = clausesOf(a)[0];
  if (first === undefined) return null;
  const out: string[] = [];
  for (let i = first.start; i < first.end; i++) {
    const t = a.tokens[i] as Token;
    if (a.numIn[i] !== -1 || t.type === T_NUM) continue;
    if (t.type === T_WORD && t.info === null && !BUYER.has(t.key) && !SELLER.has(t.key)) out.push(t.key);
  }
  return out.length > 0 ? out.slice(0, 3).join(' ') : null;
}

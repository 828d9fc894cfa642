/**
 * Words of selling online, read by what they say about her money:
 *
 * - A marketplace's payout with its breakdown: "Tiktok cair 812.350 (penjualan 890rb dipotong komisi
 *   & biaya layanan 77.650)". The sales and the fees are her entries; the payout is their
 *   difference, a check that agrees — never a third entry. (A payout alone, "dana tokopedia sudah
 *   cair 215rb", is read as before.)
 * - Bought in bulk: "borong benang sulam 1 pak 85rb di shopee, gratis ongkir". "borong" opening the
 *   message, with the place she bought at, is her purchase (a buyer who "borong" is named before it:
 *   "ada yang borong …", "engkong Mamat borong …"). Free postage adds nothing.
 * - A return's postage she bore: "retur 1 dari pembeli shopee, ongkir baliknya aku yg nanggung 15rb":
 *   the return names no money; the postage is her expense.
 * - Asked, never recorded unasked: the marketplace paying the buyer back ("shopee balikin dana ke
 *   pembeli 89rb krn paket ilang": was her payout lowered, or the sale never paid?) and money of
 *   several sources in one sum she has not split ("dapet transferan 350rb dari shopee sama bu Neni,
 *   blm aku pisahin").
 */
import type { Analysis } from './analyze.ts';
import { C_CLEAR, C_DOUBT } from './confidence.ts';
import { T_WORD } from './lexer.ts';
import { F_FUTURE } from './word-roles.ts';
import { present, trigger } from './triggers.ts';
import { CONFIDENT, type ParsedEntry, type ParseResult } from './types.ts';

/** Marketplaces and the apps she sells through. */
const MARKETPLACE = new Set(['shopee', 'tokopedia', 'tokped', 'tiktok', 'tiktokshop', 'lazada', 'bukalapak', 'blibli', 'grabfood', 'gofood',
  'shopeefood', 'tiktok shop']);
/** A payout: the marketplace's money reaching her. */
const PAYOUT = new Set(['cair', 'dicairkan', 'pencairan', 'penarikan', 'payout', 'ditarik', 'tarik', 'narik']);
/** Buying up, she the subject when it opens the message. */
const BULK = new Set(['borong', 'ngeborong', 'memborong', 'mborong', 'kuborong']);
/** Where she bought: "di shopee", "dari grosir", "ke pasar". */
const AT = new Set(['di', 'dari', 'dr', 'ke', 'nang', 'neng']);
const PLACE = new Set([...MARKETPLACE, 'pasar', 'grosir', 'grosiran', 'toko', 'agen', 'supplier', 'suplier', 'distributor', 'online', 'olshop']);
/** Notes the bulk purchase answers: its kind, and free postage with no amount (nothing to add). */
const BULK_ANSWERS = new Set(['kind_guessed', 'postage_no_amount']);
/** Paying back: "balikin dana", "refund", "kembalikan uang". */
const GIVE_BACK = new Set(['balikin', 'balikan', 'mbalikin', 'ngembaliin', 'kembalikan', 'mengembalikan', 'dikembalikan', 'refund', 'direfund',
  'ngerefund', 'refund-in', 'refundin']);
const BUYER = new Set(['pembeli', 'pembelinya', 'customer', 'cust', 'konsumen', 'pelanggan', 'buyer']);
/** Not yet split: "blm aku pisahin", "belum dipisah", "masih campur". */
const SPLIT = new Set(['pisahin', 'dipisahin', 'dipisah', 'pisah', 'misahin', 'dipisahkan', 'pisahkan', 'campur', 'kecampur', 'dicampur',
  'nyampur', 'gabung', 'digabung', 'kegabung']);
const NOT_YET = new Set(['blm', 'belum', 'durung', 'acan', 'masih', 'msh', 'lom', 'blom']);
/** Two sources joined: "dari shopee sama bu Neni". */
const AND = new Set(['sama', 'sm', 'dan', 'plus', 'ama', 'karo', 'jeung']);

const T_ONLINE = trigger(MARKETPLACE, BULK, SPLIT, ['retur', 'return', 'diretur', 'cod']);

function words(a: Analysis): string[] {
  return a.tokens.map((t) => (t.type === T_WORD ? t.key : ''));
}

function ask(r: ParseResult, note: string): ParseResult {
  const notes = [...(r.notes ?? [])];
  if (!notes.includes(note)) notes.push(note);
  return { ...r, confidence: Math.min(r.confidence, C_DOUBT), notes } as ParseResult;
}

/** Whether the only notes are ones this reader answered; the notes left, or null when one is not. */
function answered(notes: readonly string[] | undefined, by: ReadonlySet<string>): string[] | null {
  const left = (notes ?? []).filter((n) => !by.has(n));
  return left.length === 0 ? [] : null;
}

/** The payout with the sale and fees that make it: the payout's entry dropped, or null. */
function payoutChecked(ks: readonly string[], r: ParseResult): ParseResult | null {
  if (r.intent !== 'record' || !ks.some((k) => PAYOUT.has(k)) || !ks.some((k) => MARKETPLACE.has(k))) return null;
  const sales = r.entries.filter((e) => e.kind === 'sale' && e.amount > 0);
  const fees = r.entries.filter((e) => e.kind === 'expense');
  if (sales.length !== 2 || fees.length === 0 || r.entries.length !== sales.length + fees.length) return null;
  const fee = fees.reduce((s, e) => s + e.amount, 0);
  const [x, y] = sales as [ParsedEntry, ParsedEntry];
  const payout = x.amount + fee === y.amount ? x : y.amount + fee === x.amount ? y : null;
  if (payout === null) return null;
  const left = answered(r.notes, new Set(['bare_second_amount']));
  if (left === null) return null;
  return { intent: 'record', entries: r.entries.filter((e) => e !== payout), date: r.date, confidence: Math.max(r.confidence, C_CLEAR) };
}

/** Money of a marketplace or COD reaching her, said with "dana/saldo masuk": "dana shopee masuk", "saldo tiktok masuk". */
const FUNDS = new Set(['dana', 'saldo', 'duit', 'uang']);
const CAME = new Set(['masuk', 'cair', 'turun', 'udah masuk']);
/** Counts of orders or parcels beside a payout's total: "3 pesanan", "2 paket", "5 order" (never an order to record). */
const ORDER_COUNTS = new Set(['pesanan', 'order', 'paket', 'pkt', 'transaksi', 'trx', 'resi', 'orderan', 'pcs', 'item', 'barang', 'biji']);

/** A payout from a marketplace or COD: "shopee cair", "cod cair", "pencairan tokopedia", "dana shopee masuk". */
function payoutSaid(ks: readonly string[]): boolean {
  if (!ks.some((k) => MARKETPLACE.has(k) || k === 'cod')) return false;
  return ks.some((k, i) => PAYOUT.has(k) || (FUNDS.has(k) && ks.slice(i + 1, i + 4).some((w) => CAME.has(w))));
}

/** Whether every figure but the entries' `amounts` is a count of orders or parcels ("3 pesanan", "(2 paket)"). */
function onlyOrderCounts(a: Analysis, amounts: readonly number[]): boolean {
  const left = [...amounts];
  for (const ex of a.nums) {
    const k = ex.rupiah === null ? -1 : left.indexOf(ex.rupiah);
    if (k >= 0) {
      left.splice(k, 1);
      continue;
    }
    const n = a.tokens[ex.end];
    if (ex.end - ex.start !== 1 || n === undefined || n.type !== T_WORD || !ORDER_COUNTS.has(n.key)) return false;
  }
  return left.length === 0;
}

/**
 * "Orderan shopee cair 3 pesanan total Rp287.500 (udah kepotong admin)", "dana shopee masuk 287rb dari 3
 * pesanan": a payout of orders already sold, read as an order to make or with its count unread. Her takings,
 * the payout (net of the fees already taken); the counts of orders are counts. Only when every figure is
 * the payout or such a count.
 */
function payoutOfOrders(a: Analysis, ks: readonly string[], r: ParseResult): ParseResult | null {
  // ("cair besok": a payout to come is no takings yet.)
  if (!payoutSaid(ks) || a.tokens.some((t) => (t.f & F_FUTURE) !== 0) || a.dates.some((m) => m.future)) return null;
  if (r.intent === 'order') {
    if (r.total === null || r.total <= 0 || r.downPayment !== null || r.dueDate !== null || r.customer !== null || !onlyOrderCounts(a, [r.total])) return null;
    const item = ks.find((k) => MARKETPLACE.has(k) || k === 'cod') ?? null;
    return { intent: 'record', entries: [{ kind: 'sale', amount: r.total, item, quantity: null, unit: null, unitPrice: null }], date: r.date,
      confidence: C_CLEAR };
  }
  if (r.intent !== 'record' || (r.notes ?? []).join() !== 'unaccounted_number' || !r.entries.some((e) => e.kind === 'sale')) return null;
  if ((r.unresolved?.length ?? 0) > 0 || !onlyOrderCounts(a, r.entries.map((e) => e.amount))) return null;
  const { notes: _n, ...rest } = r;
  return { ...rest, confidence: C_CLEAR };
}

/** "borong … di shopee": her bulk purchase read as a guessed sale; the expense, or null. */
function bulkBought(a: Analysis, ks: readonly string[], r: ParseResult): ParseResult | null {
  if (r.intent !== 'record' || !BULK.has(ks[0] ?? '') || r.entries.length !== 1 || r.entries[0]?.kind !== 'sale') return null;
  if (!ks.some((k, i) => PLACE.has(k) && AT.has(ks[i - 1] ?? ''))) return null;
  if (answered(r.notes, BULK_ANSWERS) === null || (r.unresolved?.length ?? 0) > 0) return null;
  const bought = r.entries[0];
  const strong = a.nums.some((n) => n.rupiah === bought.amount && !n.ambiguous && !n.approx);
  if (!strong) return null;
  const { notes: _n, ...rest } = r;
  return { ...rest, entries: [{ ...bought, kind: 'expense' }], confidence: C_CLEAR };
}

/** A payout's words in a clause: "cod cair 245rb", "dana shopee masuk 300rb". */
const PAYOUT_CLAUSE = /\b(cair|dicairkan|pencairan|payout|(dana|saldo) (\w+ )?masuk)\b/i;
const SELLS_ONLINE = /\b(cod|shopee|tokopedia|tokped|tiktok|tiktokshop|lazada|bukalapak|blibli)\b/i;
const RETURN_WORD = /\b(retur|return|diretur|dikembalikan|dibalikin)\b/i;

/**
 * The return's clauses name no money, each other clause is hers: "retur 1 dari pembeli shopee, ongkir
 * baliknya aku yg nanggung 15rb" (the postage alone), "cod cair 245rb (2 paket), 1 paket retur, ongkir
 * retur aku yg tanggung 18rb" (the payout and the postage: the parcel sent back was never paid, so the
 * payout takes nothing back). A sale only from a clause that is a payout of a marketplace or COD (money
 * that reached her — "laku 245rb, 1 paket retur" may be money to give back, and stays asked), an expense
 * only as postage she bore.
 */
function returnPostage(text: string, r: ParseResult, readPart: (part: string) => ParseResult): ParseResult | null {
  if (r.intent !== 'unknown' || (r.notes ?? []).length !== 1 || r.notes?.[0] !== 'sale_return_mixed') return null;
  // ("1 paket retur ongkir balik 18rb aku yg tanggung": the return and its postage without a comma between.)
  const parted = text.replace(/\b(retur|diretur|return)\s+(?=(ongkir|ongkos)\b)/gi, '$1, ');
  const clauses = parted.split(/\n|;|,(?!\d)/).map((c) => c.trim()).filter((c) => c.length > 0);
  if (clauses.length < 2 || clauses.length > 4) return null;
  const entries: ParsedEntry[] = [];
  const notes: string[] = [];
  let returned = false;
  let date: string | null = null;
  let confidence = 1;
  for (const clause of clauses) {
    const read = readPart(clause);
    // (A return with money of its own is the mixed-return reader's: only one read as no record.)
    if (RETURN_WORD.test(clause) && read.intent === 'unknown' && (read.notes ?? []).includes('sale_return')) {
      returned = true;
      continue;
    }
    if (read.intent !== 'record' || read.confidence < CONFIDENT || (date !== null && read.date !== date)) return null;
    const postage = (read.notes ?? []).includes('postage_hers');
    const payout = PAYOUT_CLAUSE.test(clause) && SELLS_ONLINE.test(clause);
    if (!read.entries.every((e) => (e.kind === 'sale' && payout) || (e.kind === 'expense' && postage))) return null;
    date = read.date;
    confidence = Math.min(confidence, read.confidence);
    entries.push(...read.entries);
    for (const n of read.notes ?? []) if (!notes.includes(n)) notes.push(n);
  }
  if (!returned || entries.length === 0 || date === null) return null;
  return notes.length > 0 ? { intent: 'record', entries, date, confidence, notes } : { intent: 'record', entries, date, confidence };
}

/**
 * The message read again by what its online-selling words say (see the head of this file); `r`
 * as it was otherwise.
 */
export function guardOnlineSelling(a: Analysis, r: ParseResult, text: string, readPart: (part: string) => ParseResult): ParseResult {
  if (!present(a, T_ONLINE) || a.question) return r;
  const ks = words(a);
  const back = returnPostage(text, r, readPart);
  if (back !== null) return back;
  // (A payout read confidently beside its own breakdown counts the sales twice: checked too.)
  const checked = payoutChecked(ks, r);
  if (checked !== null) return checked;
  // "Orderan shopee cair 3 pesanan total Rp287.500": a payout of orders sold, not an order to make.
  const paidOut = payoutOfOrders(a, ks, r);
  if (paidOut !== null) return paidOut;
  // "orderan shopee cair besok 3 pesanan 287.500": a payout to come, no order to make — asked.
  if (r.intent === 'order' && r.confidence >= CONFIDENT && payoutSaid(ks)) return ask(r, 'not_a_fact');
  if (r.confidence < CONFIDENT) return bulkBought(a, ks, r) ?? r;
  // "shopee balikin dana ke pembeli 89rb": the marketplace paying the buyer back, not she.
  if (r.intent === 'record' && ks.some((k) => MARKETPLACE.has(k)) && ks.some((k) => GIVE_BACK.has(k)) && ks.some((k) => BUYER.has(k)) &&
    MARKETPLACE.has(ks.find((k) => k !== '') ?? '')) return ask(r, 'marketplace_refund');
  // "dapet transferan 350rb dari shopee sama bu Neni, blm aku pisahin": one sum of several sources.
  if (r.intent === 'record' && ks.some((k, i) => SPLIT.has(k) && ks.slice(Math.max(0, i - 3), i).some((w) => NOT_YET.has(w))) &&
    ks.some((k) => AND.has(k))) return ask(r, 'sources_unsplit');
  return r;
}

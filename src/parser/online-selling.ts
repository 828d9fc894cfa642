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

const T_ONLINE = trigger(MARKETPLACE, BULK, SPLIT, ['retur', 'return', 'diretur']);

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

/** The return's clause names no money and the postage clause is hers: the postage alone. */
function returnPostage(text: string, r: ParseResult, readPart: (part: string) => ParseResult): ParseResult | null {
  if (r.intent !== 'unknown' || (r.notes ?? []).length !== 1 || r.notes?.[0] !== 'sale_return_mixed') return null;
  const clauses = text.split(/\n|;|,(?!\d)/).map((c) => c.trim()).filter((c) => c.length > 0);
  if (clauses.length !== 2) return null;
  const [first, second] = clauses as [string, string];
  const ret = /\b(retur|return|diretur|dikembalikan|dibalikin)\b/i.test(first) ? first : /\b(retur|return|diretur)\b/i.test(second) ? second : null;
  if (ret === null) return null;
  const other = ret === first ? second : first;
  // (A return with money of its own is the mixed-return reader's: only one read as no record.)
  const returned = readPart(ret);
  if (returned.intent !== 'unknown' || !(returned.notes ?? []).includes('sale_return')) return null;
  const postage = readPart(other);
  if (postage.intent !== 'record' || postage.confidence < CONFIDENT || !(postage.notes ?? []).includes('postage_hers')) return null;
  return postage;
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
  if (r.confidence < CONFIDENT) return bulkBought(a, ks, r) ?? r;
  // "shopee balikin dana ke pembeli 89rb": the marketplace paying the buyer back, not she.
  if (r.intent === 'record' && ks.some((k) => MARKETPLACE.has(k)) && ks.some((k) => GIVE_BACK.has(k)) && ks.some((k) => BUYER.has(k)) &&
    MARKETPLACE.has(ks.find((k) => k !== '') ?? '')) return ask(r, 'marketplace_refund');
  // "dapet transferan 350rb dari shopee sama bu Neni, blm aku pisahin": one sum of several sources.
  if (r.intent === 'record' && ks.some((k, i) => SPLIT.has(k) && ks.slice(Math.max(0, i - 3), i).some((w) => NOT_YET.has(w))) &&
    ks.some((k) => AND.has(k))) return ask(r, 'sources_unsplit');
  return r;
}

/**
 * A purchase and the smaller part of it paid, both amounts said: "beli kain 500rb, bayar 200rb dulu",
 * "kulakan 1jt bayar 600rb sisanya bon", "beli kain 500rb baru bayar 200rb", "beli kain 500rb ngutang,
 * bayar 200rb". The paying clause names nothing bought, only its amount and the rest owed or "first":
 * the part of that purchase paid, not a second purchase.
 *
 * WHY: read word by word, each amount was an expense of its own — 700rb recorded, with confidence, for
 * goods of 500rb. What left her purse today is the part and the rest is owed (own-debt.ts), so the
 * message is asked (`purchase_part_paid`, as "bayar separo dulu" is: part-said.ts) with the purchase
 * alone as the draft — the goods and their price, never the sum of the two.
 */
import type { Analysis } from './analyze.ts';
import { C_DOUBT } from './confidence.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { mentionsFaceValue } from './resale.ts';
import { present, trigger } from './triggers.ts';
import { CONFIDENT, type ParsedEntry, type ParseResult } from './types.ts';

/** Her buying words, opening the purchase. */
const BUYING = new Set(['beli', 'belanja', 'blanja', 'kulakan', 'kulak', 'nyetok', 'borong', 'ambil', 'ngambil']);
/** The paying verb of the part. */
// (Not the passive "dibayar 200rb": a customer's paying, read as a sale.)
const PAYING = new Set(['bayar', 'byr', 'tf', 'transfer', 'trf', 'nyicil', 'cicil']);
/** Words that say the payment was a part: the rest owed, later, or this "first" ("dulu", "baru bayar"). */
const REST = new Set(['dulu', 'dl', 'duluan', 'baru', 'sisanya', 'sisa', 'kurangnya', 'kekurangan', 'kekurangannya', 'ngutang', 'utang',
  'hutang', 'bon', 'ngebon', 'kasbon', 'nanti', 'ntar', 'belum', 'blm', 'nyusul', 'menyusul']);
/** Besides REST, what may follow the paid amount without naming anything bought. */
const FILLERS = new Set(['tadi', 'td', 'cash', 'tunai', 'tf', 'transfer', 'aja', 'saja', 'ya', 'sih', 'kok', 'yg', 'yang', 'masih', 'lagi',
  'ke', 'toko', 'warung', 'penjual', 'supplier', 'bayar', 'dibayar', 'minggu', 'bulan', 'depan', 'besok', 'lusa', 'akhir', 'rp', 'lunas',
  'kontan', 'full', 'semua', 'semuanya', 'pas', 'qris', 'pake', 'pakai', 'via', 'lewat']);

const T_PART_PAID = trigger(PAYING);

function clauseEnd(t: Token): boolean {
  return t.type === T_NL || (t.type === T_PUNCT && (t.text === ',' || t.text === '.' || t.text === ';'));
}

function rupiahAt(a: Analysis, k: number): number | null {
  const n = a.numIn[k] === -1 ? undefined : a.nums[a.numIn[k] as number];
  return n?.rupiah ?? null;
}

/** The amounts of the paying clause at `pay` when it names nothing bought, or null. */
function partAmounts(a: Analysis, pay: number): number[] | null {
  const { tokens } = a;
  const amounts: number[] = [];
  for (let k = pay + 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const rp = rupiahAt(a, k);
    if (rp !== null) {
      if (a.numIn[k] !== a.numIn[k - 1]) amounts.push(rp);
      continue;
    }
    if (t.type === T_NUM || clauseEnd(t)) continue;
    if (t.type !== T_WORD || !(REST.has(t.key) || FILLERS.has(t.key))) return null;
  }
  return amounts;
}

/** Before her paying verb, back to the amount or the clause's start: "baru bayar", "terus aku bayar". */
const HER_BEFORE = new Set(['baru', 'terus', 'trus', 'trs', 'lalu', 'tadi', 'td', 'langsung', 'sekalian', 'dan', 'tapi', 'cuma', 'cuman',
  'udah', 'sudah', 'sdh', 'dah', 'aku', 'saya', 'sy', 'aq', 'gue', 'gw', 'kami', 'kita', 'yg', 'yang', 'dulu']);

/**
 * Whether the paying verb at `pay` is hers: nothing but HER_BEFORE words between it and the amount or
 * the clause's start ("beli beras 60rb, mereka bayar 30rb" is someone else paying: other-subject.ts asks).
 */
function hersBefore(a: Analysis, pay: number): boolean {
  for (let k = pay - 1; k >= 0; k--) {
    const t = a.tokens[k] as Token;
    if (rupiahAt(a, k) !== null || clauseEnd(t)) return true;
    if (t.type === T_WORD && !HER_BEFORE.has(t.key)) return false;
  }
  return true;
}

/** The paying verb of a part after the purchase opening at `buy` (an amount between them), or -1. */
function partPaying(a: Analysis, buy: number): number {
  const { tokens } = a;
  let priced = false;
  for (let k = buy + 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.type === T_WORD && PAYING.has(t.key)) return priced && hersBefore(a, k) ? k : -1;
    if (rupiahAt(a, k) !== null) priced = true;
  }
  return -1;
}

/** The goods' words between the buying word and the first amount ("beli kain 500rb": "kain"), or null. */
function goodsOf(a: Analysis, buy: number): string | null {
  const words: string[] = [];
  for (let k = buy + 1; k < a.tokens.length && rupiahAt(a, k) === null; k++) {
    const t = a.tokens[k] as Token;
    if (t.type === T_WORD) words.push(t.text);
  }
  return words.length > 0 ? words.join(' ') : null;
}

export function guardPartPaidSaid(a: Analysis, r: ParseResult): ParseResult {
  // (An asked reading too: "beli kain 500rb ngutang, bayar 200rb" shows its draft, and "ya" records it.)
  if (!present(a, T_PART_PAID) || !(r.intent === 'record' || (r.intent === 'repayment' && r.confidence >= CONFIDENT))) return r;
  const { tokens } = a;
  // The purchase: a buying word opening the message (or a clause), then its amount before the paying verb.
  const buy = tokens.findIndex((t, k) => t.type === T_WORD && BUYING.has(t.key) && (k === 0 || clauseEnd(tokens[k - 1] as Token)));
  if (buy < 0) return r;
  const pay = partPaying(a, buy);
  if (pay < 0) return r;
  const part = partAmounts(a, pay);
  if (part === null || part.length === 0) return r;
  // (Not "goods_on_credit": part of it is paid.)
  const notes = ['purchase_part_paid', ...(r.notes ?? []).filter((n) => n !== 'goods_on_credit' && n !== 'purchase_part_paid')];
  if (r.intent === 'repayment') {
    // "beli kain 500rb bayar 200rb sisanya utang": "bayar … utang" was read as her paying back a debt of 500rb.
    let price: number | null = null;
    for (let k = buy + 1; k < pay && price === null; k++) price = rupiahAt(a, k);
    if (price === null || (part[0] as number) >= price || !tokens.some((u, j) => j > buy && u.type === T_WORD && REST.has(u.key))) return r;
    const entry: ParsedEntry = { kind: 'expense', amount: price, item: goodsOf(a, buy), quantity: null, unit: null, unitPrice: null };
    return { intent: 'record', entries: [entry], date: a.today, confidence: C_DOUBT, notes };
  }
  // The purchase is the first entry; each amount of the paying clause was read as an expense of its own.
  const [purchase, ...rest] = r.entries;
  if (purchase === undefined || rest.length === 0 || !r.entries.every((e) => e.kind === 'expense')) return r;
  const kept = rest.filter((e) => !part.includes(e.amount));
  if (kept.length === rest.length) return r;
  const paid = part[0] as number;
  // "beli kain 500rb, bayar 500rb lunas": the purchase's own price paid — one expense, as read otherwise.
  if (paid === purchase.amount && part.length === 1) return { ...r, entries: [purchase, ...kept] };
  // More than the price, one amount: the note she handed, the change unsaid ("beli 2 gas @22rb bayar 50rb": 44rb,
  // as tender-after-price.ts reads a line with one price). With the rest or a debt said of it, or a note no counter
  // takes for that price, nothing adds up: asked, the purchase alone the draft.
  if (paid > purchase.amount) {
    // ("beli pulsa 20rb bayar 22rb": a face value and its price — resale.ts's.)
    // (An asked reading keeps its draft: "telur 28rb/kg, beli 3kg, bayar 100rb" — the price is not the amount read.)
    if (part.length !== 1 || r.confidence < CONFIDENT || mentionsFaceValue(tokens)) return r;
    const said = tokens.some((u, j) => j > pay && u.type === T_WORD && REST.has(u.key));
    const change = paid - purchase.amount;
    if (!said && paid % 1000 === 0 && (change <= purchase.amount || change <= 100_000)) return { ...r, entries: [purchase, ...kept] };
    return { ...r, entries: [purchase, ...kept], confidence: Math.min(r.confidence, C_DOUBT), notes: [...notes.filter((n) => n !== 'purchase_part_paid'), 'tender_mismatch'] };
  }
  return { ...r, entries: [purchase, ...kept], confidence: Math.min(r.confidence, C_DOUBT), notes };
}

/**
 * Which side of a bill she is on: "tagihan catering arisan kmrn udah ditransfer 600rb" is her
 * customer paying HER bill (income); "tagihan listrik udah ditransfer 200rb" is her paying the
 * power company's (expense). "tagihan", "nota", "invoice" name a bill, never its direction.
 *
 * WHY: "tagihan" is an expense noun in the lexicon, so every bill was read as money out — a
 * caterer's invoice settled by her client went into her books as a confident expense, and
 * "tagihan air udah dibayar" (the water bill) as a sale when the passive pulled it the other way.
 *
 * Only known words decide, and only with the bill paid in the passive or stative with nobody
 * paying named ("udah ditransfer", "dibayar", "dilunasi", "masuk", "lunas", "di tf"):
 *   - a word of her own trade or work after the bill word (HER_TRADE, service-work.ts) and none
 *     of the home's or her suppliers' bills: her income, a sale (a titled customer paying a tab
 *     is read before, as payment_received, and is left alone);
 *   - a utility or supplies word (OUTGOING): her expense;
 *   - neither, both, not yet paid ("belum dibayar"), paid "ke" someone, the home's bill or her
 *     family paying ("tagihan listrik rumah", "dibayar suami"): never a confident
 *     entry — asked (note `bill_side_unclear`).
 * Her own paying verb before the bill ("bayar tagihan PDAM", "tf tagihan wifi") is her expense
 * and is left as the other readers read it.
 */
import type { Analysis } from './analyze.ts';
import { T_WORD, type Token } from './lexer.ts';
import { isServiceWord } from './service-work.ts';
import { FAMILY, FAMILY_TITLES, isSupplierWord } from './money-owner.ts';
import { C_DOUBT, C_MARKED } from './confidence.ts';
import { CONFIDENT, type ParseResult } from './types.ts';
import { present, trigger } from './triggers.ts';
import { F_DURATION, F_PERIOD } from './word-roles.ts';
import { customerAt } from './intents/customer.ts';

/** A bill or invoice, with the possessive endings of the regions ("tagihanna", "tagihane"). */
const BILL = ['tagihan', 'tagihannya', 'tagihanna', 'tagihane', 'nota', 'notanya', 'invoice', 'invoicenya', 'faktur'];
/** Paid, with nobody paying named: passive or stative. ("mlebu", "asup" fold to "masuk".) */
const PAID = new Set(['dibayar', 'dibayarin', 'dibayarkan', 'ditransfer', 'ditransferin', 'ditf', 'ditrf', 'dilunasi', 'dilunasin',
  'dilunaskan', 'masuk', 'lunas', 'cair', 'dibayare', 'dibayarna', 'dibayari']);
/** "di tf", "di transfer": the passive written apart. */
const APART = new Set(['tf', 'trf', 'transfer', 'bayar', 'lunasi', 'lunasin']);
/** Her own paying verbs: "bayar tagihan listrik", "tf tagihan wifi" — she is the payer. */
const HER_PAYING = new Set(['bayar', 'byr', 'bayarin', 'tf', 'trf', 'transfer', 'lunasi', 'lunasin', 'ngelunasin',
  'melunasi', 'membayar', 'setor', 'kirim']);
/** Not paid yet, or a promise: the bill is still open — which side is asked, not guessed. */
const NOT_YET = new Set(['belum', 'blm', 'can', 'tacan', 'nanti', 'besok']);
/** Paid TO someone: "ditransfer ke pak Yusuf" — she paid. */
const TO = new Set(['ke', 'ka', 'kepada', 'nang', 'ning', 'neng']);
/**
 * Her trade or work billed to a customer (beside service-work.ts's words): food she caters,
 * sewing, washing, events she serves.
 */
const HER_TRADE = new Set(['catering', 'katering', 'ketering', 'cathering', 'prasmanan', 'nasi', 'nasbox', 'snack', 'snek', 'kue',
  'tumpeng', 'hantaran', 'jahitan', 'jait', 'jaitan', 'jahit', 'permak', 'vermak', 'laundry', 'laundri', 'londri', 'cucian', 'setrikaan',
  'rias', 'makeup', 'dekorasi', 'dekor', 'sablon', 'sablonan', 'cetakan', 'bordir', 'bordiran', 'konveksi', 'seragam', 'kebaya', 'pesanan',
  'orderan', 'les', 'privat', 'kursus', 'pijat', 'urut', 'bekam', 'ojek', 'kerupuk', 'keripik', 'sambal', 'lontong', 'ketupat',
  'rendang', 'bolu', 'brownies', 'arsik', 'dodol', 'kue-kue', 'kotak', 'box', 'nasbox', 'katring', 'ketring']);
/** Bills she pays: utilities, rent, dues, supplies. */
const OUTGOING = new Set(['listrik', 'pln', 'token', 'air', 'pdam', 'wifi', 'internet', 'indihome', 'telepon', 'telpon', 'telkom', 'pulsa', 'kuota',
  'gas', 'elpiji', 'lpg', 'sewa', 'kontrakan', 'kos', 'kost', 'bpjs', 'iuran', 'sampah', 'keamanan', 'pajak', 'pbb', 'spp',
  'cicilan', 'angsuran', 'kredit', 'leasing', 'bahan', 'belanja', 'belanjaan', 'kulakan', 'tepung', 'kain', 'benang', 'plastik', 'kardus', 'beras',
  'minyak', 'gula', 'telur', 'telor', 'sayur', 'daging', 'ayam', 'bengkel', 'dokter', 'rs', 'klinik', 'apotek', 'obat']);

/**
 * The home's bill, or her family paying it: "tagihan listrik rumah udah dibayar", "tagihan listrik
 * dibayar suami" — the household's money, never a confident expense of her trade: asked.
 */
const HOME = new Set(['rumah', 'dapur', 'keluarga']);

const T_BILL = trigger(BILL);
const BILL_SET = new Set(BILL);

/** A word without its possessive ending: "cateringna" → "catering", "jahitane" → "jahitan". */
function root(word: string): string {
  for (const end of ['nya', 'na', 'ne']) if (word.length > end.length + 3 && word.endsWith(end)) return word.slice(0, -end.length);
  return word;
}

function isHerTrade(word: string): boolean {
  const w = root(word);
  return HER_TRADE.has(word) || HER_TRADE.has(w) || isServiceWord(word) || isServiceWord(w);
}

function isOutgoing(word: string): boolean {
  const w = root(word);
  return OUTGOING.has(word) || OUTGOING.has(w) || isSupplierWord(word) || isSupplierWord(w);
}

/** 'in', 'out' or 'unclear' for a bill paid with nobody paying named; null when the message is no such bill. */
export function billSide(a: Analysis): 'in' | 'out' | 'unclear' | null {
  if (!present(a, T_BILL)) return null;
  const { tokens } = a;
  const bill = tokens.findIndex((t) => t.type === T_WORD && BILL_SET.has(t.key));
  if (bill < 0) return null;
  // Her own paying verb before the bill: she paid it (left to the other readers).
  for (let i = 0; i < bill; i++) if (tokens[i]?.type === T_WORD && HER_PAYING.has((tokens[i] as Token).key)) return null;
  let paid = false;
  let open = false;
  let toSomeone = false;
  let trade = false;
  let out = false;
  for (let i = bill + 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    const n = tokens[i + 1];
    if (PAID.has(t.key) || (t.key === 'di' && n?.type === T_WORD && APART.has(n.key))) {
      paid = true;
      if (n !== undefined && TO.has(n.key)) toSomeone = true;
      continue;
    }
    if (NOT_YET.has(t.key) || HOME.has(t.key) || (FAMILY.has(t.key) && !FAMILY_TITLES.has(t.key))) open = true;
    else if (HER_PAYING.has(t.key) && !paid) return 'unclear';
    else if (isOutgoing(t.key) || isOutgoing(t.text)) out = true;
    else if (isHerTrade(t.key) || isHerTrade(t.text)) trade = true;
  }
  if (!paid && !open) return null;
  if (open || toSomeone || trade === out) return 'unclear';
  return trade ? 'in' : 'out';
}

/** Buyers by role named with the bill ("tagihan pelanggan 200rb", "tagihan tetangga"). */
const BUYER_ROLES = new Set(['pembeli', 'pelanggan', 'langganan', 'konsumen', 'customer', 'cust', 'tetangga', 'reseller', 'pembelinya',
  'pelanggannya']);
/** From someone ("tagihan dari bu Ani": her supplier's bill to her) — the other readers read it. */
const FROM = new Set(['dari', 'dr', 'ti', 'teko']);
/** Her own ("tagihan saya bu Ani" — hers, written to the one named): no trade of hers, the name after it addressed. */
const NOT_GOODS = new Set(['saya', 'aku', 'ku', 'kami', 'gue', 'gw', 'abdi']);
/**
 * When, between the bill and the person ("tagihan bulan ini bu Ani 200rb", "tagihan kemarin pak Budi"):
 * skipped. What Bu Ani owes her this month, or a bill she pays written to Bu Ani — asked either way.
 */
const WHEN = new Set(['ini', 'itu', 'tu', 'kemarin', 'kmrn', 'kemaren', 'td', 'tadi', 'lalu']);
/** At most this many words (her trade, the goods) between the bill word and the person: "tagihan catering bu Ani". */
const PERSON_GAP = 2;

/**
 * "tagihan bu Ani 200rb", "tagihan catering Mbak Rina 500rb", "tagihan pelanggan 150rb": a bill named
 * with a person (a titled name or a buyer by role) and nobody's paying told after it. It is what that
 * person owes her (a receivable, no money yet), what they paid her, or what she paid them: never a
 * confident expense. Only the title or role decides; a utility or supply word, a to/from word, a
 * number or the bill paid (billSide reads "… udah dibayar") stops it.
 */
function billOfPerson(a: Analysis): boolean {
  const { tokens } = a;
  const bill = tokens.findIndex((t) => t.type === T_WORD && BILL_SET.has(t.key));
  if (bill < 0) return false;
  for (let j = bill + 1; j <= bill + 1 + PERSON_GAP && j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.type !== T_WORD || a.numIn[j] !== -1 || TO.has(t.key) || FROM.has(t.key) || PAID.has(t.key) || isOutgoing(t.key) || HOME.has(t.key) ||
      NOT_GOODS.has(t.key)) return false;
    if (WHEN.has(t.key) || (t.f & (F_PERIOD | F_DURATION)) !== 0 || a.dates.some((d) => d.start <= j && j < d.end)) continue;
    if (BUYER_ROLES.has(t.key)) return true;
    const c = customerAt(a, j);
    if (c !== null && c.titled) return !tokens.slice(c.end).some((u) => u.type === T_WORD && (PAID.has(u.key) || TO.has(u.key)));
  }
  return false;
}

/**
 * The bill's side held against a record: an expense of her trade's bill paid to her is her sale, a
 * sale of a utility's bill is her expense, and a bill of no known side is asked (see the file comment).
 */
export function guardBillSide(a: Analysis, r: ParseResult): ParseResult {
  if (r.intent !== 'record' || !present(a, T_BILL)) return r;
  // "tagihan bu Ani 200rb": a person's bill — what Bu Ani owes her, or paid her, or what she paid Bu Ani? Asked.
  if (r.confidence >= CONFIDENT && r.entries.every((e) => e.kind === 'sale' || e.kind === 'expense') && billOfPerson(a)) {
    return { ...r, confidence: Math.min(r.confidence, C_DOUBT), notes: [...(r.notes ?? []), 'bill_side_unclear'] };
  }
  if (r.entries.length !== 1) return r;
  const entry = r.entries[0];
  if (entry === undefined || (entry.kind !== 'sale' && entry.kind !== 'expense')) return r;
  const side = billSide(a);
  if (side === null) return r;
  const want = side === 'in' ? 'sale' : side === 'out' ? 'expense' : null;
  if (want === null) {
    return r.confidence < CONFIDENT ? r : { ...r, confidence: Math.min(r.confidence, C_DOUBT), notes: [...(r.notes ?? []), 'bill_side_unclear'] };
  }
  // The bill's side names the kind: when the kind was the reading's only doubt, it goes ("nota rias
  // pengantin udah ditransfer 2jt"), as a customer's advance settles it in record.ts.
  const notes = r.notes ?? [];
  const guessOnly = notes.length === 1 && notes[0] === 'kind_guessed';
  if (entry.kind === want && !guessOnly) return r;
  const settled: ParseResult = { ...r, entries: [{ ...entry, kind: want }] };
  if (guessOnly) {
    settled.confidence = Math.max(r.confidence, C_MARKED);
    delete settled.notes;
  }
  return settled;
}

// Without these words it returns its reading unchanged (its first line): applyGuards skips it (guard-lists.ts).
guardBillSide.words = T_BILL;

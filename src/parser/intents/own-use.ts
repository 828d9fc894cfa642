/**
 * Goods from her own stock used by the household: "ambil 3 bungkus kopi dr warung buat di
 * rumah", "pakai 2 bungkus mie dagangan buat makan", "dimakan sendiri 3 roti", "konsumsi
 * sendiri 2 bungkus rokok 50rb". The owner's use of her goods is a withdrawal (in goods):
 * never an answer to a market lead ("ambil 20" is one), never a sale, never her expense.
 *
 * With a price written it is a withdrawal of that value; without one the goods are an
 * unresolved withdrawal line (reason "no_amount", note "own_use"): the bot asks what they
 * are worth. A customer taking goods ("Bu Yati ambil 3 bungkus") is a sale (entry-elements).
 */
import type { Analysis } from '../analyze.ts';
import { isSoft } from '../analyze.ts';
import { S_PLAIN } from '../amount.ts';
import { C_NOT_FACT, Confidence, round2 } from '../confidence.ts';
import { namedTaker } from '../entry-elements.ts';
import { T_NL, T_NUM, T_WORD, type Token } from '../lexer.ts';
import { scanRecord } from '../scan-record.ts';
import type { ParseResult, UnresolvedEntry } from '../types.ts';
import { F_DURATION, F_EXPENSE, F_SALE, F_UNIT, F_WEAK, G_HOUSEHOLD, G_ITEM_FILLER, G_ORDER } from '../word-roles.ts';
import { LATER_DAY, PAY_LATER } from './credit.ts';
import { hiddenView } from './read-rest.ts';
import { present, trigger } from '../triggers.ts';
import { collectedAndPaid } from '../work-paid.ts';

const PAY_WORDS = new Set(['bayar', 'bayarnya', 'dibayar', 'dibayarnya']);

/** Taking or using: "ambil", "pakai", "dipake"; eating and drinking it herself ("dimakan sendiri"). */
const USE_VERBS = new Set(['ambil', 'ngambil', 'mengambil', 'pakai', 'pake', 'dipakai', 'dipake', 'kepake', 'kepakai', 'terpakai',
  'makan', 'dimakan', 'diminum', 'minum', 'konsumsi', 'dikonsumsi', 'nyomot', 'dicomot']);
/** Verbs that only mean her own use with "sendiri" after them ("makan sendiri"; "konsumsi rapat" is catering bought). */
const NEEDS_SELF = new Set(['makan', 'dimakan', 'diminum', 'minum', 'konsumsi', 'dikonsumsi']);
/** Her own shop as the source, after "dari"/"di" or before "sendiri": "dari warung", "dr toko sendiri". */
const OWN_STOCK = new Set(['warung', 'warungku', 'toko', 'tokoku', 'kios', 'lapak', 'barang', 'barangnya']);
/** Her stock, wherever it is named: "mie dagangan", "stok kepake", "jualan sendiri". */
const STOCK_WORDS = new Set(['dagangan', 'daganganku', 'dagangannya', 'jualan', 'jualanku', 'stok', 'stock', 'stoknya']);
/** Money, not goods: "ambil uang kas 100rb buat kondangan" is a withdrawal of money (record.ts). */
const MONEY = new Set(['uang', 'duit', 'kas', 'tunai', 'cash', 'usaha', 'modal', 'hasil', 'laba', 'untung', 'omset', 'saldo',
  'tabungan', 'celengan', 'gaji', 'upah']);
/** Words that say the use is the household's ("sendiri", "pribadi", "tamu"). */
const OWN_MARKS = new Set(['sendiri', 'pribadi', 'tamu', 'masak', 'dimasak', 'konsumsi', 'tetangga', 'saudara', 'ortu', 'mertua']);
const FROM = new Set(['dari', 'dr', 'di']);
const PURPOSE = new Set(['buat', 'untuk', 'utk', 'bwt']);

interface Reading {
  /** Tokens that say who used what and why, hidden when the goods are read. */
  hide: Uint8Array;
  goods: boolean;
}

/** The taking words and their marks; null when the message is not goods taken for home. */
const T_USE = trigger(USE_VERBS);
function readOwnUse(a: Analysis): Reading | null {
  const { tokens } = a;
  // Most messages take nothing: one cheap look before any work.
  if (!present(a, T_USE)) return null;
  if (!tokens.some((t) => t.type === T_WORD && USE_VERBS.has(t.key))) return null;
  // "… udah diambil n dibayar, hp nya dipake anak": her customer collected and paid (work-paid.ts).
  if (tokens.some((t, i) => t.key === 'diambil' && collectedAndPaid(tokens, i))) return null;
  const hide = new Uint8Array(tokens.length);
  let verb = -1;
  let mark = false;
  let self = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_NL) return null; // one line only: a day's sheet is read as records
    if (t.type !== T_WORD) continue;
    // Another event of hers ("beli 2 mie buat makan anak" is an expense; "laku …" a sale).
    if ((t.f & (F_SALE | F_EXPENSE)) !== 0 && (t.f & F_WEAK) === 0) return null;
    // "… bayarnya nanti", "bayar akhir bulan": someone will pay her for the goods: not her own use.
    if (PAY_WORDS.has(t.key) && (PAY_LATER.has(tokens[i + 1]?.key ?? '') || LATER_DAY.has(tokens[i + 1]?.key ?? ''))) return null;
    if (USE_VERBS.has(t.key)) {
      if (namedTaker(a, i)) return null; // "Bu Yati ambil 3 bungkus": her customer
      if (verb < 0) verb = i;
      hide[i] = 1;
      continue;
    }
    if ((t.f2 & G_ORDER) !== 0) return null; // "ambil pesanan 3 kue": an order picked up
    if (MONEY.has(t.key)) return null;
    if (t.key === 'sendiri' || t.key === 'pribadi') self = true;
    // "2 jajan": a household word counted is the goods, not the purpose.
    const counted = i > 0 && a.numIn[i - 1] !== -1;
    if (STOCK_WORDS.has(t.key)) {
      // "ambil 10 kerudung dari konveksi buat jualan": stock taken in to sell, not used at home.
      if (PURPOSE.has(tokens[i - 1]?.key ?? '')) return null;
      mark = true;
      hide[i] = 1;
      const p = tokens[i - 1];
      if (p !== undefined && FROM.has(p.key)) hide[i - 1] = 1;
    } else if (!counted && (OWN_MARKS.has(t.key) || (t.f2 & G_HOUSEHOLD) !== 0)) {
      mark = true;
      hide[i] = 1;
      const p = tokens[i - 1];
      if (p && p.type === T_WORD && ((p.f2 & G_ITEM_FILLER) !== 0 || p.key === 'dr')) hide[i - 1] = 1;
    } else if (OWN_STOCK.has(t.key)) {
      const p = tokens[i - 1];
      const n = tokens[i + 1];
      const own = (p !== undefined && FROM.has(p.key)) || n?.key === 'sendiri' || (verb >= 0 && i === verb + 1);
      // Her shop named as the source only hides it: "ambil 10 kerudung dari toko" may be
      // stock taken in from a supplier's shop; the household use must be said too.
      if (own) {
        if (n?.key === 'sendiri') mark = true;
        hide[i] = 1;
        if (p !== undefined && FROM.has(p.key)) hide[i - 1] = 1;
      }
    }
  }
  if (verb < 0 || !mark) return null;
  if (NEEDS_SELF.has((tokens[verb] as Token).key) && !self) return null;
  // Goods, not money: a count of something, or a word of goods, before any amount.
  let goods = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (hide[i] !== 0) continue;
    const k = a.numIn[i] as number;
    if (k >= 0) {
      const ex = a.nums[k] as (typeof a.nums)[number];
      if (ex.strength !== S_PLAIN) break;
      const n = tokens[ex.end];
      if (n !== undefined && n.type === T_WORD && ((n.f & F_UNIT) !== 0 || (hide[ex.end] === 0 && !isSoft(n) &&
        (n.f & F_DURATION) === 0))) goods = true;
      i = ex.end - 1;
      continue;
    }
    if (t.type === T_WORD && t.info === null && !isSoft(t) && t.key.length >= 3) goods = true;
    if (t.type === T_NUM) break;
  }
  return goods ? { hide, goods } : null;
}

export function detectOwnUse(a: Analysis): ParseResult | null {
  const r = readOwnUse(a);
  if (!r) return null;
  const scan = scanRecord(hiddenView(a, r.hide), { kind: 'withdrawal', verbSeen: true, strong: true });
  const c = new Confidence(0.95);
  const entries = scan.entries.filter((e) => e.kind === 'withdrawal').map((e) => {
    c.cap(e.confidence);
    for (const n of e.notes) if (!c.notes.includes(n)) c.notes.push(n);
    return { kind: e.kind, amount: e.amount, item: e.item, quantity: e.quantity, unit: e.unit, unitPrice: e.unitPrice };
  });
  if (entries.length !== scan.entries.length) return null;
  const unresolved: UnresolvedEntry[] = scan.unresolved.map((u) => ({ ...u, kind: 'withdrawal' }));
  if (entries.length === 0 && unresolved.length === 0) return null;
  // Goods for home without a price: what they are worth is asked.
  if (unresolved.length > 0) c.cap(C_NOT_FACT, unresolved[0]?.reason ?? 'no_amount');
  if (scan.leftover > 0) c.cap(0.5, 'unaccounted_number');
  if (a.question) c.cap(0.5, 'question');
  if (a.truncated) c.cap(0.5, 'truncated');
  c.notes.push('own_use');
  let date = a.today;
  for (const m of a.dates) {
    if (m.date !== null && !m.future) {
      date = m.date;
      break;
    }
  }
  if (a.dates.some((m) => m.future || m.date === null)) c.cap(C_NOT_FACT, 'future_date');
  const out: ParseResult = { intent: 'record', entries, date, confidence: round2(c.value), notes: c.notes };
  if (unresolved.length > 0) out.unresolved = unresolved;
  return out;
}

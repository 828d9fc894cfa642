/**
 * Issue #8 intents: the books that forgive and tell the truth.
 *
 *   delete_entry      "hapus 3", "hapus no 3", "/hapus 3"
 *   correction        "ralat 150rb", "salah, harusnya 150rb", "bukan 12 tapi 10", "ralat: laku 10 bros @15rb"
 *   list_entries      "/catatan", "lihat catatan"
 *   list_open         "/pesanan", "/piutang", "daftar pesanan", "siapa yang belum bayar"
 *   payment_received  "Bu Tin bayar 270rb", "pesanan Bu Sri lunas", "hutang Bu Tin dibayar 100rb"
 *   order             "pesanan 10 kerudung bordir @85rb dari Bu Sri, DP 425rb, selesai 15 Des"
 *   set_price         "/harga emping 80rb/kg", "harga emping 80rb per kg"
 *   credit            "laku 3 kerudung @90rb, belum bayar Bu Tin" (a field of `record`)
 *
 * Same style as intents.ts: each detector looks at the analysed message and returns a
 * result or null; index.ts decides the order. Customers are named with a title ("Bu Tin",
 * "Pak Joko"): a bare word after "bayar" is too often a thing ("bayar sewa"), so only the
 * explicit credit markers accept an untitled name, and then the bot asks first.
 */
import type { IsoDate } from '../core/dates.ts';
import { firstSignificant, isSoft, type Analysis } from './analyze.ts';
import { S_GROUPED, S_MONEY, S_PLAIN, type NumExpr } from './amount.ts';
import { C_DOUBT, C_NOT_FACT, C_PARTIAL, Confidence, round2 } from './confidence.ts';
import { dueDateAt } from './dates.ts';
import { readSegment, type EntryOut } from './entries.ts';
import {
  F_DATE, F_DURATION, F_EXPENSE, F_FILLER, F_FUTURE, F_NEG, F_NUMWORD, F_PAYVERB, F_PERIOD, F_PRICE, F_QUESTION,
  F_RECAP, F_REPAY, F_SALE, F_SCALE, F_SLANG, F_TOTAL, F_UNDO, F_UNIT, F_WEAK, G_CAPITAL, G_CONJ, G_CORRECT, G_CREDIT,
  G_EACH, G_GREETING, G_HONORIFIC, G_ITEM_FILLER, G_LOAN, G_MONTH, G_ORDER, G_PER, G_THANKS, G_WITHDRAW,
} from './lexicon.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { splitSegments } from './lines.ts';
import { M_ORDINAL, M_PERCENT } from './marks.ts';
import type { ParsedEntry, ParseResult } from './types.ts';

// ---- shared helpers ----------------------------------------------------------------------

function exAt(a: Analysis, i: number): NumExpr | null {
  const k = a.numIn[i];
  return k === undefined || k < 0 ? null : (a.nums[k] as NumExpr);
}

function done<T extends ParseResult>(r: T, c: Confidence): T {
  r.confidence = round2(c.value);
  if (c.notes.length > 0) r.notes = c.notes;
  return r;
}

function isWordKey(t: Token | undefined, keys: ReadonlySet<string>): boolean {
  return t !== undefined && t.type === T_WORD && keys.has(t.key);
}

/** A token that is money beyond doubt (a scale, currency, grouping) or a plain number ≥ 1.000. */
function moneyLike(ex: NumExpr): boolean {
  return ex.rupiah !== null && (ex.strength > S_PLAIN || ex.rupiah >= 1000);
}

/** Plain integer value of a number token even when it was marked (ordinal, date…). */
function rawInt(t: Token | undefined): number | null {
  if (!t || t.type !== T_NUM || !t.num || !t.num.ok || !t.num.plain) return null;
  return t.num.value.m;
}

const NAME_STOP = F_SALE | F_EXPENSE | F_REPAY | F_PAYVERB | F_UNIT | F_SCALE | F_NUMWORD | F_FILLER | F_NEG | F_FUTURE |
  F_QUESTION | F_TOTAL | F_PRICE | F_RECAP | F_UNDO | F_DATE | F_PERIOD | F_SLANG | F_DURATION;
const NAME_STOP2 = G_CONJ | G_LOAN | G_CREDIT | G_ORDER | G_WITHDRAW | G_CAPITAL | G_HONORIFIC | G_ITEM_FILLER |
  G_GREETING | G_THANKS | G_PER | G_EACH;
/** Words after a title that end a name although the lexicon does not know them. */
const NOT_NAME = new Set(['sisa', 'dp', 'lunas', 'pelunasan', 'sudah', 'udah', 'belum', 'depan', 'lagi', 'semua', 'ini',
  'itu', 'nya', 'tadi', 'selesai', 'diambil', 'jadi', 'deadline', 'ambil', 'kirim', 'dikirim', 'uang', 'muka', 'panjar',
  'hutangnya', 'utangnya', 'bonnya', 'pesanannya', 'bayarnya', 'ke', 'sama', 'sm', 'yg', 'x', 'kasih', 'kasi', 'yang']);

/**
 * A word that can be (part of) a name: one the lexicon does not know, or (after a title,
 * `strict` false) a month name ("Bu Juni", "Bu Mei"). Keywords are never names.
 */
function nameWord(t: Token | undefined, strict: boolean): boolean {
  if (!t || t.type !== T_WORD) return false;
  if (t.key.length < 2 || t.key.length > 20 || NOT_NAME.has(t.key) || t.key !== t.text && t.info !== null) return false;
  if (t.info === null) return true;
  if (strict) return false;
  return (t.f & NAME_STOP) === 0 && (t.f2 & NAME_STOP2) === 0 && (t.f2 & G_MONTH) !== 0 && t.f === 0;
}

function titleCase(words: string[]): string {
  return words.map((w) => (w.length > 0 ? (w[0] as string).toUpperCase() + w.slice(1) : w)).join(' ');
}

export interface Customer {
  name: string;
  /** Token range of the title and name. */
  start: number;
  end: number;
  /** Written with a title ("Bu Tin"), not a bare word. */
  titled: boolean;
}

/** "Bu Tin", "pak joko", "Mbak Rina Sari" at token i (a title and one or two name words). */
export function customerAt(a: Analysis, i: number): Customer | null {
  const t = a.tokens[i];
  if (!t || t.type !== T_WORD || (t.f2 & G_HONORIFIC) === 0 || a.marks[i] !== 0) return null;
  const n1 = a.tokens[i + 1];
  if (!nameWord(n1, false) || a.marks[i + 1] !== 0) return null;
  const words = [t.text, (n1 as Token).text];
  let end = i + 2;
  if (nameWord(a.tokens[end], true) && a.marks[end] === 0) {
    words.push((a.tokens[end] as Token).text);
    end++;
  }
  return { name: titleCase(words), start: i, end, titled: true };
}

/** The first titled customer in [from, to). */
function findCustomer(a: Analysis, from = 0, to = a.tokens.length): Customer | null {
  for (let i = from; i < to; i++) {
    const c = customerAt(a, i);
    if (c) return c;
  }
  return null;
}

const PAY_KEYS = new Set(['bayar', 'membayar', 'dibayar', 'transfer', 'tf', 'nyicil', 'cicil', 'mencicil', 'lunas',
  'lunasi', 'melunasi', 'pelunasan', 'lunasin', 'bayarin', 'nransfer', 'ditransfer', 'bayaran']);
const SETTLE_KEYS = new Set(['lunas', 'lunasi', 'melunasi', 'pelunasan', 'lunasin']);
/** Pay words that are passive or name the settling itself: the customer may come after them. */
const NEUTRAL_PAY = new Set(['dibayar', 'lunas', 'pelunasan', 'ditransfer', 'bayaran']);
const DP_KEYS = new Set(['dp', 'panjar', 'persekot', 'terima dp', 'depe']);

function isDpAt(a: Analysis, i: number): number {
  const t = a.tokens[i] as Token;
  if (t.type !== T_WORD) return 0;
  if (DP_KEYS.has(t.key)) return 1;
  const n = a.tokens[i + 1];
  if ((t.key === 'uang' || t.key === 'duit') && n?.key === 'muka') return 2;
  if (t.key === 'tanda' && n?.key === 'jadi') return 2;
  return 0;
}

function hasQuantityNumber(a: Analysis): boolean {
  const { tokens } = a;
  for (const ex of a.nums) {
    if (ex.strength !== S_PLAIN || ex.value === null) continue;
    const n = tokens[ex.end];
    if (n && n.type === T_WORD && (n.f & F_UNIT) !== 0) return true;
    if (n && n.type === T_WORD && n.info === null && (ex.rupiah === null || ex.rupiah < 1000)) return true;
  }
  for (const t of tokens) if (t.type === T_PUNCT && t.text === '@') return true;
  return false;
}

/** The first amount in [from, to) that can be money, else the first unusable one (to say why). */
function firstAmount(a: Analysis, from: number, to: number, skip?: Uint8Array): NumExpr | null {
  let bad: NumExpr | null = null;
  for (const ex of a.nums) {
    if (ex.start < from || ex.start >= to || (skip && skip[ex.start] !== 0)) continue;
    if (ex.rupiah !== null) return ex;
    bad ??= ex;
  }
  return bad;
}

function capAmount(c: Confidence, ex: NumExpr): void {
  if (ex.strength === S_MONEY) c.cap(0.95);
  else if (ex.strength === S_GROUPED) c.cap(0.93);
  else if (ex.rupiah !== null && ex.rupiah >= 1000) c.cap(0.85);
  else c.cap(C_PARTIAL, 'small_plain_number');
  if (ex.ambiguous) c.cap(0.6, 'ambiguous_amount');
  if (ex.approx) c.cap(0.8, 'approximate');
}

function notFactWords(a: Analysis): boolean {
  for (const t of a.tokens) if (t.type === T_WORD && (t.f & F_FUTURE) !== 0) return true;
  return a.dates.some((m) => m.future);
}

// ---- delete_entry: "hapus 3", "hapus no. 3", "/hapus 3" ------------------------------------

const DELETE_WORDS = new Set(['hapus', 'hapuskan', 'delete', 'hps']);
const DELETE_SKIP = new Set(['nomor', 'no', 'nomer', 'yang', 'catatan', 'entri', 'baris', 'item']);

export function detectDeleteEntry(a: Analysis, command: boolean): ParseResult | null {
  const { tokens } = a;
  const first = firstSignificant(a);
  const head = tokens[first];
  if (!head || head.type !== T_WORD) return null;
  const isDelete = DELETE_WORDS.has(head.key) || (command && (head.key === 'batal' || head.key === 'batalkan'));
  const batalWithNumber = (head.key === 'batal' || head.key === 'batalkan') && isWordKey(tokens[first + 1], new Set(['nomor']));
  if (!isDelete && !batalWithNumber) return null;
  let j = first + 1;
  let ordinal = false;
  while (j < tokens.length) {
    const t = tokens[j] as Token;
    if (t.type === T_WORD && DELETE_SKIP.has(t.key)) {
      if (t.key === 'nomor') ordinal = true;
      j++;
    } else if (t.type === T_PUNCT && (t.text === '.' || t.text === '#' || t.text === ':')) j++;
    else break;
  }
  const numTok = tokens[j];
  const n = rawInt(numTok);
  if (n === null) return null;
  if (n < 1 || n > 99) {
    // "hapus 100": the list is numbered 1–99; do not guess which entry is meant.
    return exAt(a, j)?.strength === S_MONEY ? null : { intent: 'unknown', confidence: C_PARTIAL, notes: ['index_out_of_range'] };
  }
  // A money amount or a quantity of goods is not a list number ("hapus 50rb", "hapus 3 bros").
  const ex = exAt(a, j);
  if (ex && ex.end > j + 1) return null;
  for (let k = j + 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.type === T_PUNCT || t.type === T_NL) continue;
    if (t.type === T_WORD && (isSoft(t) || t.key === 'ya' || t.key === 'aja')) continue;
    return null;
  }
  const c = new Confidence(command || ordinal || a.marks[j] === M_ORDINAL ? 0.95 : 0.9);
  if (a.question) c.cap(C_PARTIAL, 'question');
  return done({ intent: 'delete_entry', index: n, confidence: 0 }, c);
}

// ---- correction ------------------------------------------------------------------------------

const CORRECT_LEAD = new Set(['salah', 'keliru', 'eh', 'maaf', 'sorry', 'ups', 'oops', 'waduh']);
const BUT_WORDS = new Set(['tapi', 'melainkan', 'tetapi']);
const BUKAN = new Set(['bukan']);

/** "@15rb", "harga 15rb", "15rb per biji", "15rb/pcs": the amount is a unit price. */
function isUnitPrice(a: Analysis, ex: NumExpr): boolean {
  const before = a.tokens[ex.start - 1];
  const after = a.tokens[ex.end];
  if (before && ((before.type === T_PUNCT && before.text === '@') || (before.type === T_WORD && (before.f & F_PRICE) !== 0 && before.key !== 'seharga'))) return true;
  if (after && after.type === T_PUNCT && after.text === '/') return true;
  return after !== undefined && after.type === T_WORD && (after.f2 & (G_PER | G_EACH)) !== 0;
}

interface CorrNum {
  ex: NumExpr;
  money: boolean;
}

function corrNum(a: Analysis, i: number): CorrNum | null {
  const ex = exAt(a, i);
  if (!ex || ex.value === null) return null;
  return { ex, money: moneyLike(ex) && !(ex.strength === S_PLAIN && ex.rupiah !== null && ex.rupiah < 1000) };
}

/** "bukan 12 tapi 10" / "harusnya 10 bukan 12" / "dari 12 jadi 10": [from, to] number tokens. */
function fromTo(a: Analysis, start: number): { from: CorrNum; to: CorrNum } | null {
  const { tokens } = a;
  const numAfter = (i: number, limit: number): { n: CorrNum; end: number } | null => {
    for (let j = i; j < tokens.length && j < i + limit; j++) {
      const n = corrNum(a, j);
      if (n) return { n, end: n.ex.end };
      const t = tokens[j] as Token;
      if (t.type === T_NUM || t.type === T_NL) return null;
    }
    return null;
  };
  for (let i = start; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (t.key === 'bukan' || (t.key === 'dari' && i <= start + 2)) {
      const x = numAfter(i + 1, 3);
      if (!x) continue;
      for (let j = x.end; j < tokens.length && j < x.end + 5; j++) {
        const b = tokens[j] as Token;
        if (b.type === T_WORD && (BUT_WORDS.has(b.key) || (t.key === 'dari' && (b.key === 'jadi' || b.key === 'ke')))) {
          const y = numAfter(j + 1, 4);
          if (y) return { from: x.n, to: y.n };
        }
      }
    } else if ((t.f2 & G_CORRECT) !== 0 || t.key === 'jadi') {
      // "harusnya 10 bukan 12"
      const y = numAfter(i + 1, 3);
      if (!y) continue;
      for (let j = y.end; j < tokens.length && j < y.end + 4; j++) {
        const b = tokens[j] as Token;
        if (b.type === T_WORD && b.key === 'bukan') {
          const x = numAfter(j + 1, 3);
          if (x) return { from: x.n, to: y.n };
        }
      }
    }
  }
  return null;
}

export function detectCorrection(a: Analysis, command: boolean): ParseResult | null {
  const { tokens } = a;
  const first = firstSignificant(a);
  const head = tokens[first];
  if (!head) return null;
  // The cue: "ralat", "koreksi", "harusnya" first; or "salah/keliru/eh" first and a
  // correction word, "bukan", or a number soon after; or "bukan X tapi Y" anywhere early.
  let cueEnd = -1;
  if (command || (head.type === T_WORD && (head.f2 & G_CORRECT) !== 0)) cueEnd = first + 1;
  else if (head.type === T_WORD && CORRECT_LEAD.has(head.key)) {
    for (let j = first + 1; j < tokens.length && j < first + 5; j++) {
      const t = tokens[j] as Token;
      if (t.type === T_WORD && ((t.f2 & G_CORRECT) !== 0 || t.key === 'bukan')) {
        cueEnd = j + 1;
        break;
      }
      if (exAt(a, j) && head.key !== 'eh' && head.key !== 'maaf') {
        cueEnd = j;
        break;
      }
    }
  } else if (head.type === T_WORD && head.key === 'bukan') cueEnd = first;
  if (cueEnd < 0) return null;
  // "salah input 50rb, harusnya 5rb": what follows the last correction word is the new value.
  for (let j = cueEnd; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.type === T_WORD && (t.f2 & G_CORRECT) !== 0 && !isWordKey(tokens[j + 2], BUKAN)) cueEnd = j + 1;
  }
  if (tokens.slice(0, first).some((t) => t.type === T_WORD && (t.f & F_NEG) !== 0)) return null;

  const c = new Confidence(0.9);
  if (a.question) c.cap(C_PARTIAL, 'question');
  if (a.truncated) c.cap(C_PARTIAL, 'truncated');

  // 1. "bukan 12 tapi 10", "harusnya 10 bukan 12", "ralat dari 150rb jadi 120rb".
  const ft = fromTo(a, first);
  if (ft) {
    if (ft.to.money || ft.from.money) {
      if (ft.to.ex.rupiah === null) return done({ intent: 'correction', amount: null, quantity: null, confidence: 0 }, capBad(c, ft.to.ex));
      capAmount(c, ft.to.ex);
      return done({ intent: 'correction', amount: ft.to.ex.rupiah, quantity: null, confidence: 0 }, c);
    }
    const to = ft.to.ex.value;
    const from = ft.from.ex.value;
    if (to === null || to.s !== 0 || to.m <= 0 || to.m > 1_000_000) return null;
    const fromN = from !== null && from.s === 0 ? from.m : null;
    return done({ intent: 'correction', amount: null, quantity: { from: fromN, to: to.m }, confidence: 0 }, c);
  }
  if (head.key === 'bukan' && !command) return null;

  // 2. A full new line after the cue: "ralat: laku 10 bros @15rb".
  let hasVerb = false;
  for (let j = cueEnd; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.type === T_WORD && t.info?.kind !== undefined && ((t.f & (F_SALE | F_EXPENSE)) !== 0 || (t.f2 & (G_WITHDRAW | G_CAPITAL)) !== 0)) {
      hasVerb = true;
      break;
    }
  }
  const read = readRest(a, cueEnd, hasVerb ? null : 'sale');
  if (hasVerb && read.entries.length > 0) {
    const entries: ParsedEntry[] = [];
    for (const e of read.entries) {
      c.cap(e.confidence);
      for (const n of e.notes) if (!c.notes.includes(n)) c.notes.push(n);
      entries.push({ kind: e.kind, amount: e.amount, item: e.item, quantity: e.quantity, unit: e.unit, unitPrice: e.unitPrice });
    }
    return done({ intent: 'correction', amount: null, quantity: null, entries, confidence: 0 }, c);
  }

  // 3. A lone number: money when it looks like money, else a quantity ("ralat 10", "jumlahnya 10");
  //    a unit price when marked as one ("harusnya 15rb per biji", "ralat @15rb").
  const lone = firstAmount(a, cueEnd, tokens.length);
  if (lone && a.nums.filter((e) => e.start >= cueEnd).length === 1) {
    if (moneyLike(lone) || (lone.rupiah !== null && isUnitPrice(a, lone))) {
      capAmount(c, lone);
      if (isUnitPrice(a, lone)) {
        return done({ intent: 'correction', amount: null, quantity: null, unitPrice: lone.rupiah as number, confidence: 0 }, c);
      }
      return done({ intent: 'correction', amount: lone.rupiah, quantity: null, confidence: 0 }, c);
    }
    const v = lone.value;
    if (v !== null && v.s === 0 && v.m > 0 && v.m < 1000) {
      return done({ intent: 'correction', amount: null, quantity: { from: null, to: v.m }, confidence: 0 }, c);
    }
    return done({ intent: 'correction', amount: null, quantity: null, confidence: 0 }, capBad(c, lone));
  }

  // 4. "koreksi 10 bros @15rb", "ralat 2 mukena 500rb".
  const entry = read.entries[0];
  if (entry && !hasVerb) {
    c.cap(entry.confidence);
    for (const n of entry.notes) if (n !== 'kind_guessed' && n !== 'quantity_missing' && !c.notes.includes(n)) c.notes.push(n);
    const quantity = entry.quantity !== null && entry.quantity > 0 && Number.isInteger(entry.quantity) ? { from: null, to: entry.quantity } : null;
    if (read.entries.length > 1) c.cap(C_DOUBT, 'several_amounts');
    return done({ intent: 'correction', amount: entry.amount, quantity, confidence: 0 }, c);
  }
  const q = read.unresolved[0];
  if (q && q.quantity !== null && q.quantity > 0 && Number.isInteger(q.quantity) && q.quantity <= 1_000_000) {
    return done({ intent: 'correction', amount: null, quantity: { from: null, to: q.quantity }, confidence: 0 }, c);
  }
  if (read.badReason !== null) return done({ intent: 'correction', amount: null, quantity: null, confidence: 0 }, capBadReason(c, read.badReason));
  return null;
}

function capBad(c: Confidence, ex: NumExpr): Confidence {
  return capBadReason(c, ex.problem ?? 'malformed');
}

function capBadReason(c: Confidence, reason: string): Confidence {
  c.cap(0.3, reason);
  return c;
}

/** Reads the entries written from token `from` on (segments cut at `from`), with an optional default kind. */
function readRest(a: Analysis, from: number, kind: 'sale' | null, hide?: Uint8Array): {
  entries: EntryOut[]; unresolved: { item: string | null; quantity: number | null; unit: string | null }[]; badReason: string | null;
} {
  const view = from > 0 || hide ? hiddenView(a, hide ?? null, from) : a;
  const { segments } = splitSegments(view);
  const entries: EntryOut[] = [];
  const unresolved: { item: string | null; quantity: number | null; unit: string | null }[] = [];
  let badReason: string | null = null;
  let carry = { kind: kind as EntryOut['kind'] | null, verbSeen: kind !== null, strong: kind !== null };
  for (const seg of segments) {
    if (seg.end <= from) continue;
    const r = readSegment(view, seg, carry);
    if (r.repay) continue;
    for (const e of r.entries) entries.push(e);
    for (const u of r.unresolved) {
      if (u.reason === 'no_amount') unresolved.push(u);
      else badReason ??= u.reason;
    }
    carry = { kind: r.kind, verbSeen: r.verbSeen, strong: r.strong };
  }
  return { entries, unresolved, badReason };
}

// ---- list_entries / list_open -----------------------------------------------------------------

const SHOW = new Set(['daftar', 'lihat', 'liat', 'cek', 'check', 'list', 'tampilkan', 'tampilin', 'show', 'kirim', 'minta',
  'semua', 'terakhir', 'terbaru', 'apa', 'saja', 'aja', 'mana', 'buka', 'open', 'yang', 'masih', 'belum', 'selesai',
  'terbuka', 'aktif', 'berjalan', 'jalan', 'ku', 'saya', 'list']);
const ENTRIES_WORDS = new Set(['catatan', 'catatanku', 'catatannya', 'entri', 'entries']);
const ORDERS_WORDS = new Set(['pesanan', 'order', 'orders', 'pesananku', 'pesanannya']);
const RECEIVABLE_WORDS = new Set(['piutang', 'piutangku', 'bon', 'kasbon', 'hutang', 'utang', 'ngutang', 'bonnya', 'tagihan']);

/** Only `topic` words, show words and fillers (no number, no name): "lihat catatan", "daftar pesanan". */
function onlyTopic(a: Analysis, topic: ReadonlySet<string>): boolean {
  let seen = false;
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (t.type === T_NUM) return false;
    if (t.type !== T_WORD) continue;
    if (topic.has(t.key)) seen = true;
    else if (!(SHOW.has(t.key) || isSoft(t) || (t.f & F_QUESTION) !== 0)) return false;
  }
  return seen;
}

/** "belum ada pesanan": a statement, not a request for the list. */
function negatedTopic(a: Analysis, topic: ReadonlySet<string>): boolean {
  for (const t of a.tokens) {
    if (t.type !== T_WORD) continue;
    if (topic.has(t.key)) return false;
    if ((t.f & F_NEG) !== 0) return true;
  }
  return false;
}

export function detectListEntries(a: Analysis, command: boolean): ParseResult | null {
  if (!command && !onlyTopic(a, ENTRIES_WORDS)) return null;
  if (!command && a.wordCount > 5) return null;
  return { intent: 'list_entries', confidence: command ? 0.99 : 0.9 };
}

export function detectListOpen(a: Analysis, command: 'orders' | 'receivables' | null): ParseResult | null {
  if (command) return { intent: 'list_open', what: command, confidence: 0.99 };
  if (a.nums.length > 0 || a.wordCount > 8) return null;
  if (onlyTopic(a, ORDERS_WORDS) && !negatedTopic(a, ORDERS_WORDS)) {
    const c = new Confidence(0.9);
    if (a.wordCount === 1) c.cap(0.85);
    return done({ intent: 'list_open', what: 'orders', confidence: 0 }, c);
  }
  // "siapa yang belum bayar", "siapa aja yang masih hutang", "daftar piutang", "piutang"
  let who = false;
  let unpaid = false;
  let receivable = false;
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (t.key === 'siapa') who = true;
    if (t.key === 'piutang' || t.key === 'piutangku') receivable = true;
    if ((t.key === 'bayar' || t.key === 'lunas' || t.key === 'dibayar') && (a.tokens[i - 1]?.f ?? 0) & F_NEG) unpaid = true;
    if ((t.key === 'hutang' || t.key === 'utang' || t.key === 'ngutang' || t.key === 'bon' || t.key === 'ngebon') && who) unpaid = true;
  }
  if ((who && unpaid) || (receivable && onlyTopic(a, RECEIVABLE_WORDS))) {
    return { intent: 'list_open', what: 'receivables', confidence: 0.9 };
  }
  return null;
}

// ---- payment_received ------------------------------------------------------------------------

/** Words of a member's own loan or group dues: with them a named person paying is not a customer. */
const MEMBER_LOAN = new Set(['angsuran', 'setoran', 'pinjaman', 'koperasi', 'kelompok', 'bank', 'cicilan', 'arisan', 'iuran']);

export function detectPaymentReceived(a: Analysis): ParseResult | null {
  if ((a.f2 & G_HONORIFIC) === 0 || !a.tokens.some((t) => PAY_KEYS.has(t.key) || DP_KEYS.has(t.key) || t.key === 'muka')) return null;
  const { tokens } = a;
  const cust = findCustomer(a);
  if (!cust) return null;
  let pay = -1;
  let dp = -1;
  let settled = false;
  let order = false;
  let sisa = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (i >= cust.start && i < cust.end) continue;
    if (PAY_KEYS.has(t.key)) {
      const before = tokens[i - 1];
      if (before && before.type === T_WORD && (before.f & F_NEG) !== 0) return null; // "Bu Tin belum bayar"
      // Next to the name: "Bu Tin (sudah) bayar", "hutang Bu Tin dibayar", "pelunasan pesanan Bu Sri".
      const gap = i >= cust.end ? i - cust.end : cust.start - i - 1;
      const ok = gap <= 3 && (i > cust.start || NEUTRAL_PAY.has(t.key) ||
        ((tokens[cust.start - 1]?.f2 ?? 0) & (G_CREDIT | G_ORDER)) !== 0 || tokens[cust.start - 1]?.key === 'dari');
      if (ok && pay < 0) pay = i;
      if (SETTLE_KEYS.has(t.key)) settled = true;
    }
    if ((t.f2 & G_ORDER) !== 0) order = true;
    if (t.key === 'sisa' || t.key === 'sisanya' || t.key === 'kekurangan' || t.key === 'kurangnya') sisa = true;
    if (MEMBER_LOAN.has(t.key)) return null;
    // A sale or purchase in the same message is a credit sale or an expense, not a payment.
    if ((t.f & (F_SALE | F_EXPENSE)) !== 0 && (t.f & F_WEAK) === 0) return null;
    if (isDpAt(a, i) > 0) dp = i;
  }
  // "dp pesanan Bu Sri 200rb": a down payment on an order already taken (one amount only;
  // "pesanan Bu Sri 850rb dp 425rb" is a new order).
  if (dp >= 0) {
    if (!order || pay >= 0 || a.nums.length !== 1) return null;
    pay = dp;
  }
  if (pay < 0) return null;
  if (hasQuantityNumber(a)) return null;
  if (sisa) order = true;
  const c = new Confidence(0.95);
  const ex = firstAmount(a, 0, tokens.length);
  let amount: number | null = null;
  if (ex) {
    if (ex.rupiah === null) c.cap(0.3, ex.problem ?? 'malformed');
    else {
      amount = ex.rupiah;
      capAmount(c, ex);
    }
    if (a.nums.filter((e) => e.rupiah !== null).length > 1) c.cap(C_DOUBT, 'several_amounts');
  } else if (!settled) c.cap(C_PARTIAL, 'no_amount');
  if (a.question) c.cap(C_PARTIAL, 'question');
  if (notFactWords(a)) c.cap(C_NOT_FACT, 'not_a_fact');
  if (a.truncated) c.cap(C_PARTIAL, 'truncated');
  return done({ intent: 'payment_received', customer: cust.name, amount, settled, order, confidence: 0 }, c);
}

// ---- order -------------------------------------------------------------------------------------

const ORDER_LEAD_OK = new Set(['ada', 'dapat', 'dapet', 'terima', 'masuk', 'baru', 'nerima', 'catat', 'ini']);
const DUE_WORDS = new Set(['selesai', 'diambil', 'ambil', 'jadi', 'deadline', 'dl', 'dikirim', 'kirim', 'diantar', 'antar',
  'tempo', 'sampai', 'acara', 'dipakai', 'pakai', 'untuk', 'buat', 'utk', 'tanggal', 'jatuh', 'tgl', 'kelar', 'beres', 'siap',
  'jemput', 'dijemput', 'pengambilan', 'due']);
const DUE_SKIP = new Set(['pada', 'nya', 'di', 'paling', 'lambat', 'tempo', 'sebelum', 'hari']);
const AMBIGUOUS_ORDER = new Set(['pesan', 'pesen', 'memesan', 'dipesan']);

export function detectOrder(a: Analysis, command: boolean): ParseResult | null {
  if ((a.f2 & G_ORDER) === 0) return null;
  const { tokens } = a;
  const n = tokens.length;
  const firstMoney = a.nums.find((e) => e.strength === S_MONEY || e.strength === S_GROUPED);
  // The order word: leading (only fillers, "ada", "dapat" or a customer before it), before any amount.
  let o = -1;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_WORD && (t.f2 & G_ORDER) !== 0) {
      o = i;
      break;
    }
  }
  if (o < 0 || (firstMoney && firstMoney.start < o)) return null;
  for (let i = 0; i < o; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_PUNCT) continue;
    const cust = customerAt(a, i);
    if (cust && cust.end <= o) {
      i = cust.end - 1;
      continue;
    }
    if (t.type === T_WORD && (t.f & F_NEG) !== 0) return null; // "belum ada pesanan"
    if (t.type === T_WORD && (t.f & F_FUTURE) !== 0 && a.dates.every((m) => m.start !== i)) return null; // "mau pesan"
    if (t.type === T_WORD && (isSoft(t) || ORDER_LEAD_OK.has(t.key))) continue;
    return null;
  }
  const before = tokens[o - 1];
  if (before && before.type === T_WORD && (before.f2 & G_ITEM_FILLER) !== 0) return null; // "dari pesanan wisuda"

  const hide = new Uint8Array(n);
  for (let i = 0; i <= o; i++) hide[i] = 1;

  // Customer: "dari Bu Sri", "untuk Pak Joko", "Bu Sri pesan …".
  const cust = findCustomer(a);
  if (cust) {
    for (let i = cust.start; i < cust.end; i++) hide[i] = 1;
    const p = tokens[cust.start - 1];
    if (p && p.type === T_WORD && ((p.f2 & G_ITEM_FILLER) !== 0 || p.key === 'an' || p.key === 'punya')) hide[cust.start - 1] = 1;
  }
  if (AMBIGUOUS_ORDER.has((tokens[o] as Token).key) && !cust) return null; // "pesan saya tadi…"

  // Down payment: "DP 425rb", "uang muka 200rb", "panjar 50%".
  let downPayment: number | null = null;
  let dpEx: NumExpr | null = null;
  let dpPercent: number | null = null;
  let dpSeen = false;
  for (let i = 0; i < n; i++) {
    const w = isDpAt(a, i);
    if (w === 0) continue;
    dpSeen = true;
    for (let k = i; k < i + w; k++) hide[k] = 1;
    for (let j = i + w; j < n && j < i + w + 4; j++) {
      const ex = exAt(a, j);
      if (ex) {
        dpEx = ex;
        for (let k = ex.start; k < ex.end; k++) hide[k] = 1;
        break;
      }
      const t = tokens[j] as Token;
      if (a.marks[j] === M_PERCENT && t.type === T_NUM) {
        const p = rawInt(t);
        if (p !== null && p > 0 && p <= 100) dpPercent = p;
        break;
      }
      if (t.type === T_NUM || t.type === T_NL) break;
    }
    break;
  }

  // Due date: after a due word ("selesai 15 Des", "diambil besok", "deadline tgl 20"), else
  // any date that can only be ahead ("minggu depan", "besok"); a past date is the order's day.
  let dueDate: IsoDate | null = null;
  let dueBad = false;
  let date = a.today;
  for (let i = 0; i < n && dueDate === null; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || !DUE_WORDS.has(t.key)) continue;
    let j = i + 1;
    while (j < n && j < i + 4) {
      const s = tokens[j] as Token;
      if (s.type === T_PUNCT || (s.type === T_WORD && DUE_SKIP.has(s.key))) j++;
      else break;
    }
    const d = dueDateAt(tokens, j, a.today) ?? (t.key === 'tanggal' ? dueDateAt(tokens, i, a.today) : null);
    if (d) {
      if (d.date === null) dueBad = true;
      else dueDate = d.date;
      for (let k = i; k < d.end; k++) hide[k] = 1;
    }
  }
  for (const m of a.dates) {
    // A day that can only be past ("kemarin", "2 hari lalu") is the day the order was taken.
    const d = dueDateAt(tokens, m.start, a.today);
    if (d === null) {
      if (m.date !== null && date === a.today) date = m.date;
    } else if (dueDate === null && d.date !== null && hide[m.start] === 0) {
      dueDate = d.date; // "pesanan … 15 Des" without a due word: an order's date is its due day
    }
  }
  if (dueDate === null) {
    for (let i = 0; i + 1 < n; i++) {
      const t = tokens[i] as Token;
      if ((t.key === 'minggu' || t.key === 'bulan' || t.key === 'pekan') && tokens[i + 1]?.key === 'depan') {
        const d = dueDateAt(tokens, i, a.today);
        if (d) dueDate = d.date;
        break;
      }
    }
  }

  // What, how many, at what price: the rest of the message read as a sale.
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_WORD && (DUE_WORDS.has(t.key) || t.key === 'depan' || t.key === 'lagi')) {
      // due words left over ("selesai minggu depan") end the item, they are not part of it
      hide[i] = 1;
    }
  }
  const read = readRest(a, 0, 'sale', hide);
  const e = read.entries[0];
  const u = read.unresolved[0];
  const c = new Confidence(0.95);
  let item: string | null = null;
  let quantity: number | null = null;
  let unit: string | null = null;
  let unitPrice: number | null = null;
  let total: number | null = null;
  if (e) {
    item = e.item;
    quantity = e.quantity;
    unit = e.unit;
    unitPrice = e.unitPrice;
    total = e.quantity === null && e.unitPrice !== null ? null : e.amount;
    if (e.quantity === null && e.unitPrice !== null) total = e.unitPrice;
    for (const note of e.notes) if (note !== 'kind_guessed' && note !== 'quantity_missing') c.cap(e.confidence > 0.35 ? e.confidence : 0.95, note);
    if (read.entries.length > 1) c.cap(C_DOUBT, 'several_amounts');
  } else if (u) {
    item = u.item;
    quantity = u.quantity;
    unit = u.unit;
  } else if (read.badReason !== null) {
    c.cap(0.3, read.badReason);
  }
  if (item === null) {
    // "pesanan Bu Sri 850rb": no goods written.
    const words = tokens.filter((t, i) => hide[i] === 0 && t.type === T_WORD && !isSoft(t) && t.info === null);
    if (words.length > 0 && words.length <= 3 && e === undefined && u === undefined) item = words.map((t) => t.text).join(' ');
  }
  if (dpEx) {
    if (dpEx.rupiah === null) c.cap(0.3, dpEx.problem ?? 'malformed');
    else {
      downPayment = dpEx.rupiah;
      capAmount(c, dpEx);
    }
  } else if (dpPercent !== null) {
    if (total !== null && (total * dpPercent) % 100 === 0) {
      downPayment = (total * dpPercent) / 100;
      c.cap(0.85, 'dp_percent');
    } else c.cap(C_DOUBT, 'dp_percent');
  } else if (dpSeen) c.cap(C_DOUBT, 'dp_without_amount');

  if (!cust && downPayment === null && total === null && unitPrice === null) return null; // "pesanan 200 bros untuk wisuda 12/12"
  if (total === null && downPayment === null) c.cap(C_DOUBT, 'no_amount');
  else if (total === null) c.cap(0.75, 'no_total'); // a DP but no price: the balance is unknown
  if (!cust) c.cap(0.85, 'no_customer');
  if (item === null) c.cap(0.7, 'no_item');
  if (downPayment !== null && total !== null && downPayment > total) c.cap(C_PARTIAL, 'dp_exceeds_total');
  if (dueBad) c.cap(C_DOUBT, 'invalid_due_date');
  if (a.question) c.cap(C_PARTIAL, 'question');
  if (a.truncated) c.cap(C_PARTIAL, 'truncated');
  if (command) c.cap(0.99);
  return done({
    intent: 'order', customer: cust ? cust.name : null, item, quantity, unit, unitPrice, total, downPayment, dueDate, date,
    confidence: 0,
  }, c);
}

// ---- set_price ---------------------------------------------------------------------------------

export function detectSetPrice(a: Analysis, command: boolean): ParseResult | null {
  if (!command && (a.f & F_PRICE) === 0) return null;
  const { tokens } = a;
  let first = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_WORD && (t.key === 'harga' || t.key === 'price')) {
      first = i;
      break;
    }
    if (!(t.type === T_PUNCT || isSoft(t))) break;
  }
  if (command && first < 0) first = 0; // "/harga": the command word is the first token
  if (first < 0) return null;
  if (a.question || (a.f & (F_SALE | F_EXPENSE)) !== 0) return null;
  const money = a.nums.filter((e) => e.value !== null);
  if (money.length !== 1) return command ? { intent: 'unknown', confidence: 0.5, notes: ['price_not_read'] } : null;
  const ex = money[0] as NumExpr;
  // Item: the words between "harga" and the amount (or after the amount when none before).
  const words: string[] = [];
  let unit: string | null = null;
  let perSeen = false;
  for (let i = first + 1; i < ex.start; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_WORD && ((t.f2 & G_PER) !== 0)) {
      perSeen = true;
      continue;
    }
    if (t.type === T_WORD && (t.f & F_UNIT) !== 0 && (perSeen || words.length > 0 && (tokens[i - 1]?.f2 ?? 0) & G_PER)) {
      unit = t.text;
      continue;
    }
    if (t.type === T_NUM) return null;
    if (t.type === T_WORD && !isSoft(t)) words.push(t.text);
  }
  // After the amount: "80rb/kg", "80rb per kg", "80rb sekilo".
  let j = ex.end;
  const after = tokens[j];
  if (after && ((after.type === T_PUNCT && after.text === '/') || (after.type === T_WORD && (after.f2 & G_PER) !== 0))) {
    const u = tokens[j + 1];
    if (u && u.type === T_WORD && (u.f & F_UNIT) !== 0) {
      unit = u.text;
      perSeen = true;
      j += 2;
    } else if (u && u.type === T_WORD && u.info === null) {
      unit = u.text;
      perSeen = true;
      j += 2;
    }
  } else if (after && after.type === T_WORD && (after.f2 & G_EACH) !== 0) {
    perSeen = true;
    if (after.key.startsWith('per') && after.key.length > 3) unit = after.key.slice(3);
    j++;
  }
  if (words.length === 0) {
    for (let i = j; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.type === T_WORD && !isSoft(t)) words.push(t.text);
      else if (t.type === T_NUM) return null;
    }
  }
  if (!command && !perSeen) return null; // "harga bros 15rb" states a price; only "/harga" or "per kg" sets one
  if (words.length === 0) return command ? { intent: 'unknown', confidence: 0.5, notes: ['no_item'] } : null;
  const c = new Confidence(command ? 0.95 : 0.9);
  if (ex.rupiah === null) return done({ intent: 'unknown', confidence: 0 }, capBad(c, ex));
  if (ex.strength === S_PLAIN && ex.rupiah < 100) c.cap(C_PARTIAL, 'small_plain_number');
  else if (ex.strength === S_PLAIN && ex.rupiah < 1000) c.cap(0.6, 'small_plain_number');
  if (ex.ambiguous) c.cap(0.6, 'ambiguous_amount');
  let item = words.join(' ');
  if (item.length > 60) item = item.slice(0, 60).trimEnd();
  return done({ intent: 'set_price', item, unitPrice: ex.rupiah, unit, confidence: 0 }, c);
}

// ---- credit inside a record ----------------------------------------------------------------

export interface CreditMark {
  /** The customer, or null when the marker names nobody ("belum bayar"). */
  customer: Customer | null;
  /** The marker uses a loan word ("hutang Bu Tin"), which must not make the record a loan mention. */
  loanWord: boolean;
  /** Token range of the marker (with a name next to it): hidden when the entries are read again. */
  start: number;
  end: number;
}

/** A view of the analysis in which the tokens flagged in `hide` (or outside [from, …)) do not exist. */
export function hiddenView(a: Analysis, hide: Uint8Array | null, from = 0): Analysis {
  const marks = new Uint8Array(a.marks);
  const numIn = new Int32Array(a.numIn);
  for (let i = 0; i < a.tokens.length; i++) {
    if (i < from || (hide && hide[i] !== 0)) {
      if (marks[i] === 0) marks[i] = 99;
      numIn[i] = -1;
    }
  }
  return { ...a, marks, numIn };
}

/** The analysis with the credit marker and the customer's name hidden. */
export function withoutCredit(a: Analysis, credit: CreditMark): Analysis {
  const hide = new Uint8Array(a.tokens.length);
  for (let i = credit.start; i < credit.end; i++) hide[i] = 1;
  if (credit.customer) for (let i = credit.customer.start; i < credit.customer.end; i++) hide[i] = 1;
  return hiddenView(a, hide);
}

const CREDIT_AFTER_SKIP = new Set(['sama', 'sm', 'ke', 'oleh', 'dari', 'an', 'atas', 'nama', 'punya', 'yang', 'yg', 'si']);

/** A bare name right after a credit marker ("dihutang Tina"): an unknown word. */
function bareNameAt(a: Analysis, i: number): Customer | null {
  const t = a.tokens[i];
  if (!nameWord(t, true) || a.marks[i] !== 0) return null;
  return { name: titleCase([(t as Token).text]), start: i, end: i + 1, titled: false };
}

function nameAfter(a: Analysis, i: number): Customer | null {
  let j = i;
  while (j < a.tokens.length && j < i + 3 && (isWordKey(a.tokens[j], CREDIT_AFTER_SKIP) || a.tokens[j]?.type === T_PUNCT && a.tokens[j]?.text === ':')) j++;
  return customerAt(a, j) ?? bareNameAt(a, j);
}

function nameBefore(a: Analysis, i: number): Customer | null {
  for (let s = Math.max(0, i - 3); s < i; s++) {
    const c = customerAt(a, s);
    if (c && c.end === i) return c;
  }
  return null;
}

/**
 * Credit markers: "belum bayar Bu Tin", "Bu Tin belum bayar", "dihutang Bu Tin", "bon Bu Tin",
 * "Bu Tin ngutang", "bayar nanti". Null when there is none.
 */
export function findCredit(a: Analysis): CreditMark | null {
  const { tokens } = a;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    let markEnd: number;
    const markStart = i;
    let strong: boolean;
    const next = tokens[i + 1];
    if ((t.key === 'belum' || t.key === 'masih') && next && next.type === T_WORD &&
      (next.key === 'bayar' || next.key === 'dibayar' || next.key === 'lunas' || next.key === 'membayar' ||
        (t.key === 'masih' && (next.f2 & G_CREDIT) !== 0))) {
      markEnd = i + 2;
      strong = true;
      if (tokens[markEnd]?.key === 'nya') markEnd++;
    } else if ((t.key === 'bayar' || t.key === 'bayarnya') && next?.key === 'nanti') {
      markEnd = i + 2;
      strong = true;
    } else if ((t.f2 & G_CREDIT) !== 0) {
      markEnd = i + 1;
      strong = t.key === 'dihutang' || t.key === 'ngutang' || t.key === 'dibon' || t.key === 'ngebon' || t.key === 'kasbon';
    } else continue;
    const after = nameAfter(a, markEnd);
    const customer = after ?? nameBefore(a, markStart);
    const loanWord = (t.f2 & G_LOAN) !== 0 || (next !== undefined && (next.f2 & G_LOAN) !== 0);
    if (customer) {
      return { customer, loanWord, start: Math.min(markStart, customer.start), end: Math.max(markEnd, customer.end) };
    }
    if (strong) return { customer: findCustomer(a), loanWord, start: markStart, end: markEnd };
    i = markEnd - 1;
  }
  return null;
}

/**
 * Change handed back: "pembeli bayar 50rb, kembalian 8rb" is a sale of 42rb — not an
 * expense of 50rb, not a sale of 50rb. The money handed over and the change are read
 * together (paid − change) and hidden from the rest of the message; whatever the rest
 * says is the goods, or a price to check the difference against ("laku 3 bros 45rb,
 * dibayar 50rb, kembalian 5rb": 45rb, checked).
 */
import type { Analysis } from './analyze.ts';
import type { NumExpr } from './amount.ts';
import type { EntryOut } from './entry-drafts.ts';
import { T_WORD, type Token } from './lexer.ts';
import { CHANGE_WORDS } from './money-owner.ts';
import type { RecordScan } from './scan-record.ts';
import { withoutTokens } from './stated-price.ts';
import { CONFIRMED_KIND } from './check-sums.ts';
import { customerAt } from './intents/customer.ts';
import { CROWD_BUYERS } from './takers.ts';
import { F_EXPENSE, F_SALE, F_WEAK } from './word-roles.ts';
import { present, trigger } from './triggers.ts';
import { numAt } from './number-at.ts';

/** Words before the money handed over: "bayar 50rb", "uangnya 50rb", "ngasih 100rb". */
const HANDED = new Set(['bayar', 'dibayar', 'bayarnya', 'membayar', 'uangnya', 'duitnya', 'uang', 'duit', 'kasih', 'ngasih', 'ngasi',
  'kasi', 'dikasih', 'nyerahin', 'ngasihin', 'pake', 'pakai', 'tf', 'transfer']);
/**
 * "kembali 26rb" after the money handed over is change too; so are Javanese krama "angsul", the
 * clipped "usuk" and "pengembalian" — words with other senses alone ("usuk" is a roof batten,
 * "pengembalian dana" a refund), so read only with money handed before and an amount after.
 */
const BACK = new Set(['kembali', 'balik', 'kembalinya', 'baliknya', 'angsul', 'angsulan', 'angsule', 'angsulipun', 'usuk', 'usuke',
  'usuknya', 'pengembalian', 'pengembaliannya', 'kembaliane', 'susuknya']);
/**
 * "sa kasih kembali 35rb", "sy kasih kembalian 100rb", "aku kasi susuk 3rb": her giving the change
 * back (and who gives it) before the change word; set aside with it, never goods.
 */
const GIVER = new Set(['kasih', 'kasi', 'ngasih', 'ngasi', 'kukasih', 'kukasi', 'kasihkan', 'berikan', 'beri', 'balikin',
  'kembaliin', 'sa', 'saya', 'sy', 'aku', 'ak', 'aq', 'gw', 'gue', 'beta', 'ku', 'kita', 'tak', 'trus', 'terus', 'lalu', 'tinggal']);
/** She hands the change back: "sy kembaliin 14rb", "dikembaliin 35rb" (an amount after it, and money handed before). */
const GIVE_BACK = new Set(['kembaliin', 'dikembaliin', 'ngembaliin', 'kembalikan', 'dikembalikan', 'mengembalikan', 'kembaliken',
  'dibalikin', 'balikin']);
/** "bayar pake 100rb": the word between the handing and its amount. */
const VIA = new Set(['pake', 'pakai', 'pakek', 'dengan', 'dgn', 'uang', 'duit']);
/** People who buy from her: the change is hers to give, so the difference is her sale. */
const BUYERS = new Set(['pembeli', 'pelanggan', 'orang', 'konsumen', 'customer', 'tetangga', 'yang', 'yg', 'langganan', 'tamu',
  'orangnya', 'pembelinya', 'pelanggannya', 'konsumennya', 'customernya', 'tamunya', ...CROWD_BUYERS]);

/**
 * The buyer said again as he or she ("jual ke bu Yati 85rb, dia bayar 100rb kembali 15rb"): no
 * goods — in her sale only ("beli gas 22rb, dia bayar 50rb …" leaves who "dia" is asked).
 */
const THIRD = new Set(['dia', 'beliau', 'doi', 'ia', 'de', 'dorang', 'mereka', 'ybs']);

export interface ChangeRead {
  /** The analysis without the money handed over and the change. */
  view: Analysis;
  /** Paid − change. */
  amount: number;
  /** Whose purchase it was: her sale (a buyer paid her) or her expense (she paid). */
  kind: 'sale' | 'expense';
}

/**
 * "bayar 100rb buat pulsa 25rb …, kembali 25rb", "pembeli kasih 50rb, beli kue …, sy kembaliin
 * 14rb": the money handed over earlier in the message, a handing word and its amount, nearest
 * before the change (and more than it). Its first token, or -1.
 */
function handedEarlier(a: Analysis, before: number, change: number): NumExpr | null {
  for (let k = before - 1; k >= 1; k--) {
    const ex = numAt(a, k);
    if (!ex || ex.start !== k || ex.rupiah === null || ex.rupiah <= change) continue;
    let h = k - 1;
    while (h > 0 && VIA.has(a.tokens[h]?.key ?? '')) h--;
    const w = a.tokens[h];
    if (w?.type === T_WORD && HANDED.has(w.key)) return ex;
  }
  return null;
}

const T_CHANGE = trigger(CHANGE_WORDS, BACK, GIVE_BACK);
/** The money handed over and the change, when both are written; null otherwise. */
export function readChange(a: Analysis): ChangeRead | null {
  if (!present(a, T_CHANGE)) return null;
  const { tokens } = a;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || !(CHANGE_WORDS.has(t.key) || BACK.has(t.key) || GIVE_BACK.has(t.key))) continue;
    let j = i + 1;
    if (tokens[j]?.key === 'nya') j++;
    const change = numAt(a, j);
    // The money handed over ends just before the change word (a comma between them is allowed).
    let k = i - 1;
    if (tokens[k]?.text === ',') k--;
    let paid = GIVE_BACK.has(t.key) ? null : numAt(a, k);
    let apart = false;
    const handedHere = paid !== null && HANDED.has(tokens[paid.start - 1]?.key ?? '');
    if (change && change.rupiah !== null && (!paid || !handedHere || paid.rupiah === null || paid.rupiah <= change.rupiah)) {
      paid = handedEarlier(a, i, change.rupiah);
      apart = paid !== null;
    }
    if (!change || !paid || change.rupiah === null || paid.rupiah === null || change.rupiah >= paid.rupiah) continue;
    if (apart) {
      // Only the handing and the change are hidden: what lies between is the goods bought.
      let from = paid.start - 1;
      while (from > 0 && VIA.has(tokens[from]?.key ?? '')) from--;
      const hide = new Uint8Array(tokens.length);
      for (let x = from; x < paid.end; x++) hide[x] = 1;
      for (let x = giverFrom(a, paid.end, i); x < change.end; x++) hide[x] = 1;
      return { view: withoutTokens(a, hide), amount: paid.rupiah - change.rupiah, kind: payerIsHer(a, from) ? 'expense' : 'sale' };
    }
    let handedAt = paid.start - 1;
    // "ngasih uang 100rb", "bayar pakai uang 50rb": the handing word before the money's own words.
    while (VIA.has(tokens[handedAt]?.key ?? '') && HANDED.has(tokens[handedAt - 1]?.key ?? '')) handedAt--;
    const handed = tokens[handedAt];
    if (!handed || handed.type !== T_WORD || !HANDED.has(handed.key)) continue;
    // "kasih 100rb kembali 10rb" is change only when a buyer or her sale is named: "kasih anak
    // 100rb, kembali 20rb" may be her own money coming back.
    if (BACK.has(t.key) && !CHANGE_WORDS.has(t.key) && handed.key !== 'uangnya' && handed.key !== 'duitnya' && handed.key !== 'bayar' &&
      handed.key !== 'dibayar' && !buyerNamed(a)) continue;
    const hide = new Uint8Array(tokens.length);
    for (let x = handedAt; x < change.end; x++) hide[x] = 1;
    return { view: withoutTokens(a, hide), amount: paid.rupiah - change.rupiah, kind: payerIsHer(a, handedAt) ? 'expense' : 'sale' };
  }
  return null;
}

// Without these words it reads nothing (its first test): its caller does not call it (guard-lists.ts says why).
readChange.words = T_CHANGE;

/** The first of the giver words just before the change word at `at` (not before `floor`). */
function giverFrom(a: Analysis, floor: number, at: number): number {
  let x = at;
  while (x - 1 >= floor && GIVER.has(a.tokens[x - 1]?.key ?? '') && a.tokens[x - 1]?.type === T_WORD) x--;
  return x;
}

/** A buyer named ("pembeli", "yg", a customer) or her own strong selling verb. */
function buyerNamed(a: Analysis): boolean {
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (BUYERS.has(t.key) || customerAt(a, i)) return true;
    if ((t.f & F_SALE) !== 0 && (t.f & F_WEAK) === 0) return true;
  }
  return false;
}

/** "beli gas bayar 50rb kembalian 28rb": she bought (a strong buying verb, no buyer named): her expense. */
function payerIsHer(a: Analysis, before: number): boolean {
  let buys = false;
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (BUYERS.has(t.key) || (i < before && customerAt(a, i))) return false;
    if ((t.f & F_SALE) !== 0 && (t.f & F_WEAK) === 0) return false;
    if ((t.f & F_EXPENSE) !== 0 && (t.f & F_WEAK) === 0) buys = true;
  }
  return buys;
}

/**
 * Fits the difference into the record read from the view: the goods without a price take
 * it; entries with a price are checked against it. Returns a doubt note, or null when the
 * record and the change agree.
 */
export function applyChange(ch: ChangeRead, scan: RecordScan): string | null {
  settleKinds(ch, scan);
  const priced = scan.entries.filter((e) => e.kind === ch.kind);
  // "…, orangnya kasih 100rb aku kembaliin 40rb": the buyer left alone is not goods without a price.
  const buyerOnly = (u: { item: string | null; quantity: number | null; reason: string }): boolean => u.reason === 'no_amount' &&
    u.quantity === null && u.item !== null && u.item.split(' ').every((x) => BUYERS.has(x) || HANDED.has(x) || (ch.kind === 'sale' && THIRD.has(x)));
  scan.unresolved = scan.unresolved.filter((u) => !buyerOnly(u));
  scan.wordsOnly = scan.wordsOnly.filter((u) => !buyerOnly(u));
  if (priced.length > 0) {
    let sum = 0;
    for (const e of priced) sum += e.amount;
    return sum === ch.amount ? null : 'change_mismatch';
  }
  if (scan.entries.length > 0 || scan.unresolved.length + scan.wordsOnly.length > 1) return 'change_unclear';
  // The goods without a price ("laku 3 bros", "beli gas") are what the difference paid for.
  const u = scan.unresolved.pop() ?? scan.wordsOnly.pop();
  const e: EntryOut = { kind: ch.kind, amount: ch.amount, item: u?.item ?? null, quantity: u?.quantity ?? null, unit: u?.unit ?? null,
    unitPrice: null, confidence: 0.9, notes: [], totalOnly: false };
  scan.entries.push(e);
  scan.change = false;
  return null;
}

/** Words around the goods that name who paid or what for ("pembeli buat pulsa" → "pulsa"). */
const NOT_GOODS = new Set([...BUYERS, 'buat', 'untuk', 'utk', 'bwt', 'ada', 'di']);

/**
 * "pembeli kasih 50rb, beli kue 3 kotak @12rb, sy kembaliin 14rb", "pembeli bayar 100rb buat
 * pulsa 25rb + paket data 50rb, kembali 25rb": when every entry read is priced and together
 * they are exactly what was handed over less the change, the arithmetic says they are what
 * the payer bought — of the change's kind (a named buyer's "beli" is her sale), whatever kind
 * the words alone gave or guessed.
 */
function settleKinds(ch: ChangeRead, scan: RecordScan): void {
  if (scan.entries.length === 0 || scan.unresolved.length > 0) return;
  let sum = 0;
  for (const e of scan.entries) sum += e.amount;
  if (sum !== ch.amount || scan.entries.every((e) => e.kind === ch.kind && e.notes.length === 0)) return;
  if (!scan.entries.every((e) => e.kind === 'sale' || e.kind === 'expense')) return;
  // (A cost noun's carried kind — "…, minyak 5L 90rb, gula 5kg 85rb" after a buyer's "beli" — is
  // such a guess too: the arithmetic says the buyer took them.)
  if (!scan.entries.every((e) => e.notes.every((n) => n === 'kind_guessed' || n === 'kind_carried'))) return;
  for (const e of scan.entries) {
    e.kind = ch.kind;
    e.notes = [];
    e.confidence = Math.max(e.confidence, CONFIRMED_KIND);
    if (e.item !== null) {
      const words = e.item.split(' ').filter((w) => !NOT_GOODS.has(w));
      e.item = words.length > 0 ? words.join(' ') : null;
    }
  }
}

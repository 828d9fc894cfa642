/**
 * parseMessage: one chat message + the member's day → one intent (see docs/PARSING.md).
 *
 * Pure and deterministic: no I/O, no clock (today comes from the caller), no randomness.
 * Pipeline: normalize (bound, fold, lower-case, strip "/command@bot") → lex (tokens, once)
 * → dates and non-money numbers are marked → number expressions → intents in a fixed order:
 *
 *   0. on behalf of a member ("catat untuk Ani: …")  — read from the raw text (behalf.ts)
 *   1. slash commands that name an intent (/start, /help, /batal, /rekap, /minat, /catatan,
 *      /pesanan, /piutang, /harga, /hapus N)
 *   2. report (aset / karyawan fields)            — "omset" there is a field, not a sale
 *   3. lead interest (minat …)                    — before records: "minat 50" is a count
 *   4. delete a numbered entry ("hapus 3"), corrections ("ralat 150rb", "bukan 12 tapi 10"),
 *      lists ("lihat catatan", "daftar pesanan", "siapa yang belum bayar") — before undo,
 *      whose words ("hapus", "salah", "ralat") they share
 *   4b. undo when its word leads ("batal", "hapus yang tadi")
 *   4c. a customer paying ("Bu Tin bayar 270rb") — before records and repayments, whose
 *      verbs ("bayar", "dibayar") it shares; an order ("pesanan … DP 425rb") — before
 *      records, its amounts are not sales; a price list line ("/harga emping 80rb/kg")
 *   5. records (sales, expenses, withdrawals, capital; a credit sale names its customer)
 *      and repayments (segments → entries)
 *   6. recap, then undo anywhere, weak lead words ("sanggup 40"), help
 *   7. unknown
 *
 * It never throws on any text: a defect inside is caught and reported as `unknown` with
 * confidence 0 and the note "internal_error" (tests assert it never happens). It does
 * throw a RangeError when `ctx.today` is not a real YYYY-MM-DD day: that is a programming
 * error of the caller, and resolving dates against a wrong day would record wrong books.
 */
import { isIsoDate } from '../core/dates.ts';
import { analyze, type Analysis } from './analyze.ts';
import { S_GROUPED, S_MONEY, S_PLAIN } from './amount.ts';
import { C_DOUBT, C_GUESS, C_NOT_FACT, C_PARTIAL, Confidence, round2 } from './confidence.ts';
import { detectOnBehalf } from './behalf.ts';
import {
  detectCorrection, detectDeleteEntry, detectListEntries, detectListOpen, detectOrder, detectPaymentReceived,
  detectSetPrice, findCredit, withoutCredit,
} from './books.ts';
import { detectHelp, detectLead, detectRecap, detectReport, detectUndo } from './intents.ts';
import {
  F_EXPENSE, F_LEAD, F_RECAP, F_SALE, F_UNDO, G_CAPITAL, G_CORRECT, G_CREDIT, G_LEADPOST, G_LOAN, G_ORDER, G_WITHDRAW,
} from './lexicon.ts';
import { M_PERCENT } from './marks.ts';
import { prepare } from './normalize.ts';
import { scanRecord } from './record.ts';
import type { ParsedEntry, ParseContext, ParseResult } from './types.ts';

export type { ParseContext, ParseResult, ParsedEntry, Period, EntryKind, Intent, UnresolvedEntry } from './types.ts';
export { CONFIDENT } from './types.ts';

const HELP_COMMANDS = new Set(['start', 'help', 'bantuan', 'menu', 'mulai', 'panduan', 'tolong']);
const UNDO_COMMANDS = new Set(['batal', 'batalkan', 'undo', 'cancel', 'hapus']);
const RECAP_COMMANDS = new Set(['rekap', 'recap', 'laporan', 'ringkasan', 'summary']);
const ENTRIES_COMMANDS = new Set(['catatan', 'entries', 'daftar']);
const ORDER_COMMANDS = new Set(['pesanan', 'order', 'orders']);
const RECEIVABLE_COMMANDS = new Set(['piutang', 'hutang', 'utang', 'bon', 'kasbon']);
const PRICE_COMMANDS = new Set(['harga', 'price']);
const CORRECT_COMMANDS = new Set(['ralat', 'koreksi']);

export function parseMessage(text: string, ctx: ParseContext): ParseResult {
  if (!ctx || typeof ctx.today !== 'string' || !isIsoDate(ctx.today)) {
    throw new RangeError(`parseMessage: ctx.today must be a YYYY-MM-DD day, got ${String(ctx?.today)}`);
  }
  try {
    return parseInner(text, ctx);
  } catch {
    return { intent: 'unknown', confidence: 0, notes: ['internal_error'] };
  }
}

function parseInner(text: string, ctx: ParseContext): ParseResult {
  // 0. "catat untuk Ani: …": the rest is Ani's message, parsed again by the flow.
  if (typeof text === 'string') {
    const behalf = detectOnBehalf(text);
    if (behalf) return behalf;
  }
  const prep = prepare(text);
  const a = analyze(prep.text, ctx.today, prep.truncated);
  if (a.tokens.length === 0) return { intent: 'unknown', confidence: 0.99 };

  // 1. Commands say what they want; only their arguments are parsed.
  const cmd = prep.command;
  if (cmd !== null) {
    if (HELP_COMMANDS.has(cmd)) return { intent: 'help', confidence: 0.99 };
    if (UNDO_COMMANDS.has(cmd)) return detectDeleteEntry(a, true) ?? { intent: 'undo', confidence: 0.99 };
    if (ENTRIES_COMMANDS.has(cmd) && a.nums.length === 0) return detectListEntries(a, true) as ParseResult;
    if (ORDER_COMMANDS.has(cmd)) {
      if (a.nums.length === 0 && a.wordCount <= 2) return detectListOpen(a, 'orders') as ParseResult;
      const order = detectOrder(a, true);
      if (order) return order;
    }
    if (RECEIVABLE_COMMANDS.has(cmd) && a.nums.length === 0 && a.wordCount <= 2) return detectListOpen(a, 'receivables') as ParseResult;
    if (PRICE_COMMANDS.has(cmd)) return detectSetPrice(a, true) ?? { intent: 'unknown', confidence: 0.5, notes: ['price_not_read'] };
    if (CORRECT_COMMANDS.has(cmd)) {
      const corr = detectCorrection(a, true);
      if (corr) return corr;
    }
    if (RECAP_COMMANDS.has(cmd)) return detectRecap(a, true) as ParseResult;
    if (cmd === 'minat') {
      const lead = detectLead(a);
      if (lead) return lead;
    }
  }

  // 2–4.
  const report = detectReport(a);
  if (report) return report;
  if ((a.f & F_LEAD) !== 0) {
    const lead = detectLead(a);
    if (lead) return lead;
  }

  // 4. Numbered deletes, corrections and lists share words with undo: they go first.
  if ((a.f & F_UNDO) !== 0) {
    const del = detectDeleteEntry(a, false);
    if (del) return del;
  }
  if ((a.f & F_UNDO) !== 0 || (a.f2 & G_CORRECT) !== 0 || a.tokens.some((t) => t.key === 'bukan' || t.key === 'eh' || t.key === 'maaf')) {
    const corr = detectCorrection(a, false);
    if (corr) return corr;
  }
  if (a.nums.length === 0) {
    const list = detectListEntries(a, false) ?? detectListOpen(a, null);
    if (list) return list;
  }
  if ((a.f & F_UNDO) !== 0) {
    const undo = detectUndo(a, true);
    if (undo) return undo;
  }
  const paid = detectPaymentReceived(a);
  if (paid) return paid;
  if ((a.f2 & G_ORDER) !== 0) {
    const order = detectOrder(a, false);
    if (order) return order;
  }
  const price = detectSetPrice(a, false);
  if (price) return price;

  // 5. Records and repayments.
  const rec = recordOrRepayment(a);
  if (rec) return rec;

  // 6.
  const recap = detectRecap(a, false);
  if (recap) return recap;
  if ((a.f & F_UNDO) !== 0) {
    const undo = detectUndo(a, false);
    if (undo) return undo;
  }
  const weakLead = detectLead(a);
  if (weakLead) return weakLead;
  const help = detectHelp(a);
  if (help) return help;

  // 7. Chatter. Fairly sure it is nothing when no cue at all was seen.
  const cues = (a.f & (F_SALE | F_EXPENSE | F_RECAP | F_UNDO)) !== 0 || a.nums.some((e) => e.strength > S_PLAIN);
  const c = new Confidence(cues ? C_PARTIAL : 0.9);
  if (a.truncated) c.cap(C_PARTIAL, 'truncated');
  return c.notes.length > 0 ? { intent: 'unknown', confidence: c.value, notes: c.notes } : { intent: 'unknown', confidence: c.value };
}

const CAPITAL_STATEMENT = new Set(['modal usaha', 'modal usahanya']);

const PROFIT_WORDS = new Set(['untung', 'laba', 'keuntungan', 'rugi', 'profit', 'saldo']);

function hasProfitWord(a: Analysis): boolean {
  for (const t of a.tokens) if (PROFIT_WORDS.has(t.key)) return true;
  return false;
}

function amountConfidence(strength: number, value: number): number {
  if (strength === S_MONEY) return 0.95;
  if (strength === S_GROUPED) return 0.93;
  if (value >= 1000) return 0.85;
  return C_PARTIAL;
}

function recordOrRepayment(a: Analysis): ParseResult | null {
  let scan = scanRecord(a);
  const verbs = (a.f & (F_SALE | F_EXPENSE)) !== 0 || (a.f2 & (G_WITHDRAW | G_CAPITAL)) !== 0;

  // Instalments: "bayar angsuran 300rb", "setor 250rb". Without an amount only a paying
  // verb makes it one ("sudah bayar cicilan"); "angsuran ke 4 sudah" stays unknown.
  if (scan.repaySegments > 0 && scan.entries.length === 0) {
    const ex = scan.repayAmount;
    const c = new Confidence(0.95);
    let amount: number | null = null;
    if (ex && ex.rupiah !== null) {
      amount = ex.rupiah;
      c.cap(amountConfidence(ex.strength, ex.rupiah), ex.strength === S_PLAIN && ex.rupiah < 1000 ? 'small_plain_number' : undefined);
      if (ex.ambiguous) c.cap(0.6, 'ambiguous_amount');
    } else if (scan.repayPayVerb && !scan.repayNotFact) {
      // "sudah bayar cicilan" (no amount), "bayar cicilan 12,5" (no valid amount): ask.
      if (ex) c.cap(C_GUESS, ex.problem ?? 'malformed');
      else c.cap(C_PARTIAL, 'no_amount');
    } else {
      return null;
    }
    if (a.question) c.cap(C_PARTIAL, 'question');
    if (a.truncated || scan.capped) c.cap(C_PARTIAL, 'truncated');
    if (scan.repayNotFact) c.cap(C_NOT_FACT, 'not_a_fact');
    if (a.dates.some((m) => m.future)) c.cap(C_NOT_FACT, 'future_date');
    const r: ParseResult = { intent: 'repayment', amount, confidence: round2(c.value) };
    if (c.notes.length > 0) r.notes = c.notes;
    return r;
  }

  if (scan.entries.length === 0 && scan.unresolved.length === 0) return null;
  // "modal usaha saya 5jt" states the size of the business, it is not money put in today.
  if (!verbs && a.tokens.some((t) => CAPITAL_STATEMENT.has(t.key))) {
    return { intent: 'unknown', confidence: C_PARTIAL, notes: ['capital_statement'] };
  }
  const credit = (a.f2 & G_CREDIT) !== 0 || a.tokens.some((t) => t.key === 'belum' || t.key === 'nanti' || t.key === 'masih')
    ? findCredit(a) : null;
  // The marker and the name are not goods: read the entries again without them.
  if (credit && scan.entries.some((e) => e.kind === 'sale')) scan = scanRecord(withoutCredit(a, credit));
  // A facilitator's announcement ("butuh 200 bros, harga 5rb/pcs") is not a member's sale,
  // and "untung hari ini 100rb" is a profit figure, not turnover.
  if (!verbs && ((a.f2 & G_LEADPOST) !== 0 || hasProfitWord(a))) return null;
  // Loan disbursements ("dapat pinjaman 2jt") are not turnover.
  if ((a.f2 & G_LOAN) !== 0 && !(credit && credit.loanWord && scan.entries.some((e) => e.kind === 'sale'))) {
    const c = new Confidence(C_GUESS);
    c.cap(C_GUESS, 'loan_mention');
    return { intent: 'unknown', confidence: c.value, notes: c.notes };
  }

  const c = new Confidence(1);
  const entries: ParsedEntry[] = [];
  for (const e of scan.entries) {
    c.cap(e.confidence);
    for (const n of e.notes) if (!c.notes.includes(n)) c.notes.push(n);
    entries.push({ kind: e.kind, amount: e.amount, item: e.item, quantity: e.quantity, unit: e.unit, unitPrice: e.unitPrice });
  }
  const unresolved = [...scan.unresolved];
  if (scan.wordsOnly.length > 0 && entries.length > 0) unresolved.push(...scan.wordsOnly);
  if (unresolved.length > 0) c.cap(entries.length > 0 ? C_PARTIAL : C_NOT_FACT, unresolved[0]?.reason ?? 'no_amount');
  if (scan.repaySegments > 0) c.cap(C_PARTIAL, 'mixed_repayment');
  if (scan.totalMismatch) c.cap(C_PARTIAL, 'total_mismatch');
  for (const n of scan.notes) if (!c.notes.includes(n)) c.notes.push(n);

  // The date: the first one written; never after today.
  let date = a.today;
  const first = a.dates[0];
  if (first) {
    if (first.date !== null) date = first.date;
    else c.cap(first.future ? C_GUESS : C_NOT_FACT, first.future ? 'future_date' : 'invalid_date');
    if (first.vague) c.cap(0.7, 'vague_date');
    for (const m of a.dates) {
      if (m.date !== first.date) {
        c.cap(0.6, 'several_dates');
        break;
      }
    }
  }
  if (a.question) c.cap(C_PARTIAL, 'question');
  // "DP 50% dari 300rb": the amount written is a base, not what changed hands.
  if (a.marks.includes(M_PERCENT)) c.cap(C_NOT_FACT, 'percentage');
  if ((a.f & F_RECAP) !== 0) c.cap(0.6, 'recap_word');
  if ((a.f & F_UNDO) !== 0) c.cap(0.6, 'undo_word');
  if (a.truncated || scan.capped) c.cap(C_PARTIAL, 'truncated');

  // A sale on credit: "laku 3 kerudung @90rb, belum bayar Bu Tin".
  let creditField: { customer: string } | undefined;
  if (credit && entries.some((e) => e.kind === 'sale')) {
    if (credit.customer === null) c.cap(C_DOUBT, 'credit_no_customer');
    else {
      creditField = { customer: credit.customer.name };
      if (!credit.customer.titled) c.cap(0.75, 'customer_without_title');
    }
  }

  const r: ParseResult = { intent: 'record', entries, date, confidence: round2(c.value) };
  if (unresolved.length > 0) r.unresolved = unresolved;
  if (creditField) r.credit = creditField;
  if (c.notes.length > 0) r.notes = c.notes;
  return r;
}

/**
 * Reads a text that is just an amount ("Rp 15.000", "1,5jt", "lima puluh ribu", "goceng")
 * into integer rupiah, or null when it is not exactly one valid amount (a time, a date, a
 * phone number, a fraction of a rupiah, or more than one number). Plain digits count.
 * For forms and replies that ask for an amount.
 */
export function parseAmount(text: string): number | null {
  const prep = prepare(text);
  const a = analyze(prep.text, '2000-01-01', prep.truncated);
  if (a.nums.length !== 1) return null;
  const ex = a.nums[0];
  if (!ex || ex.rupiah === null) return null;
  for (let i = 0; i < a.tokens.length; i++) {
    if (i >= ex.start && i < ex.end) continue;
    const t = a.tokens[i];
    if (!t) continue;
    if (t.type === 2 /* number */ || a.marks[i] !== 0) return null;
    if (t.type === 1 && !(t.key === 'rp' || t.key === 'idr' || t.key === 'rupiah' || t.key === 'harga' || t.key === 'total')) return null;
  }
  return ex.rupiah;
}

/**
 * A ledger of who owes her, several customers in one message: "Kasbon: Bu Rini 2 bungkus
 * 20rb, Bu Ati 15rb", "bu tin ngutang 2 bungkus kopi 10rb, bu yati ngutang gula 15rb",
 * "Bu Tin 20rb, Bu Yati 15rb, Pak Joko 30rb belum bayar semua". Each customer's clause is her
 * credit sale to that customer: its own entries, each naming its own `customer`.
 *
 * Only when the owing is said for every clause: in a heading clause with no money before the
 * names ("Kasbon:", "yang ngebon hari ini"), in every named clause, or in the last clause with
 * "semua" (all of them). Every clause with money must name its customer, and read as sales
 * with nothing left over. Otherwise null, and record.ts asks as before (`credit_which_lines`):
 * whose sale is owed is never guessed.
 */
import type { Analysis } from '../analyze.ts';
import { C_DOUBT, Confidence, round2 } from '../confidence.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from '../lexer.ts';
import { notFactNotes } from '../not-fact.ts';
import { scanRecord } from '../scan-record.ts';
import { withoutTokens } from '../stated-price.ts';
import type { ParsedEntry, ParseResult } from '../types.ts';
import { F_EXPENSE, G_CREDIT, G_WITHDRAW } from '../word-roles.ts';
import { PAY_LATER, LATER_DAY } from './credit.ts';
import { customerAt, type Customer } from './customer.ts';
import { present, trigger } from '../triggers.ts';

/** The credit words of a clause: markers, "belum bayar", "bayarnya nanti", "dulu", "semua". */
const PAY = new Set(['bayar', 'bayarnya', 'dibayar', 'dibayarnya', 'membayar', 'lunas']);
const FILL = new Set(['dulu', 'dl', 'semua', 'semuanya', 'yang', 'yg', 'hari', 'ini', 'tadi', 'ya', 'lagi', 'masih']);
/** Markers that say a customer owes for goods ("ngebon", "dihutang", "belum bayar"), not a cash advance. */
const SURE = new Set(['dihutang', 'dibon', 'ngebon', 'ngutang', 'diutangin']);

function edge(t: Token): boolean {
  return t.type === T_NL || (t.type === T_PUNCT && (t.text === ',' || t.text === ';' || t.text === '.' || t.text === ':' || t.text === '-'));
}

interface Clause {
  start: number;
  end: number;
}

function clauses(a: Analysis): Clause[] {
  const out: Clause[] = [];
  let s = 0;
  for (let i = 0; i <= a.tokens.length; i++) {
    const t = a.tokens[i];
    if (t !== undefined && !edge(t) && !(t.type === T_WORD && (t.key === 'dan' || t.key === 'sama' && customerAt(a, i + 1) !== null))) continue;
    if (i > s) out.push({ start: s, end: i });
    s = i + 1;
  }
  return out;
}

/** Paid at once: "cash", "tunai", "lunas", "tf" (a clause of a customer who owes nothing). */
const PAID_NOW = new Set(['cash', 'kes', 'cas', 'tunai', 'kontan', 'lunas', 'tf', 'trf', 'transfer', 'qris', 'dibayar', 'bayar']);
/** "udah bayar", "sudah lunas": paid, said as done. */
const DONE = new Set(['udah', 'sudah', 'dah', 'sdh', 'udh', 'langsung', 'lgsg']);

/** Token flags of the credit words in [start, end): which to hide, and whether any was seen. */
function creditWords(a: Analysis, c: Clause, hide: Uint8Array): { credit: boolean; sure: boolean; all: boolean; paid: boolean } {
  let credit = false;
  let sure = false;
  let all = false;
  let paid = false;
  for (let i = c.start; i < c.end; i++) {
    const t = a.tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    const next = a.tokens[i + 1];
    if ((t.f2 & G_CREDIT) !== 0) {
      credit = true;
      if (SURE.has(t.key)) sure = true;
      hide[i] = 1;
    } else if ((t.key === 'belum' || t.key === 'blm') && next !== undefined && PAY.has(next.key)) {
      credit = sure = true;
      hide[i] = hide[i + 1] = 1;
    } else if (PAY.has(t.key) && next !== undefined && (PAY_LATER.has(next.key) || LATER_DAY.has(next.key))) {
      credit = sure = true;
      hide[i] = hide[i + 1] = 1;
    } else if (PAID_NOW.has(t.key) && !(i > c.start && (a.tokens[i - 1]?.key === 'belum' || a.tokens[i - 1]?.key === 'blm')) &&
      ((t.key !== 'bayar' && t.key !== 'dibayar') || DONE.has(a.tokens[i - 1]?.key ?? ''))) {
      // "bu Ana 40rb cash", "pak Joko 25rb udah bayar": this one paid.
      paid = true;
      hide[i] = 1;
      if (DONE.has(a.tokens[i - 1]?.key ?? '')) hide[i - 1] = 1;
    } else if (FILL.has(t.key)) {
      if (t.key === 'semua' || t.key === 'semuanya') all = true;
      hide[i] = 1;
    }
  }
  return { credit, sure, all, paid };
}

function hasMoney(a: Analysis, c: Clause): boolean {
  for (let i = c.start; i < c.end; i++) if (a.numIn[i] !== -1) return true;
  return false;
}

function nameIn(a: Analysis, c: Clause, underHeading: boolean): Customer | null {
  for (let i = c.start; i < c.end; i++) {
    const who = customerAt(a, i, underHeading && i === c.start);
    if (who && who.end <= c.end) return who;
  }
  return null;
}

/** Whether the clause names goods after the customer's name (a word that is no number, unit or credit word). */
function clauseNamesGoods(a: Analysis, c: Clause, who: Customer): boolean {
  for (let i = who.end; i < c.end; i++) {
    const t = a.tokens[i] as Token;
    if (t.type === T_WORD && a.numIn[i] === -1 && t.info === null) return true;
  }
  return false;
}

/** The ledger as a record with one customer per entry, or null when the message is not one. */
const T_LATER = trigger(['belum'], PAY_LATER, LATER_DAY);
export function detectCreditLedger(a: Analysis): ParseResult | null {
  if ((a.f2 & G_CREDIT) === 0 && !present(a, T_LATER)) return null;
  if ((a.f2 & G_CREDIT) === 0 && !a.tokens.some((t) => t.key === 'belum' || PAY_LATER.has(t.key) || LATER_DAY.has(t.key))) return null;
  if (a.question || a.dates.length > 1) return null;
  const parts = clauses(a);
  const hide = new Uint8Array(a.tokens.length);
  let heading = false;
  let sure = false;
  const named: { clause: Clause; who: Customer; credit: boolean; all: boolean; paid: boolean }[] = [];
  for (const c of parts) {
    const words = creditWords(a, c, hide);
    const who = nameIn(a, c, heading);
    if (!hasMoney(a, c)) {
      // A heading before the names ("Kasbon:", "yang ngebon hari ini"), or a closing "belum bayar semua".
      if (who !== null) return null;
      if (named.length === 0) heading ||= words.credit;
      else if (words.credit && words.all) named.forEach((n) => (n.credit = true));
      else if (words.credit || !words.all) return null;
      sure ||= words.sure;
      continue;
    }
    if (who === null) return null;
    sure ||= words.sure;
    // "… 35rb ngutang, belum bayar": both is owing; "cash" and "ngutang" in one clause is no answer.
    if (words.credit && words.paid) return null;
    named.push({ clause: c, who, credit: words.credit, all: words.all, paid: words.paid });
  }
  if (named.length < 2 || new Set(named.map((n) => n.who.name.toLowerCase())).size < named.length) return null;
  // "…, Pak Joko 30rb belum bayar semua": "all" in the last clause covers every one.
  const last = named[named.length - 1];
  if (last?.all && last.credit) for (const n of named) n.credit = true;
  // "jual kue: bu Ana 40rb cash, bu Rini 35rb ngutang": customers who paid beside those who owe —
  // each clause says which, or it is asked as before.
  const mixed = !heading && named.some((n) => n.credit) && named.every((n) => n.credit || n.paid);
  if (!heading && !mixed && named.some((n) => !n.credit)) return null;
  if (heading && named.some((n) => n.paid)) return null;

  const c = new Confidence(1);
  const entries: ParsedEntry[] = [];
  let goods = false;
  for (const n of named) {
    // "Bu Ati gula 15rb": is "gula" the second word of her name, or the goods? With no goods
    // read otherwise, the goods are the better guess (a short name is how a shop writes its
    // tabs), and the name is asked about.
    let dropped: string | null = null;
    if (n.who.end - n.who.start > 2 && !clauseNamesGoods(a, n.clause, n.who)) {
      dropped = (a.tokens[n.who.start + 2] as Token).key;
      n.who = { ...n.who, name: n.who.name.split(' ').slice(0, 2).join(' '), end: n.who.start + 2 };
    }
    const only = new Uint8Array(a.tokens.length);
    for (let i = 0; i < a.tokens.length; i++) {
      only[i] = i < n.clause.start || i >= n.clause.end || hide[i] !== 0 || (i >= n.who.start && i < n.who.end) ? 1 : 0;
    }
    for (let i = n.clause.start; i < n.clause.end; i++) {
      const t = a.tokens[i] as Token;
      // Her own spending or a withdrawal inside the ledger: not a list of who owes her.
      if (only[i] === 0 && t.type === T_WORD && ((t.f & F_EXPENSE) !== 0 || (t.f2 & G_WITHDRAW) !== 0)) return null;
    }
    const scan = scanRecord(withoutTokens(a, only), { kind: 'sale', verbSeen: true, strong: true });
    if (scan.entries.length === 0 || scan.unresolved.length > 0 || scan.wordsOnly.length > 0 || scan.leftover > 0 || scan.repaySegments > 0 ||
      scan.totalMismatch || scan.discounted || scan.change || scan.entries.some((e) => e.kind !== 'sale')) return null;
    // "Bu Ani laundry 4kg 28rb", "Mbak Tutik sprei 2 x 15rb": the word taken from the name is
    // what she counted or weighed, so it is goods, not a name; "Bu Ati gula 15rb" stays asked.
    if (dropped !== null && !scan.entries.every((e) => e.quantity !== null && e.item !== null && e.item.split(' ')[0] === dropped)) {
      c.cap(C_DOUBT, 'customer_without_title');
    }
    for (const e of scan.entries) {
      c.cap(e.confidence);
      for (const note of e.notes) if (!c.notes.includes(note)) c.notes.push(note);
      if (e.item !== null || e.quantity !== null) goods = true;
      const base = { kind: 'sale' as const, amount: e.amount, item: e.item, quantity: e.quantity, unit: e.unit, unitPrice: e.unitPrice };
      entries.push(n.paid ? { ...base, paid: true } : { ...base, customer: n.who.name });
    }
  }
  // "Kasbon: Bu Tin 20rb, Bu Ati 15rb": money with no goods under a word that is also a cash
  // advance — owed for goods, or lent? Asked, as for one customer (credit.ts).
  if (!goods && !sure) c.cap(C_DOUBT, 'credit_without_goods');
  for (const n of notFactNotes(a, hide, true)) c.cap(C_DOUBT, n);
  const first = a.dates[0];
  if (first && (first.date === null || first.future)) return null;
  const r: ParseResult = { intent: 'record', entries, date: first?.date ?? a.today, confidence: round2(c.value),
    credit: { customer: (named.find((n) => !n.paid) as { who: Customer }).who.name } };
  if (c.notes.length > 0) r.notes = c.notes;
  return r;
}

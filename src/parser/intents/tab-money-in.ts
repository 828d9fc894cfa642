/**
 * payment_received: money said to come IN from someone, then that it pays a tab — "Transfer masuk
 * 120.000 dari Rina W — bayar utang laundry", "tf masuk dari bu Ani 50rb nyicil bon", "terima
 * transferan 75rb dr pak Darto, pelunasan kasbon".
 *
 * WHY: "bayar utang" alone is her own repayment, so the message was booked as her loan paid — money
 * out — when the opening says the money came in. The direction decides: money in, from a person,
 * paying a tab, is a customer's debt paid back. A titled name (or a role) is named as the books name
 * customers; a bare name after "dari" (one or two words the lexicon does not know) is the sender as
 * written, asked (`customer_without_title`, as an untitled customer is elsewhere). A lender or
 * her own loan's words ("dari bank", "koperasi", "pinjaman") leave it to the other readers.
 */
import type { Analysis } from '../analyze.ts';
import { C_NOT_FACT, C_PARTIAL, Confidence } from '../confidence.ts';
import { T_NUM, T_PUNCT, T_WORD, type Token } from '../lexer.ts';
import { paymentNums, aheadOutsideRest } from '../debt-remainder.ts';
import { payerAt } from '../payer-head.ts';
import { payerNotAName } from '../payer-name.ts';
import { trigger } from '../triggers.ts';
import type { ParseResult } from '../types.ts';
import { F_NEG, G_CREDIT } from '../word-roles.ts';
import { paidAmount, scored } from './shared.ts';

/** Words of money coming in; one of them must open the message. */
const MONEY_IN = new Set(['masuk', 'diterima', 'terima', 'nerima', 'menerima', 'ditransfer']);
/** What may stand beside them before "dari": the money's names, "just now", "already". */
const OPENING = new Set(['transferan', 'tf', 'trf', 'transfer', 'uang', 'duit', 'dana', 'pembayaran', 'bayaran', 'kiriman', 'tadi', 'td',
  'barusan', 'alhamdulillah', 'udah', 'sudah', 'udh', 'sdh', 'dah', 'ada', 'ini', 'nih', 'ya', 'rp', 'ribu', 'rb', 'juta', 'jt', 'k']);
const FROM = new Set(['dari', 'dr']);
/** Paying a tab after the sender: the paying or instalment words (a tab word itself is G_CREDIT). */
const PAYS_TAB = new Set(['bayar', 'byr', 'nyicil', 'cicil', 'cicilan', 'pelunasan', 'lunasin', 'melunasi', 'lunas', 'buat', 'utk', 'untuk']);
/** Lenders and her own loans: money from them is a loan, or her dues. */
const LOAN_WORDS = new Set(['bank', 'koperasi', 'kop', 'mekaar', 'pnm', 'kur', 'ulamm', 'pinjaman', 'pinjol', 'arisan', 'kelompok', 'bri',
  'bni', 'bca', 'mandiri', 'bsi', 'leasing', 'dana', 'modal']);
/** How far after the sender the tab may be said. */
const REACH = 5;

const T_MONEY_IN = trigger(MONEY_IN);

function word(t: Token | undefined): t is Token {
  return t !== undefined && t.type === T_WORD;
}

function cap(s: string): string {
  return s.length <= 1 ? s.toUpperCase() : `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
}

/** An untitled sender after "dari": one unknown word, and an initial or a second unknown word. [name, end] or null. */
function bareName(a: Analysis, i: number): [string, number] | null {
  const t = a.tokens[i];
  if (!word(t) || t.info !== null || a.marks[i] !== 0 || !/^[a-z]{3,}$/.test(t.key)) return null;
  const n = a.tokens[i + 1];
  // ("RINA W", "SARI K": a bank transfer's initial, even one that is also a scale letter.)
  if (word(n) && a.marks[i + 1] === 0 && ((n.info === null && /^[a-z]+$/.test(n.key)) || /^[a-z]$/.test(n.text.toLowerCase()))) {
    return [`${cap(t.key)} ${cap(n.text.toLowerCase())}`, i + 2];
  }
  return [cap(t.key), i + 1];
}

export function detectTabMoneyIn(a: Analysis): ParseResult | null {
  const { tokens } = a;
  // The opening: money coming in (an amount may stand in it), up to "dari".
  let from = -1;
  let came = false;
  for (let i = 0; i < tokens.length && i < 8; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_NUM || t.type === T_PUNCT) continue;
    if (t.type !== T_WORD) return null;
    if (FROM.has(t.key)) {
      from = i;
      break;
    }
    if (MONEY_IN.has(t.key)) came = true;
    else if (!OPENING.has(t.key) && (a.numIn[i] ?? -1) === -1) return null;
  }
  if (from < 0 || !came) return null;
  if (tokens.some((t) => word(t) && (LOAN_WORDS.has(t.key) || (t.f & F_NEG) !== 0))) return null;
  const titled = payerAt(a, from + 1);
  const payer = titled !== null && titled[0] !== '' ? titled : bareName(a, from + 1);
  if (payer === null) return null;
  const notName = titled !== null ? payerNotAName(a, from + 1, payer[1]) : null;
  if (notName === 'self' || notName === 'owned' || notName === 'described') return null;
  // The tab, within a few words after the sender: "— bayar utang …", ", nyicil bon", "buat kasbon".
  let tab = false;
  let pays = false;
  for (let k = payer[1]; k < tokens.length && k < payer[1] + REACH + 2; k++) {
    const t = tokens[k] as Token;
    if (t.type === T_PUNCT || t.type === T_NUM || (a.numIn[k] ?? -1) !== -1) continue;
    if (!word(t)) break;
    if ((t.f2 & G_CREDIT) !== 0) { tab = true; break; }
    if (PAYS_TAB.has(t.key)) pays = true;
    else if (!pays) break;
  }
  if (!tab) return null;
  const c = new Confidence(0.95);
  const money = paymentNums(a).filter((e) => e.rupiah !== null);
  const amount = paidAmount(c, money[0], money.length, false);
  if (titled === null || titled[0] === '') c.cap(0.75, 'customer_without_title');
  if (a.question) c.cap(C_PARTIAL, 'question');
  if (aheadOutsideRest(a)) c.cap(C_NOT_FACT, 'not_a_fact');
  if (a.truncated) c.cap(C_PARTIAL, 'truncated');
  return scored({ intent: 'payment_received', customer: payer[0], amount, settled: false, order: false, confidence: 0 }, c);
}

// Without these words it reads nothing (its first test): readIntent does not call it (index.ts).
detectTabMoneyIn.words = T_MONEY_IN;

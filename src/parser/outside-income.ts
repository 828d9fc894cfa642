/**
 * Money earned outside the business: a salary, a pension, THR (the holiday bonus) received
 * by her or her household ("terima gaji suami 2jt", "dapat THR 1jt", "gajian 3jt"). It is
 * not turnover, and never an expense: "gaji" is also the wage she pays her staff ("bayar gaji
 * karyawan 500rb"), so the word alone decides nothing — who pays whom does.
 */
import type { Analysis } from './analyze.ts';
import { C_DOUBT, type Confidence } from './confidence.ts';
import { T_WORD, type Token } from './lexer.ts';
import { FAMILY, FOR_BUSINESS, PURPOSE_WORDS } from './money-owner.ts';
import type { ParsedEntry } from './types.ts';
import { F_EXPENSE, F_SALE, F_WEAK } from './word-roles.ts';
import { present, trigger } from './triggers.ts';
import { usesOwnMoneyAsCapital } from './own-money-used.ts';
import { namesWorker } from './wages-paid.ts';

/** Pay earned by someone in the household: salary, pension, the holiday bonus. */
const INCOME = new Set(['gaji', 'gajian', 'gajinya', 'gajiku', 'thr', 'thrnya', 'pensiun', 'pensiunan', 'tunjangan', 'honor',
  'honornya', 'upah suami',
  // the co-op's share of its surplus paid to members (Sisa Hasil Usaha), and dividends: "SHU koperasi keluar,
  // aku dapat 175rb" — "keluar" there is released to her, never money she spent
  'shu', 'shunya', 'dividen', 'deviden']);
const T_INCOME = trigger(INCOME);
/** Receiving it: the money came in to her. */
const RECEIVE = new Set(['terima', 'nerima', 'diterima', 'dapat', 'dapet', 'masuk', 'cair', 'turun', 'dikasih', 'dikasi',
  'kiriman', 'transferan', 'gajian', 'dikirim', 'ditransfer', 'keluar']);
/** Paying it out: her wage bill, an expense of the business. */
const PAY = new Set(['bayar', 'membayar', 'bayarin', 'kasih', 'ngasih', 'kasi', 'ngasi', 'beri', 'memberi', 'ngasihin',
  'bagi', 'bagiin', 'membagi', 'kirim', 'ngirim', 'transfer', 'tf']);
/**
 * Whether the message speaks of household pay coming in ("terima gaji suami 2jt", "THR
 * cair 1jt", "gaji suami 2jt"), not of wages she pays ("bayar gaji karyawan", "kasih THR
 * tukang 200rb", "gaji karyawan 1,5jt").
 */
export function outsideIncome(a: Analysis): boolean {
  if (!present(a, T_INCOME)) return false;
  let income = false;
  let received = false;
  let family = false;
  // Her staff named: a wage paid to them is her expense (wages-paid.ts).
  if (namesWorker(a)) return false;
  for (const t of a.tokens) {
    if (t.type !== T_WORD) continue;
    if (INCOME.has(t.key) || INCOME.has(t.text)) income = true;
    if (RECEIVE.has(t.key) || RECEIVE.has(t.text)) received = true;
    if (FAMILY.has(t.key) && t.key !== 'anak') family = true;
    if (PAY.has(t.key)) return false;
  }
  return income && (received || family);
}

/** "gaji suami 1jt buat modal": household pay put into the business is capital. */
function forBusiness(a: Analysis): boolean {
  const { tokens } = a;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_WORD && PURPOSE_WORDS.has(t.key) && FOR_BUSINESS.has((tokens[i + 1] as Token).key)) return true;
  }
  return false;
}

/** A strong sale or expense verb: a line of her own business written next to the pay. */
function ownBusinessVerb(a: Analysis): boolean {
  for (const t of a.tokens) {
    if (t.type === T_WORD && (t.f & (F_SALE | F_EXPENSE)) !== 0 && (t.f & F_WEAK) === 0 && !INCOME.has(t.key)) return true;
  }
  return false;
}

/**
 * Judges a record against household pay: 'personal' (nothing recorded), or null after
 * turning pay put into the business into capital, or capping `c` when the pay stands next to
 * a sale or expense of her own (which money is which is asked).
 */
export function judgeOutsideIncome(a: Analysis, entries: ParsedEntry[], c: Confidence): 'personal' | null {
  if (entries.length === 0 || !outsideIncome(a)) return null;
  // "uang gajian 1jt aku pake modal, laku 60rb": the pay was read as capital in its own clause;
  // the other lines are her business's own.
  if (entries.some((e) => e.kind === 'capital') && usesOwnMoneyAsCapital(a.tokens)) return null;
  if (forBusiness(a)) {
    // "dapat THR 1jt, 500rb buat modal": which of the amounts went in is not one capital each: asked.
    if (entries.length > 1) c.cap(C_DOUBT, 'personal_money');
    for (const e of entries) {
      e.kind = 'capital';
      e.quantity = null;
      e.unit = null;
      e.unitPrice = null;
    }
    return null;
  }
  if (ownBusinessVerb(a)) {
    c.cap(C_DOUBT, 'personal_money');
    return null;
  }
  return 'personal';
}

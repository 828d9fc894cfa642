/**
 * A debt said to be paid, in the passive or as "lunas", with nobody named: "utang dibayar 100rb",
 * "hutang sudah lunas 100rb", "utange wis dibayar 100rb", "hutang geus dibayar", "utang lah dibayia",
 * "bon dibayar 50rb", "cicilan dibayar 400rb", "dibayar lunas 300rb".
 *
 * WHY: the readers took the debt word for her loan ("utang dibayar 100rb" a confident instalment of
 * hers) or the bare paying for a sale ("bon dibayar 50rb", "utangnya dibayar 100rb" confident sales).
 * With no payer and no creditor written, it may be her debt she paid or a customer's debt paid to her
 * — and a customer's tab paid is no new sale. Never confident:
 * - a debt that is someone else's ("utangnya", "utange", "piutang", "utang pelanggan") or no debt word
 *   at all ("dibayar lunas 300rb"), or any reading that is not her instalment: who paid is asked
 *   (`debtor_unnamed`, as payment-received.ts asks "udah dibayar utangnya 50rb");
 * - read as her instalment: kept, asked (`someone_paid`, as "ada yang bayar utang 100rb" is) — unless the
 *   word is her loan's own ("cicilan 500rb sudah dibayar", "angsuran dibayar 300rb", "pinjaman dibayar"):
 *   the group loan's instalment is what those words name here (a customer's is "cicilan gamis dr Mbak
 *   Rina", customer-instalment.ts), kept as read;
 * - her own debt ("utangku dibayar", "utang saya sudah dibayar") stays her instalment, asked only
 *   when it was read as something else.
 *
 * Only when every word is one of these tables' (the debt, the paying, "already", owners, fillers):
 * a name ("utang bu Tin dibayar"), a lender ("utang bank dibayar"), a creditor after "ke", a purpose
 * or goods leave the message to the readers that know them.
 */
import type { Analysis } from './analyze.ts';
import { C_DOUBT, C_PARTIAL } from './confidence.ts';
import { T_NUM, T_WORD, type Token } from './lexer.ts';
import { isBuyerWord, isSupplierWord } from './money-owner.ts';
import { unknownName } from './bill-passive.ts';
import { BEFORE_PAY, NOT_PAYER_NAME } from './payer-head.ts';
import { STAPLE_WORDS } from './goods-price.ts';
import { knownWares } from './sold-wares.ts';
import { present, trigger } from './triggers.ts';
import { CONFIDENT, type ParseResult } from './types.ts';

/** Paid, with no payer in the word: the passive, "settled", "got paid" (regional forms are read "dibayar"). */
const PAID = new Set(['dibayar', 'terbayar', 'kebayar', 'tebayar', 'kabayar', 'dilunasi', 'dilunasin', 'dilunaskan', 'lunas', 'dibayarkan',
  'dibayari', 'dibayarin', 'dibayarno', 'dibyr', 'dibayr', 'dicicil', 'terlunasi', 'kelunasan', 'lunasan']);
/** A debt with no owner said: hers or a customer's. */
const DEBTS = new Set(['utang', 'hutang', 'utangan', 'hutangan', 'bon', 'bonan', 'kasbon', 'kredit', 'kreditan', 'pinjaman', 'pinjeman',
  'cicilan', 'angsuran', 'ngutang', 'ngebon']);
/** Her loan's instalment words: a reading as her instalment stands. */
const INSTALMENTS = new Set(['cicilan', 'angsuran', 'pinjaman', 'pinjeman', 'setoran']);
/** Someone else's debt: a customer's tab paid to her ("utangnya", Javanese "utange", Sundanese "hutangna", "piutang"). */
const THEIRS = new Set(['utangnya', 'hutangnya', 'utange', 'hutange', 'utangna', 'hutangna', 'bonnya', 'bone', 'kasbonnya', 'piutang',
  'piutangnya', 'cicilannya', 'angsurannya', 'kreditnya', 'tagihannya']);
/** Her own debt. */
const MINE = new Set(['utangku', 'hutangku', 'bonku', 'kasbonku', 'cicilanku', 'angsuranku', 'utangq', 'hutangq']);
const SELF = new Set(['saya', 'sy', 'aku', 'ak', 'aq', 'gue', 'gw', 'kami', 'kita', 'kula', 'kulo', 'abdi', 'beta', 'ulun', 'ambo', 'nyong',
  'inyong', 'sayah', 'awak', 'ane']);
/** Words that add nothing about who paid: "already", "today", "all of it", "part of it". */
const FILLERS = new Set(['sudah', 'udah', 'udh', 'sdh', 'dah', 'uda', 'udeh', 'wis', 'wes', 'uwis', 'geus', 'tos', 'atos', 'lah', 'alah', 'su',
  'sampun', 'pun', 'tadi', 'td', 'barusan', 'baru', 'akhirnya', 'ahirnya', 'juga', 'jg', 'semua', 'semuanya', 'kabeh', 'hari', 'ini',
  'sebagian', 'separo', 'setengah', 'full', 'ya', 'yah', 'alhamdulillah', 'nih', 'kok', 'yang', 'yg', 'lagi', 'lg', 'mah', 'teh', 'deh', 'aja',
  'kemarin', 'kemaren', 'kmrn', 'pagi', 'siang', 'sore', 'malam', 'rek', 'ki', 'iki', 'niki', 'ieu', 'ni', 'nyo', 'lho', 'loh',
  'sisa', 'sisanya', 'ne', 'la', 'tu', 'itu', 'dicicil',
  // how it was paid says nothing of who paid
  'tunai', 'cash', 'kes', 'via', 'lewat', 'pakai', 'pake', 'tf', 'transfer', 'qris', 'langsung', 'lgsg', 'lsg', 'nyicil', 'rp', 'rupiah', 'ribu', 'rb', 'juta', 'jt']);
/** A receivable coming in: "piutang masuk 100rb", "piutang tertagih 200rb" — paid, with "piutang" only. */
const CAME_IN = new Set(['masuk', 'tertagih', 'ketagih', 'cair', 'kembali', 'balik']);
/** The passive typed apart: "utang di bayar", "udah d bayar". */
const APART = new Set(['di', 'd']);
const PAY_ROOT = new Set(['bayar', 'byr', 'bayr', 'lunasi', 'lunasin', 'bayarin']);
const T_PAID = trigger(PAID, ['piutang', 'piutangnya'], APART);

type Owner = 'theirs' | 'mine' | 'none';

/** Whose debt was paid, or null when a word outside the tables may name a payer, a creditor or goods. */
function debtOwner(a: Analysis, from = -1, to = -1): Owner | null {
  let paid = false;
  let debt = false;
  let owner: Owner = 'none';
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (t.type === T_NUM || a.numIn[i] !== -1) continue;
    if (t.type !== T_WORD || (i >= from && i < to)) continue;
    const k = t.key;
    if (APART.has(k) && PAY_ROOT.has(a.tokens[i + 1]?.key ?? '')) {
      paid = true;
      i++;
      continue;
    }
    if (PAID.has(k) || (CAME_IN.has(k) && a.tokens.some((u) => u.key === 'piutang' || u.key === 'piutangnya'))) paid = true;
    else if (DEBTS.has(k)) debt = true;
    else if (THEIRS.has(k) || isBuyerWord(k)) owner = 'theirs';
    else if (MINE.has(k) || SELF.has(k)) {
      if (owner === 'none') owner = 'mine';
    } else if (!FILLERS.has(k) && !BEFORE_PAY.has(k)) return null;
  }
  if (!paid) return null;
  // "dibayar lunas 300rb": paid in full, no debt word — whose, and by whom, unsaid.
  if (!debt && owner === 'none') return a.tokens.some((t) => t.key === 'lunas') ? 'theirs' : null;
  // (A buyer word with no debt — "dibayar pembeli 50rb" — names the payer: left as read.)
  if (!debt && !a.tokens.some((t) => THEIRS.has(t.key) || MINE.has(t.key))) return null;
  return owner;
}

/** Whose debt: [the name's token, the range of words naming them], or null. */
type Debtor = [number, number, number];

/** A name the lexicon does not know at k, no filler, lender, supplier or goods. */
function debtorName(a: Analysis, k: number): boolean {
  const t = a.tokens[k];
  if (t === undefined || !unknownName(t)) return false;
  const w = t.key;
  return !NOT_PAYER_NAME.has(w) && !FILLERS.has(w) && !BEFORE_PAY.has(w) && !LENDERS.has(w) && !isSupplierWord(w) && !STAPLE_WORDS.has(w) && !knownWares([w]);
}

/** "si" before a name; "punya" (has, owns) after one. */
const SI = new Set(['si', 'sih']);
const HAS = new Set(['punya', 'pny', 'pnya']);

/**
 * "utang Sari dibayar 100rb", "hutang Tigor lunas 50rb", "utangnya Sari dibayar", "utang si Sari dibayar",
 * "Sari punya utang dibayar": a word the lexicon does not know beside the debt word names whose debt it is — a
 * customer's (hers is "utangku", "utang ke Sari"). Null when none.
 */
function debtorNameAt(a: Analysis): Debtor | null {
  const { tokens } = a;
  for (let i = 1; i < tokens.length; i++) {
    const d = tokens[i - 1] as Token;
    if (d.type !== T_WORD) continue;
    if ((DEBTS.has(d.key) || THEIRS.has(d.key)) && !INSTALMENTS.has(d.key)) {
      if (debtorName(a, i)) return [i, i, i + 1];
      if (SI.has((tokens[i] as Token).key) && debtorName(a, i + 1)) return [i + 1, i, i + 2];
    }
    // "Sari punya utang dibayar": the name opening the message, "punya", the debt.
    if (i === 1 && debtorName(a, 0) && HAS.has((tokens[1] as Token).key) && DEBTS.has(tokens[2]?.key ?? '')) return [0, 0, 2];
  }
  return null;
}

/** Lenders and the ones she owes, the lexicon may not hold: "utang bank dibayar" is hers. */
const LENDERS = new Set(['leasing', 'bank', 'koperasi', 'kop', 'mekaar', 'pnm', 'kur', 'bri', 'bni', 'bca', 'mandiri', 'bpr', 'bmt', 'pinjol',
  'finance', 'ulamm', 'dealer', 'adira', 'fif', 'pegadaian', 'kredivo', 'akulaku', 'paylater', 'spaylater', 'rentenir', 'arisan']);

/** Paid off: the whole tab. */
const SETTLED = new Set(['lunas', 'dilunasi', 'dilunasin', 'dilunaskan', 'terlunasi', 'kelunasan']);

function cap(s: string): string {
  return s.length > 0 ? `${(s[0] as string).toUpperCase()}${s.slice(1)}` : s;
}

export function guardDebtPaidUnsaid(a: Analysis, r: ParseResult): ParseResult {
  if (r.confidence < CONFIDENT || !present(a, T_PAID)) return r;
  const one = r.intent === 'repayment' || (r.intent === 'record' && r.entries.length === 1 && r.credit === undefined &&
    r.entries.every((e) => (e.kind === 'sale' || e.kind === 'expense') && e.amount > 0));
  if (!one) return r;
  const notes = r.notes ?? [];
  // "utang Sari dibayar 100rb": Sari's debt paid — money in from Sari, asked (a name the lexicon does not
  // know may still be goods or her supplier): never her own repayment, never a new sale (issue #15).
  const debtor = debtorNameAt(a);
  const whose = debtor !== null ? debtOwner(a, debtor[1], debtor[2]) : null;
  if (whose === 'none' || whose === 'theirs') {
    const amount = r.intent === 'repayment' ? r.amount : r.entries[0]?.amount ?? null;
    const settled = a.tokens.some((t) => SETTLED.has(t.key));
    if (amount !== null) {
      return { intent: 'payment_received', customer: cap((a.tokens[(debtor as Debtor)[0]] as Token).text), amount, settled, order: false,
        confidence: C_DOUBT, notes: [...notes, 'customer_without_title'] };
    }
  }
  const owner = debtOwner(a);
  if (owner === null) return r;
  if (owner === 'theirs') return { intent: 'unknown', confidence: C_PARTIAL, notes: [...notes, 'debtor_unnamed'] };
  if (r.intent === 'repayment') {
    const loanWord = a.tokens.some((t) => INSTALMENTS.has(t.key)) && !a.tokens.some((t) => t.type === T_WORD && DEBTS.has(t.key) && !INSTALMENTS.has(t.key));
    return owner === 'mine' || loanWord ? r : { ...r, confidence: C_DOUBT, notes: [...notes, 'someone_paid'] };
  }
  // "utangku dibayar 100rb" read as a sale: her debt settled — her instalment, asked.
  if (owner === 'mine') return { intent: 'repayment', amount: r.entries[0]?.amount ?? null, confidence: C_DOUBT, notes: [...notes, 'someone_paid'] };
  return { intent: 'unknown', confidence: C_PARTIAL, notes: [...notes, 'debtor_unnamed'] };
}

// Without these words it returns its reading unchanged (its first line): applyGuards skips it (guard-lists.ts).
guardDebtPaidUnsaid.words = T_PAID;

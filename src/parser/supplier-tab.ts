/**
 * Her tab at a supplier, paid off, however it is said: "nyicil ke supplier 500rb", "nyicilin supplier
 * 300rb", "bayar cicilan ke grosir 400rb", "angsur ke agen 300rb", "nyaur juragan 200rb", "bayar bon ke
 * sales 150rb", "lunasin ke supplier kain 1jt", "ke supplier jilbab, cicilan ke-2 750rb".
 *
 * WHY asked, every form alike: she took goods on credit and now pays for them. If she recorded the
 * goods as an expense when she took them, this payment is no new expense (it would count them twice);
 * if she did not, it is the expense. The bot cannot know which, so the expense is drafted and asked
 * (`own_debt`: "if the goods were not recorded when taken, record the purchase now?"; `tab_whose` for
 * a plain shop, whose tab may be the home's). Before, the same payment was a confident expense when
 * said "nyicil ke supplier", asked when said "nyicil utang ke supplier", a confident loan repayment
 * when said "nyicil ke bos" or "bayar cicilan supplier", and a guessed sale when said "nyicilin".
 *
 * Only known words decide: one of her settling words (instalment, paying back, paying off, a tab or
 * debt word) and a supplier's word as the one paid — after the settling word (within a few words, no
 * "dari" between) or after "ke/sama/kepada" anywhere. A lender anywhere ("cicilan KUR", "angsuran di
 * agen BRIlink") keeps her loan's repayment; "dari agen" is money from them; a home's goods
 * ("cicilan kulkas ke toko elektronik", instalment-owner.ts) stay the withdrawal asked there. Paying a
 * supplier with no settling word ("bayar ke supplier 500rb", "beli kain di supplier") is paying for
 * stock now: left as read.
 */
import type { Analysis } from './analyze.ts';
import { S_GROUPED, S_MONEY, S_PLAIN } from './amount.ts';
import { C_DOUBT } from './confidence.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import { F_PAYVERB, F_SALE } from './word-roles.ts';
import type { ParseResult } from './types.ts';

/** Her settling words: by instalments, paying back, paying off. */
const SETTLE = new Set(['nyicil', 'nyicilin', 'cicil', 'mencicil', 'nyicilan', 'cicilan', 'cicilannya', 'angsuran', 'angsurannya', 'angsur',
  'ngangsur', 'mengangsur', 'kreditan', 'nyaur', 'nyaor', 'nyahur', 'nyauri', 'nyaurin', 'nyaurake', 'lunasin', 'lunasi', 'melunasi',
  'ngelunasin', 'ngelunasi', 'nglunasi', 'nglunasin']);
/** Paid, stative or passive: with a tab word, that tab settled ("utang di agen udah lunas"); alone ("200rb lunas ke konveksi") no tab. */
const PAID = new Set(['lunas', 'dibayar', 'dilunasi', 'dilunasin', 'kebayar']);
/**
 * The tab or debt itself: settling only with a paying word in the message ("bayar bon ke sales", "utang ke
 * supplier udah lunas"). Alone it is the credit taken ("beli kain, 500rb nya utang ke toko") or a shop's
 * tab with her ("bon warung 87.500": the warung may owe HER) — left to own-debt.ts and the credit readers.
 */
const DEBT = new Set(['bon', 'bonnya', 'kasbon', 'kasbonnya', 'utang', 'hutang', 'utangnya', 'hutangnya', 'utangku', 'hutangku']);
/** Those she buys her trade's goods from, as the one paid (Sumatran and Kalimantan "toke/tauke", Javanese "bandar"). */
const SUPPLIER = new Set(['supplier', 'suplier', 'suplayer', 'supplayer', 'supplaier', 'suppliernya', 'pemasok', 'grosir', 'grosiran',
  'distributor', 'distributornya', 'pabrik', 'pabriknya', 'juragan', 'juragannya', 'bos', 'boss', 'bosnya', 'toke', 'tauke',
  'towke', 'bandar', 'tengkulak', 'konveksi', 'sales', 'salesnya']);
/** A plain shop: her tab there may be the home's groceries (asked as `tab_whose`) unless its goods are her trade's. */
const SHOPS = new Set(['toko', 'tokonya', 'warung', 'warungnya', 'kios']);
/** "toko kain", "toko bangunan": a shop of her trade's supplies. */
const SUPPLY_GOODS = new Set(['kain', 'bangunan', 'bahan', 'plastik', 'kue', 'sembako', 'grosir', 'benang', 'tekstil', 'kemasan', 'bahan2']);
/** Toward the one paid: "ke", "sama", "kepada", Sundanese "ka", Javanese "nang/ning/neng". */
const TO = new Set(['ke', 'kepada', 'kpd', 'sama', 'sm', 'ama', 'ka', 'nang', 'ning', 'neng', 'ring', 'di']);
/** From: the supplier's money or goods coming to her ("cicilan dari agen masuk"), not her paying. */
const FROM = new Set(['dari', 'dr', 'ti', 'tina', 'teko']);
/** Lenders: with one named it is her loan's instalment (a BRILink agent takes loan instalments too). */
const LENDER = new Set(['koperasi', 'kop', 'bank', 'bri', 'brilink', 'bni', 'bsi', 'mandiri', 'bpr', 'bmt', 'kur', 'mekaar', 'pnm', 'ulamm',
  'leasing', 'finance', 'pegadaian', 'gadai', 'pinjol', 'pinjaman', 'adira', 'fif', 'baf', 'kredivo', 'akulaku', 'paylater', 'spaylater']);
/** How many words after the settling word the one paid may stand ("bayar cicilan barang ke supplier"). */
const REACH = 4;

/**
 * An agent: a supplier's ("bayar bon ke agen") only with a tab word. An instalment alone at an agent
 * ("bayar angsuran di agen 300rb") is her loan's, paid at a BRILink counter: left to the loan readers.
 */
const AGENT = new Set(['agen', 'agennya']);
const T_SETTLE = trigger(SETTLE, DEBT);
const T_SUPPLIER = trigger(SUPPLIER, SHOPS, AGENT);
const T_AGENT = trigger(AGENT);
const T_LENDER = trigger(LENDER);

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.type === T_WORD;
}

function settles(t: Token, paying: boolean): boolean {
  return SETTLE.has(t.key) || SETTLE.has(t.text) || (paying && DEBT.has(t.key));
}

/** 'supplier' or 'shop' for the party at i, or null (`tab`: a tab or debt word is in the message). */
function partyAt(a: Analysis, i: number, tab: boolean): 'supplier' | 'shop' | null {
  const t = a.tokens[i];
  if (!isWord(t)) return null;
  if (SUPPLIER.has(t.key) || (tab && AGENT.has(t.key))) return 'supplier';
  if (!SHOPS.has(t.key)) return null;
  const goods = a.tokens[i + 1];
  return isWord(goods) && SUPPLY_GOODS.has(goods.key) ? 'supplier' : 'shop';
}

/** The one paid after the settling word at i: a supplier or shop within reach, nothing "from" or no amount between. */
function paidAfter(a: Analysis, i: number, tab: boolean): 'supplier' | 'shop' | null {
  for (let j = i + 1; j < a.tokens.length && j <= i + REACH; j++) {
    const t = a.tokens[j] as Token;
    if (t.type === T_NL || (t.type === T_WORD && FROM.has(t.key))) return null;
    const nums = a.numIn[j];
    if (nums !== undefined && nums !== -1 && a.nums[nums]?.rupiah !== null && a.marks[j] === 0) return null;
    const party = partyAt(a, j, tab);
    if (party !== null) return party;
  }
  return null;
}

/** 'supplier' or 'shop' when the message pays off her tab there (see the file comment), else null. */
export function supplierTab(a: Analysis): 'supplier' | 'shop' | null {
  if (!present(a, T_SETTLE) || !present(a, T_SUPPLIER) || present(a, T_LENDER)) return null;
  const { tokens } = a;
  const paying = tokens.some((t) => t.type === T_WORD && ((t.f & F_PAYVERB) !== 0 || PAID.has(t.key) || SETTLE.has(t.key) || SETTLE.has(t.text)));
  const tab = tokens.some((t) => t.type === T_WORD && DEBT.has(t.key));
  let settled = false;
  let toward: 'supplier' | 'shop' | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (settles(t, paying)) {
      settled = true;
      const party = paidAfter(a, i, tab);
      if (party !== null) return party;
    }
    // "bayar ke supplier jilbab, cicilan ke-2 750rb": the one paid named first, after a word toward it.
    // ("di" only after a settling word: "beli di grosir, …" is where she bought.)
    const prev = tokens[i - 1];
    if (toward === null && isWord(prev) && TO.has(prev.key) && prev.key !== 'di') toward = partyAt(a, i, tab);
  }
  return settled ? toward : null;
}

/** The distributor's salesman ("bayar bon ke sales 150rb"): the only sale word, read as selling — no sale of hers. */
const SALESMAN = new Set(['sales', 'salesnya']);
function salesmanOnly(a: Analysis): boolean {
  return a.tokens.every((t) => (t.f & F_SALE) === 0 || SALESMAN.has(t.key));
}

/** Before a day, words saying it is when the debt arose ("yang kemarin ngebon", "sisa kemarin"), not the paying. */
const DEBT_DAY = new Set(['yang', 'yg', 'sisa', 'dari', 'utang', 'hutang', 'bon', 'kasbon', 'stok', 'ngebon', 'ngutang']);

/**
 * The day she paid: the one day written ("kemarin nyicil ke grosir 300rb"), unless it says when the debt
 * arose (after "yang/sisa/utang…", or in brackets): then today. Several days: null (left to the others).
 */
export function dayPaid(a: Analysis): Analysis['today'] | null {
  if (a.dates.length > 1) return null;
  const d = a.dates[0];
  if (d === undefined || d.date === null) return d === undefined ? a.today : null;
  const before = [a.tokens[d.start - 1]?.key ?? '', a.tokens[d.start - 2]?.key ?? ''];
  const bracketed = a.tokens.slice(0, d.start).filter((t) => t.type === T_PUNCT && t.text === '(').length >
    a.tokens.slice(0, d.start).filter((t) => t.type === T_PUNCT && t.text === ')').length;
  return bracketed || before.some((w) => DEBT_DAY.has(w)) ? a.today : d.date;
}

/** The one written amount, or null (several, a plain number, a range or an estimate are left as read). */
function oneAmount(a: Analysis): number | null {
  let found: number | null = null;
  for (const ex of a.nums) {
    if (ex.rupiah === null) continue;
    if (ex.strength === S_PLAIN || ex.ambiguous || ex.approx || found !== null) return null;
    if (ex.strength !== S_MONEY && ex.strength !== S_GROUPED && ex.rupiah < 1000) return null;
    found = ex.rupiah;
  }
  return found;
}

/** The debt's words before a period word: "sisa bulan kemarin", "utang stok bulan lalu" say when the debt arose. */
const DEBT_ORIGIN = new Set(['sisa', 'utang', 'hutang', 'bon', 'kasbon', 'stok', 'dari']);

/**
 * Whether every period word says when the debt arose ("(sisa bulan kemarin)", in brackets or after a debt
 * word), not a month's total paid: then the month's-sum doubt is no doubt of this payment.
 */
function periodOfDebt(a: Analysis): boolean {
  let depth = 0;
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (t.type === T_PUNCT && t.text === '(') depth++;
    if (t.type === T_PUNCT && t.text === ')') depth--;
    if (t.type !== T_WORD || depth > 0 || !/bulan|bln|minggu|mgg/.test(t.key)) continue;
    if (!DEBT_ORIGIN.has(a.tokens[i - 1]?.key ?? '') && !DEBT_ORIGIN.has(a.tokens[i - 2]?.key ?? '')) return false;
  }
  return true;
}

/** Doubts this reading answers: the kind (an expense), whose debt it is (hers, to the one paid; no customer's credit), and the note asked instead. */
const ANSWERED = new Set(['kind_guessed', 'own_debt', 'goods_on_credit', 'tab_whose', 'debt_repaid', 'customer_without_title']);

function asked(a: Analysis, r: ParseResult, note: string): ParseResult {
  const notes = (r.notes ?? []).filter((n) => !ANSWERED.has(n) && (n !== 'period_sum' || !periodOfDebt(a)));
  return { ...r, confidence: Math.min(r.confidence, C_DOUBT), notes: [...notes, note] } as ParseResult;
}

/**
 * A repayment, an expense or a guessed sale read from her tab at a supplier: the expense, asked (see
 * the file comment). A withdrawal (the home's goods by instalment) and several entries are left as read.
 */
export function guardSupplierTab(a: Analysis, r: ParseResult): ParseResult {
  if (r.intent !== 'repayment' && r.intent !== 'record') return r;
  if (r.intent === 'record') {
    const e = r.entries[0];
    if (r.entries.length !== 1 || e === undefined) return r;
    const guessedSale = e.kind === 'sale' && ((r.notes ?? []).includes('kind_guessed') || salesmanOnly(a));
    if (e.kind !== 'expense' && !guessedSale) return r;
  }
  const tab = supplierTab(a);
  // "bayar cicilan ke agen 300rb", "angsuran di agen 300rb": an agent takes loan instalments (a BRILink
  // counter) and also sells stock on credit — her loan's instalment, asked (lender_paid), never a cost.
  if (tab === null && r.intent === 'repayment' && r.confidence > C_DOUBT && present(a, T_AGENT) && !present(a, T_LENDER)) return asked(a, r, 'lender_paid');
  if (tab === null) return r;
  const note = tab === 'supplier' ? 'own_debt' : 'tab_whose';
  const owed = a.tokens.some((t) => t.type === T_WORD && (t.key === 'utang' || t.key === 'hutang' || t.key === 'bon' || t.key === 'kasbon'));
  const item = tab === 'shop' ? (owed ? 'bon warung' : 'toko') : owed ? 'utang ke pemasok' : 'supplier';
  if (r.intent === 'record' && r.entries[0]?.kind === 'expense') {
    // (An expense the own-debt reader left unnamed, "bayar bon ke sales 50rb": named as the tab it pays.)
    const e = r.entries[0];
    return asked(a, e.item === null ? { ...r, entries: [{ ...e, item }] } : r, note);
  }
  const amount = oneAmount(a);
  // (Its day: the one written for the paying, or today; several days are left to the other readers, asked.)
  const day = r.intent === 'record' ? r.date : dayPaid(a);
  if (amount === null || day === null) return r.confidence > C_DOUBT ? asked(a, r, note) : r;
  const expense: ParseResult = { intent: 'record', entries: [{ kind: 'expense', amount, item, quantity: null, unit: null, unitPrice: null }],
    date: day, confidence: r.confidence, ...(r.notes === undefined ? {} : { notes: r.notes }) };
  return asked(a, expense, note);
}

// Without these words it returns its reading unchanged (supplierTab needs one of them, and its agent question an agent word, one of them too): applyGuards skips it (guard-lists.ts).
guardSupplierTab.words = T_SUPPLIER;

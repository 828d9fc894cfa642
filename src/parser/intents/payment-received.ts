/**
 * payment_received: a customer pays — "Bu Tin bayar 270rb", "pesanan Bu Sri lunas",
 * "hutang Bu Tin dibayar 100rb", "dp pesanan Bu Sri 200rb". A member's own instalment
 * ("bayar angsuran 300rb") is not one.
 */
import type { Analysis } from '../analyze.ts';
import { S_PLAIN } from '../amount.ts';
import { C_DOUBT, C_NOT_FACT, C_PARTIAL, Confidence } from '../confidence.ts';
import { herDebtAtHead, paidOnward } from '../payer-head.ts';
import { F_DURATION, F_EXPENSE, F_FUTURE, F_NEG, F_PERIOD, F_SALE, F_UNIT, F_WEAK, G_CREDIT, G_HONORIFIC, G_ORDER, G_PERCENT } from '../word-roles.ts';
import { hasMark, M_PERCENT } from '../marks.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from '../lexer.ts';
import type { ParseResult } from '../types.ts';
import { findCustomer, type Customer } from './customer.ts';
import { DP_KEYS, isDpAt } from './down-payment.ts';
import { paidAmount, scored } from './shared.ts';
import { productAmounts, statedProduct } from '../stated-product.ts';
import { paymentNums, restLaterClause } from '../debt-remainder.ts';
import { present, trigger } from '../triggers.ts';
import { moneyDirection } from '../money-direction.ts';
import { customerPaysWork } from '../service-work.ts';
import { feeFromCustomer } from '../took-in-work.ts';
import { owedThenPayLater } from './credit.ts';
import { herOwnPaying, payerNotAName } from '../payer-name.ts';
import { asksWhether } from '../not-fact.ts';

const PAY_KEYS = new Set(['bayar', 'membayar', 'dibayar', 'transfer', 'tf', 'nyicil', 'cicil', 'mencicil', 'lunas',
  'lunasi', 'melunasi', 'pelunasan', 'lunasin', 'bayarin', 'nransfer', 'ditransfer', 'bayaran', 'pembayaran']);
/**
 * Settled in the passive: a payment only with her tab named ("bon pak Darto dilunasi, seratus dua puluh
 * ribu"); an order "diambil dan dilunasi" is her sale (goods-order-paid.ts).
 */
const TAB_SETTLED = new Set(['dilunasi', 'dilunasin']);
const SETTLE_KEYS = new Set(['lunas', 'lunasi', 'melunasi', 'pelunasan', 'lunasin']);
/** Pay words that are passive or name the settling itself: the customer may come after them. */
// ("bon pak Darto dilunasi, seratus dua puluh ribu": settled in the passive, as "dibayar".)
const NEUTRAL_PAY = new Set(['dibayar', 'lunas', 'pelunasan', 'ditransfer', 'bayaran', 'pembayaran', ...TAB_SETTLED]);
/**
 * Received, before the paying noun: "Terima pembayaran bon: Rp 35.000 (Pak Darto)" (a bot's or
 * a book's label) — money in on her tab, the payer named after the amount, a few words on.
 */
/** A fee for work opening the message ("upah jahit …", "ongkos bordir …"). */
const FEE_NOUNS = new Set(['upah', 'upahnya', 'ongkos', 'ongkosnya']);
const TO = new Set(['ke', 'kepada', 'kpd', 'buat', 'untuk', 'utk']);
const RECEIVED = new Set(['terima', 'diterima', 'menerima', 'trima', 'nerima']);

/** A number of goods ("3 kerudung", "@90rb") means a sale on credit, not a payment. */
function hasQuantityNumber(a: Analysis, owedFrom = -1, owedTo = -1): boolean {
  const { tokens } = a;
  for (const ex of a.nums) {
    if (ex.strength !== S_PLAIN || ex.value === null) continue;
    // (A count in the clause saying what the tab was for, "yg beli 3 sarung", is what she took then.)
    if (ex.start >= owedFrom && ex.start < owedTo) continue;
    const n = tokens[ex.end];
    if (n && n.type === T_WORD && (n.f & F_UNIT) !== 0) return true;
    if (n && n.type === T_WORD && n.info === null && (ex.rupiah === null || ex.rupiah < 1000)) return true;
  }
  for (const t of tokens) if (t.type === T_PUNCT && t.text === '@') return true;
  return false;
}

/** Paying words before a period ahead: "bayar minggu depan". */
const PAID_AHEAD = new Set(['bayar', 'byr', 'dibayar', 'lunas', 'dilunasi', 'lunasin', 'tf', 'transfer', 'ditransfer', 'nyicil']);

/**
 * A promise or hearsay before the paying: "bu Ani janji bayar 50rb" (promised), "bu Ani katanya udah bayar"
 * (so she says) — no payment she saw; asked whether it happened.
 */
const PROMISED = new Set(['janji', 'berjanji', 'janjinya', 'katanya', 'katane', 'jarene', 'cenah', 'ceunah', 'konon']);

/** Future words or dates: a promise to pay, not a payment. */
function notFactWords(a: Analysis): boolean {
  // ("… 20rb dulu katanya sisanya jumat": the rest's promise and day are the rest's: debt-remainder.ts.)
  const rest = restLaterClause(a);
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (t.type !== T_WORD || (rest !== null && i >= rest.from && i < rest.to)) continue;
    if ((t.f & F_FUTURE) !== 0 || PROMISED.has(t.key)) return true;
    // "bayar minggu depan", "lunas bulan depan": the paying is a period ahead ("…, sisanya bulan depan" is the rest only).
    if (t.key === 'depan' && ((a.tokens[i - 1]?.f ?? 0) & (F_PERIOD | F_DURATION)) !== 0 && PAID_AHEAD.has(a.tokens[i - 2]?.key ?? '')) return true;
  }
  return a.dates.some((m) => m.future && (rest === null || m.start < rest.from || m.start >= rest.to));
}

/** Words of a member's own loan or group dues: with them a named person paying is not a customer. */
const MEMBER_LOAN = new Set(['angsuran', 'setoran', 'pinjaman', 'koperasi', 'kelompok', 'bank', 'cicilan', 'arisan', 'iuran']);

/** A customer not named: "tetangga bayar bon 50rb", "pelanggan nyicil utangnya 20rb". */
const UNNAMED_BUYERS = new Set(['tetangga', 'tetanggaku', 'pelanggan', 'langganan', 'pembeli', 'customer', 'konsumen']);
const BEFORE_PAY = new Set(['sudah', 'udah', 'sdh', 'dah', 'baru', 'tadi', 'td', 'yang', 'yg']);

/**
 * "tetangga bayar bon yg kemarin 50rb": a buyer word, a paying word and her tab (bon, utang)
 * right after it — a customer settling what she owes, not a sale and not an expense. The
 * buyer word stands for the name (the bot finds no tab under it and says so).
 */
function unnamedPayer(a: Analysis): Customer | null {
  const { tokens } = a;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || !UNNAMED_BUYERS.has(t.key)) continue;
    let j = i + 1;
    while (j < tokens.length && j <= i + 2 && BEFORE_PAY.has((tokens[j] as Token).key)) j++;
    if (!PAY_KEYS.has(tokens[j]?.key ?? '')) continue;
    for (let k = j + 1; k < tokens.length && k <= j + 2; k++) {
      if (((tokens[k] as Token).f2 & G_CREDIT) !== 0) return { name: t.text[0]?.toUpperCase() + t.text.slice(1), start: i, end: i + 1, titled: false };
    }
  }
  return null;
}

/** Paid in the passive, and by whom: "ditransfer 150rb sama pemesan catering", "dibayar oleh pelanggan". */
const PASSIVE_PAYS = new Set(['dibayar', 'ditransfer', 'dilunasi', 'dilunasin', 'dicicil']);
const BY = new Set(['sama', 'sm', 'ama', 'oleh', 'olh']);
/** Buyers by role, after the passive's "sama": the one who ordered, a customer, a neighbour. */
const PASSIVE_ROLES = new Set([...UNNAMED_BUYERS, 'pemesan', 'pemesannya', 'cust', 'reseller']);

/**
 * "tadi ditransfer 150rb sama pemesan catering yg kemarin belum bayar": a passive paying verb, its
 * amount, then "sama/oleh" and a buyer by role (with a word or two saying which, and a clause
 * describing them) — that buyer paid her. The describing clause is part of the payer's words, so
 * its "belum bayar" (who had not paid) is no negation of this payment.
 */
function passiveRolePayer(a: Analysis): Customer | null {
  const { tokens } = a;
  const pay = tokens.findIndex((t) => t.type === T_WORD && PASSIVE_PAYS.has(t.key));
  if (pay < 0) return null;
  for (let j = pay + 1; j < tokens.length && j <= pay + 4; j++) {
    const t = tokens[j] as Token;
    if (t.type === T_PUNCT) return null;
    if (t.type !== T_WORD || !BY.has(t.key) || !PASSIVE_ROLES.has(tokens[j + 1]?.key ?? '')) continue;
    const start = j + 1;
    let end = start + 1;
    // ("pemesan catering", "pelanggan laundry": one word saying which, the lexicon's or not.)
    const which = tokens[end];
    if (which?.type === T_WORD && a.marks[end] === 0 && !WHO.has(which.key) && (which.f & (F_SALE | F_EXPENSE)) === 0 && !PAY_KEYS.has(which.key)) end++;
    const name = tokens.slice(start, end).map((u) => u.text).join(' ');
    return { name: `${name[0]?.toUpperCase()}${name.slice(1)}`, start, end, titled: false };
  }
  return null;
}

/** Words saying the paying after them is done, now: "tadi udah dibayar", "barusan bayar", "akhirnya lunas". */
const PAID_NOW = new Set(['sudah', 'udah', 'udh', 'sdh', 'dah', 'tadi', 'td', 'barusan', 'akhirnya', 'baru', 'wis', 'wes']);

/**
 * "… bu lurah yg kmrn belum dibayar, tadi udah dibayar 150rb": a clause after the payer ("yg …") saying it was
 * not paid (a negation, then a paying word) and ending at a comma or a line — what was owed until now, no
 * payment refused. The index of that break, or -1. The paying after it is read as any other.
 */
function unpaidUntilNow(tokens: readonly Token[], end: number): number {
  if (!WHO.has(tokens[end]?.key ?? '')) return -1;
  for (let k = end + 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.type === T_PUNCT || t.type === T_NL) return -1;
    if ((t.f & F_NEG) !== 0 && PAY_KEYS.has(tokens[k + 1]?.key ?? '')) {
      const brk = tokens[k + 2];
      if (brk === undefined || !(brk.type === T_NL || (brk.type === T_PUNCT && brk.text === ','))) return -1;
      // The paying after it said as done ("tadi udah dibayar"); "…, nanti bayar 50rb" is still owed.
      let j = k + 3;
      let done = false;
      while (j < tokens.length && PAID_NOW.has((tokens[j] as Token).key)) {
        done = true;
        j++;
      }
      return done && PAY_KEYS.has(tokens[j]?.key ?? '') ? k + 2 : -1;
    }
  }
  return -1;
}

/** The end of a clause describing the payer that ends at `end` ("… yg kemarin belum bayar"), else `end`. */
function describedEnd(tokens: readonly Token[], end: number): number {
  if (!WHO.has(tokens[end]?.key ?? '')) return end;
  while (end < tokens.length && (tokens[end] as Token).type !== T_PUNCT && (tokens[end] as Token).type !== T_NL) end++;
  return end;
}

/**
 * "uang kasbonnya mas ojek udah masuk 59rb", "bon Bu Tin sudah kembali 50rb": with her tab
 * named, money coming in is the tab paid back (not a new sale).
 */
/** Her tab with "-nya" ("kasbonnya mas ojek"), which the lexicon keeps apart from the bare word. */
const TAB_OWNED = new Set(['kasbonnya', 'bonnya', 'hutangnya', 'utangnya', 'bone']);
const CAME_IN = new Set(['masuk', 'diterima', 'terima', 'kembali', 'balik', 'dibalikin', 'dikembalikan', 'dikembaliin']);

/**
 * "kasbonnya mas ojek udah masuk": with her tab named and money coming in, a title and the
 * word after it name the one who owed, even a word the lexicon knows (a role, "mas ojek").
 */
function roleAfterTitle(a: Analysis): Customer | null {
  const { tokens } = a;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    const n = tokens[i + 1] as Token;
    if (t.type !== T_WORD || (t.f2 & G_HONORIFIC) === 0 || n.type !== T_WORD || a.marks[i + 1] !== 0) continue;
    if (CAME_IN.has(n.key) || PAY_KEYS.has(n.key) || BEFORE_PAY.has(n.key) || (n.f2 & G_CREDIT) !== 0 || TAB_OWNED.has(n.key)) continue;
    return { name: `${t.text[0]?.toUpperCase()}${t.text.slice(1)} ${n.text}`, start: i, end: i + 2, titled: true };
  }
  return null;
}

/**
 * "ulun dibayar utang wadai kemarin ulih acil Imah 30rb" (Banjar: I was paid the cake debt yesterday
 * by Auntie Imah), "aku dibayar utang kue kemarin sama bu Ani 30rb": the passive paying verb, what was
 * paid and when, then the agent word ("oleh", Banjar "ulih", Javanese "karo", "sama") right before the
 * payer — the payer paid HER, however many words stand between (a clause, no break). WHY: past three
 * words the name was no longer tied to the verb, and the message fell to her own repayment.
 */
const PASSIVE_AGENT_REACH = 7;
const AGENT = new Set(['oleh', 'olh', 'ulih', 'olih', 'sama', 'sm', 'ama', 'karo', 'kalawan']);
function passiveAgentOf(tokens: readonly Token[], pay: number, start: number): boolean {
  if (!PASSIVE_PAYS.has(tokens[pay]?.key ?? '') && tokens[pay]?.key !== 'dibayarin' || !AGENT.has(tokens[start - 1]?.text ?? '')) return false;
  for (let k = pay + 1; k < start - 1; k++) {
    const t = tokens[k] as Token;
    // ("dibayar ke pak Yusuf …": the one she paid; a break ends the clause.)
    // (Counts and amounts may stand between: "dibayar utang 2 bulan lalu oleh bu Ani".)
    if (t.type === T_NUM) continue;
    if (t.type !== T_WORD || t.key === 'ke' || t.key === 'kepada' || AGENT.has(t.text)) return false;
  }
  return true;
}

/** Ordering as a verb: the order is being placed in this message. */
const ORDERING = new Set(['pesan', 'pesen', 'memesan', 'dipesan', 'mesen', 'mesan', 'order', 'ngorder', 'dipesen']);

const T_PAID = trigger(PAY_KEYS, CAME_IN, TAB_SETTLED, DP_KEYS, ['muka']);
/** A paying word ("bayar"), or one of money come in on a tab. A module function, not a named closure: see unknown-hints.ts's `has`. */
function isPay(t: Token, tab: boolean): boolean {
  return PAY_KEYS.has(t.key) || (tab && (CAME_IN.has(t.key) || TAB_SETTLED.has(t.key)));
}

/** Shops whose owner's name follows them: "warung pak Darto", "toko bu Imah", "kios mas Budi". */
const SHOP_OF = new Set(['warung', 'warong', 'toko', 'kios', 'lapo', 'lepau', 'warkop', 'kantin', 'kelontong']);
/** Her tab words, bare: "bon", "utang", "kasbon". */
const TAB_WORDS = new Set(['bon', 'utang', 'hutang', 'kasbon', 'bonnya', 'utangnya', 'hutangnya']);

/** Going to or being at a place: "ke warung bu Imah", "di toko pak Darto". */
const AT_PLACE = new Set(['ke', 'di', 'dari', 'dr', 'neng', 'ning', 'nang', 'ka']);

/**
 * Whether the name at `start` follows "<tab> [di] <shop>" or "ke/di <shop>": the shop's owner, not surely
 * a customer ("tadi saya ke warung bu Imah bayar bon 45rb": she went there and paid her tab).
 */
function tabAtShopOf(tokens: readonly Token[], start: number): boolean {
  if (!SHOP_OF.has(tokens[start - 1]?.key ?? '')) return false;
  if (AT_PLACE.has(tokens[start - 2]?.key ?? '')) return true;
  return TAB_WORDS.has(tokens[start - 2]?.key ?? '');
}

/**
 * "bon warung bu Tarmi dibayar 87.500", "kasbon toko pak Darto udah lunas 120rb": the tab word right before
 * the shop and its owner, then a passive or settling word after the name (no one's active paying) — the
 * tab of that shop's owner, who may be her customer (a warung taking her goods on tab) as well as the one
 * she owes. Read as the owner's payment, asked (`tab_whose`): never a sale, never recorded unasked.
 * ("bayar bon warung mama Yuli 50rb", her paying verb first, and "bon di warung …", a place, stay as read.)
 */
const OWNER_PAID = new Set(['dibayar', 'dilunasi', 'dilunasin', 'ditransfer', 'lunas']);
function shopOwnersTab(tokens: readonly Token[], cust: Customer): boolean {
  if (!TAB_WORDS.has(tokens[cust.start - 2]?.key ?? '') || !SHOP_OF.has(tokens[cust.start - 1]?.key ?? '')) return false;
  if (tokens.slice(0, cust.start).some((t) => PAY_KEYS.has(t.key))) return false;
  let k = cust.end;
  while (k < tokens.length && ALREADY_PAID.has(tokens[k]?.key ?? '')) k++;
  return OWNER_PAID.has(tokens[k]?.key ?? '') && !['sama', 'sm', 'ama', 'oleh'].includes(tokens[k + 1]?.key ?? '');
}

/** Her own: "warung saya", "toko kami". */
const MINE = new Set(['saya', 'sy', 'aku', 'ku', 'kami', 'kita', 'sendiri']);
/** The customer again, as "she": "…, dia udah bayar". */
const SHE = new Set(['dia', 'beliau', 'doi', 'dianya', 'deknya']);
/** "already" words before a paying verb. */
const ALREADY_PAID = new Set(['sudah', 'udah', 'udh', 'sdh', 'dah', 'baru', 'akhirnya', 'wis', 'wes']);

/**
 * Where the payer's words end, as seen from the paying verb at `i`: "bon bu Imah di warung saya sudah dibayar" (her
 * own shop named after the customer, where the tab ran), "bon bu Imah udah aku coret, dia udah bayar" ("she",
 * the customer of the tab, paying) — the verb is next to the payer all the same. Only with a tab.
 */
function payerEnd(tokens: readonly Token[], end: number, i: number, tab: boolean): number {
  if (!tab) return end;
  let k = i - 1;
  while (k > end && ALREADY_PAID.has(tokens[k]?.key ?? '')) k--;
  if (k > end && SHE.has(tokens[k]?.key ?? '')) return k + 1;
  if (tokens[end]?.key === 'di' && SHOP_OF.has(tokens[end + 1]?.key ?? '') && MINE.has(tokens[end + 2]?.key ?? '')) return end + 3;
  return end;
}

/** "the one who": a relative clause describing the payer. */
const WHO = new Set(['yg', 'yang', 'nyang']);

/**
 * "utangnya daeng Ratna yg beli sarung kemarin": the verb at i opens a relative clause right after the
 * payer ("yg" within two words of the name's end) — what the tab was run up for, not a new event.
 */
function owedFor(tokens: readonly Token[], i: number, custEnd: number): boolean {
  return i > custEnd && i - custEnd <= 2 && WHO.has(tokens[i - 1]?.key ?? '');
}

/** Where the clause of what the tab was for ends: a punctuation mark or the first money amount. */
function owedClauseEnd(a: Analysis, from: number): number {
  for (let k = from; k < a.tokens.length; k++) {
    if ((a.tokens[k] as Token).type === T_PUNCT) return k;
    const n = a.numIn[k] as number;
    if (n >= 0 && a.nums[n] !== undefined && (a.nums[n]?.strength ?? S_PLAIN) !== S_PLAIN) return k;
  }
  return a.tokens.length;
}

/** The passive paid ("dibayar", regional "dibayarmi", "disaur"), with "already" or nothing before it. */
const PASSIVE_PAID = new Set(['dibayar', 'dilunasi', 'dilunasin', 'ditransfer']);

/**
 * "udah dibayar utangnya 50rb", "wis dibayar utange 40rb": a passive paying verb right before a tab with its owner's ending
 * (within two words), one amount, and no payee, loan, sale or purchase word — someone paid her a tab
 * but the message names nobody. Asked (`debtor_unnamed`), never a sale.
 */
function passiveTabPaid(a: Analysis): boolean {
  const { tokens } = a;
  let paid = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (TO.has(t.key) || MEMBER_LOAN.has(t.key) || t.key === 'dari' || ((t.f & F_NEG) !== 0)) return false;
    if (((t.f & (F_SALE | F_EXPENSE)) !== 0 && (t.f & F_WEAK) === 0)) return false;
    if (PASSIVE_PAID.has(t.key) && paid < 0) {
      for (let k = i + 1; k <= i + 2 && k < tokens.length; k++) {
        const u = tokens[k] as Token;
        if (TAB_OWNED.has(u.key)) paid = i;
      }
    }
  }
  return paid >= 0 && a.nums.filter((e) => e.rupiah !== null).length === 1;
}

export function detectPaymentReceived(a: Analysis): ParseResult | null {
  if (!present(a, T_PAID)) return null; // (a paying word must be written: see below)
  const tab = a.tokens.some((t) => (t.f2 & G_CREDIT) !== 0 || TAB_OWNED.has(t.key));
  if (!a.tokens.some((t) => isPay(t, tab) || DP_KEYS.has(t.key) || t.key === 'muka')) return null;
  const { tokens } = a;
  // (findCustomer also knows titles that are words too: "teh Euis mayar …".)
  const found = findCustomer(a) ?? unnamedPayer(a);
  const byRole = found === null ? passiveRolePayer(a) : null;
  const cust = found ?? byRole ?? (tab ? roleAfterTitle(a) : null);
  // "udah dibayar utangnya 50rb", "dibayarmi bonnya 80 ribu": someone's tab paid to her, nobody named — who, asked.
  if (!cust) return tab && passiveTabPaid(a) ? { intent: 'unknown', confidence: C_PARTIAL, notes: ['debtor_unnamed'] } : null;
  // "nyong wis bayar utang" (her own paying), "ibu berjilbab merah bayar utang" (someone described),
  // "jahit baju punya pak RT … bayar" (whose garment): no payer's name — her own reading, or asked (payer-name.ts).
  const notName = payerNotAName(a, cust.start, cust.end);
  if (notName === 'described' && tab) return { intent: 'unknown', confidence: C_PARTIAL, notes: ['debtor_unnamed'] };
  if (notName !== null) return null;
  // "inyong wis mbayar utang neng warung", "saya bayar utang bu Ani": her "I" paying opens the message — the person is her payee.
  if (herOwnPaying(a)) return null;
  // "bon warung pak Darto dilunasi", "utang di toko bu Imah lunas": the name is the shop's owner, the tab
  // run at that shop — hers as likely as his; who paid whom is unsaid (tab-paid.ts asks).
  const ownersTab = tabAtShopOf(tokens, cust.start) && shopOwnersTab(tokens, cust);
  if (tabAtShopOf(tokens, cust.start) && !ownersTab) return null;
  // "yg ngutang ke koh Acong udah bayar": the one she owed, paid by her (payer-head.ts).
  if (tab && herDebtAtHead(a)) return null;
  // "antar jemput anak sekolah, bu ani bayar bulanan 300rb": the fee of her work named first, no
  // tab — her takings, read as a record (service-work.ts, order-money.ts).
  // ("tukang pijat bu Yati, bayar 75rb": who paid whom is asked there.)
  if (!tab && customerPaysWork(tokens) !== null) return null;
  // "upah bordir kerudung dari bu camat 250rb udah dibayar", "ongkos jahit dr bu Ani 150rb sudah ditransfer": the fee
  // of her work, from the customer, paid — her takings for the work (took-in-work.ts), as without "dibayar".
  if (!tab && FEE_NOUNS.has(tokens[0]?.key ?? '') && feeFromCustomer(tokens, 0)) return null;
  // "sewa lapak 250rb udah dibayar ke pak Yusuf": the one she paid, never a customer paying her.
  // ("pembayaran utang ke Pak Darto": the person after "ke" is paid — by her.)
  if (TO.has(tokens[cust.start - 1]?.key ?? '')) return null;
  const paidTo = moneyDirection(a).paidTo;
  if (paidTo !== null && cust.start < paidTo[1] && cust.end > paidTo[0]) return null;
  // "pesanan tempe bu lurah yg kmrn belum dibayar, tadi udah dibayar 150rb": who it was (unpaid till now), then the paying.
  const unpaid = unpaidUntilNow(tokens, cust.end);
  let pay = -1;
  let dp = -1;
  let settled = false;
  let order = false;
  let sisa = false;
  let owedFrom = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (i >= cust.start && i < cust.end) continue;
    // ("… sama pemesan catering yg kemarin belum bayar": who the payer is, not this payment.)
    if (byRole !== null && i >= cust.end && i < describedEnd(tokens, cust.end)) continue;
    if (i >= cust.end && i < unpaid) continue;
    if (isPay(t, tab)) {
      const before = tokens[i - 1];
      if (before && before.type === T_WORD && (before.f & F_NEG) !== 0) return null; // "Bu Tin belum bayar"
      // Next to the name: "Bu Tin (sudah) bayar", "hutang Bu Tin dibayar", "pelunasan pesanan Bu Sri".
      const gap = i >= cust.end ? i - payerEnd(tokens, Math.max(cust.end, unpaid), i, tab) : cust.start - i - 1;
      const ok = (gap <= 3 || (gap <= 7 && i < cust.start && tab && RECEIVED.has(tokens[i - 1]?.key ?? '')) ||
        (gap <= PASSIVE_AGENT_REACH && i < cust.start && passiveAgentOf(tokens, i, cust.start))) && (i > cust.start || NEUTRAL_PAY.has(t.key) || CAME_IN.has(t.key) ||
        ((tokens[cust.start - 1]?.f2 ?? 0) & (G_CREDIT | G_ORDER)) !== 0 || tokens[cust.start - 1]?.key === 'dari');
      if (ok && pay < 0) pay = i;
      if (SETTLE_KEYS.has(t.key)) settled = true;
    }
    if ((t.f2 & G_ORDER) !== 0) order = true;
    if (t.key === 'sisa' || t.key === 'sisanya' || t.key === 'kekurangan' || t.key === 'kurangnya') sisa = true;
    if (MEMBER_LOAN.has(t.key)) return null;
    // A sale or purchase in the same message is a credit sale or an expense, not a payment.
    // ("dibayarmi utangnya daeng Ratna yg beli sarung kemarin": with her tab paid, "yg beli …" after the
    // payer says what the tab was for — the goods she took before, no sale today.)
    if ((t.f & (F_SALE | F_EXPENSE)) !== 0 && (t.f & F_WEAK) === 0 && !(tab && CAME_IN.has(t.key)) && !(tab && owedFor(tokens, i, cust.end))) return null;
    if ((t.f & (F_SALE | F_EXPENSE)) !== 0 && (t.f & F_WEAK) === 0 && owedFrom < 0 && tab && owedFor(tokens, i, cust.end)) owedFrom = i;
    if (isDpAt(a, i) > 0) dp = i;
  }
  // "dp pesanan Bu Sri 200rb": a down payment on an order already taken (one amount only;
  // "pesanan Bu Sri 850rb dp 425rb" is a new order).
  // "pelunasan kebaya bu Ani 250rb (sisa dari DP kemarin)": the balance of an order after its DP,
  // the DP named after the settling word with no amount of its own: the payment stands.
  if (dp > pay && pay >= 0 && settled && a.nums.length === 1) {
    dp = -1;
    order = true;
  }
  if (dp >= 0) {
    if (!order || pay >= 0 || a.nums.length !== 1) return null;
    // "bu Wati pesen kue ultah buat tgl 25, udah dp 100rb": the order placed now, with its
    // DP — a new order (order.ts), not a payment on one taken before.
    if (tokens.some((t) => ORDERING.has(t.key))) return null;
    // "pesanan seragam 600rb dari Bu RT, dp 30%": the amount is the order's price, the DP a share of it.
    if (a.tokens.some((t) => (t.f2 & G_PERCENT) !== 0) || hasMark(a.marks, M_PERCENT)) return null;
    pay = dp;
  }
  if (pay < 0) return null;
  // "Bu Ani bayar utang ke supplier 500rb": the customer paid someone else, not her (payer-head.ts).
  if (paidOnward(a, pay)) return null;
  // "Bu Sri kasbon 36rb, bayar minggu depan": the paying put off — a sale on credit (record.ts).
  if (owedThenPayLater(tokens, pay)) return null;
  const owedTo = owedFrom < 0 ? -1 : owedClauseEnd(a, owedFrom);
  if (hasQuantityNumber(a, owedFrom, owedTo)) return null;
  // "pesanan Bu Sri 850rb dibayar 200rb": an order's price and what was paid of it — the order
  // reads both (order.ts), a payment would take the price as paid.
  // (A remainder still owed — "…100rb, sisa 75rb" — and a count of time — "2 minggu lalu" — are
  // no amounts paid: debt-remainder.ts.)
  const nums = paymentNums(a).filter((e) => !(e.start >= owedFrom && e.start < owedTo));
  let money = nums.filter((e) => e.rupiah !== null);
  // "bayar utang 5rb x 6 = 30rb": a price times a count with its result said — one amount paid (stated-product.ts).
  const product = money.length > 1 ? statedProduct(a, 0) : null;
  if (product !== null) money = productAmounts(money, product);
  if (order && money.length > 1) return null;
  // ("nyicil utang 100rb, sisa 75rb": the rest of her tab, not of an order.)
  if (sisa && !tab) order = true;
  const c = new Confidence(0.95);
  const ex = money[0] ?? nums[0];
  const amount = paidAmount(c, ex, money.length, settled);
  // ("bu Ani udah bayar belum ya 50rb": asking whether she paid, not saying so.)
  if (a.question || asksWhether(a)) c.cap(C_PARTIAL, 'question');
  if (notFactWords(a)) c.cap(C_NOT_FACT, 'not_a_fact');
  if (a.truncated) c.cap(C_PARTIAL, 'truncated');
  if (ownersTab) c.cap(C_DOUBT, 'tab_whose');
  return scored({ intent: 'payment_received', customer: cust.name, amount, settled, order, confidence: 0 }, c);
}

// Without these words it reads nothing (its first test): readIntent does not call it (index.ts, guard-lists.ts).
detectPaymentReceived.words = T_PAID;

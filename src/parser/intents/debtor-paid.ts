/**
 * payment_received from someone who owed her, when payment-received.ts did not read it: the payer
 * opens the message (payer-head.ts) and the owing is said — between them and the verb ("pak ojek
 * yg ngutang rokok kemarin udah bayar goceng", "yang kasbon kemarin udah lunas 40rb") or just
 * after it ("Mace Yosina su bayar dia pu utang sayur 45rb", "tetangga sebelah udah bayar
 * utangnya 25rb", "Teh Euis geus mayar hutang 20rebu").
 *
 * WHY: money a debtor brings back is neither her expense (the paying verb) nor her own loan
 * instalment (the word "utang"): read so, her books would lose it twice. Without the owing said
 * ("Bu Ani bayar 50rb") the payer may be a buyer paying now: that reading stays as it was.
 */
import { CHILD_PET_NAMES, TAKER_TITLES } from '../takers.ts';
import type { Analysis } from '../analyze.ts';
import { C_DOUBT, C_NOT_FACT, C_PARTIAL, Confidence } from '../confidence.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from '../lexer.ts';
import { S_PLAIN } from '../amount.ts';
import { F_EXPENSE, F_NEG, F_NUMWORD, F_UNIT, F_SALE, F_WEAK, G_CREDIT, G_PAST } from '../word-roles.ts';
import type { ParseResult } from '../types.ts';
import { paidAmount, scored } from './shared.ts';
import { paymentNums, aheadOutsideRest } from '../debt-remainder.ts';
import { statedProduct } from '../stated-product.ts';
import { present, trigger } from '../triggers.ts';
import { PAYER_PAYS, debtorAt, paidOnward, payerAtHead } from '../payer-head.ts';
import { owedThenPayLater } from './credit.ts';
import { payerNotAName } from '../payer-name.ts';

/** The settling of a tab, as a noun: "pelunasan" (with no amount, the whole tab). */
const SETTLING_NOUNS = ['pelunasan', 'pelunasannya'];
/** Her tab with its owner's ending ("utangnya", Javanese "utange", Sundanese "hutangna"). */
const TAB_OWNED = new Set(['kasbonnya', 'bonnya', 'hutangnya', 'utangnya', 'bone',
  'debt', 'tab',
  // … and its settling or its shortfall named: "reseller tf pelunasan stok bulan lalu", "tf kurangnya 15rb".
  ...SETTLING_NOUNS, 'kurangnya', 'kekurangannya', 'kekurangan']);
/** Papuan and Maluku possessives: "dia pu utang", "de pu bon" (his or her debt). */
const POSSESSED = new Set(['pu', 'punya']);
/** Settling words: with no amount the whole tab is paid. */
const SETTLES = new Set(['lunas', 'lunasi', 'melunasi', 'lunasin', 'ngelunasin', 'settled']);
/** Her own loans and dues: a named person paying those is no debtor of hers ("bu Ani bayar cicilan mekaar"). */
const LOAN_WORDS = new Set(['angsuran', 'cicilan', 'setoran', 'koperasi', 'kelompok', 'bank', 'arisan', 'iuran', 'mekaar', 'pnm',
  'kur', 'ulamm', 'pinjaman']);

const T_DEBTOR = trigger(['yang', 'yg', 'who', 'that', 'owed', 'owes', 'owe', 'owing'], TAB_OWNED, POSSESSED, ['bon', 'kasbon', 'utang', 'hutang', 'ngutang', 'ngebon',
  'dibon', 'dihutang', 'piutang']);
const T_PAYS = trigger(PAYER_PAYS);
// ("pak kades ngelunasin catering 1,5jt": a settling verb says a tab was owed, owedAfter.)
const T_SETTLES = trigger(SETTLES);

/**
 * The owing named within three words after the paying verb ("bayar utang", "bayar dia pu utang"),
 * or said by the verb itself or by the time of what is paid for: a settling verb ("tetangga ngelunasi
 * laundry 45rb") and "the one of <a past day>" ("bayar laundry yg bulan lalu", "… yg kemarin") both
 * pay off something taken before — a tab, whatever word she used for it.
 */
function owedAfter(a: Analysis, pay: number): boolean {
  if (SETTLES.has((a.tokens[pay] as Token).key)) return true;
  for (let k = pay + 1; k < a.tokens.length && k <= pay + 4; k++) {
    const t = a.tokens[k] as Token;
    // "udh transfer 75rb utk bon bulan lalu": the amount, then what it pays — her tab.
    if (k === pay + 1 && amountThenTab(a, k)) return true;
    if (t.type !== T_WORD) return false;
    if ((t.f2 & G_CREDIT) !== 0 || TAB_OWNED.has(t.key)) return true;
    if (POSSESSED.has(t.key) && ((a.tokens[k + 1]?.f2 ?? 0) & G_CREDIT) !== 0) return true;
    if (WHICH.has(t.key) && (((a.tokens[k + 1]?.f2 ?? 0) & G_PAST) !== 0 || takenBefore(a, k + 1))) return true;
  }
  return false;
}

/** Taking, ordering or buying, active or passive: what the payer had of hers ("yg dia ambil", "yg dipesan"). */
const TOOK = new Set(['ambil', 'ngambil', 'mengambil', 'diambil', 'ambiak', 'pesan', 'pesen', 'mesen', 'dipesan', 'dipesen', 'order',
  'ngorder', 'diorder', 'beli', 'dibeli', 'bawa', 'dibawa', 'ngebon', 'dibon']);
/** "dulu", "duluan" (earlier) after the taking: taken before, paid now. */
const EARLIER = new Set(['dulu', 'duluan', 'dlu']);
/** How far the relative clause after "yang" is read. */
const WHICH_REACH = 5;

/**
 * "kue yang Jumat lalu dia ambil", "kue yang dia ambil kemarin", "nasi kotak yg dipesan minggu lalu",
 * "kue yang dia ambil dulu": the relative clause from `k` names a day before today (a weekday or
 * date the dates reader resolved to the past, or "kemarin"/"lalu") or the goods taken "dulu", with a
 * taking verb (a day right after "yang" needs none). Paying for them is paying off goods taken before.
 * "yang tadi …" (earlier today) and a day ahead are not.
 */
function takenBefore(a: Analysis, k: number): boolean {
  const { tokens } = a;
  let took = false;
  let before = false;
  for (let i = k; i < tokens.length && i < k + WHICH_REACH; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) break;
    if (TOOK.has(t.key)) took = true;
    else if (EARLIER.has(t.key) && took) before = true;
    else if ((t.f2 & G_PAST) !== 0 && t.key !== 'yang' && t.key !== 'yg') before = true;
    const d = a.dates.find((m) => m.start <= i && i < m.end);
    if (d !== undefined && d.date !== null && !d.future && d.date < a.today) {
      if (i === k) return true;
      before = true;
    }
  }
  return took && before;
}

/** What a payment is for: "utk bon", "buat utang yg kemarin". */
const FOR = new Set(['untuk', 'utk', 'buat', 'bwt', 'bt']);

/** An amount starting at k, then "utk"/"buat" and her tab right after it ("75rb utk bon bulan lalu"). */
function amountThenTab(a: Analysis, k: number): boolean {
  const n = a.numIn[k] ?? -1;
  const ex = n >= 0 ? a.nums[n] : undefined;
  if (ex === undefined || ex.start !== k || ex.rupiah === null) return false;
  return FOR.has(a.tokens[ex.end]?.key ?? '') && tabWord(a.tokens[ex.end + 1]);
}

/** "the one (of)": "laundry yg bulan lalu", "bon yang kemarin". */
const WHICH = new Set(['yang', 'yg']);

/** Her tab named: a credit word or one with its owner's ending. */
function tabWord(t: Token | undefined): boolean {
  return t !== undefined && t.type === T_WORD && ((t.f2 & G_CREDIT) !== 0 || TAB_OWNED.has(t.key));
}

/** Clause breaks: a comma, full stop, semicolon, bar or line. */
const BREAKS = new Set([',', '.', ';', '|']);

/** Where the paying verb's clause ends: a break, or a strong sale or spending verb ("… kemarin laku 200rb"). */
function clauseEnd(a: Analysis, pay: number): number {
  for (let k = pay + 1; k < a.tokens.length; k++) {
    const t = a.tokens[k] as Token;
    if (t.type === T_NL || (t.type === T_PUNCT && BREAKS.has(t.text))) return k;
    // ("kasbon belanjaan sembako 115rb", "utang belanja 50rb": right after the tab, the word says
    // what the tab was for — no new clause.)
    // ("bayar gas yang dia beli kemarin 25rb": a verb in the clause describing the goods paid for is no new clause.)
    if (t.type === T_WORD && (t.f & (F_SALE | F_EXPENSE)) !== 0 && (t.f & F_WEAK) === 0 && !tabWord(a.tokens[k - 1]) && !describesGoods(a, pay, k)) return k;
  }
  return a.tokens.length;
}

/** The verb at `k` stands in a "yang …" clause opened after the paying verb at `pay`, a few words before it. */
function describesGoods(a: Analysis, pay: number, k: number): boolean {
  for (let j = k - 1; j > pay && j >= k - 3; j--) {
    const t = a.tokens[j] as Token;
    if (t.type !== T_WORD) return false;
    if (WHICH.has(t.key)) return true;
  }
  return false;
}

/** A plain number before a unit word ("3 biji", "2 kotak"): a count of goods, not money paid. */
function goodsCount(a: Analysis, end: number, strength: number): boolean {
  const n = a.tokens[end];
  return strength === S_PLAIN && n !== undefined && n.type === T_WORD && (n.f & F_UNIT) !== 0;
}

/** The payer said again before paying again: "…, dia transfer 375rb", "…, beliau tf 50rb". */
const AGAIN = new Set(['dia', 'beliau', 'doi', 'ybs', 'de', 'trus', 'terus', 'trs']);
/** Words of how it came in, after the amount: "…, 60rb pas", "…, 60rb cash ke rekening aku". */
const HOW = new Set(['pas', 'cash', 'tunai', 'kes', 'lunas', 'via', 'lewat', 'ke', 'rekening', 'rek', 'aku', 'saya', 'ku', 'sy', 'td', 'tadi',
  'pagi', 'siang', 'sore', 'malam', 'ya', 'yah', 'dong', 'kok', 'alhamdulillah', 'transfer', 'tf', 'bayar']);

/**
 * After a paying clause with no money (`end` is its break), the next clause when it says only how much
 * was paid — an amount and how it came ("…, 60rb pas") or the payer paying it again ("…, dia transfer
 * 375rb td pagi ke rekening aku"): the end of that clause, or null.
 */
function paidAgainEnd(a: Analysis, end: number): number | null {
  const { tokens } = a;
  if (!BREAKS.has(tokens[end]?.text ?? '') || (tokens[end] as Token).type !== T_PUNCT) return null;
  let k = end + 1;
  if (AGAIN.has(tokens[k]?.key ?? '')) k++;
  for (; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.type === T_NL || (t.type === T_PUNCT && BREAKS.has(t.text))) break;
    if (t.type !== T_WORD) continue;
    if ((t.f & F_NUMWORD) !== 0 || a.marks[k] !== 0) continue;
    if (!HOW.has(t.key) && !PAYER_PAYS.has(t.key) && !SCALE.has(t.key)) return null;
  }
  return paymentNums(a, end + 1, k).filter((e) => e.rupiah !== null).length === 1 ? k : null;
}
/** Scale words the lexer keeps as words ("ribu", "rb", "jt"). */
const SCALE = new Set(['ribu', 'rb', 'rebu', 'ewu', 'juta', 'jt', 'k', 'rp']);

export function detectDebtorPaid(a: Analysis): ParseResult | null {
  if (!present(a, T_PAYS) || !(present(a, T_DEBTOR) || present(a, T_SETTLES))) return null;
  const head = payerAtHead(a);
  // ("dia bayar utang 40rb": someone not named — asked by the guard, someone-paid.ts.)
  if (!head || head.name === '' || !(head.owedSaid || owedAfter(a, head.pay))) return null;
  const { tokens } = a;
  // (Not in the payer's own words: "ibu2 arisan yg ambil kerudung … nyicil" are the arisan's women paying her.)
  if (tokens.some((t, k) => t.type === T_WORD && LOAN_WORDS.has(t.key) && (k < head.start || k >= head.end))) return null;
  if ((tokens[head.pay - 1]?.f ?? 0) & F_NEG) return null;
  // ("Bu Ani bayar utang ke supplier 500rb": she paid someone else, not the member.)
  if (paidOnward(a, head.pay)) return null;
  // "Bu Yati ngebon sembako 85rb, bayar akhir bulan": the paying put off — a sale on credit, read as a record.
  if (owedThenPayLater(tokens, head.pay)) return null;
  const c = new Confidence(0.95);
  // The amount paid is after the verb, in its clause; a count or price before it is what was owed
  // for. An amount beyond the clause ("… bon 30rb kemarin laku 200rb") is another entry: asked.
  const end = clauseEnd(a, head.pay);
  // A remainder still owed ("…, sisa 75rb", "tinggal 150rb lagi") is neither: debt-remainder.ts.
  // ("lunasin bros 3 biji": a count of the goods paid for is no money.)
  let paid = paymentNums(a, head.pay + 1, end).filter((e) => !goodsCount(a, e.end, e.strength));
  // "… akhirnya lunas, dia transfer 375rb", "mbak Sri lunasin bros 3 biji yg minggu lalu, 60rb": no money
  // in the paying clause — the next clause is only how much, or the payer paying it again.
  let from = end;
  if (!paid.some((e) => e.rupiah !== null)) {
    const next = paidAgainEnd(a, end);
    if (next !== null) {
      paid = paymentNums(a, end, next);
      from = next;
    }
  }
  // "…, goceng kali 6 jadi 30rb": a price times a count with its result said — the result is paid, the rest its check (stated-product.ts).
  const product = statedProduct(a, head.pay + 1);
  const rest = paymentNums(a, from).filter((e) => e.rupiah !== null);
  // (An amount said before it that is the product's result is the same money: "utang beras 50rb, 10rb kali 5 jadi 50rb".)
  const inProduct = (e: { start: number; rupiah: number | null }): boolean => e.rupiah === null ||
    (product !== null && ((e.start >= product.start && e.start < product.end) || e.rupiah === product.result.rupiah));
  if (product !== null && paid.every(inProduct) && rest.every(inProduct)) paid = [product.result];
  else if (rest.length > 0) c.cap(C_DOUBT, 'several_amounts');
  // "bu Ida yg kasbon keripik 50rb udah bayar": no amount after the verb, one in the owing
  // clause — the tab she ran up is what she paid.
  if (paid.length === 0 && head.owedSaid) {
    // ("yg kemarin ngebon 2 kotak nasi (36rb)": the count of what she took is no money.)
    const owed = paymentNums(a, 0, head.pay).filter((e) => !goodsCount(a, e.end, e.strength));
    if (owed.length === 1 && owed[0]?.rupiah !== null) paid = owed;
  }
  const ex = paid.find((e) => e.rupiah !== null) ?? paid[0];
  const settled = SETTLES.has((tokens[head.pay] as Token).key) || SETTLING_NOUNS.includes(tokens[head.pay + 1]?.key ?? '');
  const amount = paidAmount(c, ex, paid.filter((e) => e.rupiah !== null).length, settled);
  if (a.question) c.cap(C_PARTIAL, 'question');
  if (aheadOutsideRest(a)) c.cap(C_NOT_FACT, 'not_a_fact');
  if (a.truncated) c.cap(C_PARTIAL, 'truncated');
  // "yg kemarin ngutang udh bayar 20rb", "yang bon kemarin udah bayar": the owing describes the payer,
  // it names nobody the books could match — who paid is asked.
  // "bapak berkumis tf pelunasan 100rb": a description, no name either (payer-name.ts); "nyong wis …" is hers.
  const notName = payerNotAName(a, head.start, head.end);
  if (notName === 'self' || notName === 'owned') return null;
  // "yg ngutang kemarin si Ijah udah bayar separuhnya, 40rb": the owing clause, then who it was by name.
  const named = head.name.startsWith('Yang ') ? siNameBefore(a, head.end, head.pay) : null;
  if (named !== null) return scored({ intent: 'payment_received', customer: named, amount, settled, order: false, confidence: 0 }, c);
  if (head.name.startsWith('Yang ') || notName === 'described') return { intent: 'unknown', confidence: C_PARTIAL, notes: ['debtor_unnamed'] };
  return scored({ intent: 'payment_received', customer: head.name, amount, settled, order: false, confidence: 0 }, c);
}

// Without these words it reads nothing (its first test): readIntent does not call it (index.ts, guard-lists.ts).
detectDebtorPaid.words = T_PAYS;

/**
 * "si Ijah" (or a title and a name) standing between the owing clause and the paying verb — "yg ngutang
 * kemarin si Ijah udah bayar": the one who owed, named after being described. The name as written, or null.
 */
function siNameBefore(a: Analysis, from: number, pay: number): string | null {
  const { tokens } = a;
  for (let i = Math.max(from - 1, 0); i + 1 < pay; i++) {
    const t = tokens[i] as Token;
    const n = tokens[i + 1] as Token;
    if (t.type !== T_WORD || n.type !== T_WORD || n.info !== null || n.key.length < 3 || !/^[a-z]+$/.test(n.key)) continue;
    if ((t.key !== 'si' && !TAKER_TITLES.has(t.key)) || CHILD_PET_NAMES.has(n.key)) continue;
    // Only "already"-words between the name and the paying verb.
    if (!tokens.slice(i + 2, pay).every((u) => u.type === T_WORD && ALREADY.has(u.key))) continue;
    const cap = (s: string): string => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
    return `${cap(t.text)} ${cap(n.text)}`;
  }
  return null;
}
const ALREADY = new Set(['udah', 'sudah', 'udh', 'sdh', 'dah', 'tadi', 'td', 'barusan', 'baru', 'br', 'akhirnya', 'juga', 'jg', 'wis', 'wes']);

/**
 * Money come in FROM someone who owed her: "transferan masuk dari pelanggan yg ngutang bulan lalu 125rb",
 * "tf masuk dari bu Ani yang kasbon kemarin 50rb", "terima transferan dari tetangga yg ngebon 30rb".
 *
 * WHY: with no paying verb after the payer, the message was read as a sale, and the past time inside the
 * owing clause ("yg ngutang bulan lalu") as a month's total (`period_sum`). The time dates the debt, not
 * the money: the money came in today, and it is the tab paid back. Only with words of money coming in
 * opening the message, then "dari", then a payer the lists read (payer-head.ts) and the owing clause.
 */
const MONEY_NOUNS = new Set(['transferan', 'tf', 'trf', 'transfer', 'uang', 'duit', 'dana', 'pembayaran', 'bayaran', 'kiriman']);
const MONEY_IN = new Set(['masuk', 'diterima', 'terima', 'nerima', 'menerima', 'dapat', 'dapet', 'dpt']);
const OPENING = new Set(['tadi', 'td', 'barusan', 'alhamdulillah', 'udah', 'sudah', 'udh', 'sdh', 'dah', 'ada', 'ini', 'nih', 'ya']);
const FROM = new Set(['dari', 'dr']);
const T_MONEY_IN = trigger(MONEY_IN);
const T_OWING = trigger(['yang', 'yg']);

export function detectDebtorMoneyIn(a: Analysis): ParseResult | null {
  if (!present(a, T_MONEY_IN) || !present(a, T_OWING)) return null;
  const { tokens } = a;
  // The opening: only words of money coming in, "masuk" among them, up to "dari".
  let from = -1;
  let came = false;
  for (let i = 0; i < tokens.length && i < 6; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) return null;
    if (FROM.has(t.key)) {
      from = i;
      break;
    }
    if (MONEY_IN.has(t.key)) came = true;
    else if (!MONEY_NOUNS.has(t.key) && !OPENING.has(t.key)) return null;
  }
  if (from < 0 || !came) return null;
  const d = debtorAt(a, from + 1);
  if (d === null) return null;
  const notName = payerNotAName(a, d.start, d.end);
  if (notName === 'self' || notName === 'owned') return null;
  if (tokens.some((t) => t.type === T_WORD && (LOAN_WORDS.has(t.key) || (t.f & F_NEG) !== 0))) return null;
  const c = new Confidence(0.95);
  // One amount, anywhere: the owing clause names no money of its own here ("yg ngutang bulan lalu 125rb").
  // (A count of what was taken — "yg ngebon 2 bungkus" — is no money; two amounts are asked.)
  const paid = paymentNums(a, d.owed).filter((e) => !goodsCount(a, e.end, e.strength));
  const money = paid.filter((e) => e.rupiah !== null);
  if (paymentNums(a, 0, d.owed).some((e) => e.rupiah !== null)) c.cap(C_DOUBT, 'several_amounts');
  const amount = paidAmount(c, money[0] ?? paid[0], money.length, false);
  if (a.question) c.cap(C_PARTIAL, 'question');
  if (aheadOutsideRest(a)) c.cap(C_NOT_FACT, 'not_a_fact');
  if (a.truncated) c.cap(C_PARTIAL, 'truncated');
  if (notName === 'described') return { intent: 'unknown', confidence: C_PARTIAL, notes: ['debtor_unnamed'] };
  return scored({ intent: 'payment_received', customer: d.name, amount, settled: false, order: false, confidence: 0 }, c);
}

// Without these words it reads nothing (its first test): readIntent does not call it (index.ts, guard-lists.ts).
detectDebtorMoneyIn.words = T_MONEY_IN;

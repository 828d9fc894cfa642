/**
 * Money given back with no goods and no buyer in sight: "tetangga balikin 100rb" (a neighbour
 * returning a loan or change), "bu Ani kembaliin uang 50rb", "dibalikin tetangga 100rb", "uang
 * dikembalikan 75rb", "balikin 100rb". Asked (`money_back_unclear`), nothing recorded.
 *
 * WHY: the return reader (intents/sale-return.ts) read every give-back word as goods her buyer
 * brought back and lowered her sales, so "tetangga balikin 100rb" was a confident sale of −100rb. A
 * negative sale is right only for a clear return of goods she sold: goods counted in the message
 * ("ada yang balikin 1 gamis 120rb", "retur 1 mukena 90rb"), or money she gives back to a buyer
 * shown ("refund ke pembeli 40rb", "balikin duit pembeli 15rb krn barang cacat", "kembaliin 30rb ke bu
 * siti krn kerudungnya kekecilan", "barang cacat diganti, balikin 25rb"). When someone other than her
 * is the giver — before an active verb ("tetangga balikin", "pak RT ngembaliin") or after a passive
 * one ("dibalikin tetangga", "dikembalikan bu Ani") — the money came to HER: a loan or change
 * returned, or a debt paid, never her sales lowered.
 *
 * Money she gives back to a person named only by her title and name, or only as "the money"
 * ("kembaliin 30rb ke bu siti", "ngembaliin duit Bu Ani 25rb", "mbalekke 20rb nang bu Sri", "saya
 * kembalikan uangnya 15rb"): a refund to a customer, change, or a loan paid back? Nothing in the words
 * says which, so the return is read but asked (`to_person`: note `refund_whom`), never a confident
 * negative sale.
 *
 * Only known words decide: the give-back verbs, person words and titles, her own "I", the buyer words
 * and the words of goods that failed her. A goods return written with "retur" and a down payment given
 * back (asked already) are left as read.
 */
import type { Analysis } from './analyze.ts';
import { S_PLAIN } from './amount.ts';
import { T_WORD, type Token } from './lexer.ts';
import { isBuyerWord, REFUND_VERBS } from './money-owner.ts';
import { F_FUTURE, G_HONORIFIC } from './word-roles.ts';
import { isDpAt } from './intents/down-payment.ts';

/** Giving back, active: the giver before it. */
const ACTIVE_BACK = new Set([...REFUND_VERBS, 'balikin', 'mbalikin', 'ngebalikin', 'balikan', 'refund', 'pengembalian']);
/** Given back, passive: the giver after it ("dibalikin tetangga", "dikembalikan oleh bu Ani"). */
const PASSIVE_BACK = new Set(['dikembalikan', 'dikembaliin', 'dibalikin', 'dibalikkan', 'direfund', 'dikembalikannya', 'dipulangkan',
  'dibalekke']);
/** The money itself: "retur uang", "pengembalian dana". */
const MONEY = new Set(['uang', 'duit', 'dana', 'uangnya', 'duitnya', 'dananya']);
/** Goods coming back said as a noun: a return of goods whatever the rest ("retur 1 mukena 90rb"). */
const GOODS_RETURN = new Set(['retur', 'return', 'returan', 'diretur']);
/**
 * Signs the money went to a buyer: goods that failed her, the goods or the order given back. ("uangnya",
 * "duitnya" — the person's money — say whose it was, not that she bought: a lender's money is "uangnya"
 * too; they are PERSON_SIGNS.)
 */
const BUYER_SIGNS = new Set(['barangnya', 'rusak', 'cacat', 'komplain', 'complain', 'kekecilan', 'kebesaran',
  'pesanannya', 'ordernya', 'sobek', 'bocor', 'reject', 'salah', 'barange', 'barangna', 'pesenannya', 'orderannya', 'luntur', 'robek',
  'basi', 'busuk', 'kadaluarsa', 'expired', 'kesempitan', 'kegedean', 'kekecilen', 'kegeden', 'ukurannya', 'retak', 'pecah', 'penyok']);
/** The person's money given back, no buyer shown: "kembalikan uangnya 15rb", "tak balekke duite bu Sri". */
const PERSON_SIGNS = new Set(['uangnya', 'duitnya', 'duite', 'duwite', 'uange', 'artane', 'duitna', 'artosna', 'uangna']);
/** Words that send the money to the one named after them: "ke bu siti", "nang bu Sri", "kepada pak Budi". */
const TO_WORDS = new Set(['ke', 'kepada', 'k', 'nang', 'neng', 'ning', 'ka', 'pa', 'sama', 'sm', 'ama', 'buat', 'untuk', 'utk']);
/** Where the money came from: "refund dari bu siti 30rb" — given back TO her. */
const FROM_WORDS = new Set(['dari', 'dr', 'ti', 'tina']);
/** Her, giving: "saya kembalikan", "aku balikin". */
const SELF = new Set(['saya', 'sy', 'aku', 'ak', 'aq', 'gue', 'gw', 'kami', 'kita', 'ku', 'abdi', 'beta']);
/** People other than her and not named as buyers: who may give money back to her. */
const PEOPLE = new Set(['tetangga', 'tetanggaku', 'teman', 'temen', 'temanku', 'temenku', 'kawan', 'sahabat', 'saudara', 'sodara',
  'adik', 'adek', 'adikku', 'kakak', 'kakakku', 'abang', 'suami', 'suamiku', 'istri', 'anak', 'anakku', 'ibu', 'bapak', 'mertua', 'ipar',
  'paman', 'bibi', 'om', 'tante', 'ponakan', 'keponakan', 'sepupu', 'karyawan', 'pegawai', 'tukang', 'dia', 'beliau', 'orang', 'org',
  'mereka', 'rt', 'rw', 'bos', 'majikan', 'bank', 'koperasi', 'arisan']);
/** Words between the giver and the verb, or between the passive verb and its giver. */
const BETWEEN = new Set(['udah', 'sudah', 'sdh', 'udh', 'dah', 'tadi', 'td', 'barusan', 'baru', 'akhirnya', 'juga', 'jg', 'wis', 'wes']);
/** Debts paid back: left to the loan and debt readers. */
const DEBTS = new Set(['utang', 'hutang', 'utangnya', 'hutangnya', 'kasbon', 'kasbonnya', 'pinjaman', 'pinjamannya', 'pinjam', 'pinjeman',
  'bon', 'bonnya', 'cicilan', 'modal']);
const BY = new Set(['oleh', 'sama', 'sm', 'ama', 'dari', 'dr', 'ulih']);

function word(t: Token | undefined): t is Token {
  return t !== undefined && t.type === T_WORD;
}

/** A person not she at j: a person word, or a title (then a name), or the name after a title. */
function otherPersonAt(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (!word(t) || SELF.has(t.key) || isBuyerWord(t.key)) return false;
  if (PEOPLE.has(t.key) || (t.f2 & G_HONORIFIC) !== 0) return true;
  const p = tokens[j - 1];
  return word(p) && (p.f2 & G_HONORIFIC) !== 0;
}

/**
 * Who gives at the give-back verb at i: 'self', 'other' (anyone not she: a person, a title, or a
 * buyer handing money back — "pembeli balikin uang 20rb"), or null (not said). ("pembeli refund 40rb"
 * is the buyer refunded, the passive "dikembalikan pembeli" goods a buyer brought back: not givers.)
 */
function giverAt(tokens: readonly Token[], i: number): 'self' | 'other' | null {
  const t = tokens[i] as Token;
  if (ACTIVE_BACK.has(t.key)) {
    let j = i - 1;
    while (j >= 0 && word(tokens[j]) && BETWEEN.has((tokens[j] as Token).key)) j--;
    const g = tokens[j];
    if (word(g) && SELF.has(g.key)) return 'self';
    if (word(g) && isBuyerWord(g.key) && t.key !== 'refund') return 'other';
    return otherPersonAt(tokens, j) ? 'other' : null;
  }
  let j = i + 1;
  while (j < tokens.length && word(tokens[j]) && (BETWEEN.has((tokens[j] as Token).key) || BY.has((tokens[j] as Token).key))) j++;
  // ("saya dikembalikan uang 15rb sama supplier" is the supplier's: money-owner.ts.)
  return otherPersonAt(tokens, j) ? 'other' : null;
}

/** A person after "dari" within two words after the give-back verb at i: "refund dari bu siti". */
function fromPerson(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) {
    const t = tokens[j];
    if (word(t) && FROM_WORDS.has(t.key)) return otherPersonAt(tokens, j + 1);
  }
  return false;
}

/** Later, or meant: "nanti", "besok", "mau", "harus" before the verb (her "I" may stand between). */
function promised(tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  if (word(tokens[j]) && SELF.has((tokens[j] as Token).key)) j--;
  const p = tokens[j];
  return word(p) && ((p.f & F_FUTURE) !== 0 || LATER.has(p.key));
}
const LATER = new Set(['nanti', 'ntar', 'nti', 'besok', 'mau', 'harus', 'akan', 'bakal', 'janji', 'kapan2', 'segera']);

/** Goods counted in the message: a plain count before a word ("1 gamis", "2 toples kue"). */
function goodsCounted(a: Analysis): boolean {
  return a.nums.some((e) => e.strength === S_PLAIN && word(a.tokens[e.end]) && !/^(rb|ribu|k|jt|juta|rebu|ewu)$/.test((a.tokens[e.end] as Token).key));
}

/**
 * Whether money given back is not shown to be her sales lowered: 'to_her' when someone other than
 * her gave it (note `money_back_to_her`), 'unclear' when nobody and no buyer is shown (`refund_unclear`),
 * null when it reads as a return to a buyer.
 */
export function moneyBackUnclear(a: Analysis): 'to_her' | 'to_person' | 'unclear' | null {
  const { tokens } = a;
  let back = -1;
  let other = false;
  let self = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!word(t)) continue;
    // (A debt named — "karyawan balikin kasbon", "balikin pinjaman" — is a loan paid back: debt-repaid.ts and the loan readers ask.)
    // ("retur uang 30rb", "uang retur 30rb": the money itself returned, no goods — as "refund 30rb".)
    const moneyReturned = GOODS_RETURN.has(t.key) && (MONEY.has(tokens[i + 1]?.key ?? '') || MONEY.has(tokens[i - 1]?.key ?? ''));
    if ((GOODS_RETURN.has(t.key) && !moneyReturned) || DEBTS.has(t.key) || isDpAt(a, i) > 0) return null;
    if (!ACTIVE_BACK.has(t.key) && !PASSIVE_BACK.has(t.key) && !moneyReturned) continue;
    // ("…, nanti aku balikin 300rb", "nanti dibalikin": a promise of later, the other readers' — promise-lines.ts, record.ts.)
    if (promised(tokens, i)) return null;
    if (back < 0) back = i;
    const g = giverAt(tokens, i);
    if (g === 'other') other = true;
    if (g === 'self') self = true;
    // "refund dari bu siti 30rb", "balikin 50rb dari pak Budi": the one it came from is the giver.
    if (ACTIVE_BACK.has(t.key) && fromPerson(tokens, i)) other = true;
  }
  if (back < 0 || goodsCounted(a)) return null;
  // Someone other than her gave the money back: to her, not to a buyer.
  if (other && !self) return 'to_her';
  // A buyer shown: a buyer word, goods that failed her — a return to a buyer.
  let person = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!word(t)) continue;
    if (isBuyerWord(t.key) || BUYER_SIGNS.has(t.key)) return null;
    // A titled person she gave to, or the person's money: a customer, or a lender, or change? Asked.
    if (PERSON_SIGNS.has(t.key) || ((t.f2 & G_HONORIFIC) !== 0 && word(tokens[i + 1]))) person = true;
  }
  return person ? 'to_person' : 'unclear';
}

/**
 * Marks the one she gave to ("ke bu siti", "nang bu Sri", "duit Bu Ani") in `hide`, so the return's
 * line does not take the person for goods ("balikin 50rb ke pak budi" read "pak" as the item).
 */
export function hideRecipient(a: Analysis, hide: Uint8Array): void {
  const { tokens } = a;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!word(t) || (t.f2 & G_HONORIFIC) === 0 || !word(tokens[i + 1]) || a.numIn[i + 1] !== -1) continue;
    hide[i] = 1;
    hide[i + 1] = 1;
    if (word(tokens[i - 1]) && TO_WORDS.has((tokens[i - 1] as Token).key)) hide[i - 1] = 1;
  }
}

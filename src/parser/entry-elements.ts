/**
 * A segment's tokens as elements (verb, number, unit, word, and the markers @, x, harga,
 * total, per, /, each), and the role of every number in it, read from its neighbours:
 * quantity ("12 bros", "6 @5rb"), money ("@15rb", "x 15rb", "80rb/pcs", "total 450rb",
 * "at 5k") or unusable.
 */
import { soldAfterPlanWord } from './story-sold.ts';
import { CHILD_PET_NAMES, CROWD_BUYERS, KIN_CUSTOMERS, RELATION_TAKERS, TAKER_TITLES } from './takers.ts';
import { ownPeopleBuy } from './people-count.ts';
import { isSoft, type Analysis } from './analyze.ts';
import { S_GROUPED, S_MONEY, S_PLAIN, type NumExpr } from './amount.ts';
import {
  F_EXPENSE, F_FUTURE, F_ITEMISH, F_NEG, F_PAYVERB, F_PRICE, F_REPAY, F_SALE, F_TOTAL, F_UNIT, F_WEAK, G_CAPITAL, G_CONJ,
  G_CREDIT, G_EACH, G_HONORIFIC, G_HOUSEHOLD, G_MULT, G_PER, G_WITHDRAW,
} from './word-roles.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { M_SIZE } from './marks.ts';
import { sameAmountInParen } from './restated-amount.ts';
import type { Segment } from './lines.ts';
import { inPurpose, isStockTopUp, T_STOCK } from './money-owner.ts';
import { gasBought } from './cost-nouns.ts';
import { setorToHome } from './household-setor.ts';
import { isDiscountWord, T_DISCOUNT } from './discount-word.ts';
import { present } from './triggers.ts';
import type { EntryKind } from './types.ts';
import { isReceivedWord } from './received-total.ts';
import { ownMoneyAsCapital } from './own-money-used.ts';
import { collectedAndPaid } from './work-paid.ts';

/** What an element is. */
export const E_VERB = 1;
export const E_NUM = 2;
export const E_UNIT = 3;
export const E_WORD = 4;
export const E_AT = 5;
export const E_X = 6;
export const E_PRICE = 7;
export const E_TOTAL = 8;
export const E_PER = 9;
export const E_EACH = 10;
export const E_REPAY = 11;
export const E_FOR = 12;
/** "diskon", "potongan" before an amount: money taken off the sale, never a new entry. */
export const E_DISCOUNT = 13;

/** "bonus 1", "gratis 2": goods given free; the count after it is not money. */
export const E_FREE = 14;
const FREE_WORDS = new Set(['bonus', 'gratis', 'free', 'cuma-cuma', 'hadiah']);


/** What a number element stands for: not decided yet, a quantity, money, or unusable. */
const R_NONE = 0;
export const R_QTY = 1;
export const R_MONEY = 2;
export const R_BAD = 3;

export interface El {
  type: number;
  text: string;
  ex: NumExpr | null;
  kind: EntryKind | null;
  weak: boolean;
  totalMark: boolean;
  soft: boolean;
  /** A negation or a future word right before this verb ("belum bayar", "mau beli"). */
  notFact: boolean;
  /** The verb also names the item ("sewa", "listrik", "ongkir"). */
  itemish: boolean;
  role: number;
  /** An each-word that names its unit ("sekilonya", "selusin", "per biji"): the price is for one of it. */
  perUnit: string | null;
  /** "sekilo", "selusin": one such unit (a quantity of 1). */
  one: boolean;
  /** A verb opening a new sentence since the last number ("… 7500. beli plastik 5rb"): a count before the stop is not its. */
  afterStop: boolean;
}

/** "… 7500 terus beli plastik": words that open the next step, not goods. */
const THEN_WORDS = new Set(['terus', 'trus', 'trs', 'terusnya', 'lalu', 'kemudian', 'abis', 'habis', 'abistu', 'habistu', 'itu', 'then']);

/** Whether tokens [from, to) are only "then" words or punctuation (none at all: the verb right after the number). */
function onlyThenWords(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (t.type !== T_PUNCT && !(t.type === T_WORD && THEN_WORDS.has(t.key))) return false;
  }
  return true;
}

export function el(type: number, text: string, soft = false): El {
  return { type, text, ex: null, kind: null, weak: false, totalMark: false, soft, notFact: false, itemish: false, role: R_NONE,
    perUnit: null, one: false, afterStop: false };
}

/**
 * Segment tokens → elements. Marked tokens (dates, times, phones…) are skipped. Numbers
 * inside a skipped aside ("(20 pcs)") restate the line; they go to `asides`.
 */
export function elements(a: Analysis, seg: Segment, asides: NumExpr[]): El[] {
  const out: El[] = [];
  const { tokens, marks, numIn, nums } = a;
  // (Asked once a segment, not a word: most messages have neither, and each test is a lookup a word.)
  const discount = present(a, T_DISCOUNT);
  const stock = present(a, T_STOCK);
  // A sentence's full stop since the last number (a full stop is no segment break), or nothing but
  // "then" words: a verb there opens a new clause (`afterStop`).
  let stop = false;
  let numEnd = -1;
  for (let i = seg.start; i < seg.end; i++) {
    const ni = numIn[i] as number;
    if (ni >= 0) {
      const ex = nums[ni] as NumExpr;
      const n = el(E_NUM, '');
      n.ex = ex;
      out.push(n);
      i = ex.end - 1;
      stop = false;
      numEnd = ex.end;
      continue;
    }
    // "kerudung segi 4": a shape that names the goods stays in their name.
    if (marks[i] === M_SIZE && (tokens[i] as Token).type === T_NUM && tokens[i - 1]?.key === 'segi') {
      out.push(el(E_WORD, (tokens[i] as Token).text));
      continue;
    }
    if (marks[i] !== 0) continue;
    const t = tokens[i] as Token;
    if (t.type === T_PUNCT) {
      if (t.text === '.' && (!t.attached || tokens[i + 1]?.type === T_WORD)) stop = true;
      if (t.text === '(') {
        // "(20 pcs)", "(buat bu Ani)": an aside, skipped unless it holds a money amount.
        // "1.250.000,- (satu juta dua ratus lima puluh ribu rupiah)": the amount before it said again.
        const prevNum = out[out.length - 1];
        const close = prevNum?.type === E_NUM && prevNum.ex !== undefined && prevNum.ex !== null
          ? Math.max(sameAmountInParen(a, i, seg.end, prevNum.ex), parenEnd(a, i, seg.end)) : parenEnd(a, i, seg.end);
        if (close > 0) {
          for (let j = i + 1; j < close; j++) {
            const k = numIn[j] as number;
            if (k >= 0 && !asides.includes(nums[k] as NumExpr)) asides.push(nums[k] as NumExpr);
          }
          i = close;
          continue;
        }
      }
      if (t.text === '@') out.push(el(E_AT, '@'));
      else if (t.text === '/') out.push(el(E_PER, '/'));
      else if (t.text === '=') out.push(el(E_TOTAL, '='));
      continue;
    }
    if (t.type !== T_WORD) continue;
    const f = t.f;
    // "5 orang masing2 bayar 10rb": a paying word between "each" and the money keeps it each.
    if ((t.f & F_PAYVERB) !== 0 && out[out.length - 1]?.type === E_EACH && moneyNext(a, i + 1, seg.end)) continue;
    // "kasih diskon 10rb", "dikasih potongan 2rb": giving a discount is the discount itself.
    if (discount && GIVE_DISCOUNT.has(t.key) && isDiscountWord(tokens, i + 1)) continue;
    // "semuanya jadi 60rb", "kabeh dadi 75 ewu": "becomes" after a total word is part of it.
    if (BECOMES.has(t.key) && out[out.length - 1]?.type === E_TOTAL) continue;
    // "12 biji harganya 3rb jd 36rb", "@3rb jadi 36rb": "becomes" between a price and money is
    // her stated total of the line, a check, not a second sale.
    if (BECOMES.has(t.key) && priceBefore(out) && moneyNext(a, i + 1, seg.end)) {
      out.push(el(E_TOTAL, t.text));
      continue;
    }
    // "@2rb jadi dapat 80rb", "dua ribu satu jadi dapet delapan puluh ribu": the same check,
    // said with a received word after "becomes".
    if (BECOMES.has(t.key) && priceBefore(out) && isReceivedWord(tokens[i + 1]) && moneyNext(a, i + 2, seg.end)) {
      out.push(el(E_TOTAL, t.text));
      i++;
      continue;
    }
    if (gasBought(tokens, i) && !out.some((e) => e.type === E_VERB)) {
      // "gas 3kg 22rb": cooking gas bought, a supply (cost-nouns.ts; record.ts asks).
      const v = el(E_VERB, t.text);
      v.kind = 'expense';
      v.weak = true;
      v.itemish = true;
      out.push(v);
    } else if (stock && isStockTopUp(tokens, i)) {
      // "setor pulsa 200rb", "deposit pulsa", "isi saldo": a reseller buying stock.
      const v = el(E_VERB, t.text);
      v.kind = 'expense';
      out.push(v);
      if (t.key === 'top' && tokens[i + 1]?.key === 'up') i++;
    } else if ((f & F_REPAY) !== 0 && setorToHome(tokens, i, seg.end)) {
      // "setor ke rumah 50rb buat dapur": money handed to her home, taken out (household-setor.ts).
      const v = el(E_VERB, t.text);
      v.kind = 'withdrawal';
      out.push(v);
    } else if ((f & F_REPAY) !== 0) {
      out.push(el(E_REPAY, t.text));
    } else if (FREE_WORDS.has(t.key) && !moneyNext(a, i + 1, seg.end)) {
      out.push(el(E_FREE, t.text));
    } else if (discount && isDiscountWord(tokens, i) && moneyNext(a, i + 1, seg.end)) {
      out.push(el(E_DISCOUNT, t.text));
    } else if (discount && isDiscountWord(tokens, i) && PRICE_AFTER_CUT.has(tokens[i + 1]?.key ?? '') && moneyNext(a, i + 2, seg.end)) {
      // "potong harga 10rb", "diskon harga 5rb": the price cut by the amount — a discount, "harga" no goods.
      out.push(el(E_DISCOUNT, t.text));
      i++;
    } else if (objectOfWithdrawal(out, t)) {
      continue; // "pakai uang jualan 100rb": the money taken, not a sale
    } else if (t.info?.kind === 'sale' && tokens[i - 1]?.key === 'modal' && out.some((e) => e.type === E_VERB && e.kind === 'capital')) {
      // "pake modal jualan baju": what the capital is for, not a sale.
      out.push(el(E_WORD, t.text));
    } else if (t.info?.kind === 'sale' && inPurpose(tokens, i) && out.some((e) => e.type === E_VERB && e.kind !== 'sale')) {
      // "beli bumbu buat jualan 15rb": the verb decides the kind; "buat jualan" is what for.
      out.push(el(E_WORD, t.text));
    } else if (((f & (F_SALE | F_EXPENSE)) !== 0 || (t.f2 & (G_WITHDRAW | G_CAPITAL)) !== 0) && t.info?.kind !== undefined) {
      const before = tokens[i - 1];
      // ("mau adol rujak payu 14 porsi": the plan word opens a story its clause says was sold: story-sold.ts.)
      const notFact = before !== undefined && before.type === T_WORD && (before.f & (F_NEG | F_FUTURE)) !== 0 && !soldAfterPlanWord(tokens, i - 1);
      const v = el(E_VERB, t.text);
      // ("bedcover 2 @25rb udah diambil n dibayar": collected and paid for, her sale: work-paid.ts.)
      const takes = t.info.kind === 'withdrawal' && TAKE_VERBS.has(t.key) && (customerTakes(a, i) || collectedAndPaid(tokens, i));
      const someoneBuys =
        t.info.kind === 'expense' &&
        ((BUY_VERBS.has(t.key) && boughtFromHer(a, i, seg.end)) || (PASSIVE_BUY_VERBS.has(t.key) && boughtByOthers(a, i, seg.end)));
      // "uang THR 1jt aku pake modal": her money used as capital, put in (own-money-used.ts).
      const putIn = t.info.kind === 'withdrawal' && ownMoneyAsCapital(tokens, i, seg.start);
      v.kind = someoneBuys || takes ? 'sale' : putIn ? 'capital' : t.info.kind;
      v.weak = (f & F_WEAK) !== 0 && !takes;
      v.totalMark = (f & F_TOTAL) !== 0;
      v.itemish = (f & F_ITEMISH) !== 0;
      v.notFact = notFact;
      v.afterStop = stop || (numEnd >= 0 && onlyThenWords(tokens, numEnd, i));
      out.push(v);
    } else if (t.key === 'at') {
      out.push(el(E_AT, t.text)); // English "at 5k" is exactly "@5rb"
    } else if ((t.f2 & G_MULT) !== 0) {
      out.push(el(E_X, t.text));
    } else if ((f & F_PRICE) !== 0) {
      out.push(el(E_PRICE, t.text));
    } else if ((f & F_TOTAL) !== 0) {
      out.push(el(E_TOTAL, t.text));
    } else if ((t.f2 & G_EACH) !== 0) {
      const each = el(E_EACH, t.text);
      each.perUnit = t.info?.perUnit ?? null;
      each.one = t.info?.one === true;
      out.push(each);
    } else if ((t.f2 & G_PER) !== 0) {
      out.push(el(E_PER, t.text, true));
    } else if ((f & F_UNIT) !== 0) {
      out.push(el(E_UNIT, t.text));
    } else if (t.text === 'm' && out[out.length - 1]?.type === E_PER && t.attached) {
      // "3 meter 20rb/m": a one-letter "m" is a unit only glued to a "/" after money — a metre.
      out.push(el(E_UNIT, 'meter'));
    } else if (t.key === 'for') {
      out.push(el(E_FOR, t.text, true));
    } else {
      out.push(el(E_WORD, t.text, isSoft(t) || (t.f2 & G_CONJ) !== 0 || addressAtHead(a, i)));
    }
  }
  return out;
}

/**
 * A word of address opening the message, to the one who reads it: "uni, laku nasi 50rb", "uni laku 3
 * bungkus 30rb", "halo kak, kopi 3 gelas 15rb"; or the buyer so called after "ke" ("laku 30rb ke uni").
 * At the head: nothing but greetings and fillers before it, then a comma,
 * an amount or a selling word ("laku": goods are sold, no person): never the goods. Before a name ("bu Ani
 * laku …") or a paying verb ("Om udah bayar 30rb": the one who paid) it is left as read.
 */
function addressAtHead(a: Analysis, i: number): boolean {
  const t = a.tokens[i] as Token;
  if ((t.f2 & G_HONORIFIC) === 0) return false;
  const n = a.tokens[i + 1];
  // "laku 3 bungkus ke uni 30rb", "laku 30rb ke uni": the buyer addressed by a word of address alone, after "ke".
  const ended = n === undefined || n.type === T_NUM || n.type === T_PUNCT || n.type === T_NL;
  // (Not after her paying: "bayar ke uni 50rb" — whom she paid, asked as such: person-paid.ts.)
  if (ended && TO_BUYER.has(a.tokens[i - 1]?.key ?? '')) return !a.tokens.slice(0, i).some((u) => (u.f & F_PAYVERB) !== 0);
  for (let j = 0; j < i; j++) if (!isSoft(a.tokens[j] as Token) && (a.tokens[j] as Token).type !== T_PUNCT) return false;
  return n === undefined || n.type === T_NUM || (n.type === T_PUNCT && n.text === ',') || (n.type === T_WORD && (n.f & F_SALE) !== 0);
}

/** Before a buyer: "ke uni", "sama kak", "buat acil". */
const TO_BUYER = new Set(['ke', 'sama', 'sm', 'ama', 'buat', 'bwt', 'untuk', 'utk', 'ka', 'nang']);

/** Giving words before a discount word. */
const GIVE_DISCOUNT = new Set(['kasih', 'dikasih', 'ngasih', 'kasi', 'dikasi', 'ngasi', 'beri', 'diberi', 'memberi', 'berikan',
  'kasihkan', 'dapat', 'dapet', 'minta', 'ada']);

const BECOMES = new Set(['jadi', 'jd', 'jdi', 'dadi', 'janten', 'jadinyo', 'jadinya', 'jdnya', 'dadine']);

/** The last element is a money number after a count ("12 biji harganya 3rb", "12 kue @3rb"): a price × quantity. */
function priceBefore(out: readonly El[]): boolean {
  // "dua ribu satu jadi …", "5rb sebungkus jadi …": an each-word after the price still ends it;
  // so does "per" and its unit ("500 rupiah per biji jadi 100rb").
  const n = out.length;
  const perUnit = out[n - 1]?.type === E_UNIT && out[n - 2]?.type === E_PER;
  const last = out[n - 1]?.type === E_EACH ? out[n - 2] : perUnit ? out[n - 3] : out[n - 1];
  if (last?.type !== E_NUM || !last.ex || last.ex.rupiah === null) return false;
  // "7 donat 2500 jadinya 17.500": a plain number is a price when it is thousands after a small count
  // (or said to be per unit: "tahu 200 biji 500 per biji jadi 100rb").
  if (last.ex.strength === S_PLAIN && last.ex.rupiah < 1000 && !perUnit) return false;
  return out.some((e) => e !== last && e.type === E_NUM && e.ex !== null && e.ex !== undefined && e.ex.strength === S_PLAIN &&
    e.ex.rupiah !== null && e.ex.rupiah < 1000);
}

/**
 * "pakai uang jualan 100rb", "ambil hasil dagangan 50rb": a sale word right after a withdrawal
 * verb (and "uang"/"duit") names the money taken, it is not a second verb.
 */
function objectOfWithdrawal(out: El[], t: Token): boolean {
  if (t.info?.kind !== 'sale' && !BUSINESS_MONEY.has(t.key)) return false;
  for (let k = out.length - 1; k >= 0 && k >= out.length - 2; k--) {
    const e = out[k] as El;
    if (e.type === E_VERB) return e.kind === 'withdrawal';
    if (!(e.type === E_WORD && e.soft)) return false;
  }
  return false;
}

/** Verbs of buying: whose purchase it is depends on who buys. */
const BUY_VERBS = new Set(['beli', 'membeli', 'borong', 'ngeborong', 'memborong', 'belanja', 'berbelanja', 'blanja',
  // Javanese, Sundanese and Minang: "Bu Darmi tuku emping", "Ceu Entin meuli keripik".
  'tuku', 'nuku', 'tumbas', 'numbas', 'meuli', 'mareuli', 'mbeli', 'mambali', 'bali',
  // English: "a customer bought 3 cakes 150k" is her sale.
  'bought', 'buy', 'buys', 'buying']);
/** People who buy from her: "ibu-ibu beli 4 jepit", "ada pembeli beli 2 tas". */
const BUYERS = new Set(['ibu-ibu', 'ibu2', 'orang', 'pembeli', 'pelanggan', 'langganan', 'tetangga', 'customer', 'konsumen',
  'teman', 'temen', 'tamu', 'bapak-bapak', 'mereka', 'dia', 'beliau', 'customers', 'buyer', 'buyers', 'client', 'clients', 'someone',
  // "my friend bought 3 cakes 45k", "my neighbour bought 2 jars": as "teman"/"tetangga" beli.
  'friend', 'friends', 'neighbour', 'neighbor', 'neighbours', 'neighbors', 'kawan', 'sahabat', ...CROWD_BUYERS]);
/** "anak-anak sekolah", "anak-anak tetangga": other people's children buy from her; "anak-anak" alone may be hers (family-buys.ts). */
const OTHERS_CHILDREN = new Set(['sekolah', 'sd', 'smp', 'tk', 'paud', 'tetangga', 'kampung', 'komplek', 'ngaji', 'tpa', 'les']);
const SELF = new Set(['saya', 'aku', 'sy', 'ku', 'aq', 'gue', 'gw', 'kami', 'kita']);

/**
 * "tadi ada ibu-ibu beli 4 jepit dari saya", "Bu Tin beli 3 bros", "ada yang beli 5 keripik":
 * someone else buys, so it is her sale, never her expense. The buyer is written just before
 * the verb (a buyer word, "ada yang", or a title and a name), or "dari saya" follows it.
 */
function boughtFromHer(a: Analysis, i: number, end: number): boolean {
  const { tokens } = a;
  // "kami 3 orang beli makan", "karyawan 2 org beli": her own people counted, no buyers (people-count.ts).
  if (ownPeopleBuy(tokens, i)) return false;
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const t = tokens[j] as Token;
    if (t.type !== T_WORD) break;
    if (BUYERS.has(t.key)) return true;
    if (t.key === 'anak-anak' && OTHERS_CHILDREN.has(tokens[j + 1]?.key ?? '')) return true;
    if ((t.key === 'yang' || t.key === 'yg') && tokens[j - 1]?.key === 'ada') return true;
    // ("bu aku beli cabe 40rb", "cak aku tuku lombok": a word of address to whom she writes, then her: she bought.)
    if ((t.f2 & G_HONORIFIC) !== 0 && j < i - 1 && tokens[j + 1]?.type === T_WORD && !SELF.has((tokens[j + 1] as Token).key)) return true;
    // "Ading manukar 3 bungkus", "Engkong beli rokok": a word of address alone is a person too.
    if (j === i - 1 && KIN_CUSTOMERS.has(t.key)) return true;
  }
  for (let j = i + 1; j < end - 1; j++) {
    const t = tokens[j] as Token;
    if (t.type === T_WORD && (t.key === 'dari' || t.key === 'dr') && SELF.has((tokens[j + 1] as Token).key)) return true;
  }
  return false;
}

/** Passive buying ("dibeli", "diborong"): whose purchase it is depends on the agent after it. */
const PASSIVE_BUY_VERBS = new Set(['dibeli', 'diborong', 'dibeliin']);
/** Words that open where the goods were bought, not by whom. */
const PLACE_BEFORE = new Set(['dari', 'dr', 'di', 'ke']);

/**
 * "dibeli oleh Bu Ani 2 bros", "2 bros dibeli tetangga", "kue saya dibeli 3 orang": the goods
 * were bought by someone else, so it is her sale. Without an agent ("benang dibeli 20rb") the
 * passive stays her purchase.
 */
function boughtByOthers(a: Analysis, i: number, end: number): boolean {
  const { tokens } = a;
  for (let j = i + 1; j < end && j <= i + 3; j++) {
    const t = tokens[j] as Token;
    // "kain dibeli dari toko langganan": where she bought it, whoever else the place names.
    if (t.type === T_WORD && PLACE_BEFORE.has(t.key)) break;
    if (t.type === T_WORD && (t.key === 'oleh' || t.key === 'sama' || BUYERS.has(t.key))) return true;
    if (t.type === T_WORD && (t.f2 & G_HONORIFIC) !== 0 && tokens[j + 1]?.type === T_WORD) return true;
    if (t.type !== T_WORD && !(a.numIn[j] !== undefined && (a.numIn[j] as number) >= 0)) break;
  }
  return false;
}

/** Verbs of taking: goods a named customer takes are her sale; money she takes herself is a withdrawal. */
const TAKE_VERBS = new Set(['ambil', 'ngambil', 'mengambil', 'diambil', 'ambiak', 'maambiak']);
/** After a take verb these mean money, not goods: "Bu Ani ambil uang 50rb" is no sale. */
const MONEY_TAKEN = new Set(['uang', 'duit', 'kas', 'tunai', 'cash']);

/**
 * "Bu Yati ambil 3 bungkus @10rb", "Bu Ros ngambil 2 kerudung", "diambil Bu Sri 2 kodi": a
 * customer (a title and a name the lexicon does not know) takes goods from her: a sale (on
 * credit when she says the paying comes later). "saya ambil 50rb buat dapur" stays a
 * withdrawal. Marks are not looked at: the name may be hidden when a credit marker is read
 * apart (credit.ts), and still decides whose taking it is.
 */
function customerTakes(a: Analysis, i: number): boolean {
  if (!namedTaker(a, i)) return false;
  const { tokens } = a;
  for (let j = i + 1; j < tokens.length && j <= i + 2; j++) if (MONEY_TAKEN.has((tokens[j] as Token).key)) return false;
  // Goods before the money ("3 bungkus", "kerudung"), and no household purpose: "Bu Yati ambil
  // 50rb" or "… buat dapur" is not goods taken (left a withdrawal, asked: record.ts).
  let goods = false;
  let money = false;
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.type === T_NL) break;
    if ((t.f2 & G_HOUSEHOLD) !== 0) return false;
    const k = a.numIn[j] as number;
    if (k >= 0) {
      const ex = a.nums[k] as NumExpr;
      if (ex.strength === S_PLAIN && !money) goods = true; // a count before the price
      else money = true;
      j = ex.end - 1;
    } else if (!money && t.type === T_WORD && !isSoft(t) && (t.info === null || (t.f & F_UNIT) !== 0)) goods = true;
  }
  return goods || payLater(a);
}

/** "bayarnya nanti", "belum bayar", "dihutang": the taking is on credit, goods or not (asked then: record.ts). */
function payLater(a: Analysis): boolean {
  const { tokens } = a;
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if ((t.f2 & G_CREDIT) !== 0) return true;
    const n = tokens[j + 1]?.key;
    if ((t.key === 'belum' || t.key === 'blm') && (n === 'bayar' || n === 'dibayar' || n === 'lunas')) return true;
    if ((t.key === 'bayar' || t.key === 'bayarnya' || t.key === 'dibayar') && (n === 'nanti' || n === 'besok' || n === 'belakangan')) return true;
  }
  return false;
}

/** A title at j and a name after it. A module function, not a named closure: see unknown-hints.ts's `has`. */
function titledName(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  const n = tokens[j + 1];
  return t !== undefined && t.type === T_WORD && ((t.f2 & G_HONORIFIC) !== 0 || TAKER_TITLES.has(t.key)) && n !== undefined &&
    n.type === T_WORD && n.info === null && n.key.length >= 2;
}

/** A titled name just before the take verb at i ("Bu Yati ambil"), or after "diambil". */
export function namedTaker(a: Analysis, i: number): boolean {
  const { tokens } = a;
  // "tetangga ambil beras 5kg", "langganan ngambil 2 kerudung": someone by relation alone.
  const prev = tokens[i - 1];
  if (tokens[i]?.key !== 'diambil' && prev !== undefined && prev.type === T_WORD && RELATION_TAKERS.has(prev.key)) return true;
  // "reseller saya ngambil 20 pcs": her reseller, "my" between.
  if (tokens[i]?.key !== 'diambil' && ['saya', 'sy', 'aku', 'ku', 'kita', 'kami'].includes(prev?.key ?? '') && RELATION_TAKERS.has(tokens[i - 2]?.key ?? '')) return true;
  // "reseller ulun si Ifah ambil 20 lembar", "resellerku mbak Rina ngambil 10 pcs", "reseller Pekanbaru
  // ambil 50 pcs", "si Ifah ambil 20 lembar @85rb": a buyer word and its person's name (with "si" or a
  // title, after "my"), or "si" and a name alone, just before the take verb — someone else took her goods.
  if (tokens[i]?.key !== 'diambil' && resellerNamed(tokens, i)) return true;
  // "ada yang ambil 2 lusin", Javanese "ono sing njupuk": someone, not she, took goods.
  if (tokens[i]?.key !== 'diambil' && prev?.key === 'yang' && ['ada', 'ono', 'aya', 'enek'].includes(tokens[i - 2]?.key ?? '')) return true;
  // … and "ada orang ambe 3 ikat sayur" (someone), eastern "dorang baambe kue 10 biji" (they).
  if (tokens[i]?.key !== 'diambil' && (((prev?.key === 'orang' || prev?.key === 'org') && ['ada', 'ono', 'aya', 'enek'].includes(tokens[i - 2]?.key ?? '')) ||
    (prev?.key === 'dorang' && i === 1))) return true;
  let who = false;
  if (tokens[i]?.key === 'diambil') {
    for (let j = i + 1; j <= i + 2 && !who; j++) if (titledName(tokens, j)) who = true;
  } else {
    for (let j = i - 2; j >= 0 && j >= i - 4 && !who; j--) if (titledName(tokens, j) && j + 2 >= i - 1) who = true;
  }
  return who;
}

/** Time and story words before "si Ifah ambil …" ("tadi si Ifah ambil 20 lembar"). */
const BEFORE_SI = new Set(['tadi', 'td', 'kemarin', 'kmrn', 'kemaren', 'barusan', 'terus', 'trus', 'lalu', 'nah', 'pagi', 'siang', 'sore',
  'malam', 'hari', 'ini', 'juga', 'jg']);
const MY = new Set(['saya', 'sy', 'aku', 'ku', 'kita', 'kami', 'ulun', 'awak', 'gue', 'gw']);

/**
 * Walking back from the take verb at i over "already"-words, one name (two after "si" or a title), "si"
 * or a title or "di"/"dari" (a place), and "my": a buyer word (RELATION_TAKERS: reseller, agen,
 * langganan) is reached, or "si" and a name open the clause.
 */
function resellerNamed(tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  let skipped = 0;
  while (skipped < 2 && ALREADY_BEFORE_TAKE.has(tokens[j]?.key ?? '')) {
    j--;
    skipped++;
  }
  // "reseller udah ambil 20 pcs", "langganan saya tadi ngambil …".
  if (skipped > 0 && (buyerAt(tokens, j) || (MY.has(tokens[j]?.key ?? '') && buyerAt(tokens, j - 1)))) return true;
  if (!takerNameAt(tokens, j)) return false;
  j--;
  if (takerNameAt(tokens, j) && (tokens[j - 1]?.key === 'si' || TAKER_TITLES.has(tokens[j - 1]?.key ?? ''))) j--; // "si Nur Aini"
  const si = tokens[j]?.key === 'si' || TAKER_TITLES.has(tokens[j]?.key ?? '');
  if (tokens[j]?.key === 'si' && (j === 0 || tokens[j - 1]?.type !== T_WORD || BEFORE_SI.has(tokens[j - 1]?.key ?? ''))) return true;
  if (si || tokens[j]?.key === 'di' || tokens[j]?.key === 'dari' || tokens[j]?.key === 'dr') j--;
  if (MY.has(tokens[j]?.key ?? '')) j--;
  return buyerAt(tokens, j);
}

// (Module functions, not closures inside resellerNamed: tsx names every closure a function makes,
// with Object.defineProperty, each time it makes it — bench/parser-calls.ts counts them.)
/** A word at k that may be a taker's name: unknown to the lexicon, not a pet name, not a buyer word. */
function takerNameAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && t.type === T_WORD && t.info === null && t.key.length >= 2 && !CHILD_PET_NAMES.has(t.key) && !RELATION_TAKERS.has(t.key);
}

/** A buyer word at k (RELATION_TAKERS: reseller, agen, langganan). */
function buyerAt(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.type === T_WORD && RELATION_TAKERS.has(tokens[k]?.key ?? '');
}

/** Between the taker and the take verb: "udah", "tadi", "baru". */
const ALREADY_BEFORE_TAKE = new Set(['udah', 'sudah', 'udh', 'sdh', 'dah', 'tadi', 'td', 'barusan', 'baru', 'br', 'juga', 'jg', 'wis', 'wes', 'lagi', 'lg']);

/** Whether a titled person (not she herself) takes something in the message: "Bu Ani ambil uang 50rb". */
export function someoneTakes(a: Analysis): boolean {
  for (let i = 0; i < a.tokens.length; i++) if (TAKE_VERBS.has((a.tokens[i] as Token).key) && namedTaker(a, i)) return true;
  return false;
}

/** "uang kas", "uang usaha", "uang toko": whose money was taken, not what it was for. */
const BUSINESS_MONEY = new Set(['kas', 'usaha', 'toko', 'warung', 'dagangan', 'jualan', 'modal', 'tabungan']);

/**
 * Index of the ")" closing the "(" at i when the aside holds no money-cued amount, else -1
 * ("laku 1 kodi (20 pcs) @45rb" skips "(20 pcs)"; "laku bros (15rb)" keeps its amount).
 */
function parenEnd(a: Analysis, i: number, end: number): number {
  for (let j = i + 1; j < end && j < i + 12; j++) {
    const t = a.tokens[j] as Token;
    const ni = a.numIn[j] as number;
    if (ni >= 0 && (a.nums[ni] as NumExpr).strength === S_MONEY) return -1;
    if (t.type === T_PUNCT && t.text === ')') return j;
  }
  return -1;
}

function isMarkedMoneyBefore(els: El[], p: number): boolean {
  const prev = els[p - 1];
  return prev !== undefined && (prev.type === E_AT || prev.type === E_PRICE || prev.type === E_TOTAL || prev.type === E_FOR ||
    prev.type === E_DISCOUNT || (prev.type === E_EACH && (els[p - 2]?.type !== E_NUM || els[p - 2]?.role === R_QTY)));
}

/** The token at i (skipping "Rp") starts a number that reads as money, not a count ("potongan 5rb", not "2 potongan"). */
/** "potong harga 10rb": the price word between a discount word and its amount. */
const PRICE_AFTER_CUT = new Set(['harga', 'harganya', 'hrg']);

function moneyNext(a: Analysis, i: number, end: number): boolean {
  // A hidden word ("diskon total 15rb": "total" read as the discount's scope, stated-price.ts) is no word between.
  while (i < end && a.marks[i] !== 0 && (a.numIn[i] as number) < 0) i++;
  if (i < end && a.tokens[i]?.type === T_PUNCT && a.tokens[i]?.text === ':') i++;
  if (i >= end) return false;
  const k = a.numIn[i] as number;
  if (k < 0) return false;
  const ex = a.nums[k] as NumExpr;
  return ex.strength > S_PLAIN || (ex.value !== null && ex.rupiah !== null && ex.rupiah >= 1000);
}

/**
 * "gorengan 20 satunya 1000", "20 hiji na sarebu": a plain small count, an each-word, then a
 * price: the count is the quantity and the price follows the each-word, not the count.
 */
function countBeforeEach(ex: NumExpr, after: El | undefined): boolean {
  if (after?.type !== E_NUM || !after.ex || after.ex.rupiah === null || ex.strength !== S_PLAIN || ex.value === null) return false;
  if (ex.value.s !== 0 || ex.value.m < 1 || ex.value.m >= 100) return false;
  return after.ex.strength > S_PLAIN || after.ex.rupiah >= 100;
}

/** Gross after an amount: "1.250.000 kotor" (net, "bersih", is left as read: takings or what is left?). */
const GROSS = new Set(['kotor', 'kotornya', 'bruto', 'gross']);

/** Gives every number element its role (quantity, money or unusable). */
export function assignRoles(els: El[]): void {
  let otherMoney = false;
  for (let p = 0; p < els.length; p++) {
    const e = els[p] as El;
    if (e.type === E_NUM && e.ex && e.ex.value !== null && (e.ex.strength > S_PLAIN || isMarkedMoneyBefore(els, p))) otherMoney = true;
  }
  for (let p = 0; p < els.length; p++) {
    const e = els[p] as El;
    if (e.type !== E_NUM || !e.ex) continue;
    const ex = e.ex;
    const prev = els[p - 1];
    const next = els[p + 1];
    const next2 = els[p + 2];
    if (ex.value === null) e.role = R_BAD;
    else if (next?.type === E_UNIT && ex.strength < S_MONEY) e.role = R_QTY;
    else if (ex.strength === S_MONEY) e.role = R_MONEY;
    else if (isMarkedMoneyBefore(els, p)) e.role = R_MONEY;
    else if (prev?.type === E_X) {
      const before = els[p - 2];
      e.role = before?.type === E_NUM && before.role === R_MONEY ? R_QTY : R_MONEY;
    } else if (next?.type === E_X || next?.type === E_AT) e.role = R_QTY;
    else if (next?.type === E_PER && next2?.type === E_UNIT) e.role = R_MONEY;
    else if (next?.type === E_EACH) e.role = countBeforeEach(ex, next2) ? R_QTY : R_MONEY;
    // "dpt 1.250.000 kotor": grouped thousands then gross — money, no count of goods.
    else if (next?.type === E_WORD && ex.strength === S_GROUPED && GROSS.has(next.text.toLowerCase())) e.role = R_MONEY;
    else if (next?.type === E_WORD && !next.soft && ex.value.s === 0) e.role = R_QTY;
    else if (ex.strength === S_GROUPED) e.role = R_MONEY;
    else if (otherMoney) e.role = R_QTY;
    else e.role = R_MONEY;
  }
}

/**
 * Drafts: the entry being built while a segment's elements are folded left to right, and
 * how a finished draft becomes an entry (with the confidence its weakest part allows), an
 * unresolved line (no usable amount: nothing is ever invented), or nothing.
 */
import { MAX_AMOUNT, S_GROUPED, S_MONEY, S_PLAIN, type NumExpr } from './amount.ts';
import {
  Confidence, C_APPROX, C_CLEAR, C_DOUBT, C_GROUPED, C_MARKED, C_NO_VERB, C_NOT_FACT, C_PARTIAL, C_PLAIN_HUNDREDS, C_PLAIN_LARGE,
  C_PLAIN_TINY, C_WEAK_PLAIN,
} from './confidence.ts';
import type { El } from './entry-elements.ts';
import { dec, mulInt, roundHalfUp, toNumber, type Dec } from './numeral.ts';
import { lookupWord } from './lexicon.ts';
import { pieceIsUnit, sameServing } from './each-words.ts';
import { isServiceWord, namesServiceWork } from './service-work.ts';
import { FEE_WORDS } from './discount-word.ts';
import { inputKind } from './business-inputs.ts';
import { costGoods } from './carried-kind.ts';
import { SUPPLY_NOUNS } from './cost-nouns.ts';
import { cheapPerMeasure, isSnackItem, implausibleEach, implausiblyCheapJob, implausibleLot, implausibleSmallLot, implausiblyCheap, pieceFloor, soldPieceFloor } from './goods-price.ts';
import { piecesAtBundlePrice } from './bundle-price.ts';
import { fractionInPieces, pairsInBundle, pairsOfSingles } from './piece-counts.ts';
import { type EntryKind, type ParsedEntry, type UnresolvedEntry } from './types.ts';

/** Largest believable quantity of goods in one line. */
const MAX_QUANTITY = 1_000_000;
/** Smallest amount an entry is recorded with unasked (a sachet, a plastic bag). */
const MIN_PLAUSIBLE = 500;
/** A price per piece under this, read from a price per bundle (kodi, lusin), is as likely per piece: asked. */
const MIN_PIECE = 2_000;
/** Under this a piece, a price each after a count of dozens or kodi is surely one piece's (not the bundle's). */
const MIN_BUNDLE_PIECE = 500;
/** The bundles (lusin 12, kodi 20) whose pieces are never that cheap; a gross (144) of pins may be. */
const MAX_SMALL_BUNDLE = 20;
/** Least a counted job (a haircut, a pair of shoes washed) is believably paid unasked. */
const MIN_JOB = 10_000;
/** The most a sale or expense naming no goods is recorded at unasked ("laku 500jt" is asked). */
const MAX_BARE = 100_000_000;
/** Longest item text kept. */
const MAX_ITEM = 60;

/** Weights that only bulk produce is counted in: a tonne, a quintal. */
const BULK_WEIGHTS = new Set(['ton', 'kwintal', 'kuintal', 'kw']);
/** Below this a price is no price of a tonne or quintal of anything she trades (a kilo's, then). */
const MIN_BULK_PRICE = 100_000;

export interface Draft {
  kind: EntryKind | null;
  /** A verb was seen for this draft (in this segment or a heading). */
  verbSeen: boolean;
  /** Some verb behind this draft is not a weak one. */
  strong: boolean;
  /** A verb was seen in this segment (not only carried from a heading or earlier line). */
  ownVerb: boolean;
  notFact: boolean;
  pre: El[];
  words: El[];
  qty: Dec | null;
  unit: string | null;
  price: NumExpr | null;
  priceMarked: boolean;
  /** The price came from "harga X" with no "per …": a total or a unit price? */
  priceFromHarga: boolean;
  total: NumExpr | null;
  totalMarked: boolean;
  /** "harga" was written in this draft. */
  hargaSeen: boolean;
  bad: NumExpr | null;
  totalNext: boolean;
  /** The unit the price is for when written with it ("sekilonya 40rb", "40rb/kg", "per lusin 60rb"). */
  priceUnit: string | null;
  /** "sekilo 15rb", "selusin 60rb": one such unit for that price. */
  priceOne: boolean;
  /** The price came with "satunya" (one of them): after a bundle, one piece or one bundle? */
  pricePiece: boolean;
  /** A verb was read into this very draft (not carried over from an earlier entry). */
  verbHere: boolean;
  /** Started by an amount right after another one, with no words between ("laku 15rb 20rb"). */
  bareFollow: boolean;
  /** The number expressions this draft took (quantity, price, total, unusable amount). */
  used: NumExpr[];
}

export function fresh(kind: EntryKind | null, verbSeen: boolean, strong: boolean): Draft {
  return { kind, verbSeen, strong, ownVerb: false, notFact: false, pre: [], words: [], qty: null, unit: null, price: null,
    priceMarked: false, priceFromHarga: false, total: null, totalMarked: false, hargaSeen: false, bad: null, totalNext: false,
    priceUnit: null, priceOne: false, pricePiece: false, verbHere: false, bareFollow: false, used: [] };
}

/**
 * Servings of food or drink: no stall sells one under Rp500, so "payu selawe pincuk regane
 * limangewu" (Rp200 a pincuk as a total) can only be Rp5.000 each.
 */
const SERVINGS = new Set(['porsi', 'pincuk', 'piring', 'mangkok', 'mangkuk', 'gelas', 'cup']);
const MIN_SERVING_PRICE = 500;

/**
 * Whether a total said in words after a count of pieces or servings ("30 biji seribu lima ratus") can only
 * be the price of one: a sale, a whole count over one, and the total leaves each under any price. Digits
 * after a comma ("laku kue 30 biji, 2500") stay asked (cheap_each): a dropped "rb" is as likely there.
 */
function saidEachAfterCount(d: Draft, total: NumExpr): boolean {
  if (!total.words || total.approx || total.rupiah === null || d.qty === null || d.totalMarked || (d.kind ?? 'sale') !== 'sale') return false;
  const size = d.unit === null ? null : lookupWord(d.unit)?.size ?? null;
  if (size !== null && (size.base !== 'pc' || size.n > 1)) return false;
  return d.qty.s === 0 && d.qty.m > 1 && !hargaIsTotal(d.qty, total.rupiah) && total.rupiah / d.qty.m < (d.unit !== null && SERVINGS.has(d.unit) ? MIN_SERVING_PRICE : 100);
}

/**
 * Below these a piece (a serving), a money amount after a count of snacks is no total: "jajan 60
 * biji 2rb" (Rp33 a piece), "risol 25 biji 3rb", "gado2 laku 18 piring 12rb" (Rp667 a plate).
 */
const SNACK_EACH_FLOOR = 250;
const SERVING_EACH_FLOOR = 1_000;
/**
 * And the amount as the price of one must be a snack's or a serving's everyday price: "laku
 * bakwan 30 biji 12rb" (Rp400 a fritter as a total, Rp12.000 a fritter each) fits neither
 * reading and stays asked; so does "kerupuk 50 biji 20rb" (Rp400 a piece is a real price).
 */
const SNACK_EACH_MAX_PIECE = 5_000;
const SNACK_EACH_MAX_SERVING = 50_000;
/** The each reading stays a stall's day: above this it is left as written (asked). */
const SNACK_EACH_MAX = 2_000_000;

/**
 * Whether an amount in money ("2rb", "12rb", "15 ewu") right after a count of snacks or servings
 * can only be the price of one: a sale, a whole count over one, goods known as snacks (goods-price.ts
 * `isSnackItem`, or a serving unit), and as the total it leaves each under any price. Plain digits
 * ("laku kue 30 biji, 2500") stay asked: a dropped "rb" is as likely there. So does a total she
 * marked, a round figure ("2rb-an"), a count of packs of several pieces, or an each reading beyond a day.
 */
function snackEachAfterCount(d: Draft, total: NumExpr, item: string | null): boolean {
  if (total.words || total.approx || total.strength !== S_MONEY || total.rupiah === null || d.qty === null || d.totalMarked ||
    (d.kind ?? 'sale') !== 'sale' || d.qty.s !== 0 || d.qty.m <= 1) return false;
  const serving = d.unit !== null && SERVINGS.has(d.unit);
  if (!serving && !isSnackItem(item)) return false;
  const size = d.unit === null ? null : lookupWord(d.unit)?.size ?? null;
  if (size !== null && (size.base !== 'pc' || size.n > 1)) return false;
  const each = total.rupiah;
  return each / d.qty.m < (serving ? SERVING_EACH_FLOOR : SNACK_EACH_FLOOR) && each <= (serving ? SNACK_EACH_MAX_SERVING : SNACK_EACH_MAX_PIECE) &&
    each * d.qty.m <= SNACK_EACH_MAX;
}

/**
 * Whether "N item harga X" can only mean X each: one piece, or X / N is no price (not whole,
 * under Rp100; under Rp500 a serving).
 */
function hargaIsEach(qty: Dec, price: number, unit: string | null): boolean {
  if (qty.s !== 0 || qty.m <= 0) return false;
  if (qty.m === 1) return true;
  const floor = unit !== null && SERVINGS.has(unit) ? MIN_SERVING_PRICE : 100;
  return price % qty.m !== 0 || price / qty.m < floor;
}

/** Whether "N item harga X" read as X each would be an implausible sale (over Rp10.000.000) while X / N is a price. */
function hargaIsTotal(qty: Dec, price: number): boolean {
  if (qty.s !== 0 || qty.m <= 1) return false;
  return price * qty.m > 10_000_000 && price % qty.m === 0 && price / qty.m >= 500;
}

export function hasMoney(d: Draft): boolean {
  return d.price !== null || d.total !== null || d.bad !== null;
}

/** Titles before a person's name: "dari bu Ani" names a customer, not goods. */
const HONORIFICS = new Set(['bu', 'ibu', 'buk', 'pak', 'bapak', 'mbak', 'mba', 'mas', 'kak', 'teteh', 'bunda', 'cik', 'koh']);

/** Joins item words as written, without fillers at either edge ("dari pesanan wisuda" → "pesanan wisuda"). */
export function itemText(all: El[]): string | null {
  let words = all;
  for (let i = 0; i < all.length - 1; i++) {
    if (HONORIFICS.has((all[i] as El).text)) {
      words = all.filter((_, k) => k !== i + 1);
      break;
    }
  }
  let s = 0;
  let e = words.length;
  while (s < e && (words[s] as El).soft) s++;
  while (e > s && (words[e - 1] as El).soft) e--;
  if (s >= e) return null;
  let text = '';
  for (let i = s; i < e; i++) text += (i > s ? ' ' : '') + (words[i] as El).text;
  if (text.length > MAX_ITEM) text = text.slice(0, MAX_ITEM).trimEnd();
  return text;
}

export function countHard(words: El[]): number {
  let n = 0;
  for (const w of words) if (!w.soft) n++;
  return n;
}

export interface EntryOut extends ParsedEntry {
  confidence: number;
  notes: string[];
  /** The entry's only content was a "total X" (a summary line under a list). */
  totalOnly: boolean;
  /**
   * "…, gula 2kg, minyak 2 liter total 134rb": the last goods of a list, counted in their unit,
   * then a marked total with no price of their own: the total may be of every counted good before it
   * (counts-beside-total.ts).
   */
  totalAfterGoods?: boolean;
  /**
   * The token where its first number stands, when it was read from a draft: a message of
   * several days (per-day.ts) puts each entry on the day of the line it was written on.
   */
  at?: number;
}

/** Where a segment's finished drafts go. */
export interface DraftOut {
  entries: EntryOut[];
  unresolved: UnresolvedEntry[];
  /** Drafts with words and a strong verb but no number ("…, dan kalung"). */
  wordsOnly: UnresolvedEntry[];
  /** A household purpose or "uang" is written in the segment: a withdrawal is not a guess. */
  household: boolean;
  /**
   * Every number expression that ended up meaning something: a quantity, price or total of
   * an entry, of an unresolved line, or a checked total. A number not here is left over,
   * and a record with a left-over number is never confident (record.ts).
   */
  accounted: NumExpr[];
}

/** Closes a draft into an entry, an unresolved line, or nothing. */
export function finish(d: Draft, out: DraftOut, onlyTotal: boolean): void {
  const before = out.entries.length + out.unresolved.length;
  finishInto(d, out, onlyTotal);
  if (out.entries.length + out.unresolved.length > before) for (const ex of d.used) out.accounted.push(ex);
}

function finishInto(d: Draft, out: DraftOut, onlyTotal: boolean): void {
  let words = d.words;
  if (countHard(words) === 0 && countHard(d.pre) > 0 && countHard(d.pre) <= 3) words = d.pre;
  const item = itemText(words);
  const quantity = d.qty === null ? null : toNumber(d.qty);
  if (!hasMoney(d)) {
    // Only a strong verb makes "N item" without a price worth asking about ("laku 5 bros");
    // "dp 1 peserta" or "dapat 3 bungkus" is chat.
    if (d.qty !== null && d.kind !== null && d.verbSeen && d.strong) {
      out.unresolved.push({ kind: d.kind, item, quantity, unit: d.unit, reason: 'no_amount' });
    } else if (item !== null && d.kind !== null && d.verbSeen && d.strong) {
      out.wordsOnly.push({ kind: d.kind, item, quantity: null, unit: null, reason: 'no_amount' });
    }
    return;
  }
  // "laku timphan 30 biji seribu lima ratus": a price said in words right after the count, that as
  // the total would leave a piece under any price (hargaIsEach's floor), is the price each.
  const spokenEach = d.price === null && d.total !== null && (saidEachAfterCount(d, d.total) || snackEachAfterCount(d, d.total, item));
  const price = spokenEach ? d.total : d.price;
  const total = spokenEach ? null : d.total;
  const main = price ?? total ?? d.bad;
  if (!main) return;
  const kindless = d.kind === null || !d.verbSeen;
  if (d.bad !== null && price === null && total === null) {
    if (!kindless) out.unresolved.push({ kind: d.kind, item, quantity, unit: d.unit, reason: d.bad.problem ?? 'malformed' });
    return;
  }
  const c = new Confidence(1);
  // Strength of the amount as written (the unit price and the total, when both are given).
  for (let k = 0; k < 2; k++) {
    const ex = k === 0 ? price : total;
    const marked = k === 0 ? d.priceMarked : d.totalMarked;
    if (!ex) continue;
    if (ex.rupiah === null) {
      if (!kindless) out.unresolved.push({ kind: d.kind, item, quantity, unit: d.unit, reason: ex.problem ?? 'malformed' });
      return;
    }
    const v = ex.rupiah;
    let level: number;
    if (ex.strength === S_MONEY) level = C_CLEAR;
    else if (ex.strength === S_GROUPED) level = C_GROUPED;
    else if (marked) level = C_MARKED;
    else if (v >= 1000) level = C_PLAIN_LARGE;
    else if (v >= 100) level = C_PLAIN_HUNDREDS;
    else level = C_PLAIN_TINY;
    c.cap(level, ex.strength === S_PLAIN && !marked && v < 1000 ? 'small_plain_number' : undefined);
    if (!d.strong && ex.strength === S_PLAIN && !marked) {
      // "dapat juara 1", "masuk 3": a weak verb with a small plain number is not a record.
      if (v < 1000) return;
      c.cap(C_WEAK_PLAIN, 'weak_verb');
    }
    if (ex.ambiguous) c.cap(C_DOUBT, 'ambiguous_amount');
    // "sekitar 50rb", "20.000-an": recorded as written; the note lets the reply say so.
    if (ex.approx) c.cap(C_APPROX, 'approximate');
    // "3 kue dua ribu lima ratusan": a round figure after a count is a price each as often
    // as a total: ask.
    if (ex.approx && d.qty !== null && k === 1 && price === null) c.cap(C_DOUBT, 'approximate_each_or_total');
  }
  let service = false;
  if (kindless) {
    // Without any verb only an unmistakable money cue counts ("bros 15rb", "Rp 20.000");
    // a bare number is never recorded.
    const ex = price ?? total;
    if (!ex || (ex.strength === S_PLAIN && !d.priceMarked && !d.totalMarked)) return;
    if (d.hargaSeen) return; // "harga bros 15rb" states a price, it records nothing
    // "cucian bu Ani 4kg 7rb/kg": her work named with its money is her takings (service-work.ts).
    // ("smoothing 1 org 150rb": one of a unit with its price is a count too.)
    service = namesServiceWork([...d.pre, ...d.words], d.qty !== null || (d.priceOne && d.priceUnit !== null), d.unit ?? d.priceUnit,
      d.qty === null ? 0 : toNumber(d.qty));
    if (!service) c.cap(C_NO_VERB, 'kind_guessed');
  }
  // "beli 1 rim kertas 55rb / cetak undangan 300 lembar @1.200", "beli benang 20rb, jahit 3 baju
  // 150rb": a buying verb of a clause before does not carry into a clause that names her own work
  // and has no verb of its own — that work is what she is paid for. Read as her sale, asked
  // (she may have paid someone for it: "jahit 2 baju 150rb" at a tailor's).
  // (Counted jobs only: "keluar: +75rb jahit kebaya" is a label of money out, paid to a tailor.)
  const workNotBought = !kindless && d.kind === 'expense' && !d.ownVerb && d.qty !== null &&
    namesServiceWork([...d.pre, ...d.words], d.qty !== null || (d.priceOne && d.priceUnit !== null), d.unit ?? d.priceUnit,
      d.qty === null ? 0 : toNumber(d.qty));
  if (workNotBought) c.cap(C_DOUBT, 'kind_guessed');
  if (d.notFact) c.cap(C_NOT_FACT, 'not_a_fact');
  // "laku 3 bros 15rb 20rb": a second amount with nothing of its own may be a price and a
  // total, a correction, or a second sale: ask.
  if (d.bareFollow && item === null && d.qty === null && !d.verbHere && !d.totalMarked) c.cap(C_PARTIAL, 'bare_second_amount');
  // "ambil 500rb" alone may be goods fetched or money taken: ask unless the purpose is the
  // household or the thing taken is money ("ambil uang 50rb", "buat dapur", "prive").
  let kind = workNotBought ? 'sale' : d.kind;
  // "kepake 35rb buat plastik kemasan", "ambil 20rb buat lakban": money used for what her trade
  // uses up (packaging, notions: business-inputs.ts) is spent on the business, not taken home.
  // A bare supply ("kepake 30rb buat plastik") may be the home's bin bags: still asked.
  // "jemput anak sekolah langganan 15rb": a fare of hers (service-work.ts), not her child's school.
  if (service && d.kind === 'withdrawal' && !d.strong) kind = 'sale';
  else if (d.kind === 'withdrawal' && !d.strong && !out.household && inputKind(item) === 'input' && !SUPPLY_NOUNS.includes(item ?? '')) kind = 'expense';
  else if (d.kind === 'withdrawal' && !d.strong && !out.household) c.cap(C_DOUBT, 'withdrawal_guessed');

  // A price for a unit of another size than the quantity's: "5 ons, sekilonya 40rb" is half a
  // kilo at Rp40.000 a kilo; "sekilo 15rb" alone is one kilo at that price.
  let qty = d.qty;
  let unit = d.unit;
  /** Sizes of the quantity's unit and of the price's unit, when they differ (same base). */
  let conv: { from: number; to: number } | null = null;
  if (price && d.priceUnit !== null) {
    if (qty === null && d.priceOne) {
      qty = dec(1);
      unit = d.priceUnit;
    } else if (qty !== null && unit === null) {
      // "laku 30 jepit, selusin 20rb": a bare count of goods counts pieces, and the price is
      // for a bundle of them (bundle-price.ts); otherwise the count is of the price's unit
      // ("beli cabe 2, sekilonya 40rb" = 2 kg).
      const bundled = piecesAtBundlePrice(qty, d.priceUnit, item);
      if (bundled === null) unit = d.priceUnit;
      else {
        conv = { from: 1, to: bundled.size };
        if (!bundled.sure) c.cap(C_DOUBT, 'unit_mismatch');
      }
    } else if (qty !== null && unit !== null) {
      const ua = lookupWord(unit);
      const ub = lookupWord(d.priceUnit);
      const a = ua?.size;
      const b = ub?.size;
      const pairs = pairsOfSingles(qty, unit, d.priceUnit);
      const pairBundle = pairsInBundle(unit, d.priceUnit);
      if (pairBundle !== null) {
        // "2 kodi kaos kaki @5rb sepasang": a kodi of paired goods is twenty pairs (piece-counts.ts).
        conv = { from: pairBundle, to: 1 };
      } else if (pairs !== null) {
        // "2 ekor pedet 9 juta sepasang": one pair at that price (piece-counts.ts); three heads at a price per pair are asked.
        conv = { from: 1, to: pairs.to };
        if (!pairs.whole) c.cap(C_DOUBT, 'unit_mismatch');
      } else if (a && b && a.base === b.base) {
        if (a.n !== b.n) conv = { from: a.n, to: b.n };
      } else if (pieceIsUnit(unit, d.priceUnit)) {
        // "10 gulung benang, sebiji 4.500": a roll is one piece; the price is per roll.
      } else if (sameServing(unit, d.priceUnit)) {
        // "22 porsi, sepiring 10rb": a plate is a portion; the price is per what she counted (each-words.ts).
      } else if ((ua?.canon ?? unit) !== (ub?.canon ?? d.priceUnit)) {
        // "3 bungkus, sekilonya 40rb": how heavy is a bungkus? "1 kodi, per pasang 5rb",
        // "3 pack, per biji 2rb": how many in one? Asked, never multiplied as written.
        c.cap(C_DOUBT, 'unit_mismatch');
      }
    }
  }
  // "setor sawit 1,2 ton ke toke @2.100": a price far below what a tonne or a quintal of anything
  // costs is the price of a kilo, written after a bulk weight: asked, never 1,2 × 2.100.
  if (price && d.priceUnit === null && qty !== null && unit !== null && BULK_WEIGHTS.has(unit) && price.rupiah !== null &&
    price.rupiah < MIN_BULK_PRICE) c.cap(C_DOUBT, 'unit_mismatch');
  // "setengah lusin @40rb", "1/2 kodi x 50rb": a price each for a part of a bundle is per piece;
  // the count is the pieces (piece-counts.ts). A price tied to the bundle or a total is not.
  if (price && d.priceMarked && !d.priceFromHarga && qty !== null && d.priceUnit === null) {
    const pieces = fractionInPieces(qty, unit);
    if (pieces !== null) {
      qty = pieces;
      unit = 'pcs';
    }
  }
  const quantityOut = qty === null ? null : toNumber(qty);

  let amount: number;
  let unitPrice: number | null = null;
  let priceAsTotal = false;
  // "2 lusin jepit @5rb = 120rb": the total she wrote is the pieces' at the price each.
  let pieceTotal = false;
  if (price && d.priceFromHarga && qty === null) priceAsTotal = true; // "harga 15rb": the price paid
  // "laku 100 bros harga 1,5jt": Rp150.000.000 is no sale of hers; the price of them all is
  // the likelier reading, still asked.
  if (price && d.priceFromHarga && qty !== null && hargaIsTotal(qty, price.rupiah as number)) {
    priceAsTotal = true;
    c.cap(0.75, 'harga_without_per');
  }
  if (price && !priceAsTotal) {
    unitPrice = price.rupiah as number;
    if (qty !== null) {
      // quantity × price × (size of her unit / size of the price's unit), exactly.
      let prod = mulInt(qty, unitPrice);
      let den = 1;
      if (conv !== null && prod !== null) {
        prod = mulInt(prod, conv.from);
        den = conv.to;
        const each = (unitPrice * conv.from) / conv.to;
        unitPrice = Number.isSafeInteger(each) ? each : null;
      }
      if (prod === null) {
        if (!kindless) out.unresolved.push({ kind: d.kind, item, quantity: quantityOut, unit, reason: 'absurd' });
        return;
      }
      const exact = prod.s === 0 && prod.m % den === 0;
      amount = den === 1 ? roundHalfUp(prod) : Math.round(toNumber(prod) / den);
      if (!exact) c.cap(C_DOUBT, 'rounded');
      // "jual 3 mukena harga 150rb": each, or the three together? Only when one reading
      // cannot be meant is it not asked: one piece, or a total that splits into no whole
      // rupiah or under Rp100 a piece ("20 gorengan harga 1rb" is 1.000 each).
      if (d.priceFromHarga && qty !== null && !hargaIsEach(qty, price.rupiah as number, unit)) c.cap(0.75, 'harga_without_per');
      // (A total of the pieces at that price after a count of bundles is her price each: below.)
      const bundleN = unit === null ? 0 : lookupWord(unit)?.size?.base === 'pc' ? lookupWord(unit)?.size?.n ?? 0 : 0;
      pieceTotal = total !== null && total.rupiah !== null && d.priceMarked && !d.pricePiece && conv === null && bundleN > 1 && bundleN <= MAX_SMALL_BUNDLE &&
        total.rupiah === amount * bundleN;
      if (total && total.rupiah !== null && total.rupiah !== amount && !pieceTotal) {
        amount = total.rupiah;
        c.cap(0.5, 'total_mismatch');
      }
    } else if (total && total.rupiah !== null) {
      amount = total.rupiah;
    } else {
      amount = unitPrice;
      c.cap(C_DOUBT, 'quantity_missing');
    }
  } else {
    amount = (priceAsTotal ? (price as NumExpr).rupiah : (total as NumExpr).rupiah) as number;
  }
  // "1 kodi kaos kaki, satunya 18rb": one of a bundle of pieces is one piece when one bundle at
  // that price would leave each piece under MIN_PIECE (Rp900 a sock): 20 × 18.000 = 360.000.
  // When both readings are prices such goods fetch ("2 kodi mukena, satunya 150rb") it is asked.
  const bundleSize = unit === null ? null : lookupWord(unit)?.size ?? null;
  let pieceAsked = false;
  // The price read as one piece's after a count of bundles (below): no longer asked per bundle.
  let piecePriced = false;
  if (d.pricePiece && d.priceUnit === null && conv === null && unitPrice !== null && quantityOut !== null && bundleSize?.base === 'pc' &&
    bundleSize.n > 1) {
    const perBundle = unitPrice * bundleSize.n;
    const whole = quantityOut * perBundle;
    if (unitPrice / bundleSize.n < MIN_PIECE && Number.isSafeInteger(whole)) {
      unitPrice = perBundle;
      amount = whole;
    } else pieceAsked = true;
  } else if (!d.pricePiece && d.priceMarked && !d.priceFromHarga && d.priceUnit === null && conv === null && unitPrice !== null &&
    quantityOut !== null && Number.isInteger(quantityOut) && bundleSize?.base === 'pc' && bundleSize.n > 1 && bundleSize.n <= MAX_SMALL_BUNDLE) {
    // "laku gantungan kunci 2 lusin @5rb": per dozen it would leave each piece under Rp500 and
    // under what such goods fetch (goods-price.ts pieceFloor: a keychain Rp1.000) — the price of
    // one piece: 24 × 5.000. Goods with no known floor (buttons, pins, plates) stay asked. "2 lusin
    // jepit @5rb = 120rb": her total says so. (Between Rp500 and MIN_PIECE a piece, with no total,
    // both readings stand: asked below, bundle_each_or_piece. Not a gross: 144 pins or buttons at
    // Rp50.000 a gross are Rp350 each, a price such small goods have.)
    const whole = quantityOut * unitPrice * bundleSize.n;
    const floor = item === null ? null : pieceFloor(item);
    const noBundlePrice = unitPrice / bundleSize.n < MIN_BUNDLE_PIECE && floor !== null && unitPrice / bundleSize.n < floor;
    if (Number.isSafeInteger(whole) && (pieceTotal || (total === null && noBundlePrice))) {
      unitPrice *= bundleSize.n;
      amount = whole;
      piecePriced = true;
    }
  }
  // "dapat seratus ribuan": a price each where a total is marked.
  if (total?.each === true && price === null) c.cap(C_DOUBT, 'approximate_each_or_total');
  if (amount > MAX_AMOUNT || amount <= 0) {
    if (!kindless) out.unresolved.push({ kind: d.kind, item, quantity: quantityOut, unit, reason: 'absurd' });
    return;
  }
  if (amount > 1_000_000_000) c.cap(C_DOUBT, 'large_amount');
  // "laku 500jt", "belanja 250jt": no goods named and more than a year of an ultra-micro
  // business's takings in one line is a slip of the unit (jt for rb) as often as it is real.
  else if (item === null && (kind ?? 'sale') !== 'capital' && kind !== 'withdrawal' && amount > MAX_BARE) c.cap(C_DOUBT, 'large_amount');
  // "laku es teh 10 gelas 3.000": a total that leaves each piece under a few hundred rupiah
  // is as likely her price each: ask. Only for sales of counted goods: supplies are bought
  // cheap by the hundred ("plastik 100 lembar 5rb"), and a size unit ("250 gram 15rb") is
  // priced by the total.
  const size = unit === null ? null : lookupWord(unit)?.size ?? null;
  const pieces = quantityOut === null || (size !== null && size.base !== 'pc') ? null : quantityOut * (size?.n ?? 1);
  // "laku 3 bros @15jt", "jual kue 2 kotak 4jt": a price each no such goods cost (goods-price.ts).
  const perUnit = unitPrice ?? (quantityOut !== null && quantityOut >= 1 ? amount / quantityOut : null);
  if (implausibleEach(item, perUnit, unit, size?.base === 'pc' ? size.n : 1) || implausibleLot(item, amount) ||
    ((kind === 'sale' || kind === 'expense') && implausibleSmallLot(item, quantityOut, amount))) c.cap(C_DOUBT, 'large_amount');
  // "jahit kebaya 1.500": no tailor sews a kebaya for that; a dropped "rb" as often as real (goods-price.ts).
  if (kind !== 'capital' && kind !== 'withdrawal' && implausiblyCheapJob(item, perUnit ?? amount)) c.cap(C_DOUBT, 'implausible_amount');
  if ((d.kind ?? 'sale') === 'sale' && unitPrice === null && pieces !== null && pieces > 1 && amount / pieces < MIN_PLAUSIBLE) {
    c.cap(C_DOUBT, 'cheap_each');
  }
  // "laku 20 bros 15rb", "beli benang 5 gulung 6rb": a bare amount after a count that leaves
  // each piece (or roll, box) cheaper than such goods cost is as likely her price each: ask
  // (goods-price.ts). "beli 2 lusin 60rb" names no goods to judge by: a count of dozens or kodi
  // with a bare amount is asked as well ("laku 10 bungkus 50rb" stays the total). A total she marked ("total 15rb") is taken at her word.
  const bareAfterCount = unitPrice === null && !d.totalMarked && quantityOut !== null && quantityOut > 1;
  if (bareAfterCount && kind !== 'withdrawal' && kind !== 'capital') {
    const units = size !== null && size.base !== 'pc' ? null : quantityOut;
    if (implausiblyCheap(item, kind ?? 'sale', amount, pieces, unit, units) || (item === null && size?.base === 'pc' && size.n > 1) ||
      cheapPerMeasure(item, amount, quantityOut, unit)) {
      c.cap(C_DOUBT, 'cheap_each');
    }
  }
  // "jual jilbab 1 kodi @ 30rb": a price each after a bundle of pieces (kodi 20, lusin 12,
  // gros 144) that leaves each piece under MIN_PIECE may be her price per piece (Rp600.000) as
  // well as per bundle: ask. A price she tied to the bundle ("@45rb/kodi", "sekodinya") is not.
  // Bought the same way ("beli 1 kodi kain @2rb", "beli 3 lusin piring @5rb"): asked too, but not
  // a ream of paper, priced by the ream whatever a sheet costs.
  const bundle = bundleSize;
  const byBundle = bundle !== null && bundle.base === 'pc' && bundle.n > 1 && bundle.n < 500;
  if (pieceAsked) c.cap(C_DOUBT, 'bundle_each_or_piece');
  else if ((kind === 'sale' || kind === 'expense' || kind === null) && unitPrice !== null && d.priceUnit === null && !d.pricePiece && !piecePriced && byBundle &&
    unitPrice / (bundle as { n: number }).n < MIN_PIECE) c.cap(C_DOUBT, 'bundle_each_or_piece');
  // "jual 1 kodi daster @45rb": per kodi a daster would be Rp2.250, under what a daster fetches
  // (goods-price.ts pieceFloor), and 45rb is a daster's price: both readings stand — asked.
  // "laku 2 lusin kaos kaki @25rb": sold, a pair per dozen at Rp2.083 is a wholesaler's price and Rp25.000 a
  // pair's at her stall — both stand, asked (goods-price.ts soldPieceFloor). Bought by the dozen, or her total
  // written beside it ("= 50rb"), is as read.
  else if ((kind === 'sale' || kind === 'expense' || kind === null) && unitPrice !== null && d.priceUnit === null && !d.pricePiece && !piecePriced && byBundle &&
    item !== null && unitPrice / (bundle as { n: number }).n < ((kind === 'sale' && total === null ? soldPieceFloor(item) : pieceFloor(item)) ?? 0)) {
    c.cap(C_DOUBT, 'bundle_each_or_piece');
  }
  // "laku 1 kodi handuk 18rb": one bundle for a total that leaves each piece under MIN_PIECE is as
  // likely her price per piece: asked (more than one bundle is the bare-count rule's above).
  else if ((kind ?? 'sale') === 'sale' && unitPrice === null && !d.totalMarked && byBundle && quantityOut === 1 &&
    amount / (bundle as { n: number }).n < MIN_PIECE) c.cap(C_DOUBT, 'cheap_each');
  // "potong rambut 3 orang 15rb", "cuci motor 2 unit 15rb": work is priced by the job, and a
  // total that leaves each job cheaper than any such job is as likely the price of one: ask.
  else if (service && unitPrice === null && pieces !== null && pieces > 1 && amount / pieces < MIN_JOB) c.cap(C_DOUBT, 'cheap_each');
  // "obras 20 potong ongkos 2rb": her work counted, then its fee — a fee that leaves each job
  // cheaper than any such job is as likely the fee for one (read as her sale later: service-work.ts).
  else if (unitPrice === null && pieces !== null && pieces > 1 && amount / pieces < MIN_JOB && FEE_WORDS.has(d.words[0]?.text ?? '') &&
    d.pre.some((w) => isServiceWord(w.text))) c.cap(C_DOUBT, 'cheap_each');
  // "cireng laku 60 @2rb. minyak goreng 2 liter 36rb": goods her trade uses up, after a sale of
  // other goods, took "laku" only by carry-over: a purchase, asked (carried-kind.ts).
  if ((kind ?? 'sale') === 'sale' && d.ownVerb && !d.verbHere && costGoods(item, d.qty !== null && d.unit === null) &&
    out.entries.some((e) => e.kind === 'sale' && !costGoods(e.item))) {
    kind = 'expense';
    c.cap(C_DOUBT, 'kind_carried');
  }
  // Nothing in these businesses changes hands for less than a few hundred rupiah: "laku 7
  // rupiah" or a word misread as a small amount is asked about, however it was written.
  if (amount < MIN_PLAUSIBLE) c.cap(C_DOUBT, 'implausible_amount');
  if (quantityOut !== null && (quantityOut <= 0 || quantityOut > MAX_QUANTITY)) c.cap(C_DOUBT, 'odd_quantity');
  const entry: EntryOut = {
    kind: kind ?? 'sale',
    amount,
    item,
    quantity: quantityOut,
    unit,
    unitPrice,
    confidence: c.value,
    notes: c.notes,
    // "Total 150rb" under a list, or "… kalung 100rb total 150rb": a marked total with no goods,
    // no count and no verb of its own is a check on the entries before it.
    totalOnly: (onlyTotal || !d.verbHere) && d.qty === null && price === null && item === null && d.totalMarked,
  };
  if (d.totalMarked && price === null && item !== null && quantityOut !== null && unit !== null) entry.totalAfterGoods = true;
  // (The first amount's place by a plain loop: a spread of a mapped copy for each entry was ~0.2 % of a parse.)
  if (d.used.length > 0) {
    let at = (d.used[0] as NumExpr).start;
    for (let k = 1; k < d.used.length; k++) at = Math.min(at, (d.used[k] as NumExpr).start);
    entry.at = at;
  }
  out.entries.push(entry);
}

/**
 * Turns segments into entries: who sold or bought what, how many, at what price.
 *
 * Each segment becomes a list of elements, every number gets a role (quantity, unit price
 * or line total) from its neighbours (entry-elements.ts), and the elements are folded left
 * to right into drafts (entry-drafts.ts). A draft is closed when a second amount, a second
 * quantity or a new verb starts another entry, so "laku bros 15rb kalung 20rb" gives two
 * entries without any separator.
 *
 * Nothing is ever invented: a draft without an amount becomes an `UnresolvedEntry`, and
 * each entry carries the confidence its weakest part allows (confidence.ts).
 */
import { isPieceBundle } from './bundle-price.ts';
import { moveLeadingAmount } from './leading-amount.ts';
import { perCountedWord } from './per-counted.ts';
import { singlePieceAfterBundle } from './piece-counts.ts';
import type { Analysis } from './analyze.ts';
import { S_GROUPED, type NumExpr } from './amount.ts';
import {
  assignRoles, E_AT, E_DISCOUNT, E_FREE, E_EACH, E_FOR, E_NUM, E_PER, E_PRICE, E_REPAY, E_TOTAL, E_UNIT, E_VERB, E_WORD, E_X, el, elements,
  R_BAD, R_MONEY, R_QTY, type El,
} from './entry-elements.ts';
import { countHard, finish, fresh, hasMoney, itemText, type Draft, type DraftOut } from './entry-drafts.ts';
import { toNumber } from './numeral.ts';
import { F_FUTURE, F_NEG, F_PAYVERB, G_HOUSEHOLD, G_LOAN } from './word-roles.ts';
import { T_WORD, type Token } from './lexer.ts';
import type { Segment } from './lines.ts';
import type { EntryKind } from './types.ts';
import { freeBefore, freeClause } from './free-goods.ts';
import { inputKind } from './business-inputs.ts';
import { inPurpose } from './money-owner.ts';

/** "satunya" (one of them): after a bundle ("1 kodi, satunya 18rb") the price of one piece, or of one bundle. */
const ONE_OF = new Set(['satunya', 'satunyo', 'sijine', 'hijina']);

export interface SegmentOut extends DraftOut {
  /** The segment is about a loan instalment. */
  repay: boolean;
  repayAmount: NumExpr | null;
  payVerb: boolean;
  /** "belum setor", "besok bayar cicilan": not a payment made. */
  repayNotFact: boolean;
  /** Amounts after "diskon"/"potongan": taken off the sale before them, never entries. */
  discounts: NumExpr[];
  /** A clause of goods given free ("bonus 1 botol gratis"): read, no money, nothing to ask. */
  free?: boolean;
  /** Verb state carried to the next segment. */
  kind: EntryKind | null;
  verbSeen: boolean;
  strong: boolean;
}

/**
 * Reads one segment. `carry` is the kind (and verb strength) from the previous segment or
 * a heading ("jual:"), used when the segment has no verb of its own.
 */
export function readSegment(a: Analysis, seg: Segment, carry: { kind: EntryKind | null; verbSeen: boolean; strong: boolean }): SegmentOut {
  const accounted: NumExpr[] = [];
  const els = elements(a, seg, accounted);
  moveLeadingAmount(els);
  perCountedWord(els);
  assignRoles(els);
  const out: SegmentOut = { entries: [], unresolved: [], wordsOnly: [], repay: false, repayAmount: null,
    payVerb: false, repayNotFact: false, household: false, accounted, discounts: [], kind: carry.kind, verbSeen: carry.verbSeen,
    strong: carry.strong };

  let loan = false;
  let pay = false;
  for (let i = seg.start; i < seg.end; i++) {
    const t = a.tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if ((t.f2 & G_LOAN) !== 0) loan = true;
    // ("pinjaman koperasi cair 2jt buat bayar sekolah": paying something else as the loan's purpose
    // repays nothing; "buat bayar utang" is left to repay-purpose.ts, asked.)
    if ((t.f & F_PAYVERB) !== 0 && (!inPurpose(a.tokens, i) || ((a.tokens[i + 1]?.f2 ?? 0) & G_LOAN) !== 0)) pay = true;
    if ((t.f2 & G_HOUSEHOLD) !== 0 || t.key === 'uang' || t.key === 'duit' || t.key === 'kas') out.household = true;
  }
  for (const e of els) if (e.type === E_REPAY) out.repay = true;
  // "bayar pinjaman 300rb", "setor utang": paying a loan back is a repayment too.
  if (loan && pay) out.repay = true;
  if (out.repay) {
    // An instalment line is read as a whole (its amount, "ke 4"): none of its numbers is left over.
    for (const e of els) if (e.type === E_NUM && e.ex) accounted.push(e.ex);
    for (let i = seg.start; i < seg.end; i++) {
      const t = a.tokens[i] as Token;
      if (t.type === T_WORD && (t.f & F_PAYVERB) !== 0) out.payVerb = true;
      if (t.type === T_WORD && (t.f & (F_NEG | F_FUTURE)) !== 0) out.repayNotFact = true;
    }
    // The first usable amount; failing that, the first unusable one (to say why).
    for (const e of els) {
      if (e.type === E_NUM && e.ex && (e.role === R_MONEY || e.role === R_BAD)) {
        if (e.ex.rupiah !== null) {
          out.repayAmount = e.ex;
          break;
        }
        out.repayAmount ??= e.ex;
      }
    }
    // "nyetor angsuran kelompok 87.500 tadi pas kumpulan": a grouped figure before a word that is
    // no unit ("pas" = when) was taken for a count; in an instalment line with no other money it
    // is where the money goes, so it is the amount. (A unit, "x", "@" or "each" after it keeps it a count.)
    if (out.repayAmount === null) {
      const p = els.findIndex((e) => e.type === E_NUM && e.role === R_QTY && e.ex?.strength === S_GROUPED && e.ex.rupiah !== null);
      if (p >= 0 && els[p + 1]?.type === E_WORD) out.repayAmount = (els[p] as El).ex ?? null;
    }
    return out;
  }

  // "bonus 1 botol gratis buat langganan", "ngasih 1 toples gratis ke bu RT", "promo beli 2
  // gratis 1": a clause of goods given free, with no money in it, carries no money and asks
  // nothing; its counts are read (free-goods.ts).
  if (freeClause(els)) {
    for (const e of els) if (e.type === E_NUM && e.ex) accounted.push(e.ex);
    out.free = true;
    return out;
  }

  const st: Fold = { cur: fresh(carry.kind, carry.verbSeen, carry.strong), tail: [], onlyTotal: true, discountNext: false, out };

  for (let p = 0; p < els.length; p++) {
    const e = els[p] as El;
    if (e.type !== E_TOTAL && e.type !== E_NUM && !(e.type === E_WORD && e.soft)) st.onlyTotal = false;
    switch (e.type) {
      case E_VERB: {
        // "laku 10 porsi bakso @12rb dapat 100rb": what the priced line came to, checked as its total.
        if (e.totalMark && e.weak && st.cur.kind === e.kind && st.cur.price !== null && st.cur.qty !== null &&
          st.cur.total === null && st.tail.length === 0 && els[p + 1]?.type === E_NUM && els[p + 1]?.role === R_MONEY) {
          st.cur.totalNext = true;
          break;
        }
        if (hasMoney(st.cur) && !st.cur.verbSeen && st.cur.kind === null && !moneyAfter(els, p)) {
          // "2jt 300 laku kue", "50rb beli gula": the amount came first, the verb names it.
          st.cur.kind = e.kind;
          st.cur.strong = !e.weak;
          st.cur.ownVerb = true;
          st.cur.verbHere = true;
          st.cur.verbSeen = true;
          st.cur.notFact ||= e.notFact;
          if (e.itemish) st.tail.push(el(E_WORD, e.text));
          break;
        }
        if (hasMoney(st.cur) && st.cur.kind === 'withdrawal' && !st.cur.strong && e.kind === 'expense' && !moneyAfter(els, p)) {
          // "kepake 35rb buat plastik kemasan", "kepakai 20rb buat beli lakban": what the money
          // used went to (a cost word that is also the thing, or a buying verb before the
          // goods) is the item; finish() tells the trade's inputs from the home's shopping.
          if (e.itemish && e.weak) {
            st.tail.push(el(E_WORD, e.text));
            break;
          }
          if (inputKind(wordsAfter(els, p)) === 'input') break;
        }
        // "laku 30 bungkus keripik 50rb eh 7500. beli plastik 5rb", "jual bros 3. beli plastik 5rb": a count
        // left before a full stop is the sentence before's, never the count of another kind's entry
        // after it — it stays there, unpriced (asked), and the new verb opens its own entry.
        const countLeftBehind = e.afterStop && !e.weak && st.cur.qty !== null && !hasMoney(st.cur) && st.cur.kind !== null && st.cur.kind !== e.kind;
        if (hasMoney(st.cur) || countLeftBehind) {
          close(st);
          st.cur = fresh(e.kind, true, !e.weak);
          st.cur.ownVerb = true;
          st.cur.verbHere = true;
          st.cur.notFact = e.notFact;
          if (e.itemish) st.cur.words.push(el(E_WORD, e.text));
          break;
        }
        if (st.cur.ownVerb && e.totalMark && (st.cur.qty !== null || st.cur.words.length > 0)) {
          st.cur.totalNext = true; // "laku 3 mukena dapat 450rb"
          break;
        }
        if (st.cur.ownVerb && e.weak && st.cur.strong) {
          // "laku token listrik 3 @52rb": a weak verb after a strong one does not change the
          // kind; if it names a thing (listrik, sewa) it is part of the item.
          if (e.itemish) st.cur.words.push(el(E_WORD, e.text));
          break;
        }
        if (!st.cur.ownVerb) {
          // Words before the first verb ("kerudung laku 3 @50rb") are kept aside as a
          // fallback item: a greeting or a sentence before the verb is not the item.
          st.cur.pre = st.cur.words;
          st.cur.words = [];
          st.cur.kind = e.kind;
          st.cur.strong = !e.weak;
        } else if (st.cur.kind === e.kind) {
          st.cur.strong ||= !e.weak; // "hasil jualan": the strongest verb of the same kind counts
        } else {
          st.cur.kind = e.kind; // "beli … eh laku": the later verb wins while nothing is priced
          st.cur.strong = !e.weak;
        }
        st.cur.ownVerb = true;
        st.cur.verbHere = true;
        st.cur.verbSeen = true;
        st.cur.notFact ||= e.notFact;
        if (e.itemish) st.cur.words.push(el(E_WORD, e.text));
        break;
      }
      case E_NUM: {
        const ex = e.ex as NumExpr;
        if ((p > 0 && els[p - 1]?.type === E_FREE) || (e.role === R_QTY && freeBefore(els, p))) {
          // ("dapat gratis benang 1": a count after a free word, past the goods' name, is free too.)
          accounted.push(ex); // "bonus 1": a free piece, counted as read but never money
          if (els[p + 1]?.type === E_UNIT) p++;
        } else if (e.role === R_QTY) {
          const prev = els[p - 1];
          const xAfterPrice = prev?.type === E_X && st.cur.price !== null && st.cur.qty === null;
          const timesCount = timesAfter(els, p - 1) && st.cur.price === prev?.ex && st.cur.qty === null;
          if (!xAfterPrice && !timesCount && !countAfterEach(st.cur, els, p) && (st.cur.qty !== null || hasMoney(st.cur))) restart(st);
          st.cur.qty = ex.value;
          st.cur.used.push(ex);
          if (timesCount) p++; // the "x" of "3x" is read
          const next = els[p + 1];
          if (next?.type === E_UNIT) {
            st.cur.unit = next.text;
            p++;
          }
        } else if (e.role === R_MONEY && st.discountNext) {
          st.discountNext = false;
          out.discounts.push(ex);
          accounted.push(ex);
        } else if (e.role === R_MONEY) {
          let slot: 'price' | 'total' = 'total';
          let marked = false;
          let harga = false;
          let unitFromPrice: string | null = null;
          /** The unit the price is for, when named with it ("sekilonya", "per kg", "/lusin"). */
          let priceUnit: string | null = null;
          let priceOne = false;
          /** "satunya 18rb": the price of one of the things counted (bundle checks in entry-drafts.ts). */
          let piece = false;
          const prev = els[p - 1];
          const next = els[p + 1];
          const next2 = els[p + 2];
          let skip = 0;
          if ((next?.type === E_PER) && next2?.type === E_UNIT) {
            slot = 'price';
            marked = true;
            unitFromPrice = next2.text;
            priceUnit = next2.text;
            skip = 2;
          } else if (next?.type === E_EACH) {
            slot = 'price';
            marked = true;
            priceUnit = next.perUnit ?? (singlePieceAfterBundle(next.text, st.cur.unit) ? 'pcs' : null);
            priceOne = next.one;
            piece = ONE_OF.has(next.text);
            skip = 1;
          } else if (prev?.type === E_AT || prev?.type === E_X || eachBefore(els, p)) {
            slot = 'price';
            marked = true;
            if (eachBefore(els, p)) {
              // "2 kodi, satuannya 35rb": after a bundle, the price of one piece (piece-counts.ts).
              priceUnit = (prev as El).perUnit ?? (singlePieceAfterBundle((prev as El).text, st.cur.unit) ? 'pcs' : null);
              priceOne = (prev as El).one;
              piece = ONE_OF.has((prev as El).text);
            }
          } else if (prev?.type === E_UNIT && els[p - 2]?.type === E_PER) {
            slot = 'price'; // "harga per bungkus 5rb"
            marked = true;
            priceUnit = prev.text;
          } else if (ex.each && !st.cur.totalNext && prev?.type !== E_TOTAL && prev?.type !== E_FOR) {
            slot = 'price'; // "3 kue dua ribu lima ratusan": a price each
            marked = true;
          } else if (next?.type === E_X && next2?.type === E_NUM && next2.role === R_QTY) {
            slot = 'price'; // "15rb x 2"
            marked = true;
          } else if (timesAfter(els, p)) {
            slot = 'price'; // "pulsa 10rb 3x": three at that price
            marked = true;
          } else if (st.cur.qty !== null && st.cur.price === null && next?.type === E_TOTAL && next2?.type === E_NUM &&
            next2.role === R_MONEY && prev?.type !== E_TOTAL && prev?.type !== E_FOR && !st.cur.totalNext) {
            // "12 biji harganya 3rb jd 36rb", "4 pisang 2rb = 8rb": money between a count and her
            // stated total is the price of one; the total checks it (agree: one sale; else asked).
            slot = 'price';
            marked = true;
          } else if (prev?.type === E_PRICE && next?.type === E_TOTAL) {
            slot = 'total'; // "harga 150rb semua": the price of them all
            marked = true;
            skip = 1;
          } else if (prev?.type === E_PRICE) {
            slot = 'price';
            marked = true;
            harga = true;
          } else if (st.cur.totalNext || prev?.type === E_TOTAL || prev?.type === E_FOR) {
            slot = 'total';
            marked = true;
          }
          if ((st.tail.length > 0 && hasMoney(st.cur)) || st.cur.bad !== null ||
            (slot === 'price' && st.cur.price !== null) || (slot === 'total' && st.cur.total !== null)) {
            restart(st);
          }
          st.cur.used.push(ex);
          if (slot === 'price') {
            st.cur.price = ex;
            st.cur.priceMarked = marked;
            st.cur.priceFromHarga = harga;
            st.cur.priceUnit = priceUnit;
            st.cur.priceOne = priceOne;
            st.cur.pricePiece = piece;
            // "laku 30 jepit 20rb/lusin": a bundle in the price is not the count's unit (bundle-price.ts).
            if (unitFromPrice !== null && st.cur.unit === null && !isPieceBundle(unitFromPrice)) st.cur.unit = unitFromPrice;
          } else {
            st.cur.total = ex;
            st.cur.totalMarked = marked;
            st.cur.totalNext = false;
          }
          p += skip;
        } else {
          if (hasMoney(st.cur)) restart(st);
          st.cur.bad = ex;
          st.cur.used.push(ex);
        }
        break;
      }
      case E_TOTAL:
        st.cur.totalNext = true;
        break;
      case E_DISCOUNT:
        st.discountNext = true;
        break;
      case E_PRICE:
        st.cur.hargaSeen = true;
        break;
      case E_UNIT:
        // "jepit per biji 5rb": the unit of the price that follows, not part of the item.
        if (els[p - 1]?.type === E_PER && els[p + 1]?.type === E_NUM && els[p + 1]?.role === R_MONEY) break;
        if (hasMoney(st.cur)) st.tail.push(e);
        else st.cur.words.push(e);
        break;
      case E_WORD:
      case E_PER:
      case E_FOR:
        if (hasMoney(st.cur)) st.tail.push(e);
        else st.cur.words.push(e);
        break;
      default:
        break;
    }
  }
  // "keluar 75rb buat beli benang", "dapat 50rb dari jual keripik": a trailing verb with
  // only words names what the amount before it was for.
  // "ambil 50rb buat beli beras": after a withdrawal the trailing verb is its purpose.
  const last = out.entries[out.entries.length - 1];
  if (!hasMoney(st.cur) && st.cur.qty === null && st.cur.ownVerb && last && last.item === null &&
    (last.kind === st.cur.kind || last.kind === 'withdrawal') &&
    countHard(st.cur.words) > 0 && st.tail.length === 0) {
    last.item = itemText(st.cur.words);
    st.cur.words = [];
  } else if (!hasMoney(st.cur) && st.cur.qty !== null && st.cur.ownVerb && last && last.item === null && last.quantity === null &&
    last.unitPrice === null && last.kind === st.cur.kind && st.tail.length === 0 && els.some((w) => w.type === E_WORD && (w.text === 'dari' || w.text === 'dr'))) {
    // "dapet ceban dari jual es lilin 5 biji": the goods and their count the amount came from.
    last.item = itemText(st.cur.words);
    last.quantity = toNumber(st.cur.qty);
    last.unit = st.cur.unit;
    for (const ex of st.cur.used) accounted.push(ex);
    st.cur.words = [];
    st.cur.qty = null;
    st.cur.unit = null;
  }
  close(st);
  out.kind = st.cur.kind;
  out.strong = st.cur.strong;
  out.verbSeen = st.cur.verbSeen;
  return out;
}

/**
 * "10rb 3x", "25rb 2x": money, then a count glued to "x" with no amount after it — that
 * many at that price ("jual pulsa 10rb 3x, 25rb 2x" = 30.000 + 50.000). `p` is the money.
 */
function timesAfter(els: El[], p: number): boolean {
  const money = els[p];
  const count = els[p + 1];
  const x = els[p + 2];
  if (money?.type !== E_NUM || money.role !== R_MONEY || count?.type !== E_NUM || count.role !== R_QTY || x?.type !== E_X) return false;
  const after = els[p + 3];
  return !(after?.type === E_NUM);
}

/** The words after element `p`, as an item ("lakban" in "… buat beli lakban"). */
function wordsAfter(els: El[], p: number): string | null {
  const words: El[] = [];
  for (let k = p + 1; k < els.length; k++) if ((els[k] as El).type === E_WORD) words.push(els[k] as El);
  return itemText(words);
}

/** A money amount later in the segment. */
function moneyAfter(els: El[], p: number): boolean {
  for (let k = p + 1; k < els.length; k++) {
    const e = els[k] as El;
    if (e.type === E_NUM && (e.role === R_MONEY || e.role === R_BAD)) return true;
  }
  return false;
}

/**
 * "kerupuk sarebu hiji, 30 bungkus", "5rb sebungkus 30 bungkus": a price each, then the count
 * that ends the line — the count of that price. Only when nothing but the count (and its unit)
 * follows: "bros 15rb satunya, 3 kalung 60rb" is a second entry.
 */
function countAfterEach(d: Draft, els: El[], p: number): boolean {
  if (d.price === null || !d.priceMarked || d.qty !== null || d.total !== null || els[p - 1]?.type !== E_EACH) return false;
  let k = p + 1;
  if (els[k]?.type === E_UNIT) k++;
  for (; k < els.length; k++) if (!(els[k] as El).soft) return false;
  return true;
}

/** "satunya 25rb", "masing-masing 10rb": an each-word before the amount makes it a unit price. */
function eachBefore(els: El[], p: number): boolean {
  return els[p - 1]?.type === E_EACH && (els[p - 2]?.type !== E_NUM || els[p - 2]?.role === R_QTY);
}

/** Folding state of one segment (a plain object and functions: no closures per call). */
interface Fold {
  cur: Draft;
  /** Words seen after the current draft got its amount: a new item, or trailing chatter. */
  tail: El[];
  /** The segment is only "total X" (a summary line). */
  onlyTotal: boolean;
  /** The next amount is a discount ("diskon 10rb"). */
  discountNext: boolean;
  out: SegmentOut;
}

/** Ends the segment's last draft; trailing words become its item if it has none. */
function close(st: Fold): void {
  if (st.tail.length > 0 && (st.cur.words.length === 0 || (st.cur.kind === 'withdrawal' && countHard(st.cur.words) === 0))) {
    st.cur.words = st.tail; // "ambil uang 50rb buat dapur": the purpose is the item
  }
  st.tail = [];
  finish(st.cur, st.out, st.onlyTotal);
}

/** Words that put one amount against another ("150rb minus 20rb"), not goods of the second. */
const MINUS_WORDS: ReadonlySet<string> = new Set(['minus', 'min']);

/** Ends the current draft because a new entry starts; words after its amount go to the new one. */
function restart(st: Fold): void {
  const next = fresh(st.cur.kind, st.cur.verbSeen, st.cur.strong);
  next.ownVerb = st.cur.ownVerb;
  // "jual 150rb minus 20rb": an operator word alone between two amounts leaves the second as bare.
  next.bareFollow = st.tail.every((e) => MINUS_WORDS.has(e.text)) && hasMoney(st.cur);
  next.words = st.tail;
  st.tail = [];
  finish(st.cur, st.out, false);
  st.cur = next;
}

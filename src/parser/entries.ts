/**
 * Turns segments into entries: who sold or bought what, how many, at what price.
 *
 * Each segment becomes a list of elements (verb, number, unit, word, and the markers @, x,
 * harga, total, per, /, each). Every number is then given a role by looking at its
 * neighbours — quantity ("12 bros", "6 @5rb"), unit price ("@15rb", "x 15rb", "80rb/pcs",
 * "harga 5rb per bungkus", "at 5k") or line total ("total 450rb", "dapat 1jt", or a plain
 * "N item X") — and the elements are folded left to right into drafts. A draft is closed
 * when a second amount, a second quantity or a new verb starts another entry, so
 * "laku bros 15rb kalung 20rb" gives two entries without any separator.
 *
 * Nothing is ever invented: a draft without an amount becomes an `UnresolvedEntry`, and
 * each entry carries the confidence its weakest part allows (confidence.ts).
 */
import { isSoft, type Analysis } from './analyze.ts';
import { MAX_AMOUNT, S_GROUPED, S_MONEY, S_PLAIN, type NumExpr } from './amount.ts';
import {
  Confidence, C_CLEAR, C_DOUBT, C_GROUPED, C_MARKED, C_NO_VERB, C_NOT_FACT, C_PLAIN_HUNDREDS, C_PLAIN_LARGE,
  C_PLAIN_TINY, C_WEAK_PLAIN,
} from './confidence.ts';
import {
  F_EXPENSE, F_FUTURE, F_ITEMISH, F_NEG, F_PAYVERB, F_PRICE, F_REPAY, F_SALE, F_TOTAL, F_UNIT, F_WEAK,
  G_CAPITAL, G_CONJ, G_EACH, G_HOUSEHOLD, G_LOAN, G_MULT, G_PER, G_WITHDRAW,
} from './lexicon.ts';
import { T_PUNCT, T_WORD, type Token } from './lexer.ts';
import type { Segment } from './lines.ts';
import { mulInt, roundHalfUp, toNumber, type Dec } from './numeral.ts';
import { CONFIDENT, type EntryKind, type ParsedEntry, type UnresolvedEntry } from './types.ts';

const E_VERB = 1;
const E_NUM = 2;
const E_UNIT = 3;
const E_WORD = 4;
const E_AT = 5;
const E_X = 6;
const E_PRICE = 7;
const E_TOTAL = 8;
const E_PER = 9;
const E_EACH = 10;
const E_REPAY = 11;
const E_FOR = 12;

const R_NONE = 0;
const R_QTY = 1;
const R_MONEY = 2;
const R_BAD = 3;

interface El {
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
}

/** Largest believable quantity of goods in one line. */
const MAX_QUANTITY = 1_000_000;
/** Longest item text kept. */
const MAX_ITEM = 60;

function el(type: number, text: string, soft = false): El {
  return { type, text, ex: null, kind: null, weak: false, totalMark: false, soft, notFact: false, itemish: false, role: R_NONE };
}

/** Segment tokens → elements. Marked tokens (dates, times, phones…) are skipped. */
function elements(a: Analysis, seg: Segment): El[] {
  const out: El[] = [];
  const { tokens, marks, numIn, nums } = a;
  for (let i = seg.start; i < seg.end; i++) {
    const ni = numIn[i] as number;
    if (ni >= 0) {
      const ex = nums[ni] as NumExpr;
      const n = el(E_NUM, '');
      n.ex = ex;
      out.push(n);
      i = ex.end - 1;
      continue;
    }
    if (marks[i] !== 0) continue;
    const t = tokens[i] as Token;
    if (t.type === T_PUNCT) {
      if (t.text === '(') {
        // "(20 pcs)", "(buat bu Ani)": an aside, skipped unless it holds a money amount.
        const close = parenEnd(a, i, seg.end);
        if (close > 0) {
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
    if ((f & F_REPAY) !== 0) {
      out.push(el(E_REPAY, t.text));
    } else if (objectOfWithdrawal(out, t)) {
      continue; // "pakai uang jualan 100rb": the money taken, not a sale
    } else if (((f & (F_SALE | F_EXPENSE)) !== 0 || (t.f2 & (G_WITHDRAW | G_CAPITAL)) !== 0) && t.info?.kind !== undefined) {
      const before = tokens[i - 1];
      const notFact = before !== undefined && before.type === T_WORD && (before.f & (F_NEG | F_FUTURE)) !== 0;
      const v = el(E_VERB, t.text);
      v.kind = t.info.kind;
      v.weak = (f & F_WEAK) !== 0;
      v.totalMark = (f & F_TOTAL) !== 0;
      v.itemish = (f & F_ITEMISH) !== 0;
      v.notFact = notFact;
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
      out.push(el(E_EACH, t.text));
    } else if ((t.f2 & G_PER) !== 0) {
      out.push(el(E_PER, t.text, true));
    } else if ((f & F_UNIT) !== 0) {
      out.push(el(E_UNIT, t.text));
    } else if (t.key === 'for') {
      out.push(el(E_FOR, t.text, true));
    } else {
      out.push(el(E_WORD, t.text, isSoft(t) || (t.f2 & G_CONJ) !== 0));
    }
  }
  return out;
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
  return prev !== undefined && (prev.type === E_AT || prev.type === E_PRICE || prev.type === E_TOTAL || prev.type === E_FOR);
}

/** Gives every number element its role (quantity, money or unusable). */
function assignRoles(els: El[]): void {
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
    else if (next?.type === E_EACH) e.role = R_MONEY;
    else if (next?.type === E_WORD && !next.soft && ex.value.s === 0) e.role = R_QTY;
    else if (ex.strength === S_GROUPED) e.role = R_MONEY;
    else if (otherMoney) e.role = R_QTY;
    else e.role = R_MONEY;
  }
}

interface Draft {
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
}

function fresh(kind: EntryKind | null, verbSeen: boolean, strong: boolean): Draft {
  return { kind, verbSeen, strong, ownVerb: false, notFact: false, pre: [], words: [], qty: null, unit: null, price: null,
    priceMarked: false, priceFromHarga: false, total: null, totalMarked: false, hargaSeen: false, bad: null, totalNext: false };
}

function hasMoney(d: Draft): boolean {
  return d.price !== null || d.total !== null || d.bad !== null;
}

/** Titles before a person's name: "dari bu Ani" names a customer, not goods. */
const HONORIFICS = new Set(['bu', 'ibu', 'buk', 'pak', 'bapak', 'mbak', 'mba', 'mas', 'kak', 'teteh', 'bunda', 'cik', 'koh']);

/** Joins item words as written, without fillers at either edge ("dari pesanan wisuda" → "pesanan wisuda"). */
function itemText(all: El[]): string | null {
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

function countHard(words: El[]): number {
  let n = 0;
  for (const w of words) if (!w.soft) n++;
  return n;
}

export interface EntryOut extends ParsedEntry {
  confidence: number;
  notes: string[];
  /** The entry's only content was a "total X" (a summary line under a list). */
  totalOnly: boolean;
}

export interface SegmentOut {
  entries: EntryOut[];
  unresolved: UnresolvedEntry[];
  /** Drafts with words and a strong verb but no number ("…, dan kalung"). */
  wordsOnly: UnresolvedEntry[];
  /** The segment is about a loan instalment. */
  repay: boolean;
  repayAmount: NumExpr | null;
  payVerb: boolean;
  /** "belum setor", "besok bayar cicilan": not a payment made. */
  repayNotFact: boolean;
  /** A household purpose or "uang" is written in the segment: a withdrawal is not a guess. */
  household: boolean;
  /** Verb state carried to the next segment. */
  kind: EntryKind | null;
  verbSeen: boolean;
  strong: boolean;
  ownVerb: boolean;
}

/**
 * Reads one segment. `carry` is the kind (and verb strength) from the previous segment or
 * a heading ("jual:"), used when the segment has no verb of its own.
 */
export function readSegment(a: Analysis, seg: Segment, carry: { kind: EntryKind | null; verbSeen: boolean; strong: boolean }): SegmentOut {
  const els = elements(a, seg);
  assignRoles(els);
  const out: SegmentOut = { entries: [], unresolved: [], wordsOnly: [], repay: false, repayAmount: null,
    payVerb: false, repayNotFact: false, household: false, kind: carry.kind, verbSeen: carry.verbSeen, strong: carry.strong,
    ownVerb: false };

  let loan = false;
  let pay = false;
  for (let i = seg.start; i < seg.end; i++) {
    const t = a.tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if ((t.f2 & G_LOAN) !== 0) loan = true;
    if ((t.f & F_PAYVERB) !== 0) pay = true;
    if ((t.f2 & G_HOUSEHOLD) !== 0 || t.key === 'uang' || t.key === 'duit' || t.key === 'kas') out.household = true;
  }
  for (const e of els) if (e.type === E_REPAY) out.repay = true;
  // "bayar pinjaman 300rb", "setor utang": paying a loan back is a repayment too.
  if (loan && pay) out.repay = true;
  if (out.repay) {
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
    return out;
  }

  const st: Fold = { cur: fresh(carry.kind, carry.verbSeen, carry.strong), tail: [], onlyTotal: true, out };

  for (let p = 0; p < els.length; p++) {
    const e = els[p] as El;
    if (e.type !== E_TOTAL && e.type !== E_NUM && !(e.type === E_WORD && e.soft)) st.onlyTotal = false;
    switch (e.type) {
      case E_VERB: {
        out.ownVerb = true;
        if (hasMoney(st.cur)) {
          close(st);
          st.cur = fresh(e.kind, true, !e.weak);
          st.cur.ownVerb = true;
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
        st.cur.verbSeen = true;
        st.cur.notFact ||= e.notFact;
        if (e.itemish) st.cur.words.push(el(E_WORD, e.text));
        break;
      }
      case E_NUM: {
        const ex = e.ex as NumExpr;
        if (e.role === R_QTY) {
          const prev = els[p - 1];
          const xAfterPrice = prev?.type === E_X && st.cur.price !== null && st.cur.qty === null;
          if (!xAfterPrice && (st.cur.qty !== null || hasMoney(st.cur))) restart(st);
          st.cur.qty = ex.value;
          const next = els[p + 1];
          if (next?.type === E_UNIT) {
            st.cur.unit = next.text;
            p++;
          }
        } else if (e.role === R_MONEY) {
          let slot: 'price' | 'total' = 'total';
          let marked = false;
          let harga = false;
          let unitFromPrice: string | null = null;
          const prev = els[p - 1];
          const next = els[p + 1];
          const next2 = els[p + 2];
          let skip = 0;
          if ((next?.type === E_PER) && next2?.type === E_UNIT) {
            slot = 'price';
            marked = true;
            unitFromPrice = next2.text;
            skip = 2;
          } else if (next?.type === E_EACH) {
            slot = 'price';
            marked = true;
            skip = 1;
          } else if (prev?.type === E_AT || prev?.type === E_X) {
            slot = 'price';
            marked = true;
          } else if (prev?.type === E_UNIT && els[p - 2]?.type === E_PER) {
            slot = 'price'; // "harga per bungkus 5rb"
            marked = true;
          } else if (next?.type === E_X && next2?.type === E_NUM && next2.role === R_QTY) {
            slot = 'price'; // "15rb x 2"
            marked = true;
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
          if (slot === 'price') {
            st.cur.price = ex;
            st.cur.priceMarked = marked;
            st.cur.priceFromHarga = harga;
            if (unitFromPrice !== null && st.cur.unit === null) st.cur.unit = unitFromPrice;
          } else {
            st.cur.total = ex;
            st.cur.totalMarked = marked;
            st.cur.totalNext = false;
          }
          p += skip;
        } else {
          if (hasMoney(st.cur)) restart(st);
          st.cur.bad = ex;
        }
        break;
      }
      case E_TOTAL:
        st.cur.totalNext = true;
        break;
      case E_PRICE:
        st.cur.hargaSeen = true;
        break;
      case E_WORD:
      case E_UNIT:
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
  }
  close(st);
  out.kind = st.cur.kind;
  out.strong = st.cur.strong;
  out.verbSeen = st.cur.verbSeen;
  return out;
}

/** Folding state of one segment (a plain object and functions: no closures per call). */
interface Fold {
  cur: Draft;
  /** Words seen after the current draft got its amount: a new item, or trailing chatter. */
  tail: El[];
  /** The segment is only "total X" (a summary line). */
  onlyTotal: boolean;
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

/** Ends the current draft because a new entry starts; words after its amount go to the new one. */
function restart(st: Fold): void {
  const next = fresh(st.cur.kind, st.cur.verbSeen, st.cur.strong);
  next.ownVerb = st.cur.ownVerb;
  next.words = st.tail;
  st.tail = [];
  finish(st.cur, st.out, false);
  st.cur = next;
}

/** Closes a draft into an entry, an unresolved line, or nothing. */
function finish(d: Draft, out: SegmentOut, onlyTotal: boolean): void {
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
  const price = d.price;
  const total = d.total;
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
    if (ex.approx) c.cap(CONFIDENT, 'approximate');
  }
  if (kindless) {
    // Without any verb only an unmistakable money cue counts ("bros 15rb", "Rp 20.000");
    // a bare number is never recorded.
    const ex = price ?? total;
    if (!ex || (ex.strength === S_PLAIN && !d.priceMarked && !d.totalMarked)) return;
    if (d.hargaSeen) return; // "harga bros 15rb" states a price, it records nothing
    c.cap(C_NO_VERB, 'kind_guessed');
  }
  if (d.notFact) c.cap(C_NOT_FACT, 'not_a_fact');
  // "ambil 500rb" alone may be goods fetched or money taken: ask unless the purpose is the
  // household or the thing taken is money ("ambil uang 50rb", "buat dapur", "prive").
  if (d.kind === 'withdrawal' && !d.strong && !out.household) c.cap(C_DOUBT, 'withdrawal_guessed');

  let amount: number;
  let unitPrice: number | null = null;
  let priceAsTotal = false;
  if (price && d.priceFromHarga && d.qty === null) priceAsTotal = true; // "harga 15rb": the price paid
  if (price && !priceAsTotal) {
    unitPrice = price.rupiah as number;
    if (d.qty !== null) {
      const prod = mulInt(d.qty, unitPrice);
      if (prod === null) {
        if (!kindless) out.unresolved.push({ kind: d.kind, item, quantity, unit: d.unit, reason: 'absurd' });
        return;
      }
      amount = roundHalfUp(prod);
      if (prod.s !== 0) c.cap(C_DOUBT, 'rounded');
      if (d.priceFromHarga) c.cap(0.75, 'harga_without_per');
      if (total && total.rupiah !== null && total.rupiah !== amount) {
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
  if (amount > MAX_AMOUNT || amount <= 0) {
    if (!kindless) out.unresolved.push({ kind: d.kind, item, quantity, unit: d.unit, reason: 'absurd' });
    return;
  }
  if (amount > 1_000_000_000) c.cap(C_DOUBT, 'large_amount');
  if (quantity !== null && (quantity <= 0 || quantity > MAX_QUANTITY)) c.cap(C_DOUBT, 'odd_quantity');
  const entry: EntryOut = {
    kind: d.kind ?? 'sale',
    amount,
    item,
    quantity,
    unit: d.unit,
    unitPrice,
    confidence: c.value,
    notes: c.notes,
    totalOnly: onlyTotal && d.qty === null && item === null && d.totalMarked,
  };
  out.entries.push(entry);
}


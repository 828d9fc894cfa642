/**
 * order: a made-to-order job with a down payment and a due day —
 * "pesanan 10 kerudung bordir @85rb dari Bu Sri, DP 425rb, selesai 15 Des".
 */
import type { IsoDate } from '../../core/dates.ts';
import { isSoft, type Analysis } from '../analyze.ts';
import { S_GROUPED, S_MONEY, S_PLAIN, type NumExpr } from '../amount.ts';
import { C_DOUBT, C_PARTIAL, Confidence } from '../confidence.ts';
import { dueDateAt } from '../dates.ts';
import { F_FUTURE, F_NEG, G_ITEM_FILLER, G_ORDER, G_PERCENT } from '../word-roles.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from '../lexer.ts';
import { M_PERCENT } from '../marks.ts';
import type { ParseResult } from '../types.ts';
import { customerAt, findCustomer } from './customer.ts';
import { isDpAt } from './down-payment.ts';
import { readRest } from './read-rest.ts';
import { paidUpFrontAt } from '../paid-up-front.ts';
import { buyerOrders, costsAfterPaidOrder, paidOrderSale, purchaseLeftOut } from '../paid-order-sale.ts';
import { CHANNELS } from '../channel-orders.ts';
import { goodsAfterOrder, paidNowSale } from '../paid-now-sale.ts';
import { capAmount, exAt, rawInt, scored } from './shared.ts';

const ORDER_LEAD_OK = new Set(['ada', 'dapat', 'dapet', 'terima', 'masuk', 'baru', 'nerima', 'catat', 'ini']);
/** Where an order came from, opening the message: "dari story WA", "lewat live tiktok". */
const FROM_CHANNEL = new Set(['dari', 'dr', 'via', 'lewat', 'lwt']);
const CHANNEL_WORDS = new Set([...CHANNELS, 'story', 'storyku', 'status', 'sw', 'live', 'grup', 'group', 'postingan', 'posting', 'katalog']);
/** Someone, after "ada": "ada yg pesen", "ada orang pesan", "ada pelanggan pesen". */
const SOMEONE = new Set(['yg', 'yang', 'orang', 'org', 'pelanggan', 'langganan', 'pembeli', 'customer', 'cust']);
const DUE_WORDS = new Set(['selesai', 'diambil', 'ambil', 'jadi', 'deadline', 'dl', 'dikirim', 'kirim', 'diantar', 'antar',
  'tempo', 'sampai', 'acara', 'dipakai', 'pakai', 'untuk', 'buat', 'utk', 'tanggal', 'jatuh', 'tgl', 'kelar', 'beres', 'siap',
  'jemput', 'dijemput', 'pengambilan', 'due']);
const DUE_SKIP = new Set(['pada', 'nya', 'di', 'paling', 'lambat', 'tempo', 'sebelum', 'hari']);
const AMBIGUOUS_ORDER = new Set(['pesan', 'pesen', 'memesan', 'dipesan']);
/** A cancelled order or money given back ("pesanan batal, dp dikembalikan 100rb"): not a new order. */
const CANCELLED = new Set(['batal', 'dibatalkan', 'batalkan', 'cancel', 'dicancel', 'dikembalikan', 'dikembaliin', 'kembalikan',
  'balikin', 'dibalikin', 'refund', 'direfund', 'ngembaliin', 'mengembalikan']);

const HALF = new Set(['setengah', 'setengahnya', 'separuh', 'separuhnya', 'separo', 'separonya', 'stengah', 'half']);

const PAY_WORDS = new Set(['bayar', 'dibayar', 'bayarnya', 'membayar']);

/**
 * Words that say money was handed over with the order ("sudah dibayar 100rb", "bayar dulu
 * 150rb", "udah transfer 100rb", "nitip uang 200rb"): the amount after them is the down
 * payment, not a second price.
 */
const PAID_NOW = new Set(['bayar', 'dibayar', 'dibayarin', 'bayarin', 'membayar', 'transfer', 'tf', 'ditransfer', 'dikasih',
  'dikasi', 'nitip', 'titip', 'dititipi', 'kasih', 'ngasih', 'masuk', 'terima', 'nerima', 'diterima']);
/** Words between the paying word and its amount: "dibayar dulu 100rb", "transfer uang sebesar 100rb". */
const PAID_FILL = new Set(['dulu', 'duluan', 'uang', 'duit', 'sebesar', 'sejumlah', 'saya', 'ke', 'nya', 'baru', 'sudah', 'udah']);
/**
 * Active paying words: who paid is not said ("sudah bayar 200rb" may be her paying for
 * cloth), so the amount is read as the DP but asked about.
 */
const PAID_ACTIVE = new Set(['bayar', 'bayarin', 'membayar', 'transfer', 'tf', 'kasih', 'ngasih']);

/**
 * The amount handed over with the order: after a paying word with no negation or future
 * word just before it ("belum dibayar 100rb", "nanti bayar 100rb" are not payments).
 */
function paidNowAmount(a: Analysis, hide: Uint8Array): { ex: NumExpr; active: boolean } | null {
  const { tokens } = a;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || hide[i] !== 0 || !PAID_NOW.has(t.key)) continue;
    let neg = false;
    for (let j = Math.max(0, i - 2); j < i; j++) {
      const u = tokens[j] as Token;
      if (u.type === T_WORD && (u.f & (F_NEG | F_FUTURE)) !== 0) neg = true;
    }
    if (neg) continue;
    for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
      const ex = exAt(a, j);
      if (ex) return ex.start === j ? { ex, active: PAID_ACTIVE.has(t.key) } : null;
      const u = tokens[j] as Token;
      if (u.type !== T_WORD || !PAID_FILL.has(u.key)) break;
    }
  }
  return null;
}

/**
 * A half word right after the down-payment word ("DP setengahnya", "uang muka separuh") or,
 * with no DP word, after a paying word ("bayar separuh dulu", "baru dibayar setengah").
 */
function halfAfterDp(a: Analysis, hide: Uint8Array, dpWord = true): boolean {
  for (let i = 0; i < a.tokens.length; i++) {
    const w = dpWord ? isDpAt(a, i) : PAY_WORDS.has((a.tokens[i] as Token).key) ? 1 : 0;
    if (w === 0) continue;
    for (let j = i + w; j < a.tokens.length && j < i + w + 3; j++) {
      const t = a.tokens[j] as Token;
      if (t.type === T_WORD && HALF.has(t.key)) {
        hide[j] = 1;
        return true;
      }
      if (t.type === T_NL || (t.type === T_PUNCT && t.text === ',')) break;
    }
    return false;
  }
  return false;
}

/** An amount right after a DP percentage ("= 425rb", "yaitu 180rb", "jadi 180rb"), hidden from the goods. */
function statedAfter(a: Analysis, from: number, hide: Uint8Array): NumExpr | null {
  for (let j = from; j < a.tokens.length && j <= from + 2; j++) {
    const ex = exAt(a, j);
    if (ex) {
      if (ex.rupiah === null) return null;
      for (let k = from; k < ex.end; k++) hide[k] = 1;
      return ex;
    }
    const t = a.tokens[j] as Token;
    if (!(t.type === T_PUNCT && (t.text === '=' || t.text === ':')) && !(t.type === T_WORD && STATED.has(t.key))) return null;
  }
  return null;
}
const STATED = new Set(['yaitu', 'yakni', 'jadi', 'sebesar', 'senilai', 'berarti', 'brarti', 'itu', 'sama', 'dengan']);

/** A plain small count at token i ("3" in "ada 3 yg order"), or null. */
function buyersCounted(a: Analysis, i: number): number | null {
  const ex = exAt(a, i);
  return ex !== null && ex.start === i && ex.strength === S_PLAIN && ex.rupiah !== null && ex.rupiah <= 99 ? ex.rupiah : null;
}

export function detectOrder(a: Analysis, command: boolean): ParseResult | null {
  if ((a.f2 & G_ORDER) === 0) return null;
  const { tokens } = a;
  const n = tokens.length;
  const firstMoney = a.nums.find((e) => e.strength === S_MONEY || e.strength === S_GROUPED);
  // The order word: leading (only fillers, "ada", "dapat" or a customer before it), before any amount.
  let o = -1;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_WORD && (t.f2 & G_ORDER) !== 0) {
      o = i;
      break;
    }
  }
  if (o < 0 || (firstMoney && firstMoney.start < o)) return null;
  if (tokens.some((t) => t.type === T_WORD && CANCELLED.has(t.key))) return null;
  // "reseller Pekanbaru order 50 pcs @9rb, udah lunas TF": her reseller (and its name or place) ordered.
  const reseller = buyerOrders(tokens, o);
  /** "ada 3 yg order …": how many buyers ordered, each one piece; null when not said. */
  let buyers: number | null = null;
  for (let i = reseller ? o : 0; i < o; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_PUNCT) continue;
    // "dari story WA td ada yg order …", "lewat live tiktok ada …": where the order came from.
    if (t.type === T_WORD && FROM_CHANNEL.has(t.key) && CHANNEL_WORDS.has(tokens[i + 1]?.key ?? '')) {
      while (CHANNEL_WORDS.has(tokens[i + 1]?.key ?? '')) i++;
      continue;
    }
    const cust = customerAt(a, i);
    if (cust && cust.end <= o) {
      i = cust.end - 1;
      continue;
    }
    if (t.type === T_WORD && (t.f & F_NEG) !== 0) return null; // "belum ada pesanan"
    if (t.type === T_WORD && (t.f & F_FUTURE) !== 0 && a.dates.every((m) => m.start !== i)) return null; // "mau pesan"
    if (t.type === T_WORD && (isSoft(t) || ORDER_LEAD_OK.has(t.key))) continue;
    // "sabtu kemarin pesanan bros 50pcs …": the day it was ordered (read with the dates below).
    if (a.dates.some((m) => i >= m.start && i < m.end)) continue;
    // "ada yg pesen …", "ada pelanggan pesan …": someone ordered (who is asked).
    if (t.type === T_WORD && SOMEONE.has(t.key) && tokens[i - 1]?.key === 'ada') continue;
    // "ada 3 yg order keripik @25rb", "ada 3 orang pesen …": that many buyers ordered, one each (below).
    if (buyers === null && t.type === T_NUM && tokens[i - 1]?.key === 'ada' && SOMEONE.has(tokens[i + 1]?.key ?? '')) {
      buyers = buyersCounted(a, i);
      if (buyers !== null) {
        if (SOMEONE.has(tokens[i + 2]?.key ?? '')) i++;
        i++;
        continue;
      }
    }
    return null;
  }
  const before = tokens[o - 1];
  const someone = before !== undefined && SOMEONE.has(before.key) && (tokens[o - 2]?.key === 'ada' || buyers !== null); // "ada yg pesen", "ada 3 yg pesen"
  if (before && before.type === T_WORD && (before.f2 & G_ITEM_FILLER) !== 0 && !someone) return null; // "dari pesanan wisuda"

  const hide = new Uint8Array(n);
  for (let i = 0; i <= o; i++) hide[i] = 1;

  // Customer: "dari Bu Sri", "untuk Pak Joko", "Bu Sri pesan …".
  const cust = findCustomer(a);
  if (cust) {
    for (let i = cust.start; i < cust.end; i++) hide[i] = 1;
    const p = tokens[cust.start - 1];
    if (p && p.type === T_WORD && ((p.f2 & G_ITEM_FILLER) !== 0 || p.key === 'an' || p.key === 'punya')) hide[cust.start - 1] = 1;
  }
  // "pesan saya tadi…" is no order; "pesan 50 kotak nasi untuk jumat depan, dp 500rb" is one
  // with its DP (whose order it is, is asked below).
  const dpWord = tokens.some((_, i) => isDpAt(a, i) > 0);
  if (AMBIGUOUS_ORDER.has((tokens[o] as Token).key) && !cust && !dpWord && !reseller) return null;

  // Down payment: "DP 425rb", "uang muka 200rb", "panjar 50%".
  let downPayment: number | null = null;
  let dpEx: NumExpr | null = null;
  let dpPercent: number | null = null;
  let dpSeen = false;
  let dpPercentBad = false;
  /** "DP 50% = 425rb", "DP 30% yaitu 180rb": the amount she worked out, checked below. */
  let dpStated: NumExpr | null = null;
  for (let i = 0; i < n; i++) {
    const w = isDpAt(a, i);
    if (w === 0) continue;
    dpSeen = true;
    for (let k = i; k < i + w; k++) hide[k] = 1;
    for (let j = i + w; j < n && j < i + w + 4; j++) {
      const ex = exAt(a, j);
      if (ex) {
        for (let k = ex.start; k < ex.end; k++) hide[k] = 1;
        // "DP lima puluh persen": a number in words before "persen" is a percentage.
        const after = tokens[ex.end];
        if (after !== undefined && after.type === T_WORD && (after.f2 & G_PERCENT) !== 0) {
          hide[ex.end] = 1;
          if (ex.rupiah !== null && ex.rupiah <= 100) dpPercent = ex.rupiah;
          else dpPercentBad = true;
          dpStated = statedAfter(a, ex.end + 1, hide);
        } else dpEx = ex;
        break;
      }
      const t = tokens[j] as Token;
      if (a.marks[j] === M_PERCENT && t.type === T_NUM) {
        const p = rawInt(t);
        if (p !== null && p > 0 && p <= 100) dpPercent = p;
        else dpPercentBad = true;
        let end = j + 1;
        while (end < n && a.marks[end] === M_PERCENT) end++;
        dpStated = statedAfter(a, end, hide);
        break;
      }
      if (t.type === T_NUM || t.type === T_NL) break;
    }
    break;
  }

  // "DP setengahnya", "DP separuh": half the total, worked out below.
  let dpHalf = false;
  if (dpSeen && dpEx === null && dpPercent === null) dpHalf = halfAfterDp(a, hide);
  else if (!dpSeen) dpHalf = halfAfterDp(a, hide, false);
  else if (dpSeen && dpEx !== null && dpEx.rupiah === null && halfAfterDp(a, hide)) {
    dpHalf = true; // "DP setengah" read as the number ½
    dpEx = null;
  }
  // "lunas di depan", "sudah lunas", "bayar full", "udah dibayar cash": paid in full when ordering
  // (paid-up-front.ts); its words are no goods ("udah dibayar lunas 1,2jt" named the goods "lunas").
  const paidAt = !dpSeen && !dpHalf ? paidUpFrontAt(a) : null;
  const paidInFull = paidAt !== null;
  if (paidAt !== null) for (let k = paidAt.start; k < paidAt.end; k++) hide[k] = 1;
  let dpAsk = false;
  // "sudah dibayar 100rb", "bayar dulu 150rb": money handed over with the order is its DP.
  if (!dpSeen && !dpHalf && !paidInFull) {
    const paid = paidNowAmount(a, hide);
    if (paid) {
      dpEx = paid.ex;
      dpAsk = paid.active;
      for (let k = paid.ex.start; k < paid.ex.end; k++) hide[k] = 1;
    }
  }

  // Due date: after a due word ("selesai 15 Des", "diambil besok", "deadline tgl 20"), else
  // any date that can only be ahead ("minggu depan", "besok"); a past date is the order's day.
  let dueDate: IsoDate | null = null;
  let dueBad = false;
  let date = a.today;
  for (let i = 0; i < n && dueDate === null; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || !DUE_WORDS.has(t.key)) continue;
    let j = i + 1;
    while (j < n && j < i + 4) {
      const s = tokens[j] as Token;
      if (s.type === T_PUNCT || (s.type === T_WORD && DUE_SKIP.has(s.key))) j++;
      else break;
    }
    const d = dueDateAt(tokens, j, a.today) ?? (t.key === 'tanggal' ? dueDateAt(tokens, i, a.today) : null);
    if (d) {
      if (d.date === null) dueBad = true;
      else dueDate = d.date;
      for (let k = i; k < d.end; k++) hide[k] = 1;
    }
  }
  for (const m of a.dates) {
    // A day that can only be past ("kemarin", "2 hari lalu") is the day the order was taken.
    // ("sabtu kemarin", "senin lalu": a weekday said past is no due day either.)
    const said = m.future ? [] : tokens.slice(m.start + 1, m.end);
    const past = said.some((t) => t.key === 'lalu' || (t.info?.relDays !== undefined && t.info.relDays < 0));
    const d = past ? null : dueDateAt(tokens, m.start, a.today);
    if (d === null) {
      if (m.date !== null && date === a.today) date = m.date;
    } else if (dueDate === null && d.date !== null && hide[m.start] === 0) {
      dueDate = d.date; // "pesanan … 15 Des" without a due word: an order's date is its due day
    }
  }
  if (dueDate === null) {
    for (let i = 0; i + 1 < n; i++) {
      const t = tokens[i] as Token;
      if ((t.key === 'minggu' || t.key === 'bulan' || t.key === 'pekan') && tokens[i + 1]?.key === 'depan') {
        const d = dueDateAt(tokens, i, a.today);
        if (d) dueDate = d.date;
        break;
      }
    }
  }

  // What, how many, at what price: the rest of the message read as a sale.
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_WORD && (DUE_WORDS.has(t.key) || t.key === 'depan' || t.key === 'lagi')) {
      // due words left over ("selesai minggu depan") end the item, they are not part of it
      hide[i] = 1;
    }
  }
  const read = readRest(a, 0, 'sale', hide);
  // "pesanan tumpeng 1 350rb udah lunas, belanja bahan 180rb": the order, then what she bought (paid-order-sale.ts).
  const bought = paidAt !== null && !cust ? costsAfterPaidOrder(a, read.entries, paidAt.end) : null;
  const e0 = read.entries[0];
  // "ada 3 yg order keripik @25rb": a price each with no count of goods — one for each buyer counted.
  const perBuyer = buyers !== null && buyers >= 2 && e0 !== undefined && e0.quantity === null && e0.unitPrice !== null && read.entries.length === 1;
  // ("ada 3 yg order keripik 2 bungkus @25rb": two each, or two in all? Asked.)
  const buyersUnplaced = buyers !== null && !perBuyer;
  const e = perBuyer && e0 !== undefined ? { ...e0, quantity: buyers, amount: (buyers as number) * (e0.unitPrice as number),
    notes: e0.notes.filter((n) => n !== 'quantity_missing') } : e0;
  const u = read.unresolved[0];
  const c = new Confidence(0.95);
  if (buyersUnplaced) c.cap(C_DOUBT, 'unaccounted_number');
  let item: string | null = null;
  let quantity: number | null = null;
  let unit: string | null = null;
  let unitPrice: number | null = null;
  let total: number | null = null;
  if (e) {
    item = e.item;
    quantity = e.quantity;
    unit = e.unit;
    unitPrice = e.unitPrice;
    total = e.quantity === null && e.unitPrice !== null ? null : e.amount;
    if (e.quantity === null && e.unitPrice !== null) total = e.unitPrice;
    for (const note of e.notes) if (note !== 'kind_guessed' && note !== 'quantity_missing') c.cap(e.confidence > 0.35 ? e.confidence : 0.95, note);
    if (read.entries.length > 1 && bought === null) c.cap(C_DOUBT, 'several_amounts');
    // "orderan 20 keranjang parsel, udah dibayar lunas 1.200.000": the goods in one clause, what
    // paid for all of them in the next — one order, not a price for nothing.
    if (paidInFull && item === null && e.quantity === null && read.entries.length === 1 && u && u.item !== null) {
      item = u.item;
      quantity = u.quantity;
      unit = u.unit;
    }
  } else if (u) {
    item = u.item;
    quantity = u.quantity;
    unit = u.unit;
  } else if (read.badReason !== null) {
    c.cap(0.3, read.badReason);
  }
  if (item === null) {
    // "pesanan Bu Sri 850rb": no goods written.
    const words = tokens.filter((t, i) => hide[i] === 0 && t.type === T_WORD && !isSoft(t) && t.info === null);
    if (words.length > 0 && words.length <= 3 && e === undefined && u === undefined) item = words.map((t) => t.text).join(' ');
  }
  if (dpEx) {
    if (dpEx.rupiah === null) c.cap(0.3, dpEx.problem ?? 'malformed');
    else {
      downPayment = dpEx.rupiah;
      capAmount(c, dpEx);
      if (dpAsk) c.cap(C_DOUBT, 'dp_from_payment');
    }
  } else if (dpPercent !== null && total === null && dpStated !== null && dpStated.rupiah !== null &&
    (dpStated.rupiah * 100) % dpPercent === 0) {
    // "udah DP 50% 750rb" with no price written: 750rb is the DP, and it is half the price.
    downPayment = dpStated.rupiah;
    total = (dpStated.rupiah * 100) / dpPercent;
    c.cap(0.85, 'dp_percent');
  } else if (dpPercent !== null) {
    if (total !== null && (total * dpPercent) % 100 === 0) {
      downPayment = (total * dpPercent) / 100;
      c.cap(0.85, 'dp_percent');
    } else c.cap(C_DOUBT, 'dp_percent');
    // Her own working ("DP 50% = 425rb") agrees, or is asked about.
    if (dpStated !== null && dpStated.rupiah !== downPayment) c.cap(C_PARTIAL, 'dp_mismatch');
  } else if (dpPercentBad) {
    c.cap(C_DOUBT, 'dp_percent');
  } else if (dpHalf) {
    if (total !== null && total % 2 === 0) {
      downPayment = total / 2;
      c.cap(0.85, 'dp_half');
    } else c.cap(C_DOUBT, 'dp_half');
  } else if (paidInFull) {
    if (total !== null) downPayment = total;
    if (!c.notes.includes('paid_in_full')) c.notes.push('paid_in_full');
  } else if (dpSeen) c.cap(C_DOUBT, 'dp_without_amount');

  if (!cust && downPayment === null && total === null && unitPrice === null) return null; // "pesanan 200 bros untuk wisuda 12/12"
  // "dapet orderan nasi kotak 50 kotak udah dibayar lunas 1.250.000", "orderan kue 5 toples @75rb,
  // dibayar cash": paid in full with nobody owing — her sale today, not an order to ask a name for
  // (paid-order-sale.ts). A DP, a rest still to pay or a passive payment short of the price stay orders.
  const fullyPaid = paidInFull || (dpEx !== null && !dpAsk && downPayment !== null && downPayment === total);
  if (!cust && fullyPaid && total !== null && total > 0 && paidOrderSale(a, o, item, bought?.start)) {
    if (!c.notes.includes('paid_in_full')) c.notes.push('paid_in_full');
    // Every money amount is the price or the total: a discount ("didiskon 5% jadi 380rb") or any
    // other sum is asked, never the count × price recorded past it.
    const costs = (bought?.costs ?? []).map((x) => x.amount);
    const other = a.nums.some((ex) => ex.rupiah !== null && (ex.strength === S_MONEY || ex.strength === S_GROUPED) && ex.rupiah !== total &&
      ex.rupiah !== unitPrice && !costs.includes(ex.rupiah));
    if (other || a.tokens.some((t) => (t.f2 & G_PERCENT) !== 0)) c.cap(C_DOUBT, 'unaccounted_number');
    // (Her reseller's "50 pcs" is of her own goods, as "reseller ambil 50 pcs @9rb" is read.)
    if (item === null && !reseller) c.cap(0.7, 'no_item');
    // "orderan kue @75rb, dibayar cash": a price each with no count read beside it is no total —
    // recorded, it would be one piece's price for all she was paid (asked, as the record reader does).
    if (e?.notes.includes('quantity_missing') === true) c.cap(C_DOUBT, 'quantity_missing');
    if (dueBad) c.cap(C_DOUBT, 'invalid_due_date');
    if (a.question) c.cap(C_PARTIAL, 'question');
    if (a.truncated) c.cap(C_PARTIAL, 'truncated');
    const spent = (bought?.costs ?? []).map((x) => {
      c.cap(x.confidence);
      for (const note of x.notes) if (!c.notes.includes(note)) c.notes.push(note);
      return { kind: x.kind, amount: x.amount, item: x.item, quantity: x.quantity, unit: x.unit, unitPrice: x.unitPrice };
    });
    return scored({ intent: 'record', entries: [{ kind: 'sale', amount: total, item, quantity, unit, unitPrice }, ...spent], date, confidence: 0 }, c);
  }
  // "dpt orderan ketik+print 15 lembar, dibayar 22.500", "ada orderan hantaran … dp pesanan masuk 300rb": money
  // handed over now, no price, nobody named — what came in is her sale (paid-now-sale.ts).
  // (With no goods named it stays the order it was, asked for its details.)
  const goods = item ?? goodsAfterOrder(a, o);
  if (!cust && total === null && unitPrice === null && dpEx !== null && !dpAsk && downPayment !== null && bought === null && goods !== null &&
    paidNowSale(a, o, goods, dpEx)) {
    c.notes.push('paid_now');
    item = goods;
    if (dueBad) c.cap(C_DOUBT, 'invalid_due_date');
    if (a.truncated) c.cap(C_PARTIAL, 'truncated');
    return scored({ intent: 'record', entries: [{ kind: 'sale', amount: downPayment, item, quantity, unit, unitPrice: null }], date, confidence: 0 }, c);
  }
  // (The purchases after it were let pass only for her paid sale above: an order read as an order
  // — placed with a supplier, "order bahan …" — with other amounts beside it is asked, as before.)
  if (bought !== null && !c.notes.includes('several_amounts')) c.cap(C_DOUBT, 'several_amounts');
  if (total === null && downPayment === null) c.cap(C_DOUBT, 'no_amount');
  else if (total === null) c.cap(0.75, 'no_total'); // a DP but no price: the balance is unknown
  if (!cust) c.cap(0.85, 'no_customer');
  if (item === null) c.cap(0.7, 'no_item');
  if (downPayment !== null && total !== null && downPayment > total) c.cap(C_PARTIAL, 'dp_exceeds_total');
  if (dueBad) c.cap(C_DOUBT, 'invalid_due_date');
  if (a.question) c.cap(C_PARTIAL, 'question');
  if (a.truncated) c.cap(C_PARTIAL, 'truncated');
  if (command) c.cap(0.99);
  // "… udah lunas terus saya belanja plastik 15000": a purchase the order leaves out is asked, never dropped.
  // (Already asked for its several amounts: said once.)
  if (!command && !c.notes.includes('several_amounts') && purchaseLeftOut(a, o, [total, unitPrice, downPayment])) c.cap(C_DOUBT, 'unaccounted_number');
  return scored({
    intent: 'order', customer: cust ? cust.name : null, item, quantity, unit, unitPrice, total, downPayment, dueDate, date,
    confidence: 0,
  }, c);
}

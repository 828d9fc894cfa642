/**
 * Postage (ongkir) and COD fees beside a sale: whose money is it?
 *
 * - She bears it ("ongkirnya sy yg tanggung 12rb", "ongkir saya tanggung 15rb", "subsidi ongkir
 *   5rb", "gratis ongkir 10rb", "ongkos kirim ditanggung penjual 18rb", "biaya cod 7rb"): her
 *   expense, never added to the sale it sits beside.
 * - The buyer pays it ("ongkir ditanggung pembeli 20rb", "ongkir dibayar pembeli"): the money
 *   only passes through her hands (in from the buyer, out to the courier), so it is neither her
 *   sale nor her expense: left out, noted `postage_by_buyer`.
 * - Both named, or the buyer's postage said to be inside the total ("350rb udah termasuk ongkir
 *   ditanggung pembeli"): which part is hers is not said — asked (`postage_whose`,
 *   `postage_in_total`).
 * A postage clause with no owner word ("ongkir 15rb") is left to the ordinary reading (an
 * expense, as `ongkir` is an expense word).
 */
import type { Analysis } from './analyze.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { withoutTokens } from './stated-price.ts';
import { customerAt } from './intents/customer.ts';
import { F_EXPENSE, F_SALE, F_UNIT, F_WEAK, G_MULT } from './word-roles.ts';
import { S_PLAIN } from './amount.ts';
import { present, trigger } from './triggers.ts';

const POSTAGE = new Set(['ongkir', 'ongkirnya', 'okir', 'ongkos kirim', 'ongkoskirim', 'shipping', 'kurir', 'kurirnya', 'cod', 'pengiriman',
  'ekspedisi', 'jne', 'jnt', 'sicepat']);
/** Before a postage word and part of its clause: "gratis ongkir", "subsidi ongkir", "biaya cod". */
const LEAD = new Set(['gratis', 'free', 'subsidi', 'disubsidi', 'biaya', 'fee', 'admin', 'potongan', 'potong', 'dipotong', 'bayar', 'ongkos',
  'buat', 'utk', 'untuk']);
/** She gives the postage away: her money, whoever else is named. */
const HER_GIFT = new Set(['subsidi', 'disubsidi', 'gratis', 'free', 'gratisin', 'digratisin', 'digratiskan']);
/** Bearing or paying words: with a self word they say she paid ("sy yg tanggung"). */
const BEAR = new Set(['tanggung', 'ditanggung', 'nanggung', 'menanggung', 'tanggungan', 'kutanggung', 'bayar', 'dibayar', 'bayarin',
  'talangin', 'nalangin', 'ditalangin', 'nombok']);
const SELF = new Set(['saya', 'aku', 'ku', 'gue', 'gw', 'kami', 'penjual', 'seller', 'sendiri', 'dewe']);
/** "kutanggung", "tak tanggung": bearing words that already say "I". */
const SELF_BEAR = new Set(['kutanggung', 'nombok']);
const BUYER = new Set(['pembeli', 'pembelinya', 'customer', 'cust', 'konsumen', 'pelanggan', 'pemesan', 'buyer', 'pembelie']);
const WHO_BEFORE = new Set(['yg', 'yang', 'sudah', 'udah', 'sdh', 'juga']);
const TOWARD = new Set(['ke', 'kpd', 'kepada', 'buat', 'untuk', 'utk', 'bwt', 'kirim', 'ngirim']);
/** Her paying verbs, opening the message with no one before them: she is the one who paid. */
const PAYS = new Set(['bayar', 'byr', 'bayarin', 'membayar']);
/** Sending words before the order that went ("kirim pesenan bu Ani"): the buyer named after them is where it went. */
const SEND = new Set(['kirim', 'ngirim', 'kirimin', 'ngirimin', 'dikirim', 'anter', 'nganter', 'antar', 'ngantar']);
const ORDER = new Set(['pesenan', 'pesanan', 'orderan', 'order', 'paket', 'paketan', 'barang']);

/** Whether the buyer at k is where an order was sent: "kirim (pesenan|paket) bu Ani". */
function sentTo(tokens: readonly Token[], k: number): boolean {
  const p = tokens[k - 1]?.key ?? '';
  return SEND.has(p) || (ORDER.has(p) && SEND.has(tokens[k - 2]?.key ?? ''));
}

/** The postage said to be inside the money written: "udah termasuk ongkir", "sama ongkir". */
const INCLUDED = new Set(['termasuk', 'include', 'includ', 'sdh', 'udah', 'sudah', 'plus', 'sama', 'sm', 'incl']);
/** COD words: a fee taken by the courier for cash on delivery is her expense. */
const COD_FEE = new Set(['biaya', 'fee', 'admin', 'potongan', 'potong', 'dipotong']);

export interface Postage {
  /** The message without the postage clause. */
  view: Analysis;
  /** Her expense for the postage (or COD fee), with the token of its amount. */
  expense: { amount: number; item: string; at: number; strength: number } | null;
  /** `postage_by_buyer` (informational) or a doubt (`postage_whose`, `postage_in_total`). */
  note: string;
  doubt: boolean;
}

function edge(t: Token | undefined): boolean {
  return t === undefined || t.type === T_NL || (t.type === T_PUNCT && (t.text === ',' || t.text === ';' || t.text === '.' || t.text === '+'));
}

function strongVerb(t: Token): boolean {
  return t.type === T_WORD && (t.f & (F_SALE | F_EXPENSE)) !== 0 && (t.f & F_WEAK) === 0;
}

const T_POSTAGE = trigger(POSTAGE, ['ongkos']);
/** The first postage clause with an owner said, or a COD fee; null when there is none to read. */
export function readPostage(a: Analysis): Postage | null {
  if (!present(a, T_POSTAGE)) return null;
  const { tokens } = a;
  const n = tokens.length;
  for (let p = 0; p < n; p++) {
    const t = tokens[p] as Token;
    if (t.type !== T_WORD || a.marks[p] !== 0) continue;
    const ongkos = t.key === 'ongkos' && tokens[p + 1]?.key === 'kirim';
    if (!POSTAGE.has(t.key) && !ongkos) continue;
    // "laku cod 1 tas": cash on delivery names how she was paid; only its fee is money of its own.
    if (t.key === 'cod' && !COD_FEE.has(tokens[p - 1]?.key ?? '')) continue;
    // The clause: back over lead words ("gratis ongkir"), on to the clause's end or the next
    // strong verb ("…, ongkir sy tanggung 12rb laku lagi 1").
    let s = p;
    while (s > 0 && (tokens[s - 1] as Token).type === T_WORD && LEAD.has((tokens[s - 1] as Token).key)) s--;
    // "pembeli bayar ongkir 14rb", "sy yg bayar ongkir": who pays, written before the paying word.
    if (s < p && BEAR.has((tokens[s] as Token).key)) {
      let w = s;
      while (w > 0 && w > s - 3 && (tokens[w - 1] as Token).type === T_WORD &&
        (WHO_BEFORE.has((tokens[w - 1] as Token).key) || BUYER.has((tokens[w - 1] as Token).key) || SELF.has((tokens[w - 1] as Token).key))) w--;
      s = w;
    }
    let e = p + (ongkos ? 2 : 1);
    while (e < n && !edge(tokens[e]) && !strongVerb(tokens[e] as Token)) e++;
    let her = false;
    let buyer = false;
    let included = false;
    let codFee = false;
    const money: number[] = [];
    for (let k = s; k < e; k++) {
      const w = tokens[k] as Token;
      const x = a.numIn[k] as number;
      if (x >= 0) {
        const ex = a.nums[x];
        if (ex && ex.start === k && ex.rupiah !== null) money.push(x);
        continue;
      }
      if (w.type === T_NUM) continue;
      if (HER_GIFT.has(w.key) || SELF_BEAR.has(w.key)) her = true;
      if (SELF.has(w.key) && tokens.slice(s, e).some((o) => BEAR.has(o.key))) her = true;
      // "ongkir ke pembeli 15rb", "subsidi ongkir buat pembeli": where it went, or for whom — not who paid.
      const to = TOWARD.has(tokens[k - 1]?.key ?? '') || sentTo(tokens, k);
      if (!to && (BUYER.has(w.key) || customerAt(a, k) !== null)) buyer = true;
      // "bayar ongkir JNE kirim pesenan bu Hj Marni 28rb": her paying verb opening the message, the buyer only where it went.
      else if (to && s === 0 && PAYS.has((tokens[0] as Token).key) && (BUYER.has(w.key) || customerAt(a, k) !== null)) her = true;
      if (INCLUDED.has(w.key) && k < p) included = true;
      if (w.key === 'cod' && COD_FEE.has(tokens[k - 1]?.key ?? '')) codFee = true;
    }
    // "udah termasuk ongkir" before the clause: the word stands just before its start.
    for (let k = Math.max(0, s - 2); k < s; k++) if (INCLUDED.has((tokens[k] as Token).key)) included = true;
    if (!her && !buyer && !codFee) continue;
    // "tanggung" alone names nobody: "ongkir ditanggung 12rb" is asked below (no owner).
    const hide = new Uint8Array(n);
    for (let k = s; k < e; k++) hide[k] = 1;
    const view = withoutTokens(a, hide);
    if ((her || codFee) && buyer && !HER_GIFT.has(tokens[s]?.key ?? '')) return { view, expense: null, note: 'postage_whose', doubt: true };
    // "ongkir ditanggung aku 2 x 15rb": a count of parcels times the postage of one.
    const times = money.length === 2 ? countTimesPrice(a, money[0] as number, money[1] as number) : null;
    if (times !== null && (her || codFee) && !buyer && !included) {
      return { view, expense: { amount: times.amount, item: codFee ? 'biaya cod' : 'ongkir', at: times.at, strength: times.strength },
        note: codFee ? 'cod_fee' : 'postage_hers', doubt: false };
    }
    if (money.length > 1) return { view, expense: null, note: 'postage_whose', doubt: true };
    if (included) return { view, expense: null, note: 'postage_in_total', doubt: true };
    if (buyer && !her && !codFee) return { view, expense: null, note: 'postage_by_buyer', doubt: false };
    const x = money[0];
    const ex = x === undefined ? undefined : a.nums[x];
    // "free ongkir", "ongkir saya tanggung" with no amount: no money written, nothing to record.
    if (!ex || ex.rupiah === null) return { view, expense: null, note: 'postage_no_amount', doubt: false };
    return { view, expense: { amount: ex.rupiah, item: codFee ? 'biaya cod' : 'ongkir', at: ex.start, strength: ex.strength }, note: codFee ? 'cod_fee' : 'postage_hers',
      doubt: false };
  }
  return null;
}

// Without these words it reads nothing (its first test): its caller does not call it (guard-lists.ts says why).
readPostage.words = T_POSTAGE;

/**
 * "2 x 15rb", "15rb x 2", "2x 15rb": a small plain count and an amount joined by "x" — the
 * count times the amount; "1 paket 12rb": one parcel's postage. Null for any other pair of
 * numbers (asked as before).
 */
function countTimesPrice(a: Analysis, i: number, j: number): { amount: number; at: number; strength: number } | null {
  const first = a.nums[i];
  const second = a.nums[j];
  if (!first || !second || first.rupiah === null || second.rupiah === null) return null;
  // Only the "x" between them.
  const between = a.tokens.slice(first.end, second.start);
  // "ongkir free 1 paket 12rb": one parcel, then what its postage cost (a larger count with no
  // "x" or "@" may be the total or each: asked as before).
  if (between.length === 1 && ((between[0] as Token).f & F_UNIT) !== 0 && first.strength === S_PLAIN && first.rupiah === 1 &&
    second.strength !== S_PLAIN) return { amount: second.rupiah, at: second.start, strength: second.strength };
  if (between.length !== 1 || ((between[0] as Token).f2 & G_MULT) === 0) return null;
  const count = first.strength === S_PLAIN && first.rupiah < 100 ? first : second.strength === S_PLAIN && second.rupiah < 100 ? second : null;
  const price = count === first ? second : first;
  if (count === null || price.strength === S_PLAIN || (price.rupiah as number) < 1000) return null;
  return { amount: (count.rupiah as number) * (price.rupiah as number), at: price.start, strength: price.strength };
}

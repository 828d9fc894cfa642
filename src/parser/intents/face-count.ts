/**
 * Top-ups sold by the count, with their face value and her selling price: "pulsa 10rb x4 jual
 * 12rb" (four 10rb top-ups sold at 12rb: 48.000), "token listrik 50rb laku 2, jualnya 52rb"
 * (104.000), "voucher 5rb 10 biji jual 6rb" (60.000), "pulsa 10rb 12rb x3", "pulsa laku 3 x 10rb
 * harga jual 12rb" (the count times the face value, then her price: 36.000). The amount right
 * after the goods is which top-up (its face value), not money: her sale is the count times
 * the price she sold at. Read before the general record reader, which took the face value for a
 * second sale (88.000) or for the price (40.000).
 *
 * A face value and a count with no price ("jual pulsa 5rb x 10", "voucher 10rb laku 3"): 5rb
 * is the face value or the price? Read as the price and asked (`face_value_price`). Two
 * amounts and no count ("token 50rb dibayar 52rb") are resale.ts's; a purchase of stock
 * ("beli voucher 10rb 5 biji") is an ordinary expense.
 */
import type { Analysis } from '../analyze.ts';
import { S_PLAIN, type NumExpr } from '../amount.ts';
import { C_APPROX, C_CLEAR, C_DOUBT, C_NOT_FACT, Confidence } from '../confidence.ts';
import { isSoft } from '../analyze.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from '../lexer.ts';
import { present, trigger } from '../triggers.ts';
import type { ParsedEntry, ParseResult } from '../types.ts';
import { countedBuyers, PEOPLE_WORDS } from '../people-count.ts';
import { F_EXPENSE, F_NUMWORD, F_UNIT, F_FUTURE, F_NEG, F_QUESTION, F_SALE, F_WEAK } from '../word-roles.ts';

/** Goods sold as a face value. */
const FACE = new Set(['pulsa', 'token', 'voucher', 'vocer', 'voucer', 'vcr', 'kuota', 'paket', 'saldo']);
/** Goods words that name a top-up only with what they hold after them: "paket data 25rb", "saldo dana 50rb" (not "paket nasi"). */
const FACE_IF_BRAND = new Set(['paket', 'saldo']);
/** E-wallets whose balance she sells: "saldo dana 50rb", "topup ovo 100rb". */
const WALLETS = new Set(['dana', 'ovo', 'gopay', 'shopeepay', 'spay', 'linkaja', 'emoney']);
/** Words between the goods and the face value: operator, network, what the token is for. */
const BRAND = new Set(['listrik', 'pln', 'data', 'internet', 'telkomsel', 'tsel', 'xl', 'axis', 'indosat', 'im3', 'tri', 'three',
  'smartfren', 'byu', 'game', 'ff', 'ml', 'wifi', 'paket', 'isat', 'simpati', 'as', 'kuota', ...WALLETS]);
/** Words of her selling price: "jual 12rb", "jualnya 52rb", "harga jual 22rb", "@11rb". */
const PRICE_WORDS = new Set(['jual', 'jualnya', 'dijual', 'harga', 'hrg', 'harganya', 'hargane', 'jadi', 'jd', 'dibayar', 'bayar',
  'satunya', 'sebiji', 'perbiji', 'per', '@',
  // each: "masing2 22rb", "perorang 12rb"; Javanese price: "rego 12rb", "regane", krama "regi"
  'masing-masing', 'masing', 'msg2', 'perorang', 'seorang', 'rego', 'regane', 'regi']);
/** Words that make the money after them the total of all the top-ups: "ke 6 org, total 72rb". */
const TOTAL_WORDS = new Set(['total', 'totalnya', 'ttl', 'tot', 'semua', 'semuanya', 'smua', 'jumlah', 'jumlahnya', 'kabeh', 'sedaya']);

function isMoney(n: NumExpr): boolean {
  return n.rupiah !== null && (n.strength > S_PLAIN || n.rupiah >= 1000);
}

/**
 * A plain count: a number with no scale, not money — in digits or, voice-typed, in words ("laku
 * lima", Javanese "payu telu").
 */
function isCount(a: Analysis, n: NumExpr): boolean {
  const t = a.tokens[n.start];
  return n.strength === S_PLAIN && n.rupiah !== null && n.rupiah > 0 && n.rupiah < 1000 && t !== undefined &&
    (t.type === T_NUM || (t.type === T_WORD && (t.f & F_NUMWORD) !== 0));
}

const T_FACE = trigger(FACE);

/** Words that say whose top-up it is, between the goods and the face value ("token listrik pelanggan 100rb"). */
const WHOSE = new Set(['pelanggan', 'plg', 'plgn', 'customer', 'cust', 'pembeli', 'prabayar', 'pascabayar']);
/** Sentence stops: a count after one is read only if its sentence names no goods of its own. */
const STOPS = new Set(['.', '!', '?', ';']);

/** A word that may stand beside the count of top-ups: a unit, a selling or each word, a filler. */
function besideCount(t: Token): boolean {
  return (t.f & (F_UNIT | F_SALE)) !== 0 || isSoft(t) || FACE.has(t.key) || BRAND.has(t.key) || WHOSE.has(t.key) ||
    PRICE_WORDS.has(t.key) || PEOPLE_WORDS.has(t.key) || TOTAL_WORDS.has(t.key) || t.key === 'x';
}

/**
 * Whether the count names goods of its own: a word right after it that is not a unit ("laku 4
 * kerudung"), or, when a sentence ends between the face value and the count, any such word in the
 * count's sentence ("… 22rb. Kerudung laku 4").
 */
function countsOtherGoods(a: Analysis, face: NumExpr, count: NumExpr): boolean {
  const { tokens } = a;
  const next = tokens[count.end];
  if (next !== undefined && next.type === T_WORD && !besideCount(next)) return true;
  if (count.start < face.end) return false;
  let from = -1;
  for (let i = face.end; i < count.start; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_NL || (t.type === T_PUNCT && STOPS.has(t.text))) from = i + 1;
  }
  if (from < 0) return false;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_NL || (t.type === T_PUNCT && STOPS.has(t.text))) break;
    if (t.type === T_WORD && a.numIn[i] === -1 && !besideCount(t)) return true;
  }
  return false;
}

export function detectFaceCount(a: Analysis): ParseResult | null {
  // Cheap gate: a face-value good and at least two numbers.
  if (a.nums.length < 2 || !present(a, T_FACE)) return null;
  const { tokens } = a;
  const fi = tokens.findIndex((t, i) => t.type === T_WORD && FACE.has(t.key) && (!FACE_IF_BRAND.has(t.key) || BRAND.has(tokens[i + 1]?.key ?? '')));
  if (fi < 0) return null;
  if (a.question || (a.f & (F_NEG | F_FUTURE | F_QUESTION)) !== 0) return null;
  // Her own stock bought ("beli voucher 10rb 5 biji", "setor pulsa …"): not a sale.
  // ("ada 4 org beli pulsa 10rb hrg 12rb", "3 uwong tuku pulsa": counted buyers buy — her sale.)
  if (tokens.some((t, i) => t.type === T_WORD && (t.f & F_EXPENSE) !== 0 && (t.f & F_WEAK) === 0 && !countedBuyers(tokens, i))) return null;
  let j = fi + 1;
  while (j < tokens.length && j <= fi + 4 && tokens[j]?.type === T_WORD && (BRAND.has((tokens[j] as Token).key) || WHOSE.has((tokens[j] as Token).key))) j++;
  // "pulsa laku 3 x 10rb harga jual 12rb": the count sold, times the face value, then her price —
  // the face value is the money after "N x" (a sale word may stand before the count).
  let k = j;
  while (k < tokens.length && k <= j + 2 && tokens[k]?.type === T_WORD && ((tokens[k] as Token).f & F_SALE) !== 0) k++;
  const timesCount = a.nums.find((n) => n.start === k && isCount(a, n) && tokens[n.end]?.key === 'x');
  const face = a.nums.find((n) => n.start === (timesCount === undefined ? j : timesCount.end + 1) && isMoney(n));
  if (face === undefined) return null;
  const money = a.nums.filter((n) => n !== face && isMoney(n));
  const counts = a.nums.filter((n) => n !== face && isCount(a, n));
  // Every number is the face value, the count or her price; anything else is another reader's.
  if (counts.length !== 1 || money.length > 1 || a.nums.length !== 1 + money.length + counts.length) return null;
  const count = counts[0] as NumExpr;
  // ("jual voucher 5 x 10rb": with no price of hers after it, "N x" money is read as before, by the record reader.)
  if (timesCount !== undefined && money.length === 0) return null;
  // "pulsa 20rb dijual 22rb. Tadi laku 4 kerudung": a count of other goods is no count of the top-ups.
  if (countsOtherGoods(a, face, count)) return null;
  const n = count.rupiah as number;
  const unitWord = tokens[count.end];
  const unit = unitWord !== undefined && unitWord.type === T_WORD && (unitWord.f & F_UNIT) !== 0 ? unitWord.text : null;
  const faceValue = face.rupiah as number;
  const item = tokens.slice(fi, face.end).map((t, k) => (k > 0 && !t.attached ? ` ${t.text}` : t.text)).join('');
  const c = new Confidence(C_CLEAR);
  let price: number;
  if (money.length === 1) {
    const s = money[0] as NumExpr;
    price = s.rupiah as number;
    // "ke 6 org, total 72rb", "ke 6 org 72rb": the money is all the top-ups together — said so, or too
    // much to be one top-up's price and just the count times one (72rb for six 10rb top-ups).
    const totalSaid = tokens.slice(Math.max(0, s.start - 2), s.start).some((t) => TOTAL_WORDS.has(t.key));
    const asTotal = price >= faceValue * n && price <= faceValue * n * 1.5;
    if (n > 1 && (totalSaid || (asTotal && price > faceValue * 1.5))) {
      if (!asTotal) c.cap(C_DOUBT, 'face_value_price');
      if (s.approx) c.cap(C_APPROX, 'approximate');
      return done(a, c, { kind: 'sale', amount: price, item, quantity: n, unit, unitPrice: price % n === 0 ? price / n : null });
    }
    // The price must be marked as hers (a price word before it or an each word after it), and
    // a little above the face value (her margin): else which is which is asked.
    const before = tokens.slice(Math.max(0, s.start - 2), s.start).some((t) => PRICE_WORDS.has(t.key) || PRICE_WORDS.has(t.text));
    const after = tokens[s.end] !== undefined && PRICE_WORDS.has((tokens[s.end] as Token).key);
    const timesAfter = tokens[s.end]?.key === 'x' || counts[0]?.start === s.end;
    if (!(before || after || timesAfter)) c.cap(C_DOUBT, 'face_value_price');
    if (price < faceValue || price > faceValue * 1.5) c.cap(C_DOUBT, 'face_value_price');
    if (s.approx) c.cap(C_APPROX, 'approximate');
  } else {
    // "jual pulsa 5rb x 10": no price of hers; the face value is read as the price, asked.
    price = faceValue;
    c.cap(C_DOUBT, 'face_value_price');
  }
  return done(a, c, { kind: 'sale', amount: price * n, item, quantity: n, unit, unitPrice: price });
}

// Without these words it reads nothing (its first test): readIntent does not call it (index.ts, guard-lists.ts).
detectFaceCount.words = T_FACE;

/** The result for the top-ups' sale `entry`, dated by the message's day word. */
function done(a: Analysis, c: Confidence, entry: ParsedEntry): ParseResult {
  let date = a.today;
  const day = a.dates[0];
  if (day !== undefined) {
    if (day.future || day.date === null) c.cap(C_NOT_FACT, day.future ? 'future_date' : 'invalid_date');
    else date = day.date;
    if (day.vague) c.cap(C_APPROX, 'vague_date');
  }
  return c.notes.length > 0
    ? { intent: 'record', confidence: c.value, entries: [entry], date, notes: c.notes }
    : { intent: 'record', confidence: c.value, entries: [entry], date };
}

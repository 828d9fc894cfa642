/**
 * Shapes of "how much each" and "how many amounts" that the word-by-word readers miss, said again
 * in the one shape they read ("N unit @price", or the amounts listed without their count):
 *
 *   1. the price of ONE unit, named after the count: "laku 3 kg, kilo 180rb", "laku 3 noken,
 *      1 noken 200 ribu", "jual 2 bros 25rb 1", "laku 30 bungkus, galak nian, 10rb sebungkus",
 *      "4 kebaya, ongkos 175rb per potong", "2 stel, 175rb/stel", "8 bal …, dibayar @60rb",
 *      "4.500 per pesanan, ada 6 pesanan", "20 biji sewu2", "goceng-an 6 biji";
 *      "nitip 30, laku 24, @2rb": the count sold, not the count left with the seller;
 *   2. a total for all of them: "jual 2 bantal 60.000 dua-duanya" (→ "total 60.000");
 *   3. a price for each piece in turn: "2 lembar, satu 275rb, satu lagi 300rb", "yang satu … yang
 *      lain …", "satunya … satunya lagi …", "yg besar … yg kecil …" (→ "1 lembar, @275.000, 1 lembar
 *      @300.000": each piece its own sale at its own price; on lines of their own, unit-lines.ts);
 *   4. a count the amounts after it account for: "COD 3 paket: 89rb, 112rb, 65rb", "2 paket, 18rb
 *      sama 22rb", "4 paket …, 4 x 38rb" (→ the count dropped: each amount is one of them).
 *
 * WHY a rewrite: the readers already decide kind, goods and doubts for the plain shapes; what
 * they lack is which number is the count and which amount is for one. Said plainly, every
 * guard still applies to the message. Strict, so nothing else moves: one line at a time, one
 * count and one amount (1.), or a count matched by exactly that many amounts listed one after
 * another (3., 4.). Anything left over (a second count, a second amount, a product sign) leaves
 * the line as written, so the readers ask as before. "jual ikan asap 12 ekor 8rb" has no word
 * saying "each" or "all": left as written (asked, goods-price.ts). The shapes whose amounts stay
 * unclear (a price list, a count with other amounts, a restated total that differs) are asked in
 * ./count-amount-doubts.ts.
 */
import type { Analysis } from './analyze.ts';
import { S_PLAIN, type NumExpr } from './amount.ts';
import { lex, T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { DESCRIBERS, WHICH } from './piece-words.ts';
import { sameUnit } from './same-unit.ts';
import {
  F_DATE, F_EXPENSE, F_FILLER, F_FUTURE, F_NEG, F_PRICE, F_PROFIT, F_QUESTION, F_REPAY, F_SALE, F_SLANG, F_TOTAL, F_UNIT, G_CAPITAL, G_CREDIT,
  G_EACH, G_HOUSEHOLD, G_LOAN, G_MULT, G_ORDER, G_PER, G_PERCENT, G_SE_SCALE, G_WITHDRAW,
} from './word-roles.ts';

/** Words that say the one amount is for all she counted ("dua-duanya" is read by its shape). */
const ALL_WORDS = new Set(['semuanya', 'semua', 'smua', 'smuanya', 'sekalian', 'total', 'totalnya', 'kabeh', 'kabehe', 'sadayana',
  'borongan', 'semuane', 'sedanten', 'sekaligus']);
/** Words that name one piece of several in turn ("satu 275rb, satu lagi 300rb", "yang satu …, yang lain …"). */
const ONE_OF_WORDS = new Set(['satu', 'satunya', 'lagi', 'yang', 'yg', 'lain', 'lainnya', 'laine', 'siji', 'sijine', 'sijine',
  'kedua', 'keduanya', 'pertama', 'terakhir']);
/** "satu", "se", Javanese "siji": one, before the unit it prices. */
const ONE_WORDS = new Set(['satu', 'sa', 'siji', 'sitok', 'hiji', 'se']);
/** Words that join a list of amounts. */
const JOINERS = new Set([',', ';', '+', '&', 'dan', 'sama', 'sm', 'ama', 'karo', 'jeung', 'and', '/']);
/** Marks that part listed amounts (never "=", "x", "@": those state arithmetic). */
const LIST_MARKS = new Set([',', ';', '.', ':', '+', '&', '/', '-']);
/** Words before the count left with a seller (not sold): "nitip 30, laku 24". */
const LEFT_WORDS = new Set(['nitip', 'titip', 'dititip', 'dititipin', 'titipan', 'setor', 'bawa', 'dibawa', 'naruh', 'taruh', 'masukin']);
/** Words before the count sold. */
const SOLD_WORDS = new Set(['laku', 'terjual', 'habis', 'abis', 'payu', 'kejual', 'laris']);
/**
 * "…, 90rb per baju, sudah dibayar semua", "…, uangnya udah masuk semua": "all" after the paying, past
 * the amount, says the whole was paid — not that the one amount is for all she counted.
 */
function paidInFullWord(a: Analysis, i: number, m: NumExpr): boolean {
  const prev = a.tokens[i - 1];
  return i > m.end && isWord(prev) && (PAID_AFTER.has(prev.key) || PAID_IN.has(prev.key)) && (prev.f & F_NEG) === 0;
}
/** Money come in, before "semua": "udah masuk semua", "diterima semua". */
const PAID_IN = new Set(['masuk', 'diterima', 'nyampe', 'sampe', 'lunas', 'dilunasi']);
/** Words of paying that may close a line after its total: "300rb udah tf", "50rb lunas". */
const PAID_AFTER = new Set(['udah', 'sudah', 'sdh', 'udh', 'dah', 'su', 'so', 'tf', 'transfer', 'ditf', 'ditransfer', 'lunas', 'cash', 'tunai',
  'dibayar', 'bayar', 'byr', 'kontan', 'wis', 'wes', 'uwis', 'sampun', 'geus', 'bayarnya', 'dibayarin', 'ditransfer', 'via', 'lewat', 'qris']);
/** "sewu2", "goceng2": a slang amount said twice is that much each. */
const TWICE = '2';

interface Edit {
  drop: Uint8Array;
  before: Map<number, string>;
  after: Map<number, string>;
}

export function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.type === T_WORD;
}

/** A count: a plain whole number 1..999 that is no amount. */
export function plainCount(a: Analysis, ex: NumExpr): number | null {
  if (ex.strength !== S_PLAIN || ex.rupiah === null || ex.rupiah > 999 || !Number.isInteger(ex.rupiah)) return null;
  return ex.rupiah;
}

/** An amount of money (a scale, currency, slang or thousands separators). */
export function money(ex: NumExpr): boolean {
  return ex.strength > S_PLAIN && ex.rupiah !== null && !ex.ambiguous;
}

/** "sewu2", "goceng-an": a slang amount marked as each; the word to write after "@", or null. */
function slangEach(a: Analysis, ex: NumExpr): string | null {
  const head = a.tokens[ex.start] as Token;
  if (((head.f & F_SLANG) === 0 && (head.f2 & G_SE_SCALE) === 0) || ex.end !== ex.start + 2) return null;
  const tail = a.tokens[ex.start + 1] as Token;
  if (tail.type === T_NUM && tail.text === TWICE && tail.attached) return head.text;
  if (tail.type === T_WORD && tail.key === 'an') return head.text;
  return null;
}

function textOfRange(a: Analysis, s: number, e: number): string {
  let out = '';
  for (let i = s; i < e; i++) {
    const t = a.tokens[i] as Token;
    out += `${t.attached || out === '' ? '' : ' '}${t.text}`;
  }
  return out;
}

export function edge(t: Token | undefined): boolean {
  return t === undefined || t.type === T_NL || (t.type === T_PUNCT && t.text !== '@' && t.text !== '/');
}

/** Where an amount is said to be for one: the tokens saying so, and the unit they name (null: none). */
interface Cue {
  from: number;
  to: number;
  unit: string | null;
  /** The cue says "one" on its own ("25rb 1", "sewu2"): no clause need part it from the count. */
  alone: boolean;
}

function unitKey(t: Token | undefined): string | null {
  if (!isWord(t)) return null;
  return (t.info?.perUnit as string | undefined) ?? t.key;
}

/** Where the amount `ex` is said to be for one (the tokens beside it that say so), or null. */
function oneCue(a: Analysis, ex: NumExpr, countIdx: number, lineStart: number): Cue | null {
  const t = a.tokens;
  const prev = t[ex.start - 1];
  const next = t[ex.end];
  if (prev !== undefined && prev.type === T_PUNCT && prev.text === '@') {
    // "@60rb/bal": the unit it names
    const slash = t[ex.end]?.text === '/' && isWord(t[ex.end + 1]);
    return { from: ex.start - 1, to: slash ? ex.end + 2 : ex.end, unit: slash ? unitKey(t[ex.end + 1]) : null, alone: false };
  }
  // "10rb sebungkus", "25rb satuan", "175 rb per potong", "175rb/stel"
  // ("3rb satu", "25rb satuan": an each-word naming no unit prices one of whatever was counted.)
  if (isWord(next) && (next.f2 & G_EACH) !== 0) return { from: ex.start, to: ex.end + 1, unit: (next.info?.perUnit as string | undefined) ?? null, alone: false };
  if (isWord(next) && (next.f2 & G_PER) !== 0 && isWord(t[ex.end + 1])) return { from: ex.start, to: ex.end + 2, unit: unitKey(t[ex.end + 1]), alone: false };
  if (next !== undefined && next.type === T_PUNCT && next.text === '/' && isWord(t[ex.end + 1])) {
    return { from: ex.start, to: ex.end + 2, unit: unitKey(t[ex.end + 1]), alone: false };
  }
  // "25rb 1", "25rb satu": the price of one, at a clause's end.
  if (next !== undefined && a.numIn[ex.end] as number >= 0 && edge(t[ex.end + 1])) {
    const one = a.nums[a.numIn[ex.end] as number] as NumExpr;
    if (one.end === ex.end + 1 && plainCount(a, one) === 1) return { from: ex.start, to: ex.end + 1, unit: null, alone: true };
  }
  if (!isWord(prev) || ex.start - 1 === countIdx + 1) return null;
  // "1 bungkus 5 ribu", "1 noken 200 ribu"
  const before = ex.start - 2;
  const k = before >= lineStart ? a.numIn[before] as number : -1;
  if (k >= 0) {
    const one = a.nums[k] as NumExpr;
    if (one.end === ex.start - 1 && plainCount(a, one) === 1 && (prev.f & (F_SALE | F_EXPENSE)) === 0) {
      return { from: one.start, to: ex.end, unit: prev.key, alone: false };
    }
    return null;
  }
  // "satu pasang 150rb": the phrase lexed as one word
  const sp = prev.text.indexOf(' ');
  if (sp > 0 && ONE_WORDS.has(prev.text.slice(0, sp)) && (before < lineStart || edge(t[before]))) {
    return { from: ex.start - 1, to: ex.end, unit: unitKey(lexWord(prev.text.slice(sp + 1))), alone: false };
  }
  // "kilo 180rb", "ekor 5 ribu": a unit opening its clause
  if ((prev.f & F_UNIT) !== 0 && (before < lineStart || edge(t[before]))) return { from: ex.start - 1, to: ex.end, unit: prev.key, alone: false };
  return null;
}

/** The one word `w` as the lexer reads it (its canonical key). */
function lexWord(w: string): Token | undefined {
  return lex(w).tokens[0];
}

/** Whether a clause mark (, . ; :) stands between tokens i and j. */
export function partedBetween(a: Analysis, i: number, j: number): boolean {
  for (let x = i; x < j; x++) {
    const t = a.tokens[x] as Token;
    if (t.type === T_PUNCT && (t.text === ',' || t.text === '.' || t.text === ';' || t.text === ':')) return true;
  }
  return false;
}

/**
 * The token after which "@price" is written: the count's unit, or the goods named right after it
 * ("4 kebaya jahitan", up to two words), or the count itself.
 */
export function countEnd(a: Analysis, ex: NumExpr): number {
  // "ada 3 yg beli keripik, @25rb", "3 orang yang order keripik": buyers counted, then their verb — the goods after it are priced.
  const verb = buyersVerb(a, ex.end);
  const u = a.tokens[ex.end];
  if (verb < 0 && isWord(u) && (u.f & F_UNIT) !== 0) return ex.end;
  let at = verb >= 0 ? verb : ex.end - 1;
  for (let i = at + 1; i < at + 3; i++) {
    const w = a.tokens[i];
    if (!isWord(w) || a.numIn[i] as number >= 0 || (w.f & (F_SALE | F_EXPENSE | F_UNIT)) !== 0 || (w.f2 & (G_EACH | G_PER)) !== 0) break;
    at = i;
  }
  return at;
}

/** People counted before "yang": "3 orang yang beli". */
const BUYER_PEOPLE = new Set(['orang', 'org', 'orng', 'pembeli', 'pelanggan', 'customer', 'cust']);
/** "yang", "yg" (read as "yang"), Javanese "sing". */
const WHO_BOUGHT = new Set(['yang', 'sing']);

/** After a count at `i` ("3 yg beli", "3 orang yang order"), the buying or ordering verb's index, or -1. */
function buyersVerb(a: Analysis, i: number): number {
  let j = i;
  if (BUYER_PEOPLE.has(a.tokens[j]?.key ?? '')) j++;
  if (!WHO_BOUGHT.has(a.tokens[j]?.key ?? '')) return -1;
  const v = a.tokens[j + 1];
  return isWord(v) && ((v.f & (F_SALE | F_EXPENSE)) !== 0 || (v.f2 & G_ORDER) !== 0) ? j + 1 : -1;
}

/** "nitip 30", "nitip donat 40": a leaving word opens the count's clause (within three words). */
function leftWith(a: Analysis, ex: NumExpr, lineStart: number): boolean {
  for (let i = ex.start - 1; i >= lineStart && i >= ex.start - 3; i--) {
    const t = a.tokens[i] as Token;
    if (t.type !== T_WORD) return false;
    if (LEFT_WORDS.has(t.key)) return true;
  }
  return false;
}

function soldAt(a: Analysis, ex: NumExpr): boolean {
  return SOLD_WORDS.has(a.tokens[ex.start - 1]?.key ?? '');
}

/**
 * 1., with the consignment's count set aside: one line's rewrite into `ed` (made at the first
 * need: most lines fit no shape), or false. Numbers of the line: nums[from..to).
 */
function priceForOne(a: Analysis, s: number, e: number, from: number, to: number, ed: Edit): boolean {
  let m: NumExpr | null = null;
  for (let k = from; k < to; k++) {
    const ex = a.nums[k] as NumExpr;
    if (money(ex) || slangEach(a, ex) !== null) {
      if (m !== null) return false;
      m = ex;
    } else if (plainCount(a, ex) === null) return false;
  }
  if (m === null) return false;
  // The counts, a "1" beside the amount aside ("25rb 1", "1 bungkus 5rb": part of the price).
  let x: NumExpr | null = null;
  let y: NumExpr | null = null;
  for (let k = from; k < to; k++) {
    const ex = a.nums[k] as NumExpr;
    if (ex === m || (plainCount(a, ex) === 1 && (ex.start === m.end || ex.end === m.start - 1))) continue;
    if (x === null) x = ex;
    else if (y === null) y = ex;
    else return false;
  }
  if (x === null) return false;
  let count = x;
  let leftCount = -1;
  if (y !== null) {
    // "nitip 30, laku 24": the count sold is the one that counts.
    if (leftWith(a, x, s) && soldAt(a, y)) { count = y; leftCount = x.start; }
    else if (leftWith(a, y, s) && soldAt(a, x)) leftCount = y.start;
    else return false;
  }
  const c = count;
  if ((plainCount(a, c) ?? 0) < 2) return false;
  for (let i = s; i < e; i++) {
    const t = a.tokens[i] as Token;
    if ((t.type === T_WORD && (t.f2 & G_MULT) !== 0) || (ALL_WORDS.has(t.key) && !paidInFullWord(a, i, m))) return false;
  }
  const slang = slangEach(a, m);
  const cue: Cue | null = slang !== null ? { from: m.start, to: m.end, unit: null, alone: true } : oneCue(a, m, c.start, s);
  if (cue === null) return false;
  const at = countEnd(a, c);
  // The cue overlapping the count, or "@" right after it ("30 bungkus @5rb" is read already), needs nothing.
  if ((cue.from <= c.start && c.start < cue.to) || (cue.from === at + 1 && a.tokens[cue.from]?.text === '@')) return false;
  // Said in the same clause as the count ("2 drum 150rb perdrum"), the readers read it already.
  const first = m.start < c.start;
  if (!cue.alone && !(first ? partedBetween(a, m.end, c.start) : partedBetween(a, c.end, m.start))) return false;
  // The unit priced is the unit counted: "3 lusin …, 4rb per biji", "3 ons, 1 kg 40rb" are other units.
  const counted = isWord(a.tokens[c.end]) ? (a.tokens[c.end] as Token) : null;
  const countUnit = counted !== null && (counted.f & F_UNIT) !== 0 ? counted.key : null;
  if (cue.unit !== null && countUnit !== null && !sameUnit(cue.unit, countUnit)) return false;
  // A price said first names what is counted after it: "4.500 per pesanan, ada 6 pesanan" (not "85rb/toples, laku 3 kastengel").
  if (first && !cue.alone && (cue.unit === null || counted === null || !sameUnit(cue.unit, counted.key))) return false;
  // "telur 28rb/kg, beli gula 2kg": the price said first is the eggs', the count the sugar's —
  // other goods named on each side, so the price is no price of what was counted (asked).
  if (first && otherGoods(a, s, m.start, m.end, e, c)) return false;
  for (let i = cue.from; i < cue.to; i++) ed.drop[i] = 1;
  if (leftCount >= 0) ed.drop[leftCount] = 1;
  ed.after.set(at, `@${slang ?? textOfRange(a, m.start, m.end)}`);
  return true;
}

/** The unknown words (goods) of [from, to), numbers and `skip`'s tokens left out. */
function goodsWords(a: Analysis, from: number, to: number, skip: NumExpr | null): string {
  const out: string[] = [];
  for (let i = from; i < to; i++) {
    const t = a.tokens[i] as Token;
    if (skip !== null && i >= skip.start && i < skip.end) continue;
    if (t.type === T_WORD && t.info === null && a.marks[i] === 0 && a.numIn[i] === -1) out.push(t.key);
  }
  return out.join(' ');
}

/**
 * Whether the clause of a price said first (`s` to its end `mEnd`, its amount at `mStart`) and the
 * clause of the count after it (to `e`) name goods, and not the same ones.
 */
function otherGoods(a: Analysis, s: number, mStart: number, mEnd: number, e: number, c: NumExpr): boolean {
  let from = s;
  for (let i = mStart - 1; i >= s; i--) {
    const t = a.tokens[i] as Token;
    if (t.type === T_PUNCT && (t.text === ',' || t.text === '.' || t.text === ';')) { from = i + 1; break; }
  }
  let cut = mEnd;
  for (let i = mEnd; i < c.start; i++) {
    const t = a.tokens[i] as Token;
    if (t.type === T_PUNCT && (t.text === ',' || t.text === '.' || t.text === ';')) cut = i + 1;
  }
  const priced = goodsWords(a, from, mStart, null);
  const counted = goodsWords(a, cut, e, c);
  return priced !== '' && counted !== '' && priced !== counted;
}

/** Words naming the price before it: "harga kilo 180rb", "harganya 180rb", Javanese "regane". */
const PRICE_WORDS = new Set(['harga', 'harganya', 'hrg', 'hrgnya', 'rega', 'regane', 'regone']);

/** Flags of a word that reads the amount before it as money of its own kind (a cost, a debt, a plan…). */
const OWN_KIND = F_SALE | F_EXPENSE | F_NEG | F_FUTURE | F_PROFIT | F_REPAY | F_QUESTION | F_TOTAL | F_PRICE;
const OWN_KIND2 = G_LOAN | G_WITHDRAW | G_CAPITAL | G_HOUSEHOLD | G_CREDIT | G_PERCENT | G_MULT | G_EACH | G_PER;
/** Unflagged words that make the amount before them other money: change, a remainder, a discount. */
const OTHER_MONEY = new Set(['sisa', 'sisanya', 'kembalian', 'kembali', 'diskon', 'potongan', 'dp', 'kurang', 'lebih', 'tip', 'modal']);

/**
 * What may close the clause of a restated total (tokens [i, e)): nothing, its paying and where it
 * went ("300rb udah tf ke agen"), or when `same` (count × price is that amount) any words naming
 * no money of their own ("300rb buat stok"); when not the same only known fillers and days
 * ("250rb tadi": then asked as a mismatch). A clause break with more after it ends the look
 * ("…, 50rb, beli gula 20rb", "…, 50rb, 20rb"). Never a negation ("belum bayar" is owed), a verb
 * or kind word, or a number.
 */
export function restatedTail(a: Analysis, i: number, e: number, same: boolean, ed: Edit | null): boolean {
  let paid = false;
  for (; i < e; i++) {
    const u = a.tokens[i] as Token;
    if (u.type === T_PUNCT && (u.text === ',' || u.text === '.' || u.text === ';')) {
      const v = a.tokens[i + 1];
      if (isWord(v) || (v !== undefined && a.numIn[i + 1] as number >= 0)) return true;
    }
    if (u.type !== T_WORD || a.numIn[i] as number >= 0) return false;
    if (PAID_AFTER.has(u.key) && (u.f & F_NEG) === 0) paid = true;
    else if ((u.f & OWN_KIND) !== 0 || (u.f2 & OWN_KIND2) !== 0 || OTHER_MONEY.has(u.key)) return false;
    else if (!paid && !same && (u.f & (F_FILLER | F_DATE)) === 0) return false;
    // The paying and where it went name no goods ("udah tf ke agen" is no item).
    if (paid && ed !== null) ed.drop[i] = 1;
  }
  return true;
}

/**
 * 5.: "laku 5 bungkus @10rb, 50rb", "beli 2 karung 150rb per karung, 300rb udah tf ke agen": a count
 * priced each, then one bare amount closing its clause — what they came to, said as a check
 * ("= 50rb"), never a second entry of its own (a different sum is then asked: total_mismatch).
 * The three numbers nums[from..from+3) of a line [s, e).
 */
function totalAfterEach(a: Analysis, s: number, e: number, from: number, ed: Edit): boolean {
  const [c, m, t] = [a.nums[from], a.nums[from + 1], a.nums[from + 2]] as [NumExpr, NumExpr, NumExpr];
  if ((plainCount(a, c) ?? 0) < 2 || !money(m) || !money(t) || m.start < c.end || t.start === m.end) return false;
  const at = a.tokens[m.start - 1]?.text === '@';
  const cue = at ? null : oneCue(a, m, c.start, s);
  if (!at && (cue === null || cue.alone || cue.from < c.end || cue.to > t.start)) return false;
  if (cue !== null) {
    const counted = a.tokens[c.end];
    const countUnit = isWord(counted) && (counted.f & F_UNIT) !== 0 ? counted.key : null;
    if (cue.unit !== null && countUnit !== null && !sameUnit(cue.unit, countUnit)) return false;
    if (countEnd(a, c) + 1 !== cue.from && !partedBetween(a, c.end, cue.from)) return false;
  }
  // Only a comma between the price and the amount; after the amount its paying, or another clause.
  const gap = cue === null ? m.end : cue.to;
  const same = (plainCount(a, c) as number) * (m.rupiah as number) === t.rupiah;
  if (gap === t.start || !restatedTail(a, t.end, e, same, null)) return false;
  for (let i = gap; i < t.start; i++) {
    const u = a.tokens[i] as Token;
    if (u.type !== T_PUNCT || (u.text !== ',' && u.text !== ';')) return false;
  }
  for (let i = gap; i < t.start; i++) ed.drop[i] = 1;
  if (cue !== null) {
    for (let i = cue.from; i < cue.to; i++) ed.drop[i] = 1;
    ed.after.set(countEnd(a, c), `@${textOfRange(a, m.start, m.end)}`);
  }
  ed.before.set(t.start, '=');
  restatedTail(a, t.end, e, same, ed);
  return true;
}

/**
 * 5. the other way round: "laku 3 kg 540rb, kilo 180rb": the count's total, then the price of one in
 * a clause of its own — the same sale said twice, read as "3 kg @180rb 540rb" (a check; a different
 * sum is asked), never a second sale of 180rb.
 */
function eachAfterTotal(a: Analysis, s: number, from: number, ed: Edit): boolean {
  const [c, t, m] = [a.nums[from], a.nums[from + 1], a.nums[from + 2]] as [NumExpr, NumExpr, NumExpr];
  if ((plainCount(a, c) ?? 0) < 2 || !money(t) || !money(m)) return false;
  const at = countEnd(a, c);
  // Parted by a mark ("540rb, kilo 180rb"), or not and then only the same sum ("540rb kilo 180rb").
  const parted = partedBetween(a, t.end, m.start);
  if (t.start !== at + 1 || (!parted && (plainCount(a, c) as number) * (m.rupiah as number) !== t.rupiah)) return false;
  // The total is one ("35rb/ekor" is a price each).
  const afterTotal = a.tokens[t.end];
  if (isWord(afterTotal) && (afterTotal.f2 & (G_EACH | G_PER)) !== 0) return false;
  // Its price may be named first: "harga kilo 180rb", "harganya 180rb", "per kilo 180rb", "@180rb".
  let open = t.end;
  while (open < m.start && (a.tokens[open] as Token).type === T_PUNCT && (a.tokens[open] as Token).text !== '/') open++;
  let named = open;
  while (named < m.start && PRICE_WORDS.has((a.tokens[named] as Token).key)) named++;
  const cue = namedPrice(a, named, m, named > open, !parted) ?? (parted ? oneCue(a, m, c.start, s) : null);
  if (cue === null || cue.alone || cue.from < t.end) return false;
  // Between the total and its price only marks and price words ("ongkos potong 4rb/ekor" is a cost).
  for (let i = t.end; i < cue.from; i++) {
    const u = a.tokens[i] as Token;
    if (i < open ? u.type !== T_PUNCT || u.text === '/' : !PRICE_WORDS.has(u.key)) return false;
  }
  if (!edge(a.tokens[cue.to])) return false;
  const counted = a.tokens[c.end];
  const countUnit = isWord(counted) && (counted.f & F_UNIT) !== 0 ? counted.key : null;
  if (cue.unit !== null && countUnit !== null && !sameUnit(cue.unit, countUnit)) return false;
  for (let i = open; i < cue.to; i++) ed.drop[i] = 1;
  ed.after.set(at, `@${textOfRange(a, m.start, m.end)}`);
  return true;
}

/**
 * A price of one opening a clause at token i, not read by oneCue: "@180rb", "per kilo 180rb",
 * "sekilo 180rb", after a price word the amount alone ("harga 180rb") or the unit ("harga kilo
 * 180rb"); `unitAlone`: the unit with no word before it, right after the total ("540rb kilo 180rb").
 * Null when none.
 */
function namedPrice(a: Analysis, i: number, m: NumExpr, priceWord: boolean, unitAlone: boolean): Cue | null {
  const t = a.tokens;
  if (i === m.start) return priceWord && edge(t[m.end]) ? { from: i, to: m.end, unit: null, alone: false } : null;
  const w = t[i] as Token;
  if (w.type === T_PUNCT && w.text === '@' && i + 1 === m.start) return { from: i, to: m.end, unit: null, alone: false };
  if (!isWord(w)) return null;
  if ((w.f2 & G_PER) !== 0 && i + 2 === m.start && isWord(t[i + 1]) && ((t[i + 1] as Token).f & F_UNIT) !== 0) {
    return { from: i, to: m.end, unit: unitKey(t[i + 1]), alone: false };
  }
  if (i + 1 === m.start && ((w.f2 & G_EACH) !== 0 || ((priceWord || unitAlone) && (w.f & F_UNIT) !== 0))) return { from: i, to: m.end, unit: unitKey(w), alone: false };
  return null;
}

/**
 * 5. with no word saying "each": "laku 5 bungkus 10rb, 50rb", "laku 3 kg 540rb, 180rb", "beli 2 karung
 * 300rb, 150rb lunas": a count, an amount right after it, a comma and an amount alone — when count ×
 * the smaller is the larger, the same entry said twice (price and total), read as "N unit @price =
 * total". Any other pair is left as written (a list of two amounts, as "laku 50rb, 20rb").
 */
function bareRestated(a: Analysis, e: number, from: number, ed: Edit): boolean {
  const [c, x, y] = [a.nums[from], a.nums[from + 1], a.nums[from + 2]] as [NumExpr, NumExpr, NumExpr];
  const n = plainCount(a, c) ?? 0;
  if (n < 2 || !money(x) || !money(y)) return false;
  const [lo, hi] = (x.rupiah as number) < (y.rupiah as number) ? [x, y] : [y, x];
  if (n * (lo.rupiah as number) !== hi.rupiah) return false;
  const at = countEnd(a, c);
  if (x.start !== at + 1 || y.start === x.end) return false;
  for (let i = x.end; i < y.start; i++) {
    const u = a.tokens[i] as Token;
    if (u.type !== T_PUNCT || (u.text !== ',' && u.text !== ';')) return false;
  }
  // Nothing after either amount says "each" ("10rb/bungkus" is read elsewhere).
  for (const ex of [x, y]) {
    const w = a.tokens[ex.end];
    if (isWord(w) && (w.f2 & (G_EACH | G_PER)) !== 0) return false;
    if (w !== undefined && w.type === T_PUNCT && w.text === '/') return false;
  }
  if (!restatedTail(a, y.end, e, true, null)) return false;
  for (let i = x.start; i < y.start; i++) ed.drop[i] = 1;
  if (lo === x) {
    ed.after.set(at, `@${textOfRange(a, x.start, x.end)}`);
    ed.before.set(y.start, '=');
  } else {
    for (let i = y.start; i < y.end; i++) ed.drop[i] = 1;
    ed.after.set(at, `@${textOfRange(a, y.start, y.end)} ${textOfRange(a, x.start, x.end)}`);
  }
  restatedTail(a, y.end, e, true, ed);
  return true;
}

/** "yg besar", "yang kecil": a describer right after "yg" names one piece (piece-words.ts). */
function describedPiece(a: Analysis, x: number): boolean {
  const t = a.tokens[x] as Token;
  return t.type === T_WORD && DESCRIBERS.has(t.key) && WHICH.has(a.tokens[x - 1]?.key ?? '');
}

/** Whether tokens [i, j) only join listed amounts or name one piece in turn. */
export function between(a: Analysis, i: number, j: number, ed: Edit | null): boolean {
  for (let x = i; x < j; x++) {
    const t = a.tokens[x] as Token;
    if (t.type === T_NL) return false;
    if (JOINERS.has(t.text) || JOINERS.has(t.key) || ONE_OF_WORDS.has(t.key) || ONE_OF_WORDS.has(t.text) || (t.type === T_PUNCT && LIST_MARKS.has(t.text)) ||
      describedPiece(a, x)) {
      if (ed !== null && t.type === T_WORD && !JOINERS.has(t.text)) ed.drop[x] = 1;
      continue;
    }
    const k = a.numIn[x] as number;
    if (k >= 0 && plainCount(a, a.nums[k] as NumExpr) === 1) {
      if (ed !== null) ed.drop[x] = 1;
      continue;
    }
    return false;
  }
  return true;
}

/**
 * 3. and 4.: a count of N (2..9) followed by exactly N amounts listed one after another, and no
 * other number in the message; or "N …, N x 38rb". The count goes: each amount is one of them.
 */
function countedList(a: Analysis, ed: Edit, plainLists: boolean): boolean {
  const first = a.nums[0] as NumExpr;
  const n = plainCount(a, first);
  if (n === null || n < 2 || n > 9) return false;
  // The count opens the numbers; what follows is money (a "1" naming a piece aside).
  const amounts: NumExpr[] = [];
  for (let k = 1; k < a.nums.length; k++) {
    const ex = a.nums[k] as NumExpr;
    // "2 lembar, satunya 350rb satunya lagi 400rb, ongkir 20rb": once each piece has its amount, a new
    // clause after a comma (not one naming a piece) is the message's own, left as written.
    if (!plainLists && amounts.length === n && newClause(a, (amounts[n - 1] as NumExpr).end)) break;
    if (money(ex)) amounts.push(ex);
    else if (plainCount(a, ex) === n && k === 1 && isWord(a.tokens[ex.end]) && ((a.tokens[ex.end] as Token).f2 & G_MULT) !== 0 &&
      a.nums.length === 3 && money(a.nums[2] as NumExpr) && (a.nums[2] as NumExpr).start === ex.end + 1) {
      // "4 paket …, 4 x 38rb": the count said again as the product's.
      if (!plainLists) return false;
      ed.drop[first.start] = 1;
      return true;
    } else if (plainCount(a, ex) !== 1) return false;
  }
  if (amounts.length !== n) return false;
  for (let j = 1; j < amounts.length; j++) {
    if (!between(a, (amounts[j - 1] as NumExpr).end, (amounts[j] as NumExpr).start, null)) return false;
  }
  // Before the first amount, back to the clause's start, only piece-naming words may stand.
  let open = (amounts[0] as NumExpr).start;
  while (open > first.end && (a.tokens[open - 1]?.type === T_WORD || a.numIn[open - 1] as number >= 0) &&
    (ONE_OF_WORDS.has((a.tokens[open - 1] as Token).key) || ONE_OF_WORDS.has((a.tokens[open - 1] as Token).text) || describedPiece(a, open - 1) ||
      (a.numIn[open - 1] as number >= 0 && plainCount(a, a.nums[a.numIn[open - 1] as number] as NumExpr) === 1))) open--;
  // After the last: a clause's end.
  const last = amounts[amounts.length - 1] as NumExpr;
  const tail = a.tokens[last.end];
  if (!(tail === undefined || tail.type === T_NL || tail.type === T_PUNCT || (tail.f & (F_SALE | F_EXPENSE)) !== 0 || tail.key === 'udah' ||
    tail.key === 'sudah' || tail.key === 'semua')) return false;
  between(a, open, (amounts[0] as NumExpr).start, ed);
  for (let j = 1; j < amounts.length; j++) {
    const from = (amounts[j - 1] as NumExpr).end;
    const to = (amounts[j] as NumExpr).start;
    between(a, from, to, ed);
    // "150rb yang lain 175rb": with the words gone, a comma keeps the amounts apart.
    let kept = false;
    for (let i = from; i < to; i++) if (ed.drop[i] === 0) kept = true;
    if (!kept) ed.before.set(to, ',');
  }
  // Amounts naming each piece in turn ("satu …, satu lagi …") say so themselves; a bare list is
  // only read so when the message read as written was doubtful (plainLists).
  let marked = false;
  for (let i = open; i < last.end; i++) if (ed.drop[i] === 1) marked = true;
  if (marked === plainLists) {
    ed.drop.fill(0);
    ed.before.clear();
    return false;
  }
  if (plainLists) {
    ed.drop[first.start] = 1;
    return true;
  }
  // "2 lembar, yg satu 350rb yg satu lagi 400rb": each piece at its own price is its own entry —
  // said as "1 lembar @350.000, 1 lembar @400.000", the goods' unit or name said again for each.
  const named = [countedWords(a, first.end, open), goodsBefore(a, first.start)].filter((w) => w !== '').join(' ');
  ed.drop.fill(0);
  ed.before.clear();
  ed.drop[first.start] = 1;
  ed.before.set(first.start, '1');
  ed.drop.fill(1, open, last.end);
  // ("laku ulos 2, yang satu …": the comma before the first price goes, or "1," is read as Rp1.)
  for (let i = first.end; i < open; i++) if ((a.tokens[i] as Token).type === T_PUNCT) ed.drop[i] = 1;
  ed.before.set(open, amounts.map((m, j) => `${j === 0 ? '' : `, 1${named === '' ? '' : ` ${named}`} `}@${dotted(m.rupiah as number)}`).join(''));
  return true;
}

/** The goods' own words in the count's clause before it ("batik tulis" of "laku batik tulis 2 lembar", "ulos" of "tadi ulos laku 2"). */
function goodsBefore(a: Analysis, at: number): string {
  const out: string[] = [];
  for (let i = at - 1; i >= 0 && out.length < 4; i--) {
    const t = a.tokens[i] as Token;
    if (t.type === T_NL || t.type === T_PUNCT || t.type === T_NUM) break;
    if (t.type === T_WORD && t.info === null) out.unshift(t.text);
  }
  return out.join(' ');
}

/**
 * The unit or goods' words right after the count, up to a comma or the one-words ("lembar" of "2
 * lembar, satu …", "kue tart" of "2 kue tart, satu …"): said again for each piece. At most three.
 */
function countedWords(a: Analysis, from: number, to: number): string {
  const out: string[] = [];
  for (let i = from; i < to && out.length < 3; i++) {
    const t = a.tokens[i] as Token;
    if (t.type !== T_WORD || (t.info !== null && (t.f & F_UNIT) === 0)) break;
    out.push(t.text);
  }
  return out.join(' ');
}

/** At token i a comma or a line break, then a word that names no piece: another clause starts. */
function newClause(a: Analysis, i: number): boolean {
  const t = a.tokens[i];
  const w = a.tokens[i + 1];
  return t !== undefined && (t.type === T_NL || (t.type === T_PUNCT && (t.text === ',' || t.text === '.' || t.text === ';'))) &&
    isWord(w) && !ONE_OF_WORDS.has(w.key) && !ONE_OF_WORDS.has(w.text) && !DESCRIBERS.has(w.key);
}

/** 775000 as "775.000": thousands marked, so the readers take it as money. */
function dotted(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** 2.: "60.000 dua-duanya": a reduplicated count word with "-nya" after the one amount says "for all". */
function allOfThem(a: Analysis, ed: Edit): boolean {
  if (a.nums.length !== 2) return false;
  const [c, m] = a.nums as [NumExpr, NumExpr];
  if ((plainCount(a, c) ?? 0) < 2 || !money(m)) return false;
  const w = a.tokens[m.end];
  if (!isWord(w) || !/^([a-z]+)-\1nya$/.test(w.text)) return false;
  ed.drop[m.end] = 1;
  ed.before.set(m.start, 'total');
  return true;
}

/** Whether some line holds exactly one amount and at least one plain number (1.'s shape), without allocating. */
function oneAmountLine(a: Analysis): boolean {
  let line = 0;
  let amounts = 0;
  let plains = 0;
  let k = 0;
  for (let i = 0; i <= a.tokens.length; i++) {
    const t = a.tokens[i];
    if (t === undefined || t.type === T_NL) {
      if (amounts === 1 && plains >= 1) return true;
      amounts = 0;
      plains = 0;
      line = i + 1;
      continue;
    }
    const ex = a.nums[k];
    if (ex !== undefined && ex.start === i) {
      if (ex.strength === S_PLAIN) plains++;
      else amounts++;
      k++;
    }
  }
  return line < 0;
}

/**
 * The message said in the readers' shapes, or null when no shape above fits. `plainLists`: only
 * a count matched by as many amounts with nothing naming each (4.), tried when the message as
 * written was read doubtfully.
 */
export function unitPriceShape(a: Analysis, plainLists = false): string | null {
  const n = a.nums.length;
  if (n < 2 || n > 8) return null;
  let plain = false;
  let paid = false;
  for (const ex of a.nums) {
    if (ex.strength === S_PLAIN) plain = true;
    else paid = true;
  }
  if (!plain || !paid) return null;
  // The count opens the numbers (2., 3., 4.), or some line holds one amount beside a count (1.).
  const first = a.nums[0] as NumExpr;
  const opens = first.strength === S_PLAIN && (plainCount(a, first) ?? 0) >= 2;
  // 4. needs as many amounts as the count, or "N x <amount>" (three numbers).
  if (plainLists && (!opens || (n - 1 < (plainCount(a, first) as number) && n !== 3))) return null;
  // 5. needs a count then two amounts, anywhere: "beli gula 20rb, laku 5 bungkus @10rb, 50rb",
  // "beli gula 20rb\nlaku 3 kg 540rb, kilo 180rb".
  let restated = false;
  for (let k = 0; k + 2 < n && !restated; k++) {
    restated = (a.nums[k] as NumExpr).strength === S_PLAIN && money(a.nums[k + 1] as NumExpr) && money(a.nums[k + 2] as NumExpr);
  }
  if (!opens && !restated && !oneAmountLine(a)) return null;
  const ed: Edit = { drop: new Uint8Array(a.tokens.length), before: new Map(), after: new Map() };
  let changed = plainLists ? countedList(a, ed, true) : allOfThem(a, ed) || countedList(a, ed, false);
  if (!changed && !plainLists) {
    let s = 0;
    let k = 0;
    while (s < a.tokens.length) {
      let e = s;
      while (e < a.tokens.length && (a.tokens[e] as Token).type !== T_NL) e++;
      const from = k;
      while (k < n && (a.nums[k] as NumExpr).end <= e) k++;
      if (k - from >= 2 && priceForOne(a, s, e, from, k, ed)) changed = true;
            else {
        // Any three numbers in a row of the line: "laku 3 kg 540rb, kilo 180rb, sisa 2 kg".
        for (let q = from; q + 2 < k; q++) {
          if (totalAfterEach(a, s, e, q, ed) || eachAfterTotal(a, s, q, ed) || bareRestated(a, e, q, ed)) { changed = true; q += 2; }
        }
      }
      s = e + 1;
    }
  }
  if (!changed) return null;
  let out = '';
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    const pre = ed.before.get(i);
    if (pre !== undefined) out += `${out === '' || out.endsWith('\n') || pre === ',' ? '' : ' '}${pre}`;
    if (t.type === T_NL) out += '\n';
    else if (ed.drop[i] === 0) out += `${(t.attached && ed.drop[i - 1] === 0) || out === '' || out.endsWith('\n') ? '' : ' '}${t.text}`;
    const post = ed.after.get(i);
    if (post !== undefined) out += ` ${post}`;
  }
  return out;
}

/**
 * Talk about what things cost is not money spent or earned (issue 15). "harga cabe di pajak
 * skrg 80rb sekilo, mahal kali", "cabe skrg 80k/kg mahal bgt", "regane lombok saiki 80 ewu
 * sekilo", "harga telur naik 30rb/kg": a member remarking on the market's prices. No reader
 * knows that the whole message is a remark (a bare amount with a good is read as a purchase,
 * "pajak" as a tax, "harga … sekilo" as a line of the group's price list), so this guard sits
 * at the end of the chain (index.ts): such a message is chatter with the note 'price_talk',
 * never a record and never a group price.
 *
 * Price talk is all of:
 * - a price stated: an amount for one unit ("80rb sekilo", "30rb/kg", "5rb satu ikat", "80k
 *   per kilo") or after a price word ("harga", "regane", "price");
 * - a word of talk: now ("skrg", "saiki", "ayeuna", "kini"), a move ("naik", "turun", "went
 *   up"), a judgement ("mahal", "murah", "larang", "maha", "expensive"), a market or a shop
 *   elsewhere ("di pasar", "di pajak", "di toko sebelah") or hearsay ("katanya");
 * - no event of hers: no verb of buying, selling, paying, taking or putting in ("beli cabe
 *   80rb sekilo", "harga jual bros 15rb laku 4", "harga modal 40rb, jual 50rb" keep their
 *   readings), no count she bought ("cabe 2 kilo 160rb, mahal skrg"), no day it happened
 *   ("tadi", "kemarin", a date), and all its amounts on one line (a day sheet of her
 *   purchases, "cabe sekilo 80rb / bawang 20rb", keeps its reading).
 * A named bill or cost ("tagihan", "listrik", "sewa", "biaya") needs neither when it rose or she
 * wonders at it: "tagihan air naik jadi 80rb", "listrik kok 300rb" are talk when nothing says she paid.
 * "/harga emping 80rb/kg" is a command: the caller never asks this guard about it.
 */
import type { Analysis } from './analyze.ts';
import type { NumExpr } from './amount.ts';
import { C_PARTIAL } from './confidence.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import type { ParseResult } from './types.ts';
import { textOf } from './per-day.ts';
import { F_EXPENSE, F_ITEMISH, F_PRICE, F_REPAY, F_SALE, F_UNIT, G_CAPITAL, G_CREDIT, G_EACH, G_HALF, G_ORDER, G_PER, G_WITHDRAW } from './word-roles.ts';

/** Now, as against what she did: Indonesian, Javanese, Sundanese, Malay, English. */
const NOW = ['skrg', 'sekarang', 'skg', 'skrng', 'skrang', 'sekarng', 'kini', 'saiki', 'siki', 'saiki', 'ayeuna', 'kiwari', 'now',
  'nowadays', 'lately'];
/** Prices moving. */
const MOVES = ['naik', 'naek', 'naiknya', 'turun', 'turunnya', 'mundhak', 'munggah', 'mudhun', 'mudun', 'melonjak', 'anjlok', 'meroket',
  'merosot', 'melambung', 'went', 'rose', 'risen', 'dropped', 'increased', 'gone'];
/** A judgement of the price: Indonesian, Javanese (larang, awis, mirah), Minang (maha), Balinese (mael), slang. */
const JUDGED = ['mahal', 'mahalnya', 'kemahalan', 'mahel', 'mehong', 'murah', 'murahnya', 'kemurahan', 'larang', 'larange', 'awis',
  'mirah', 'maha', 'mael', 'expensive', 'pricey', 'cheap'];
/** A market or a shop elsewhere ("pajak" and "pasa": the market in Medan and in Minang). */
const PLACES = ['pasar', 'pasa', 'peken', 'market', 'sebelah', 'supermarket', 'minimarket', 'indomaret', 'alfamart'];
/** Hearsay (not-fact.ts reads it too; here it only marks the message as talk). */
const HEARSAY = ['katanya', 'ktnya', 'katane', 'jarene', 'cenah', 'ceunah', 'infonya', 'kabarnya'];
/** "di pajak", "ke pajak": the Medan market; "pajak 80rb" alone is a tax. */
const AT = new Set(['di', 'ke', 'dari', 'dr', 'neng', 'nang', 'ning', 'ka', 'nak']);
const NOW_WORDS = new Set(NOW);
const TALK = new Set([...NOW, ...MOVES, ...JUDGED, ...PLACES, ...HEARSAY]);
/**
 * Words that make a named bill or cost talk even with no price word or unit: it rose ("tagihan air naik
 * jadi 80rb") or she wonders at it ("tagihan pdam kok 90rb"). Dear alone is not enough: "ongkir 20rb,
 * mahal" is a cost she paid and remarks on (the remark is left over, the expense kept).
 */
const MOVE_SET = new Set(MOVES);
const BILL_TALK = new Set([...MOVES, 'kok', 'koq']);
const T_TALK = trigger(TALK, ['pajak', 'kok', 'koq']);
/** A day it happened: then it is what she did, read as today. */
const DONE_DAY = new Set(['tadi', 'td', 'barusan', 'kemarin', 'kemaren', 'wingi', 'kamari', 'semalam']);

/** Buying words the lexicon leaves without a kind ("borong cabe murah 60rb sekilo": she bought up). */
const BOUGHT = new Set(['borong', 'ngeborong', 'borongan', 'diborong', 'kuborong', 'nyetok', 'stok', 'stock', 'restock', 'restok',
  // Filling up and renting, also left without a kind: "isi bensin 2 liter", "nyewa kios".
  'isi', 'diisi', 'nyewa']);
/** Cost nouns the lexicon reads as expense cues without F_ITEMISH: "biaya listrik naik jadi 150rb sebulan". */
const COST_NOUNS = new Set(['biaya', 'biayanya']);

const EVENT = F_SALE | F_EXPENSE | F_REPAY;
const EVENT2 = G_WITHDRAW | G_CAPITAL | G_ORDER | G_CREDIT;

/**
 * A word of something she did: a verb of selling, buying, paying, taking or putting in. A cost
 * noun ("bensin", "listrik", "ongkir", "sewa": F_ITEMISH, the lexicon's expense cues that also
 * name the item) is what the price is OF, no event: "bensin naik jadi 10rb seliter" is talk,
 * while "isi bensin 20rb", "bayar listrik 100rb" keep their verbs, and "bensin 20rb" has no word
 * of talk.
 */
function herEvent(t: Token): boolean {
  if ((t.f2 & EVENT2) !== 0 || BOUGHT.has(t.key)) return true;
  return (t.f & EVENT) !== 0 && (t.f & F_ITEMISH) === 0 && !COST_NOUNS.has(t.key);
}

/** "di pajak": the market, at i. */
function marketAt(tokens: readonly Token[], i: number): boolean {
  return (tokens[i] as Token).key === 'pajak' && AT.has(tokens[i - 1]?.key ?? '');
}

/** A bill's rate: "listrik naik 20rb sebulan" (a month's price, as "sekilo" is a kilo's). */
const RATES = new Set(['sebulan', 'sebulannya', 'sebln', 'perbulan', 'perbln', 'setahun', 'pertahun']);

/**
 * The amount ends on one unit: "80rb sekilo", "30rb/kg", "80k per kilo", "30k a kilo"; or on a
 * month or a year where a bill is named (`billed`): "listrik naik 20rb sebulan" ("omzetnya 5jt
 * sebulan" is no price).
 */
function perUnit(tokens: readonly Token[], ex: NumExpr, billed: boolean): boolean {
  const next = tokens[ex.end];
  if (next === undefined) return false;
  if (next.type === T_WORD && ((next.f2 & G_EACH) !== 0 || (billed && RATES.has(next.key)))) return true;
  const unit = tokens[ex.end + 1];
  const per = (next.type === T_PUNCT && next.text === '/') || (next.type === T_WORD && (next.f2 & G_PER) !== 0);
  return per && unit !== undefined && unit.type === T_WORD;
}

/** Whether tokens [s, e) only talk about what something costs (see the file comment). */
function talkIn(a: Analysis, s: number, e: number): boolean {
  const { tokens } = a;
  // A day it happened ("tgl 5", "kemarin", "hari ini"), other than "now" itself ("skrg" is read as today).
  if (a.dates.some((d) => d.start >= s && d.start < e && (d.end - d.start !== 1 || !NOW_WORDS.has((tokens[d.start] as Token).key)))) return false;
  const money = a.nums.filter((x) => x.start >= s && x.start < e && x.rupiah !== null && x.rupiah >= 1000);
  if (money.length === 0) return false;
  let talk = false;
  let priceWord = false;
  let billed = false;
  let billTalk = false;
  for (let i = s; i < e; i++) {
    const t = tokens[i] as Token;
    // A count she bought: "2 kilo", "setengah kilo" (a unit right after a number that is no price).
    if (t.type === T_WORD && (t.f & F_UNIT) !== 0) {
      const prev = tokens[i - 1];
      const k = a.numIn[i - 1] ?? -1;
      const counted = k >= 0 && !money.includes(a.nums[k] as NumExpr);
      if (prev !== undefined && (counted || (prev.type === T_WORD && (prev.f2 & G_HALF) !== 0))) return false;
    }
    if (t.type !== T_WORD) continue;
    if (DONE_DAY.has(t.key)) return false;
    const market = marketAt(tokens, i);
    if (!market && herEvent(t)) return false;
    if (market || TALK.has(t.key)) talk = true;
    if ((t.f & F_PRICE) !== 0) priceWord = true;
    if ((t.f & F_ITEMISH) !== 0 || COST_NOUNS.has(t.key)) billed = true;
    // (A move only after the bill: "naik ojek 15rb" is a ride, "listrik naik" a rise.)
    if (BILL_TALK.has(t.key) && (billed || !MOVE_SET.has(t.key))) billTalk = true;
  }
  if (!talk && !billTalk) return false;
  // All its amounts on one line: a sheet of lines is her day, not a remark.
  const first = (money[0] as NumExpr).start;
  for (let i = first; i < (money[money.length - 1] as NumExpr).start; i++) if ((tokens[i] as Token).type === T_NL) return false;
  // "tagihan air naik jadi 80rb, mahal banget": a bill remarked on, with no verb of paying it.
  return priceWord || (billed && billTalk) || money.some((ex) => perUnit(tokens, ex, billed));
}

/** Whether the message only talks about what something costs (see the file comment). */
export function priceTalk(a: Analysis): boolean {
  return present(a, T_TALK) && talkIn(a, 0, a.tokens.length);
}

/** Punctuation that ends a sentence of her message (a comma does not: "telor mahal, 30rb sekilo" is one remark). */
function endsSentence(t: Token): boolean {
  return t.type === T_PUNCT && (t.text === '.' || t.text === '!' || t.text === ';');
}

/**
 * "telor skrg mahal, 30rb sekilo. laku 20 porsi 200rb": a remark on prices beside her own
 * event, each a sentence of its own on one line. The message without its talk sentences, to be
 * read again; null when no sentence is talk, or no other sentence holds money and a word of her
 * event (then the whole message is judged as ever: priceTalk). A line break is no sentence end
 * here: a sheet of lines is her day (priceTalk).
 */
export function withoutTalk(a: Analysis): string | null {
  if (!present(a, T_TALK)) return null;
  const { tokens } = a;
  let talked = false;
  let event = false;
  const skip = new Uint8Array(tokens.length);
  for (let s = 0; s < tokens.length;) {
    let e = s;
    while (e < tokens.length && !endsSentence(tokens[e] as Token)) e++;
    if (s > 0 || e < tokens.length) {
      if (talkIn(a, s, e)) {
        talked = true;
        for (let i = s; i <= e && i < tokens.length; i++) skip[i] = 1;
      } else if (a.nums.some((x) => x.start >= s && x.start < e && x.rupiah !== null) &&
        tokens.slice(s, e).some((t) => t.type === T_WORD && herEvent(t))) event = true;
    }
    s = e + 1;
  }
  if (!talked || !event) return null;
  return textOf(tokens, 0, tokens.length, (i) => skip[i] === 1).trim();
}

// Without these words it reads nothing (its first test): its caller does not call it (guard-lists.ts says why).
withoutTalk.words = T_TALK;

/** Results that would change her books or the group's price list. */
const GUARDED = new Set<ParseResult['intent']>(['record', 'repayment', 'payment_received', 'set_price']);

/**
 * The result as chatter with the note 'price_talk' when the message is talk about prices
 * (an unknown with a note of its own keeps it); any other result unchanged.
 */
export function guardPriceTalk(a: Analysis, r: ParseResult): ParseResult {
  if (!(GUARDED.has(r.intent) || (r.intent === 'unknown' && (r.notes ?? []).length === 0))) return r;
  if (!priceTalk(a)) return r;
  return { intent: 'unknown', confidence: C_PARTIAL, notes: ['price_talk'] };
}

// Without these words it returns its reading unchanged (priceTalk opens on them): applyGuards skips it (guard-lists.ts).
guardPriceTalk.words = T_TALK;

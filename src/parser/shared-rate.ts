/**
 * One price for several counts, and a price that cannot be a line total (docs/PARSING.md,
 * "One rate for several counts"). Each shape is said again in the one the readers already
 * price as count × price ("N unit @X"), so every later guard still judges it:
 *
 * 1. one rate closing or opening counted lines: "bu ani 3kg\nbu rina 5 kg\nsemua @7rb",
 *    "@7rb: bu ani 3kg, bu rina 5kg", "kmrn laku 10, hari ini 15, @8rb" → each count gets
 *    "@7rb" and the rate's own clause goes. Only when the rate is marked as a price (`@`, `/kg`,
 *    `per`, an each-word, `harga`), every other clause with a number holds one plain count and no
 *    money, the counts' units agree with the rate's, and every count × rate is whole rupiah.
 * 2. a bare price after a count that, read as the total (the house rule), leaves a piece under
 *    the floor no goods of hers sell for (FLOOR, Rp500): "mie ayam laku 35 mangkok, 12rb" →
 *    "… 35 mangkok @12rb". Only for a strong sale verb, one count and one amount written as money,
 *    goods whose class the price lists know (or a serving unit), and a price each itself above
 *    the floor, and a count × price within one line of small goods ("laku kue 300 biji 100rb" is no
 *    Rp30.000.000 of cakes). Anything else is left as written (asked by goods-price.ts's `cheap_each`).
 * 3. a rate restated beside a total: "laku 3 kg 540rb, ons 18rb" (30 ons × 18.000 = 540.000):
 *    agreeing, the rate clause goes (one sale); disagreeing, `rateDisagrees` asks.
 */
import type { Analysis } from './analyze.ts';
import { S_MONEY, S_PLAIN, type NumExpr } from './amount.ts';
import { implausibleCountedLot, isSmallGoods, isSnackItem, pieceFloor, STAPLE_WORDS } from './goods-price.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { lookupWord } from './lexicon.ts';
import { isServiceWord } from './service-work.ts';
import {
  F_DATE, F_EXPENSE, F_FILLER, F_FUTURE, F_NEG, F_PRICE, F_PROFIT, F_QUESTION, F_SALE, F_TOTAL, F_UNIT, F_WEAK, G_CAPITAL, G_CREDIT, G_EACH,
  G_HONORIFIC, G_PER, G_PERCENT,
} from './word-roles.ts';

/**
 * The least one piece, portion, kilo or liter of anything she sells goes for. Below it a total
 * cannot be meant: the cheapest goods in these trades (a sweet, a cracker, a sachet) are Rp500
 * and up since the Rp100 and Rp200 coins left daily use; a bowl, a glass, a kilo washed never are.
 */
export const FLOOR = 500;

/** Words that say the rate is for every line: "semua @7rb", "@7rb semua", "rata2 8rb". */
const ALL_WORDS = new Set(['semua', 'semuanya', 'smua', 'smuanya', 'sama', 'sm', 'kabeh', 'kabeh e', 'kabehe', 'sadayana', 'sedanten', 'sekalian',
  'rata', 'rata2', 'rata-rata', 'all', 'tiap', 'setiap', 'masing', 'masing2', 'masing-masing', 'harga', 'hargane', 'hargana', 'harganya',
  'regane', 'rego', 'ongkos', 'tarif', 'tarifnya']);
/** Units a meal or drink is served in: a count of them names food sold by the portion. */
const SERVINGS = new Set(['mangkok', 'mangkuk', 'porsi', 'piring', 'gelas', 'cup', 'cangkir', 'bungkus', 'bks', 'bgks', 'tusuk', 'potong', 'ptg',
  'botol', 'btl', 'box', 'kotak', 'pincuk', 'takir', 'bungkos', 'piriang', 'mangkuak']);
/** Goods sold for less than the floor by the piece: never read as each by the floor. */
const CHEAPEST = new Set(['permen', 'plastik', 'kresek', 'karet', 'sedotan', 'tusuk', 'lidi', 'korek', 'stiker', 'amplop', 'kertas', 'paku',
  'jarum', 'peniti', 'kancing', 'manik', 'kantong', 'kantung', 'sachet', 'saset', 'cabe', 'cabai', 'bawang', 'kerupuk', 'krupuk', 'es']);
/**
 * Snacks sold one by one for a thousand or two (a fritter, a tofu, a skewer): read as each, a
 * price above SNACK_PIECE_MOST is no piece of theirs either ("laku gorengan 40 biji, 15rb" is
 * Rp375 a fritter as a total and Rp15.000 a fritter as each: both wrong, so asked).
 */
const SNACK_PIECES = new Set(['gorengan', 'bakwan', 'risol', 'risoles', 'pisgor', 'pisang', 'cireng', 'cilok', 'cimol', 'tahu', 'tempe',
  'klepon', 'lemper', 'onde', 'lontong', 'donat', 'sempol', 'telur', 'telor', 'pastel', 'tela', 'combro', 'misro', 'getuk', 'arem']);
/** Units a snack is counted in one by one (a skewer is one piece too: "sate 40 tusuk"). */
const PIECE_UNITS = new Set(['biji', 'bji', 'bj', 'buah', 'bh', 'pcs', 'pc', 'tusuk', 'tsk', 'potong', 'ptg', 'iris']);
/** The most a snack piece or a skewer goes for, by a wide margin. */
const SNACK_PIECE_MOST = 5_000;
/** Weight and volume units the floor holds for (a kilo, a liter); grams, ons and ml are priced cheap. */
const FLOOR_MEASURES = new Set(['kg', 'liter']);

interface Clause {
  start: number;
  end: number;
  nums: NumExpr[];
}

function clausesOf(a: Analysis): Clause[] {
  const out: Clause[] = [];
  let s = 0;
  for (let i = 0; i <= a.tokens.length; i++) {
    const t = a.tokens[i];
    const edge = t === undefined || t.type === T_NL || (t.type === T_PUNCT && (t.text === ',' || t.text === ';' || t.text === ':' || t.text === '.'));
    if (!edge) continue;
    if (i > s) out.push({ start: s, end: i, nums: a.nums.filter((n) => n.start >= s && n.end <= i) });
    s = i + 1;
  }
  return out;
}

/** A plain count: digits without a scale, above zero and under 1.000 (halves allowed: "2,5kg"). */
export function isCount(a: Analysis, n: NumExpr): boolean {
  if (n.strength !== S_PLAIN || n.value === null || n.words || a.marks[n.start] !== 0) return false;
  const v = n.value.m / 10 ** n.value.s;
  return v > 0 && v < 1000;
}

function isMoney(n: NumExpr): boolean {
  return n.strength === S_MONEY && n.rupiah !== null && n.rupiah >= 100 && !n.approx && !n.ambiguous;
}

function countValue(n: NumExpr): { m: number; s: number } {
  return n.value as { m: number; s: number };
}

/** The unit word right after a count ("3kg", "5 kg", "35 mangkok"), or null. */
export function unitAfter(a: Analysis, n: NumExpr, end: number): Token | null {
  const t = a.tokens[n.end];
  return n.end < end && t?.type === T_WORD && (t.f & F_UNIT) !== 0 ? t : null;
}

/** The tokens said again: `drop` left out, `after`/`before` words put beside a token. */
export function textOf(tokens: readonly Token[], drop: Uint8Array, after: Map<number, string>, before: Map<number, string>): string {
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const ins = before.get(i);
    if (ins !== undefined) out += `${out === '' || out.endsWith('\n') ? '' : ' '}${ins}`;
    if (drop[i] === 0) {
      const t = tokens[i] as Token;
      if (t.type === T_NL) out = `${out.trimEnd()}\n`;
      else out += `${(t.attached && ins === undefined) || out === '' || out.endsWith('\n') ? '' : ' '}${t.text}`;
    }
    const add = after.get(i);
    if (add !== undefined) out += ` ${add}`;
  }
  return out.replace(/[ ,;:]+$/u, '').replace(/\n[ ,;:]+/gu, '\n').trim();
}

/** Any word in the message that makes the amounts something else than a plain price: a total, profit, capital, a plan, a question. */
function otherMoneyWords(a: Analysis): boolean {
  if ((a.f & (F_TOTAL | F_PROFIT | F_FUTURE | F_QUESTION | F_NEG)) === 0 && (a.f2 & (G_CAPITAL | G_CREDIT | G_PERCENT)) === 0 && !a.question) return false;
  // ("semua", "sama" carry a total's flag: here they say the rate is for every line.)
  return a.question || a.tokens.some((t) => t.type === T_WORD && !ALL_WORDS.has(t.key) && !ALL_WORDS.has(t.text) &&
    ((t.f & (F_TOTAL | F_PROFIT | F_FUTURE | F_QUESTION | F_NEG)) !== 0 || (t.f2 & (G_CAPITAL | G_CREDIT | G_PERCENT)) !== 0));
}

/** The rate's own unit when the clause marks it ("/kg", "per kilo", "sekilo"); '' when marked without a unit; null when unmarked. */
function rateMark(a: Analysis, c: Clause, price: NumExpr): string | null {
  let mark: string | null = null;
  for (let i = c.start; i < c.end; i++) {
    if (i >= price.start && i < price.end) continue;
    const t = a.tokens[i] as Token;
    if (t.type === T_PUNCT && t.text === '@') {
      if (i + 1 !== price.start) return null;
      mark ??= '';
    } else if (t.type === T_PUNCT && t.text === '/') {
      const u = a.tokens[i + 1];
      if (i !== price.end || u?.type !== T_WORD || (u.f & F_UNIT) === 0) return null;
      mark = u.key;
      i++;
    } else if (t.type === T_WORD && (t.f2 & G_PER) !== 0) {
      const u = a.tokens[i + 1];
      if (u?.type !== T_WORD || (u.f & F_UNIT) === 0) return null;
      mark = u.key;
      i++;
    } else if (t.type === T_WORD && (t.f2 & G_EACH) !== 0) mark = t.info?.perUnit ?? mark ?? '';
    // "laundry @7rb: …", "sate @2rb: …": her trade or goods heading the rate.
    else if (t.type === T_WORD && i < price.start && t.info === null && (isServiceWord(t.key) || isSmallGoods(t.key) || pieceFloor(t.key) !== null)) continue;
    else if (t.type === T_WORD && ((t.f & F_PRICE) !== 0 || ALL_WORDS.has(t.key) || ALL_WORDS.has(t.text))) {
      if ((t.f & F_PRICE) !== 0) mark ??= '';
    } else return null;
  }
  return mark;
}

/** The same unit ("kg" and "kilo"), or none said on the count's side. */
function unitFits(count: Token | null, rate: string): boolean {
  return rate === '' || count === null || count.key === rate;
}

/** The goods a clause names: its unknown words, less a person's name after a title ("bu ani", "mbak sri"). */
function goodsIn(a: Analysis, c: Clause): string {
  const words: string[] = [];
  for (let i = c.start; i < c.end; i++) {
    const t = a.tokens[i] as Token;
    if (t.type !== T_WORD || t.info !== null || a.marks[i] !== 0) continue;
    const prev = a.tokens[i - 1];
    if (prev?.type === T_WORD && ((prev.f2 & G_HONORIFIC) !== 0 || prev.info === null && (a.tokens[i - 2]?.f2 ?? 0) & G_HONORIFIC)) continue;
    words.push(t.key);
  }
  return words.join(' ');
}

/** 1. One rate for every counted clause, said first or last. */
function oneRate(a: Analysis, cs: Clause[]): string | null {
  const numbered = cs.filter((c) => c.nums.length > 0);
  if (numbered.length < 3) return null;
  const first = numbered[0] as Clause;
  const last = numbered[numbered.length - 1] as Clause;
  const pick = (c: Clause): string | null => (c.nums.length === 1 && isMoney(c.nums[0] as NumExpr) ? rateMark(a, c, c.nums[0] as NumExpr) : null);
  const lastMark = pick(last);
  const firstMark = lastMark === null ? pick(first) : null;
  const rateClause = lastMark !== null ? last : firstMark !== null ? first : null;
  if (rateClause === null) return null;
  const mark = (lastMark ?? firstMark) as string;
  const price = rateClause.nums[0] as NumExpr;
  const counted = numbered.filter((c) => c !== rateClause);
  const after = new Map<number, string>();
  const rateText = a.tokens.slice(price.start, price.end).map((t, k) => (k > 0 && !t.attached ? ' ' : '') + t.text).join('');
  // One kind of goods and one unit: "5 bros, 2 kalung, harga 15rb" may price only one of them.
  let goods: string | null = null;
  let units: string | null = null;
  for (const c of counted) {
    const n = c.nums[0] as NumExpr;
    if (c.nums.length !== 1 || !isCount(a, n)) return null;
    const unit = unitAfter(a, n, c.end);
    if (!unitFits(unit, mark)) return null;
    if (unit !== null && units !== null && unit.key !== units) return null;
    units ??= unit?.key ?? null;
    const named = goodsIn(a, c);
    if (named !== '' && goods !== null && named !== goods) return null;
    if (named !== '') goods = named;
    // Whole rupiah only: "2,3kg @7.5rb" is Rp17.250; a count that leaves a fraction of a rupiah stays asked.
    const v = countValue(n);
    if (((v.m * (price.rupiah as number)) % 10 ** v.s) !== 0) return null;
    after.set(unit === null ? n.end - 1 : n.end, `@${rateText}${mark !== '' && unit === null ? `/${mark}` : ''}`);
  }
  const drop = new Uint8Array(a.tokens.length);
  // (A heading before a rate said first stays: "laundry @7rb: …" is read as "laundry: …".)
  let heading = false;
  for (let i = rateClause.start; i < rateClause.end; i++) {
    const t = a.tokens[i] as Token;
    const keep = rateClause === first && i < price.start && t.type === T_WORD && t.info === null;
    heading ||= keep;
    drop[i] = keep ? 0 : 1;
  }
  // The mark that parted the rate from the counts ("semua @7rb" after a newline, "@7rb:" before).
  if (rateClause === last && rateClause.start > 0) drop[rateClause.start - 1] = 1;
  if (rateClause === first && rateClause.end < a.tokens.length && !heading) drop[rateClause.end] = 1;
  return textOf(a.tokens, drop, after, new Map());
}

/**
 * The goods named before a count are ones whose pieces sell above the floor: 'yes', 'no', or
 * 'cheapest' — goods sold under the floor ("permen", "kopi sachet"), which no serving unit
 * makes dear ("laku kopi sachet 30 bks 12rb" is no Rp12.000 sachet).
 */
function knownGoods(a: Analysis, upto: number, countAt: number): 'yes' | 'no' | 'cheapest' {
  for (let i = 0; i < upto; i++) {
    const t = a.tokens[i] as Token;
    if (t.type !== T_WORD || !CHEAPEST.has(t.key)) continue;
    // ("es" keeps its glasses: "es teh 30 gelas" is served, asked below as before; a unit after the
    // count — "cilok 50 tusuk" — is how it is counted, not cheap goods.)
    return t.key === 'es' || i > countAt ? 'no' : 'cheapest';
  }
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (t.type === T_WORD && t.info === null && (pieceFloor(t.text) !== null || isSmallGoods(t.text) || STAPLE_WORDS.has(t.text))) return 'yes';
  }
  return 'no';
}

/** A snack sold by the piece, or anything by the skewer: "gorengan 40 biji", "tahu isi 25", "sate 40 tusuk". */
function snackPieces(a: Analysis, upto: number, unit: Token | null): boolean {
  if (unit !== null && (unit.key === 'tusuk' || unit.key === 'tsk')) return true;
  if (unit !== null && !PIECE_UNITS.has(unit.key)) return false;
  for (let i = 0; i < upto; i++) {
    const t = a.tokens[i] as Token;
    // The snack words the each-price readers know too (goods-price.ts): "laku kue 150 biji 50rb"
    // is no Rp7.500.000 of cakes.
    if (t.type === T_WORD && (SNACK_PIECES.has(t.key) || isSnackItem(t.key))) return true;
  }
  return false;
}

/**
 * The least a kilo or a liter of anything she sells by weight goes for (cassava, greens are a few
 * thousand; rice, sugar, eggs, oil far more): "laku telur 10 kg 2rb" is Rp200 a kilo as a total and
 * Rp2.000 a kilo as each — neither, so asked (`cheapMeasure`), never recorded either way.
 */
const MEASURE_LEAST = 3_000;

/** 2. "mie ayam laku 35 mangkok, 12rb": read as the total, Rp343 a bowl; the price each. */
function belowFloor(a: Analysis, cs: Clause[], measuresOnly: boolean): string | null {
  const read = floorShape(a, cs, measuresOnly);
  return read === null || read.neither ? null : read.text;
}

/** "laku telur 10 kg 2rb": a kilo or liter no reading prices believably (see MEASURE_LEAST). */
export function cheapMeasure(a: Analysis): boolean {
  if (a.nums.length !== 2 || !worthALook(a)) return false;
  return floorShape(a, clausesOf(a), true)?.neither === true;
}

function floorShape(a: Analysis, cs: Clause[], measuresOnly: boolean): { text: string; neither: boolean } | null {
  if (a.nums.length !== 2 || otherMoneyWords(a) || (a.f & (F_PRICE | F_EXPENSE)) !== 0 || (a.f2 & (G_EACH | G_PER)) !== 0) return null;
  const [count, price] = a.nums as [NumExpr, NumExpr];
  if (!isCount(a, count) || countValue(count).s !== 0 || countValue(count).m < 2 || !isMoney(price)) return null;
  // One clause, or the count's clause then the price alone after a comma.
  const cc = cs.find((c) => c.nums.includes(count));
  const pc = cs.find((c) => c.nums.includes(price));
  if (cc === undefined || pc === undefined) return null;
  if (pc !== cc && (pc.start !== cc.end + 1 || pc.end !== price.end || pc.start !== price.start)) return null;
  if (price.end < a.tokens.length && a.tokens.slice(price.end).some((t) => t.type !== T_PUNCT)) return null;
  // A strong sale verb before the count; nothing but goods, a unit and the verb.
  let verb = false;
  for (let i = cc.start; i < count.start; i++) {
    const t = a.tokens[i] as Token;
    if (t.type === T_WORD && (t.f & F_SALE) !== 0 && (t.f & F_WEAK) === 0) verb = true;
    if (t.type === T_NUM || (t.type === T_WORD && (t.f & F_DATE) !== 0)) return null;
  }
  if (!verb) return null;
  const unit = unitAfter(a, count, cc.end);
  for (let i = (unit === null ? count.end : count.end + 1); i < price.start; i++) {
    const t = a.tokens[i] as Token;
    if (t.type === T_PUNCT && t.text !== ',') return null;
    if (t.type === T_WORD && (t.info !== null && (t.f & F_FILLER) === 0)) return null;
  }
  const size = unit === null ? null : (unit.info?.size ?? null);
  if (measuresOnly && (size === null || size.base === 'pc')) return null;
  let pieces = countValue(count).m;
  if (size !== null) {
    if (size.base === 'pc') pieces *= size.n;
    else if (!FLOOR_MEASURES.has(unit?.key ?? '')) return null;
  }
  const goods = knownGoods(a, price.start, count.start);
  const serving = unit !== null && SERVINGS.has(unit.key);
  if (goods === 'cheapest' || (goods === 'no' && !serving)) return null;
  const rupiah = price.rupiah as number;
  const per = pieces / countValue(count).m;
  if (rupiah / pieces >= FLOOR || rupiah / per < FLOOR) return null;
  if (rupiah / per > SNACK_PIECE_MOST && snackPieces(a, count.start, unit)) return null;
  // "laku kue 300 biji 100rb": each, it is Rp30.000.000 of cakes in one line — no likelier than
  // Rp333 a cake; left as written (asked by goods-price.ts's `cheap_each`).
  if (implausibleCountedLot(countValue(count).m, rupiah / per)) return null;
  const neither = size !== null && size.base !== 'pc' && rupiah / per < MEASURE_LEAST;
  return { text: textOf(a.tokens, new Uint8Array(a.tokens.length), new Map(), new Map([[price.start, '@']])), neither };
}

/** Grams or pieces in one of `unit` (kg 1000 g, ons 100 g, lusin 12 pc), or null. */
function sizeOf(unit: string): { base: string; n: number } | null {
  return lookupWord(unit)?.size ?? null;
}

interface Restated {
  rateClause: Clause;
  agrees: boolean;
}

/** 3. A rate restated beside a counted total: "laku 3 kg 540rb, ons 18rb". */
function restatedRate(a: Analysis, cs: Clause[]): Restated | null {
  if (a.nums.length !== 3 || otherMoneyWords(a)) return null;
  const [count, total, rate] = a.nums as [NumExpr, NumExpr, NumExpr];
  if (!isCount(a, count) || !isMoney(total) || !isMoney(rate)) return null;
  const tc = cs.find((c) => c.nums.includes(count));
  const rc = cs.find((c) => c.nums.includes(rate));
  if (tc === undefined || rc === undefined || tc === rc || !tc.nums.includes(total) || rc.nums.length !== 1) return null;
  const unit = unitAfter(a, count, tc.end);
  // The total ends its clause ("85rb per potong, potong harga 10rb" is a price each, then a discount).
  if (unit === null || total.end !== tc.end) return null;
  // Only the goods between the count's unit and the total ("3 lusin kaos 540rb").
  for (let i = count.end + 1; i < total.start; i++) if ((a.tokens[i] as Token).type !== T_WORD || (a.tokens[i] as Token).info !== null) return null;
  // The rate's unit: a unit word beside the amount, "/unit", "per unit" or an each-word ("sekilo").
  let rateUnit: string | null = null;
  for (let i = rc.start; i < rc.end; i++) {
    if (i >= rate.start && i < rate.end) continue;
    const t = a.tokens[i] as Token;
    if (t.type === T_WORD && (t.f & F_UNIT) !== 0) rateUnit ??= t.key;
    // ("satuan", "satunya": one piece — of a dozen or a kodi counted.)
    else if (t.type === T_WORD && (t.f2 & G_EACH) !== 0) rateUnit ??= t.info?.perUnit ?? 'biji';
    else if (t.type === T_PUNCT && t.text === '/') continue;
    else if (t.type === T_WORD && ((t.f2 & G_PER) !== 0 || (t.f & (F_PRICE | F_FILLER)) !== 0)) continue;
    else return null;
  }
  if (rateUnit === null) return null;
  const from = sizeOf(unit.key);
  const to = sizeOf(rateUnit);
  let ratio: number;
  if (rateUnit === unit.key) ratio = 1;
  else if (from !== null && to !== null && from.base === to.base) ratio = from.n / to.n;
  else if (from !== null && from.base === 'pc' && (rateUnit === 'biji' || rateUnit === 'pcs')) ratio = from.n;
  else return null;
  const v = countValue(count);
  const computed = (v.m * ratio * (rate.rupiah as number)) / 10 ** v.s;
  return { rateClause: rc, agrees: Math.abs(computed - (total.rupiah as number)) < 0.5 };
}

/** A cheap look before any walk: a plain number and an amount written as money. */
function worthALook(a: Analysis): boolean {
  if (a.nums.length < 2) return false;
  let plain = false;
  let money = false;
  for (const n of a.nums) {
    if (n.strength === S_PLAIN) plain = true;
    else if (n.strength === S_MONEY) money = true;
  }
  return plain && money;
}

/**
 * The message said again with its rate beside every count, or null when no shape here fits.
 * `first`: before any reading — only the shapes the readers get confidently wrong (a rate restated
 * beside its total; a kilo or liter under the floor, which no goods floor covers); else, after a
 * doubtful reading, every shape.
 */
export function sharedRate(a: Analysis, first = false): string | null {
  // (Before any reading only a count and one or two amounts: three numbers or two.)
  if ((first && a.nums.length > 3) || !worthALook(a)) return null;
  const cs = clausesOf(a);
  if (first) {
    const restated = restatedRate(a, cs);
    if (restated !== null) return restated.agrees ? withoutRate(a, restated) : null;
    return belowFloor(a, cs, true);
  }
  const rated = oneRate(a, cs);
  if (rated !== null) {
    // (With neither, the readers still ask which kind: the rewrite only settles the amounts.)
    return otherMoneyWords(a) ? null : rated;
  }
  return belowFloor(a, cs, false);
}

/** The message without the rate's clause (and the mark before it). */
function withoutRate(a: Analysis, restated: Restated): string {
  const drop = new Uint8Array(a.tokens.length);
  for (let i = restated.rateClause.start - 1; i < restated.rateClause.end; i++) drop[i] = 1;
  return textOf(a.tokens, drop, new Map(), new Map());
}

/**
 * "laku 3 kg 540rb, ons 20rb": the rate restated beside the total does not give it. The message
 * without the rate, to be read and asked (`total_mismatch`) — never two sales, never unasked.
 */
export function rateDisagrees(a: Analysis): string | null {
  if (a.nums.length !== 3 || !worthALook(a)) return null;
  const restated = restatedRate(a, clausesOf(a));
  return restated !== null && !restated.agrees ? withoutRate(a, restated) : null;
}

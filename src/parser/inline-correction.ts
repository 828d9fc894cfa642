/**
 * One field of an entry corrected inside the same message, as a bookkeeper would keep only the
 * corrected figure: "beli terigu 2kg 24rb, eh salah 3kg jadi 36rb" (count and total), "laku 12
 * bros @15rb eh salah 14 bros ding" (count), "laku rengginang 8 bks @10rb. eh ralat hrgnya 12rb"
 * (unit price), "beli kain 3 meter @25rb eh bukan 3 meter tp 4 meter jadi 100rb semua" (count,
 * with a total that checks it), "beli plastik 50rb eh bukan plastik tapi kardus" (the goods).
 *
 * A correction word (MARKS: "eh", "salah", "ralat", "koreksi", "maksudnya", "typo", Javanese
 * "keliru", Sundanese "lepat", "bukan X tapi Y") is followed by the field it corrects: a count
 * (a plain number with its unit or the goods said again), the unit price ("harganya", "hrgnya",
 * "@"), the total ("jadi", "total", "semua") or — "bukan X tapi Y" — the goods. That field of the
 * one entry before the word is replaced and the message read again as written with it ("laku 14
 * bros @15rb"). A total stated after a corrected count or price is a check: when count × price
 * disagrees with it the message is asked.
 *
 * Only known words decide. Anything after the correction that is not one of those fields (a
 * verb: "eh ternyata laku lagi 2" is a new sale; "lagi", other goods) leaves the message to the
 * other readers, unchanged. When it is unclear which field or which entry is meant — several
 * entries before the word, a bare number that may be the count or the price in thousands ("laku
 * 20 @10rb eh 12"), "bukan X" naming two fields or none, a count corrected beside a total with no
 * new total — the message is asked (`self_correction_unclear`): never guessed.
 */
import type { Analysis } from './analyze.ts';
import { S_PLAIN, type NumExpr } from './amount.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { F_DATE, F_EXPENSE, F_ITEMISH, F_PRICE, F_SALE, F_UNIT, G_EACH, G_HONORIFIC } from './word-roles.ts';
import { present, trigger } from './triggers.ts';

/** Words that open a correction of what was just written. */
const MARKS = new Set(['eh', 'ehh', 'eeh', 'salah', 'ralat', 'koreksi', 'maksudnya', 'maksud', 'maksudku', 'maksude', 'typo', 'keliru',
  'kliru', 'lepat', 'sori', 'sorry', 'maaf', 'maap']);
/** "maksudnya": what follows (or went before) is what she meant — the only way bare goods correct goods. */
const MEANT = new Set(['maksudnya', 'maksud', 'maksudku', 'maksude']);
/** Words of the correction around those: "eh salah ketik", "sori maksud saya", "yang bener", "eh salah ding". */
const AROUND = new Set([...MARKS, 'ketik', 'ding', 'dink', 'deng', 'yg', 'yang', 'bener', 'benar', 'betul', 'betulnya', 'benernya',
  'harusnya', 'seharusnya', 'saya', 'aku', 'sy', 'tadi', 'ya', 'lho', 'loh', 'ups', 'oops']);
/** Words that close a correction after the new figure: "eh 4 dink", "14 bros ding", "12 biji maksudnya". */
const CLOSES = new Set(['ding', 'dink', 'deng', 'deh', 'dech', 'maksudnya', 'maksud', 'maksudku', 'ya', 'yah', 'aja', 'saja']);
/** "bukan 3 meter tapi 4 meter": the old figure named, then the new one. */
const BUT = new Set(['tapi', 'tp', 'tpi', 'tapinya', 'tetapi', 'melainkan']);
/** Words before a total: "jadi 36rb", "totalnya 100rb", "semua 100rb"; after one: "100rb semua". */
const TOTAL_WORDS = new Set(['jadi', 'jd', 'jdi', 'jadinya', 'total', 'totalnya', 'tot', 'semua', 'semuanya', 'smua', 'jumlah', 'jumlahnya']);
/** After the correction, more of it or a new event: not a correction ("eh 2 lagi", "eh ternyata laku lagi 2"). */
const NOT_A_FIX = new Set(['lagi', 'lg', 'juga', 'jg', 'tambah', 'tambahan', 'ternyata', 'trnyata', 'terus', 'trus', 'trs', 'lalu', 'sama',
  'dan', 'plus', 'maning', 'deui']);
/** Between two entries before the correction: which one it corrects is unclear. */
const JOINS = new Set(['terus', 'trus', 'trs', 'lalu', 'kemudian', 'sama', 'dan', 'plus', 'sm', '+', '&']);
/** After a price, "each": "25rb per meter", "10rb/bks", "5rb satunya". */
const EACH_AFTER = new Set(['per', '/', 'satunya', 'sebiji', 'sebungkus', 'perbiji', 'perpcs', 'masing-masing', 'masing2', 'satu']);
/** "salah satu": one of them, no correction. */
const ONE_OF = new Set(['satu', 'satunya', 'seorang']);

/** How far apart a bare number (read in thousands) and the price may be and it still be the price ("@10rb eh 12"). */
const PRICE_NEAR = 2;

/** `more`: sentences after the correction are kept in `text` (the corrected entry is its first). */
export type InlineCorrection = { text: string; amount: number; more?: true } | 'unclear' | null;

function isMoney(ex: NumExpr): boolean {
  return ex.rupiah !== null && (ex.strength !== S_PLAIN || ex.rupiah >= 1000);
}
/** Money by its place: a number after "@" or "harga" is a price, however small ("@500"). */
function priced(a: Analysis, ex: NumExpr): boolean {
  const prev = a.tokens[ex.start - 1];
  return ex.rupiah !== null && ex.rupiah > 0 && prev !== undefined && (prev.text === '@' || (prev.type === T_WORD && (prev.f & F_PRICE) !== 0));
}
function isCount(ex: NumExpr): boolean {
  return ex.rupiah !== null && ex.strength === S_PLAIN && ex.rupiah > 0 && ex.rupiah < 1000;
}
function near(a: number, b: number): boolean {
  return a * PRICE_NEAR >= b && a <= b * PRICE_NEAR;
}
/** Money written back in the message's own way. */
function moneyText(n: number): string {
  return n % 1000 === 0 ? `${n / 1000}rb` : `Rp${n}`;
}

/** The one entry before the correction. */
interface Before {
  count: NumExpr | null;
  unit: string | null;
  money: NumExpr;
  /** The money is for one ("@", "harga", "per"), else the line's total. */
  each: boolean;
  /** The goods' words [from, to), or null. */
  goods: [number, number] | null;
  words: Set<string>;
  /** The money is prices said one after another (`money.rupiah` null): only a price each said after replaces it. */
  stammer: boolean;
  /** Unknown words in two places before the mark ("Lae, … laku 40 bungkus lontong …"): only a price each is read. */
  split: boolean;
  /**
   * "18 mangkok @10rb = 180rb eh 17 ding, jadi 170rb": the old count × price said as a total, the
   * tokens [from, to) of it (with its "=" or total word) — left out when the entry is written again.
   */
  restated?: [number, number];
}

/** What the words after the correction say. */
interface Fix {
  count: number | null;
  unit: string | null;
  price: number | null;
  total: number | null;
  /** A bare amount: the price or the total, decided against the entry before. */
  bare: number | null;
  /** The bare amount said as one's: "lima ribuan". */
  bareEach: boolean;
  /** A bare plain number: the count, or the price in thousands. */
  bareCount: number | null;
  goods: string | null;
  /** "bukan X tapi Y": X as written (a number's value, or the goods' words). */
  named: number | string | null;
  /** The price was said with an each-word of the unit counted: "eh maksudnya 2500 sebungkus". */
  priceEach: boolean;
  /** Where a new sentence starts after the correction (read only for a price each), or -1. */
  restFrom: number;
  /** An each-word with no price of its own ("15rb eh satunya"): the money before was for one? Asked. */
  eachWord: boolean;
}

const T_FIX = trigger(MARKS, ['bukan']);

/** How far after "bukan" its "tapi" may stand: "bukan 3 meter tp", "bukan kain batik tapi". */
const BUT_WITHIN = 4;

/** "bukan 3 meter tp 4 meter" without "eh": "bukan" opens a correction only with its "tapi" close after. */
function namesOld(a: Analysis, i: number): boolean {
  if (word(a.tokens[i]) !== 'bukan') return false;
  for (let k = i + 2; k <= i + 1 + BUT_WITHIN && k < a.tokens.length; k++) if (BUT.has(word(a.tokens[k]))) return true;
  return false;
}

function word(t: Token | undefined): string {
  return t === undefined ? '' : t.type === T_WORD ? t.key : t.text;
}

/** Reads the entry before `end`; null when it is no single entry of count, money and goods. */
function readBefore(a: Analysis, end: number): Before | 'several' | null {
  const { tokens, nums } = a;
  let money: NumExpr | null = null;
  let count: NumExpr | null = null;
  let several = false;
  let stammer = false;
  let split = false;
  let restated: [number, number] | undefined;
  for (const ex of nums) {
    if (ex.end > end) break;
    // "@10rb = 180rb": count × price said again as a total — a check of the entry, not another.
    if (money !== null && count !== null && restated === undefined && isMoney(ex) && ex.rupiah === (count.rupiah as number) * (money.rupiah as number) &&
      tokens[money.start - 1]?.text === '@') {
      let from = ex.start;
      while (from > money.end && (tokens[from - 1]?.text === '=' || TOTAL_WORDS.has(word(tokens[from - 1])))) from--;
      if (from < ex.start && from === money.end) {
        restated = [from, ex.end];
        continue;
      }
    }
    if (isMoney(ex) || priced(a, ex)) {
      // "seceng dua ribu lima ratus eh maksudnya …": prices said one after another up to the mark are
      // one price stammered, the one corrected.
      if (money && money.end === ex.start && ex.end === end) {
        money = { ...ex, start: money.start, rupiah: null };
        stammer = true;
        continue;
      }
      if (money) several = true;
      money = ex;
    } else if (isCount(ex)) {
      if (count) several = true;
      count = ex;
    } else return null;
  }
  for (let i = 0; i < end; i++) if (JOINS.has(word(tokens[i]))) several = true;
  if (several) return 'several';
  if (!money) return null;
  const prev = tokens[money.start - 1];
  const next = word(tokens[money.end]);
  const each = money.each || prev?.text === '@' || (prev !== undefined && (prev.f & F_PRICE) !== 0) || EACH_AFTER.has(next);
  // "10rb 3 bungkus": a count after its money is another shape (unit-price readers'): left alone.
  if (count && count.start > money.start) return null;
  const unitTok = count ? tokens[count.end] : undefined;
  const unit = unitTok !== undefined && (unitTok.f & F_UNIT) !== 0 ? unitTok.key : null;
  let goods: [number, number] | null = null;
  const words = new Set<string>();
  for (let i = 0; i < end; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || a.numIn[i] !== -1) continue;
    words.add(t.key);
    if (t.info !== null) continue;
    if (goods === null) goods = [i, i + 1];
    else if (goods[1] === i) goods[1] = i + 1;
    else split = true; // goods in two places: which is corrected is not this reader's to say
  }
  return restated === undefined ? { count, unit, money, each, goods: split ? null : goods, words, stammer, split }
    : { count, unit, money, each, goods: split ? null : goods, words, stammer, split, restated };
}

/** Reads the words after the correction from `j`; null when they are not a field corrected. */
function readFix(a: Analysis, j: number, before: Before, meant: boolean, sentences = false): Fix | null {
  const { tokens, nums } = a;
  const fix: Fix = { count: null, unit: null, price: null, total: null, bare: null, bareEach: false, bareCount: null, goods: null, named: null,
    priceEach: false, restFrom: -1, eachWord: false };
  let k = j;
  // "bukan 3 meter tp 4 meter", "bukan plastik tapi kardus": the old figure named first.
  if (word(tokens[k]) === 'bukan') {
    const x = a.numIn[k + 1] as number;
    let after = k + 1;
    if (x >= 0) {
      const ex = nums[x] as NumExpr;
      if (ex.start !== k + 1 || ex.rupiah === null) return null;
      fix.named = ex.rupiah;
      after = ex.end;
      if (((tokens[after]?.f ?? 0) & F_UNIT) !== 0 || (before.goods && before.words.has(word(tokens[after])) && tokens[after]?.info === null)) after++;
    } else {
      const keys: string[] = [];
      while (goodsWord(a, after)) keys.push((tokens[after++] as Token).key);
      if (keys.length === 0) return null;
      fix.named = keys.join(' ');
    }
    if (!BUT.has(word(tokens[after]))) return null;
    k = after + 1;
  }
  let goodsFrom = -1;
  let lastTotalWord = -2;
  let lastPriceWord = -2;
  for (; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const x = a.numIn[k] as number;
    if (x >= 0) {
      const ex = nums[x] as NumExpr;
      if (ex.start !== k || ex.rupiah === null) return null;
      k = ex.end - 1;
      const unitTok = tokens[ex.end];
      const hasUnit = unitTok !== undefined && (unitTok.f & F_UNIT) !== 0;
      const goodsAgain = unitTok !== undefined && unitTok.type === T_WORD && unitTok.info === null && before.words.has(unitTok.key);
      const totalAfter = TOTAL_WORDS.has(word(unitTok));
      if (lastPriceWord === ex.start - 1) {
        if (fix.price !== null) return null;
        fix.price = ex.rupiah;
      } else if (isMoney(ex) && before.unit !== null && eachOfUnit(unitTok, before.unit)) {
        // "… eh maksudnya 2500 sebungkus": one of the unit counted, at that price.
        if (fix.price !== null) return null;
        fix.price = ex.rupiah;
        fix.priceEach = true;
        k++;
      } else if (lastTotalWord === ex.start - 1 || (isMoney(ex) && totalAfter)) {
        if (!isMoney(ex) || fix.total !== null) return null;
        fix.total = ex.rupiah;
        if (totalAfter) k++;
      } else if (isMoney(ex)) {
        if (fix.bare !== null) return null;
        fix.bare = ex.rupiah;
        fix.bareEach = ex.each;
      } else if (isCount(ex) && (hasUnit || goodsAgain)) {
        if (fix.count !== null || fix.bareCount !== null) return null;
        if (hasUnit && before.unit !== null && unitTok.key !== before.unit) return null;
        fix.count = ex.rupiah;
        fix.unit = hasUnit ? unitTok.key : null;
        k++;
      } else if (isCount(ex)) {
        if (fix.count !== null || fix.bareCount !== null) return null;
        fix.bareCount = ex.rupiah;
      } else return null;
      continue;
    }
    const w = word(t);
    // ("… 2500 sebungkus. Ongkos kereta 10rb.": with `sentences`, a full stop before a word ends the correction.)
    if (sentences && w === '.' && fix.priceEach && tokens[k + 1]?.type === T_WORD) {
      fix.restFrom = k + 1;
      break;
    }
    if (t.type === T_PUNCT && (w === ',' || w === '.' || w === ':' || w === '!')) continue;
    if (w === '@' || (t.type === T_WORD && (t.f & F_PRICE) !== 0)) {
      lastPriceWord = k;
      continue;
    }
    if (TOTAL_WORDS.has(w)) {
      lastTotalWord = k;
      continue;
    }
    if (CLOSES.has(w)) continue;
    // "laku 12 bros 15rb eh satunya": the amount before said to be for one — read as the total, it was 15.000.
    // (After a figure of the correction — "eh satu biji 2rb", "eh 15rb satunya" — other readers' shape, as before.)
    if (t.type === T_WORD && ((t.f2 & G_EACH) !== 0 || w === 'satunya' || w === 'sebiji')) {
      if (fix.bare !== null || fix.price !== null || fix.total !== null || fix.count !== null || fix.bareCount !== null) return null;
      fix.eachWord = true;
      continue;
    }
    if (NOT_A_FIX.has(w) || MARKS.has(w)) return null;
    if (t.type === T_WORD && (t.f & (F_SALE | F_EXPENSE)) !== 0) return null;
    // The goods said again after the count ("14 bros"), or new goods for the old ("tapi kardus").
    // ("eh maksudnya kemarin", "… lumayan", "bukan bros tapi pembeli baru": a time, a judgement, a
    // person are no goods — the item stays; a time word is the date's, read by the other readers.)
    if (t.type === T_WORD && notGoods(t)) return null;
    if (t.type === T_WORD && (t.info === null || typeof fix.named === 'string' && goodsWord(a, k))) {
      if (before.words.has(t.key) && fix.named === null) continue;
      if (goodsFrom === -1) goodsFrom = k;
      else if (tokens[k - 1]?.info !== null || a.numIn[k - 1] !== -1) return null;
      fix.goods = textOf(tokens, goodsFrom, k + 1);
      continue;
    }
    if (t.type === T_WORD && (t.f & F_UNIT) !== 0 && before.unit === t.key) continue;
    return null;
  }
  // New goods only when named ("bukan plastik tapi kardus") or said to be what she meant ("eh salah
  // kalung maksudnya"): "laku 5 bros @15rb eh 3 kalung" may be a second sale, and "eh salah tulis",
  // "eh salah toko" name no goods.
  if (fix.goods !== null && typeof fix.named !== 'string' && (!meant || nums.some((ex) => ex.start >= j))) return null;
  return fix;
}

/** An each-word for one of `unit` ("sebungkus", "per bungkus" read as one word) at `t`. */
function eachOfUnit(t: Token | undefined, unit: string): boolean {
  return t !== undefined && t.type === T_WORD && (t.f2 & G_EACH) !== 0 && t.info?.perUnit === unit;
}

/**
 * Words a correction may hold that name no goods: how it went ("lumayan", "laris", "sepi"), who
 * bought ("pembeli baru", "langganan", "tetangga") and when (any date word: "kemarin", "tadi pagi").
 */
const NOT_GOODS = new Set(['lumayan', 'lumayn', 'bagus', 'laris', 'laku', 'sepi', 'rame', 'ramai', 'banyak', 'byk', 'sedikit', 'dikit',
  'murah', 'mahal', 'untung', 'rugi', 'baru', 'lama', 'mantap', 'mantab', 'alhamdulillah', 'oke', 'ok', 'pembeli', 'pembelinya', 'pelanggan',
  'langganan', 'customer', 'cust', 'konsumen', 'orang', 'org', 'tetangga', 'teman', 'temen', 'kawan', 'saudara', 'sodara', 'pagi', 'siang',
  'sore', 'malam', 'malem', 'minggu', 'bulan', 'hari', 'tahun', 'kemarin', 'kemaren', 'semalam', 'tadi', 'besok', 'lusa']);

/** A word after a correction that is no goods: a judgement, a person, a time (NOT_GOODS, any date word, a title). */
function notGoods(t: Token): boolean {
  return NOT_GOODS.has(t.key) || NOT_GOODS.has(t.text) || (t.f & F_DATE) !== 0 || (t.f2 & G_HONORIFIC) !== 0;
}

/** A word that may name goods after "bukan"/"tapi": not a number, nor a word of the correction, a total, a price or a verb. */
function goodsWord(a: Analysis, k: number): boolean {
  const t = a.tokens[k];
  if (t === undefined || t.type !== T_WORD || a.numIn[k] !== -1) return false;
  const w = t.key;
  if (BUT.has(w) || AROUND.has(w) || CLOSES.has(w) || TOTAL_WORDS.has(w) || NOT_A_FIX.has(w) || w === 'bukan') return false;
  return (t.f & (F_SALE | F_PRICE)) === 0 && ((t.f & F_EXPENSE) === 0 || (t.f & F_ITEMISH) !== 0);
}

/** Where the words `keys` stand, once, in [0, end): null when nowhere or twice. */
function spanOf(a: Analysis, end: number, keys: readonly string[]): [number, number] | null {
  let found: [number, number] | null = null;
  for (let i = 0; i + keys.length <= end; i++) {
    if (keys.every((key, n) => a.tokens[i + n]?.type === T_WORD && a.tokens[i + n]?.key === key)) {
      if (found) return null;
      found = [i, i + keys.length];
    }
  }
  return found;
}

function textOf(tokens: readonly Token[], from: number, to: number, put?: Map<number, string>, skip?: Uint8Array): string {
  let out = '';
  for (let i = from; i < to; i++) {
    if (skip?.[i] === 1) continue;
    const t = tokens[i] as Token;
    const text = put?.get(i) ?? t.text;
    out += `${t.attached || out === '' ? '' : ' '}${text}`;
  }
  return out;
}

/**
 * The message with the corrected field in place, and the one amount it must read; 'unclear'
 * when the correction is asked; null when the message holds no correction of one field.
 */
export function inlineCorrection(a: Analysis): InlineCorrection {
  if (!present(a, T_FIX)) return null;
  const { tokens } = a;
  if (tokens.some((t) => t.type === T_NL)) return null;
  let m = -1;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_WORD && (MARKS.has(t.key) || namesOld(a, i)) && a.numIn[i] === -1 && !(t.key === 'salah' && ONE_OF.has(word(tokens[i + 1])))) {
      m = i;
      break;
    }
  }
  if (m < 0 || !a.nums.some((ex) => ex.end <= m)) return null;
  // "eh salah satu bros cacat": one of them, no correction.
  for (let i = m; i < tokens.length - 1; i++) if (word(tokens[i]) === 'salah' && ONE_OF.has(word(tokens[i + 1]))) return null;
  // The correction's words, then what it says.
  let j = m;
  while (j < tokens.length && ((tokens[j] as Token).type === T_PUNCT && word(tokens[j]) !== '@' || AROUND.has(word(tokens[j])) ||
    (word(tokens[j]) === 'bukan' && word(tokens[j + 1]) === ','))) {
    j++;
  }
  if (j >= tokens.length) return null;
  let end = m;
  while (end > 0 && (tokens[end - 1] as Token).type === T_PUNCT) end--;
  const before = readBefore(a, end);
  if (before === null) return null;
  const probe: Before = before === 'several' ? { count: null, unit: null, money: a.nums[0] as NumExpr, each: false, goods: null, words: new Set(), stammer: false, split: false } : before;
  let meant = false;
  for (let i = m; i < tokens.length; i++) if (MEANT.has(word(tokens[i]))) meant = true;
  let fix = readFix(a, j, probe, meant);
  // "… eh maksudnya 2500 sebungkus. Ongkos kereta 10rb.": a price each corrected, then another sentence.
  if (fix === null && before !== 'several') {
    const cut = readFix(a, j, probe, meant, true);
    if (cut !== null && cut.restFrom >= 0) fix = cut;
  }
  if (fix === null) return null;
  if (before === 'several') {
    // "kue 30rb, roti 20rb, eh totalnya 50rb": a total after several entries is their sum's check;
    // "… gula 50rb eh 60rb ding": an amount taken back (self-correction.ts); "… kalung 3 eh salah
    // 4 @20rb": the last entry said again whole (spoken-correction.ts). Left to those readers.
    const onlyTotal = fix.count === null && fix.bareCount === null && fix.price === null && fix.bare === null && fix.goods === null && fix.named === null;
    const onlyBare = fix.bare !== null && fix.count === null && fix.bareCount === null && fix.price === null && fix.total === null && fix.goods === null;
    const whole = (fix.count !== null || fix.bareCount !== null) && (fix.price !== null || fix.bare !== null);
    return onlyTotal || onlyBare || whole ? null : 'unclear';
  }
  return apply(a, end, before, fix);
}

// Without these words it reads nothing (its first test): its caller does not call it (guard-lists.ts says why).
inlineCorrection.words = T_FIX;

/** The corrected entry written out, or 'unclear'. */
function apply(a: Analysis, end: number, before: Before, fix: Fix): InlineCorrection {
  const { tokens } = a;
  const oldCount = before.count?.rupiah ?? null;
  // "40 bungkus seceng … eh maksudnya 2500 sebungkus": her price each for the count, whatever the
  // money before it was (a total, a price, a stammer) — written as "@2500".
  if (fix.priceEach && fix.price !== null && oldCount !== null && fix.count === null && fix.bareCount === null && fix.total === null &&
    fix.bare === null && fix.goods === null && fix.named === null) {
    const put = new Map<number, string>();
    putSpan(put, before.money, `@ ${moneyText(fix.price)}`);
    const skip = new Uint8Array(tokens.length);
    for (const [i, s] of put) if (s === '') skip[i] = 1;
    const text = textOf(tokens, 0, end, put, skip);
    if (fix.restFrom < 0) return { text, amount: oldCount * fix.price };
    return { text: `${text}. ${textOf(tokens, fix.restFrom, tokens.length)}`, amount: oldCount * fix.price, more: true };
  }
  if (before.split) return null;
  if (before.stammer || fix.restFrom >= 0) return 'unclear';
  // "15rb eh satunya": for one, or for all? Asked, never the line total kept. (With a figure after
  // it — "eh satu biji 2rb" — the other readers' shape, as before.)
  if (fix.eachWord) {
    const figure = fix.bare !== null || fix.price !== null || fix.total !== null || fix.count !== null || fix.bareCount !== null;
    return figure ? null : 'unclear';
  }
  const oldMoney = before.money.rupiah as number;
  let count = fix.count;
  let price = fix.price;
  let total = fix.total;
  const goods = fix.goods;
  // "bukan X tapi Y": X must name exactly one field said before.
  if (fix.named !== null) {
    if (typeof fix.named === 'string') {
      const span = spanOf(a, end, fix.named.split(' '));
      if (span === null || goods === null) return 'unclear';
      before.goods = span;
    } else {
      const n = fix.named;
      const isCountNamed = oldCount !== null && n === oldCount;
      const isMoneyNamed = n === oldMoney || n * 1000 === oldMoney;
      if (isCountNamed === isMoneyNamed) return 'unclear';
      if (isCountNamed && count === null && fix.bareCount !== null) count = fix.bareCount;
      else if (isMoneyNamed && fix.bare !== null) {
        if (before.each) price = fix.bare;
        else total = fix.bare;
      } else if (isMoneyNamed && fix.bareCount !== null && n < 1000) {
        if (before.each) price = fix.bareCount * 1000;
        else total = fix.bareCount * 1000;
      } else if (!(isCountNamed && count !== null)) return 'unclear';
      fix.bare = null;
      fix.bareCount = null;
    }
  }
  // A bare amount: the total corrected beside a total. Beside a price ("laku 3 bros @15rb eh
  // 20rb") it may be the price, the total or another sale: asked — unless it is the price said
  // again ("… maksudnya tiga puluh ribuan"), or said as one's ("ribuan").
  if (fix.bare !== null) {
    // "… tiga puluh ribu satu eh salah sebelas biji maksudnya tiga puluh ribuan": one's price
    // restated after what read as a total — the whole entry said again (restated-entry.ts).
    if (fix.bareEach && !before.each) return null;
    if (!before.each) {
      if (total !== null) return 'unclear';
      // "laku 12 bros 180rb eh 15rb": the count times it is the total said — the price each,
      // the total kept. Near the total so (12 × 16rb beside 180rb) but not near it as a total: for one or all? Asked.
      const bareOnly = fix.count === null && fix.bareCount === null && fix.price === null && fix.goods === null && fix.named === null;
      if (bareOnly && oldCount !== null && oldCount > 1 && !near(fix.bare, oldMoney) && near(fix.bare * oldCount, oldMoney)) {
        return fix.bare * oldCount === oldMoney ? { text: textOf(tokens, 0, end), amount: oldMoney } : 'unclear';
      }
      total = fix.bare;
    } else if (fix.bare === oldMoney || (fix.bareEach && price === null)) {
      price = fix.bare === oldMoney ? price : fix.bare;
    } else if (price === null && total !== null && oldCount !== null && fix.count === null && fix.bareCount === null && fix.bare * oldCount === total) {
      // "18 mangkok @10rb … eh 12rb ding, jadi 216rb": the new total is the count at the new price — the price each.
      price = fix.bare;
    } else return 'unclear';
  }
  // A bare plain number: the count, unless read in thousands it may be the price ("@10rb eh 12").
  if (fix.bareCount !== null) {
    // (With its own price after it — "eh salah 14 @15rb" — it is the count. With a new total that
    // only the count makes — "@10rb … eh 17 ding, jadi 170rb": 17 × 10rb — it is the count too.)
    const countByTotal = before.each && total !== null && oldCount !== null && price === null && fix.bareCount * oldMoney === total &&
      oldCount * fix.bareCount * 1000 !== total;
    if (oldCount === null || count !== null || (price === null && near(fix.bareCount * 1000, oldMoney) && !countByTotal) || fix.bareCount > oldCount * 2 + 10) return 'unclear';
    count = fix.bareCount;
  }
  if (count === null && price === null && total === null && goods === null) return null;
  // "20 pcs @35rb eh salah 20 pcs @35rb": said again the same — what was wrong? Asked (a total
  // alone that agrees is only a check: "@3rb eh jadi 30rb").
  if ((count !== null || price !== null) && (count ?? oldCount) === oldCount && (before.each ? (price ?? oldMoney) === oldMoney : total === null && price === null) && goods === null) {
    return 'unclear';
  }
  const put = new Map<number, string>();
  let amount: number;
  if (before.each) {
    const c = count ?? oldCount ?? 1;
    const p = price ?? oldMoney;
    amount = c * p;
    // A total stated after: a check of count × price.
    if (total !== null && total !== amount) return 'unclear';
    if (price !== null) putSpan(put, before.money, moneyText(p));
  } else {
    // A count corrected beside a total: does the total change too? Only a total said after tells.
    if (count !== null && total === null && oldCount !== count) return 'unclear';
    // A total word alone after a line total ("beli gula 20rb eh jadi 25rb") is a check that
    // disagrees (something more unsaid?), not the figure replaced: asked. The line total is
    // replaced by a bare amount ("eh salah ketik 38rb"), "bukan X tapi Y", or with a new count.
    if (fix.total !== null && fix.total !== oldMoney && count === null && fix.named === null) return 'unclear';
    // "2kg 24rb eh harganya 13rb": for one, or the line? Asked. With its count said again ("8 bungkus
    // sewu limangatus… eh salah, 8 bungkus @15rb") the entry is said again whole: left to the
    // readers of a whole restatement (spoken-correction.ts), as after several entries.
    if (price !== null) return count !== null ? null : 'unclear';
    amount = total ?? oldMoney;
    if (total !== null) putSpan(put, before.money, moneyText(total));
  }
  if (count !== null) {
    if (before.count === null) return 'unclear';
    putSpan(put, before.count, String(count));
  }
  if (goods !== null) {
    if (before.goods === null) return 'unclear';
    put.set(before.goods[0], goods);
    for (let i = before.goods[0] + 1; i < before.goods[1]; i++) put.set(i, '');
  }
  const skip = new Uint8Array(tokens.length);
  for (const [i, s] of put) if (s === '') skip[i] = 1;
  // (The old total said again goes with the old figures; the correction's own total checked it above.)
  if (before.restated !== undefined && (count !== null || price !== null)) for (let i = before.restated[0]; i < before.restated[1]; i++) skip[i] = 1;
  return { text: textOf(tokens, 0, end, put, skip), amount };
}

/** Writes `text` in place of the number's tokens. */
function putSpan(put: Map<number, string>, ex: NumExpr, text: string): void {
  put.set(ex.start, text);
  for (let i = ex.start + 1; i < ex.end; i++) put.set(i, '');
}

/**
 * A measure that describes the goods, not how many: "laku 5 botol sambal 150ml @18rb" sells
 * five bottles (150 ml is which bottle), "beli 1 sak beras 25kg 330rb" buys one sack, "2 sepatu
 * ukuran 40 @150rb" two shoes. Read as a count, the size multiplies the price (150 × 18rb).
 *
 * A number with a measure unit (ml, liter, kg, gram, cm, …) is a size when an earlier count of
 * containers or pieces ("5 botol", "1 sak", "3 pcs") already says how many in the same clause,
 * and nothing but the item's name stands between them. It must not be followed by another
 * item word: "2 bungkus kopi 1 kg gula 60rb" is a second item, not the coffee's size, and is
 * left to the other readers. "ukuran 40" / "size 40" / "uk 40" names a size wherever it stands
 * when the number carries no money word.
 *
 * After a size word, letter sizes each with a count ("jual 3 kemeja batik ukuran XL 1 L 2, total
 * 510rb") split the count before them: all marked, when the counts add up to it. Read as numbers,
 * "L 2" was a sale of Rp2. Counts that do not add up ("3 kemeja ukuran XL 1 L 1") are left to the
 * other readers, and asked.
 */
import { T_NUM, T_WORD, type Token } from './lexer.ts';
import { F_NUMWORD, F_SCALE, F_SLANG, G_EACH, G_HALF, G_SE_SCALE } from './word-roles.ts';

/** Units of measure: a size of one piece ("150ml", "1,5L", "25kg", "30cm"). */
const MEASURES = new Set(['ml', 'l', 'liter', 'kg', 'gram', 'g', 'ons', 'cm', 'mm', 'inch', 'inci', 'oz', 'cc']);
/** Counted containers and pieces: "5 botol", "1 sak", "3 pcs". */
const PIECES = new Set(['botol', 'sak', 'karung', 'bungkus', 'dus', 'kardus', 'box', 'pak', 'pack', 'galon', 'kaleng', 'toples',
  'tabung', 'pcs', 'buah', 'biji', 'cup', 'gelas', 'pouch', 'jerigen', 'ember', 'kotak', 'pasang', 'lembar', 'unit', 'set',
  'renteng', 'bal', 'kantong', 'sachet', 'saset', 'tube', 'roll', 'gulung', 'ikat']);
/** Words that may follow a size: what it is for or what it costs, never another item. */
const AFTER_SIZE = new Set(['buat', 'untuk', 'utk', 'harga', 'hrg', 'seharga', 'harganya', 'total', 'jadi', 'isi', 'per', 'masing',
  'masing-masing', 'masing2', 'aja', 'saja', 'ya', 'tadi', 'kemarin', 'kemaren', 'td']);
/** Words that name a size number: "ukuran 40", "size 40". */
const SIZE_WORDS = new Set(['ukuran', 'size', 'uk', 'ukurannya', 'nomor']);
/** Words that end a clause: a new item may start after them. */
const BREAKS = new Set(['dan', 'sama', 'sm', 'terus', 'trus', 'lalu', 'plus', 'tambah', 'ama']);

function plain(t: Token | undefined): boolean {
  return t !== undefined && t.type === T_NUM && t.num !== undefined && t.num !== null && t.num.ok && t.num.plain;
}

/** A plain or decimal number: "150", "1,5". */
function measureNum(t: Token): boolean {
  return t.type === T_NUM && t.num !== undefined && t.num !== null && t.num.ok && (t.num.plain || t.num.decimal);
}

/** Token indexes (number and unit) of sizes that describe the goods, to be marked M_SIZE. */
export function goodsSizes(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    const u = tokens[i + 1] as Token;
    // "3 kemeja ukuran XL 1 L 2": how many of each size, adding up to the count before it.
    const split = t.type === T_WORD && SIZE_WORDS.has(t.key) ? sizeSplit(tokens, i) : null;
    if (split !== null) {
      out.push(...split);
      i = (split[split.length - 1] as number);
      continue;
    }
    // "ukuran 40": the number after a size word, unless money follows it ("ukuran 40 rb").
    if (t.type === T_WORD && SIZE_WORDS.has(t.key) && plain(u) && !moneyAfter(tokens[i + 2])) {
      out.push(i + 1);
      continue;
    }
    // "1 botol seliter 150rb", "1 botol setengah liter 80rb", "2 bungkus sekilo @25rb": a size in words
    // after a counted container is which bottle, as "1 botol 1 liter" is — never a second count.
    const words = wordSize(tokens, i);
    if (words > 0) {
      if (sizeEnds(tokens[i + words]) && countedBefore(tokens, i)) for (let k = 0; k < words; k++) out.push(i + k);
      i += words - 1;
      continue;
    }
    if (!measureNum(t) || u.type !== T_WORD || !MEASURES.has(u.key.toLowerCase())) continue;
    const next = tokens[i + 2];
    if (next !== undefined && next.type === T_WORD && !AFTER_SIZE.has(next.key)) continue;
    if (countedBefore(tokens, i)) out.push(i, i + 1);
  }
  return out;
}

/** Measures a size in words is said in: "seliter", "setengah kilo", "seperempat kg". */
const WORD_MEASURES = new Set(['liter', 'kg', 'ons', 'gram']);

/**
 * How many tokens a size in words at i takes: 1 for "seliter", "sekilo" (one of a measure), 2 for
 * "setengah liter", "seperempat kilo", "satu liter" (a half, a quarter or a number word, then the
 * measure), 3 for "satu setengah liter"; 0 for anything else.
 */
function wordSize(tokens: readonly Token[], i: number): number {
  const t = tokens[i] as Token;
  if (t.type !== T_WORD) return 0;
  if ((t.f2 & G_EACH) !== 0 && t.info?.one === true && WORD_MEASURES.has(t.info.perUnit ?? '')) return 1;
  const u = tokens[i + 1];
  // "satu setengah liter": a number word, a half, the measure.
  const m = tokens[i + 2];
  if ((t.f & F_NUMWORD) !== 0 && (t.f & F_SCALE) === 0 && u !== undefined && (u.f2 & G_HALF) !== 0 && m !== undefined && m.type === T_WORD &&
    WORD_MEASURES.has(m.key)) return 3;
  if (u === undefined || u.type !== T_WORD || !WORD_MEASURES.has(u.key)) return 0;
  return (t.f2 & G_HALF) !== 0 || ((t.f & F_NUMWORD) !== 0 && (t.f & F_SCALE) === 0) ? 2 : 0;
}

/** What may follow a size: the end, a comma or line, an amount, or a word that is no other item. */
function sizeEnds(t: Token | undefined): boolean {
  return t === undefined || t.type !== T_WORD || AFTER_SIZE.has(t.key) || BREAKS.has(t.key) || (t.f & (F_NUMWORD | F_SLANG)) !== 0 ||
    (t.f2 & G_SE_SCALE) !== 0 || (t.f2 & G_EACH) !== 0;
}

/** A money word right after a number ("40 rb", "40ribu"). */
function moneyAfter(t: Token | undefined): boolean {
  return t !== undefined && t.type === T_WORD && (t.key === 'ribu' || t.key === 'rb' || t.key === 'juta' || t.key === 'k');
}

/** "5 botol sambal" just before i: a count of pieces, then only the item's words. */
function countedBefore(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 1; j--) {
    const t = tokens[j] as Token;
    if (t.type !== T_WORD) return false;
    if (BREAKS.has(t.key)) return false;
    if (PIECES.has(t.key) && plain(tokens[j - 1])) return true;
  }
  return false;
}

/** Letter sizes of clothes: "S", "M", "L", "XL", "XXL", "3XL", "allsize". */
const LETTER_SIZES = new Set(['s', 'm', 'l', 'xl', 'xxl', 'xxxl', '2xl', '3xl', '4xl', 'xs', 'allsize', 'jumbo']);

/**
 * Token indexes of letter sizes with their counts after the size word at `at` ("ukuran XL 1 L 2"),
 * when the counts add up to the plain count before it in its clause ("3 kemeja"); else null.
 */
function sizeSplit(tokens: readonly Token[], at: number): number[] | null {
  const out: number[] = [];
  let sum = 0;
  let j = at + 1;
  while (tokens[j]?.type === T_WORD && LETTER_SIZES.has((tokens[j] as Token).key.toLowerCase()) && plain(tokens[j + 1]) && !moneyAfter(tokens[j + 2])) {
    sum += (tokens[j + 1] as Token).num?.value.m ?? 0;
    out.push(j, j + 1);
    j += 2;
    // ("XL 1, L 2", "XL 1/L 2": a comma or slash between the sizes.)
    const sep = tokens[j];
    if (sep !== undefined && (sep.text === ',' || sep.text === '/') && LETTER_SIZES.has((tokens[j + 1]?.key ?? '').toLowerCase())) j++;
  }
  if (out.length === 0) return null;
  for (let k = at - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.type === T_NUM) return plain(t) && t.num?.value.s === 0 && t.num.value.m === sum ? out : null;
    if (t.type !== T_WORD || BREAKS.has(t.key)) return null;
  }
  return null;
}

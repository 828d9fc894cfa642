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
 */
import { T_NUM, T_WORD, type Token } from './lexer.ts';

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
    // "ukuran 40": the number after a size word, unless money follows it ("ukuran 40 rb").
    if (t.type === T_WORD && SIZE_WORDS.has(t.key) && plain(u) && !moneyAfter(tokens[i + 2])) {
      out.push(i + 1);
      continue;
    }
    if (!measureNum(t) || u.type !== T_WORD || !MEASURES.has(u.key.toLowerCase())) continue;
    const next = tokens[i + 2];
    if (next !== undefined && next.type === T_WORD && !AFTER_SIZE.has(next.key)) continue;
    if (countedBefore(tokens, i)) out.push(i, i + 1);
  }
  return out;
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

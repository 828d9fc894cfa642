/**
 * Words for "each" in other shapes than "@" or "per": a count of one with a possessive
 * unit ("1 potongnya 5rb", "satu bungkusnya", Javanese "sak porsine", Sundanese "sabungkusna")
 * and "one of it" ("hiji na", "siji ne", "sijine"). The lexer merges them into one token with
 * the each role, so the amount next to them is a price per piece, never the whole sale.
 */
import { lookupWord } from './lexicon.ts';
import { F_UNIT } from './word-roles.ts';

/** Possessive endings: Indonesian "-nya", Javanese "-ne"/"-e", Sundanese "-na". */
const SUFFIXES = ['nya', 'ne', 'na', 'e'] as const;

/** The counting unit inside a possessive form ("potongnya" → "potong", "porsine" → "porsi"), or null. */
export function possessiveUnit(word: string): string | null {
  for (const s of SUFFIXES) {
    if (!word.endsWith(s) || word.length - s.length < 3) continue;
    const stem = word.slice(0, -s.length);
    // "-e" follows a consonant ("bungkuse"); "porsie" is not a word.
    if (s === 'e' && 'aiueo'.includes(stem[stem.length - 1] as string)) continue;
    const info = lookupWord(stem);
    if (info && (info.flags & F_UNIT) !== 0) return info.canon;
  }
  return null;
}

/** "one" as a count before a unit or a possessive: satu, Javanese sak/siji, Sundanese hiji/sa. */
export const ONE_COUNT = new Set(['1', 'satu', 'sak', 'siji', 'hiji', 'sa', 'se']);
/** The possessive particle written apart: "hiji na", "siji ne", "satu nya". */
export const POSSESSIVE = new Set(['nya', 'ne', 'na', 'e']);
/** "one of it" in one word: Javanese "sijine", Sundanese "hijina", "satune". */
export const ONE_OF_IT = new Set(['setunggalipun', 'setunggale', 'sijine', 'sijie', 'hijina', 'hijine', 'satune', 'sijinya', 'hijinya', 'saciek', 'cieknyo',
  'sa-ciek', 'sabijine', 'sabutingnya', 'sahijina', 'sahijine', 'sasikina']);
/**
 * "one" right after a price: Sundanese "sarebu hiji", Minang "15 ribu ciek", Javanese "rong
 * ewu siji", krama "sewu setunggal" — the price of one, never a thousand and one. (Indonesian "seribu satu" stays
 * 1.001: it is how the number is said.)
 */
export const ONE_AFTER_PRICE = new Set(['hiji', 'siji', 'ciek', 'setunggal', 'setunggil']);
/** "one" between a counted unit and a price: "4 bungkus, satu 15rb", "4 bungkuih ciek 15 ribu". */
export const ONE_BEFORE_PRICE = new Set(['hiji', 'siji', 'ciek', 'satu', 'setunggal', 'setunggil']);

/**
 * Units that hold several pieces: "3 pack, per biji 2rb" — how many in a pack? — stays asked.
 * Any other counted unit is one thing ("10 gulung benang sebiji 4.500", "5 botol, sebuah 8rb"):
 * a price per piece is a price per that unit.
 */
const CONTAINERS = new Set(['lusin', 'kodi', 'gros', 'bungkus', 'pack', 'pak', 'packs', 'box', 'boxes', 'dus', 'kardus', 'kotak',
  'toples', 'karung', 'sak', 'renteng', 'set', 'sets', 'ikat', 'iket', 'bal', 'rim', 'krat', 'peti', 'keranjang', 'kantong',
  'kantung', 'tray', 'sisir', 'tandan', 'gepok', 'bundel', 'paket', 'rantang', 'bungkusan', 'lot', 'sachet', 'bags', 'bag',
  'kg', 'gram', 'ons', 'kwintal', 'ton', 'liter', 'meter', 'kilos', 'kgs', 'meters', 'porsi', 'piring', 'mangkok', 'mangkuk']);
/** Words for one piece whatever it is: "sebiji", "per biji", "sebuah", "per pcs". */
const PIECE_UNITS = new Set(['biji', 'buah', 'pcs', 'butir']);

/** A price per piece (`priceUnit`) for goods counted in `unit`: the same thing, when the unit is one object. */
export function pieceIsUnit(unit: string, priceUnit: string): boolean {
  const u = lookupWord(unit)?.canon ?? unit;
  const p = lookupWord(priceUnit)?.canon ?? priceUnit;
  return PIECE_UNITS.has(p) && !CONTAINERS.has(u) && !PIECE_UNITS.has(u);
}

/**
 * Words for one serving of food: "porsi", "piring", "mangkok", "bungkus", "pincuk". A price per
 * serving named by another serving word ("lontong sayur laku 22 porsi, sepiring 10rb", "18
 * mangkok, seporsi 12rb") is a price per what she counted: one plate is one portion.
 */
const SERVINGS = new Set(['porsi', 'piring', 'mangkok', 'mangkuk', 'bungkus', 'pincuk', 'portion', 'portions', 'plates', 'bowl', 'bowls']);

/** Goods counted in one serving word and priced by another: the same serving. */
export function sameServing(unit: string, priceUnit: string): boolean {
  const u = lookupWord(unit)?.canon ?? unit;
  const p = lookupWord(priceUnit)?.canon ?? priceUnit;
  return SERVINGS.has(u) && SERVINGS.has(p);
}

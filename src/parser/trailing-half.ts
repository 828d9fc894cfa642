/**
 * A half (or a quarter) said after its unit: "3 kilo setengah" is 3½ kilo, "2 rak setengah" 2½
 * trays, Javanese "rong kilo setengah", Sundanese "dua kilo satengah", "sakilo setengah" 1½ kilo;
 * "separuh kilo", Javanese "separo kilo": "setengah kilo".
 * Written again in the order amount.ts reads as one count — "3 setengah kilo", "satu setengah
 * kilo" — so the price each then multiplies the whole quantity (3,5 × 28rb = 98rb).
 *
 * WHY: read as written, "setengah" after the unit was a second count of half a unit: "bawang merah
 * laku 3 kilo setengah @28rb" became half a kilo at 28rb (14rb) beside three kilos unpriced, and
 * was asked with the wrong draft amount.
 *
 * Only after a unit that is sold in halves (weights, measures, trays, bundles, sacks, bottles),
 * with a count right before it, and only when what follows the half cannot make it its own
 * phrase: the end, a comma, an amount, "@", "x", a price or each word, a total word, "dan".
 * "2 potong setengah harga" (half price), "5 kilo setengah buat rumah" (half of it used at
 * home), "3 kilo setengah kilo" and "2 kilo setengah hari" keep their reading.
 */
import { lookupWord } from './lexicon.ts';
import { retag } from './retag.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { tokenTrigger } from './token-triggers.ts';
import { F_EXPENSE, F_FILLER, F_NUMWORD, F_SALE, F_PRICE, F_SCALE, F_SLANG, F_TOTAL, F_UNIT, G_CONJ, G_EACH, G_HALF, G_MULT, G_PER, G_SE_SCALE } from './word-roles.ts';

/** The half and quarter words (lexicon.ts G_HALF), as written and as keyed. */
export const W_TRAILING_HALF = tokenTrigger(['/', 'sak', 'separuh', 'separo', 'sepalih', 'saparuh', 'setengah', 'stengah', 'stgh', 'seperempat', 'seprapat', 'saprapat', 'satengah', 'satangah', 'saparo']);

/** Units sold in halves, by their lexicon key. */
const HALVED = new Set(['kg', 'kilo', 'kilogram', 'ons', 'liter', 'ltr', 'meter', 'yard', 'rak', 'ikat', 'iket', 'karung', 'sak', 'lusin', 'kodi',
  'kwintal', 'ton', 'ekor', 'papan', 'botol', 'galon', 'kaleng', 'gulung', 'bal', 'roll', 'tandan', 'sisir', 'keranjang', 'ember', 'jerigen']);

/** Measures "sak" (one) is said before, written apart ("sak kilo"). */
const MEASURES = new Set(['kg', 'ons', 'liter', 'meter']);

/** Other words for half, a quantity only before a unit sold in halves. */
const HALF_WORDS = new Set(['separuh', 'separo', 'sepalih', 'saparuh']);

/** What a half before it is half of, never a count of goods: the price, a stretch of time. */
const NOT_COUNTED = new Set(['harga', 'hrg', 'hari', 'hr', 'jam', 'malam', 'malem', 'minggu', 'bulan', 'bln', 'tahun', 'thn', 'abad',
  'dina', 'poe', 'ari', 'jalan', 'mateng', 'matang', 'mentah', 'modal', 'untung', 'rugi']);

/** Free number words, by value, for the bound forms ("rong", "telung") moved from their unit. */
const FREE = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];

/** Words after the half that make it half of what was counted ("5 kilo setengah buat rumah"), never its count. */
const PART_OF = new Set(['buat', 'untuk', 'utk', 'bwt', 'kanggo', 'kangge', 'dipakai', 'dipake', 'dipakei', 'kepake', 'dimakan', 'sisa', 'sisanya',
  'lagi', 'lg', 'rusak', 'busuk', 'nya', 'belum', 'blm', 'udah', 'sudah', 'dah', 'wis', 'dibawa', 'dikasih']);

/** Words after the half that keep it a part of the count: fillers and these. */
const AFTER = new Set(['aja', 'saja', 'ae', 'wae', 'bae', 'ya', 'yah', 'tadi', 'td', 'doang', 'jadi', 'jd', 'at']);

function word(text: string): Token {
  const info = lookupWord(text);
  return { type: T_WORD, text, key: info?.canon ?? text, info, f: info?.flags ?? 0, f2: info?.flags2 ?? 0, attached: false, num: null };
}

/** A whole count stands at t: plain digits of a small number, or a number word that is no scale. */
function isCount(t: Token | undefined): boolean {
  if (t === undefined) return false;
  if (t.type === T_NUM) return t.num !== null && t.num.ok && t.num.plain && t.num.value.s === 0 && t.num.value.m > 0 && t.num.value.m < 1000;
  return t.type === T_WORD && (t.f & F_NUMWORD) !== 0 && (t.f & F_SCALE) === 0 && (t.f2 & G_HALF) === 0;
}

/** t is the plain digit d. */
function isDigit(t: Token | undefined, d: number): boolean {
  return t !== undefined && t.type === T_NUM && t.text === String(d);
}

/** An amount starts at t: digits, a number word, a slang price, "seribu". */
function startsAmount(t: Token | undefined): boolean {
  return t !== undefined && (t.type === T_NUM || (t.type === T_WORD && ((t.f & (F_NUMWORD | F_SLANG)) !== 0 || (t.f2 & G_SE_SCALE) !== 0)));
}

/** A sale or purchase verb stands before token i. */
function verbBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) if (((tokens[k] as Token).f & (F_SALE | F_EXPENSE)) !== 0) return true;
  return false;
}

/** What follows the half at i leaves it part of the count before it. */
function endsCount(tokens: readonly Token[], i: number): boolean {
  const n = tokens[i + 1];
  if (n === undefined || n.type === T_NL || n.type === T_NUM) return true;
  if (n.type === T_PUNCT) return n.text !== '-' && n.text !== '/';
  if (n.type !== T_WORD || PART_OF.has(n.key) || PART_OF.has(n.text)) return false;
  if ((n.f & (F_UNIT | F_SCALE)) !== 0) return false; // "3 kilo setengah kilo", "2 kilo setengah juta"
  // "rendang 1 kilo setengah laku @180rb": the verb after the goods and their count; after another verb
  // ("beli 3 kilo setengah laku") the half may be the part of them sold — left as written.
  if ((n.f & (F_SALE | F_EXPENSE)) !== 0) return !verbBefore(tokens, i);
  if (startsAmount(n)) return true;
  if ((n.f2 & (G_EACH | G_PER | G_MULT | G_CONJ)) !== 0 || (n.f & F_TOTAL) !== 0 || AFTER.has(n.key)) return true;
  // "harganya 98rb": a price word with an amount after it; "setengah harga" alone is half price.
  // ("harga sekilo 40rb", "harga per kilo 40rb": the price's unit may stand between.)
  if ((n.f & F_PRICE) !== 0) {
    let j = i + 2;
    while (tokens[j]?.type === T_WORD && (((tokens[j] as Token).f2 & (G_EACH | G_PER)) !== 0 || ((tokens[j] as Token).f & F_UNIT) !== 0)) j++;
    return startsAmount(tokens[j]);
  }
  return (n.f & F_FILLER) !== 0;
}

/**
 * Rewrites, in place, "N unit setengah" as "N setengah unit", "sakilo setengah" as "satu setengah kilo",
 * and "separuh kilo" (Javanese "separo kilo", krama "sepalih kilo") as "setengah kilo".
 */
export function settleTrailingHalf(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const h = tokens[i] as Token;
    const u = tokens[i + 1];
    // "separuh kilo @60rb": half of a unit sold in halves is a quantity, as "setengah kilo" is; elsewhere
    // ("separuh utang", "separuhnya buat dapur") it stays a part of money, read where it is.
    if (h.type === T_WORD && HALF_WORDS.has(h.key) && u !== undefined && u.type === T_WORD && (u.f & F_UNIT) !== 0 && HALVED.has(u.key)) {
      retag(h, 'setengah');
    }
    // "1 1/2 kg", "2 1/4 kilo": a whole count, then a half or a quarter in digits before a unit — the
    // half's word, so the two are one count ("1 setengah kg"). "1/2 kg" alone is read already.
    if (isCount(h) && h.type === T_NUM && isDigit(u, 1) && tokens[i + 2]?.text === '/' && (isDigit(tokens[i + 3], 2) || isDigit(tokens[i + 3], 4)) &&
      ((tokens[i + 4]?.f ?? 0) & F_UNIT) !== 0) {
      tokens.splice(i + 1, 3, word(isDigit(tokens[i + 3], 2) ? 'setengah' : 'seperempat'));
      continue;
    }
    // Javanese "sak kilo", "sak liter" (one kilo), written apart: one word, as "sakilo" is. (After a count,
    // "2 sak kilo"? — and "1 sak beras" is a sack: left as written.)
    if (h.type === T_WORD && h.text === 'sak' && u !== undefined && u.type === T_WORD && (u.f & F_UNIT) !== 0 && MEASURES.has(u.key) &&
      !isCount(tokens[i - 1])) {
      const one = lookupWord(`se${u.text}`);
      if (one !== null && (one.flags2 & G_EACH) !== 0 && one.one === true) {
        tokens.splice(i, 2, { ...h, text: `${h.text} ${u.text}`, key: one.canon, info: one, f: one.flags, f2: one.flags2 });
        continue;
      }
    }
    // "jual baju setengah harga 50rb" (half price), "kerja setengah hari dapet 60rb" (half a day): the half
    // is of the price or the time, no count of the goods — a plain word, so the amount is read alone.
    // ("3 kilo setengah harga 98rb" — after a counted unit — is read below, and asked.)
    const p = tokens[i - 1];
    const afterUnit = p !== undefined && p.type === T_WORD && (p.f & F_UNIT) !== 0;
    if (h.type === T_WORD && (h.f2 & G_HALF) !== 0 && !afterUnit && u !== undefined && u.type === T_WORD && NOT_COUNTED.has(u.key)) {
      tokens[i] = { ...h, key: h.text, info: null, f: F_FILLER, f2: 0 };
    }
  }
  for (let i = 1; i < tokens.length; i++) {
    const half = tokens[i] as Token;
    if (half.type !== T_WORD || (half.f2 & G_HALF) === 0) continue;
    const unit = tokens[i - 1] as Token;
    if (unit.type !== T_WORD || !endsCount(tokens, i)) continue;
    if ((unit.f & F_UNIT) !== 0 && (unit.f & F_SCALE) === 0 && HALVED.has(unit.key) && isCount(tokens[i - 2])) {
      // "3 kilo setengah" → "3 setengah kilo"
      tokens[i - 1] = half;
      tokens[i] = unit;
      // Javanese "rong kilo setengah": a bound number counts only right before its unit; moved
      // away from it, it is read as the free number ("dua"), its text kept.
      const n = tokens[i - 2] as Token;
      const free = n.info?.bound === true && typeof n.info.num === 'number' ? FREE[n.info.num] : undefined;
      if (free !== undefined) tokens[i - 2] = { ...word(free), text: n.text, attached: n.attached };
      continue;
    }
    const one = unit.info;
    if (one !== null && (unit.f2 & G_EACH) !== 0 && one.one === true && one.perUnit !== undefined && HALVED.has(one.perUnit) &&
      !isCount(tokens[i - 2])) {
      // "sakilo setengah", "seliter setengah" → "satu setengah kilo"
      // (The unit written as the unit, so a price per kilo after it meets the same unit.)
      tokens.splice(i - 1, 2, { ...word('satu'), attached: unit.attached }, half, word(one.perUnit));
      i++;
    }
  }
}

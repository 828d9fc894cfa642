/**
 * Words that take money off a sale when an amount follows ("diskon 10rb", "potongan 5.000").
 * "potong" is also a counting unit: after a count ("obras 10 potong 20rb", "kue 5 potong")
 * it counts pieces and takes nothing off. After a fee word it is work, the butcher's cutting
 * ("ongkos potong 5rb/ekor", "upah potong ayam"): a fee paid or earned, never money off a sale.
 */
import { T_NUM, T_PUNCT, type Token } from './lexer.ts';
import { F_NUMWORD } from './word-roles.ts';
import { trigger } from './triggers.ts';

export const DISCOUNT_WORDS = new Set(['diskon', 'discount', 'disc', 'potongan', 'potong', 'korting', 'dipotong', 'dipotongin', 'didiskon']);
/** A discount word in the message: `isDiscountWord` holds nowhere without one. */
export const T_DISCOUNT = trigger(DISCOUNT_WORDS);

/** Fee words: "potong" after them is the work paid for ("ongkos potong", "upah potong", "biaya potong"). */
export const FEE_WORDS = new Set(['ongkos', 'ongkosnya', 'ongkos2', 'upah', 'upahnya', 'biaya', 'biayanya', 'jasa', 'ongkir', 'fee', 'tarif',
  'ongkus', 'onkos', 'ongkis', 'gaji', 'bayaran']);
/** Who or where the cutting is done: "tukang potong", "jasa potong", "rumah potong ayam" — work, never money off. */
const CUTTERS = new Set(['tukang', 'jasa', 'rumah', 'mesin', 'juru', 'tempat', 'bayar', 'byr']);

/** Words that make the "potong" after them the piece a price is for. */
const PER = new Set(['per', 'tiap', 'setiap', 'tiap2', 'masing2']);

/** Whether tokens[i] is a discount word (not "potong" counting pieces). */
export function isDiscountWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined || !DISCOUNT_WORDS.has(t.key)) return false;
  if (t.key !== 'potong') return true;
  const before = tokens[i - 1];
  if (before !== undefined && (FEE_WORDS.has(before.key) || CUTTERS.has(before.key))) return false;
  // "100rb/potong", "85rb per potong", "tiap potong 20rb": per piece, a unit.
  if (before !== undefined && ((before.type === T_PUNCT && before.text === '/') || PER.has(before.key))) return false;
  return before === undefined || !(before.type === T_NUM || (before.f & F_NUMWORD) !== 0);
}

/**
 * A discount named with no amount: "laku 2 gamis, 1 nya 200rb 1 nya lagi diskon", "jual 4
 * tunik @80rb kasih potongan dikit". She took something off, but not how much: the sale at its
 * full price would overstate her takings by an amount nobody wrote down. Asked, never recorded
 * at the undiscounted total.
 *
 * "diskon 20rb" (an amount follows) is applied by the entry reader; "gak pake diskon", "tanpa
 * diskon" took nothing off; "potong rambut", "potongan kain" are work and cloth, not a discount
 * (only a discount word that ends its clause, or is followed by a word of degree, counts).
 */
import type { Analysis } from './analyze.ts';
import { isDiscountWord } from './discount-word.ts';
import { isServiceWord } from './service-work.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import { F_NUMWORD } from './word-roles.ts';

const T_DISCOUNT = trigger(['diskon', 'discount', 'disc', 'potongan', 'potong', 'korting', 'dipotong', 'dipotongin', 'didiskon']);
/** Words that say no discount was given. */
const NONE = new Set(['gak', 'ga', 'gk', 'nggak', 'ngga', 'enggak', 'tidak', 'tdk', 'tanpa', 'no', 'tak', 'bukan', 'belum', 'blm']);
/** Words after the discount word that leave its amount unsaid ("diskon dikit", "potongan lagi"). */
const AFTER = new Set(['dikit', 'sedikit', 'lagi', 'juga', 'jg', 'dong', 'deh', 'aja', 'ajah', 'sih', 'harga', 'harganya', 'krn', 'karena',
  'soalnya', 'yaa', 'ya']);

/** Joining words between two services ("creambath sama potong", "cuci & potong"). */
const JOINS = new Set(['sama', 'sm', 'ama', 'dan', 'dn', 'n', '&', '+', 'plus', 'terus', 'trus']);

/** Whether a discount word stands with no amount of its own. */
export function discountUnpriced(a: Analysis): boolean {
  if (!present(a, T_DISCOUNT)) return false;
  const tokens = a.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (!isDiscountWord(tokens, i)) continue;
    const before = tokens[i - 1] as Token | undefined;
    const before2 = tokens[i - 2] as Token | undefined;
    if ((before && NONE.has(before.key)) || (before2 && NONE.has(before2.key))) continue;
    // "creambath sama potong": a haircut joined to another of her services, work not money off.
    if (tokens[i]?.key === 'potong' && before !== undefined && JOINS.has(before.key) && before2 !== undefined && isServiceWord(before2.key)) continue;
    // "minta diskon, jadi 110rb", "diskon ya, tinggal 90rb": the price after it says how much.
    let priced = false;
    for (let k = i + 1; k <= i + 4 && k < tokens.length && !priced; k++) priced = (tokens[k] as Token).type === T_NUM;
    if (priced) continue;
    const next = tokens[i + 1] as Token | undefined;
    if (next === undefined || next.type === T_NL || (next.type === T_PUNCT && next.text !== '@' && next.text !== ':')) return true;
    if (next.type === T_WORD && AFTER.has(next.key)) {
      // "diskon lagi 5rb": the amount is only one word further.
      let k = i + 2;
      while (tokens[k]?.type === T_WORD && AFTER.has((tokens[k] as Token).key)) k++;
      const far = tokens[k];
      if (far === undefined || far.type === T_NL || far.type === T_PUNCT || (far.type === T_WORD && (far.f & F_NUMWORD) === 0)) return true;
    }
  }
  return false;
}

/**
 * Whether a message says how its amount relates to the count: a price each ("@15rb",
 * "x 15rb", "per biji", "masing-masing", "satunya", "harga", "sekilonya") or a total
 * ("total", "jumlah", "semua", "semuanya"). "laku 5 bros 15rb" says neither: the parser
 * reads the bare amount as the total, and the conversation may ask each-or-total when her
 * own known price for the goods is that very amount (flows/books/each-or-total.ts). Pure.
 */
import { lex, T_PUNCT, T_WORD } from './lexer.ts';
import { prepare } from './normalize.ts';
import { F_PRICE, F_TOTAL, G_EACH, G_MULT, G_PER } from './word-roles.ts';

const MARKS = F_PRICE | F_TOTAL;
const MARKS2 = G_EACH | G_MULT | G_PER;

export function statesEachOrTotal(text: string): boolean {
  for (const t of lex(prepare(text).text).tokens) {
    if (t.type === T_PUNCT && (t.text === '@' || t.text === '/' || t.text === '=')) return true;
    if (t.type === T_WORD && ((t.f & MARKS) !== 0 || (t.f2 & MARKS2) !== 0)) return true;
  }
  return false;
}

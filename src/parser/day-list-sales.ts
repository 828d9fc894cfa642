/**
 * Her day's list, where what she spent has its buying verb and what she sold has none:
 *
 *   catatan hr ini / keripik 10 bks x 10rb / rengginang 6 x 12rb / beli minyak 2 liter 38rb
 *   trima cuci kiloan 6kg x 6rb, sama beli detergen 1 bks 21rb
 *
 * The buying verb marks what is spent, so the verb-less lines of counted goods beside it are
 * the other side of her day: her sales. The kind guess (`kind_guessed`) is dropped only when
 * every part of that holds, on words the parser knows:
 *
 * - every other entry is an expense whose own clause has a strong buying verb (beli, belanja,
 *   kulakan, tuku…); a weak one (bayar, ongkos) or an expense carried from the clause before
 *   ("beli minyak 20rb, tepung 12rb") says nothing about the lines without a verb;
 * - every guessed line is a sale with only that doubt, a count and an item, and its goods are
 *   no supply of her trade: no ingredient cooked with, packaging, notion or cooking gas
 *   (business-inputs.ts, carried-kind.ts `costGoods`) — "telur 2 kg x 28rb" beside "beli minyak"
 *   may be bought or sold, so it stays asked. An ingredient named as a dish ("sayur asem",
 *   "tempe goreng") is goods sold.
 *
 * - the guessed lines come before the first purchase, and hold only goods, counts and prices.
 *
 * One line that does not fit and the whole list stays asked, as before.
 */
import type { Analysis } from './analyze.ts';
import { inputKind } from './business-inputs.ts';
import { costGoods } from './carried-kind.ts';
import { kindNamed } from './confidence.ts';
import type { EntryOut } from './entry-drafts.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { F_CUR_POST, F_CUR_PRE, F_DATE, F_EXPENSE, F_FILLER, F_NUMWORD, F_PERIOD, F_PRICE, F_SALE, F_SCALE, F_SLANG, F_UNIT, F_WEAK, G_EACH,
  G_MULT, G_PER } from './word-roles.ts';

/** Second words that make an ingredient a dish she sells ("sayur asem", "sayur lodeh", "tahu bacem" is in COOKED already). */
const DISH_NAMES = new Set(['asem', 'asam', 'lodeh', 'bening', 'sop', 'sup', 'oseng', 'tumis', 'urap', 'pecel', 'gudeg', 'kare', 'opor',
  'lontong', 'ketoprak', 'campur', 'gurih']);

/** Where the clause holding token `at` begins: after the line break or the comma or semicolon before it. */
function clauseStart(tokens: readonly Token[], at: number): number {
  for (let i = at - 1; i >= 0; i--) {
    const t = tokens[i] as Token;
    if (t.type === T_NL || (t.type === T_PUNCT && (t.text === ',' || t.text === ';'))) return i + 1;
  }
  return 0;
}

/** A strong buying verb in the clause before token `at` ("beli minyak 2 liter 38rb"). */
function boughtInClause(a: Analysis, at: number): boolean {
  for (let i = clauseStart(a.tokens, at); i < at; i++) {
    const t = a.tokens[i] as Token;
    if (t.type === T_WORD && (t.f & F_EXPENSE) !== 0 && (t.f & (F_WEAK | F_SALE)) === 0) return true;
  }
  return false;
}

/** What a line of goods, a count and a price may hold besides the goods' own (unknown) words. */
const PLAIN_F = F_UNIT | F_FILLER | F_NUMWORD | F_SCALE | F_SLANG | F_CUR_PRE | F_CUR_POST | F_DATE | F_PERIOD | F_PRICE;
const PLAIN_F2 = G_MULT | G_EACH | G_PER;

/**
 * The clause holding token `at` is only goods, counts and prices: no word the lexicon gives
 * another role (a kind, a credit word as "ngutang", a purpose, a plan), which would be a reading
 * of its own.
 */
function onlyGoodsAndPrice(a: Analysis, at: number): boolean {
  for (let i = clauseStart(a.tokens, at); i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (t.type === T_NL || (t.type === T_PUNCT && (t.text === ',' || t.text === ';'))) return true;
    if (t.type === T_WORD && a.numIn[i] === -1 && t.info !== undefined && ((t.f & ~PLAIN_F) !== 0 || (t.f2 & ~PLAIN_F2) !== 0)) return false;
  }
  return true;
}

/** Goods her trade uses up, by the parser's lists; an ingredient named as a dish is not one. */
function supplyGoods(item: string, counted: boolean): boolean {
  if (costGoods(item, counted)) return true;
  if (inputKind(item) !== 'ingredient') return false;
  const second = item.split(/\s+/)[1];
  return second === undefined || !DISH_NAMES.has(second);
}

function countedGuess(a: Analysis, e: EntryOut): boolean {
  return e.kind === 'sale' && e.notes.length === 1 && e.notes[0] === 'kind_guessed' && e.item !== null && e.at !== undefined &&
    e.quantity !== null && e.quantity > 0 && onlyGoodsAndPrice(a, e.at) && !supplyGoods(e.item, e.unit === null);
}

/** Makes the counted, verb-less lines beside her named purchases her sales (in place). */
export function salesBesideSpending(a: Analysis, entries: EntryOut[]): void {
  let guessed = 0;
  let bought = 0;
  for (const e of entries) {
    // (A guessed line after a purchase took its kind from it and was turned back: "beli benang 20rb,
    // jahit 3 baju 150rb" is her work or a tailor's, asked by entry-drafts.ts. Only lines before the first purchase.)
    if (e.notes.includes('kind_guessed') && bought === 0) guessed++;
    else if (e.kind === 'expense' && !e.notes.includes('kind_guessed')) bought++;
    else return;
  }
  if (guessed === 0 || bought === 0) return;
  for (const e of entries) {
    const guess = e.notes.includes('kind_guessed');
    if (guess ? !countedGuess(a, e) : e.at === undefined || !boughtInClause(a, e.at)) return;
  }
  for (const e of entries) if (e.notes.includes('kind_guessed')) kindNamed(e);
}

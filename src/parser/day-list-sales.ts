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
import { F_CUR_POST, F_CUR_PRE, F_DATE, F_DURATION, F_EXPENSE, F_FILLER, F_NUMWORD, F_PERIOD, F_PRICE, F_SALE, F_SCALE, F_SLANG, F_UNIT, F_WEAK, G_EACH,
  G_GREETING, G_MULT, G_PER, G_TIME_SUFFIX } from './word-roles.ts';

/** Second words that make an ingredient a dish she sells ("sayur asem", "sayur lodeh", "tahu bacem" is in COOKED already). */
const DISH_NAMES = new Set(['asem', 'asam', 'lodeh', 'bening', 'sop', 'sup', 'oseng', 'tumis', 'urap', 'pecel', 'gudeg', 'kare', 'opor',
  'lontong', 'ketoprak', 'campur', 'gurih']);

/** Where the clause holding token `at` begins: after the line break or the comma or semicolon before it. */
export function clauseStart(tokens: readonly Token[], at: number): number {
  for (let i = at - 1; i >= 0; i--) {
    const t = tokens[i] as Token;
    if (t.type === T_NL || (t.type === T_PUNCT && (t.text === ',' || t.text === ';'))) return i + 1;
  }
  return 0;
}

/**
 * A buying word in the clause before token `at`: a strong verb ("beli minyak 2 liter 38rb"), or with
 * `weakToo` a cost word too ("ongkos ojek 10rb", "bayar parkir 2rb").
 */
export function boughtInClause(a: Analysis, at: number, weakToo = false): boolean {
  for (let i = clauseStart(a.tokens, at); i < at; i++) {
    const t = a.tokens[i] as Token;
    if (t.type === T_WORD && (t.f & F_EXPENSE) !== 0 && (t.f & F_SALE) === 0 && (weakToo || (t.f & F_WEAK) === 0)) return true;
  }
  return false;
}

/** What a line of goods, a count and a price may hold besides the goods' own (unknown) words. */
const PLAIN_F = F_UNIT | F_FILLER | F_NUMWORD | F_SCALE | F_SLANG | F_CUR_PRE | F_CUR_POST | F_DATE | F_PERIOD | F_PRICE;
// (A time of day opening the line, "pagi nasi uduk 35 bks @6rb", "siang es teh 20 gls @5rb", is when, no kind:
// its greeting and time-suffix roles say nothing about which side the goods went.)
const PLAIN_F2 = G_MULT | G_EACH | G_PER | G_TIME_SUFFIX | G_GREETING;

/** The word roles a goods line may hold: a time of day ("malam", also a duration word) is when. */
function plainF(t: Token): number {
  return (t.f2 & G_TIME_SUFFIX) !== 0 ? PLAIN_F | F_DURATION : PLAIN_F;
}

/**
 * The clause holding token `at` is only goods, counts and prices: no word the lexicon gives
 * another role (a kind, a credit word as "ngutang", a purpose, a plan), which would be a reading
 * of its own.
 */
function onlyGoodsAndPrice(a: Analysis, at: number): boolean {
  for (let i = clauseStart(a.tokens, at); i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (t.type === T_NL || (t.type === T_PUNCT && (t.text === ',' || t.text === ';'))) return true;
    if (t.type === T_WORD && a.numIn[i] === -1 && t.info !== undefined && ((t.f & ~plainF(t)) !== 0 || (t.f2 & ~PLAIN_F2) !== 0)) return false;
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

/** A sale word of the clause's own before token `at` ("laku rengginang 6 @12rb"): her sale, no guess. */
function soldInClause(a: Analysis, at: number): boolean {
  for (let i = clauseStart(a.tokens, at); i < at; i++) {
    const t = a.tokens[i] as Token;
    if (t.type === T_WORD && (t.f & F_SALE) !== 0 && (t.f & (F_WEAK | F_EXPENSE)) === 0) return true;
  }
  return false;
}

/**
 * A verb-less line of counted goods: guessed a sale, or a sale carried from the guessed line
 * above it ("keripik 35 bks @6rb / rengginang 20 @5rb": the second took the first's kind, so it is
 * as much a guess, with no note of its own).
 */
function countedGuess(a: Analysis, e: EntryOut): boolean {
  return e.kind === 'sale' && e.notes.every((n) => n === 'kind_guessed') && e.item !== null && e.at !== undefined &&
    e.quantity !== null && e.quantity > 0 && onlyGoodsAndPrice(a, e.at) && !supplyGoods(e.item, e.unit === null);
}

/** An expense of her own saying: not guessed, with a buying word in its own clause (strong, or any with `weakToo`). */
function ownExpense(a: Analysis, e: EntryOut, weakToo: boolean): boolean {
  return e.kind === 'expense' && !e.notes.includes('kind_guessed') && e.at !== undefined && boughtInClause(a, e.at, weakToo);
}

/**
 * Makes the counted, verb-less lines beside her named purchases her sales (in place).
 * The lines before the first purchase are sales (guessed, carried or with their own sale word);
 * the first purchase has a strong buying verb; the lines after it are expenses of her own saying
 * ("ongkos ojek 10rb" after "belanja pasar 180rb": a cost, which a weak word may name once a
 * strong one has said which side the list's buying is on).
 */
export function salesBesideSpending(a: Analysis, entries: EntryOut[]): void {
  const first = entries.findIndex((e) => e.kind !== 'sale');
  // (A guessed line after a purchase took its kind from it and was turned back: "beli benang 20rb,
  // jahit 3 baju 150rb" is her work or a tailor's, asked by entry-drafts.ts. Only lines before the first purchase.)
  if (first <= 0 || !entries.slice(0, first).some((e) => e.notes.includes('kind_guessed'))) return;
  if (!ownExpense(a, entries[first] as EntryOut, false)) return;
  // (A verb-less line after a purchase carried its kind — "beli minyak 20rb / rengginang 6 x 12rb" — and keeps the list asked.)
  for (const e of entries.slice(first + 1)) if (!ownExpense(a, e, true)) return;
  for (const e of entries.slice(0, first)) {
    if (e.at === undefined) return;
    if (!countedGuess(a, e) && !(e.notes.length === 0 && soldInClause(a, e.at))) return;
  }
  for (const e of entries) if (e.notes.includes('kind_guessed')) kindNamed(e);
}

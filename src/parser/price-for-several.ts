/**
 * A street price for several pieces: "pisang goreng goceng dapet 3, td laku 12 biji" is three
 * for Rp5.000, twelve sold — four lots, Rp20.000 (docs/PARSING.md, "Counts in dozens, kodi and
 * pairs, and the price of one"). Fritters, crackers and sweets are sold "X gets N".
 *
 * The deal is a price, then a word for "gets" (`dapet`, `dapat`, `dpt`, Javanese `oleh`/`entuk`,
 * Sundanese `meunang`, `isi`), then a small count. With exactly one other count in the message
 * (how many were sold) and no other money, the count sold is priced by the deal: when the lots
 * come out whole (12 at 3 a lot) the deal is written again as that line's total ("laku 12 biji
 * 20.000"), so the record is read as any count and its total. A count that does not divide
 * into lots ("laku 10", three for 5.000?) is left as written, and asked as before.
 */
import { readNumeral } from './numeral.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { F_NUMWORD, F_SALE, F_SCALE, F_SLANG, F_UNIT, G_SE_SCALE } from './word-roles.ts';
import { lookupWord } from './lexicon.ts';
import { tokenTrigger } from './token-triggers.ts';
import { present, trigger } from './triggers.ts';
import type { Analysis } from './analyze.ts';

/** "gets": the price buys this many. */
const GETS: ReadonlySet<string> = new Set(['dapet', 'dapat', 'dpt', 'dpet', 'oleh', 'olih', 'entuk', 'antuk', 'meunang', 'isi', 'dapek']);
/** settlePriceForSeveral wakes on a "gets" word as written (token-triggers.ts). */
export const W_PRICE_FOR_SEVERAL = tokenTrigger(GETS);
/** Lots of more than this are no street deal ("goceng dapet 50"?): left as written. */
const MAX_LOT = 20;

/** A plain small count at t (digits under 1.000 or a whole number word), its value; else null. */
function count(t: Token | undefined): number | null {
  if (t === undefined) return null;
  if (t.type === T_NUM) return t.num !== null && t.num.ok && t.num.plain && t.num.value.s === 0 && t.num.value.m < 1000 ? t.num.value.m : null;
  if (t.type === T_WORD && (t.f & F_NUMWORD) !== 0 && (t.f & F_SCALE) === 0 && Number.isInteger(t.info?.num)) return t.info?.num ?? null;
  return null;
}

/** A price ending at `end` (exclusive): a slang word, or digits and a scale word ("5rb", "5 ribu"). Its start and rupiah, or null. */
function priceBefore(tokens: readonly Token[], end: number): { start: number; rupiah: number } | null {
  const last = tokens[end - 1];
  if (last === undefined || last.type !== T_WORD) return null;
  if ((last.f & F_SLANG) !== 0 && last.info?.slang !== undefined && last.info.eachSlang !== true) return { start: end - 1, rupiah: last.info.slang };
  // "seribu dapat 2", "sewu oleh 3": a thousand said in one word.
  if ((last.f2 & G_SE_SCALE) !== 0 && last.info?.scale === 1_000) return { start: end - 1, rupiah: 1_000 };
  const n = tokens[end - 2];
  if ((last.f & F_SCALE) !== 0 && last.info?.scale === 1_000 && n?.type === T_NUM && n.num?.ok === true && n.num.value.s === 0 && n.num.value.m < 1000) {
    return { start: end - 2, rupiah: n.num.value.m * 1_000 };
  }
  return null;
}

/** Any money in the message outside [from, to): a grouped number, a scale or a slang word. */
function otherMoney(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = 0; k < tokens.length; k++) {
    if (k >= from && k < to) continue;
    const t = tokens[k] as Token;
    if ((t.type === T_NUM && (t.num?.grouped === true || (t.num?.value.m ?? 0) >= 1000)) || (t.type === T_WORD && (t.f & (F_SCALE | F_SLANG)) !== 0)) return true;
  }
  return false;
}

function totalWord(): Token {
  const info = lookupWord('total');
  return { type: T_WORD, text: 'total', key: 'total', info, f: info?.flags ?? 0, f2: info?.flags2 ?? 0, attached: false, num: null };
}

function money(rupiah: number, attached: boolean): Token {
  // Grouped by thousands ("20.000"): money as she would write it, read with a money's strength.
  const s = String(rupiah).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return { type: T_NUM, text: s, key: s, info: null, f: 0, f2: 0, attached, num: readNumeral(s) };
}

/** A deal ("goceng dapet 3") in a message with other money: asked. */
const UNSURE_DEAL = new WeakSet<Token>();

/** Only a "gets" word is ever kept as an unsure deal: absent, there is nothing to look for (triggers.ts). */
const T_GETS = trigger(GETS);

/** The message states a price for several beside money of its own (see `settlePriceForSeveral`). */
export function unsureDeal(a: Analysis): boolean {
  return present(a, T_GETS) && a.tokens.some((t) => UNSURE_DEAL.has(t));
}

/** Rewrites, in place, "X dapet N … laku M" as "… laku M <M/N × X>" when the lots are whole. */
export function settlePriceForSeveral(tokens: Token[]): void {
  for (let g = 1; g + 1 < tokens.length; g++) {
    const t = tokens[g] as Token;
    if (t.type !== T_WORD || !GETS.has(t.text)) continue;
    const price = priceBefore(tokens, g);
    const lot = count(tokens[g + 1]);
    if (price === null || lot === null || lot < 2 || lot > MAX_LOT) continue;
    let end = g + 2;
    if (((tokens[end]?.f ?? 0) & F_UNIT) !== 0) end++;
    // The deal's clause ends there: a comma, a line, or the message.
    // ("goceng dapat 3 laku 12": or the sale verb of the count's clause.)
    const after = tokens[end];
    if (after !== undefined && after.type !== T_PUNCT && after.type !== T_NL && !(after.type === T_WORD && (after.f & F_SALE) !== 0)) continue;
    // "laku 12 biji 20rb, goceng dapet 3": the deal beside money of its own is a check or a second
    // sale: never two sales unasked (record.ts asks).
    if (otherMoney(tokens, price.start, end)) {
      UNSURE_DEAL.add(t);
      return;
    }
    // Exactly one other count: how many were sold.
    let sold = -1;
    for (let k = 0; k < tokens.length; k++) {
      if (k >= price.start && k < end) continue;
      if (count(tokens[k]) === null) continue;
      if (sold >= 0) return;
      sold = k;
    }
    if (sold < 0) return;
    const m = count(tokens[sold]) as number;
    if (m < lot || m % lot !== 0) return;
    const total = (m / lot) * price.rupiah;
    const countTok = tokens[sold] as Token;
    // Remove the deal (and the comma that closes or opens it), then put the total where the sold
    // count's clause ends ("td laku 12 biji pisang goreng <total>"): words after an amount would
    // be a line of their own.
    if (price.start < sold) {
      const cut = after?.type === T_PUNCT && after.text === ',' ? end + 1 : end;
      tokens.splice(price.start, cut - price.start);
    } else {
      const from = tokens[price.start - 1]?.type === T_PUNCT && tokens[price.start - 1]?.text === ',' ? price.start - 1 : price.start;
      tokens.splice(from, end - from);
    }
    let at = tokens.indexOf(countTok) + 1;
    while (at < tokens.length && (tokens[at] as Token).type !== T_PUNCT && (tokens[at] as Token).type !== T_NL) at++;
    // Marked as the line's total: the deal priced it, so it is no bare amount that may be a price each.
    tokens.splice(at, 0, totalWord(), money(total, false));
    return;
  }
}

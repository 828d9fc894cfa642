/**
 * An electricity token sold at her phone counter: `listrik`/`pln` after `token` names the
 * product, not her own electricity bill. The lexicon reads `listrik` as a cost noun (an expense
 * by itself), which is right for `token listrik 100rb` alone — her house or stall's meter. But in
 * a message that sells top-ups (a selling word and another top-up product, or her `konter`),
 * `…, pulsa 5x total 60rb, token listrik 3x total 156rb` is more of her sales: the cost noun
 * turned the carried sale into a confident expense.
 *
 * Settled once per message before amounts are read (context-words.ts): the word after `token` is
 * untagged (no kind of its own), so the clause takes the kind of the one before it. Never when a
 * buying or paying word stands right before `token` (`bayar token listrik 100rb`, `beli token pln
 * 50rb`, `isi token listrik`): her own meter, as before. Alone, or beside sales of other goods
 * (`laku kue 200rb, token listrik 50rb`), it stays her expense.
 *
 * Pure: tokens in, tokens untagged in place.
 */
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { tokenTrigger } from './token-triggers.ts';
import { F_EXPENSE, F_PAYVERB, F_SALE, F_WEAK } from './word-roles.ts';

/** The product's name after "token": the meter it fills. */
const METER = new Set(['listrik', 'pln']);
/** Other top-up products: a message naming one beside the token sells top-ups. */
const TOP_UPS = new Set(['pulsa', 'kuota', 'voucher', 'vocer', 'voucer', 'vcr', 'paket', 'saldo']);
/** Her phone counter, or the word for what it sold. */
const COUNTER = new Set(['konter', 'counter', 'penjualan', 'jualan', 'dagangan']);
/** Filling her own meter: "isi token", "ngisi token". */
const FILL = new Set(['isi', 'ngisi', 'mengisi', 'ngisiin']);

/** settleSoldTokens wakes on "token" (token-triggers.ts). */
export const W_SOLD_TOKENS = tokenTrigger(['token']);

function word(t: Token | undefined): string {
  return t !== undefined && t.type === T_WORD ? t.key : '';
}

/** A strong selling word ("laku", "jual", "payu") anywhere in the message. */
function sells(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.type === T_WORD && (t.f & F_SALE) !== 0 && (t.f & F_WEAK) === 0);
}

/** A buying or paying word, or filling, right before "token" at i (past its clause's start): her own meter. */
function hersToFill(tokens: readonly Token[], i: number): boolean {
  const p = tokens[i - 1];
  if (p === undefined || p.type === T_NL || (p.type === T_PUNCT && p.text !== '-')) return false;
  return p.type === T_WORD && ((p.f & (F_EXPENSE | F_PAYVERB)) !== 0 || FILL.has(p.key) || FILL.has(p.text));
}

export function settleSoldTokens(tokens: Token[]): void {
  const topUp = tokens.some((t) => t.type === T_WORD && (TOP_UPS.has(t.key) || TOP_UPS.has(t.text)));
  const counter = tokens.some((t) => t.type === T_WORD && (COUNTER.has(t.key) || COUNTER.has(t.text)));
  if (!(topUp && (sells(tokens) || counter))) return;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || !METER.has(t.key) || word(tokens[i - 1]) !== 'token' || hersToFill(tokens, i - 1)) continue;
    t.key = t.text;
    t.info = null;
    t.f = 0;
    t.f2 = 0;
  }
}

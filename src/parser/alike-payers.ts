/**
 * Buyers paying one after another, said alike: "jual pulsa ke bu haji bayar 27rb terus mas kurir
 * bayar 52rb", "jual kue ke bu Rini bayar 30rb, pak RT bayar 45rb". The first clause is a sale to a
 * titled buyer who paid; the next one says another titled person paid in the same words. Read
 * alone, "<person> bayar 52rb" was her expense (the paying verb) and asked (`named_spender`); after
 * a sale it is the next buyer's money in. Only with the same shape twice: a person's title, one
 * word of who, the paying verb, then the amount — "bayar mas kurir 52rb" (she paid the courier)
 * is not this shape and stays her expense.
 */
import type { Analysis } from './analyze.ts';
import type { EntryOut } from './entry-drafts.ts';
import { doubledCount } from './glued-count.ts';
import { T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { F_SALE, F_WEAK, G_HONORIFIC } from './word-roles.ts';

/** The buyer's paying verb, as the lexicon keys it. */
const PAYS = new Set(['bayar', 'transfer', 'tf']);
/** Between the verb and the amount or before the verb: "udah bayar", "bayar cash". */
const ALREADY = new Set(['sudah', 'baru', 'langsung']);
/** What may open the next buyer's clause: "terus", "lalu", "trus", "sama", "dan", or a comma. */
const THEN = new Set(['terus', 'trus', 'trs', 'lalu', 'habis', 'abis', 'sama', 'sm', 'dan', 'juga', 'then']);

/** Where the title of "<title> <who> [udah] bayar" stands, the number being at `at`; -1 when not so said. */
function payerBefore(tokens: readonly Token[], at: number): number {
  let k = at - 1;
  if (!PAYS.has(tokens[k]?.key ?? '')) return -1;
  k--;
  if (ALREADY.has(tokens[k]?.key ?? '')) k--;
  const who = tokens[k];
  const title = tokens[k - 1];
  if (who === undefined || who.type !== T_WORD || title === undefined || title.type !== T_WORD || (title.f2 & G_HONORIFIC) === 0) return -1;
  return k - 1;
}

/** A strong selling word before token `end`: "jual", "laku". */
function soldBefore(tokens: readonly Token[], end: number): boolean {
  return tokens.slice(0, end).some((t) => t.type === T_WORD && (t.f & F_SALE) !== 0 && (t.f & F_WEAK) === 0);
}

/**
 * Turns into sales the expenses read from "<title> <who> bayar N" that follow a sale said the same
 * way ("jual … ke bu haji bayar 27rb"). Returns whether any was turned.
 */
export function alikePayersSales(a: Analysis, entries: EntryOut[]): boolean {
  const { tokens } = a;
  const first = entries.find((e) => e.kind === 'sale' && e.at !== undefined && payerBefore(tokens, e.at) > 0 && soldBefore(tokens, payerBefore(tokens, e.at)));
  if (first?.at === undefined) return false;
  let turned = false;
  for (const e of entries) {
    if (e.kind !== 'expense' || e.at === undefined || e.at <= first.at) continue;
    const p = payerBefore(tokens, e.at);
    const open = tokens[p - 1];
    if (p < 0 || open === undefined || !((open.type === T_PUNCT && open.text === ',') || (open.type === T_WORD && THEN.has(open.key)))) continue;
    e.kind = 'sale';
    // ("pak RT bayar 52rb": the title was read as the goods.)
    if (e.item !== null && tokens.slice(p, p + 2).some((t) => t.text === e.item)) e.item = null;
    // ("… bayar 52rb dua duanya udah bayar": "both of them" was read as the goods.)
    const goodsWord = e.item?.split(' ')[0];
    const at = e.at;
    if (tokens.some((t, k) => k > at && t.text === goodsWord && doubledCount(tokens, k, t.info?.num ?? -1))) e.item = null;
    turned = true;
  }
  return turned;
}

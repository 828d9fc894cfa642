/**
 * Paying for goods someone took before: "suami bayar kue yang kemarin dia ambil 50rb", "bayar kain
 * yang diambil dari supplier 500rb". The taking verb sits in a clause that describes the goods
 * ("yang … ambil"), after the paying verb: it says how the goods left, not that money was taken
 * from the till.
 *
 * WHY: read as a word of taking money, it made a confident household withdrawal of money that came
 * in (a customer, or her husband, paying for cakes he took) or went out (goods from a supplier).
 * Which it is — and whose money paid — the clause does not say: a withdrawal so read is asked as
 * any guessed withdrawal is (`withdrawal_guessed`: "was this money taken for the household?"). A
 * debtor paying her is read before this (debtor-paid.ts) and stays.
 */
import type { Analysis } from './analyze.ts';
import { C_DOUBT } from './confidence.ts';
import { T_PUNCT, T_NL, T_WORD, type Token } from './lexer.ts';
import { PAYER_PAYS } from './payer-head.ts';
import { present, trigger } from './triggers.ts';
import { CONFIDENT, type ParseResult } from './types.ts';

const TAKE = new Set(['ambil', 'ngambil', 'mengambil', 'diambil', 'ambiak', 'dibawa']);
const T_TAKE = trigger(TAKE);
const WHICH = new Set(['yang', 'yg']);
/** Words between the paying verb and "yang" (the goods), and between "yang" and the taking verb. */
const REACH = 4;

/** A paying verb, the goods, then "yang …" with a taking verb in it. */
function paidForTaken(a: Analysis): boolean {
  const { tokens } = a;
  for (let p = 0; p < tokens.length; p++) {
    if (!PAYER_PAYS.has((tokens[p] as Token).key)) continue;
    for (let y = p + 1; y < tokens.length && y <= p + REACH; y++) {
      const t = tokens[y] as Token;
      if (t.type === T_PUNCT || t.type === T_NL) break;
      if (t.type !== T_WORD || !WHICH.has(t.key)) continue;
      for (let k = y + 1; k < tokens.length && k <= y + REACH; k++) {
        const u = tokens[k] as Token;
        if (u.type !== T_WORD) break;
        if (TAKE.has(u.key)) return true;
      }
    }
  }
  return false;
}

export function guardTakenGoodsPaid(a: Analysis, r: ParseResult): ParseResult {
  if (r.intent !== 'record' || r.confidence < CONFIDENT || !present(a, T_TAKE)) return r;
  if (!r.entries.some((e) => e.kind === 'withdrawal') || !paidForTaken(a)) return r;
  return { ...r, confidence: C_DOUBT, notes: [...(r.notes ?? []).filter((n) => n !== 'withdrawal_guessed'), 'withdrawal_guessed'] };
}

// Without these words it returns its reading unchanged (its first line): applyGuards skips it (guard-lists.ts).
guardTakenGoodsPaid.words = T_TAKE;

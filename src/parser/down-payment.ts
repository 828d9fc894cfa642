/**
 * "jahit gamis bu Sri 150rb dp 50rb", "jual gamis 150rb dp 50rb": the down payment is part of
 * the price written before it, not a second sale — the books would hold Rp200.000 for a
 * Rp150.000 gamis. Which part was paid and whether the rest is owed is hers to say: with a
 * DP word and more than one entry the record is asked (note "down_payment_part").
 */
import type { Analysis } from './analyze.ts';
import { T_WORD } from './lexer.ts';
import { present, trigger } from './triggers.ts';

const DP_WORDS = new Set(['dp', 'panjar', 'panjer', 'persekot', 'uang muka', 'terima dp']);

const T_DP = trigger(DP_WORDS, ['uang']);
export function downPaymentBesideSale(a: Analysis, entries: number): boolean {
  if (entries < 2 || !present(a, T_DP)) return false;
  if (entries < 2) return false;
  return a.tokens.some((t, i) => t.type === T_WORD && (DP_WORDS.has(t.key) || (t.key === 'uang' && a.tokens[i + 1]?.key === 'muka')));
}

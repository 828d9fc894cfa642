/**
 * The rest of a purchase paid from the business: "pake tabungan sendiri 1jt buat beli mesin
 * 1,5jt, kurangnya dari kas usaha", "modal sendiri 500rb buat beli etalase 800rb, sisanya pake
 * uang usaha". She put in the first amount (capital) and the business paid the rest; the second
 * amount is the price of what was bought — an expense of the whole price — never more capital.
 *
 * WHY: the purchase clause took the capital's kind from the clause before it, so 1,5jt was
 * recorded as capital: her own money put in, overstated by what the business itself paid.
 * With exactly the part put in and a larger price, that reading is plain; any other shape with
 * such a phrase is asked.
 */
import type { Analysis } from './analyze.ts';
import { T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import type { ParsedEntry } from './types.ts';

/** "kurangnya", "sisanya": the part not covered by the money just named. */
const REST = new Set(['kurangnya', 'kekurangannya', 'kurange', 'kurangane', 'sisanya', 'sisa', 'lebihnya', 'tambahannya', 'nombok']);
/** Whose money paid it: the business's till. */
const BUSINESS = new Set(['kas', 'usaha', 'warung', 'toko', 'dagangan', 'jualan', 'omset', 'omzet', 'laci']);
const T_REST = trigger(REST);
/** Words that make the first amount her own money put in. */
const OWN = new Set(['modal', 'tabungan', 'celengan', 'sendiri']);

/** Whether a phrase says the rest was paid from the business ("kurangnya dari kas usaha"). */
function restFromBusiness(a: Analysis): boolean {
  if (!present(a, T_REST)) return false;
  const { tokens } = a;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || !(REST.has(t.key) || REST.has(t.text))) continue;
    for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) if (BUSINESS.has((tokens[k] as Token).key)) return true;
  }
  return false;
}

/**
 * Puts the kinds right in place: the part put in → capital, the larger price → expense.
 * 'read' when done, 'unclear' when the phrase is there but the entries are not that shape
 * (asked), null when there is no such phrase.
 */
export function businessRemainder(a: Analysis, entries: ParsedEntry[]): 'read' | 'unclear' | null {
  if (!restFromBusiness(a)) return null;
  const [own, bought] = entries;
  if (entries.length !== 2 || own === undefined || bought === undefined || own.amount >= bought.amount || bought.item === null) {
    return entries.some((e) => e.kind === 'capital') ? 'unclear' : null;
  }
  const ownSaid = own.kind === 'capital' || a.tokens.some((t) => t.type === T_WORD && OWN.has(t.key));
  if (!ownSaid || (bought.kind !== 'capital' && bought.kind !== 'expense')) return 'unclear';
  own.kind = 'capital';
  bought.kind = 'expense';
  return 'read';
}

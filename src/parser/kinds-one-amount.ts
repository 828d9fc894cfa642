/**
 * Two kinds joined, one amount: "jual kue sama beli bahan hari ini 100rb", "beli tepung dan jual
 * roti 80rb", Javanese "dodolan karo kulakan 200rb". A sale and a purchase said together and
 * priced once: is 100rb what she sold, what she spent, or both together (her net)? Whichever
 * kind the last verb gave it would be a guess, so the record is asked (`kinds_share_amount`).
 *
 * Two amounts after both ("beli gula sama jual teh 20rb sama 30rb": respectively?) are asked too.
 * Only when the two verbs are joined by a word of "and" and no amount stands between them
 * ("beli bahan 50rb terus jual kue 100rb" prices each; "ada yang beli, laku 50rb" has no join).
 */
import type { Analysis } from './analyze.ts';
import { S_PLAIN } from './amount.ts';
import { T_NL, T_NUM, T_WORD, type Token } from './lexer.ts';
import { F_EXPENSE, F_SALE, F_WEAK } from './word-roles.ts';

const AND = new Set(['sama', 'sm', 'dan', 'dn', '&', 'plus', 'serta', 'kalih', 'ama', 'and']);

function kindOf(t: Token): 'sale' | 'expense' | null {
  if (t.type !== T_WORD || (t.f & F_WEAK) !== 0) return null;
  const sale = (t.f & F_SALE) !== 0;
  const expense = (t.f & F_EXPENSE) !== 0;
  return sale === expense ? null : sale ? 'sale' : 'expense';
}

/** Whether a sale and a purchase are joined and share the one amount after them. */
export function kindsShareAmount(a: Analysis): boolean {
  const { tokens } = a;
  let first: 'sale' | 'expense' | null = null;
  let joined = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_NL) return false;
    // A number before the second verb: each clause has its own ("beli bahan 50rb terus jual kue 100rb").
    if (t.type === T_NUM || a.numIn[i] !== -1) return false;
    const k = kindOf(t);
    if (k === null) {
      if (first !== null && t.type === T_WORD && AND.has(t.key)) joined = true;
      continue;
    }
    if (first === null) first = k;
    else if (k !== first && joined) return amountAfter(a, i);
  }
  return false;
}

/** Money after token i (one amount, or "20rb sama 30rb" — each in the order of the verbs? — either way asked). */
function amountAfter(a: Analysis, i: number): boolean {
  for (let j = i + 1; j < a.tokens.length; j++) {
    const x = a.numIn[j] ?? -1;
    if (x === -1) continue;
    const ex = a.nums[x];
    // (A count — "beli bahan 5 kg" — is no amount: only money counts.)
    if (ex !== undefined && ex.rupiah !== null && ex.strength !== S_PLAIN) return true;
  }
  return false;
}

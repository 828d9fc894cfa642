/**
 * The English "sale" opening a clause after a purchase: "beli baju 100rb, sale 80rb". Is 80rb the
 * price on sale (what she paid, or the tag), or her own sale of it? Both are said; only she knows —
 * asked, never two purchases nor a sale written unasked.
 *
 * Only "sale" (not "sales", not "sold") at the head of a clause (after a comma, a line, a full
 * stop or "tapi"), with a strong buying verb before it. "beli baju sale 80rb" (goods on sale)
 * and "sale 80rb" alone are left to the other readers.
 */
import type { Analysis } from './analyze.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { F_EXPENSE, F_WEAK } from './word-roles.ts';

const BUT = new Set(['tapi', 'tp', 'terus', 'trus', 'lalu']);

function clauseHead(tokens: readonly Token[], i: number): boolean {
  const p = tokens[i - 1];
  return p !== undefined && (p.type === T_NL || (p.type === T_PUNCT && (p.text === ',' || p.text === '.' || p.text === ';')) ||
    (p.type === T_WORD && BUT.has(p.key)));
}

/** Whether a clause opens with "sale" after a purchase. */
export function saleAfterPurchase(a: Analysis): boolean {
  const { tokens } = a;
  let bought = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (bought && t.key === 'sale' && clauseHead(tokens, i)) return true;
    if ((t.f & F_EXPENSE) !== 0 && (t.f & F_WEAK) === 0) bought = true;
  }
  return false;
}

/**
 * Readers that settle what a word means in its message ("kebeli reseller": bought BY someone,
 * her sale; "cust bayar 350rb": the customer paid her) give the rest of the parser a new view
 * of the message with that word rewritten. These are the two pieces every such reader needs,
 * so that a rewritten word and a view's flags are made one way everywhere.
 */
import type { Analysis } from './analyze.ts';
import { T_WORD, type Token } from './lexer.ts';
import { F_SALE, wordInfo } from './word-roles.ts';

const SALE = wordInfo('laku', F_SALE, 0, { kind: 'sale' });

/** The token read as "laku" (she sold): the word stays as written, its meaning is a sale. */
export function asSaleWord(t: Token): Token {
  return { ...t, key: 'laku', info: SALE, f: F_SALE, f2: 0 };
}

/** `a` with `tokens` in place of its own, its word flags (f, f2) taken again from them. */
export function withTokens(a: Analysis, tokens: Token[]): Analysis {
  let f = 0;
  let f2 = 0;
  for (const t of tokens) if (t.type === T_WORD) {
    f |= t.f;
    f2 |= t.f2;
  }
  return { ...a, tokens, f, f2 };
}

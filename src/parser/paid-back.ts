/**
 * "Paid back" said with her paying verb: "bayar balik ke bu siti 30rb", "bayar kembali 30rb",
 * "mbayar balik 50rb", "paid back 30k" — money she returns to someone (a loan, an advance, money she was lent), read
 * as a confident expense of "balik". Which debt it settles, and whether it is the business's, is hers
 * to say: asked (`debt_repaid`, as "nyaur Yu Sarmi 40rb" is, debt-repaid.ts), never a cost unasked.
 *
 * Only "balik"/"kembali" right after the paying verb: "bayar ongkir balik 15rb" (the return
 * postage) names what was paid for and stays as read.
 */
import type { Analysis } from './analyze.ts';
import { C_DOUBT } from './confidence.ts';
import { T_WORD } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import { CONFIDENT, type ParseResult } from './types.ts';
import { F_PAYVERB } from './word-roles.ts';

const BACK = new Set(['balik', 'kembali', 'balek', 'mbalik', 'wangsul', 'back']);
const T_BACK = trigger(BACK);

function paysBack(a: Analysis): boolean {
  const { tokens } = a;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const p = tokens[i - 1];
    if (t?.type === T_WORD && BACK.has(t.key) && p?.type === T_WORD && (p.f & F_PAYVERB) !== 0) return true;
  }
  return false;
}

export function guardPaidBack(a: Analysis, r: ParseResult): ParseResult {
  if (r.intent !== 'record' || r.confidence < CONFIDENT || !present(a, T_BACK)) return r;
  if (r.entries.length !== 1 || r.entries[0]?.kind !== 'expense' || !paysBack(a)) return r;
  return { ...r, confidence: C_DOUBT, notes: [...(r.notes ?? []), 'debt_repaid'] };
}

// Without these words it returns its reading unchanged (its first line): applyGuards skips it (guard-lists.ts).
guardPaidBack.words = T_BACK;

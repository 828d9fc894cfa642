/**
 * An instalment that came in, read as her own repayment: "terima cicilan 100rb", "cicilan masuk 100rb",
 * "cicilan dari Sari masuk 100rb", "dapat angsuran 50rb", "cicilan diterima". The instalment word alone
 * is her loan's ("bayar cicilan 500rb", "cicilan bank"), so the repayment reader took these as money
 * out — the direction reversed, with confidence. A customer paying off goods (customer-instalment.ts) or
 * someone repaying her is money in.
 *
 * Asked, `someone_paid` ("Ini Ibu yang bayar, bukan orang lain yang bayar ke Ibu?"): never her repayment
 * unasked. ("uang masuk buat cicilan 500rb", money in for her instalment, is asked too: a question.)
 */
import type { Analysis } from './analyze.ts';
import { C_DOUBT } from './confidence.ts';
import { T_WORD } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import { CONFIDENT, type ParseResult } from './types.ts';
import { G_HONORIFIC } from './word-roles.ts';

/** The instalment words. */
const INSTALMENT = new Set(['cicilan', 'cicilannya', 'angsuran', 'angsurannya', 'nyicil', 'cicil', 'dicicil', 'kreditan']);
/** Money coming to her: received, came in, got. */
const CAME_IN = new Set(['masuk', 'diterima', 'ditrima', 'terima', 'trima', 'nerima', 'menerima', 'dapat', 'dapet', 'dpt', 'oleh']);
/** "dari"/"dr" before someone: a title ("dari bu Sari") or a name she capitalised — not a lender ("dari leasing"). */
const FROM = new Set(['dari', 'dr', 'dri']);

const T_IN = trigger(CAME_IN, FROM);

function cameIn(a: Analysis): boolean {
  const { tokens } = a;
  return tokens.some((t, i) => {
    if (t.type !== T_WORD) return false;
    if (CAME_IN.has(t.key) || CAME_IN.has(t.text)) return true;
    const n = tokens[i + 1];
    return FROM.has(t.key) && n !== undefined && n.type === T_WORD && ((n.f2 & G_HONORIFIC) !== 0 || (a.named !== null && a.named.has(n.text)));
  });
}

export function guardInstalmentIn(a: Analysis, r: ParseResult): ParseResult {
  if (r.intent !== 'repayment' || r.confidence < CONFIDENT || !present(a, T_IN)) return r;
  const { tokens } = a;
  if (!tokens.some((t) => t.type === T_WORD && (INSTALMENT.has(t.key) || INSTALMENT.has(t.text))) || !cameIn(a)) return r;
  return { ...r, confidence: C_DOUBT, notes: [...(r.notes ?? []), 'someone_paid'] };
}

/**
 * The fee she pays her reseller or agent: "closing hari ini 3 paket @120k, fee reseller 10k per paket
 * udh aku kasih", "komisi agen 50rb sudah kukasih", "fee dropshipper 15rb per pcs aku transfer". The
 * reseller's fee is the reseller's earning — given by her, it is her cost, beside the sale.
 *
 * WHY: "fee reseller 10k" read alone is whose fee? She may be the reseller of someone else's goods
 * (her takings, as "fee agen brilink 35rb" is: agent-fee.ts), so with no verb it stays asked. Her own
 * giving verb after it ("aku kasih", "udah kukasih", "sy kasi", "kuberikan") says she paid it: the
 * giving reads as "bayar", and the fee per package is counted as any fee per unit is (fee-per-unit.ts).
 * "dapat fee dari reseller", "dikasih fee" (paid TO her) are untouched: a passive or receiving word is no giving of hers.
 */
import type { Analysis } from './analyze.ts';
import { lookupWord } from './lexicon.ts';
import { T_NL, T_WORD, type Token } from './lexer.ts';
import { RESELLERS } from './resellers.ts';
import { present, trigger } from './triggers.ts';
import { withTokens } from './token-rewrite.ts';

/** Fee words a reseller earns. */
const FEES = new Set(['fee', 'komisi', 'komisinya', 'feenya', 'upah', 'bagian', 'jatah']);
const BUYERS = new Set(RESELLERS.filter((w) => w !== 'juragan'));
/** Her giving, the subject her own: "aku kasih", "kukasih", "sy kasi". */
const GIVE = new Set(['kasih', 'kasi', 'ksh', 'berikan', 'beri', 'kasihkan', 'kasihin', 'transfer', 'tf', 'kirim']);
const GIVE_JOINED = new Set(['kukasih', 'kukasi', 'kuberikan', 'kuberi', 'kutransfer', 'kutf', 'kukirim']);
const ME = new Set(['aku', 'saya', 'sy', 'ku', 'aq', 'gue', 'gw', 'ulun', 'awak']);

const T_FEE = trigger(FEES);

/** A view where her giving of her reseller's fee reads as her paying it; null when there is none. */
export function resellerFeeGiven(a: Analysis): Analysis | null {
  if (!present(a, T_FEE)) return null;
  const { tokens } = a;
  const bayar = lookupWord('bayar');
  const fee = lookupWord('fee');
  if (bayar === null) return null;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || !FEES.has(t.key) || !BUYERS.has(tokens[i + 1]?.key ?? '')) continue;
    // Her giving verb later on the same line.
    for (let j = i + 2; j < tokens.length && j <= i + 12; j++) {
      const u = tokens[j] as Token;
      if (u.type === T_NL) break;
      if (u.type !== T_WORD) continue;
      const mine = GIVE_JOINED.has(u.key) || (GIVE.has(u.key) && ME.has(tokens[j - 1]?.key ?? ''));
      if (!mine) continue;
      // The giving reads as her paying ("fee reseller 10k per paket udh aku bayar"), any fee word as "fee"
      // (a cost's fee word, which fee-per-unit.ts counts by the goods: "komisi" alone may be her earning).
      const out = tokens.slice();
      out[j] = { ...u, key: bayar.canon, info: bayar, f: bayar.flags, f2: bayar.flags2 };
      if (t.key !== 'fee' && fee !== null) out[i] = { ...t, key: fee.canon, info: fee, f: fee.flags, f2: fee.flags2 };
      return withTokens(a, out);
    }
  }
  return null;
}

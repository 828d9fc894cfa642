/**
 * Her agents and resellers handing over the takings of her goods: "agen di Bukittinggi setor hasil
 * titipan 300rb, itu udah bersih dipotong komisi dia", "reseller Medan nyetor 450rb", "setoran dari agen
 * 300rb", "terima setoran reseller 1,2jt". The money is her sale — what her goods fetched, less the
 * agent's commission when the agent kept it ("udah bersih": the net is what came in).
 *
 * WHY: "setor" alone is her instalment, savings or a bank deposit (asked: `setor_unclear`), but with her
 * reseller or agent as the one who hands it over it is money coming IN for her goods, never paid out.
 * Only with the buyer before the verb (a name or place between: "agen di Bukittinggi", "resellerku si
 * Ifah") or after the noun "setoran (dari)". "setor ke agen 300rb" (she paid the agent) is untouched:
 * after "ke" the agent is the one paid.
 */
import type { Analysis } from './analyze.ts';
import { T_WORD, type Token } from './lexer.ts';
import { RESELLERS } from './resellers.ts';
import { SETOR } from './household-setor.ts';
import { TAKER_TITLES } from './takers.ts';
import { present, trigger } from './triggers.ts';
import { F_FILLER } from './word-roles.ts';
import { asSaleWord, withTokens } from './token-rewrite.ts';

const BUYERS = new Set(RESELLERS.filter((w) => w !== 'juragan'));
/** Between the buyer and the verb: "my", "di", "dari", "si", a title, "udah", "tadi". */
const BETWEEN = new Set(['saya', 'sy', 'aku', 'ku', 'kami', 'kita', 'ulun', 'di', 'dari', 'dr', 'si', 'udah', 'sudah', 'sdh', 'udh', 'dah',
  'tadi', 'td', 'barusan', 'baru', 'br', 'juga', 'jg', ...TAKER_TITLES]);
/** "setoran dari agen", "setoran si agen". */
const FROM = new Set(['dari', 'dr', 'si']);
/** Where the money goes that is hers paying out: "agen setor ke bank" is the agent's errand, not her takings. */
const AWAY = new Set(['bank', 'koperasi', 'kop', 'arisan', 'tabungan', 'cicilan', 'angsuran', 'supplier', 'suplier', 'juragan', 'bos', 'pnm',
  'mekaar', 'kur', 'simpanan', 'iuran']);

const T_SETOR = trigger(SETOR);

function nameWord(t: Token | undefined): boolean {
  return t !== undefined && t.type === T_WORD && t.info === null && t.key.length >= 3 && !BUYERS.has(t.key);
}

/** The index of a setor word handed over by her reseller or agent, or -1. */
function resellerSetorAt(tokens: readonly Token[]): number {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || !SETOR.has(t.key)) continue;
    // "setoran dari agen 300rb", "setoran reseller 450rb".
    if (t.key === 'setoran') {
      const k = FROM.has(tokens[i + 1]?.key ?? '') ? i + 2 : i + 1;
      if (BUYERS.has(tokens[k]?.key ?? '')) return i;
    }
    // "agen di Bukittinggi setor …": back over at most four words that name or place the buyer.
    for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
      const u = tokens[j] as Token;
      if (u.type !== T_WORD) break;
      if (BUYERS.has(u.key)) return i;
      if (!BETWEEN.has(u.key) && !nameWord(u)) break;
    }
  }
  return -1;
}

/** A view where the agent's handing over reads as her sale, the buyer's words as fillers; null when there is none. */
export function resellerSetor(a: Analysis): Analysis | null {
  if (!present(a, T_SETOR)) return null;
  const { tokens } = a;
  const at = resellerSetorAt(tokens);
  if (at < 0 || tokens.some((t) => t.type === T_WORD && AWAY.has(t.key))) return null;
  const out = tokens.slice();
  out[at] = asSaleWord(tokens[at] as Token);
  for (let i = 0; i < out.length; i++) {
    const t = out[i] as Token;
    if (t.type === T_WORD && BUYERS.has(t.key)) out[i] = { ...t, key: t.text, info: null, f: F_FILLER, f2: 0 };
  }
  return withTokens(a, out);
}

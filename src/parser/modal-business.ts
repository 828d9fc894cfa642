/**
 * "modal (awal) jualan", "modal dagangan", "modal buat jualan online": capital or cost of her
 * trade, where "jualan" is the business (a noun), never a sale. Read so, "setor modal awal
 * jualan online 750rb dari tabungan sendiri" is money put in (modal-meaning.ts decides capital
 * or cost as for "modal usaha"), and "modal awal jualan 750rb" is no longer a confident sale.
 * context-words.ts makes the noun a plain word ("usaha", no role).
 */
import { T_WORD, type Token } from './lexer.ts';

/** Words that may stand between "modal" and the business: "modal awal jualan", "modal buat jualan". */
const BETWEEN = new Set(['awal', 'pertama', 'buat', 'bwt', 'untuk', 'utk', 'tambahan', 'tambah']);
/** The business named by what it sells: "jualan", "dagangan". */
const TRADE = new Set(['jualan', 'jualanku', 'jualannya', 'dagangan', 'daganganku', 'dagangannya', 'dodolan', 'bedagang']);

/** "modal" and the lexicon's phrases holding it ("modal awal", "setor modal"), as written. */
export const MODAL_WORDS = new Set(['modal', 'modal awal', 'setor modal', 'tambah modal', 'nambah modal']);

/** The noun of the business made a plain word: no sale in it. */
export function asBusinessNoun(t: Token): void {
  t.key = 'usaha';
  t.info = null;
  t.f = 0;
  t.f2 = 0;
}

/** The token of the business after "modal" at `i`, or -1. */
export function businessAfterModal(tokens: readonly Token[], i: number): number {
  let j = i + 1;
  for (let n = 0; n < 2 && BETWEEN.has(tokens[j]?.text ?? ''); n++) j++;
  const t = tokens[j];
  return t !== undefined && t.type === T_WORD && TRADE.has(t.text) ? j : -1;
}

/**
 * One unit each for two uses: "beli 2 kg gula 34rb, sekilo buat dagangan sekilo buat dapur",
 * "beras 10 liter 130rb, seliter buat jualan, sisanya buat rumah". A "se-<unit>" right before a
 * purpose word ("buat", "untuk", "kanggo", "gasan"…) says what part of the purchase went where;
 * it is not the price of one ("34rb, sekilo" would make it Rp68.000). Such a clause never joins
 * the amount before it as a price each (lines.ts), and a purchase split between her business
 * and her home is asked (scan-record.ts: `split_use`), never multiplied.
 *
 * "gula 2 kg 34rb sekilo" (34rb per kilo: Rp68.000) and "…, sekilonya 17rb" still price.
 */
import type { Token } from './lexer.ts';
import { T_WORD } from './lexer.ts';

/** Purpose words ("untuk" is also what the regional "kanggo", "keur", "gasan" read as). */
const FOR_USE = new Set(['buat', 'bwt', 'untuk', 'utk', 'untk', 'bt']);

/** The each-word at i is followed by a purpose: "sekilo buat dagangan". */
export function unitForUse(tokens: readonly Token[], i: number): boolean {
  const n = tokens[i + 1];
  return n !== undefined && n.type === T_WORD && FOR_USE.has(n.key) && !(tokens[i]?.key ?? '').endsWith('nya');
}

/** Whether the message splits a purchase by one unit per use (two or more "se-<unit> buat …"). */
export function splitsByUse(tokens: readonly Token[]): boolean {
  let n = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_WORD && t.info?.perUnit !== undefined && unitForUse(tokens, i)) n++;
  }
  return n >= 1;
}

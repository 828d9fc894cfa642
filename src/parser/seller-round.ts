/**
 * A seller's round named with her goods and no selling verb: "gendong jamu hari ini 27 gelas x
 * 4rb" (the jamu seller's round with the basket on her back), "keliling sayur 150rb", Javanese
 * "ider tahu 60 biji", "mider sayur". The round is how she sells: what it brought is her sale,
 * read as "jualan" is.
 *
 * Only when the round word opens its clause, her known wares follow it (sold-wares.ts) and no
 * other sale or buying word is in the message: "gendong anak", "keliling kota 50rb" name no wares,
 * "sayur keliling 50rb" may be what she bought from the vegetable cart — all left as they were.
 * After a selling word the round word is part of the verb: "jualan keliling sayur" sells "sayur".
 */
import { T_WORD, type Token } from './lexer.ts';
import { knownWares } from './sold-wares.ts';
import { F_EXPENSE, F_SALE, F_WEAK } from './word-roles.ts';

/** Words of a seller's round: carried on the back, walked around the streets. */
export const ROUND = new Set(['gendong', 'nggendong', 'keliling', 'ider', 'ngider', 'mider']);

/**
 * What the round word at `i` is: 'sale' (her round, the verb of her sale), 'part' (a part of the
 * selling verb before it), or null. `opens`: whether it opens its clause.
 */
export function sellerRound(tokens: readonly Token[], i: number, opens: boolean): 'sale' | 'part' | null {
  const prev = tokens[i - 1];
  const wares = waresAfter(tokens, i);
  if (prev?.type === T_WORD && (prev.f & F_SALE) !== 0 && (prev.f & F_WEAK) === 0) return wares ? 'part' : null;
  if (!opens || !wares) return null;
  const verb = tokens.some((t, j) => j !== i && t.type === T_WORD && (t.f & (F_SALE | F_EXPENSE)) !== 0);
  return verb ? null : 'sale';
}

/** Whether her known wares are named right after `i` ("gendong jamu", "keliling kue basah"). */
function waresAfter(tokens: readonly Token[], i: number): boolean {
  const words: string[] = [];
  for (let j = i + 1; j < tokens.length && words.length < 2; j++) {
    const t = tokens[j] as Token;
    if (t.type !== T_WORD || t.info !== null) break;
    words.push(t.text);
  }
  return knownWares(words);
}

/**
 * "buat (tambah) modal", "masukin usaha", "jadi modal": money named as going INTO the
 * business — a capital word, or a word of direction followed within three words by the
 * business. One reading for the readers of money put in from outside (intents/own-money-in.ts,
 * intents/outside-capital.ts); each passes its own words of direction and of the business,
 * since they differ on purpose (money "buat dagangan" is stock bought for one, capital for the other).
 */
import type { Token } from './lexer.ts';
import { G_CAPITAL } from './word-roles.ts';

export function namesIntoBusiness(words: readonly Token[], from: number, into: ReadonlySet<string>, business: ReadonlySet<string>): boolean {
  for (let i = from; i < words.length; i++) {
    // "tambah modal", "suntik modal" are one word: capital named.
    if (((words[i] as Token).f2 & G_CAPITAL) !== 0) return true;
    if (!into.has((words[i] as Token).key)) continue;
    for (let j = i + 1; j <= i + 3 && j < words.length; j++) {
      const w = words[j] as Token;
      if (business.has(w.key) || (w.f2 & G_CAPITAL) !== 0) return true;
      if (!into.has(w.key)) break;
    }
  }
  return false;
}

/**
 * Gives a token the reading of another word ("sebaju" read as "sepcs", "ngisi" as "beli"): its
 * key, lexicon entry and flags become that word's, its text stays as she wrote it. For the
 * readers that settle a word's role from its context before the intents read the message
 * (context-words.ts, money-got.ts, counted-each.ts, money-out.ts). `as` must be a lexicon word.
 */
import { lookupWord } from './lexicon.ts';
import type { Token } from './lexer.ts';
import type { WordInfo } from './word-roles.ts';

export function retag(t: Token, as: string): void {
  const info = lookupWord(as) as WordInfo;
  t.key = info.canon;
  t.info = info;
  t.f = info.flags;
  t.f2 = info.flags2;
}

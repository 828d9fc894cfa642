/**
 * Short answers to the bot's own questions, read with the parser's vocabulary so the
 * conversation keeps no second list of words: a day ("kemarin", "tgl 3", "senin"), and
 * whether a word names a sale or an expense ("jualan", "belanja", "kulakan").
 */
import type { IsoDate } from '../core/dates.ts';
import { analyze, isSoft } from './analyze.ts';
import { T_NUM, T_WORD } from './lexer.ts';
import { lookupWord } from './lexicon.ts';
import { prepare } from './normalize.ts';
import { F_EXPENSE, F_SALE } from './word-roles.ts';

/**
 * The one past (or today's) day a short answer names, or null: "kemarin", "hari ini",
 * "tanggal 3", "senin", "3/12". Anything else in it but soft words makes it no answer.
 */
export function parseDay(text: string, today: IsoDate): IsoDate | null {
  const prep = prepare(text);
  const a = analyze(prep.text, today, prep.truncated);
  if (a.dates.length !== 1 || a.nums.length > 0) return null;
  const [day] = a.dates;
  if (!day || day.date === null || day.future) return null;
  for (let i = 0; i < a.tokens.length; i++) {
    if (i >= day.start && i < day.end) continue;
    const t = a.tokens[i];
    if (t && (t.type === T_NUM || (t.type === T_WORD && !isSoft(t)))) return null;
  }
  return day.date;
}

/** "jualan", "laku", "sales" → sale; "belanja", "kulakan", "spent" → expense; anything else null. */
export function kindOfWord(word: string): 'sale' | 'expense' | null {
  const info = lookupWord(word.toLowerCase());
  if (!info) return null;
  const sale = (info.flags & F_SALE) !== 0;
  const expense = (info.flags & F_EXPENSE) !== 0;
  if (sale === expense) return null;
  return sale ? 'sale' : 'expense';
}

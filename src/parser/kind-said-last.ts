/**
 * A list of priced goods with no verb, closed by one verb said of them all: voice-typed "beras
 * lima kilo 65rb minyak dua liter 38rb gula sekilo 18rb laku semua tadi pagi", "…, semuanya
 * terjual", Javanese "… payu kabeh", Sundanese "… laku sadayana". Every line's kind was a guess
 * (`kind_guessed`, asked): the verb at the end names it for all of them, as a verb at the start
 * would ("laku: beras …, minyak …").
 *
 * Only when the closing clause is surely about all of them: a strong sale or buying verb (never a
 * weak one: `habis semua` may be money spent or goods sold out) beside an "all" word, after the last
 * number of the message, with no verb anywhere before it, and every entry's only doubt the guessed
 * kind (the last line's clause may hold the verb itself). Without the "all" word (`beras 65rb minyak
 * 38rb laku`: the last line's verb, or all?) the lines stay asked.
 */
import type { Analysis } from './analyze.ts';
import { kindNamed } from './confidence.ts';
import type { EntryOut } from './entry-drafts.ts';
import { T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import { F_EXPENSE, F_SALE, F_WEAK } from './word-roles.ts';

/** "All" in the languages she speaks. */
const ALL = new Set(['semua', 'semuanya', 'smua', 'smw', 'semuane', 'kabeh', 'kabehe', 'sakabehe', 'sedoyo', 'sedaya', 'sadaya', 'sadayana',
  'sadonyo', 'semuanye']);

const T_ALL = trigger(ALL);

/** The strong verb's kind at token i, or null. */
function strongKind(t: Token): 'sale' | 'expense' | null {
  if (t.type !== T_WORD || (t.f & F_WEAK) !== 0) return null;
  if ((t.f & F_SALE) !== 0 && (t.f & F_EXPENSE) === 0) return 'sale';
  if ((t.f & F_EXPENSE) !== 0 && (t.f & F_SALE) === 0) return 'expense';
  return null;
}

export function kindSaidLast(a: Analysis, entries: EntryOut[]): void {
  if (entries.length < 2 || !present(a, T_ALL)) return;
  // (The last line's clause holds the verb when no comma parts them: "… gula 18rb laku semua" — its kind is named already.)
  const guessed = (e: EntryOut): boolean => e.notes.length === 1 && e.notes[0] === 'kind_guessed';
  const last = entries[entries.length - 1] as EntryOut;
  if (!entries.slice(0, -1).every(guessed) || !(guessed(last) || last.notes.length === 0)) return;
  const { tokens } = a;
  let lastNum = -1;
  for (const n of a.nums) lastNum = Math.max(lastNum, n.end);
  let kind: 'sale' | 'expense' | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const k = strongKind(tokens[i] as Token);
    if (k === null) continue;
    // A verb before the last number names some line's kind already: not this shape.
    if (i < lastNum || kind !== null) return;
    const near = [i - 2, i - 1, i + 1, i + 2].some((j) => ALL.has(tokens[j]?.key ?? '') || ALL.has(tokens[j]?.text ?? ''));
    if (!near) return;
    kind = k;
  }
  if (kind === null || (!guessed(last) && last.kind !== kind)) return;
  for (const e of entries) {
    e.kind = kind;
    kindNamed(e);
  }
}

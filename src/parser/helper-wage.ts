/**
 * A wage paid to someone who helps in her business, named by who they are to her family:
 * "gaji anak tetangga bantu packing seminggu 150rb", "upah ponakan jaga warung 100rb". The
 * person word ("anak" is also a mark of the home: "jajan anak") made the wage a guessed
 * withdrawal; a business task beside the wage (household-wage.ts wageOf: packing, jaga warung,
 * antar pesanan …) makes it her expense.
 *
 * Only when every mark of the home in the message is such a person (not "rumah", "makan",
 * "sekolah": "gaji anak buat jajan sekolah" stays asked), one entry was read, and nothing else
 * was in doubt (the confidence is given back only then).
 */
import type { Analysis } from './analyze.ts';
import { C_CLEAR } from './confidence.ts';
import { T_WORD } from './lexer.ts';
import { firstWage, T_WAGE } from './household-wage.ts';
import type { ParseResult } from './types.ts';
import { G_HOUSEHOLD } from './word-roles.ts';

/** Home words that name a person, who may be a helper paid for the business's work. */
const HELPER_PERSON = new Set(['anak', 'kids', 'kid', 'son', 'daughter']);

export function guardHelperWage(a: Analysis, r: ParseResult): ParseResult {
  if (r.intent !== 'record' || r.entries.length !== 1 || r.entries[0]?.kind !== 'withdrawal' || r.notes?.includes('withdrawal_guessed') !== true) return r;
  if (firstWage(a) !== 'business') return r;
  for (const t of a.tokens) if (t.type === T_WORD && (t.f2 & G_HOUSEHOLD) !== 0 && !HELPER_PERSON.has(t.key)) return r;
  const notes = r.notes.filter((n) => n !== 'withdrawal_guessed');
  const entry = { ...r.entries[0], kind: 'expense' as const };
  return { ...r, entries: [entry], notes, confidence: notes.length === 0 ? C_CLEAR : r.confidence };
}

// Without these words it returns its reading unchanged (firstWage opens on them): applyGuards skips it (guard-lists.ts).
guardHelperWage.words = T_WAGE;

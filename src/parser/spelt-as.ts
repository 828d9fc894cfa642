/**
 * Everyday spellings of the money nouns the lexicon knows: "gajih" (Sundanese and Javanese
 * for "gaji", a wage), "dhuwit" (Javanese "duit"), "ongkis", "ongkus", "onkos" ("ongkos").
 *
 * WHY here, at the word, and not as one more lexicon entry: a dozen readers hold "gaji" or
 * "ongkos" in word sets of their own (a wage she pays, income from outside, her own money);
 * an entry would give the typo the lexicon's kind and none of theirs ("dapet gajih 2jt" would
 * become her expense). Read as the word it spells, every reader sees the same word.
 * Only unknown spellings are listed: a word the lexicon knows is never replaced.
 */
const SPELT_AS: ReadonlyMap<string, string> = new Map([
  ['gajih', 'gaji'],
  ['dhuwit', 'duit'],
  ['ongkis', 'ongkos'],
  ['ongkus', 'ongkos'],
  ['onkos', 'ongkos'],
]);

/** The known word an everyday spelling stands for, or null. */
export function speltAs(word: string): string | null {
  return SPELT_AS.get(word) ?? null;
}

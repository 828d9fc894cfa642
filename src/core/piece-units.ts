/**
 * How many pieces a counting word stands for: "2 kodi" are 40 pieces, "3 lusin" 36. One
 * table for the parser (its lexicon gives these words their size, so "sanggup 2 kodi" answers
 * a lead with 40) and for the leads module (a quantity typed in the console or in the chat's
 * guided form), so a kodi is never 20 in one place and something else in another.
 */
export const PIECE_UNITS: readonly (readonly [words: readonly string[], pieces: number])[] = [
  [['pcs', 'biji', 'buah', 'butir', 'lembar', 'potong'], 1],
  [['lusin', 'dozen'], 12],
  [['kodi'], 20],
  [['gros', 'gross'], 144],
  [['rim'], 500],
];

/** The pieces one of this word stands for ("kodi" → 20), or undefined for any other word. */
export function piecesPerUnit(word: string): number | undefined {
  const w = word.toLowerCase();
  return PIECE_UNITS.find(([words]) => words.includes(w))?.[1];
}

/**
 * Words written with the accents of Madurese spelling ("mellè", "majâr", "ollè", "pèssè", "èbu",
 * "dâghângan") read as the same word typed plain ("melle", "majar", "olle", "pesse", "ebu"):
 * members in Madura and the horseshoe write both, often in one message, and the lexicon and the
 * regional words know the plain spelling once rather than every accented one.
 *
 * Only when the accented spelling itself is unknown and the plain one is known (lexer.ts): an
 * accented word that means nothing plain (goods: "berrâs", "tajhin") keeps its letters, as she
 * wrote them; Sundanese "rébu" is listed as written and read from the lexicon first.
 */
const PLAIN: ReadonlyMap<string, string> = new Map([
  ['à', 'a'], ['á', 'a'], ['â', 'a'], ['ä', 'a'],
  ['è', 'e'], ['é', 'e'], ['ê', 'e'], ['ë', 'e'], ['ė', 'e'],
  ['ì', 'i'], ['í', 'i'], ['î', 'i'], ['ï', 'i'],
  ['ò', 'o'], ['ó', 'o'], ['ô', 'o'], ['ö', 'o'],
  ['ù', 'u'], ['ú', 'u'], ['û', 'u'], ['ü', 'u'],
]);

/** The word with its vowels' accents taken off, or the word itself when it has none. */
export function withoutAccents(w: string): string {
  let i = 0;
  while (i < w.length && w.charCodeAt(i) < 0x80) i++;
  if (i === w.length) return w;
  let out = w.slice(0, i);
  for (; i < w.length; i++) {
    const c = w[i] as string;
    out += PLAIN.get(c) ?? c;
  }
  return out;
}

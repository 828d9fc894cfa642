/**
 * Words written with a capital letter where no sentence begins: "tadi Tigor bayar utang 50rb", "td
 * Ona bayar utang 40rb", "kemarin, Sari bayar 30rb". prepare() lower-cases the text before the lexer
 * sees it; this keeps, per message, the lower-cased words she capitalised in the middle of a sentence,
 * which is how a name is told from any other word the lexicon does not know (unknown-payer.ts).
 *
 * WHY not the first word: phones capitalise a message's first word, so "Ona bayar utang" and "Sekalian
 * bayar utang" look alike (the wave2 review). Nor a word after ". ! ? : ( -" or a line break (a sentence
 * or a list item begins), nor one in capitals ("THR", "PKK"), nor any when most words are capitalised
 * ("Tadi Sari Bayar Utang": Title Case tells nothing).
 */

/** A word as written: letters, an apostrophe inside (Makassar "doe'"). */
const WORD = /[A-Za-z][A-Za-z']*/g;
/** Before a capitalised word: a letter, a digit or a comma — the sentence goes on. */
const GOES_ON = /[A-Za-z0-9,]/;

/** The lower-cased words capitalised mid-sentence, or null when none (or the message is Title Case). */
export function namesWritten(raw: string): ReadonlySet<string> | null {
  // (Most messages hold no capital past the first letter: one test, no scan.)
  if (!/.[A-Z]/s.test(raw)) return null;
  let words = 0;
  let capitals = 0;
  let named: Set<string> | null = null;
  for (const m of raw.matchAll(WORD)) {
    words++;
    const w = m[0];
    const c = w.charCodeAt(0);
    if (c < 65 || c > 90) continue;
    capitals++;
    if (w.length < 2 || w === w.toUpperCase()) continue;
    let p = (m.index ?? 0) - 1;
    while (p >= 0 && (raw[p] === ' ' || raw[p] === '\t')) p--;
    if (p < 0 || !GOES_ON.test(raw[p] as string)) continue;
    (named ??= new Set()).add(w.toLowerCase());
  }
  return named !== null && capitals * 2 <= words ? named : null;
}

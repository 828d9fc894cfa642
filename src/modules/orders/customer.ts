/**
 * Customers are named the way members talk ("Bu Sri", "ibu sri", "Sri"): they are matched
 * on a key without honorifics, case or punctuation. Pure.
 */

const HONORIFICS = new Set([
  'bu', 'ibu', 'bunda', 'pak', 'bapak', 'mbak', 'mba', 'mb', 'mas', 'kak', 'ka', 'bang', 'abang', 'dik', 'adik', 'dek', 'de',
  'teh', 'teteh', 'neng', 'ceu', 'cik', 'ci', 'koh', 'om', 'tante', 'bude', 'pakde', 'budhe', 'pakdhe', 'mak', 'nyonya', 'ny', 'sdr', 'mrs', 'mr', 'ms',
]);

/** "Bu Sri" → "sri", "Pak Joko Widodo" → "joko widodo", "@ani" → "ani". Never empty for a non-empty name. */
export function customerKey(raw: string): string {
  const words = raw
    .normalize('NFC')
    .toLowerCase()
    .replace(/[@.,:;!?'"()]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const named = words.filter((w, i) => !(HONORIFICS.has(w) && i < words.length - 1));
  return (named.length ? named : words).join(' ');
}

/**
 * How well a wanted name fits a stored key: 2 the same, 1 a word or the start of it
 * ("sri" in "sri wahyuni"), 0 not at all.
 */
export function nameFit(wantedKey: string, key: string): 0 | 1 | 2 {
  if (!wantedKey) return 0;
  if (wantedKey === key) return 2;
  const words = key.split(' ');
  if (words.includes(wantedKey) || key.startsWith(`${wantedKey} `) || wantedKey.split(' ').every((w) => words.includes(w))) return 1;
  return 0;
}

/** The candidates that fit best (all exact matches, or else all partial ones). */
export function bestFits<T>(wanted: string, candidates: readonly T[], keyOf: (c: T) => string): T[] {
  const wantedKey = customerKey(wanted);
  const scored = candidates.map((c) => ({ c, fit: nameFit(wantedKey, keyOf(c)) }));
  const best = Math.max(0, ...scored.map((s) => s.fit));
  return best === 0 ? [] : scored.filter((s) => s.fit === best).map((s) => s.c);
}

/**
 * Trigger words of the token-level passes: the passes that settle a word's meaning from the
 * message around it (context-words.ts and the passes it calls, price-for-several.ts), run on
 * the token array before an Analysis exists, so they cannot use `present()` (triggers.ts).
 *
 * WHY: each of these passes runs on every message and used to walk every token to learn that
 * its few words ("dp", "narik", "setor", "nyangka") are absent — which they almost always are.
 * analyze.ts now looks each token's written form and key up once (`wakeOf`), and a pass runs
 * only when one of its words was there: one bit test instead of one walk a pass.
 *
 * The same results: a pass's gate holds every word its own scan opens on (by text or key, as
 * the pass reads them), and the mask is taken after lexing, before any pass retags a token.
 * A retag writes only keys no gate holds ("laku", "bayar", "kulakan", "belanja", "biaya", "ji";
 * an untag writes a token's own text back as its key, which the mask already holds):
 * tests/unit/parser/token-triggers.test.ts checks that stays so.
 */
import type { Token } from './lexer.ts';

/** A token-level pass's trigger: one bit of the mask `wakeOf` returns. */
export type TokenTrigger = number;

const BITS = new Map<string, number>();
const WORDS: string[][] = [];

/** Registers the words whose presence (as a token's text or key) lets a pass run. At most 30. */
export function tokenTrigger(...lists: Iterable<string>[]): TokenTrigger {
  const n = WORDS.length;
  if (n >= 30) throw new Error('token-triggers: more than 30 passes; widen the mask first');
  const bit = 1 << n;
  const words: string[] = [];
  for (const list of lists) {
    for (const w of list) {
      BITS.set(w, (BITS.get(w) ?? 0) | bit);
      words.push(w);
    }
  }
  WORDS.push(words);
  return bit;
}

/** The triggers whose words the tokens hold, by text or key. */
export function wakeOf(tokens: readonly Token[]): number {
  let mask = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const a = BITS.get(t.text);
    if (a !== undefined) mask |= a;
    if (t.key !== t.text) {
      const b = BITS.get(t.key);
      if (b !== undefined) mask |= b;
    }
  }
  return mask;
}

/** Every registered trigger's words (for the test that no retag writes one). */
export function tokenTriggerWords(): readonly (readonly string[])[] {
  return WORDS;
}

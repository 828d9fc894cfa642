/**
 * Where the story and work-paid readers (story-clauses.ts, work-paid.ts) cut a message into
 * sentences and clauses: one definition, so the two read the same clauses.
 */
import { T_NL, T_PUNCT, type Token } from './lexer.ts';

/** A sentence ends at a line, a full stop, "!" or "?". */
export function isSentenceEnd(t: Token): boolean {
  return t.type === T_NL || (t.type === T_PUNCT && (t.text === '.' || t.text === '!' || t.text === '?'));
}

/** A clause ends where a sentence does, or at a comma or a semicolon. */
export function isClauseEnd(t: Token): boolean {
  return isSentenceEnd(t) || (t.type === T_PUNCT && (t.text === ',' || t.text === ';'));
}

/** The clauses of a message as token spans [start, end), the end at its clause end (or the message's). */
export function clauseSpans(tokens: readonly Token[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    if (t !== undefined && !isClauseEnd(t)) continue;
    spans.push([from, i]);
    from = i + 1;
  }
  return spans;
}

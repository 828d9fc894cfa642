/**
 * Days written "5-12" opening the lines of a notebook copied out: "5-12 laku 250rb\n6-12 laku
 * 310rb". A lone "5-12" is more often a range than a day (dates.ts leaves it), but two or more
 * lines that each open with a day and month joined by a dash, then words, are the days of a
 * book kept by the day — the way "5/12 …" lines already are.
 *
 * Only at a line's start (after a bullet), only a day 1–31 and a month 1–12 of one or two
 * digits each, and only followed by a word that is not a unit or scale ("5-12 bungkus" is a
 * range of counts) or by ":". Pure; returns the token indices of the day numbers.
 */
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { F_SCALE, F_UNIT } from './word-roles.ts';

function small(t: Token | undefined, max: number): boolean {
  if (!t || t.type !== T_NUM || !t.num || !t.num.ok || !t.num.plain || t.text.length > 2) return false;
  const v = t.num.value.m;
  return v >= 1 && v <= max;
}

/** Bullets that may stand before a line's day. */
function bullet(t: Token): boolean {
  return t.type === T_PUNCT && (t.text === '-' || t.text === '*' || t.text === '(' || t.text === ')');
}

/** Index of the day token of each line that opens "d-m word" (none unless two lines do). */
export function dashedLineDays(tokens: readonly Token[]): ReadonlySet<number> | null {
  let lines = 0;
  for (const t of tokens) if (t.type === T_NL) lines++;
  if (lines === 0) return null;
  const found: number[] = [];
  let lineStart = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_NL) {
      lineStart = true;
      continue;
    }
    if (!lineStart) continue;
    if (bullet(t) && !(tokens[i + 1]?.attached ?? false)) continue;
    lineStart = false;
    const dash = tokens[i + 1];
    const month = tokens[i + 2];
    const after = tokens[i + 3];
    if (!small(t, 31) || !dash || dash.type !== T_PUNCT || dash.text !== '-' || !dash.attached || !month?.attached || !small(month, 12)) continue;
    if (!after) continue;
    const word = after.type === T_WORD && !after.attached && (after.f & (F_UNIT | F_SCALE)) === 0;
    const colon = after.type === T_PUNCT && after.text === ':';
    if (word || colon) found.push(i);
  }
  return found.length >= 2 ? new Set(found) : null;
}

/**
 * "Senin 120rb / Selasa 95rb / Rabu 140rb", "1/12 laku 80rb / 2/12 laku 95rb": one line per
 * day. A record has one date, so such a message cannot be recorded as it stands: confirmed
 * as one record, every day's takings would land on the first day. It is answered instead
 * with a request to send one message per day (note "per_day_lines"), and nothing is lost.
 */
import type { Analysis } from './analyze.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { M_BULLET } from './marks.ts';

/** Whether at least two lines each open with a different day and carry an amount. */
export function perDayLines(a: Analysis): boolean {
  const { tokens } = a;
  if (!tokens.some((t) => t.type === T_NL)) return false;
  const days = new Set<string>();
  let lines = 0;
  let s = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && (tokens[i] as Token).type !== T_NL) continue;
    const day = lineDay(a, s, i);
    if (day !== null) {
      lines++;
      days.add(day);
    }
    s = i + 1;
  }
  return lines >= 2 && days.size >= 2;
}

/** The day a line opens with ("Senin", "2/12", "tgl 3") when it also has an amount, else null. */
function lineDay(a: Analysis, s: number, e: number): string | null {
  const { tokens } = a;
  let i = s;
  // Bullets: "-", "•", "1.", "a)".
  while (i < e && (((tokens[i] as Token).type === T_PUNCT) || a.marks[i] === M_BULLET)) i++;
  if (i >= e) return null;
  const t = tokens[i] as Token;
  let day: string | null = null;
  let after = i + 1;
  const m = a.dates.find((d) => d.start >= i && d.start <= i + 1);
  if (m && m.date !== null) {
    day = m.date;
    after = m.end;
  } else if (t.type === T_WORD && t.info?.weekday !== undefined) day = `w${t.info.weekday}`;
  if (day === null) return null;
  for (const n of a.nums) if (n.start >= after && n.end <= e && n.rupiah !== null && n.rupiah >= 1000) return day;
  return null;
}

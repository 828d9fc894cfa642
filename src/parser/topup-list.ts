/**
 * A pulsa reseller's top-ups on one line: "pulsa: 5k->7k, 10k->12k, 25k->27k", "token: 20rb=22rb,
 * 50rb=52rb". Each pair is a face value and what the customer paid: three sales at her prices
 * (7.000, 12.000, 27.000), the face values no money of hers. Read as one line, the six amounts
 * were six guessed sales.
 *
 * Only when the line opens with airtime words (an operator or a face-value product, as
 * resale-lines.ts knows them) and every comma part after them is two amounts joined by an
 * arrow, "=", or a selling word, nothing else: the line is written again one top-up a line,
 * each with the airtime words, and read once more (resale-lines.ts judges each line's margin).
 */
import type { Analysis } from './analyze.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { OPERATORS } from './resale-lines.ts';

/** The line written again one top-up a line, or null. */
export function topUpList(a: Analysis): string | null {
  const { tokens } = a;
  // (The first word first: it rules out nearly every message without a walk.)
  const first = tokens[0];
  if (first === undefined || first.type !== T_WORD || !OPERATORS.has(first.key) || tokens.some((t) => t.type === T_NL)) return null;
  // The airtime words that open the line, up to its colon or first amount.
  let i = 0;
  const head: string[] = [];
  while (i < tokens.length && (tokens[i] as Token).type === T_WORD && OPERATORS.has((tokens[i] as Token).key)) head.push((tokens[i++] as Token).text);
  if (head.length === 0) return null;
  if ((tokens[i] as Token | undefined)?.text === ':') i++;
  const parts: string[] = [];
  let part = '';
  let nums = 0;
  for (; i <= tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined || (t.type === T_PUNCT && (t.text === ',' || t.text === ';'))) {
      if (nums !== 2) return null;
      parts.push(part);
      part = '';
      nums = 0;
      continue;
    }
    const k = a.numIn[i] as number;
    if (k >= 0) {
      if (a.nums[k]?.start === i) nums++;
    } else if (t.type === T_PUNCT ? t.text !== '-' && t.text !== '=' : t.type !== T_WORD || !['jual', 'jadi', 'jd', 'dijual'].includes(t.key)) {
      return null;
    }
    part += `${part === '' || t.attached ? '' : ' '}${t.text}`;
  }
  if (parts.length < 2) return null;
  return parts.map((p) => `${head.join(' ')} ${p}`).join('\n');
}

/**
 * A count of goods on one line, then the price of each of them on a line of its own:
 *
 *   jual 2 set sprei jahitan sendiri
 *   1 set 120rb
 *   1 set 135rb (yg king)
 *
 * also `satunya 350rb`, `yg satu 350rb`, `satu lagi 425rb`, `yg besar 350rb` / `yg kecil 200rb`
 * under "laku batik 2 lembar". Read as written, the count's line was goods sold with no amount
 * (asked), and the lines under it prices with no goods. When as many lines follow as she counted,
 * each naming one piece, each line is one of them: said again as the count's line for one piece
 * with that line's price ("jual 1 set sprei jahitan sendiri 120rb"), so the readers record each
 * line at its price, with the goods she named, and every guard still applies.
 *
 * Only known words decide: a line names one piece by `1`/`satu` and the unit or goods counted, a
 * word for "one (of them)" (`satunya`, `yg satu`, `satu lagi`, `yg lain`, Javanese `sijine`), or
 * `yg`/`yang` and a word of size, fit or colour (DESCRIBERS); after its one amount only such a
 * `yg …` remark may stand, bracketed or not. Lines that are not all so, a count other than the
 * number of lines (`jual 3 set sprei` over two priced lines), a second number on the count's line,
 * or no sale or purchase verb there leave the message as written: asked, as before.
 *
 * The same in one sentence ("laku batik tulis 2 lembar, satunya 350rb satunya 425rb") is
 * unit-price-shapes.ts's: each piece its own sale at its own price, as here.
 */
import type { Analysis } from './analyze.ts';
import type { NumExpr } from './amount.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { textOf } from './per-day.ts';
import { money, plainCount } from './unit-price-shapes.ts';
import { DESCRIBERS, WHICH } from './piece-words.ts';
import { F_EXPENSE, F_SALE, F_UNIT, F_WEAK } from './word-roles.ts';

/** Words that name one piece of those counted: "satunya", "yg satu", "satu lagi", "yang lainnya", Javanese "sijine". */
const ONE_OF = new Set(['satu', 'satunya', 'siji', 'sijine', 'hiji', 'hijina', 'lain', 'lainnya', 'laine', 'kedua', 'pertama', 'terakhir']);
/** Words that may stand beside them: "yg satu", "satu lagi", "yang satunya lagi". */
const ONE_OF_ALONG = new Set(['yang', 'yg', 'lagi', 'lg', 'nya']);
/** Pieces a count may be matched against, line by line. */
const MAX_PIECES = 9;

interface Line {
  s: number;
  e: number;
}

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.type === T_WORD;
}

/** "satu set" (the lexer's one word for "1 set"): the unit after the "one", or null. */
export function oneUnit(t: Token): string | null {
  return t.key.startsWith('satu ') ? t.key.slice(5) : null;
}

/** The non-empty lines of the message. */
function linesOf(a: Analysis): Line[] {
  const out: Line[] = [];
  let from = 0;
  for (let i = 0; i <= a.tokens.length; i++) {
    if (i < a.tokens.length && (a.tokens[i] as Token).type !== T_NL) continue;
    if (i > from) out.push({ s: from, e: i });
    from = i + 1;
  }
  return out;
}

function numsIn(a: Analysis, l: Line): NumExpr[] {
  return a.nums.filter((n) => n.start >= l.s && n.end <= l.e);
}

/** The count's line: its one count, the words it counts (its unit and goods), and its verb. Null when it is not one. */
function countLine(a: Analysis, l: Line): { count: NumExpr; names: Set<string>; verbAt: number } | null {
  const nums = numsIn(a, l);
  const count = nums[0];
  const n = count === undefined || nums.length !== 1 ? null : plainCount(a, count);
  if (count === undefined || n === null || n < 2 || n > MAX_PIECES) return null;
  let verbAt = -1;
  const names = new Set<string>();
  for (let i = l.s; i < l.e; i++) {
    const t = a.tokens[i] as Token;
    if (!isWord(t) || a.numIn[i] !== -1) continue;
    if ((t.f & (F_SALE | F_EXPENSE)) !== 0 && (t.f & F_WEAK) === 0) {
      if (verbAt < 0) verbAt = i;
    } else names.add(t.key);
  }
  // The unit right after the count ("2 set", "2 lembar") is what "1 set" names below.
  const unit = a.tokens[count.end];
  if (isWord(unit) && (unit.f & F_UNIT) !== 0) names.add(unit.key);
  return verbAt >= 0 && verbAt < count.start ? { count, names, verbAt } : null;
}

/** Whether tokens [s, e) are only "yg"/"yang" and describers, with at least one describer (brackets allowed round them). */
function describes(a: Analysis, s: number, e: number, bracketsOk: boolean): boolean {
  let which = false;
  let described = false;
  for (let i = s; i < e; i++) {
    const t = a.tokens[i] as Token;
    if (t.type === T_PUNCT && (t.text === ',' || (bracketsOk && (t.text === '(' || t.text === ')')))) continue;
    if (!isWord(t) || a.numIn[i] !== -1) return false;
    if (WHICH.has(t.key)) which = true;
    else if (DESCRIBERS.has(t.key) && which) described = true;
    else return false;
  }
  return described;
}

/**
 * Whether tokens [s, e) name one piece: "1 set" (one word to the lexer) or "1 gamis" for the unit
 * or goods counted, "satunya", "yg satu", "satu lagi", "yang lain". A "satu" is a number to the
 * lexer: only its word counts here, never a "1" alone.
 */
function namesOne(a: Analysis, s: number, e: number, names: ReadonlySet<string>): boolean {
  const first = a.tokens[s] as Token;
  const unit = isWord(first) ? oneUnit(first) : null;
  if (unit !== null) return names.has(unit) && s + 1 === e;
  const k = a.numIn[s] as number;
  if (k >= 0 && e === s + 2 && (a.nums[k] as NumExpr).end === s + 1 && plainCount(a, a.nums[k] as NumExpr) === 1 &&
    names.has(a.tokens[s + 1]?.key ?? '')) return true;
  let one = false;
  for (let i = s; i < e; i++) {
    const t = a.tokens[i] as Token;
    if (!isWord(t)) return false;
    if (ONE_OF.has(t.key)) one = true;
    else if (!ONE_OF_ALONG.has(t.key)) return false;
  }
  return one;
}

/**
 * A line naming one piece, then its price: the tokens to write after the count's line said for
 * one piece (its describer, its amount, a remark after it), or null when the line is not one.
 */
function pieceLine(a: Analysis, l: Line, names: ReadonlySet<string>): string | null {
  const nums = numsIn(a, l);
  const m = nums[nums.length - 1];
  if (m === undefined || nums.length > 2 || !money(m)) return null;
  let s = l.s;
  // A bullet opening the line: "- 1 set 120rb".
  while (s < m.start && (a.tokens[s] as Token).type === T_PUNCT && (a.tokens[s] as Token).text === '-') s++;
  if (s === m.start) return null;
  let describer = '';
  if (describes(a, s, m.start, false)) describer = ` ${textOf(a.tokens, s, m.start)}`;
  else if (!namesOne(a, s, m.start, names)) return null;
  // After the amount: nothing, or a "yg …" remark telling the piece ("(yg king)").
  if (m.end < l.e && !describes(a, m.end, l.e, true)) return null;
  return `${describer} ${textOf(a.tokens, m.start, l.e)}`;
}

/** The message said line by line as one piece each, or null when it is not a count over as many priced lines. */
export function unitLines(a: Analysis): string | null {
  let breaks = 0;
  for (const t of a.tokens) if (t.type === T_NL) breaks++;
  if (breaks < 2) return null;
  const lines = linesOf(a);
  if (lines.length < 3 || lines.length > MAX_PIECES + 1) return null;
  const head = lines[0] as Line;
  const counted = countLine(a, head);
  if (counted === null || plainCount(a, counted.count) !== lines.length - 1) return null;
  const tails: string[] = [];
  for (let k = 1; k < lines.length; k++) {
    const tail = pieceLine(a, lines[k] as Line, counted.names);
    if (tail === null) return null;
    tails.push(tail);
  }
  // The count's line for one piece: its count said as 1, a closing colon left off.
  let end = head.e;
  while (end > head.s && (a.tokens[end - 1] as Token).type === T_PUNCT && (a.tokens[end - 1] as Token).text === ':') end--;
  // (Only the first line keeps what stands before the verb — "kemarin", "td pagi": said once, a
  // day is not said again on every line.)
  const piece = (from: number): string => `${textOf(a.tokens, from, counted.count.start)} 1 ${textOf(a.tokens, counted.count.end, end)}`.trim();
  return tails.map((t, k) => `${piece(k === 0 ? head.s : counted.verbAt)}${t}`).join('\n');
}

/**
 * Bare numbers whose scale the stated total gives: "gorengan td pagi 60, siang 45, sore 70. total
 * 175rb" — 60 + 45 + 70 = 175, so each is thousands (60.000, 45.000, 70.000). She wrote the scale
 * once, on the total. Read alone, the bare numbers are counts or nothing, and the total one sale.
 *
 * Only when the bare numbers add up to the total exactly: then the message is read again with
 * each bare number in thousands (the readers decide kind and goods as for "60rb, 45rb, 70rb").
 * A total that disagrees ("… total 180rb") is left as read, asked. Even when each bare number
 * is a count of pieces at 1.000 each, the amounts are the same.
 *
 * Strict, so nothing else moves: at least two bare numbers (digits, 1..999, no unit or goods word
 * after them), one scaled amount after them, right after a total word or "=", no price each or
 * times sign in the message, and after the total only amounts written with their own scale on
 * lines below it ("…\nJumlah 545rb\nKulakan 300rb").
 */
import type { Analysis } from './analyze.ts';
import { S_PLAIN } from './amount.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import { F_DATE, F_PERIOD } from './word-roles.ts';

/** Words that state the total of what came before. */
const TOTAL_WORDS = new Set(['total', 'totalnya', 'ttl', 'tot', 'jumlah', 'jumlahnya', 'jml', 'semua', 'semuanya', 'kabeh', 'sedanten',
  'sadayana', 'all']);
const T_TOTAL = trigger(TOTAL_WORDS);
/** Marks that part the bare numbers of a list. */
const PARTS = new Set([',', ';', '.', '/', '-', ':', '=']);
/** Words that may follow a bare number of the list: its time of day or day, a joiner, the total. */
const AFTER_BARE = new Set(['pagi', 'siang', 'sore', 'malam', 'malem', 'subuh', 'dan', 'sama', 'sm', 'terus', 'trus', 'td', 'tadi',
  'aja', 'saja', 'an', 'ya']);
/** Signs of a price each or a product: the bare numbers may be counts of priced goods. */
const EACH_SIGNS = new Set(['@', 'x', '×', '*']);
const THOUSAND = 1000;

function bareAt(a: Analysis, k: number): boolean {
  const ex = a.nums[k];
  if (ex === undefined || ex.strength !== S_PLAIN || ex.end !== ex.start + 1 || ex.rupiah === null) return false;
  const t = a.tokens[ex.start] as Token;
  if (t.type !== T_NUM || !Number.isInteger(ex.rupiah) || ex.rupiah < 1 || ex.rupiah > 999) return false;
  const next = a.tokens[ex.end];
  if (next === undefined || next.type === T_NL) return true;
  if (next.type === T_PUNCT) return PARTS.has(next.text);
  return next.type === T_WORD && (AFTER_BARE.has(next.key) || TOTAL_WORDS.has(next.key) || (next.f & (F_DATE | F_PERIOD)) !== 0);
}

/** Whether a total word or "=" stands right before token i (past a colon). */
function totalBefore(a: Analysis, i: number): boolean {
  let j = i - 1;
  const colon = a.tokens[j];
  if (colon !== undefined && colon.type === T_PUNCT && colon.text === ':') j--;
  const t = a.tokens[j];
  if (t === undefined) return false;
  if (t.type === T_PUNCT) return t.text === '=';
  return t.type === T_WORD && TOTAL_WORDS.has(t.key);
}

/** The message with its bare numbers in thousands, when they add up to the stated total; else null. */
export function scaledByTotal(a: Analysis): string | null {
  const n = a.nums.length;
  if (n < 3) return null;
  // The total: the first number that is not bare (all before it must be bare).
  let t = 0;
  while (t < n && bareAt(a, t)) t++;
  const total = a.nums[t];
  if (t < 2 || total === undefined || total.strength === S_PLAIN || total.rupiah === null || total.rupiah % THOUSAND !== 0) return null;
  if (!totalBefore(a, total.start) || (!present(a, T_TOTAL) && a.tokens[total.start - 1]?.text !== '=')) return null;
  // After the total, only amounts written with their scale on lines of their own ("…\nJumlah 545rb\n
  // Kulakan 300rb": her spending under the list) — they are read as written.
  let lineEnd = total.end;
  while (lineEnd < a.tokens.length && (a.tokens[lineEnd] as Token).type !== T_NL) lineEnd++;
  for (let k = t + 1; k < n; k++) {
    const ex = a.nums[k] as (typeof a.nums)[number];
    if (ex.start <= lineEnd || ex.strength === S_PLAIN || ex.rupiah === null || ex.rupiah < THOUSAND) return null;
  }
  let sum = 0;
  for (let k = 0; k < t; k++) sum += (a.nums[k] as { rupiah: number }).rupiah;
  if (sum * THOUSAND !== total.rupiah) return null;
  if (a.tokens.some((x) => (x.type === T_PUNCT || x.type === T_WORD) && EACH_SIGNS.has(x.text))) return null;
  const bare = new Set<number>();
  for (let k = 0; k < t; k++) bare.add((a.nums[k] as { start: number }).start);
  return withThousandsGlued(a, bare);
}

/** The message's text with "rb" glued to the numbers starting at the given token indices ("60" → "60rb"). */
export function withThousandsGlued(a: Analysis, bare: ReadonlySet<number>): string {
  let out = '';
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (t.type === T_NL) out += '\n';
    else out += `${t.attached || out === '' || out.endsWith('\n') ? '' : ' '}${t.text}${bare.has(i) ? 'rb' : ''}`;
  }
  return out;
}

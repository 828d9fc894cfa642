/**
 * Her price list, then a count of one listed good sold: "PRICE LIST\nBros 15rb\nKerudung bordir
 * 85rb\nTaplak 45rb\n\nSabtu laku 2 kerudung" is two veils at Rp85.000 — said again as "Sabtu laku 2
 * kerudung @85rb", which the readers price as count × price each (docs/PARSING.md, "A count and a
 * price per unit said in words around it").
 *
 * WHY: read line by line, the list's prices were three sales (asked) and the count a line without
 * money. A price list alone stays as it was (no entry recorded unasked). Only the clean shape: a
 * heading that names a price list, two or more lines of goods and one amount each (no verb, no
 * count), then, after the list, one plain count right before the goods of exactly one listed line, a
 * sale verb, and no money of its own. Anything else (two counts, goods not listed or listed twice, an
 * amount said with the sale) is left as written.
 */
import type { Analysis } from './analyze.ts';
import type { NumExpr } from './amount.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { textOf } from './shared-rate.ts';
import { present, trigger } from './triggers.ts';
import { money, plainCount } from './unit-price-shapes.ts';
import { F_EXPENSE, F_SALE } from './word-roles.ts';

/** Words of a price list's heading: "PRICE LIST", "pricelist", "daftar harga", "list harga". */
const LIST_WORDS = new Set(['list', 'pricelist', 'daftar', 'price']);
const PRICE_WORDS = new Set(['price', 'harga', 'hrg']);
/** Other words a heading line may hold: "Forwarded:", "PRICE LIST terbaru". */
const HEADING_FILLERS = new Set(['forwarded', 'terbaru', 'baru', 'saya', 'sy', 'aku', 'kami', 'produk', 'ya', 'bu', 'nya']);

const T_LIST = trigger(LIST_WORDS);

interface Listed {
  words: string[];
  amount: NumExpr;
}

/** The lines of the message as token ranges [start, end), newlines left out. */
function lineRanges(tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  let s = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i === tokens.length || (tokens[i] as Token).type === T_NL) {
      out.push([s, i]);
      s = i + 1;
    }
  }
  return out;
}

/** Whether tokens [s, e) are a price list's heading: a list word and a price word, no number. */
function isHeading(a: Analysis, s: number, e: number): boolean {
  let list = false;
  let price = false;
  for (let i = s; i < e; i++) {
    const t = a.tokens[i] as Token;
    if (t.type === T_PUNCT) continue;
    if (t.type !== T_WORD || (a.numIn[i] as number) >= 0) return false;
    if (t.key === 'pricelist') list = price = true;
    else if (LIST_WORDS.has(t.key)) list = true;
    if (PRICE_WORDS.has(t.key)) price = true;
    else if (!LIST_WORDS.has(t.key) && !HEADING_FILLERS.has(t.key)) return false;
  }
  return list && price;
}

/** A listed line [s, e): goods words, then its one amount closing the line. */
function listedLine(a: Analysis, s: number, e: number): Listed | null {
  const words: string[] = [];
  let i = s;
  for (; i < e && (a.numIn[i] as number) < 0; i++) {
    const t = a.tokens[i] as Token;
    if (t.type === T_PUNCT && (t.text === ':' || t.text === '-')) continue;
    if (t.type !== T_WORD || (t.f & (F_SALE | F_EXPENSE)) !== 0) return null;
    words.push(t.key);
  }
  const amount = i < e ? a.nums[a.numIn[i] as number] : undefined;
  if (words.length === 0 || amount === undefined || !money(amount)) return null;
  for (let j = amount.end; j < e; j++) if ((a.tokens[j] as Token).type !== T_PUNCT) return null;
  return { words, amount };
}

/** The message said again as the sale with its listed price each, or null. */
export function priceListSale(a: Analysis): string | null {
  if (!present(a, T_LIST)) return null;
  const lines = lineRanges(a.tokens);
  const h = lines.findIndex(([s, e]) => isHeading(a, s, e));
  if (h < 0) return null;
  // Only a forwarding mark or nothing before the heading.
  for (let l = 0; l < h; l++) {
    const [s, e] = lines[l] as [number, number];
    for (let i = s; i < e; i++) if ((a.numIn[i] as number) >= 0) return null;
  }
  const listed: Listed[] = [];
  let l = h + 1;
  for (; l < lines.length; l++) {
    const [s, e] = lines[l] as [number, number];
    if (s === e) break;
    const one = listedLine(a, s, e);
    if (one === null) break;
    listed.push(one);
  }
  if (listed.length < 2 || l >= lines.length) return null;
  const restStart = (lines[l] as [number, number])[0];
  // The rest: one plain count, a sale verb, no money.
  let count: NumExpr | null = null;
  for (const ex of a.nums) {
    if (ex.start < restStart) continue;
    if (count !== null || plainCount(a, ex) === null) return null;
    count = ex;
  }
  if (count === null || !a.tokens.some((t, i) => i >= restStart && t.type === T_WORD && (t.f & F_SALE) !== 0)) return null;
  if (a.tokens.some((t, i) => i >= restStart && t.type === T_WORD && (t.f & F_EXPENSE) !== 0)) return null;
  // The goods right after the count: the words of exactly one listed line, as far as they are written.
  const first = a.tokens[count.end];
  if (first?.type !== T_WORD) return null;
  const match = listed.filter((x) => x.words[0] === first.key);
  if (match.length !== 1) return null;
  const item = match[0] as Listed;
  let end = count.end;
  while (end + 1 < a.tokens.length && item.words[end + 1 - count.end] === a.tokens[end + 1]?.key) end++;
  const drop = new Uint8Array(a.tokens.length);
  for (let i = 0; i < restStart; i++) drop[i] = 1;
  const price = textOf(a.tokens.slice(item.amount.start, item.amount.end), new Uint8Array(item.amount.end - item.amount.start), new Map(), new Map());
  return textOf(a.tokens, drop, new Map([[end, `@${price}`]]), new Map());
}

// Without these words it reads nothing (its first test): its caller does not call it (guard-lists.ts says why).
priceListSale.words = T_LIST;

/**
 * One price for several counts (issue 15): "laku bros 3, kalung 2, harga sama 15rb" is 3 × 15.000
 * and 2 × 15.000; "laku 2 kerudung harga sama 35rb" is 2 × 35.000; "laku bros 3 kalung 2 semua
 * 10rb-an" prices each piece at 10.000 (the "-an" price class; asked, as the spec keeps an "-an"
 * price after a total word); "sama semua 5rb satunya" too.
 * "rata-rata 5rb" is an average each: the same arithmetic, asked (`approximate`: she rounded).
 * "semuanya 50rb" after several counts of different goods is their total, one entry.
 *
 * docs/PARSING.md keeps "N item X" a total; these words are what say "each" here: `sama` next to
 * `harga` / `semua` / `rata`, `rata-rata`, or `semua` before an "-an" price. Only when every
 * number before the words on their line is a plain count (1–999) with goods beside it and
 * nothing but an each-word follows the price; otherwise the record reader decides as before.
 *
 * The message is written again ("laku bros 3 @15000, kalung 2 @15000") and read once more, so
 * every other rule (dates, plans, questions, kinds) applies as it would to that text.
 */
import type { Analysis } from './analyze.ts';
import { S_PLAIN, type NumExpr } from './amount.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { F_UNIT, G_CONJ, G_EACH, G_PER } from './word-roles.ts';
import { present, trigger } from './triggers.ts';
import { numAt } from './number-at.ts';

/** Words that pair with "sama" to mean "the same price for all". */
const WITH_SAME = new Set(['harga', 'harganya', 'semua', 'semuanya', 'rata', 'sedanten', 'kabeh', 'sadayana']);
const SAME = new Set(['sama', 'podo', 'padha', 'sami', 'sarua']);
const AVERAGE = new Set(['rata-rata', 'rata2', 'rerata', 'rata-ratanya', 'rata']);
/** Words of the total: "semuanya 50rb" (no "-an", no "sama"). */
const ALL = new Set(['semua', 'semuanya', 'sedanten', 'kabeh', 'sadayana']);
/** Small words that may stand inside the phrase or between it and the price. */
const FILL = new Set(['aja', 'saja', 'ya', 'yaitu', 'yakni', 'jadi', 'jd', 'nya']);

export interface SamePrice {
  /** The message written again with the price after each count (or the counts dropped for a total). */
  text: string;
  /** A doubt to ask about: 'approximate' for an average, 'approximate_each_or_total' for "semua 10rb-an". */
  doubt: string | null;
}

/** Writes tokens back as text, `extra` after the token index it is keyed by, `drop` left out. */
function rewrite(tokens: readonly Token[], drop: Uint8Array, extra: Map<number, string>): string {
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (drop[i] === 0) out += t.type === T_NL ? '\n' : `${t.attached || out === '' || out.endsWith('\n') ? '' : ' '}${t.text}`;
    const add = extra.get(i);
    if (add !== undefined) out += add;
  }
  return out;
}

/** The phrase's kind from token i on: its end (the first token after it) and what it says, or null. */
function phraseAt(a: Analysis, i: number): { end: number; kind: 'same' | 'average' | 'all' | 'each' } | null {
  const { tokens } = a;
  const t = tokens[i] as Token;
  const n = tokens[i + 1];
  if (SAME.has(t.key) && n !== undefined && (WITH_SAME.has(n.key) || numAt(a, i + 1) !== null)) {
    return { end: WITH_SAME.has(n.key) ? i + 2 : i + 1, kind: n.key === 'rata' ? 'average' : 'same' };
  }
  if (WITH_SAME.has(t.key) && n !== undefined && SAME.has(n.key)) return { end: i + 2, kind: 'same' };
  if (AVERAGE.has(t.key) && t.key !== 'rata') return { end: i + 1, kind: 'average' };
  if (ALL.has(t.key)) return { end: i + 1, kind: 'all' };
  // "laku 3 bros, 2 kalung, masing-masing 15rb": each, for every count before it.
  if (t.key === 'masing-masing' || t.key === 'masing masing') return { end: i + 1, kind: 'each' };
  return null;
}

const T_SAME = trigger(SAME, WITH_SAME, AVERAGE, ALL, ['masing-masing', 'masing masing']);
export function samePrice(a: Analysis): SamePrice | null {
  if (!present(a, T_SAME)) return null;
  const { tokens } = a;
  for (let p = 1; p < tokens.length; p++) {
    const t = tokens[p] as Token;
    if (t.type !== T_WORD) continue;
    const phrase = phraseAt(a, p);
    if (!phrase) continue;
    let k = phrase.end;
    while (k < tokens.length && FILL.has((tokens[k] as Token).key)) k++;
    const x = numAt(a, k);
    if (!x || x.rupiah === null || x.rupiah < 100 || x.ambiguous || x.start !== k) return null;
    const classEach = x.each || (x.approx && tokens[x.end - 1]?.key === 'an');
    if (x.strength === S_PLAIN && !x.words) return null;
    if (x.approx && !classEach) return null;
    // Only each-words after the price: "satunya", "per biji", "/pcs".
    let e = x.end;
    const drop = new Uint8Array(tokens.length);
    let eachWord = false;
    while (e < tokens.length) {
      const u = tokens[e] as Token;
      if (u.type === T_PUNCT && (u.text === '.' || u.text === '!' || u.text === '?' || u.text === ',' || u.text === ';')) break;
      if (u.type === T_NL) break;
      if (u.type === T_WORD && (u.f2 & G_EACH) !== 0) {
        drop[e++] = 1;
        eachWord = true;
      } else if ((((u.f2 & G_PER) !== 0) || (u.type === T_PUNCT && u.text === '/')) && ((tokens[e + 1]?.f ?? 0) & F_UNIT) !== 0) {
        drop[e++] = 1;
        drop[e++] = 1;
        eachWord = true;
      } else if (u.type === T_WORD && FILL.has(u.key)) drop[e++] = 1;
      else return null;
    }
    // "semua 50rb" is a total; "semua 10rb-an", "semua 15rb satunya" price each piece.
    const kind = phrase.kind === 'all' && (classEach || eachWord) ? 'same' : phrase.kind;
    // The counts: every number on the line before the phrase, plain and small, goods beside them.
    let from = p - 1;
    while (from >= 0 && (tokens[from] as Token).type !== T_NL) from--;
    const counts: NumExpr[] = [];
    for (const ex of a.nums) {
      if (ex.start <= from || ex.start >= p) continue;
      if (ex.strength !== S_PLAIN || ex.words || ex.rupiah === null || ex.rupiah < 1 || ex.rupiah > 999 || ex.approx) return null;
      counts.push(ex);
    }
    // (One count with "masing-masing" is the record reader's own each-word.)
    if (counts.length === 0 || ((kind === 'all' || kind === 'each') && counts.length < 2)) return null;
    // (A unit word counts: "gelas 6 piring 6" are goods counted.)
    let goods = 0;
    for (let i = from + 1; i < p; i++) {
      const u = tokens[i] as Token;
      if (u.type === T_WORD && u.info?.kind === undefined && !FILL.has(u.key)) goods++;
    }
    if (goods === 0) return null;
    // The phrase's own comma before it goes with it ("…, harga sama 15rb").
    if (tokens[p - 1]?.type === T_PUNCT && tokens[p - 1]?.text === ',') drop[p - 1] = 1;
    if (kind === 'all') {
      // "laku bros 3, kalung 2, semuanya 50rb": one total for the goods named ("laku bros kalung 50rb").
      for (let i = p; i < x.start; i++) drop[i] = 1;
      // (The counts and their units go: "nasi 10 bungkus, es teh 10 gelas" are "nasi", "es teh".)
      for (const c of counts) {
        for (let i = c.start; i < c.end; i++) drop[i] = 1;
        if (((tokens[c.end]?.f ?? 0) & F_UNIT) !== 0 && c.end < p) drop[c.end] = 1;
      }
      for (let i = from + 1; i < p; i++) if (tokens[i]?.type === T_PUNCT && tokens[i]?.text === ',') drop[i] = 1;
      return { text: rewrite(tokens, drop, new Map()).trim(), doubt: null };
    }
    for (let i = p; i < x.end; i++) drop[i] = 1;
    const extra = new Map<number, string>();
    // Each count takes the price after its goods: after the count and its unit when the goods
    // come first ("bros 3 @15000"), before the next count when the count does ("2 kerudung @35000").
    const first = counts[0] as NumExpr;
    let countFirst = true;
    for (let i = from + 1; i < first.start; i++) {
      const u = tokens[i] as Token;
      if (u.type === T_WORD && u.info?.kind === undefined && !FILL.has(u.key)) countFirst = false;
    }
    counts.forEach((c, j) => {
      let at: number;
      if (countFirst) {
        // The last goods token before the next count (or the phrase), not a comma.
        at = (counts[j + 1]?.start ?? p) - 1;
        while (at > c.end && (tokens[at]?.type === T_PUNCT || drop[at] === 1 || (tokens[at]?.f2 ?? 0) & G_CONJ)) at--;
      } else {
        // "bros 3 biji, …": the unit after the count; "gelas 6 piring 6": the next goods.
        at = ((tokens[c.end]?.f ?? 0) & F_UNIT) !== 0 && numAt(a, c.end + 1) === null ? c.end : c.end - 1;
      }
      const next = tokens[at + 1];
      const comma = next !== undefined && next.type !== T_PUNCT && at + 1 < p ? ',' : '';
      extra.set(at, ` @${x.rupiah}${comma}`);
    });
    // "semua 10rb-an": docs/PARSING.md keeps an "-an" price after a total word asked; the price
    // each is what is offered.
    const doubt = kind === 'average' ? 'approximate' : phrase.kind === 'all' && classEach ? 'approximate_each_or_total' : null;
    return { text: rewrite(tokens, drop, extra).trim(), doubt };
  }
  return null;
}

// Without these words it reads nothing (its first test): its caller does not call it (guard-lists.ts says why).
samePrice.words = T_SAME;

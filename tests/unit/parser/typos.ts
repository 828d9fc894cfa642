/**
 * A deterministic generator of the slips members make typing on cheap phones (issue #15,
 * "books she can trust"), for measuring and testing how the parser reads a message typed
 * carelessly. One call applies one kind of slip at one place of a message, chosen by a seed:
 *
 * - `double`: a letter pressed twice or three times ("lakuuu", "belii", "rbb");
 * - `drop`: one letter left out ("blanja", "kemrin", "jal");
 * - `swap`: two neighbouring letters swapped ("blei", "jaul", "rbiu");
 * - `vowelless`: a long word written without its vowels after the first letter ("kmrn", "blnj");
 * - `glue_number`: no space between a word and a number ("laku5 bros", "5bros");
 * - `glue_words`: no space between two words ("beligula 20rb");
 * - `caps`: the whole message in capitals;
 * - `punct`: stray punctuation after a word ("laku,,5 bros", "laku. 5 bros").
 *
 * Used by bench/parser-typos.ts (the counts per kind) and property-typos.test.ts. Pure: the same
 * text, kind and seed always give the same slip.
 */

export const TYPO_KINDS = ['double', 'drop', 'swap', 'vowelless', 'glue_number', 'glue_words', 'caps', 'punct'] as const;
export type TypoKind = (typeof TYPO_KINDS)[number];

/** mulberry32: a small seeded generator, enough to pick places. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of the text, so that each message gets its own places from one seed. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

interface Span { start: number; end: number }

const VOWELS = new Set(['a', 'i', 'u', 'e', 'o', 'A', 'I', 'U', 'E', 'O']);

/** Runs of ASCII letters (a word, or the letters glued to a number: the "rb" of "15rb"). */
function words(text: string, minLength: number): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/[A-Za-z]+/g)) if (m[0].length >= minLength) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Runs of spaces with `left` before and `right` after. */
function gaps(text: string, left: RegExp, right: RegExp): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/ +/g)) {
    const a = text[m.index - 1];
    const b = text[m.index + m[0].length];
    if (a !== undefined && b !== undefined && left.test(a) && right.test(b)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function pick<T>(xs: readonly T[], r: () => number): T | undefined {
  return xs.length === 0 ? undefined : xs[Math.floor(r() * xs.length)];
}

function editWord(w: string, kind: TypoKind, r: () => number): string | null {
  switch (kind) {
    case 'double': {
      const i = Math.floor(r() * w.length);
      const c = w[i] as string;
      return w.slice(0, i + 1) + c.repeat(r() < 0.7 ? 1 : 2) + w.slice(i + 1);
    }
    case 'drop': {
      const i = Math.floor(r() * w.length);
      return w.slice(0, i) + w.slice(i + 1);
    }
    case 'swap': {
      const places: number[] = [];
      for (let i = 0; i + 1 < w.length; i++) if (w[i] !== w[i + 1]) places.push(i);
      const i = pick(places, r);
      return i === undefined ? null : w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    }
    case 'vowelless': {
      const out = w[0] + [...w.slice(1)].filter((c) => !VOWELS.has(c)).join('');
      return out === w ? null : out;
    }
    default:
      return null;
  }
}

/** Fewest letters a word needs for each kind of letter slip. */
const MIN_LETTERS: Partial<Record<TypoKind, number>> = { double: 2, drop: 3, swap: 3, vowelless: 5 };

/**
 * The text with one slip of `kind`, placed by `seed`; null when the text has no place for it
 * (no word long enough, no space to take out) or the slip changes nothing.
 */
export function typo(text: string, kind: TypoKind, seed: number): string | null {
  const r = rng(hash(text) ^ Math.imul(seed + 1, 0x9e3779b1) ^ hash(kind));
  let out: string | null = null;
  if (kind === 'caps') out = text.toUpperCase();
  else if (kind === 'glue_number' || kind === 'glue_words') {
    const gap = pick(kind === 'glue_number'
      ? [...gaps(text, /[A-Za-z]/, /[0-9]/), ...gaps(text, /[0-9]/, /[A-Za-z]/)]
      : gaps(text, /[A-Za-z]/, /[A-Za-z]/), r);
    if (gap !== undefined) out = text.slice(0, gap.start) + text.slice(gap.end);
  } else if (kind === 'punct') {
    // After a word, before a space: where a slipping thumb hits the comma or full stop.
    const gap = pick(gaps(text, /[A-Za-z]/, /\S/), r);
    const mark = pick([',,', ',', '.', '..', ',,,'], r) as string;
    if (gap !== undefined) out = text.slice(0, gap.start) + mark + (r() < 0.5 ? '' : ' ') + text.slice(gap.end);
  } else {
    const span = pick(words(text, MIN_LETTERS[kind] ?? 3), r);
    if (span !== undefined) {
      const w = editWord(text.slice(span.start, span.end), kind, r);
      if (w !== null) out = text.slice(0, span.start) + w + text.slice(span.end);
    }
  }
  return out === null || out === text ? null : out;
}

/** The parts of a parse result that a reading is judged by (structurally: no import of the parser's types). */
export interface Reading {
  intent: string;
  confidence: number;
  [key: string]: unknown;
}

/**
 * What the bot writes without asking, as one string, or null when it writes nothing unasked:
 * a record's kinds and amounts (as a multiset), a customer's payment, an instalment, an order's
 * money, a correction, a deletion, a price. Items, dates and names are left out: a slip may
 * change how the goods are named, and the question is whether the money is still right.
 */
export function written(r: Reading, confident: number): string | null {
  if (r.confidence < confident) return null;
  switch (r.intent) {
    case 'record':
      return `record ${((r.entries as { kind: string; amount: number }[]) ?? []).map((e) => `${e.kind}:${e.amount}`).sort().join(',')}`;
    case 'payment_received':
      return `payment ${String(r.amount)} ${String(r.settled)}`;
    case 'repayment':
      return `repayment ${String(r.amount)}`;
    case 'order':
      return `order ${String(r.total)} ${String(r.downPayment)}`;
    case 'correction':
      return `correction ${String(r.amount)} ${JSON.stringify(r.quantity)} ${String(r.unitPrice)} ${String(r.kind)} ${String(r.index)}`;
    case 'delete_entry':
      return `delete ${String(r.index)}`;
    case 'delete_all':
    case 'undo':
      return r.intent;
    case 'set_price':
      return `price ${String(r.unitPrice)}`;
    default:
      return null;
  }
}

/**
 * How a slip changed the reading:
 * - `same`: what is written unasked is the same (or, for a message that wrote nothing, still nothing);
 * - `asks`: the original wrote this unasked, the slip makes the bot ask first (acceptable);
 * - `different`: the slip writes something else unasked (a wrong amount or kind with confidence);
 * - `lost`: the original wrote this unasked, the slip reads as chatter or something that writes nothing;
 * - `new`: the original wrote nothing unasked, the slip writes something (the original asked or was chatter).
 */
export type Change = 'same' | 'asks' | 'different' | 'lost' | 'new';

export function change(before: Reading, after: Reading, confident: number): Change {
  const a = written(before, confident);
  const b = written(after, confident);
  if (a === b) return 'same';
  if (a === null) return 'new';
  if (b !== null) return 'different';
  return after.intent === 'unknown' || after.confidence >= confident ? 'lost' : 'asks';
}

/**
 * Trigger words: which readers can fire on a message, known from one pass over its tokens.
 *
 * WHY: the parser runs some hundred small readers over each message, most of which look for
 * a handful of words of their own ("ongkir", "kembalian", "patungan") and find none. Each used
 * to walk every token to learn that; together those walks were most of a message's cost. A
 * reader instead registers its words once, at module load (`trigger`), and opens with
 * `if (!present(a, T)) return null`: one array read when its words are absent.
 *
 * A word is present when a token's key or text is that word, or one word of a merged phrase
 * ("terima dp"). That is never less than what a reader looks at (key or text, in any part of
 * the message, hidden or not), so a gate only skips a reader that would have found nothing:
 * results stay the same. Memoised per token array: a view with the same tokens reuses it, a
 * view with tokens of its own ("laku" put for a buyer's "beli") gets its own.
 */
import type { Analysis } from './analyze.ts';
import type { Token } from './lexer.ts';

/** A registered set of trigger words (its index in each message's bit array). */
export type Trigger = number;

export interface TriggersSeen {
  tokens: readonly Token[];
  /** Trigger `t` is bit `t % WORD_BITS` of `bits[t / WORD_BITS]`. */
  bits: number[];
  /** How many triggers there were at the pass. */
  upTo: number;
}

/**
 * Bits a word of `TriggersSeen.bits` holds: 30, so that every word stays a small integer and
 * the array V8's fastest kind. Not a `Uint8Array` of a byte a trigger: one of more than 64 bytes is
 * allocated outside V8's heap, which cost about 1.5 % of a parse (one a message).
 */
const WORD_BITS = 30;

const BY_WORD = new Map<string, number[]>();
let count = 0;

/** Registers the words (from any number of lists) whose presence lets a reader run. */
export function trigger(...lists: Iterable<string>[]): Trigger {
  const id = count++;
  IDS_OF.clear();
  for (const list of lists) {
    for (const w of list) {
      const ids = BY_WORD.get(w);
      if (ids === undefined) BY_WORD.set(w, [id]);
      else if (ids[ids.length - 1] !== id) ids.push(id);
    }
  }
  return id;
}

/**
 * Each word's triggers, with those of a phrase's words, gathered at the word's first sight so
 * that a word seen before costs one lookup (chat repeats the same few hundred words). Cleared
 * when a trigger is registered, and when full (as lexer.ts's WORD_READS).
 */
const IDS_OF = new Map<string, readonly number[]>();
const MAX_IDS_OF = 20_000;
const NONE: readonly number[] = [];

function gather(w: string, into: number[]): void {
  const ids = BY_WORD.get(w);
  if (ids !== undefined) for (const id of ids) if (!into.includes(id)) into.push(id);
  if (w.includes(' ')) for (const part of w.split(' ')) gather(part, into);
}

function idsOf(w: string): readonly number[] {
  let ids = IDS_OF.get(w);
  if (ids === undefined) {
    const found: number[] = [];
    gather(w, found);
    ids = found.length === 0 ? NONE : found;
    if (IDS_OF.size >= MAX_IDS_OF) IDS_OF.clear();
    IDS_OF.set(w, ids);
  }
  return ids;
}

function setBits(bits: number[], ids: readonly number[]): void {
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k] as number;
    const w = (id / WORD_BITS) | 0;
    bits[w] = (bits[w] as number) | (1 << (id - w * WORD_BITS));
  }
}

function seenIn(tokens: readonly Token[]): TriggersSeen {
  const bits: number[] = [];
  for (let w = 0; w * WORD_BITS < count; w++) bits.push(0);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    setBits(bits, idsOf(t.key));
    if (t.text !== t.key) setBits(bits, idsOf(t.text));
  }
  return { tokens, bits, upTo: count };
}

/** Whether any of the trigger's words is in the message (see the file comment). */
export function present(a: Analysis, t: Trigger): boolean {
  let seen = a.seen;
  if (seen == null || seen.tokens !== a.tokens) {
    seen = seenIn(a.tokens);
    a.seen = seen;
  }
  // A trigger registered after this message's pass (none should be) reads as present.
  if (t >= seen.upTo) return true;
  const w = (t / WORD_BITS) | 0;
  return ((seen.bits[w] as number) & (1 << (t - w * WORD_BITS))) !== 0;
}

/** Whether some reader registered this word as one of its triggers (its meaning is read somewhere). */
export function isTriggerWord(w: string): boolean {
  return BY_WORD.has(w);
}

/** Every word some reader registered (the vocabulary typo-words.ts corrects slips towards). */
export function triggerWords(): IterableIterator<string> {
  return BY_WORD.keys();
}

/**
 * Runs the shared front half of the parser once per message: tokens, non-money marks,
 * dates and number expressions, plus a few summary bits that let the intent detectors
 * skip work ("does any word have role X?") without rescanning.
 */
import type { IsoDate } from '../core/dates.ts';
import { scanNumbers, type NumExpr } from './amount.ts';
import { findDates, type DateMention } from './dates.ts';
import { F_DATE, F_FILLER, F_PERIOD, G_GREETING, G_ITEM_FILLER, G_SELF, G_THANKS } from './word-roles.ts';
import { lex, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { markNonMoney, M_IDENT, M_SIZE, type Marks } from './marks.ts';
import { markIdentifiers } from './identifiers.ts';
import { cylinderSizes } from './cost-nouns.ts';
import { goodsSizes } from './goods-sizes.ts';
import { settleContextWords } from './context-words.ts';
import { settleCountedEach } from './counted-each.ts';
import { settlePriceForSeveral, W_PRICE_FOR_SEVERAL } from './price-for-several.ts';
import { settleContainerWeights } from './container-weight.ts';
import { settleSharedEachPrice } from './shared-each-price.ts';
import { settleTrailingHalf, W_TRAILING_HALF } from './trailing-half.ts';
import type { TriggersSeen } from './triggers.ts';
import { wakeOf } from './token-triggers.ts';
import type { DirectionSeen } from './money-direction.ts';

export interface Analysis {
  tokens: Token[];
  marks: Marks;
  dates: DateMention[];
  nums: NumExpr[];
  /**
   * For each token, the index in `nums` of the expression that covers it, or -1. A plain array,
   * not an Int32Array: one of more than 16 tokens is allocated outside V8's heap (as
   * triggers.ts's bits), about 1 % of a parse for one a message.
   */
  numIn: number[];
  /** Where a "|" stood between tokens (lexer.ts Lexed.bars): only line-parting readers look. */
  bars: readonly number[];
  /** OR of every word's flags / flags2. */
  f: number;
  f2: number;
  truncated: boolean;
  /** A "?" appears. */
  question: boolean;
  /** Number of word and number tokens (a size measure for "short message" rules). */
  wordCount: number;
  today: IsoDate;
  /** Which readers' trigger words the tokens hold, filled at the first need (triggers.ts). */
  seen?: TriggersSeen | null;
  /** Which way its money went, filled at the first need and kept for its tokens (money-direction.ts). */
  direction?: DirectionSeen | null;
  /**
   * The words she capitalised mid-sentence (names-written.ts), set by index.ts for the message as she
   * wrote it, and the given names in it, in any case (given-names.ts); null when there are none.
   */
  named: ReadonlySet<string> | null;
}

export function analyze(text: string, today: IsoDate, truncated: boolean): Analysis {
  const lexed = lex(text);
  const tokens = lexed.tokens;
  // Words with two meanings ("tukar", "patang", "sepak") take the one the message gives them,
  // before dates and amounts are read (context-words.ts).
  const barred = lexed.bars.length > 0 ? lexed.bars.map((i) => tokens[i]) : null;
  // Which token-level passes have their words in the message, looked up once (token-triggers.ts).
  const wake = wakeOf(tokens);
  // "goceng dapet 3, laku 12 biji": a price for several, the count sold priced by it (price-for-several.ts).
  if ((wake & W_PRICE_FOR_SEVERAL) !== 0) settlePriceForSeveral(tokens);
  settleContextWords(tokens, wake);
  // "3 kilo setengah", "sakilo setengah": a half said after its unit, put before it (trailing-half.ts).
  if ((wake & W_TRAILING_HALF) !== 0) settleTrailingHalf(tokens);
  // "sepuluh baju goceng sebaju", "4 wadah, siji 25 ewu": a price for one of what she counted (counted-each.ts).
  settleCountedEach(tokens);
  // "5 peti, per peti 15 kg", "1 peti 15 kg": the weight the containers hold (container-weight.ts).
  settleContainerWeights(tokens);
  // "kemarin 18 bungkus, hari ini 22 bungkus, @7rb": one price each for every count (shared-each-price.ts).
  settleSharedEachPrice(tokens);
  const bars = barred === null ? lexed.bars : barsKept(tokens, lexed.bars, barred);
  const marks: Marks = new Uint8Array(tokens.length);
  // Dates first: "17/11" and "tgl 5" must be dates before anything else can claim them;
  // then times, phones and the other non-money numbers; then what is left may be money.
  const dates = findDates(tokens, marks, today);
  markNonMoney(tokens, marks);
  // "no resi JP1234567890", "INV/20261205/MPL/3344", "meja 4": numbers that name, never money (identifiers.ts).
  markIdentifiers(tokens, marks);
  for (const i of cylinderSizes(tokens)) if (marks[i] === 0) marks[i] = M_SIZE;
  // "5 botol sambal 150ml @18rb": 150 ml is which bottle, not how many (goods-sizes.ts).
  for (const i of goodsSizes(tokens)) if (marks[i] === 0) marks[i] = M_SIZE;
  const nums = scanNumbers(tokens, marks);
  const numIn = numIndex(tokens.length, nums);
  let f = 0;
  let f2 = 0;
  let question = false;
  let wordCount = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_WORD) {
      // An identifier's label ("no pesanan", "Order #…") names no act: its roles are not the message's.
      if (marks[i] === M_IDENT) continue;
      f |= t.f;
      f2 |= t.f2;
      wordCount++;
    } else if (t.type === T_NUM) wordCount++;
    else if (t.type === T_PUNCT && t.text === '?') question = true;
  }
  return { tokens, marks, dates, nums, numIn, bars, f, f2, truncated: truncated || lexed.truncated, question, wordCount, today, seen: null, direction: null, named: null };
}

/** `Analysis.numIn` for these tokens' number expressions. */
export function numIndex(length: number, nums: readonly NumExpr[]): number[] {
  const numIn: number[] = [];
  for (let i = 0; i < length; i++) numIn.push(-1);
  for (let k = 0; k < nums.length; k++) {
    const ex = nums[k] as NumExpr;
    for (let i = ex.start; i < ex.end; i++) numIn[i] = k;
  }
  return numIn;
}

/** A "|" stands right before tokens[i] (a table's cell or a tracker's column ends there). */
export function barBefore(a: Analysis, i: number): boolean {
  return a.bars.length > 0 && a.bars.includes(i);
}

/**
 * The bars' places after settleContextWords, which may join or split a token ("per kilonya"):
 * each bar found again before the token it stood before; one whose token was replaced is dropped
 * (a line-parting reader then reads no part there, and the message is asked as it would be).
 */
function barsKept(tokens: readonly Token[], bars: readonly number[], barred: readonly (Token | undefined)[]): readonly number[] {
  if (bars.every((i, k) => tokens[i] === barred[k])) return bars;
  const kept: number[] = [];
  for (const t of barred) {
    const i = t === undefined ? tokens.length : tokens.indexOf(t);
    if (i >= 0) kept.push(i);
  }
  return kept;
}

/** Words that carry no content of their own (greetings, pronouns, particles, dates). */
export function isSoft(t: Token): boolean {
  return t.type === T_WORD && ((t.f & (F_FILLER | F_DATE | F_PERIOD)) !== 0 ||
    (t.f2 & (G_SELF | G_GREETING | G_THANKS | G_ITEM_FILLER)) !== 0);
}

/** Index of the first token that is a number or a non-soft word, or -1. */
export function firstSignificant(a: Analysis): number {
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (t.type === T_NUM) return i;
    if (t.type === T_WORD && !isSoft(t)) return i;
  }
  return -1;
}

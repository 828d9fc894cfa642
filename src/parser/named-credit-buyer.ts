/**
 * Someone written by a bare name buying or taking goods on credit: "Ani beli kue 35rb ngutang",
 * "tadi Ani ambil rokok 25rb ngebon", "Yati ngambil 3 bungkus @10rb bayar nanti", "Ani beli kue 35rb
 * belum bayar". With a title ("Bu Yati ambil 3 bungkus @10rb, bayarnya nanti") or a buyer's word
 * ("tetangga", "pelanggan") it is her credit sale to that person, read so already (intents/credit.ts).
 * A bare name cannot be told from a word: phones capitalise the first word (names-written.ts), and
 * "Sayah beli kue 35rb ngutang" is her own purchase on credit. Read as her purchase it was recorded,
 * with confidence, as her own expense (or a withdrawal guessed) — so it is asked: the buyer's name
 * without a title, as a credit sale to an untitled name is asked (`customer_without_title`,
 * credit-part.ts), the sale the draft.
 *
 * Only unknown words (one to three, after "tadi"-like openers) before a buying or taking verb at a
 * clause's start, and a credit word in the message. Her own ("aku beli … ngutang", "beli kue 35rb
 * ngutang": goods_on_credit) and titled or crowd buyers are left as read.
 */
import type { Analysis } from './analyze.ts';
import { C_DOUBT } from './confidence.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { BEFORE_PAY, NOT_PAYER_NAME } from './payer-head.ts';
import { STAPLE_WORDS } from './goods-price.ts';
import { present, trigger } from './triggers.ts';
import type { ParseResult } from './types.ts';

/** Buying or taking goods. */
// (Not "ngebon", "ngutang" themselves: "…, sisanya ngebon" is the rest of her purchase owed.)
const TAKES = new Set(['beli', 'ambil', 'ngambil', 'ngambi', 'tuku', 'nuku', 'mbeli', 'meuli', 'tumbas', 'numbas', 'mambali']);
/** Credit said in one word. */
const CREDIT = new Set(['ngutang', 'utang', 'hutang', 'ngebon', 'bon', 'kasbon', 'dibon', 'dihutang', 'diutang', 'ngutng']);
/** The second word of a credit said in two: "belum bayar", "bayar nanti", "bayarnya nanti". */
const LATER = new Set(['nanti', 'ntar', 'besok', 'nyusul', 'menyusul']);
const NOT_YET = new Set(['belum', 'blm', 'blom', 'durung', 'acan']);
const PAY = new Set(['bayar', 'byr', 'bayarnya', 'dibayar', 'dibayarnya', 'mbayar']);
/** Words that may open a clause before the subject. */
const OPENERS = new Set(['tadi', 'td', 'barusan', 'terus', 'trus', 'trs', 'lalu', 'kemarin', 'kmrn', 'kemaren', 'pagi', 'siang', 'sore',
  'malam', 'nah', 'eh', 'sekalian', 'skalian', 'sekalan', 'abis', 'habis', 'jadi', 'jd', 'hari', 'ini', 'barusan', 'mau', 'sempet',
  'sempat', 'langsung', 'lgsg', 'lgs']);

const T_CREDIT = trigger(CREDIT, NOT_YET, LATER);

function clauseEnd(t: Token): boolean {
  return t.type === T_NL || (t.type === T_PUNCT && (t.text === ',' || t.text === '.' || t.text === ';'));
}

/** Whether the message says the goods are not paid for: one credit word, or "belum bayar" / "bayar(nya) nanti". */
function creditSaid(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (CREDIT.has(t.key) || CREDIT.has(t.text)) return true;
    if (NOT_YET.has(t.key) && PAY.has(tokens[i + 1]?.key ?? '')) return true;
    if (PAY.has(t.key) && LATER.has(tokens[i + 1]?.key ?? '')) return true;
    if (LATER.has(t.key) && PAY.has(tokens[i + 1]?.key ?? '')) return true;
  }
  return false;
}

/** A word no list knows that may be a name: letters only, not hers, not goods, not an opener. */
function nameLike(t: Token | undefined): boolean {
  return t !== undefined && t.type === T_WORD && t.info === null && /^[a-z]+$/.test(t.key) && t.key.length >= 3 &&
    !NOT_PAYER_NAME.has(t.key) && !STAPLE_WORDS.has(t.key) && !BEFORE_PAY.has(t.key) && !OPENERS.has(t.key) && !t.key.startsWith('ku');
}

/** Whether a clause opens with one to three name-like words, then a buying or taking verb. */
function nameBeforeTaking(tokens: readonly Token[], start: number): boolean {
  let i = start;
  while (i < tokens.length && i < start + 2 && OPENERS.has((tokens[i] as Token).key)) i++;
  let n = 0;
  while (n < 4 && nameLike(tokens[i])) {
    i++;
    n++;
  }
  return n >= 1 && n <= 3 && TAKES.has(tokens[i]?.key ?? '');
}

const T_TAKES = trigger(TAKES);

export function guardNamedCreditBuyer(a: Analysis, r: ParseResult): ParseResult {
  if (r.intent !== 'record' || r.credit !== undefined || !present(a, T_TAKES) || !present(a, T_CREDIT)) return r;
  const { tokens } = a;
  if (!creditSaid(tokens)) return r;
  let named = nameBeforeTaking(tokens, 0);
  for (let i = 0; i < tokens.length && !named; i++) if (clauseEnd(tokens[i] as Token)) named = nameBeforeTaking(tokens, i + 1);
  if (!named) return r;
  // One entry: the goods she sold on credit, the draft (her purchase or a withdrawal was the guess).
  const entries = r.entries.length === 1 && r.entries[0] !== undefined && r.entries[0].kind !== 'sale'
    ? [{ ...r.entries[0], kind: 'sale' as const }] : r.entries;
  const notes = [...(r.notes ?? []).filter((n) => n !== 'withdrawal_guessed' && n !== 'goods_on_credit'), 'customer_without_title'];
  return { ...r, entries, confidence: Math.min(r.confidence, C_DOUBT), notes };
}

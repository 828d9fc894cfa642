/**
 * Words the parser does not know standing where the payer stands: "Baiq Nur bayar utang 50rb",
 * "Ambe Rudi nyicil 100rb", a title from a region no list holds yet, then a name. The paying verb
 * opens her own clause only when nothing stands before it ("bayar utang ke toko 120rb", "td bayar
 * listrik") or when she says it is she ("sy bayar cicilan"): two or more unknown words before it
 * are as likely someone paying her as her paying, so the guard asks (someone-paid.ts).
 *
 * WHY two words: one unknown word at the head is as often a capitalised filler or a typo of hers
 * ("Sekalian bayar utang", "Sayah bayar") or goods ("beras bayar 120rb") — payer-head.ts keeps
 * those as hers. A title and a name are two words. One word is enough where she capitalised it
 * mid-sentence ("tadi Tigor bayar utang 50rb", "td Ona nyicil 40rb": names-written.ts) — her
 * phone capitalises only the first word, so the capital there is hers, and a name's.
 */
import type { Analysis } from './analyze.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { BEFORE_PAY, NOT_PAYER_NAME, PAYER_PAYS } from './payer-head.ts';
import { STAPLE_WORDS } from './goods-price.ts';

/** Words that may open a clause before the payer ("tadi", "terus", "alhamdulillah"): not the payer. */
const OPENERS = new Set(['tadi', 'td', 'barusan', 'terus', 'trus', 'trs', 'lalu', 'nah', 'eh', 'kemarin', 'kmrn', 'kemaren', 'alhamdulillah']);
/** At most this many unknown words before the verb: a title, a name and one more. */
const MAX_SUBJECT = 3;
const MIN_SUBJECT = 2;

/** An unknown word that may be part of someone's name or title: letters only, no pronoun of hers, no goods. */
function unknownName(a: Analysis, t: Token | undefined, i: number): boolean {
  return t !== undefined && t.type === T_WORD && t.info === null && a.marks[i] === 0 && /^[a-z]+$/.test(t.key) &&
    !NOT_PAYER_NAME.has(t.key) && !STAPLE_WORDS.has(t.key) && !BEFORE_PAY.has(t.key) && !OPENERS.has(t.key) &&
    !t.key.startsWith('ku');
}

/** Whether the clause from `start` opens with unknown words, then (after "sudah"-words) a paying verb. */
function unknownBeforePayFrom(a: Analysis, start: number): boolean {
  const { tokens } = a;
  let i = start;
  while (i < tokens.length && i < start + 2 && OPENERS.has(tokens[i]?.key ?? '')) i++;
  let n = 0;
  // ("tadi Tigor bayar utang 50rb": one word she capitalised mid-sentence is a name — names-written.ts.)
  const named = a.named !== null && a.named.has(tokens[i]?.text ?? '');
  while (n < MAX_SUBJECT + 1 && unknownName(a, tokens[i], i)) { i++; n++; }
  if ((n < MIN_SUBJECT && !(n === 1 && named)) || n > MAX_SUBJECT) return false;
  for (let k = 0; k < 2 && BEFORE_PAY.has(tokens[i]?.key ?? ''); k++) i++;
  const verb = tokens[i];
  return verb !== undefined && verb.type === T_WORD && PAYER_PAYS.has(verb.key);
}

/** Whether any clause of the message opens with unknown words in the payer's place before a paying verb. */
export function unknownPayerBeforePay(a: Analysis): boolean {
  const { tokens } = a;
  if (unknownBeforePayFrom(a, 0)) return true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if ((t.type === T_NL || (t.type === T_PUNCT && (t.text === ',' || t.text === '.' || t.text === ';'))) && unknownBeforePayFrom(a, i + 1)) return true;
  }
  return false;
}

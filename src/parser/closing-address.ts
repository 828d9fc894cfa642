/**
 * A word of address or a particle closing a clause right after its money: Suroboyoan `rek`
 * (arek: "you lot") and `cak`, Javanese `yo`/`lur` (sedulur), `dek`, `gaes`. Spoken at the end of a
 * sentence they carry no goods, as `bu` and `mbak` (lexicon fillers) don't: `payu 18 porsi, total 270
 * ewu rek` read `rek` as goods left without a price and asked (`no_amount`).
 *
 * They are not fillers everywhere: `rek` is also a bank account (`tf ke rek BRI 500rb`), `cak` a
 * title before a name (`Cak Man tuku 3 bungkus`), `yo` a word of agreement opening a reply. So only
 * right after an amount (its digits, scale, slang or currency word), with nothing after them but
 * other such words, a comma, a stop or the end of the line: `… 270 ewu rek`, `… 50rb cak, alhamdulillah`.
 * There they are made the filler `ji` (no role, no goods) before anything else reads the message.
 *
 * Pure: tokens in, tokens retagged in place.
 */
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { retag } from './retag.ts';
import { tokenTrigger } from './token-triggers.ts';
import { F_CUR_POST, F_FILLER, F_SCALE, F_SLANG } from './word-roles.ts';

/** Words of address and particles that close a sentence, as written. */
const CLOSERS = new Set(['rek', 'rek2', 'cak', 'yo', 'yoh', 'tah', 'lur', 'dek', 'gaes', 'gais', 'ges', 'guys', 'bos', 'boss', 'sist', 'beb', 'nduk',
  'ndes', 'cuy', 'coy']);
/** What may end the sentence after them: a comma, a stop, an exclamation. */
const ENDS = new Set([',', '.', '!', ';']);

/** closingAddress wakes on one of its words (token-triggers.ts). */
export const W_CLOSING_ADDRESS = tokenTrigger(CLOSERS);

/** The last token of an amount: a digit, or a scale, slang or currency word ("ewu", "goceng", "rupiah"). */
function endsAmount(t: Token | undefined): boolean {
  if (t === undefined) return false;
  if (t.type === T_NUM) return true;
  return t.type === T_WORD && (t.f & (F_SCALE | F_SLANG | F_CUR_POST)) !== 0;
}

/** Whether the sentence ends at j, past closing words and fillers ("rek alhamdulillah"). */
function sentenceEndsAt(tokens: readonly Token[], j: number): boolean {
  for (let k = j; k < j + 3; k++) {
    const t = tokens[k];
    if (t === undefined || t.type === T_NL || (t.type === T_PUNCT && ENDS.has(t.text))) return true;
    if (t.type !== T_WORD || !(CLOSERS.has(t.text) || (t.f & F_FILLER) !== 0)) return false;
  }
  return false;
}

export function closingAddress(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || !CLOSERS.has(t.text) || !endsAmount(tokens[i - 1])) continue;
    if (sentenceEndsAt(tokens, i + 1)) retag(t, 'ji');
  }
}

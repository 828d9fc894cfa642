/**
 * Money a person gives her, or asks of her, "to buy stock": "dikasih bang Ucok 300rb buat beli
 * bahan", "ditransfer mbak Sri 200rb untuk belanja bahan", "abang minta 200rb buat beli bahan",
 * "mas Joko minta 100rb buat beli bahan".
 *
 * WHY: the purpose clause's "beli" made these her own purchase, recorded confidently as an
 * expense. Neither is: money given to her (by kin, or by a customer paying ahead) is capital or a
 * sale — asked (`someone_paid`); money asked of her by someone is money leaving for that person —
 * a withdrawal or a loan — asked (`taken_by_someone`). Her kin without a name giving for stock is
 * kin-stock-purpose.ts's (capital) and untouched here.
 *
 * Only known words decide: a giving word (passive, "from") or "minta" beside a person — a kin word,
 * or a title before a name — and a purpose word opening "beli"/"belanja"/"kulakan".
 */
import type { Analysis } from './analyze.ts';
import { T_WORD, type Token } from './lexer.ts';
import { KIN } from './kin-money.ts';
import { FAMILY } from './money-owner.ts';
import { present, trigger } from './triggers.ts';
import { G_HONORIFIC } from './word-roles.ts';

/** Given to her: the passive giving words and "from". */
const GIVEN_TO_HER = new Set(['dikasih', 'dikasi', 'dikasihin', 'diberi', 'dikirim', 'dikirimin', 'ditransfer', 'transferan',
  'kiriman', 'dari', 'dr']);
/** Asked of her: "abang minta 200rb", Javanese "njaluk", Sundanese "menta". */
const ASKED_OF_HER = new Set(['minta', 'mintak', 'minjem', 'pinjam', 'njaluk', 'nyuwun', 'menta']);
/** Words that open the purpose ("buat beli …"). */
const PURPOSE = new Set(['buat', 'untuk', 'utk', 'bwt', 'gawe']);
/** A purchase named in the purpose: what made the line read as her expense. */
// (Javanese "tuku", "tumbas", Sundanese "meuli".)
const BUYING = new Set(['beli', 'belanja', 'blanja', 'kulakan', 'kulak', 'nyetok', 'tuku', 'tumbas', 'meuli']);
/** Chat short forms of "bang" the lexicon does not hold as a title: "dikasi bg Ucok". */
const SHORT_TITLES = new Set(['bg', 'bng']);

const T_GATE = trigger(new Set([...GIVEN_TO_HER, ...ASKED_OF_HER]));

/** A person at `i`: a kin or family word, or a title with a name after it ("bang Ucok"); the index after them, else -1. */
function personAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (t?.type !== T_WORD) return -1;
  const n = tokens[i + 1];
  if (((t.f2 & G_HONORIFIC) !== 0 || SHORT_TITLES.has(t.key)) && n?.type === T_WORD && n.info === null) return i + 2;
  return KIN.has(t.key) || FAMILY.has(t.key) ? i + 1 : -1;
}

/** The person before `i` (a kin word, or a title and a name), or false. */
function personBefore(tokens: readonly Token[], i: number): boolean {
  return personAt(tokens, i - 1) === i || personAt(tokens, i - 2) === i;
}

/** Whether a purpose word opens a purchase ("buat beli", "untuk belanja"). */
function buyingPurpose(tokens: readonly Token[]): boolean {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    const n = tokens[i + 1] as Token;
    if (t.type === T_WORD && n.type === T_WORD && (PURPOSE.has(t.key) || PURPOSE.has(t.text)) && (BUYING.has(n.key) || BUYING.has(n.text))) return true;
  }
  return false;
}

/** 'given' (money given to her for stock), 'asked' (money asked of her for stock), or null. */
export function personStockMoney(a: Analysis): 'given' | 'asked' | null {
  if (!present(a, T_GATE)) return null;
  const { tokens } = a;
  let found: 'given' | 'asked' | null = null;
  for (let i = 0; i < tokens.length && found === null; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (GIVEN_TO_HER.has(t.key) || GIVEN_TO_HER.has(t.text)) {
      if (personAt(tokens, i + 1) > 0) found = 'given';
    } else if ((ASKED_OF_HER.has(t.key) || ASKED_OF_HER.has(t.text)) && personBefore(tokens, i)) found = 'asked';
  }
  return found !== null && buyingPurpose(tokens) ? found : null;
}

/**
 * Her own debt, not a customer's: "aku ngutang ke toko 100rb buat beli bahan", "ngebon di
 * warung grosir 150rb beli gula", "hutang ke supplier 500rb". The product keeps what customers
 * owe her (receivables), not what she owes her suppliers, so such a line is never a credit
 * sale and never recorded unasked: the goods bought on credit are an expense only when she
 * says so (note `own_debt`; asked "bought on credit — record the expense now?").
 */
import type { Analysis } from './analyze.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { isSupplierWord } from './money-owner.ts';
import { F_SALE, G_CREDIT } from './word-roles.ts';
import { present, trigger } from './triggers.ts';

/** Between a debt word and where she owes: "ngutang ke toko", "ngebon di warung", "utang sama agen". */
const TO = new Set(['ke', 'di', 'sama', 'sm', 'dari', 'ama', 'kepada', 'nang', 'neng', 'ning']);
/** Places she buys from that are not in the supplier list: a debt "di warung" is hers. */
const SHOPS = new Set(['warung', 'pasar', 'kios', 'bos', 'juragan', 'tengkulak', 'langganan',
  // A distributor's salesman she owes ("bayar bon ke sales"): the lexicon's "sales" is selling, but after "ke" it is the one paid.
  'sales', 'salesnya']);
/** Her debt words: active forms (the passive "dihutang", "dibon" say a customer owes her). */
const OWE = new Set(['ngutang', 'hutang', 'utang', 'ngebon', 'bon', 'kasbon']);
const SELF = new Set(['saya', 'aku', 'kami', 'gue', 'gw', 'abdi']);

const T_OWE = trigger(OWE);
/**
 * The token range of her debt phrase ("aku ngutang ke toko"), or null. Only an active debt word
 * with herself before it, or with a supplier or shop after "ke"/"di"/"sama" (a customer owing
 * her is written with her name: "Bu Tin ngutang", "dihutang Bu Tin").
 */
export function ownDebt(a: Analysis): { start: number; end: number } | null {
  if ((a.f2 & G_CREDIT) === 0 || !present(a, T_OWE)) return null;
  const { tokens } = a;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || (t.f2 & G_CREDIT) === 0 || !OWE.has(t.key)) continue;
    const prev = tokens[i - 1];
    const self = prev !== undefined && prev.type === T_WORD && SELF.has(prev.key);
    let j = i + 1;
    if (tokens[j]?.key === 'dulu' || tokens[j]?.key === 'dl') j++;
    const to = tokens[j] !== undefined && TO.has((tokens[j] as Token).key);
    const where = to ? tokens[j + 1] : undefined;
    const shop = where !== undefined && where.type === T_WORD && (isSupplierWord(where.key) || SHOPS.has(where.key));
    if (shop) return { start: self ? i - 1 : i, end: j + 2 };
    if (self) return { start: i - 1, end: i + 1 };
  }
  return null;
}

/** Where a clause ends: a newline or a comma, full stop or semicolon. */
function clauseEnd(t: Token): boolean {
  return t.type === T_NL || (t.type === T_PUNCT && (t.text === ',' || t.text === '.' || t.text === ';'));
}

/**
 * Whether the sale entry read at token `at` is said in a clause of its own beside her debt's, with a selling
 * word there ("laku 200rb, bayar bon ke sales 50rb"): the takings, not the goods she took on credit.
 */
export function saleBesideDebt(a: Analysis, debt: { start: number; end: number }, at: number | undefined): boolean {
  if (at === undefined) return false;
  const { tokens } = a;
  let start = at;
  while (start > 0 && !clauseEnd(tokens[start - 1] as Token)) start--;
  let end = at;
  while (end < tokens.length && !clauseEnd(tokens[end] as Token)) end++;
  if (start < debt.end && debt.start < end) return false;
  for (let i = start; i < end; i++) if (((tokens[i] as Token).f & F_SALE) !== 0) return true;
  return false;
}

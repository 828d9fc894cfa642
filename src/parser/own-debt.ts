/**
 * Her own debt, not a customer's: "aku ngutang ke toko 100rb buat beli bahan", "ngebon di
 * warung grosir 150rb beli gula", "hutang ke supplier 500rb". The product keeps what customers
 * owe her (receivables), not what she owes her suppliers, so such a line is never a credit
 * sale and never recorded unasked: the goods bought on credit are an expense only when she
 * says so. Two questions: goods she has just taken on credit ("beli kain 500rb, ngutang ke toko",
 * "ngebon di warung grosir 150rb beli gula": note `goods_on_credit`, "not paid yet — record the
 * purchase now?"), and her tab paid off or named with no taking ("bayar bon ke sales 50rb", "bon di
 * warung udah aku lunasi": note `own_debt`, "if the goods were not recorded when taken, record the
 * purchase now?" — `debtTaken`).
 */
import type { Analysis } from './analyze.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { isSupplierWord } from './money-owner.ts';
import { F_FUTURE, F_NEG, F_PAYVERB, F_SALE, G_CREDIT, G_HONORIFIC } from './word-roles.ts';
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
/** The debt words that say she took on credit ("ngutang", "ngebon"; the regional ones read as these). */
const TAKING_DEBT = new Set(['ngutang', 'ngebon']);
/** Her buying words: the goods were taken; the paying may still be owed ("ambil" only beside a debt word). */
const BOUGHT = new Set(['beli', 'belanja', 'blanja', 'kulakan', 'kulak', 'nyetok', 'borong']);
const BUYING = new Set([...BOUGHT, 'ambil', 'ngambil']);
/** Words that open her clause before her buying word: when, "also". */
const HER_OPENERS = new Set(['tadi', 'td', 'barusan', 'sekalian', 'skalian', 'terus', 'trus', 'trs', 'lalu', 'kemarin', 'kmrn', 'kemaren',
  'abis', 'habis', 'pagi', 'siang', 'sore', 'malam', 'baru', 'udah', 'sudah', 'sdh', 'dah']);

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
    // "beli kain 500rb ngutang", "kulakan beras 1jt di toko Haji Umar, ngebon dulu": her own buying, then
    // the taking word with nobody named before it — her debt (a customer's is "bu Rini 35rb ngutang").
    if (TAKING_DEBT.has(t.key) && (prev === undefined || a.numIn[i - 1] !== -1 || clauseEnd(prev)) && boughtBefore(tokens, i)) return { start: i, end: j };
  }
  return null;
}

/**
 * Whether a clause before `at` opens with her buying word (herself at most before it): "beli kain
 * 500rb", "aku kulakan beras 1jt" — never "bu Rini beli kue" (a customer's buying), nor a title after it.
 */
function boughtBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = 0; k < at; k++) {
    const t = tokens[k] as Token;
    if (t.type === T_WORD && (t.f2 & G_HONORIFIC) !== 0) return false;
    if (t.type !== T_WORD || !BOUGHT.has(t.key)) continue;
    // (Herself or a time word before it, back to the clause's start: "tadi beli kue 35rb ngutang", "sekalian aku beli …".)
    let b = k - 1;
    while (b >= 0 && tokens[b]?.type === T_WORD && (SELF.has((tokens[b] as Token).key) || HER_OPENERS.has((tokens[b] as Token).key))) b--;
    if (b < 0 || clauseEnd(tokens[b] as Token)) return true;
  }
  return false;
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

/** Paying off by instalments (the lexicon's paying verbs aside): "nyicil ke toko", "angsur". */
const INSTALMENT = new Set(['nyicil', 'nyicilin', 'cicil', 'ngangsur', 'angsur']);
/** A paying word after which these say when she will pay, not that she paid: "bayar akhir bulan", "bayar minggu depan". */
const LATER = new Set(['akhir', 'depan', 'nanti', 'besok', 'ntar']);

/**
 * Whether her debt phrase (`ownDebt`) is goods she has just taken on credit, not a tab paid off:
 * its clause has a taking debt word ("ngutang", "ngebon") or a buying word, and no paying word that
 * says she paid — one negated ("belum bayar") or with a time to come after it ("bayar nanti",
 * "bayar akhir bulan") is a promise. "bon ke sales 50rb" (no taking word) and "yg ngebon di warung
 * udah bayar 40rb" (paid) are not.
 */
export function debtTaken(a: Analysis, debt: { start: number; end: number }): boolean {
  const { tokens } = a;
  let start = debt.start;
  while (start > 0 && !clauseEnd(tokens[start - 1] as Token)) start--;
  let end = debt.end;
  while (end < tokens.length && !clauseEnd(tokens[end] as Token)) end++;
  let taking = false;
  for (let i = start; i < end; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (TAKING_DEBT.has(t.key) || BUYING.has(t.key)) taking = true;
    if (((t.f & F_PAYVERB) !== 0 || INSTALMENT.has(t.key)) && !promised(tokens, i, end)) return false;
  }
  return taking;
}

/** Whether the paying word at i is negated ("belum bayar") or said with a time to come ("bayar akhir bulan"). */
function promised(tokens: readonly Token[], i: number, end: number): boolean {
  const prev = tokens[i - 1];
  if (prev !== undefined && prev.type === T_WORD && (prev.f & F_NEG) !== 0) return true;
  for (let j = i + 1; j < end && j <= i + 3; j++) {
    const t = tokens[j] as Token;
    if (t.type === T_WORD && ((t.f & F_FUTURE) !== 0 || LATER.has(t.key))) return true;
  }
  return false;
}

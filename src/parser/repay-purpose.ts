/**
 * Money she received, with paying a debt only its purpose: "dapet arisan 2jt buat bayar utang",
 * "cair BLT 600rb buat nyicil koperasi", "dikasih suami 1jt untuk bayar utang". The event written is
 * the money coming in; the paying is a plan after "buat/untuk", and whose debt and how much of the
 * money went to it are unsaid. The instalment reader sees only "bayar utang" and the one amount, so
 * it would book the whole sum as her repayment: asked instead (`not_a_fact`: "has this happened?").
 *
 * Only with a receiving word before the amount and every paying word of the message in a purpose
 * ("buat bayar"): "dapet arisan 2jt, terus bayar utang 500rb" pays, and is read as written.
 */
import type { Analysis } from './analyze.ts';
import { T_WORD, type Token } from './lexer.ts';
import { inPurpose } from './money-owner.ts';
import { F_REPAY, G_CREDIT, G_LOAN } from './word-roles.ts';
import { present, trigger } from './triggers.ts';

/** Receiving: "dapet", "dapat", "cair", "dikasih", "terima"; "narik/tarik" only of a pot (ARISAN_POT). */
const RECEIVE = new Set(['dapet', 'dapat', 'dpt', 'dpet', 'oleh', 'cair', 'dikasih', 'dikasi', 'diberi', 'terima', 'nerima',
  'diterima', 'menang']);
/**
 * Giving, with a giver before it: "ibu kasih 500rb buat bayar cicilan". Not opening the message nor after
 * her "I" ("kasih 200rb …", "aku kasih …": her giving), and never sending ("tf 300rb buat bayar cicilan" is
 * her paying by transfer).
 */
const GIVE = new Set(['kasih', 'ngasih', 'kasi', 'ngasi']);
const I = new Set(['aku', 'saya', 'sy', 'gue', 'gw', 'aq', 'ak', 'kami', 'kita']);
const DRAW = new Set(['narik', 'tarik', 'ditarik']);
/** Pots she draws from: an arisan, her savings. */
const POT = new Set(['arisan', 'tabungan', 'celengan', 'simpanan']);
/** Paying a debt: the paying verb and the instalment words the lexicon marks F_REPAY. */
const PAYING = new Set(['bayar', 'byr', 'bayarin', 'nyicil', 'cicil', 'lunasi', 'lunasin', 'nutup', 'tutup']);

const T_RECEIVE = trigger(RECEIVE, DRAW, GIVE);

/** The first money amount when a receiving word stands before it, else undefined. */
function receivedFirst(a: Analysis): Analysis['nums'][number] | undefined {
  if (!present(a, T_RECEIVE)) return undefined;
  const { tokens } = a;
  const firstNum = a.nums.find((e) => e.rupiah !== null);
  if (firstNum === undefined) return undefined;
  for (let i = 0; i < firstNum.start; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (RECEIVE.has(t.key) || (DRAW.has(t.key) && POT.has(tokens[i + 1]?.key ?? ''))) return firstNum;
    if (GIVE.has(t.key) && i > 0 && tokens[i - 1]?.type === T_WORD && !I.has(tokens[i - 1]?.key ?? '')) return firstNum;
  }
  return undefined;
}

/**
 * "dapet arisan 2jt terus bayar cicilan 500rb": the repayment read at `amountStart`, the money received,
 * while a paying word after it has an amount of its own — the received sum is no instalment. Asked.
 */
export function receivedReadAsRepaid(a: Analysis, amountStart: number): boolean {
  const first = receivedFirst(a);
  if (first === undefined || first.start !== amountStart) return false;
  const pay = a.tokens.findIndex((t, i) => i >= first.end && t.type === T_WORD && PAYING.has(t.key));
  return pay >= 0 && a.nums.some((e) => e.rupiah !== null && e.start > pay);
}

/** Whether the repayment in `a` is only the purpose of money received (see the file comment). */
export function repayOnlyPurpose(a: Analysis): boolean {
  if (receivedFirst(a) === undefined) return false;
  const { tokens } = a;
  let paying = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || (!PAYING.has(t.key) && (t.f & F_REPAY) === 0)) continue;
    // ("buat bayar cicilan": the instalment word after a purpose's paying verb is the same purpose.)
    if (!inPurpose(tokens, i) && !(PAYING.has(tokens[i - 1]?.key ?? '') && inPurpose(tokens, i - 1))) return false;
    // A debt or instalment named right after the paying verb: "buat bayar utang", "buat nyicil bank".
    // ("mertua kasih pinjaman 300rb buat bayar sekolah anak": no debt paid — the loan readers'.)
    if (PAYING.has(t.key) && debtAt(tokens[i + 1])) paying = true;
    if ((t.f & F_REPAY) !== 0 && !PAYING.has(t.key)) paying = true;
  }
  return paying;
}

/** A debt word, a lender or an instalment word: "utang", "bon", "cicilan", "bank", "koperasi". */
const LENDER = new Set(['bank', 'koperasi', 'kop', 'mekaar', 'pnm', 'bri', 'kur', 'leasing', 'pegadaian', 'rentenir', 'pinjol']);
function debtAt(t: Token | undefined): boolean {
  return t !== undefined && t.type === T_WORD && ((t.f2 & G_LOAN) !== 0 || (t.f2 & G_CREDIT) !== 0 || (t.f & F_REPAY) !== 0 || LENDER.has(t.key));
}

/** Dues of a group she belongs to: an arisan, an iuran (household-use.ts DUTY's group dues). */
const DUES = new Set(['arisan', 'iuran', 'jimpitan']);
/** Lenders: with one named the instalment is her loan's ("cicilan koperasi … pake uang arisan"). */
const LENDERS = new Set([...LENDER, 'mekar', 'pnm', 'bmt', 'bpr', 'kredit']);

/**
 * "nyicil arisan 100rb", "cicilan arisan 100rb", "angsuran arisan motor 200rb": the dues of an arisan or
 * an iuran paid in instalments — her own money's, as "bayar arisan 100rb" is (not recorded, asked), never
 * a loan instalment of the business. Only with the dues word right after the instalment or paying word
 * and no lender named.
 */
export function duesInstalment(a: Analysis): boolean {
  const { tokens } = a;
  if (tokens.some((t) => t.type === T_WORD && LENDERS.has(t.key))) return false;
  return tokens.some((t, i) => t.type === T_WORD && (PAYING.has(t.key) || (t.f & F_REPAY) !== 0) &&
    (DUES.has(tokens[i + 1]?.key ?? '') || duesNear(tokens, i)));
}

/** Words between the paying verb and the dues: "nyicil ke ibu2 arisan", "arisan ibu2 nyicil". */
const DUES_GLUE = new Set(['ke', 'buat', 'untuk', 'utk', 'ibu2', 'ibu-ibu', 'ibu', 'ibuk', 'emak2', 'mak2', 'grup', 'group', 'kelompok',
  'rt', 'rw', 'pkk', 'dasawisma', 'komplek', 'kompleks']);

/**
 * The dues word a little further from the verb, with only group words between: after it ("nyicil ke ibu2
 * arisan") or opening the message before it ("arisan ibu2 nyicil").
 */
function duesNear(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + 3; k++) {
    if (DUES.has(tokens[k]?.key ?? '')) return true;
    if (!DUES_GLUE.has(tokens[k]?.key ?? '')) break;
  }
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    if (DUES.has(tokens[k]?.key ?? '')) return k === 0;
    if (!DUES_GLUE.has(tokens[k]?.key ?? '')) break;
  }
  return false;
}

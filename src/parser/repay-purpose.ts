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
import { F_REPAY } from './word-roles.ts';
import { present, trigger } from './triggers.ts';

/** Receiving: "dapet", "dapat", "cair", "dikasih", "terima"; "narik/tarik" only of a pot (ARISAN_POT). */
const RECEIVE = new Set(['dapet', 'dapat', 'dpt', 'dpet', 'oleh', 'olih', 'cair', 'dikasih', 'dikasi', 'diberi', 'terima', 'nerima',
  'diterima', 'menang']);
const DRAW = new Set(['narik', 'tarik', 'ditarik']);
/** Pots she draws from: an arisan, her savings. */
const POT = new Set(['arisan', 'tabungan', 'celengan', 'simpanan']);
/** Paying a debt: the paying verb and the instalment words the lexicon marks F_REPAY. */
const PAYING = new Set(['bayar', 'byr', 'bayarin', 'nyicil', 'cicil', 'nyaur', 'mayar', 'lunasi', 'lunasin', 'nutup', 'tutup']);

const T_RECEIVE = trigger(RECEIVE, DRAW);

/** Whether the repayment in `a` is only the purpose of money received (see the file comment). */
export function repayOnlyPurpose(a: Analysis): boolean {
  if (!present(a, T_RECEIVE)) return false;
  const { tokens } = a;
  const firstNum = a.nums.find((e) => e.rupiah !== null);
  if (firstNum === undefined) return false;
  let received = false;
  for (let i = 0; i < firstNum.start; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (RECEIVE.has(t.key) || (DRAW.has(t.key) && POT.has(tokens[i + 1]?.key ?? ''))) received = true;
  }
  if (!received) return false;
  let paying = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || (!PAYING.has(t.key) && (t.f & F_REPAY) === 0)) continue;
    // ("buat bayar cicilan": the instalment word after a purpose's paying verb is the same purpose.)
    if (!inPurpose(tokens, i) && !(PAYING.has(tokens[i - 1]?.key ?? '') && inPurpose(tokens, i - 1))) return false;
    paying = true;
  }
  return paying;
}

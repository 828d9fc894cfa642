/**
 * "+ 75rb laundry bu Tini / - 12rb sabun", "+150k jahit seragam / -40k benang": money-tracker
 * bots' style, where each line opens with its sign — "+" money in (her sale), "-" money out
 * (her expense). The sign is a word she wrote for the kind, so the kind is no guess.
 *
 * A "-" alone may be a bullet ("- 25rb plastik" under a heading), so signs are read only when
 * a line opens with "+" too, and every line that holds an entry opens with one: a list mixing
 * signed and unsigned lines is read as before (and asked where the kind is guessed). A signed
 * line is one amount: two entries read on one line ("+ 30rb kue 3 @10rb") may be one sale
 * written twice, so nothing is named then either.
 */
import type { Analysis } from './analyze.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import { F_EXPENSE, F_ITEMISH, F_SALE, F_WEAK, G_CAPITAL, G_WITHDRAW } from './word-roles.ts';

/** For each token, the sign of the line it stands on (1 "+", -1 "-", 0 none) and the line's number. */
export interface LineSigns {
  sign: Int8Array;
  line: Int32Array;
  /** Per line: a verb of a kind stands on it ("jual", "beli", "ambil", "tambah modal"; not "bensin", "ojek", "dapat"). */
  verb: Uint8Array;
}

/** The message's line signs, or null when it is not written in signed lines (no line opens with "+", or one line only). */
/** A "+" token's key and text are "+". */
const T_PLUS = trigger(['+']);

export function lineSigns(a: Analysis): LineSigns | null {
  const tokens = a.tokens;
  // Cheap gate: no "+" at all, or one line only.
  if (!present(a, T_PLUS)) return null;
  let plus = false;
  let lines = 1;
  for (const t of tokens) {
    if (t.type === T_NL) lines++;
    else if (t.type === T_PUNCT && t.text === '+') plus = true;
  }
  if (!plus || lines < 2) return null;
  const signs = new Int8Array(tokens.length);
  const line = new Int32Array(tokens.length);
  let n = 0;
  let sign = 0;
  let opensLine = true;
  let plusLines = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_NL) {
      n++;
      opensLine = true;
      sign = 0;
      continue;
    }
    if (opensLine) {
      opensLine = false;
      sign = t.type === T_PUNCT && t.text === '+' ? 1 : t.type === T_PUNCT && t.text === '-' ? -1 : 0;
      // The sign belongs to the amount right after it ("+ 75rb", "-40k"), not to words.
      const next = tokens[i + 1];
      if (sign !== 0 && (next === undefined || a.numIn[i + 1] === -1)) sign = 0;
      if (sign === 1) plusLines++;
    }
    signs[i] = sign;
    line[i] = n;
  }
  if (plusLines === 0) return null;
  const verb = new Uint8Array(n + 1);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_WORD && (((t.f & (F_SALE | F_EXPENSE)) !== 0 && (t.f & (F_WEAK | F_ITEMISH)) === 0) ||
      (t.f2 & (G_WITHDRAW | G_CAPITAL)) !== 0)) verb[line[i] as number] = 1;
  }
  return { sign: signs, line, verb };
}

interface SignedEntry {
  kind: string;
  notes: string[];
  confidence: number;
  at?: number;
}

/**
 * Gives each entry the kind its line's sign names. False when the message is not in signed
 * lines or an entry stands on an unsigned line (nothing changed); 'differs' when a verb she
 * wrote says otherwise than the sign ("- 50rb jual kue"): the kinds stay and she is asked.
 */
export function kindsFromSigns(entries: SignedEntry[], ls: LineSigns | null, named: (e: SignedEntry) => void): boolean | 'differs' {
  if (ls === null || entries.length === 0 || !entries.every((e) => e.at !== undefined && ls.sign[e.at] !== 0)) return false;
  const lines = new Set(entries.map((e) => ls.line[e.at as number]));
  if (lines.size < entries.length) return false;
  let differs = false;
  for (const e of entries) {
    const plus = (ls.sign[e.at as number] as number) > 0;
    if (ls.verb[ls.line[e.at as number] as number] === 0) {
      // No verb on the line: a kind read from the goods ("+ 90rb ojek", "-30k benang obras") or
      // carried from the line before ("+ 200rb tambah modal / + 100rb kue") yields to the sign.
      e.kind = plus ? 'sale' : 'expense';
      named(e);
    } else if (plus ? e.kind === 'sale' || e.kind === 'capital' : e.kind === 'expense' || e.kind === 'withdrawal') {
      // Her verb agrees with the sign: money in is a sale or capital, money out an expense or a withdrawal.
      named(e);
    } else differs = true;
  }
  return differs ? 'differs' : true;
}

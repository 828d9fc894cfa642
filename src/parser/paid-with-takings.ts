/**
 * The takings named as the money she paid WITH, written with "sama"/"ama"/"sm" (and Javanese "karo",
 * Betawi "ame", Minang "samo", "dengan"): "bayar listrik ama duit jualan 100rb", "beli beras sama
 * uang warung 60rb", "bayar spp anak karo duit dagangan 150rb". "sama" there is "with", the means —
 * as "pake" is ("bayar listrik pake duit jualan 100rb") — never "and" before a second event; read
 * so, "jualan" was a sale verb and the bill a confident SALE of 100rb.
 *
 * The message is written again with "pake" in the word's place and read once more, so it reads
 * exactly as the "pake" form does (household-use.ts: the home's spending a withdrawal, the
 * business's an expense). Only before the takings named by their two words ("duit jualan",
 * "uang dagangan", "hasil jualan"): "sama" before anything else keeps its reading.
 */
import type { Analysis } from './analyze.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { textOf } from './per-day.ts';
import { present, trigger } from './triggers.ts';

/** "with" before the money (the lexer reads "ama", "ame", "samo", "karo" as "sama"). */
const WITH = new Set(['sama', 'ama', 'sm', 'ame', 'samo', 'karo', 'dengan', 'dgn', 'ma']);
/** The money's word. */
const MONEY = new Set(['uang', 'duit', 'hasil', 'kas', 'laci', 'dhuwit', 'duwit', 'pitih']);
/**
 * Whose money: the takings, named by the selling word that was read as a sale. (Not "kas warung", "uang
 * toko": no sale word there, and "listrik dibayar ama kas warung 100rb" is read as her bill already.)
 */
const BUSINESS = new Set(['jualan', 'dagangan', 'dagang', 'daganganku', 'jualanku', 'jualane', 'dagangane']);

const T_WITH = trigger(WITH);

function isWith(t: Token | undefined): boolean {
  return t !== undefined && t.type === T_WORD && (WITH.has(t.key) || WITH.has(t.text));
}

/** The message with "pake" for each "sama" that names the takings as the means; null when there is none. */
export function paidWithTakingsText(a: Analysis): string | null {
  if (!present(a, T_WITH)) return null;
  const { tokens } = a;
  const swap = new Set<number>();
  for (let i = 1; i + 2 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!isWith(t)) continue;
    const money = tokens[i + 1] as Token;
    const whose = tokens[i + 2] as Token;
    if (money.type !== T_WORD || !(MONEY.has(money.key) || MONEY.has(money.text))) continue;
    if (whose.type !== T_WORD || !(BUSINESS.has(whose.key) || BUSINESS.has(whose.text))) continue;
    // A spending verb before it in the clause: "bayar listrik ama …", "beli beras sama …" (not "laku 200rb sama uang jualan kemarin").
    let spends = false;
    for (let k = i - 1; k >= 0; k--) {
      const u = tokens[k] as Token;
      if (u.type === T_NL || (u.type === T_PUNCT && (u.text === ',' || u.text === '.' || u.text === ';'))) break;
      if (u.type !== T_WORD) continue;
      if (u.info?.kind === 'expense' || u.info?.kind === 'withdrawal' || SPEND.has(u.key)) spends = true;
    }
    if (spends) swap.add(i);
  }
  if (swap.size === 0) return null;
  const rewritten = tokens.map((t, i) => (swap.has(i) ? { ...t, text: 'pake' } : t));
  return textOf(rewritten, 0, rewritten.length);
}

/** Paying and buying words that open the clause (besides the lexicon's expense words). */
const SPEND = new Set(['bayar', 'byr', 'beli', 'belanja', 'blanja', 'tuku', 'meuli', 'mbayar', 'nebus', 'tebus', 'isi']);

/**
 * Words a speaker fills a pause with while she looks for the next word (voice typing): "laku
 * kue lapis 20 biji eh apa namanya harganya 2rb", "beli apa namanya eh manik manik 30rb",
 * Javanese "opo jenenge", Sundanese "naon namina", "apa sih", "gimana ya". They hold a question
 * word ("apa", "gimana") but ask nothing: left as they are, the message read as a question and
 * was asked. Here they are made fillers (no role, no goods), before anything else reads them.
 *
 * Only the shapes that cannot be a question about the books:
 * - "apa" + (at most one particle) + a word for "its name": "apa namanya", "apa ya namanya",
 *   "apa tuh namanya", "opo jenenge", "naon namina" — anywhere;
 * - "apa sih" / "apa tuh" and "gimana ya" / "piye yo" / "kumaha nya" in the middle of a clause
 *   (a word before it on its line) and followed, soon, by an amount or a money verb: "beli apa
 *   sih tepung 20rb", "terus gimana ya laku 3 bungkus 15rb". A trailing "…, gimana ya?" or "modal
 *   500rb gimana ya biar balik" (no amount or money verb after it) stays a question.
 * A "?" anywhere still makes the message a question (analyze.ts), whatever is made filler here.
 */
import { T_NL, T_NUM, T_WORD, type Token } from './lexer.ts';
import { tokenTrigger } from './token-triggers.ts';
import { F_EXPENSE, F_NUMWORD, F_SALE, F_SCALE, F_SLANG } from './word-roles.ts';

/** "what" in the languages she speaks, as written (their keys may be unknown words). */
const WHAT = new Set(['apa', 'apaan', 'opo', 'naon', 'napa', 'ape']);
/** "how" likewise. */
const HOW = new Set(['gimana', 'gmn', 'gmana', 'bagaimana', 'piye', 'pripun', 'kumaha']);
/** spokenFillers wakes on a "what" or "how", by text or key (token-triggers.ts). */
export const W_SPOKEN_FILLERS = tokenTrigger(WHAT, HOW);
/** "its name": "apa namanya", "opo jenenge", "naon namina". */
const ITS_NAME = new Set(['namanya', 'namane', 'namae', 'jenenge', 'jenengane', 'arane', 'namina', 'naminya', 'wastana', 'nami']);
/** Particles a filler may carry: "apa ya namanya", "apa sih", "gimana ya", "piye yo", "kumaha nya". */
const PARTICLES = new Set(['ya', 'yah', 'yo', 'sih', 'si', 'tuh', 'tu', 'itu', 'kuwi', 'iku', 'tea', 'nya', 'teh']);
/** Particles that make "apa"/"gimana" a pause on their own, mid-clause: "apa sih", "apa tuh", "gimana ya". */
const PAUSE_WHAT = new Set(['sih', 'si', 'tuh', 'tea']);
const PAUSE_HOW = new Set(['ya', 'yah', 'yo', 'nya']);
/** Words that may stand between the pause and what follows it: "apa sih eh tepung", "gimana ya terus laku …". */
const SOFT = new Set(['eh', 'ehh', 'eeh', 'em', 'emm', 'hmm', 'terus', 'trus', 'itu', 'anu', 'oh', 'iya', 'ya', 'tadi']);

function word(t: Token | undefined): t is Token {
  return t !== undefined && t.type === T_WORD;
}

/** Whether an amount or a money verb follows soon after token `from` on its line. */
function moneyFollows(tokens: readonly Token[], from: number): boolean {
  for (let j = from, seen = 0; j < tokens.length && seen < 4; j++) {
    const t = tokens[j] as Token;
    if (t.type === T_NL) return false;
    if (t.type === T_NUM) return true;
    if (!word(t)) return false;
    if ((t.f & (F_SALE | F_EXPENSE | F_NUMWORD | F_SCALE | F_SLANG)) !== 0) return true;
    if (!SOFT.has(t.key)) seen++;
  }
  return false;
}

/** The tokens of spoken fillers with a question word, to be read as fillers. */
export function spokenFillers(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!word(t)) continue;
    const what = WHAT.has(t.text) || WHAT.has(t.key);
    const how = !what && (HOW.has(t.text) || HOW.has(t.key));
    if (!what && !how) continue;
    const n1 = tokens[i + 1];
    const n2 = tokens[i + 2];
    // "apa namanya", "apa ya namanya", "opo jenenge".
    if (what && word(n1) && ITS_NAME.has(n1.key)) {
      out.push(i, i + 1);
      i++;
      continue;
    }
    if (what && word(n1) && PARTICLES.has(n1.key) && word(n2) && ITS_NAME.has(n2.key)) {
      out.push(i, i + 1, i + 2);
      i += 2;
      continue;
    }
    // "beli apa sih tepung 20rb", "terus gimana ya laku 3 bungkus 15rb": mid-clause, money after.
    const prev = tokens[i - 1];
    const mid = prev !== undefined && prev.type !== T_NL;
    if (mid && word(n1) && (what ? PAUSE_WHAT : PAUSE_HOW).has(n1.key) && moneyFollows(tokens, i + 2)) {
      out.push(i, i + 1);
      i++;
    }
  }
  return out;
}

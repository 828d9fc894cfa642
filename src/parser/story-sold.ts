/**
 * "Cak, aku mau adol rujak cingur payu 14 porsi, sak porsi 15 ewu": "mau adol" (going to sell)
 * opens the story, and "payu" (sold) right after, in the same clause, says it happened. A word of
 * having sold after the plan word's own selling verb outweighs the plan: the sale is a fact.
 *
 * Only "mau"/"mo"/"arep" then a selling verb, then — before any amount, in the same clause, with
 * no wish or condition word between ("biar", "semoga", "kalau") and not negated — a word that says
 * the goods were sold ("payu", "laku", "terjual", "kajual") and their count. "besok mau jual kue, semoga laku 20"
 * (a comma, a wish), "mau jual 20 bungkus biar laku" stay plans.
 */
import { T_NUM, T_WORD, type Token } from './lexer.ts';
import { F_NEG, F_NUMWORD, F_SALE, F_SCALE, F_SLANG, F_WEAK } from './word-roles.ts';

const ABOUT_TO = new Set(['mau', 'mo', 'mao']);
/** Words that say the goods were sold (done, not a verb of selling): Indonesian, Javanese, Sundanese. */
const SOLD_DONE = new Set(['payu', 'laku', 'terjual', 'kajual']);
/** Not (some read as negations only before verbs): Indonesian, Javanese, Sundanese, Sasak. */
const NOT = new Set(['ora', 'nggak', 'gak', 'ga', 'tidak', 'tdk', 'belum', 'blm', 'teu', 'henteu']);
/** A wish, purpose or condition: what follows is hoped, not done. */
const WISHED = new Set(['biar', 'supaya', 'agar', 'semoga', 'moga', 'moga2', 'mugo', 'mugi', 'kalau', 'kalo', 'klo', 'kl', 'asal', 'ben',
  'men', 'nek', 'yen', 'lamun', 'mudah2an', 'mudahan', 'harus', 'kudu', 'ngarep', 'target']);

/** Whether the plan word at i ("mau") opens a story whose own clause says the goods were sold. */
export function soldAfterPlanWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const verb = tokens[i + 1];
  if (t === undefined || !ABOUT_TO.has(t.key) || verb === undefined || verb.type !== T_WORD || (verb.f & F_SALE) === 0 ||
    (verb.f & F_WEAK) !== 0 || SOLD_DONE.has(verb.key)) return false;
  for (let j = i + 2; j < tokens.length; j++) {
    const u = tokens[j] as Token;
    if (u.type === T_NUM) return false;
    if (u.type !== T_WORD) return false;
    // (A negation between, "mau adol pecel ora payu": not sold — the plan word's reading stands.)
    if ((u.f & (F_NUMWORD | F_SCALE | F_SLANG | F_NEG)) !== 0 || NOT.has(u.key) || WISHED.has(u.key) || ABOUT_TO.has(u.key)) return false;
    // The sold word then its count ("payu 14 porsi", "laku selawe"): what was sold is told.
    if (SOLD_DONE.has(u.key)) {
      const n = tokens[j + 1];
      return n !== undefined && (n.type === T_NUM || (n.type === T_WORD && (n.f & F_NUMWORD) !== 0));
    }
  }
  return false;
}

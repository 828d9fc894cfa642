/**
 * A whole entry said again after a correction word, as voice typing writes it: "laku bros
 * dua belas biji lima belas ribu satu eh salah empat belas biji maksudnya lima belas ribuan",
 * "jual 9 bros @15rb, salah, maksudnya 8 bros @15rb". The restated version is complete — a
 * count or goods and its own money — so it replaces what came before it: the earlier words
 * (all but the verb, which the restatement may leave out) and the correction words are hidden,
 * and "laku 14 biji lima belas ribuan" is read. Never a sum of both.
 *
 * Only when it is surely the same entry said again: one correction, a real correction word
 * ("salah", "maksudnya", "ralat", "koreksi": not a bare "eh", which also opens an addition),
 * one amount before it, and no goods after it that were not named before. A count alone ("eh
 * salah 25 bungkus") is spoken-correction.ts's; anything else is left to the readers that ask
 * (`self_correction_unclear`).
 */
import type { Analysis } from './analyze.ts';
import { S_PLAIN } from './amount.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { withoutTokens } from './stated-price.ts';
import { F_EXPENSE, F_SALE, F_UNDO, F_UNIT, G_CONJ } from './word-roles.ts';
import { present, trigger } from './triggers.ts';

/** Words that say what follows replaces what came before. */
const CORRECT = new Set(['salah', 'maksudnya', 'maksud', 'ralat', 'koreksi', 'maksudku', 'maksude']);
/** Words of the correction around those: "eh salah ketik", "sori maksud saya", "yang bener". */
const AROUND = new Set(['eh', 'ehh', 'eeh', 'salah', 'ketik', 'maksudnya', 'maksud', 'maksudku', 'maksude', 'ralat', 'koreksi', 'sori',
  'sorry', 'maaf', 'saya', 'aku', 'yg', 'yang', 'bener', 'benar', 'betul', 'benernya', 'betulnya', 'harusnya', 'seharusnya', 'ding',
  'deng', 'ya', 'tadi', 'jadi', 'jd']);

/** What separates two clauses or events: the first version would not be all that came before. */
const CLAUSE_PUNCT = new Set([',', ';', '.', '+', '&', '/', '-']);
const JOINS = new Set(['terus', 'trus', 'trs', 'lalu', 'kemudian', 'abis', 'habis', 'setelah', 'sama', 'juga']);

const ONE_OF = new Set(['satu', 'satunya', 'seorang', 'sijine', 'hiji']);

export interface Restated {
  view: Analysis;
}

/** Money, not a count: written with a scale word, a currency or "@" ("lima belas ribu", "15rb"). */
function money(a: Analysis, k: number): boolean {
  const ex = a.nums[k];
  return ex !== undefined && ex.rupiah !== null && ex.rupiah >= 1000 && ex.strength !== S_PLAIN;
}

const T_RESTATED = trigger(CORRECT);
/** The restatement read in place of the first version, or null when the message has none. */
export function restatedEntry(a: Analysis): Restated | null {
  if (!present(a, T_RESTATED)) return null;
  const { tokens } = a;
  if (tokens.some((t) => t.type === T_NL)) return null;
  const opens: number[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // ("salah satu", "salah satunya": one of them, no correction.)
    if (t.type === T_WORD && CORRECT.has(t.key) && a.numIn[i] === -1 && !CORRECT.has(tokens[i - 1]?.key ?? '') &&
      !(t.key === 'salah' && ONE_OF.has(tokens[i + 1]?.key ?? ''))) opens.push(i);
  }
  const m = opens[0];
  if (m === undefined) return null;
  // The correction's words: back to "eh", on to the first word that is not one of them.
  let from = m;
  while (from > 0 && (tokens[from - 1] as Token).type === T_WORD && AROUND.has((tokens[from - 1] as Token).key)) from--;
  let to = m + 1;
  while (to < tokens.length && ((tokens[to] as Token).type !== T_WORD && (tokens[to] as Token).type !== T_NUM ||
    AROUND.has((tokens[to] as Token).key))) to++;
  // The first version is the whole message before the correction: no other clause or event
  // ("laku 5 bros @15rb terus kalung 3 eh salah 4 @20rb" keeps the brooches: not this reader's).
  let edge = from;
  while (edge > 0 && (tokens[edge - 1] as Token).type === T_PUNCT) edge--;
  for (let i = 0; i < edge; i++) {
    const t = tokens[i] as Token;
    if ((t.type === T_PUNCT && CLAUSE_PUNCT.has(t.text)) || (t.type === T_WORD && (JOINS.has(t.key) || (t.f2 & G_CONJ) !== 0))) return null;
  }
  // One amount said before, and a complete restatement after: a count and money.
  if (a.nums.filter((ex, k) => ex.end <= from && money(a, k)).length !== 1) return null;
  const after = a.nums.filter((ex) => ex.start >= to);
  if (!after.some((ex) => money(a, a.nums.indexOf(ex)))) return null;
  const counted = after.some((ex) => ex.strength === S_PLAIN || ((tokens[ex.end]?.f ?? 0) & F_UNIT) !== 0);
  if (!counted) return null;
  // Correction words after the restatement's start ("empat belas biji maksudnya lima belas
  // ribuan") are hers thinking aloud; any other correction word makes it unclear.
  const hide = new Uint8Array(tokens.length);
  for (let i = to; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || a.numIn[i] !== -1) continue;
    if (CORRECT.has(t.key) || (t.f & F_UNDO) !== 0) {
      if (t.key !== 'maksudnya' && t.key !== 'maksud') return null;
      hide[i] = 1;
    } else if (t.info === null && !tokens.slice(0, from).some((w) => w.type === T_WORD && w.key === t.key)) {
      // Goods not named before: a second entry, or the goods corrected? Not this reader's to say.
      return null;
    }
  }
  // Keep the first verb (the restatement may not repeat it); hide the rest of the first version.
  const verb = tokens.findIndex((t, i) => i < from && t.type === T_WORD && (t.f & (F_SALE | F_EXPENSE)) !== 0 && t.info?.kind !== undefined);
  const restatesVerb = tokens.some((t, i) => i >= to && t.type === T_WORD && (t.f & (F_SALE | F_EXPENSE)) !== 0 && t.info?.kind !== undefined);
  for (let i = 0; i < to; i++) if (i !== verb || restatesVerb) hide[i] = 1;
  // The goods named in the first version stay with the restatement ("laku bros 12 biji …, eh
  // salah 14 biji …" is 14 brooches): the words right after the verb up to its first number.
  if (verb >= 0 && !restatesVerb) {
    for (let i = verb + 1; i < from && a.numIn[i] === -1 && (tokens[i] as Token).type === T_WORD; i++) hide[i] = 0;
  }
  return { view: withoutTokens(a, hide) };
}

// Without these words it reads nothing (its first test): its caller does not call it (guard-lists.ts says why).
restatedEntry.words = T_RESTATED;

/**
 * A clause saying other goods were not bought or sold after all, beside an entry that was:
 * "beli benang 100rb, kain sonde jadi beli karna mahal" (Kupang "sonde"), "…, kainnya nggak
 * jadi dibeli", "…, kain ora sido tuku" (Javanese), "…, tapi kain batal". The clause is no
 * entry and no undo of the one before: it is hidden, and the entry beside it stands.
 *
 * Only a clause with no number of its own, parted from the rest by a comma, a full stop or a
 * line (or opening with "tapi"), and only when some amount stands outside it. "gak jadi beli
 * kain 100rb" (the amount inside the called-off clause) is still not a fact (not-fact.ts), and
 * "gak jadi" alone is still the undo command.
 */
import type { Analysis } from './analyze.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { F_NEG, F_UNDO } from './word-roles.ts';
import { present, trigger } from './triggers.ts';

/** Merged phrases and words that call an event off (lexicon: "sonde jadi", "ndak jadi", "tidak jadi" → these). */
const CALLED_OFF = new Set(['gak jadi', 'tidak jadi', 'batal', 'dibatalin', 'dibatalkan', 'gajadi', 'gjd', 'cancel', 'dicancel']);
/** Negations the lexicon leaves apart from "jadi": Javanese "ora", Minang "indak", Sundanese "teu", Palembang "dak", Acehnese "hana". */
const NOT = new Set(['gak', 'ga', 'tidak', 'ora', 'teu', 'dak', 'hana', 'nda', 'tak', 'nggak', 'enggak']);
/** "jadi" and its regional forms: Javanese "sido", Sundanese "cios". */
const HAPPENED = new Set(['jadi', 'jd', 'jdi', 'cios', 'sios']);
const BUT = new Set(['tapi', 'tp', 'tpi', 'tetapi', 'namun']);

const T_CALLED_OFF = trigger([...CALLED_OFF, ...NOT]);

/** Whether the event is called off at token `i`. */
function callsOff(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.type !== T_WORD) return false;
  if (CALLED_OFF.has(t.key)) return true;
  return (NOT.has(t.key) || (t.f & F_NEG) !== 0) && t.key !== 'belum' && HAPPENED.has(tokens[i + 1]?.key ?? '');
}

function parts(t: Token | undefined): boolean {
  return t === undefined || t.type === T_NL || (t.type === T_PUNCT && (t.text === ',' || t.text === '.' || t.text === ';'));
}

/** Words before the called-off word that name no goods: "tapi yang batal", "terus ga jadi". */
const NO_GOODS = new Set([...BUT, 'yang', 'yg', 'terus', 'trus', 'lalu', 'tadi', 'td', 'itu', 'jadi', 'akhirnya', 'eh', 'sih', 'malah',
  // "…, maaf ya bu ga jadi": an apology, a particle, a title alone name no goods — the entry itself is called off (asked).
  'maaf', 'maap', 'mf', 'sorry', 'sori', 'punten', 'ngapunten', 'sepurane', 'afwan', 'ya', 'yah', 'bu', 'buk', 'mbak', 'mba', 'kak',
  'pak', 'mas', 'deh', 'ding', 'dong', 'aja', 'saja', 'nggih', 'nggeh', 'njih', 'inggih',
  // "…, tolong dibatalin": a plea names no goods — she asks the entry itself be cancelled (asked).
  'tolong', 'tlg', 'tolongin', 'mohon', 'minta', 'please', 'pls', 'plis', 'yang tadi']);

/** The stem of a word without "-nya": "kainnya" → "kain". */
function stem(key: string): string {
  return key.endsWith('nya') && key.length > 5 ? key.slice(0, -3) : key;
}

/**
 * Whether the clause [from, to) names goods before the called-off word at `at`, goods not named
 * outside it: "kain ga jadi" beside "beli benang". ", gak jadi" alone, or "kainnya gak jadi"
 * after "beli kain 100rb", calls off the entry itself: asked, as before.
 */
function otherGoods(tokens: readonly Token[], from: number, at: number, to: number): boolean {
  const named = new Set<string>();
  for (let k = from; k < at; k++) {
    const t = tokens[k] as Token;
    if (t.type === T_WORD && !NO_GOODS.has(t.key)) named.add(stem(t.key));
  }
  if (named.size === 0) return false;
  for (let k = 0; k < tokens.length; k++) {
    if (k >= from && k < to) continue;
    const t = tokens[k] as Token;
    if (t.type === T_WORD && named.has(stem(t.key))) return false;
  }
  return true;
}

/** The tokens of the called-off clauses to hide; null when there are none (or nothing else to record). */
export function calledOffClauses(a: Analysis): Uint8Array | null {
  if (a.nums.length === 0 || !present(a, T_CALLED_OFF)) return null;
  const { tokens } = a;
  let hide: Uint8Array | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (!callsOff(tokens, i)) continue;
    let from = i;
    while (from > 0 && !parts(tokens[from - 1]) && !BUT.has((tokens[from] as Token).key)) from--;
    let to = i + 1;
    while (to < tokens.length && !parts(tokens[to])) to++;
    // A clause that only follows the last amount by "tapi" ("100rb tapi kain batal") opens at "tapi".
    if (from === 0 || !(parts(tokens[from - 1]) || BUT.has((tokens[from] as Token).key))) continue;
    let numbered = false;
    for (let k = from; k < to; k++) if (a.numIn[k] !== -1) numbered = true;
    if (numbered || !otherGoods(tokens, from, i, to)) continue;
    hide ??= new Uint8Array(tokens.length);
    hide.fill(1, from, to);
    i = to;
  }
  if (hide === null) return null;
  for (const ex of a.nums) if (hide[ex.start] === 0) return hide;
  return null;
}

// Without these words it reads nothing (its first test): its caller does not call it (guard-lists.ts says why).
calledOffClauses.words = T_CALLED_OFF;

/** Whether an undo word ("gak jadi", "batal") stands outside the called-off clauses hidden. */
export function undoOutside(a: Analysis, hidden: Uint8Array | null): boolean {
  if (hidden === null) return true;
  for (let i = 0; i < a.tokens.length; i++) if (((a.tokens[i] as Token).f & F_UNDO) !== 0 && hidden[i] === 0) return true;
  return false;
}

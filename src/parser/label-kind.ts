/**
 * A label or sign on an amount names its kind, whichever reader read the message (issue 15):
 * "out: 12k plastik klip, in: 60k kripik" is never two expenses recorded unasked, nor "out: +50k
 * kain" an expense (its label and its sign disagree). An entry whose amount carries a label or
 * sign of the other kind is asked (`label_kind_differs`); the tracker reader (tracker-lines.ts)
 * may then read each clause by its own label.
 *
 * What carries: a "+" or "-" right before the amount when it opens its clause ("-12k plastik",
 * "in: +60k") or is glued to it after the goods ("kue +50rb"); a column word (in, out, masuk,
 * keluar, pemasukan, pengeluaran, income, expense, inc, exp) opening the clause and followed by
 * ":" or by the amount itself, or right before the amount after a money word ("uang masuk
 * 200rb", "cash in 300k"). The nouns that only ever name a column (pemasukan, pengeluaran,
 * income, expense) reach the clause's first amount over words between ("pengeluaran hari ini
 * 75rb"), never over a "nothing" word ("pengeluaran gak ada tapi laku 200rb").
 *
 * WHY "masuk"/"out" right before an amount counts only so: "beli tiket masuk 20rb" (an entrance
 * ticket) and "sold out 150k" are words of the entry, no column.
 *
 * WHY so narrow: "keluar beli benang 20rb" (she went out) and "masuk angin beli obat 15rb" (a
 * cold) are verbs, no columns; a minus between amounts ("50rb - 5rb") or in a date ("12-6") and
 * a "+" adding a cost ("kain 100rb +ongkir") are no signs; a spaced "-" opening a line may be a
 * bullet, so it is a sign only when the message has a "+" sign or a column word too. Bank words
 * ("kredit", "debit") also name loans and cards: left to the tracker reader. The guard only lowers
 * confidence, never changes a reading.
 */
import { barBefore, type Analysis } from './analyze.ts';
import { C_DOUBT } from './confidence.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import { CONFIDENT, type EntryKind, type ParseResult } from './types.ts';
import { F_EXPENSE, F_SALE } from './word-roles.ts';

/** Column words and the direction each names. */
const COLUMNS: ReadonlyMap<string, number> = new Map([
  ['in', 1], ['masuk', 1], ['pemasukan', 1], ['pemasukkan', 1], ['inc', 1], ['income', 1],
  ['out', -1], ['keluar', -1], ['pengeluaran', -1], ['exp', -1], ['expense', -1], ['expenses', -1],
]);
/** Nouns that only name a column: they reach the clause's first amount over other words. */
const NOUNS = new Set(['pemasukan', 'pemasukkan', 'income', 'pengeluaran', 'expense', 'expenses']);
const T_LABEL = trigger(['+', '-'], COLUMNS.keys());
/**
 * Words a column word may follow right before the amount and still be a column: "uang masuk
 * 200rb", "kas keluar 50rb", "cash in 300k", "total keluar 90rb". After anything else ("beli
 * tiket masuk 20rb", "sold out 150k") it is part of the words, no column.
 */
const COLUMN_LEADS = new Set(['uang', 'duit', 'dana', 'kas', 'cash', 'money', 'doku', 'uangnya', 'duitnya', 'total', 'totalnya', 'saldo']);
/** "Nothing" words: "pengeluaran hari ini gak ada, laku 200rb" — the column noun names no amount after them. */
const NOTHING = new Set(['nihil', 'kosong', 'none', 'nothing', 'nol', 'zero', 'nil', 'ora', 'henteu', 'teu']);
/** "ada" after a "not" word ("gak ada", "tidak ada", "ga ada", "nda ada"): nothing as well. */
const NOT_THERE = new Set(['ga', 'gak', 'gk', 'g', 'nggak', 'ngga', 'enggak', 'tidak', 'tdk', 'tak', 'nda', 'ndag', 'kagak', 'ora']);

/** Whether token `i` says there was nothing ("nihil", "gak ada"): a column noun reaches no further. */
function nothingAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined || t.type !== T_WORD) return false;
  return NOTHING.has(t.key) || (t.key === 'ada' && NOT_THERE.has(tokens[i - 1]?.key ?? ''));
}

/** Whether the column word at `w`, right before an amount, is a column: it opens its clause, is a noun, or follows COLUMN_LEADS. */
function columnBefore(a: Analysis, w: number): boolean {
  const { tokens } = a;
  const t = tokens[w] as Token;
  return opensClause(a, w) || NOUNS.has(t.key) || NOUNS.has(t.text) || COLUMN_LEADS.has(tokens[w - 1]?.key ?? '');
}
/** Money in or out, by the entry's kind. */
const DIRECTION: Record<EntryKind, number> = { sale: 1, capital: 1, expense: -1, withdrawal: -1 };
/** Two marks on one amount that disagree ("out: +50k"): no kind of entry fits it. */
const BOTH = 2;

const punct = (t: Token | undefined, p: string): boolean => t !== undefined && t.type === T_PUNCT && t.text === p;

function columnOf(t: Token | undefined): number {
  if (t === undefined || t.type !== T_WORD) return 0;
  return COLUMNS.get(t.text) ?? COLUMNS.get(t.key) ?? 0;
}

function signOf(t: Token | undefined): number {
  return punct(t, '+') ? 1 : punct(t, '-') ? -1 : 0;
}

/** Whether a clause starts at token `i`: the message's start, a line, or after ",", ";", "|", "." or a spaced "/". */
function opensClause(a: Analysis, i: number): boolean {
  const { tokens } = a;
  const b = tokens[i - 1];
  if (b === undefined || b.type === T_NL || barBefore(a, i)) return true;
  if (b.type !== T_PUNCT) return false;
  if (b.text === '/') return !b.attached && tokens[i]?.attached === false;
  return b.text === ',' || b.text === ';' || b.text === '.';
}

/**
 * Whether the clause opens with goods only, up to the sign at `at` ("kue bolu +75rb"): no amount
 * and no word of a sale or cost before it ("ongkir +10rb" adds a cost, "kain 100rb +ongkir").
 */
function goodsBefore(a: Analysis, at: number): boolean {
  let j = at;
  for (; j > 0; j--) {
    const t = a.tokens[j - 1] as Token;
    if (t.type !== T_WORD || a.marks[j - 1] !== 0 || (t.f & (F_SALE | F_EXPENSE)) !== 0) break;
  }
  return j < at && opensClause(a, j);
}

/** Adds a direction to what an amount already carries (BOTH when they disagree). */
function join(had: number, dir: number): number {
  return had === 0 || had === dir ? dir : BOTH;
}

/** The direction each money amount of the message carries (index as `a.nums`): +1, -1, BOTH or 0. */
export function amountLabels(a: Analysis): Int8Array {
  const { tokens } = a;
  const dirs = new Int8Array(a.nums.length);
  // A spaced "-" opening a line is a bullet unless the message signs or labels otherwise.
  const marked = tokens.some((t, i) => columnOf(t) !== 0 || (punct(t, '+') && a.numIn[i + 1] !== undefined && a.numIn[i + 1] !== -1));
  for (let k = 0; k < a.nums.length; k++) {
    const ex = a.nums[k];
    if (ex === undefined || ex.rupiah === null) continue;
    const s = ex.start;
    const sign = signOf(tokens[s - 1]);
    // The sign's own place: opening the clause (after a column word and ":" perhaps), or glued after a word.
    let signed = 0;
    if (sign !== 0) {
      let o = s - 1;
      if (punct(tokens[o - 1], ':')) o--;
      if (columnOf(tokens[o - 1]) !== 0 && opensClause(a, o - 1)) o--;
      const glued = tokens[s]?.attached === true && goodsBefore(a, s - 1);
      if (opensClause(a, o) || glued) signed = sign < 0 && !marked && !tokens[s]?.attached ? 0 : sign;
    }
    if (signed !== 0) dirs[k] = join(dirs[k] as number, signed);
    // A column word right before the amount (or its sign), with ":" perhaps.
    let w = sign !== 0 ? s - 2 : s - 1;
    if (punct(tokens[w], ':')) w--;
    const col = columnOf(tokens[w]);
    if (col !== 0 && columnBefore(a, w)) dirs[k] = join(dirs[k] as number, col);
  }
  // A column word opening its clause, with ":" or as a column noun: the clause's first amount.
  for (let i = 0; i < tokens.length; i++) {
    const col = columnOf(tokens[i]);
    if (col === 0 || !opensClause(a, i)) continue;
    const colon = punct(tokens[i + 1], ':');
    if (!colon && !NOUNS.has((tokens[i] as Token).key) && !NOUNS.has((tokens[i] as Token).text)) continue;
    for (let j = i + 1; j < tokens.length && !(j > i + 1 && opensClause(a, j)) && !nothingAt(tokens, j); j++) {
      const k = a.numIn[j] ?? -1;
      const ex = a.nums[k];
      if (ex === undefined || ex.start !== j) continue;
      if (ex.rupiah !== null) dirs[k] = join(dirs[k] as number, col);
      break;
    }
  }
  return dirs;
}

/** How many amounts of this value carry this direction or none. A module function, not a named closure: see unknown-hints.ts's `has`. */
function fits(a: Analysis, dirs: Int8Array, amount: number, dir: number): number {
  let n = 0;
  for (let k = 0; k < a.nums.length; k++) if (a.nums[k]?.rupiah === amount && (dirs[k] === 0 || dirs[k] === dir)) n++;
  return n;
}

/**
 * The reading, asked when one of its entries is of the kind its amount's label or sign is not
 * (see the file comment). Amounts are matched by value: an entry is of the wrong kind when more
 * entries of that value and direction were read than amounts of it carry that direction or none.
 */
export function guardLabels(a: Analysis, r: ParseResult): ParseResult {
  if (r.intent !== 'record' || r.confidence < CONFIDENT || !present(a, T_LABEL)) return r;
  // A parse passes here up to three times (index.ts); a reading already judged against these
  // labels is judged the same again.
  let judged = JUDGED.get(a);
  if (judged?.has(r)) return r;
  const out = judge(a, r);
  if (out === r) {
    if (judged === undefined) JUDGED.set(a, (judged = new WeakSet()));
    judged.add(r);
  }
  return out;
}

// Without these words it returns its reading unchanged (its first line): applyGuards skips it (guard-lists.ts).
guardLabels.words = T_LABEL;

/** Readings found right for their message's labels (by the message's analysis). */
const JUDGED = new WeakMap<Analysis, WeakSet<ParseResult>>();

function judge(a: Analysis, r: Extract<ParseResult, { intent: 'record' }>): ParseResult {
  const dirs = amountLabels(a);
  if (!dirs.some((d) => d !== 0)) return r;
  const wrong = r.entries.some((e) => {
    const dir = DIRECTION[e.kind];
    if (!a.nums.some((ex, k) => ex.rupiah === e.amount && dirs[k] !== 0)) return false;
    const same = r.entries.filter((x) => x.amount === e.amount && DIRECTION[x.kind] === dir).length;
    return same > fits(a, dirs, e.amount, dir);
  });
  if (!wrong) return r;
  return { ...r, confidence: Math.min(r.confidence, C_DOUBT), notes: [...(r.notes ?? []), 'label_kind_differs'] };
}

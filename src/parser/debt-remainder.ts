/**
 * What a debtor still owes, said after what she paid: "mbak Rina nyicil utang 100rb, sisa 75rb",
 * "inang bayar utang sembako 200rb, tinggal 150rb lagi", "cicil bon 50rb, masih kurang 30rb",
 * Javanese "kari 50 ewu", Sundanese "sesana 40 rebu", "kantun 20 rebu". The remainder is no
 * second payment: read by the payment readers (payment-received.ts, debtor-paid.ts) as a
 * remainder, so the paid amount stands alone and is recorded unasked.
 *
 * Also the count of a time ago ("lunasin bon sembako 2 minggu lalu, 175.000"): a number right
 * before a duration or a date word says when the tab was run up, never money paid.
 *
 * WHY only after an earlier amount: "tf kurangnya 15rb" (she transferred the shortfall) and
 * "sisa utang 75rb dibayar" name the money paid itself — with no amount before them the
 * remainder word is what was paid, and the readers keep reading it so.
 */
import type { Analysis } from './analyze.ts';
import type { NumExpr } from './amount.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { F_DURATION, F_FUTURE, F_PERIOD, F_REPAY, G_CREDIT } from './word-roles.ts';

/** Still owed: Indonesian, Javanese "kari", "kurange", Sundanese "sesa", "kantun", Minang "tingga". */
const REST = new Set(['sisa', 'sisanya', 'sesana', 'tinggal', 'tinggalnya', 'tingga', 'kari',
  'kurang', 'kurangnya', 'kurange', 'kekurangan', 'kekurangannya', 'kekurangane']);
/** Words that may stand between the remainder word and its amount: "sisa utangnya 75rb", "masih kurang lagi 30rb". */
const REST_FILL = new Set(['utang', 'hutang', 'utangnya', 'hutangnya', 'bon', 'bonnya', 'kasbon',
  'kasbonnya', 'nya', 'na', 'e', 'lagi', 'masih', 'msh', 'yg', 'yang', 'belum', 'blm', 'dibayar', 'tinggal', 'kurang', 'sisa',
  'cuma', 'cm', 'jadi', 'jd', 'ya', 'dia', 'de', 'pu', 'punya']);

/** A paying word just before the remainder word makes it the money paid ("bayar kurangnya 15rb"). */
const PAYING = new Set(['bayar', 'dibayar', 'tf', 'transfer', 'nransfer', 'ditransfer', 'lunasin', 'lunasi', 'nyicil', 'cicil']);

function word(t: Token | undefined): t is Token {
  return t !== undefined && t.type === T_WORD;
}

/** Whether the remainder word at k has the amount starting at `at` as its own (only fill words between). */
function restReaches(tokens: readonly Token[], k: number, at: number): boolean {
  for (let j = k + 1; j < at; j++) if (!word(tokens[j]) || !REST_FILL.has((tokens[j] as Token).key)) return false;
  return at - k <= 4;
}

/** Owing or instalment words: only a message about a tab has a remainder still owed. */
const OWING = new Set(['nyicil', 'cicil', 'mencicil', 'dicicil', 'kasbonnya', 'bonnya', 'utangnya', 'hutangnya',
  'pelunasan',
  // a customer's instalments on goods bought on credit (customer-instalment.ts): "cicilan … 150rb, sisa 300rb lagi"
  'cicilan', 'cicilannya', 'angsuran', 'angsurannya']);

/**
 * Whether the number expression is a remainder still owed: a remainder word before it, an amount
 * before that, and a tab in the message. (Without a tab, "Bu Tin bayar 50rb, sisa 20rb" may be
 * her change given back: the two amounts stay asked.)
 */
function isRemainder(a: Analysis, ex: NumExpr): boolean {
  const { tokens } = a;
  if ((a.f2 & G_CREDIT) === 0 && !tokens.some((t) => t.type === T_WORD && OWING.has(t.key))) return false;
  for (let k = ex.start - 1; k >= 0 && k >= ex.start - 4; k--) {
    const t = tokens[k] as Token;
    if (t.type === T_NUM || t.type === T_NL || (t.type === T_PUNCT && t.text !== '-')) return false;
    if (!word(t) || !REST.has(t.key)) continue;
    // ("kurang" right after a paying word is the shortfall paid: "tf kurangnya 15rb".)
    if (!restReaches(tokens, k, ex.start) || PAYING.has(tokens[k - 1]?.key ?? '')) return false;
    return a.nums.some((e) => e.end <= k && e.rupiah !== null && !isTimeCount(a, e));
  }
  return false;
}

/** A count of time: a small bare number right before a duration word ("2 minggu lalu", "3 hari yang lalu"). */
function isTimeCount(a: Analysis, ex: NumExpr): boolean {
  const n = a.tokens[ex.end];
  return word(n) && (n.f & (F_DURATION | F_PERIOD)) !== 0 && ex.end - ex.start === 1 && (ex.rupiah === null || ex.rupiah < 1000);
}

/** The amounts of a payment between tokens `from` and `to`: neither a remainder still owed nor a count of time. */
export function paymentNums(a: Analysis, from = 0, to = a.tokens.length): NumExpr[] {
  return a.nums.filter((e) => e.start >= from && e.start < to && !isTimeCount(a, e) && !isRemainder(a, e));
}

/** Between an amount paid and the remainder word after it: "300rb, masih kurang", "150rb tp msh kurang". */
const BEFORE_REST = new Set(['masih', 'msh', 'tinggal', 'tapi', 'tp', 'jadi', 'jd', 'ya', 'yg', 'yang', 'dan']);
/** Inside a remainder clause, besides its numbers: "kurang 4x lagi", "tinggal 3 kali angsuran lagi", "sisa 2 bulan". */
const REST_CLAUSE = new Set([...REST_FILL, 'x', 'kali', 'kl', 'lagi', 'lg', 'bulan', 'bln', 'minggu', 'angsuran', 'cicilan', 'ribu', 'juta']);

/**
 * The clause of what is still owed after an amount paid on a tab or a loan: "nyicil utang koperasi
 * 300rb, kurang 4x lagi", "mbak tini bayar cicilan batik 150rb, masih kurang 150", "bayar angsuran
 * 300rb sisa 1,2jt". Its tokens from the remainder word (with "masih" before it) to the clause's
 * end, or null when there is none.
 *
 * WHY: what is left to pay is information, neither money that moved now nor a shortfall of the
 * payment (not-fact.ts would call "kurang" one and ask); with no amount before it ("bayar angsuran
 * masih kurang 50rb") the remainder word is the news, and stays asked.
 */
export function remainderClause(a: Analysis): Uint8Array | null {
  const { tokens } = a;
  if ((a.f2 & G_CREDIT) === 0 && (a.f & F_REPAY) === 0 && !tokens.some((t) => t.type === T_WORD && OWING.has(t.key))) return null;
  let hide: Uint8Array | null = null;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.type !== T_WORD || !REST.has(t.key) || PAYING.has(tokens[k - 1]?.key ?? '')) continue;
    // Back over "masih", "tapi" and a comma to the amount paid.
    let s = k - 1;
    while (s >= 0 && ((word(tokens[s]) && BEFORE_REST.has((tokens[s] as Token).key)) || (tokens[s]?.type === T_PUNCT && tokens[s]?.text === ','))) s--;
    const paid = s >= 0 ? a.numIn[s] : -1;
    const ex = paid === undefined || paid < 0 ? undefined : a.nums[paid];
    if (ex === undefined || ex.rupiah === null || ex.rupiah < 1000) continue;
    // Forward to the clause's end: only numbers and the remainder's own words.
    let e = k + 1;
    let counted = false;
    while (e < tokens.length) {
      const u = tokens[e] as Token;
      if (u.type === T_NUM) counted = true;
      else if (!(u.type === T_WORD && REST_CLAUSE.has(u.key)) && a.numIn[e] === -1) break;
      e++;
    }
    const end = tokens[e];
    if (!counted || (end !== undefined && end.type !== T_NL && !(end.type === T_PUNCT && (end.text === ',' || end.text === '.' || end.text === ';')))) continue;
    hide ??= new Uint8Array(tokens.length);
    let from = k;
    while (from - 1 > s && word(tokens[from - 1])) from--;
    for (let i = from; i < e; i++) hide[i] = 1;
  }
  return hide;
}

/** The rest, to be paid later: "sisanya jumat", "kurangnya besok", "lunasnya nanti", Javanese "sisane", "kurange". */
const REST_LATER = new Set(['sisa', 'sisanya', 'sisane', 'sisana', 'sesana', 'kurangnya', 'kurange', 'kekurangannya', 'kekurangane',
  'lunasnya', 'lunase', 'pelunasannya', 'pelunasane', 'kari', 'karine', 'kantun', 'tinggal', 'tinggalnya']);
/** Before the rest word, hers to step back over: "katanya sisanya jumat", "janji sisanya besok", "tapi sisanya …". */
const BEFORE_LATER = new Set(['katanya', 'ktnya', 'katane', 'jarene', 'cenah', 'ceunah', 'janji', 'janjinya', 'janjine', 'berjanji', 'tapi',
  'tp', 'terus', 'trus', 'dan', 'nah', 'yg', 'yang', 'untuk', 'utk', 'buat']);

/**
 * The clause of the rest promised for later, after an amount paid now: "Mak Odah nyicil bon 20rb dulu
 * katanya sisanya jumat", "bu Ani bayar utang 50rb, kurangnya besok", "… lunasnya nanti jumat". Its
 * token range [from, to), or null. WHY: the day ahead, and the hearsay or promise before the rest word,
 * belong to the rest, not to the money paid now — the payment readers read their not-yet words
 * outside this clause only (not_a_fact was asked of a payment she saw). "bu Ani janji bayar 20rb
 * jumat" and "katanya udah nyicil 20rb" have no amount before the rest word: they stay asked.
 */
export function restLaterClause(a: Analysis): { from: number; to: number } | null {
  const { tokens } = a;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.type !== T_WORD || !REST_LATER.has(t.key) || PAYING.has(tokens[k - 1]?.key ?? '')) continue;
    let from = k;
    while (from - 1 > 0 && word(tokens[from - 1]) && BEFORE_LATER.has((tokens[from - 1] as Token).key)) from--;
    // An amount paid before it, on the same line ("20rb dulu", "50rb,").
    let s = from - 1;
    while (s >= 0 && ((word(tokens[s]) && (tokens[s] as Token).key === 'dulu') || (tokens[s]?.type === T_PUNCT && tokens[s]?.text === ','))) s--;
    const paid = s >= 0 ? a.numIn[s] : -1;
    const ex = paid === undefined || paid < 0 ? undefined : a.nums[paid];
    if (ex === undefined || ex.rupiah === null || ex.rupiah < 1000) continue;
    let to = k + 1;
    while (to < tokens.length) {
      const u = tokens[to] as Token;
      if (u.type === T_NL || (u.type === T_PUNCT && (u.text === ',' || u.text === '.' || u.text === ';'))) break;
      to++;
    }
    return { from, to };
  }
  return null;
}

/** A word or a day ahead outside the clause of the rest promised for later (restLaterClause). */
export function aheadOutsideRest(a: Analysis): boolean {
  const rest = restLaterClause(a);
  const out = (i: number): boolean => rest === null || i < rest.from || i >= rest.to;
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (t.type === T_WORD && (t.f & F_FUTURE) !== 0 && out(i)) return true;
  }
  return a.dates.some((m) => m.future && out(m.start));
}

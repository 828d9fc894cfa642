/**
 * Other finance-tracker bots' short forms, where the first mark names the book's column: "in 150k
 * bayaran snack box", "out 20k bensin", "/keluar 25000 ongkir", "/masuk 150000 catering", "+50rb
 * kue" (and "-15rb plastik", read by record.ts `minusLed`). Members who used such an app write
 * the column first, then the one amount, then what it was for: the column is the kind, as a sign
 * is (signed-lines.ts), so the kind is no guess and a weak word ("keluar", "masuk") is no weaker.
 *
 * Only when the column opens the message (after a "/" or "catat" at most), the amount follows it
 * at once, it is the only amount, and the message is one line: "uang masuk dari … 150rb", "nanti
 * keluar 20rb" or a day's sheet are read as before. A verb of the other kind ("out 20k jual kue")
 * leaves it to the verb, and she is asked as before.
 */
import type { Analysis } from './analyze.ts';
import { S_PLAIN } from './amount.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import type { EntryKind } from './types.ts';
import { F_EXPENSE, F_FILLER, F_SALE, F_WEAK, G_CAPITAL, G_LOAN, G_WITHDRAW } from './word-roles.ts';

/** Column words that open a tracker line, and the kind each names. */
const OPENING: ReadonlyMap<string, EntryKind> = new Map([
  ['in', 'sale'], ['masuk', 'sale'], ['pemasukan', 'sale'], ['income', 'sale'], ['pemasukkan', 'sale'],
  ['out', 'expense'], ['keluar', 'expense'], ['pengeluaran', 'expense'], ['expense', 'expense'], ['expenses', 'expense'],
]);
/** What may stand before the column: the slash of a command ("/keluar"), "catat". */
const BEFORE = new Set(['catat', 'dicatat']);

/** Where the message's first word is, after a leading "/" and "catat"; -1 when it opens otherwise. */
function firstWord(tokens: readonly Token[]): number {
  let i = 0;
  const t0 = tokens[0];
  if (t0 !== undefined && t0.type === T_PUNCT && t0.text === '/') i++;
  if (tokens[i]?.type === T_WORD && BEFORE.has((tokens[i] as Token).key)) i++;
  return i;
}

/** The kind an opening column word at token w names, or null (ledger-command.ts reads its number). */
export function openingColumn(a: Analysis, w: number): EntryKind | null {
  const t = a.tokens[w];
  if (t === undefined || t.type !== T_WORD || w !== firstWord(a.tokens)) return null;
  return OPENING.get(t.key) ?? OPENING.get(t.text) ?? null;
}

/**
 * The kind the message's opening column or "+" names, when the message is that shape (see the
 * file comment), else null.
 */
export function columnLed(a: Analysis, told: EntryKind | null = null): EntryKind | null {
  const { tokens } = a;
  if (a.nums.length !== 1 || tokens.some((t) => t.type === T_NL)) return null;
  const ex = a.nums[0];
  if (ex === undefined || ex.rupiah === null || (ex.strength === S_PLAIN && ex.rupiah < 1000)) return null;
  let kind: EntryKind | null;
  let col: number;
  const t0 = tokens[0];
  // "+50rb kue": a plus glued to the amount that opens the message, as "-15rb plastik" is money out.
  if (t0 !== undefined && t0.type === T_PUNCT && t0.text === '+' && ex.start === 1 && (tokens[1] as Token).attached) {
    kind = 'sale';
    col = 0;
  } else {
    const w = firstWord(tokens);
    // A command's verb ("/jual": slash-verbs.ts) names the column as the column word does.
    kind = told ?? openingColumn(a, w);
    // "Out: 45.000": an app's column with its colon.
    const colon = tokens[w + 1]?.type === T_PUNCT && tokens[w + 1]?.text === ':' ? 1 : 0;
    if (kind === null || ex.start !== w + 1 + colon) return null;
    col = w;
  }
  // "+50rb lagi": more of something said before, not a line of its own.
  if (tokens.some((t) => t.type === T_WORD && (t.key === 'lagi' || t.key === 'tambah'))) return null;
  // "+500rb modal", "/in 1jt modal dari suami", "out 50rb ambil buat dapur": capital, a loan or money
  // taken home — whose money it is decides, not the column (read as before; record.ts also keeps a
  // withdrawal or capital the scan read).
  if (tokens.some((t) => t.type === T_WORD && (t.key === 'modal' || (t.f2 & (G_CAPITAL | G_WITHDRAW | G_LOAN)) !== 0))) return null;
  // A strong verb of the other kind: her verb and the column disagree; read as before.
  for (let i = col + 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || (t.f & (F_SALE | F_EXPENSE)) === 0 || (t.f & F_WEAK) !== 0) continue;
    if (((t.f & F_SALE) !== 0 ? 'sale' : 'expense') !== kind) return null;
  }
  return kind;
}

/**
 * "/masuk 150000 catering", "in 150000 nasi kotak": a column, a plain number, then what it was for.
 * Read as words, the number is a count of "catering" and a weak "masuk" with a count is no money:
 * nothing was read. The column says the number is money (thousands or more, one amount only).
 * Returns the kind, the amount, the words after it and where the amount stands; null otherwise.
 */
export function columnCommand(a: Analysis, told: EntryKind | null = null): { kind: EntryKind; amount: number; item: string; at: number; plain: boolean } | null {
  const kind = columnLed(a, told);
  const ex = a.nums[0];
  if (kind === null || ex === undefined || ex.rupiah === null) return null;
  const words: string[] = [];
  for (let i = ex.end; i < a.tokens.length; i++) {
    const w = a.tokens[i] as Token;
    // Only words naming what it was for: a verb, a day or a question makes it more than a column line.
    if (w.type !== T_WORD || (w.f & (F_SALE | F_EXPENSE)) !== 0 || a.marks[i] !== 0) return null;
    words.push(w.text);
  }
  if (words.length === 0 || words.length > 5) return null;
  return { kind, amount: ex.rupiah, item: words.join(' '), at: ex.start, plain: ex.strength === S_PLAIN };
}

/** "in 150k", "+50rb": nothing but the column and the amount (money in from what? asked). */
export function columnOnly(a: Analysis): boolean {
  const w = firstWord(a.tokens);
  return a.tokens.every((t, i) => t.type !== T_WORD || i === w || a.numIn[i] !== -1 || (t.f & F_FILLER) !== 0);
}

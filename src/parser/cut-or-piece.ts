/**
 * "laku 3 kaos @65rb, 1 potong 10rb": after a sale, "potong" is both a piece ("1 potong" = one
 * piece, sold for 10rb) and a cut ("potong 10rb" = 10rb off). With goods named ("1 potong celana
 * 50rb") it is a second sale; with none it may be either, so the record is asked, never two
 * sales recorded unasked. So are her own cutting words that the entries read as a sale of their
 * own ("…, kupotong 10rb", "…, motong 10rb"). "yg 1 potong 10rb" names the piece first and is read
 * as the cut already (one-piece-off.ts); "dipotong 10rb", "potong 10rb" are a discount (asked).
 */
import type { Analysis } from './analyze.ts';
import { isClauseEnd } from './clause-ends.ts';
import type { EntryOut } from './entry-drafts.ts';
import { T_NUM, T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import { F_NUMWORD } from './word-roles.ts';

/** "potong" and her cutting verbs (Javanese "tak potong" reads as "gak potong", left to the negation). */
const CUT = new Set(['potong', 'ptg', 'kupotong', 'motong', 'potongin', 'dipotongin', 'kupotongin', 'dipotong', 'kupotong2']);
const T_CUT = trigger(CUT);
/** One, as the count before "potong" (number words are read by their flag). */
const ONE = new Set(['1', 'satu', 'siji', 'sa', 'hiji', 'se']);

function edge(t: Token | undefined): boolean {
  return t === undefined || isClauseEnd(t);
}

/** Whether an entry was read from a bare "(1) potong <amount>" clause after a sale: cut or piece? */
export function cutOrPiece(a: Analysis, entries: readonly EntryOut[]): boolean {
  if (!present(a, T_CUT) || entries.length < 2) return false;
  const { tokens } = a;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || !CUT.has(t.key)) continue;
    // The clause opens with the cut word, or with "1"/"satu" right before it.
    const before = tokens[i - 1];
    // ("2 potong 10rb" after "3 kaos": two pieces of what? Any count is asked alike.)
    const counted = before !== undefined && (before.type === T_NUM || (before.type === T_WORD && (ONE.has(before.key) || (before.f & F_NUMWORD) !== 0)));
    if (!edge(counted ? tokens[i - 2] : before)) continue;
    const ex = a.nums[a.numIn[i + 1] ?? -1];
    if (ex === undefined || ex.start !== i + 1 || ex.rupiah === null) continue;
    if (!edge(tokens[ex.end])) continue;
    // Read as an entry of its own, after a sale.
    const own = entries.find((e) => e.at !== undefined && e.at >= i - 1 && e.at < ex.end);
    if (own === undefined) continue;
    if (entries.some((e) => e !== own && e.kind === 'sale' && e.at !== undefined && e.at < i)) return true;
  }
  return false;
}

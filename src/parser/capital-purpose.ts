/**
 * What capital put in is for: "bojoku menehi modal rong atus ewu kanggo kulak benang",
 * "salaki mikeun modal sajuta kanggo meser mesin jahit", "laki aye nambahin modal sejuta
 * buat beli gerobak", "suami kasih modal 500rb untuk tambah saldo pulsa".
 *
 * The purchase after "untuk"/"buat" (and their regional forms) names what the money is meant
 * for; it is no purchase made with its amount left unsaid, so it is no question about the
 * purchase either. Only when the message holds that one amount, read as capital, and the
 * clause runs to the end with no number in it: "modal 200rb untuk beli benang 50rb" has a
 * second amount and stays as the reading before made it.
 */
import type { Analysis } from './analyze.ts';
import { T_NUM, T_PUNCT, T_WORD } from './lexer.ts';
import { F_EXPENSE } from './word-roles.ts';
import type { UnresolvedEntry } from './types.ts';

/** Purpose words by their Indonesian key (regional-words.ts maps kanggo, keur, untuak, kaangguy… to "untuk"). */
const PURPOSE = new Set(['untuk', 'buat', 'utk', 'bwt']);

/** A word before the purpose word, or a comma ("nambah modal 300rb, rencananya buat beli bahan"). */
function beforePurpose(t: { type: number; key: string; text: string } | undefined): boolean {
  return t !== undefined && ((t.type === T_WORD && !PURPOSE.has(t.key)) || (t.type === T_PUNCT && t.text === ','));
}

/**
 * The unresolved goods left once the purpose of a capital amount is set aside: `unresolved`
 * itself when the message is not one capital amount and its purpose.
 */
export function withoutCapitalPurpose(a: Analysis, entries: readonly { kind: string }[], unresolved: UnresolvedEntry[]): UnresolvedEntry[] {
  if (unresolved.length === 0 || entries.length !== 1 || entries[0]?.kind !== 'capital' || a.nums.length !== 1) return unresolved;
  const { tokens } = a;
  const num = a.nums[0] as { end: number };
  let p = num.end;
  while (p < tokens.length && beforePurpose(tokens[p])) p++;
  if (p >= tokens.length || tokens[p]?.type !== T_WORD) return unresolved;
  const clause = new Set<string>();
  for (let i = p + 1; i < tokens.length; i++) {
    const t = tokens[i] as { type: number; text: string; key: string };
    if (t.type === T_NUM) return unresolved;
    if (t.type === T_WORD) {
      clause.add(t.text.toLowerCase());
      clause.add(t.key);
    } else if (t.type !== T_PUNCT || i < tokens.length - 1) return unresolved; // only a closing stop may follow
  }
  const inClause = (u: UnresolvedEntry): boolean => u.kind === 'expense' && u.reason === 'no_amount' && u.quantity === null &&
    u.item !== null && u.item.toLowerCase().split(/\s+/).every((w) => clause.has(w));
  return unresolved.some(inClause) ? unresolved.filter((u) => !inClause(u)) : unresolved;
}

/**
 * "suami kasih modal 200rb untuk beli benang 50rb": the purchase has its own amount. Read as
 * a second capital it would be recorded unasked; the thread may be bought out of the 200rb
 * (an expense) or be part of what she was given. Asked as "part_of_amount".
 */
export function capitalPurposePriced(a: Analysis, entries: readonly { kind: string }[]): boolean {
  if (entries.length < 2 || !entries.every((e) => e.kind === 'capital') || a.nums.length < 2) return false;
  const { tokens } = a;
  for (let i = (a.nums[0] as { end: number }).end; i < tokens.length - 1; i++) {
    const t = tokens[i] as { type: number; key: string };
    const next = tokens[i + 1] as { type: number; f: number };
    if (t.type === T_WORD && PURPOSE.has(t.key) && next.type === T_WORD && (next.f & F_EXPENSE) !== 0) return true;
  }
  return false;
}

/**
 * Where the capital went, said after it as a clause of its own: "Modal tambahan dari uang arisan yang aku
 * dapet 1jt, tak masukin ke usaha", "…, saya masukkan ke warung". The clause names the same money's
 * destination (the business), no second capital without its amount: with the message's one amount
 * read as one capital, an unresolved capital made only of putting-in words, her "I" and the business
 * is dropped. WHY: it was asked as `no_amount` though the amount and kind were both said.
 */
const PUT_IN = new Set(['masukin', 'masukkan', 'masukan', 'memasukkan', 'dimasukin', 'dimasukkan', 'masuk', 'lebokke', 'lebokno', 'lebokin',
  'tak', 'aku', 'saya', 'sy', 'ku', 'kumasukin', 'ke', 'kedalam', 'dalam', 'jadi', 'nang', 'neng', 'ka', 'buat', 'untuk', 'utk', 'semua', 'semuanya',
  'langsung', 'usaha', 'usahaku', 'warung', 'warungku', 'toko', 'tokoku', 'dagangan', 'daganganku', 'jualan', 'jualanku', 'modal', 'bisnis', 'kas']);
/** Of those, the business itself: the clause must name it. */
const BUSINESS = new Set(['usaha', 'usahaku', 'warung', 'warungku', 'toko', 'tokoku', 'dagangan', 'daganganku', 'jualan', 'jualanku', 'modal', 'bisnis', 'kas']);

export function withoutPutIntoBusiness(a: Analysis, entries: readonly { kind: string }[], unresolved: UnresolvedEntry[]): UnresolvedEntry[] {
  if (unresolved.length === 0 || entries.length !== 1 || entries[0]?.kind !== 'capital' || a.nums.length !== 1) return unresolved;
  const putIn = (u: UnresolvedEntry): boolean => {
    if (u.kind !== 'capital' || u.reason !== 'no_amount' || u.quantity !== null || u.item === null) return false;
    const words = u.item.toLowerCase().split(/\s+/);
    return words.every((w) => PUT_IN.has(w)) && words.some((w) => BUSINESS.has(w)) &&
      words.some((w) => w.startsWith('masuk') || w.startsWith('dimasuk') || w.startsWith('memasuk') || w.startsWith('lebok') || w === 'kumasukin');
  };
  return unresolved.some(putIn) ? unresolved.filter((u) => !putIn(u)) : unresolved;
}

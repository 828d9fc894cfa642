/**
 * Words after her one amount that are no goods of their own: what the amount bought, or when it
 * was spent.
 *
 * - A list of what one purchase held: "kulakan ke grosir 850rb: indomie, telur, minyak", "belanja
 *   300rb isinya gula, kopi, teh", "beli bahan 120rb berupa tepung, mentega". After the amount and
 *   a colon (or "isinya", "yaitu", "berupa", "antara lain"), goods with no number are the
 *   purchase's contents, not purchases whose price was left out.
 * - When she spent it: "parkir goceng pas kulakan di pasar induk", "parkir 2rb waktu beli kain",
 *   "bensin 15rb sambil antar pesanan". A clause opened by a when-word ("pas", "waktu", "saat",
 *   "ketika", "sambil", "sekalian") with no number tells the errand the cost was paid on; its verb
 *   is no second purchase with no amount.
 *
 * - How it was paid: "reseller ambil 20 pcs brownies @18rb, udh tf", "laku 3 gamis @150rb, sudah transfer".
 *   A line of paying words alone ("tf", "transfer", "lunas", "cash") says the sale was paid, and how;
 *   it is no sale whose amount was left out.
 *
 * Either way the clause has no number at all: "belanja 230rb: 180rb bahan kue, sisanya …" or
 * "parkir 2rb pas beli kain 50rb" are read as before. The unread lines inside such a clause are
 * dropped, so the record is not asked about them (record.ts).
 */
import type { Analysis } from './analyze.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import type { UnresolvedEntry } from './types.ts';
import { present, trigger } from './triggers.ts';

/** Words that open the contents of a purchase after its amount. */
const CONTENTS = new Set(['isinya', 'isi', 'yaitu', 'yakni', 'berupa', 'antara']);
/** Words that open when the cost was paid. */
const WHEN = new Set(['pas', 'waktu', 'wktu', 'saat', 'ketika', 'sewaktu', 'sambil', 'sekalian', 'skalian', 'pulang']);

const T_TAIL = trigger([':'], CONTENTS, WHEN);

/** Money (not a count) ends at token i. */
function moneyEndsAt(a: Analysis, i: number): boolean {
  const k = a.numIn[i];
  const ex = k !== undefined && k >= 0 ? a.nums[k] : undefined;
  return ex !== undefined && ex.end === i + 1 && ex.rupiah !== null && ex.rupiah >= 1000;
}

/** The words of the tail from token `from` to the line's end, or null when a number stands in it. */
function tailWords(tokens: readonly Token[], from: number): Set<string> | null {
  const words = new Set<string>();
  for (let j = from; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.type === T_NL) break;
    if (t.type === T_NUM) return null;
    if (t.type === T_WORD) words.add(t.text);
  }
  return words;
}

/** The words of clauses that say what the one amount bought or when it was spent (see the file comment). */
function tails(a: Analysis): Set<string> | null {
  const { tokens } = a;
  if (a.nums.filter((ex) => ex.rupiah !== null && ex.rupiah >= 1000).length !== 1) return null;
  let out: Set<string> | null = null;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const contents = (t.type === T_PUNCT && t.text === ':') || (t.type === T_WORD && CONTENTS.has(t.key));
    const when = t.type === T_WORD && WHEN.has(t.key) && tokens[i + 1]?.type === T_WORD;
    if (contents && moneyEndsAt(a, i - 1)) {
      const words = tailWords(tokens, i + 1);
      if (words !== null) out = new Set([...(out ?? []), ...words]);
    } else if (when && tokens.slice(0, i).some((u, j) => moneyEndsAt(a, j) && u !== undefined)) {
      const words = tailWords(tokens, i + 1);
      if (words !== null) out = new Set([...(out ?? []), ...words]);
    }
  }
  return out;
}


/** Words that only say the money was paid, and how. */
const PAID_BY = new Set(['tf', 'transfer', 'trf', 'transferan', 'ditransfer', 'bayar', 'dibayar', 'lunas', 'cash', 'tunai', 'cod', 'qris']);

/** An unread line of paying words alone ("…, udh tf"): no goods of its own. */
function paidByOnly(u: UnresolvedEntry): boolean {
  return u.reason === 'no_amount' && u.quantity === null && u.item !== null && u.item.split(/\s+/).every((w) => PAID_BY.has(w));
}

/** The unread lines left once those standing inside such a tail are dropped. */
export function withoutUnpricedTails(a: Analysis, unresolved: UnresolvedEntry[]): UnresolvedEntry[] {
  if (unresolved.some(paidByOnly)) unresolved = unresolved.filter((u) => !paidByOnly(u));
  if (unresolved.length === 0 || !present(a, T_TAIL)) return unresolved;
  const words = tails(a);
  if (words === null) return unresolved;
  return unresolved.filter((u) => !(u.reason === 'no_amount' && u.quantity === null && u.item !== null &&
    u.item.split(/\s+/).every((w) => words.has(w))));
}

/**
 * Some of the pieces just sold came back in the same message: "jual 5 kerudung @40rb, tp 1
 * dibalikin krn jahitannya lepas, uangnya sy kembalikan", "jual 10 bros @15rb, 1 dibalikin
 * peniti patah". The sale is recorded net — the pieces kept at the price each (4 × 40rb) — so
 * her sales are what she kept, exactly as a sale and a return entry would sum.
 *
 * Only when the rest of the message is one priced sale line (a count and a price each), the
 * clauses with the return words hold no money and at most one count (fewer pieces than were
 * sold), and no exchange is said ("ditukar": no money moved back). Otherwise returns.ts reads
 * the message as before (asked when mixed).
 */
import type { Analysis } from '../analyze.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from '../lexer.ts';
import { returnWords } from '../money-owner.ts';
import { scanRecord, type RecordScan } from '../scan-record.ts';
import { withoutTokens } from '../stated-price.ts';
import { present, trigger } from '../triggers.ts';

/** Goods swapped, not money given back: "ditukar", "tukar yang lain", "ganti ukuran". */
const EXCHANGE = new Set(['tukar', 'ditukar', 'tuker', 'dituker', 'nuker', 'ganti', 'diganti', 'gantiin', 'digantiin']);

/** "laku 6 bros @15rb tapi 1 dikembalikan": "but" opens the return's clause as a comma does. */
const BUT = new Set(['tapi', 'tp', 'tpi', 'namun']);

function clauseEdge(t: Token | undefined): boolean {
  return t === undefined || t.type === T_NL || (t.type === T_PUNCT && (t.text === ',' || t.text === ';' || t.text === '.')) ||
    (t.type === T_WORD && BUT.has(t.key));
}

/** "1 balik lagi", "2 kembali": a count of pieces, then their coming back (no other return word needed). */
const CAME_BACK = new Set(['balik', 'kembali', 'mbalik', 'bali']);

const T_CAME_BACK = trigger(CAME_BACK);

/** Tokens of "N balik (lagi)" after a sale, or null: pieces that came back, said without a return word. */
export function piecesCameBack(a: Analysis): Uint8Array | null {
  if (!present(a, T_CAME_BACK)) return null;
  let hide: Uint8Array | null = null;
  for (let i = 1; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    const count = a.tokens[i - 1] as Token;
    if (t.type !== T_WORD || !CAME_BACK.has(t.key) || count.type !== T_NUM || !/^\d{1,2}$/.test(count.text)) continue;
    // "…, 1 balik lagi": the count opens its clause (not "laku 5 balik modal").
    if (!clauseEdge(a.tokens[i - 2]) && !(a.tokens[i - 2]?.type === T_WORD && BUT.has((a.tokens[i - 2] as Token).key))) continue;
    hide ??= new Uint8Array(a.tokens.length);
    hide[i] = 1;
  }
  return hide;
}

/** Words of the outcome after pieces came back: "jadi bayar 80rb", "jadi 80rb", "totalnya 80rb". */
const OUTCOME = new Set(['jadi', 'jd', 'jdi', 'bayar', 'dibayar', 'bayarnya', 'totalnya', 'total', 'tinggal', 'cuma', 'akhirnya', 'ahirnya']);

/** A clause of only outcome words and one amount of money: the amount, or null. */
function outcomeClause(a: Analysis, s: number, e: number): number | null {
  let amount: number | null = null;
  let said = false;
  for (let k = s; k < e; k++) {
    const t = a.tokens[k] as Token;
    const x = a.numIn[k] as number;
    if (x >= 0) {
      const ex = a.nums[x];
      if (!ex || ex.rupiah === null || ex.strength === 0 || (amount !== null && ex.start === k)) return null;
      amount = ex.rupiah;
      k = ex.end - 1;
      continue;
    }
    if (t.type !== T_WORD || !(OUTCOME.has(t.key) || t.key === 'ya' || t.key === 'aja')) return null;
    if (OUTCOME.has(t.key)) said = true;
  }
  return said ? amount : null;
}

/** Words of the pieces kept: "jadi 4 aja yg laku", "jadi yg laku 4", "tinggal 4 yang terjual". */
const KEPT = new Set(['jadi', 'jd', 'jdi', 'tinggal', 'aja', 'saja', 'yg', 'yang', 'laku', 'terjual', 'kejual', 'lakunya', 'ya', 'cuma', 'cm', 'biji', 'pcs', 'buah']);
const KEPT_SOLD = new Set(['laku', 'terjual', 'kejual', 'lakunya']);

/** A clause of only a count of pieces and words saying they are the ones sold: the count, or null. */
function keptClause(a: Analysis, s: number, e: number): number | null {
  let count: number | null = null;
  let sold = false;
  for (let k = s; k < e; k++) {
    const t = a.tokens[k] as Token;
    const x = a.numIn[k] as number;
    if (x >= 0) {
      const ex = a.nums[x];
      if (!ex || count !== null || ex.strength !== 0 || ex.rupiah === null || ex.rupiah >= 1000) return null;
      count = ex.rupiah;
      k = ex.end - 1;
      continue;
    }
    if (t.type !== T_WORD || !KEPT.has(t.key)) return null;
    if (KEPT_SOLD.has(t.key)) sold = true;
  }
  return sold ? count : null;
}

/** The sale read without the return clauses, netted; null when the message is not that shape. */
export function netReturnedPieces(a: Analysis): RecordScan | null {
  const words = returnWords(a) ?? piecesCameBack(a);
  if (!words) return null;
  const n = a.tokens.length;
  const hide = new Uint8Array(n);
  let back: number | null = null;
  let clauses = 0;
  for (let i = 0; i < n; i++) {
    if (words[i] === 0) continue;
    // The whole clause around a return word is the return's.
    let s = i;
    while (s > 0 && !clauseEdge(a.tokens[s - 1])) s--;
    // "…, tp 1 dibalikin": the "but" that opens the clause is the return's too.
    if (s > 0 && a.tokens[s - 1]?.type === T_WORD && BUT.has((a.tokens[s - 1] as Token).key)) s--;
    let e = i;
    while (e < n && !clauseEdge(a.tokens[e])) e++;
    if (hide[i] !== 0) continue;
    clauses++;
    for (let k = s; k < e; k++) {
      hide[k] = 1;
      const t = a.tokens[k] as Token;
      if (t.type === T_WORD && EXCHANGE.has(t.key)) return null;
      const x = a.numIn[k] as number;
      if (x < 0) continue;
      const ex = a.nums[x];
      // A count is a plain small number; money in a return clause is a return of its own.
      // ("satu dibalikin": the count in words, as in digits.)
      if (!ex || !(t.type === T_NUM || ex.words) || ex.start !== k || ex.strength !== 0 || ex.rupiah === null || ex.rupiah >= 1000) return null;
      if (back !== null) return null;
      back = ex.rupiah;
      k = ex.end - 1;
    }
    i = e - 1;
  }
  if (back === null || clauses > 3) return null;
  // "…, 1 balik lagi, jadi bayar 80rb": what she was paid in the end, after the return clause — her check on the net.
  let stated: number | null = null;
  let last = n;
  while (last > 0 && hide[last - 1] !== 0) last--;
  let s0 = last;
  while (s0 > 0 && !clauseEdge(a.tokens[s0 - 1])) s0--;
  let keptSaid: number | null = null;
  if (s0 < last && s0 > 0 && hide[s0 - 2] !== 0) {
    stated = outcomeClause(a, s0, last);
    // "…, satu dibalikin, jadi 4 aja yg laku": the pieces kept, her own count (checked below).
    if (stated === null) keptSaid = keptClause(a, s0, last);
    if (stated !== null || keptSaid !== null) for (let k = s0 - 1; k < last; k++) hide[k] = 1;
  }
  const scan = scanRecord(withoutTokens(a, hide));
  const sale = scan.entries[0];
  if (scan.entries.length !== 1 || !sale || sale.kind !== 'sale' || scan.unresolved.length > 0 || scan.wordsOnly.length > 0 ||
    scan.leftover > 0 || sale.quantity === null || sale.unitPrice === null || !Number.isInteger(sale.quantity) ||
    back >= sale.quantity || sale.notes.length > 0 || scan.discounted) return null;
  sale.quantity -= back;
  sale.amount = sale.quantity * sale.unitPrice;
  if ((stated !== null && stated !== sale.amount) || (keptSaid !== null && keptSaid !== sale.quantity)) scan.totalMismatch = true;
  return scan;
}

/**
 * One of the pieces just sold got a price of its own: "jual 3 kaos @65rb, yg 1 diskon 10rb",
 * "jual madu 3 botol, sebotol 85rb, 1 orang minta diskon 5rb", "jual bros 4 biji @15k tapi yg
 * 1 ditawar jadi 12k", "laku 3 kaos @65rb, yg 1 potong 10rb" (after "yg 1" the piece is named, so
 * "potong" is the cut), "yg 1 harganya 60rb" (that piece's own price). The clause names its scope — one piece ("yg 1", "yang satu", "satunya")
 * or one buyer ("1 orang", "seorang", "1 pembeli") — so the discount is taken once (185.000),
 * and a price bargained for that one piece replaces its price each (3 × 15k + 12k = 57.000).
 * A plain "diskon 10rb" on several pieces leaves each-or-whole unsaid and stays asked
 * (discount-scope.ts); this scope word is what decides it.
 *
 * The clause is hidden before the sale is read and applied after, only to exactly one sale
 * with a count of two or more and its price each written (the count × the price is the
 * sale); the discount must be less than one piece's price, a bargained price lower than it.
 * Anything else that names such a clause is asked ('discount'), never recorded at the full price.
 */
import type { Analysis } from './analyze.ts';
import { DISCOUNT_WORDS, isDiscountWord } from './discount-word.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import type { EntryOut } from './entry-drafts.ts';
import type { RecordScan } from './scan-record.ts';
import { present, trigger } from './triggers.ts';

/** Bargaining words: "yg 1 ditawar jadi 12k", "satunya nego 12rb". */
const HAGGLE = new Set(['ditawar', 'nawar', 'ditawarin', 'nego', 'dinego', 'ditawar2', 'ditawar-tawar']);
/** "yg 1", "yang satu": which piece. */
const WHICH = new Set(['yg', 'yang', 'yng']);
/** Words that name the one piece or buyer on their own. */
const ONE_WORDS = new Set(['satunya', 'seorang', 'sebiji', 'sepotong', 'sebotol', 'selembar', 'sepasang', 'sebuah']);
/** After the count: one buyer. */
const PERSON = new Set(['orang', 'org', 'pembeli', 'customer', 'cust', 'pelanggan', 'langganan', 'ibu', 'bu', 'nya']);
/** Words between the scope and the discount or bargain: "1 orang minta diskon", "yg 1 aku kasih potongan". */
const FILL = new Set(['minta', 'dikasih', 'kasih', 'kukasih', 'dikasi', 'kasi', 'ngasih', 'dapat', 'dapet', 'aku', 'saya', 'sy', 'ak',
  'gw', 'sa', 'pake', 'pakai', 'ada', 'cuma', 'cm']);
/** The one piece's own price: "yg 1 harganya 60rb" (it went for less than the rest). */
const OWN_PRICE = new Set(['harga', 'harganya', 'hrg', 'hrgnya', 'hargane', 'regane']);
const T_ONE_PIECE = trigger(HAGGLE, DISCOUNT_WORDS, OWN_PRICE);
/** Words before the bargained price: "ditawar jadi 12k". */
const RESULT = new Set(['jadi', 'jd', 'jdi', 'ke', 'mjd', 'menjadi']);
/** "tapi yg 1 …": but opens the clause as a comma does. */
const BUT = new Set(['tapi', 'tp', 'tpi', 'tetapi', 'namun', 'cuma', 'trus', 'terus']);
/** Words that may close the clause: "diskon 5rb aja". */
const TAIL = new Set(['aja', 'saja', 'ya', 'deh', 'doang']);

export interface OnePieceOff {
  /** The clause's tokens, to hide before the sale is read. */
  hide: Uint8Array;
  /** Taken off once ("yg 1 diskon 10rb"). */
  off: number | null;
  /** The price the one piece went for ("yg 1 ditawar jadi 12k"). */
  price: number | null;
  /** Said of one buyer ("1 orang minta diskon 5rb"), not one piece. */
  person: boolean;
}

function edge(t: Token | undefined): boolean {
  return t === undefined || t.type === T_NL || (t.type === T_PUNCT && (t.text === ',' || t.text === '.' || t.text === ';')) ||
    (t.type === T_WORD && BUT.has(t.key));
}

function isOne(t: Token | undefined): boolean {
  if (t === undefined) return false;
  if (t.type === T_NUM) return t.text === '1';
  return t.type === T_WORD && (t.key === 'satu' || t.key === 'siji');
}

/** The money at token k (its first token), or null. */
function moneyAt(a: Analysis, k: number): { end: number; rupiah: number } | null {
  const ex = a.nums[a.numIn[k] ?? -1];
  if (ex === undefined || ex.start !== k || ex.rupiah === null || ex.strength === 0) return null;
  return { end: ex.end, rupiah: ex.rupiah };
}

/** The one-piece clause after a sale, or null. */
export function onePieceOff(a: Analysis): OnePieceOff | null {
  if (!present(a, T_ONE_PIECE)) return null;
  const { tokens } = a;
  let found: OnePieceOff | null = null;
  for (let s = 1; s < tokens.length; s++) {
    if (!edge(tokens[s - 1])) continue;
    // The scope: "yg 1", "yang satu(nya)", "1 orang", "satunya", "seorang", "1 …" before the discount.
    let k = s;
    let person = false;
    let which = false;
    const t = tokens[k] as Token;
    // ("yang satu potong 5rb": the lexer joins "satu potong", one piece; after "yang" it is the one and the cut.)
    let cut = false;
    if (WHICH.has(t.key) && tokens[k + 1]?.key === 'satu potong') {
      cut = true;
      k += 1;
    } else if (WHICH.has(t.key) && isOne(tokens[k + 1])) {
      which = true;
      k += 2;
      if (tokens[k]?.key === 'nya') k++;
    } else if (t.type === T_WORD && ONE_WORDS.has(t.key)) {
      person = t.key === 'seorang';
      k += 1;
    } else if (isOne(t)) {
      k += 1;
      if (tokens[k]?.type === T_WORD && PERSON.has((tokens[k] as Token).key)) {
        person = tokens[k]?.key !== 'nya';
        k++;
      }
    } else continue;
    let fills = 0;
    while (!cut && fills < 2 && tokens[k]?.type === T_WORD && FILL.has((tokens[k] as Token).key)) {
      k++;
      fills++;
    }
    let off: number | null = null;
    let price: number | null = null;
    // "yg 1 potong 10rb": after "yg 1" the piece is named already, so "potong" is the cut, not
    // "1 potong" (one piece) — isDiscountWord reads a number before it as a count.
    if (cut || isDiscountWord(tokens, k) || (which && tokens[k]?.type === T_WORD && (tokens[k] as Token).key === 'potong')) {
      const m = moneyAt(a, k + 1);
      if (m === null) continue;
      off = m.rupiah;
      k = m.end;
    } else if (tokens[k]?.type === T_WORD && (HAGGLE.has((tokens[k] as Token).key) || (which && OWN_PRICE.has((tokens[k] as Token).key)))) {
      k++;
      if (RESULT.has(tokens[k]?.key ?? '')) k++;
      const m = moneyAt(a, k);
      if (m === null) continue;
      price = m.rupiah;
      k = m.end;
    } else continue;
    while (tokens[k]?.type === T_WORD && TAIL.has((tokens[k] as Token).key)) k++;
    const close = tokens[k];
    if (!(close === undefined || close.type === T_NL || (close.type === T_PUNCT && (close.text === ',' || close.text === '.' || close.text === ';')))) continue;
    // One such clause only: two ("yg 1 diskon 5rb, yg 1 lagi 10rb") is asked as before.
    if (found !== null) return null;
    const hide = new Uint8Array(tokens.length);
    // The "but" that opens the clause goes with it.
    const from = tokens[s - 1]?.type === T_WORD ? s - 1 : s;
    for (let j = from; j < k; j++) hide[j] = 1;
    found = { hide, off, price, person };
    s = k;
  }
  return found;
}

// Without these words it reads nothing (its first test): its caller does not call it (guard-lists.ts says why).
onePieceOff.words = T_ONE_PIECE;

/** Applies the clause to the scan's one sale and returns it; null when it cannot be applied safely (then asked). */
export function applyOnePieceOff(clause: OnePieceOff, scan: RecordScan): EntryOut | null {
  const sales = scan.entries.filter((e) => e.kind === 'sale');
  const sale = sales[0];
  if (sales.length !== 1 || sale === undefined || scan.discounted || scan.unresolved.length > 0) return null;
  const n = sale.quantity;
  const each = sale.unitPrice;
  if (n === null || !Number.isInteger(n) || n < 2 || each === null || n * each !== sale.amount) return null;
  if (clause.off !== null) {
    if (clause.off <= 0 || clause.off >= each) return null;
    sale.amount -= clause.off;
  } else if (clause.price !== null) {
    // A bargain is for one piece: a buyer's price is said of one, never of several.
    if (clause.person || clause.price <= 0 || clause.price >= each) return null;
    sale.amount = (n - 1) * each + clause.price;
  } else return null;
  sale.unitPrice = null;
  return sale;
}

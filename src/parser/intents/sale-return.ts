/**
 * Returns: goods a buyer brought back ("retur 1 mukena 90rb", "dikembalikan pembeli 1 gamis
 * 120rb", "barang kembali 2 bros 30rb"). The words of the return are hidden and the rest is
 * read as sales lines; record.ts turns those sales negative, so every sum over sales nets
 * the return. What cannot be read safely records nothing and says why: a return with no
 * amount (she is asked for it), or a return written with other records in one message
 * (which lines came back is not clear).
 */
import type { Analysis } from '../analyze.ts';
import { T_WORD, type Token } from '../lexer.ts';
import { isReturnWord, refundUnclear, returnToSupplier, returnWords } from '../money-owner.ts';
import { scanRecord, type RecordScan } from '../scan-record.ts';
import { hideRecipient, moneyBackUnclear } from '../money-back-giver.ts';
import { isReasonPhrase } from '../comment-clause.ts';
import type { ParseResult } from '../types.ts';
import { F_EXPENSE, F_SALE, G_CAPITAL, G_HONORIFIC, G_ORDER, G_WITHDRAW } from '../word-roles.ts';
import { isDpAt } from './down-payment.ts';

const CANCEL_WORDS = new Set(['batal', 'dibatalkan', 'batalkan', 'cancel', 'dicancel', 'gak', 'jadi', 'tidak']);
import { hiddenView } from './read-rest.ts';
import { notRecorded } from './record-owner.ts';

/** A verb of another record among the words left: "laku 3 bros 45rb, retur 1 bros 15rb". */
function otherVerb(a: Analysis, hide: Uint8Array): boolean {
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (hide[i] !== 0 || t.type !== T_WORD) continue;
    if ((t.f & (F_SALE | F_EXPENSE)) !== 0 || (t.f2 & (G_WITHDRAW | G_CAPITAL)) !== 0) return true;
  }
  return false;
}

/** Asking for the money back: "minta refund", "minta uangnya dibalikin", "ngajuin refund". */
const REQUEST = new Set(['minta', 'meminta', 'mintak', 'nuntut', 'menuntut', 'ngajuin', 'mengajukan', 'ajukan', 'nagih', 'njaluk', 'nyuwun',
  'menta', 'ngarep', 'pengen', 'pingin']);
/** Words between the request and the give-back word: "minta uangnya dibalikin", "minta duit balik". */
const REQUEST_GAP = new Set(['uang', 'uangnya', 'duit', 'duitnya', 'dana', 'dananya', 'di', 'untuk', 'buat']);

function requested(a: Analysis): boolean {
  const { tokens } = a;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || !REQUEST.has(t.key)) continue;
    let j = i + 1;
    while (j < tokens.length && j <= i + 2 && REQUEST_GAP.has((tokens[j] as Token).key)) j++;
    if (tokens[j] !== undefined && (tokens[j] as Token).type === T_WORD && isReturnWord((tokens[j] as Token).key)) return true;
  }
  return false;
}

/**
 * One line of goods with no money and one amount with no goods: the amount is what those
 * goods brought back. Only exactly that shape; anything else stays as read (asked).
 */
function mergeGoodsAndMoney(scan: RecordScan): void {
  const [goods] = scan.unresolved;
  const [money] = scan.entries;
  if (scan.unresolved.length !== 1 || scan.entries.length !== 1 || !goods || !money || goods.reason !== 'no_amount') return;
  if (goods.quantity === null && goods.item === null) return;
  if (money.item !== null || money.quantity !== null || money.unitPrice !== null || money.kind !== 'sale') return;
  money.item = goods.item;
  money.quantity = goods.quantity;
  money.unit = goods.unit;
  scan.unresolved.length = 0;
}

/**
 * The return's lines read as sales, or the result to give instead (nothing recorded); null
 * when the message holds no line at all ("gimana cara retur?": not a record).
 */
export function readReturn(a: Analysis, something: boolean): { scan: RecordScan; note?: string } | { result: ParseResult } | null {
  // Goods back to her supplier ("retur 5 kerudung ke grosir 200rb"), or a bare "refund 50rb"
  // (to a buyer, or from the supplier?): not her sales lowered; asked, nothing recorded.
  if (returnToSupplier(a)) return { result: notRecorded('supplier_return') };
  if (refundUnclear(a)) return { result: notRecorded('refund_unclear') };
  // "tetangga balikin 100rb", "uang dikembalikan 75rb": no goods, no buyer — money back to her, or to whom? (money-back-giver.ts)
  const back = moneyBackUnclear(a);
  if (back === 'to_her' || back === 'unclear') return { result: notRecorded(back === 'to_her' ? 'money_back_to_her' : 'refund_unclear') };
  const hide = returnWords(a);
  if (!hide) return something ? { result: notRecorded('sale_return') } : null;
  // "kembaliin 30rb ke bu siti", "ngembaliin duit Bu Ani 25rb": given back to a person with no buyer
  // or failed goods shown — a customer's refund, change, or a loan paid back? Read as a return, asked.
  if (back === 'to_person') hideRecipient(a, hide);
  // "kembalikan dp Bu Sri 100rb", "pesanan batal, dp dikembalikan 100rb": a down payment given
  // back lowers her sales (the DP was one), but the order it belonged to is another matter: asked.
  let dpRefund = false;
  for (let i = 0; i < a.tokens.length; i++) {
    const w = isDpAt(a, i);
    if (w === 0) continue;
    dpRefund = true;
    for (let k = i; k < i + w; k++) hide[k] = 1;
  }
  if (dpRefund) {
    for (let i = 0; i < a.tokens.length; i++) {
      const t = a.tokens[i] as Token;
      if (t.type === T_WORD && ((t.f2 & (G_ORDER | G_HONORIFIC)) !== 0 || CANCEL_WORDS.has(t.key))) hide[i] = 1;
      // the customer's name after her title
      if (t.type === T_WORD && (t.f2 & G_HONORIFIC) !== 0 && a.tokens[i + 1]?.type === T_WORD && a.numIn[i + 1] === -1) hide[i + 1] = 1;
    }
  }
  const scan = scanRecord(hiddenView(a, hide), { kind: 'sale', verbSeen: true, strong: true });
  const lines = scan.entries.length > 0 || scan.unresolved.length > 0 || scan.repaySegments > 0;
  if (!lines && !something) return null;
  if (otherVerb(a, hide)) return { result: notRecorded('sale_return_mixed') };
  // Instalments, or lines read as another kind: not a return she can have meant.
  if (scan.repaySegments > 0 || scan.entries.some((e) => e.kind !== 'sale')) return { result: notRecorded('sale_return_mixed') };
  // "dikembalikan pembeli 1 tas, uang balik 85rb": the goods in one clause, the money given
  // back for them in the next — one return.
  mergeGoodsAndMoney(scan);
  // "retur 1 mukena": how much went back is not written; she is asked to write it.
  if (scan.entries.length === 0) return { result: notRecorded('sale_return') };
  // ("balikin duit pembeli 15rb krn barang cacat": why the money went back is no goods.)
  for (const e of scan.entries) if (isReasonPhrase(e.item)) e.item = null;
  // "pembeli minta refund 40rb": the buyer asked for her money back — given, or only asked for?
  if (requested(a)) {
    for (const e of scan.entries) if (e.item !== null && REQUEST.has(e.item)) e.item = null;
    return { scan, note: 'not_a_fact' };
  }
  return dpRefund ? { scan, note: 'dp_refund' } : back === 'to_person' ? { scan, note: 'refund_whom' } : { scan };
}

/**
 * A fee per unit of the goods just counted: "jual ayam potong 5 ekor 45rb/ekor, ongkos potong
 * 5rb/ekor", "beli kambing 2 ekor …, upah jagal 50rb/ekor", "giling kopi 10 kg, ongkos giling
 * 2rb/kg". The fee has no count of its own; the count is that of the entry before it when the
 * units match (ekor with ekor, kg with kg). Read alone it would be one unit's fee, asked.
 *
 * WHY only after a fee word and only on a matching unit: "…, 5rb/ekor" with no fee word may be a
 * second price of the same goods, and a fee per kilo after goods counted in pieces is no product
 * of the two.
 */
import { C_CLEAR } from './confidence.ts';
import type { EntryOut } from './entry-drafts.ts';
import { FEE_WORDS } from './discount-word.ts';
import type { Analysis } from './analyze.ts';
import { T_WORD } from './lexer.ts';

/** How far before the fee's amount its fee word may stand ("biaya sembelih ayam 5rb/ekor"). */
const FEE_WORD_REACH = 4;

/** Whether a fee word names the entry: its item's first word, or a word just before its amount. */
function namedFee(a: Analysis, fee: EntryOut): boolean {
  if (FEE_WORDS.has(fee.item?.split(' ')[0] ?? '')) return true;
  if (fee.at === undefined) return false;
  for (let i = fee.at - 1; i >= 0 && i >= fee.at - FEE_WORD_REACH; i--) {
    const t = a.tokens[i];
    if (t === undefined || t.type !== T_WORD) return false;
    if (FEE_WORDS.has(t.key)) return true;
  }
  return false;
}

/** Whether `fee` is a fee each with no count, after goods counted in the same unit; joined when true. */
export function feeTimesCount(a: Analysis, goods: EntryOut | undefined, fee: EntryOut | undefined): boolean {
  if (goods === undefined || fee === undefined || goods.quantity === null || goods.quantity < 2 || goods.unit === null) return false;
  if (fee.quantity !== null || fee.unitPrice === null || fee.amount !== fee.unitPrice || fee.unit !== goods.unit) return false;
  if (!fee.notes.includes('quantity_missing') || !fee.notes.every((n) => n === 'quantity_missing' || n === 'cheap_each')) return false;
  if (!namedFee(a, fee)) return false;
  const amount = goods.quantity * fee.unitPrice;
  if (!Number.isSafeInteger(amount)) return false;
  fee.quantity = goods.quantity;
  fee.amount = amount;
  fee.notes = fee.notes.filter((n) => n !== 'quantity_missing');
  if (fee.notes.length === 0) fee.confidence = C_CLEAR;
  return true;
}

/** "per", "tiap", "/" before the goods' word. */
const PER = new Set(['per', 'tiap', 'setiap', '/']);

/**
 * "jual 4 kaos @80rb, ongkir 15rb per kaos", "laku 5 gamis …, fee dropshipper 10rb tiap gamis": a fee each
 * of the goods just counted, named by the goods' own word rather than a unit — the goods' count × the fee.
 * (Read alone it was one fee, a confident wrong amount.) Only a fee word's entry with no count of its own.
 */
export function feeTimesGoods(a: Analysis, goods: EntryOut | undefined, fee: EntryOut | undefined): boolean {
  if (goods === undefined || fee === undefined || goods.quantity === null || goods.quantity < 2 || goods.item === null) return false;
  if (fee.quantity !== null || fee.at === undefined || fee.kind !== 'expense' || !namedFee(a, fee)) return false;
  const k = a.numIn[fee.at] ?? -1;
  const ex = k >= 0 ? a.nums[k] : undefined;
  if (ex === undefined || ex.rupiah !== fee.amount) return false;
  const per = a.tokens[ex.end];
  const what = a.tokens[ex.end + 1];
  if (per === undefined || what === undefined || what.type !== T_WORD || !PER.has(per.type === T_WORD ? per.key : per.text)) return false;
  if (!goods.item.split(' ').includes(what.key)) return false;
  const amount = goods.quantity * fee.amount;
  if (!Number.isSafeInteger(amount)) return false;
  fee.unitPrice = fee.amount;
  fee.quantity = goods.quantity;
  fee.amount = amount;
  return true;
}

/**
 * Money in that is not surely a sale of her goods, once read as one: asked, never recorded
 * unasked (a wrong sale recorded with confidence is worse than a question).
 * - "terima 500rb dari mas Budi", "masuk 200rb dari pak RT": from a named person, for nothing named — a sale, a debt
 *   settled, a loan or a gift? ('money_from_whom')
 * - "terima uang koperasi 2jt": the cooperative lends; a loan or capital ('loan_mention').
 * - "dapat 1 juta dari jual motor": her own valuable sold, not her goods ('own_valuable_sold').
 * - "jual pulsa untung 2rb": the profit, not what the buyer paid ('profit_not_sale').
 * - "modal 500rb", "gaji 500rb" alone: capital or stock bought; whose wages ('kind_unclear').
 */
import type { Analysis } from './analyze.ts';
import { T_NUM, T_WORD, type Token } from './lexer.ts';
import type { ParsedEntry } from './types.ts';
import { namesValuable } from './intents/outside-capital.ts';
import { present, trigger } from './triggers.ts';

const TITLES = new Set(['mas', 'mbak', 'mba', 'bu', 'ibu', 'pak', 'bapak', 'bang', 'kak', 'teh', 'aa', 'om', 'tante', 'cik', 'koh', 'ci']);
const GOODS_OR_ORDER = new Set(['dp', 'pesanan', 'pesenan', 'orderan', 'order', 'jualan', 'dagangan', 'utang', 'hutang', 'bon', 'kasbon',
  'cicilan', 'pelunasan', 'lunas']);
const LENDERS = new Set(['koperasi', 'kopwan', 'bmt', 'pnm', 'mekaar', 'bank', 'kur']);
const PROFIT = new Set(['untung', 'laba', 'keuntungan', 'profit']);
const PAYERS = ['pembeli', 'pelanggan', 'konsumen', 'customer', 'customers', 'buyer', 'client'];
/** "pembeli bayar", English "customer paid" / "customer pays": the payer's verb. */
const PAID = new Set(['bayar', 'paid', 'pays', 'pay']);
const BARE_HEADS = new Set(['modal', 'gaji', 'gajian']);
/** A payer's verb: without one, expenses with more than one entry ask nothing here. */
const T_PAID = trigger(PAID);
/** A lender or "dari": without one, sales can only be a profit ('profit_not_sale'). */
const T_SOURCE = trigger(LENDERS, ['dari']);

/** Why money read as a sale (or a bare "modal"/"gaji" expense) has to be asked about, or null. */
export function unclearSource(a: Analysis, entries: readonly ParsedEntry[]): string | null {
  // Ruled out on the entries and the trigger words before the message's words are gathered:
  // every question below is of all-expense or all-sale entries ('kind_unclear' of one expense).
  const allSales = entries.length > 0 && entries.every((e) => e.kind === 'sale');
  const allExpenses = entries.length > 0 && !allSales && entries.every((e) => e.kind === 'expense');
  if (allExpenses ? entries.length !== 1 && !present(a, T_PAID) : !allSales) return null;
  if (allSales && !present(a, T_SOURCE)) return profitNotSale(a, entries);
  const words = a.tokens.filter((t, i) => t.type === T_WORD && a.numIn[i] === -1);
  const keys = new Set(words.map((t) => t.key));
  if (entries.length === 1 && entries[0]?.kind === 'expense' && words.length === 1 && BARE_HEADS.has(words[0]?.key ?? '')) {
    return 'kind_unclear';
  }
  // "ada yg bayar permak celana 25rb", "terima cuci karpet … ongkos 45rb udah bayar": someone
  // paid her for work, or she paid? Not her expense unasked.
  if (entries.length > 0 && entries.every((e) => e.kind === 'expense') && (words.some((t, i) => PAYERS.includes(t.key) && PAID.has(words[i + 1]?.key ?? '')) ||
    (keys.has('terima') && keys.has('bayar')) || (keys.has('ada') && keys.has('bayar')))) return 'payer_unclear';
  const sales = entries.filter((e) => e.kind === 'sale');
  if (sales.length === 0 || sales.length !== entries.length) return null;
  if ([...keys].some((k) => LENDERS.has(k))) return 'loan_mention';
  const profit = profitNotSale(a, entries);
  if (profit !== null) return profit;
  const dari = words.findIndex((t) => t.key === 'dari');
  // ("masuk 200rb dari pak RT": money came in from a named person, as "terima" says.)
  if (dari >= 0 && (keys.has('dapat') || keys.has('dapet') || keys.has('terima') || keys.has('masuk'))) {
    if (sales.some((e) => namesValuable(e.item))) return 'own_valuable_sold';
    const next = words[dari + 1];
    if (next !== undefined && TITLES.has(next.key) && sales.every((e) => (e.item === null || e.item.split(' ').every((w) => TITLES.has(w))) && e.quantity === null) &&
      ![...keys].some((k) => GOODS_OR_ORDER.has(k)) && a.tokens.filter((t) => t.type === T_NUM).length === 1) return 'money_from_whom';
  }
  return null;
}

/** "jual pulsa untung 2rb": the one amount follows a profit word. */
function profitNotSale(a: Analysis, entries: readonly ParsedEntry[]): string | null {
  if (entries.length === 1 && a.nums.length === 1) {
    const before = a.tokens[(a.nums[0]?.start ?? 0) - 1] as Token | undefined;
    if (before !== undefined && PROFIT.has(before.key)) return 'profit_not_sale';
  }
  return null;
}

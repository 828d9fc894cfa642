/**
 * Gold is savings as often as it is stock (issue 15): "beli emas 1jt", "beli kalung emas 3jt",
 * "jual cincin emas 2jt" may be her household putting money into gold (or taking it out), or a
 * jewellery trade buying and selling. Neither is recorded unasked unless the message says which:
 *
 * - savings said ("beli emas 2 gram buat tabungan", "buat investasi", "buat simpanan"): not the
 *   business's money, nothing recorded (`not_business_money`);
 * - the trade said (`laku`/`terjual` — a buyer bought it from her —, `kulakan`, `stok`,
 *   `dagangan`, `buat dijual (lagi)`, a customer or a titled buyer named): recorded as read;
 * - otherwise asked (`gold_unclear`).
 *
 * Golden-coloured goods are no gold: "benang emas", "pita emas", "kertas emas", and amounts
 * under Rp100.000 (no gold jewellery costs that little).
 */
import type { Analysis } from './analyze.ts';
import { T_WORD, type Token } from './lexer.ts';
import type { ParsedEntry } from './types.ts';
import { G_HONORIFIC } from './word-roles.ts';
import { present, trigger } from './triggers.ts';

const GOLD = new Set(['emas', 'perhiasan', 'antam', 'lm', 'logam mulia']);
const T_GOLD = trigger(GOLD);
/** Words before "emas" that make it a colour: "benang emas", "warna emas". */
const COLOUR_OF = new Set(['benang', 'pita', 'kertas', 'warna', 'cat', 'tinta', 'kain', 'renda', 'payet', 'manik', 'manik-manik',
  'glitter', 'prada', 'list', 'lis', 'huruf', 'tulisan', 'motif', 'bordir', 'sulam', 'kuning', 'kado', 'bungkus', 'tali']);
/** Savings or an investment: the household's, not the business's. */
const SAVINGS = new Set(['tabungan', 'nabung', 'menabung', 'simpanan', 'simpen', 'disimpan', 'investasi', 'invest', 'celengan',
  'tabung', 'nyimpen', 'menyimpan']);
/** The trade said: a buyer bought it from her, stock, goods for sale. */
const TRADE = new Set(['laku', 'terjual', 'kulakan', 'kulak', 'ngulak', 'stok', 'stock', 'restock', 'nyetok', 'dagangan', 'jualan',
  'pembeli', 'pelanggan', 'konsumen', 'customer', 'reseller', 'grosir', 'untung', 'laba']);
/** Selling words after a purpose word: "buat dijual lagi" is stock ("emas dijual 2jt" alone is not). */
const SELL = new Set(['jual', 'dijual', 'dijualin', 'jualin', 'dijual lagi', 'jual lagi']);
const PURPOSE = new Set(['buat', 'untuk', 'utk', 'bwt', 'mau', 'akan']);
const LOW = 100_000;

function isGold(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.type !== T_WORD || !GOLD.has(t.key)) return false;
  const before = tokens[i - 1];
  return !(t.key === 'emas' && before?.type === T_WORD && COLOUR_OF.has(before.key));
}

/**
 * What to do with a record that buys or sells gold: 'savings' (nothing recorded), 'ask'
 * (`gold_unclear`) or null (no gold, or the trade is said).
 */
export function goldUnclear(a: Analysis, entries: readonly ParsedEntry[]): 'savings' | 'ask' | null {
  if (!present(a, T_GOLD)) return null;
  const { tokens } = a;
  let gold = false;
  for (let i = 0; i < tokens.length; i++) if (isGold(tokens, i)) gold = true;
  if (!gold) return null;
  if (!entries.some((e) => (e.kind === 'sale' || e.kind === 'expense') && Math.abs(e.amount) >= LOW)) return null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (SAVINGS.has(t.key)) return 'savings';
    // "laku", a buyer, stock words; "buat dijual lagi" is stock bought for the trade.
    if (TRADE.has(t.key) || TRADE.has(t.text) || (t.f2 & G_HONORIFIC) !== 0) return null;
    if ((SELL.has(t.key) || SELL.has(t.text)) && PURPOSE.has(tokens[i - 1]?.key ?? '')) return null;
  }
  return 'ask';
}

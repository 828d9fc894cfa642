/**
 * An item's cost beside her selling price: "laku gamis 1, modal 120rb jual 150rb", "voucher data
 * 10GB modalnya 47rb aku jual 55rb, laku 1", "jual 2 paket data: 3GB modal 18rb dijual 22rb, 8GB
 * modal 40rb dijual 45rb", "jual pulsa 3x: 10rb jual 12rb, 25rb jual 27rb, 50rb jual 51rb / total
 * 90rb", "jual pulsa bu RT 50rb (jual 51.500) sama mas Andi 20rb (jual 22rb) total 73.500".
 *
 * WHY: the cost (modal / beli / kulak) or the face value of a top-up is what the goods cost her
 * when she bought her stock — recorded then. Her sale is the selling price only. Read amount by
 * amount, the cost became a second sale ("laku kerudung modal 30rb jual 45rb" was two confident
 * sales) or an expense, a data size ("10GB") or a count ("laku 1") a sale of Rp1, and a total that
 * only restates her prices a sale of its own.
 *
 * Only pairs written tight: a cost word right before the cost ("modal 18rb", "modalnya 47rb",
 * "beli 40rb"), then at most a pronoun ("aku", "saya"), a selling word and the price; or, in a
 * message about top-ups (pulsa, token, voucher, paket data…), a face value then a selling word and
 * the price ("10rb jual 12rb", "50rb (jual 51.500)"), the price a margin above it. Every other
 * amount in the message must be a data size, a count equal to the pairs ("laku 1", "jual 2
 * paket", "3x"), a total equal to the prices, or a profit equal to prices minus costs: else the
 * message is left to the other readers as it is. A price below its cost is left too. With only a
 * passive "dijual" (no "jual", "laku" of hers) the prices may be only on offer: the sales are
 * shown and asked. Near-misses kept: "beli stok pulsa 500rb" (no pair), "modal 1jt dari suami"
 * (capital), "jual pulsa 10rb" (one sale), "harga modal 40rb, jual 50rb" (a comma between: her
 * day's cost and takings), "jual 500rb modal 300rb" (the sale first).
 */
import type { Analysis } from './analyze.ts';
import type { NumExpr } from './amount.ts';
import { T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import { F_NEG } from './word-roles.ts';

const COST = new Set(['modal', 'modalnya', 'modale', 'modalne', 'hpp', 'beli', 'belinya', 'kulak', 'kulakan', 'kulaknya', 'tuku']);
const FACE = new Set(['pulsa', 'token', 'kuota', 'voucher', 'vocer', 'voucer', 'vcr', 'paket', 'saldo', 'data', 'listrik']);
/** Her selling word between the cost and the price ("jual", "dijual", "harga jual", "laku"). */
const SELL = new Set(['jual', 'dijual', 'jualnya', 'dijualnya', 'kujual', 'harga', 'hrg', 'harganya', 'laku', 'lakunya', 'terjual',
  'didol', 'dol', 'diadol']);
/** Her own selling, said anywhere: a done sale, not only a price on offer. */
const HER_SALE = new Set(['jual', 'jualnya', 'kujual', 'laku', 'lakunya', 'terjual', 'kejual', 'payu', 'dol']);
/** Who sold, between the cost and the selling word: "modalnya 47rb aku jual 55rb". */
const PRONOUN = new Set(['aku', 'saya', 'sy', 'ku', 'ak', 'gw', 'gue', 'gua', 'aq', 'tak', 'terus', 'trus', 'trs', 'lalu']);
const TOTAL = new Set(['total', 'totalnya', 'jumlah', 'jumlahnya', 'semua', 'semuanya', 'smua', 'tot', 'ttl']);
const PROFIT = new Set(['untung', 'untungnya', 'laba', 'labanya', 'keuntungan', 'margin', 'marginnya', 'bati', 'bathi', 'cuan', 'profit']);
/** Words that may stand between a total or profit word and its amount. */
const BRIDGE = new Set(['jual', 'penjualan', 'bersih', 'jadi', 'jd', 'nya', 'semua', 'semuanya']);
const SIZES = new Set(['gb', 'mb', 'giga', 'g']);
const AGAIN = new Set(['lagi', 'nya']);
const T_COST_SELL = trigger(COST, FACE);

export interface CostSell {
  /** Her selling prices, in order: the sales. */
  prices: number[];
  /** Her own sale said (not only a passive "dijual"). */
  hers: boolean;
  /** A price below its cost ("modal 150rb jual 120rb"): a loss, or the two swapped. */
  below: boolean;
}

/** The token at i is a word in `set` (its key or text). */
function isWord(tokens: readonly Token[], i: number, set: ReadonlySet<string>): boolean {
  const t = tokens[i];
  return t !== undefined && t.type === T_WORD && (set.has(t.key) || set.has(t.text.toLowerCase()));
}

/** The selling word's end at i ("jual", "harga jual", "(jual"), or -1. */
function sellAt(tokens: readonly Token[], i: number, bracket: boolean): number {
  let j = i;
  if (bracket && tokens[j]?.type === T_PUNCT && tokens[j]?.text === '(') j++;
  if (!isWord(tokens, j, SELL)) return -1;
  j++;
  // "harga jual", "tak jual", "jual lagi"
  while (isWord(tokens, j, SELL) || isWord(tokens, j, AGAIN)) j++;
  return j;
}

const COST_NOUN = new Set(['modal', 'modalnya', 'modale', 'modalne', 'hpp']);
/** Words after "modal" that make it the business's capital, never one item's cost. */
const NOT_GOODS = new Set(['awal', 'usaha', 'dari', 'dr', 'buat', 'untuk', 'utk', 'tambah', 'tambahan', 'warung', 'toko', 'jualan',
  'dagang', 'dagangan', 'kerja', 'masuk', 'pribadi', 'sendiri', 'suami', 'ibu', 'bapak', 'pinjaman']);

/** One or two goods words between a cost noun and the amount ending at `i`: "modal gamis 120rb". */
function costOfGoods(tokens: readonly Token[], i: number): boolean {
  for (let k = i; k >= i - 1 && k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.type !== T_WORD || NOT_GOODS.has(t.key) || t.info !== null || t.f !== 0) return false;
    if (isWord(tokens, k - 1, COST_NOUN)) return true;
  }
  return false;
}

/** The prices of the cost-and-price pairs when every amount of the message is accounted for, or null. */
export function costSell(a: Analysis): CostSell | null {
  if (!present(a, T_COST_SELL)) return null;
  const { tokens, nums } = a;
  if (tokens.some((t) => (t.f & F_NEG) !== 0 || t.text === '?')) return null;
  const face = tokens.some((t) => t.type === T_WORD && FACE.has(t.key));
  const numAt = new Map<number, NumExpr>();
  for (const n of nums) numAt.set(n.start, n);
  const used = new Set<NumExpr>();
  const prices: number[] = [];
  let costs = 0;
  let below = false;
  for (const n of nums) {
    if (used.has(n) || n.rupiah === null || n.rupiah < 1000) continue;
    // "modal kerudung 30rb jual 45rb": a cost noun may name the goods first (not "beli kain 100rb
    // jual 200rb": fabric bought, something sold). Never the business's own capital ("modal awal").
    const costWord = isWord(tokens, n.start - 1, COST) || costOfGoods(tokens, n.start - 1);
    if (!costWord && !face) continue;
    let j = n.end;
    if (costWord) while (isWord(tokens, j, PRONOUN)) j++;
    const s = sellAt(tokens, j, !costWord);
    if (s < 0) continue;
    const p = numAt.get(s);
    if (p === undefined || p.rupiah === null || used.has(p)) continue;
    // A face value far from its price, or a price far above its cost: not this pair. (Sold below
    // its cost is a loss she may have meant, or the two swapped: the sales are asked.)
    if ((!costWord && (p.rupiah < n.rupiah || p.rupiah > n.rupiah * 1.5 + 3000)) || p.rupiah > n.rupiah * 3) continue;
    if (p.rupiah < n.rupiah) below = true;
    if (!costWord && tokens[j]?.text === '(' && tokens[p.end]?.text !== ')') continue;
    used.add(n);
    used.add(p);
    prices.push(p.rupiah);
    costs += n.rupiah;
  }
  if (prices.length === 0) return null;
  const sum = prices.reduce((x, y) => x + y, 0);
  for (const n of nums) {
    if (used.has(n)) continue;
    const after = tokens[n.end];
    // "10GB", "3 GB": a data size.
    if (after !== undefined && after.type === T_WORD && SIZES.has(after.text.toLowerCase()) && n.end === n.start + 1) continue;
    // "laku 1", "jual 2 paket", "3x": a count — as many as the pairs.
    if (n.end === n.start + 1 && n.rupiah !== null && n.rupiah < 100 && Number.isInteger(n.rupiah)) {
      if (n.rupiah !== prices.length) return null;
      continue;
    }
    let k = n.start - 1;
    while (k >= 0 && (isWord(tokens, k, BRIDGE) || (tokens[k]?.type === T_PUNCT && (tokens[k]?.text === ':' || tokens[k]?.text === '=')))) k--;
    if (isWord(tokens, k, TOTAL) && n.rupiah === sum) continue;
    if (isWord(tokens, k, PROFIT) && n.rupiah === sum - costs) continue;
    return null;
  }
  return { prices, hers: tokens.some((t) => t.type === T_WORD && HER_SALE.has(t.key)), below };
}

// Without these words it reads nothing (its first test): its caller does not call it (guard-lists.ts says why).
costSell.words = T_COST_SELL;

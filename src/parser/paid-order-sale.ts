/**
 * An order she took and was paid for in full at once is her sale: "alhamdulillah dapet orderan
 * nasi kotak 50 kotak udah dibayar lunas 1.250.000", "orderan kue kering 5 toples @75rb, dibayar
 * cash", "nasi kotak 30 box @20rb pesenan kantor kelurahan, udh dibayar cash".
 *
 * WHY: the order reader asked such an order for the customer's name (`no_customer`), and the
 * record reader guessed the kind of the goods-first form (`kind_guessed`), though nothing is owed
 * and a bookkeeper records the sale. Only an order she received — the noun (`pesanan`, `orderan`,
 * `pesenan`) or a verb after a receiving word (`dapat order`, `ada yg pesen`) — and only goods she
 * sells: an order she placed ("pesan nasi kotak buat arisan", "order kain ke konveksi", an input
 * or ingredient) is her buying, left as it was. How it was paid is paid-up-front.ts's.
 */
import type { Analysis } from './analyze.ts';
import { inputKind } from './business-inputs.ts';
import { kindNamed } from './confidence.ts';
import { boughtInClause, clauseStart } from './day-list-sales.ts';
import type { EntryOut } from './entry-drafts.ts';
import { isDpAt } from './intents/down-payment.ts';
import { T_NUM, T_WORD, type Token } from './lexer.ts';
import { paidUpFrontAt } from './paid-up-front.ts';
import { present, trigger } from './triggers.ts';
import { F_EXPENSE, F_SALE, F_WEAK, G_ORDER, G_SELF } from './word-roles.ts';
import { RESELLERS } from './resellers.ts';
import { TAKER_TITLES } from './takers.ts';

/** Receiving an order: "dapat orderan", "ada pesanan", "terima order", "ada yg pesen". */
const RECEIVE = new Set(['dapat', 'dapet', 'dpt', 'ada', 'terima', 'nerima', 'masuk', 'baru', 'yg', 'yang', 'orang', 'org', 'pelanggan',
  'customer', 'cust', 'pembeli']);
/** Where she would order from: her order placed, not taken. */
const SELLER = new Set(['supplier', 'suplier', 'toko', 'agen', 'grosir', 'grosiran', 'distributor', 'konveksi', 'pabrik', 'pengrajin',
  'juragan', 'tengkulak', 'sales', 'marketplace', 'shopee', 'tokopedia', 'lazada', 'kulakan', 'beli', 'belanja', 'ke']);
/** Her household: "pesan nasi kotak buat arisan" is her buying for it. */
const HOME = new Set(['arisan', 'rumah', 'keluarga', 'anak', 'suami', 'pengajian', 'hajatan', 'syukuran']);
/**
 * Events, not her home: after the noun "pesanan" (an order she received) "buat syukuran" is the
 * customer's event — "pesanan tumpeng 1 buat syukuran 450rb udah bayar lunas". Hers only with her
 * own people or "I" said ("syukuran rumah", "arisan keluarga", "buat syukuran anak saya").
 */
const EVENTS = new Set(['arisan', 'pengajian', 'hajatan', 'syukuran']);

const T_SELLER = trigger(SELLER, HOME);

/** Whom an order is for: "buat arisan", "untuk anak". */
const FOR = new Set(['buat', 'untuk', 'utk', 'bwt', 'bt', 'bagi']);

/**
 * "pesenan risoles 100 pcs x 2500 lunas, td repot ngurus anak yg lagi rewel": a home word in a clause
 * of its own after all the money, with no number and not said as whom the order is for, is a remark
 * about her day — not her household buying.
 */
function remarkAside(a: Analysis, h: number): boolean {
  if (h < 0 || FOR.has(a.tokens[h - 1]?.key ?? '')) return false;
  const start = clauseStart(a.tokens, h);
  if (start === 0) return false;
  return !a.tokens.some((t, i) => i >= start && (t.type === T_NUM || (t.type === T_WORD && ((t.f2 & G_ORDER) !== 0 || FOR.has(t.key)))));
}

/**
 * "pesanan tumpeng 1 350rb udah lunas, belanja bahan 180rb": after an order paid in full, the
 * clauses of what she bought, each with its own strong buying verb, are her costs beside the
 * sale. Returns them and where the first one's clause starts, or null. The paying must be said
 * before them ("…, belanja bahan 180rb, udah lunas" may be the shop paid: asked, as before), and
 * every entry after the order's must be such a purchase.
 */
export function costsAfterPaidOrder(a: Analysis, entries: readonly EntryOut[], paidEnd: number): { costs: EntryOut[]; start: number } | null {
  if (entries.length < 2 || entries[0]?.kind !== 'sale') return null;
  const costs = entries.slice(1);
  let start = -1;
  for (const e of costs) {
    if (e.kind !== 'expense' || e.at === undefined || !boughtInClause(a, e.at)) return null;
    const s = stepStart(a.tokens, e.at);
    if (s < paidEnd || s === 0) return null;
    if (start < 0) start = s;
  }
  return { costs, start };
}

/** Words that open her next step when voice typing leaves out the comma: "… udah lunas terus aku belanja plastik 15000". */
const NEXT_STEP = new Set(['terus', 'trus', 'trs', 'lalu', 'kemudian', 'abis', 'habis', 'setelah', 'sesudah']);

/** Where the step holding token `at` begins: its clause's start, or just after a "terus" in it. */
function stepStart(tokens: readonly Token[], at: number): number {
  const from = clauseStart(tokens, at);
  for (let i = at - 1; i > from; i--) if ((tokens[i] as Token).type === T_WORD && NEXT_STEP.has((tokens[i] as Token).key)) return i;
  return from;
}

/**
 * "pesenan snack 50 kotak harganya 7000 sekotak udah lunas terus saya belanja plastik 15000": money
 * after a strong buying verb past the order word that is none of the order's own figures (`known`).
 * The order reading would drop that purchase unasked; the caller asks instead.
 */
export function purchaseLeftOut(a: Analysis, o: number, known: ReadonlyArray<number | null>): boolean {
  const { tokens } = a;
  for (let i = o + 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || (t.f & F_EXPENSE) === 0 || (t.f & (F_WEAK | F_SALE)) !== 0) continue;
    if (a.nums.some((ex) => ex.start > i && ex.rupiah !== null && ex.rupiah >= 1000 && !known.includes(ex.rupiah))) return true;
  }
  return false;
}

/** Whether the order word at `o` is one she received, in a message of her goods (see the file comment). */
export function paidOrderSale(a: Analysis, o: number, item: string | null, end = a.tokens.length): boolean {
  if (a.tokens.some((_, i) => isDpAt(a, i) > 0)) return false;
  return orderReceived(a, o, item, end);
}

/**
 * "reseller order 50 pcs", "reseller Pekanbaru order …", "resellerku si Ifah pesan …", "dropshipper di
 * Medan order …": a buyer of hers (resellers.ts) orders from her, a name or place between.
 */
const ALREADY = new Set(['udah', 'sudah', 'udh', 'sdh', 'dah', 'tadi', 'td', 'barusan', 'baru', 'br', 'juga', 'jg', 'wis', 'wes', 'lagi', 'lg']);

export function buyerOrders(tokens: readonly Token[], o: number): boolean {
  let j = o - 1;
  // ("reseller Pekanbaru udah order …": "already" before the verb.)
  for (let n = 0; n < 2 && ALREADY.has(tokens[j]?.key ?? ''); n++) j--;
  const name = (k: number): boolean => tokens[k]?.type === T_WORD && tokens[k]?.info === null && (tokens[k]?.key.length ?? 0) >= 3 &&
    !RESELLERS.includes(tokens[k]?.key ?? '');
  if (name(j)) {
    j--;
    if (tokens[j]?.key === 'si' || tokens[j]?.key === 'di' || tokens[j]?.key === 'dari' || TAKER_TITLES.has(tokens[j]?.key ?? '')) j--;
  }
  return RESELLERS.includes(tokens[j]?.key ?? '');
}

/** Whether the order word at `o` is one she received, of goods she sells — however much of it was paid. */
export function orderReceived(a: Analysis, o: number, item: string | null, end = a.tokens.length): boolean {
  const t = a.tokens[o] as Token;
  if (t.type !== T_WORD || (t.f2 & G_ORDER) === 0) return false;
  const received = t.key === 'pesanan' || RECEIVE.has(a.tokens[o - 1]?.key ?? '') || buyerOrders(a.tokens, o);
  const noun = t.key === 'pesanan';
  // (`end`: where the order's own words stop, before the clauses of what she bought for it.)
  const own = end < a.tokens.length ? a.tokens.slice(0, end) : a.tokens;
  if (!received || (present(a, T_SELLER) && own.some((u) => u.type === T_WORD && (SELLER.has(u.key) ||
    (HOME.has(u.key) && !remarkAside(a, own.indexOf(u)) && !(noun && EVENTS.has(u.key) && !a.tokens.some((v) => (v.f2 & G_SELF) !== 0 || (HOME.has(v.key) && !EVENTS.has(v.key))))))))) {
    return false;
  }
  return inputKind(item) === null;
}

/**
 * "nasi kotak 30 box @20rb pesenan kantor kelurahan, udh dibayar cash": the goods and price first,
 * then the order and its paying. The one guessed sale is the order's, paid in full: its kind is named.
 */
export function paidOrderKind(a: Analysis, entries: { kind: string; item: string | null; notes: string[]; confidence: number }[]): void {
  if ((a.f2 & G_ORDER) === 0 || entries.length !== 1) return;
  const e = entries[0] as (typeof entries)[number];
  if (e.kind !== 'sale' || !e.notes.includes('kind_guessed')) return;
  const o = a.tokens.findIndex((t) => t.type === T_WORD && (t.f2 & G_ORDER) !== 0);
  if (o < 0 || !paidOrderSale(a, o, e.item) || paidUpFrontAt(a) === null) return;
  kindNamed(e);
}

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
import { OTHERS } from './other-owner.ts';
import { F_DATE, F_SALE, F_WEAK, G_HONORIFIC } from './word-roles.ts';

const TITLES = new Set(['mas', 'mbak', 'mba', 'bu', 'ibu', 'pak', 'bapak', 'bang', 'kak', 'teh', 'aa', 'om', 'tante', 'cik', 'koh', 'ci']);
const GOODS_OR_ORDER = new Set(['dp', 'pesanan', 'pesenan', 'orderan', 'order', 'jualan', 'dagangan', 'utang', 'hutang', 'bon', 'kasbon',
  'cicilan', 'pelunasan', 'lunas']);
const LENDERS = new Set(['koperasi', 'kopwan', 'bmt', 'pnm', 'mekaar', 'bank', 'kur',
  // Online lending and pay-later, pawnshops: "pinjol cair 1jt", "spaylater cair", "pegadaian cair 2jt" is a loan paid out, no takings.
  'pinjol', 'paylater', 'spaylater', 'kredivo', 'akulaku', 'kta', 'pegadaian', 'gadai', 'leasing']);
/** A fund paid out that is nobody's buying: "dana desa cair", "klaim asuransi cair", "deposito cair". */
const FUNDS_PAID_OUT = new Set(['desa', 'asuransi', 'deposito', 'bpjs', 'jht']);
/** Money paid out: "cair", "dicairkan", "pencairan". */
const PAID_OUT = new Set(['cair', 'dicairkan', 'dicairin', 'pencairan']);
/**
 * Words that say nothing of where a payout came from: the money itself, "already", thanks, her "I". With
 * only these beside "cair" ("cair 400rb", "alhamdulillah dana sudah cair 400rb") a payout of what — her
 * marketplace's takings, a loan, an arisan pot, aid? A marketplace, a selling word or goods keep the sale.
 */
const PAYOUT_SAYS_NOTHING = new Set(['dana', 'danae', 'saldo', 'saldonya', 'uang', 'uangnya', 'duit', 'duitnya', 'sudah', 'udah', 'udh', 'sdh',
  'dah', 'wis', 'geus', 'alhamdulillah', 'alhamdulilah', 'akhirnya', 'baru', 'br', 'tadi', 'td', 'barusan', 'hari', 'ini', 'kemarin', 'kmrn',
  'saya', 'sy', 'aku', 'ak', 'aq', 'gue', 'gw', 'ya', 'yah', 'nih', 'deh', 'dong', 'juga', 'jg', 'sebesar', 'senilai', 'rp', 'masuk', 'msk']);
const PROFIT = new Set(['untung', 'laba', 'keuntungan', 'profit']);
const PAYERS = ['pembeli', 'pelanggan', 'konsumen', 'customer', 'customers', 'buyer', 'client'];
/** "pembeli bayar", English "customer paid" / "customer pays": the payer's verb. */
const PAID = new Set(['bayar', 'paid', 'pays', 'pay']);
const BARE_HEADS = new Set(['modal', 'gaji', 'gajian']);
/** A payer's verb: without one, expenses with more than one entry ask nothing here. */
const T_PAID = trigger(PAID);
const T_BARE_HEADS = trigger(BARE_HEADS);
/** Money sent by transfer: a way anyone sends money (family, a group, a lender, a buyer), so it names no sale. */
// ("kiriman" is a gift word, asked as one: money-owner.ts. "ditransfer" goes either way: "sudah ditransfer ke bu Ani".)
const TRANSFER = new Set(['transfer', 'tf', 'trf', 'trans', 'transferan', 'ditransfer']);
/** Words of money coming in: "terima", "dapat", "masuk"; a transfer received says it by itself ("transferan"). */
const RECEIVED = new Set(['dapat', 'dapet', 'terima', 'nerima', 'diterima', 'menerima', 'masuk', 'transferan']);
/**
 * Who money may come from that is no buyer: a group or an office ("dari kelompok", "dari kantor desa"), people
 * named by a pronoun ("dari dorang", "dari dia", "dari mereka"), and other people (other-owner.ts's OTHERS).
 */
const GROUPS = new Set(['kelompok', 'klompok', 'paguyuban', 'komunitas', 'pkk', 'dasawisma', 'posyandu', 'majelis', 'pengajian', 'gereja',
  'jemaat', 'masjid', 'kantor', 'desa', 'kelurahan', 'rt', 'rw', 'yayasan', 'lembaga', 'dinas', 'pemda', 'kecamatan', 'bumdes', 'ketua',
  'bendahara']);
const SOURCES = new Set([...OTHERS, ...GROUPS, 'dorang', 'dong', 'beliau']);
/** Her and the words of the money itself, which an item may hold and still name no goods: "sa terima uang 500rb". */
const NO_GOODS = new Set([...TRANSFER, ...RECEIVED, 'ada', 'uang', 'duit', 'dana', 'doi', 'saya', 'sy', 'aku', 'ak', 'gue', 'gw', 'sa', 'beta', 'kami',
  'kita', 'ane', 'tadi', 'td', 'barusan', 'hari', 'ini', 'kemarin', 'kmrn', 'pu', 'punya', 'nya', 'dari', 'dr', 'di', 'udah', 'sudah',
  'sdh', 'udh', 'baru']);
/**
 * Wallets and banks money is sent through: after "dari" they say how the money came, not who sent it
 * ("transfer dari Dana 250rb masuk", "tf masuk dari BCA 100rb"): a transfer from nobody named.
 */
const THROUGH = new Set(['dana', 'ovo', 'gopay', 'shopeepay', 'spay', 'linkaja', 'bca', 'bri', 'bni', 'mandiri', 'bsi', 'btn', 'seabank',
  'jago', 'rekening', 'rek', 'mbanking', 'brimo', 'livin']);
/** A lender, "dari" or a transfer word: without one, sales can only be a profit ('profit_not_sale'). */
const T_SOURCE = trigger(LENDERS, ['dari'], TRANSFER, PAID_OUT);

/** Why money read as a sale (or a bare "modal"/"gaji" expense) has to be asked about, or null. */
export function unclearSource(a: Analysis, entries: readonly ParsedEntry[]): string | null {
  // Ruled out on the entries and the trigger words before the message's words are gathered:
  // every question below is of all-expense or all-sale entries ('kind_unclear' of one expense).
  const allSales = entries.length > 0 && entries.every((e) => e.kind === 'sale');
  const allExpenses = entries.length > 0 && !allSales && entries.every((e) => e.kind === 'expense');
  if (!allExpenses && !allSales) return null;
  // Expenses with no paying word: only "modal 500rb" alone ('kind_unclear') can be asked below,
  // which needs no gathering of the words (every lone expense comes here).
  if (allExpenses && !present(a, T_PAID)) return entries.length === 1 && present(a, T_BARE_HEADS) && onlyBareHead(a) ? 'kind_unclear' : null;
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
  // ("cair 400rb": paid out, and nothing says by whom — her marketplace's takings, or a loan, a pot, aid?)
  if (sales.length === 1 && words.some((t) => PAID_OUT.has(t.key)) && words.every((t) => PAID_OUT.has(t.key) ||
    PAYOUT_SAYS_NOTHING.has(t.key) || (t.f & F_DATE) !== 0)) return 'payout_whose';
  // ("dana desa cair 1jt": a fund paid out to her is no sale unasked — whose money, for what?)
  if ([...keys].some((k) => PAID_OUT.has(k)) && [...keys].some((k) => FUNDS_PAID_OUT.has(k))) return 'money_from_whom';
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
  return moneyInForNothing(a, words, keys, sales);
}

/** The message's one word (not of an amount) is a bare head: "modal 500rb", "gaji 1,2jt". */
function onlyBareHead(a: Analysis): boolean {
  let only: Token | null = null;
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (t.type !== T_WORD || a.numIn[i] !== -1) continue;
    if (only !== null) return false;
    only = t;
  }
  return only !== null && BARE_HEADS.has(only.key);
}

/** A word a name follows: a title ("bu Lurah") or a group ("kelompok tani", "kantor desa"). */
function namesBefore(t: Token): boolean {
  return (t.f2 & G_HONORIFIC) !== 0 || TITLES.has(t.key) || GROUPS.has(t.key);
}

/**
 * "terima transfer 1jt dari kaka di Jakarta", "sa terima uang 500rb dari dorang pu kelompok", "terima tf 175rb":
 * money received (often by transfer) from someone who is no buyer, or from nobody named, with nothing sold, ordered
 * or owed named. A gift, a loan, a group's fund or a payment? Asked: 'money_from_whom' when a giver is named,
 * 'no_object' (what was it for?) when none is. A buyer ("dari pembeli", "customer"), goods, an order, a count
 * or a strong sale word keep it a sale; so does a shop's channel (QRIS, e-wallets: takings-count.ts).
 */
function moneyInForNothing(a: Analysis, words: readonly Token[], keys: ReadonlySet<string>, sales: readonly ParsedEntry[]): string | null {
  if (a.nums.length !== 1 || sales.length !== 1 || sales.some((e) => e.quantity !== null)) return null;
  if (![...keys].some((k) => RECEIVED.has(k))) return null;
  if ([...keys].some((k) => GOODS_OR_ORDER.has(k) || PAYERS.includes(k) || PAID.has(k) || k === 'pelunasan')) return null;
  if (words.some((t) => (t.f & F_SALE) !== 0 && (t.f & F_WEAK) === 0)) return null;
  // Where the giver lives ("dari kaka di Jakarta") is no goods: the words after "di" may stand in the item.
  const places = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) if ((words[i] as Token).key === 'di') places.add((words[i + 1] as Token).key);
  const dari = words.findIndex((t) => t.key === 'dari');
  const who = dari >= 0 ? words.slice(dari + 1, dari + 3) : [];
  const named = who.some((t) => TITLES.has(t.key) || (t.f2 & G_HONORIFIC) !== 0 || SOURCES.has(t.key));
  // ("dari Dana", "dari BCA": the way it came, the sender still unnamed.)
  const through = dari >= 0 && THROUGH.has(words[dari + 1]?.key ?? '');
  if (dari >= 0 && !named && !through) return null;
  if (through) places.add((words[dari + 1] as Token).key);
  // Every word names the money, her, the giver or where the giver is: no goods, purpose or buyer anywhere.
  const noGoods = words.every((t, i) => NO_GOODS.has(t.key) || TITLES.has(t.key) || (t.f2 & G_HONORIFIC) !== 0 || SOURCES.has(t.key) ||
    places.has(t.key) || (i > 0 && namesBefore(words[i - 1] as Token)));
  if (!noGoods) return null;
  // With nobody named only a transfer is this reader's ("terima 175rb" alone is asked already, record.ts).
  if (!named) return [...keys].some((k) => TRANSFER.has(k)) ? 'no_object' : null;
  return 'money_from_whom';
}

/** "jual pulsa untung 2rb": the one amount follows a profit word. */
function profitNotSale(a: Analysis, entries: readonly ParsedEntry[]): string | null {
  if (entries.length === 1 && a.nums.length === 1) {
    const before = a.tokens[(a.nums[0]?.start ?? 0) - 1] as Token | undefined;
    if (before !== undefined && PROFIT.has(before.key)) return 'profit_not_sale';
  }
  return null;
}

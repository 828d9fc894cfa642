/**
 * Money from her people given for her stock: "dr suami 250rb buat beli bahan", "bapak ngasih
 * 500rb buat kulakan", "dikasih abang 300rb utk beli bahan jahitan", "transferan kakak 1jt buat
 * nambah stok". The giver is her family (money-owner.ts FAMILY) or her kin (kin-money.ts KIN, not
 * friends), and the purpose clause names what a business buys (STOCK_PURPOSE) — capital she put in,
 * as "… buat modal" already is.
 *
 * WHY: before, "buat beli bahan" was read as her own purchase (a confident expense of money she
 * had only been given) or as family money with no business named (not recorded). Only the
 * purpose decides: a home word anywhere ("bahan dapur", "buat masak di rumah", "beli obat") keeps
 * it the family's money (asked or not recorded, as before).
 */
import type { Analysis } from './analyze.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';

/** What a business buys with money put in, named after a purpose word. */
const STOCK_PURPOSE = new Set(['bahan', 'bahan2', 'stok', 'stock', 'setok', 'kulakan', 'kulak', 'nyetok', 'restock', 'dagang',
  'dagangan', 'jualan']);
/** Words that open the purpose ("buat", "untuk"; Javanese "kanggo" is keyed "untuk"). */
const PURPOSE = new Set(['buat', 'untuk', 'utk', 'bwt', 'for', 'gawe']);
/** Home uses: the purpose is the household's, whatever else it names ("bahan dapur", "bahan masakan"). */
const HOME_USE = new Set(['dapur', 'rumah', 'masakan', 'makan', 'sekolah', 'jajan', 'obat', 'berobat', 'beras', 'listrik', 'kontrakan',
  'sewa', 'spp', 'arisan', 'kondangan', 'nikahan', 'hajatan', 'lebaran', 'baju', 'lauk', 'sayur', 'susu', 'popok', 'pampers',
  // Her family's feasts: "bahan kue ulang tahun anak" is a cake for the home, not stock.
  'ultah', 'ulang', 'ulangtahun', 'syukuran', 'sunatan', 'khitanan', 'aqiqah', 'akikah']);
/** Words of giving that follow the giver ("bapak ngasih", "mamak kasih"), by key or as written. */
export const GIVER_VERBS = new Set(['kasih', 'kasi', 'ngasih', 'ngasi', 'ngasihin', 'beri', 'memberi', 'kase', 'kirim', 'ngirim',
  'transfer', 'tf', 'nransfer']);

/** Whether the message names stock bought for the business in a purpose clause, and nothing of the home. */
export function stockPurpose(tokens: readonly Token[]): boolean {
  let open = false;
  let stock = false;
  for (const t of tokens) {
    if (t.type === T_NL || (t.type === T_PUNCT && t.text !== '-')) open = false;
    if (t.type !== T_WORD) continue;
    if (HOME_USE.has(t.key) || HOME_USE.has(t.text)) return false;
    if (PURPOSE.has(t.key) || PURPOSE.has(t.text)) open = true;
    else if (open && STOCK_PURPOSE.has(t.key)) stock = true;
  }
  return stock;
}

/**
 * Her kin beyond money-owner.ts's FAMILY, as givers: Malay and Batak "abang", Minang "amak", "uni",
 * "uda", Betawi "nyak", "babe", Sundanese "ambu", "abah", "teteh", Javanese "mbakyu", "pakde", "bude",
 * in-laws and cousins. (kin-money.ts reads the same people when the money was read as a sale.)
 */
const KIN_GIVERS = new Set(['abang', 'abangku', 'amak', 'nyak', 'enyak', 'babe', 'abah', 'ambu', 'umak', 'mbakyu', 'kakang', 'akang',
  'teteh', 'uni', 'uda', 'om', 'tante', 'paklik', 'bulik', 'pakde', 'bude', 'budhe', 'nenek', 'kakek', 'mbah', 'simbah', 'ipar',
  'iparku', 'sepupu', 'sepupuku', 'kaka', 'ade', 'adek', 'adekku']);
const T_KIN_GIVERS = trigger(KIN_GIVERS);
/** Of KIN_GIVERS, words that are also a title before a name ("bang Ucok", "uni Sari", "tante Rina"). */
const KIN_TITLES = new Set(['abang', 'om', 'tante', 'uda', 'uni', 'teteh', 'akang', 'kakang', 'mbakyu', 'kaka', 'ade', 'adek', 'pakde',
  'bude', 'budhe', 'mbah']);
/** Passive giving or "from" before the giver: "dikasih abang", "dari amak", "transferan uni". */
const GIVEN_FROM = new Set(['dikasih', 'dikasi', 'diberi', 'dikirim', 'dikirimin', 'ditransfer', 'transferan', 'kiriman',
  'dari', 'dr', 'from']);
/** What may follow a kin title when it is the person: an amount, a mark, the end, a giving verb, "saya". */
const AFTER_KIN = new Set(['saya', 'sy', 'aku', 'ku', 'buat', 'untuk', 'utk', 'sebesar', 'uang', 'duit', 'tadi', 'kemarin', 'sendiri']);

/**
 * "dikasih abang 300rb utk beli bahan", "nyak ngasih 200rb buat kulakan": one of her kin gives money
 * (money-owner.ts familyMoney then reads the purpose: stock is capital, a home use her family's money,
 * anything else as before). A title before a name ("dikasih bang Ucok 300rb buat beli bahan": a
 * customer paying up front?) is never her kin.
 */
export function kinGives(a: Analysis): boolean {
  if (!present(a, T_KIN_GIVERS)) return false;
  const { tokens } = a;
  let kin = false;
  for (let i = 0; i < tokens.length && !kin; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || !KIN_GIVERS.has(t.key)) continue;
    const n = tokens[i + 1];
    const before = tokens[i - 1];
    const giving = n?.type === T_WORD && (GIVER_VERBS.has(n.key) || GIVER_VERBS.has(n.text));
    const isPerson = !KIN_TITLES.has(t.key) || n === undefined || n.type !== T_WORD || AFTER_KIN.has(n.key) || giving;
    if (!isPerson) continue;
    // The giving: passive or "from" before her, or her giving verb after her name.
    kin = (before?.type === T_WORD && GIVEN_FROM.has(before.key)) || giving;
  }
  return kin;
}

/** Whether the purpose clause names a home use ("bahan dapur", "beli obat"): the family's money, not the business's. */
export function homePurpose(tokens: readonly Token[]): boolean {
  let open = false;
  for (const t of tokens) {
    if (t.type === T_NL || (t.type === T_PUNCT && t.text !== '-')) open = false;
    if (t.type !== T_WORD) continue;
    if (PURPOSE.has(t.key) || PURPOSE.has(t.text)) open = true;
    else if (open && (HOME_USE.has(t.key) || HOME_USE.has(t.text))) return true;
  }
  return false;
}

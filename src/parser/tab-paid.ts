/**
 * Her own tab at a shop, paid off: "bayar utang ke supplier 300rb", "lunasin bon ke toko kain
 * 150rb", "nyaur utang ning supplier", "bayar bon warung mama Yuli 50rb".
 *
 * WHY: "bayar utang" was read as a repayment of her business loan, so a supplier's credit paid
 * off went into the books as a loan instalment. A repayment is of money lent to her (koperasi,
 * bank, mekaar: "bayar cicilan koperasi 200rb" stays); goods taken on a supplier's credit are an
 * expense — asked, as own-debt.ts asks (she may have recorded the purchase when she took it:
 * note `own_debt`). A tab at an everyday shop (warung, kedai, lapo, lepau; "warung mama Yuli")
 * may be the home's groceries or the business's: asked (note `tab_whose`), never a confident
 * expense or repayment.
 *
 * Only with her paying verb, then the debt word, then (after "ke/di/sama/ka/ning" or right after
 * it) a supplier or shop word the lists know. A person alone after the debt word ("bayar utang ke
 * bu Ani") is left as it was read (debt-repaid.ts and the others decide).
 */
import type { Analysis } from './analyze.ts';
import { T_WORD, type Token } from './lexer.ts';
import { isSupplierWord } from './money-owner.ts';
import { C_DOUBT } from './confidence.ts';
import type { ParseResult } from './types.ts';
import { present, trigger } from './triggers.ts';
import { dayPaid } from './supplier-tab.ts';

/** Her paying off: "bayar", "lunasin", Javanese/Sundanese "nyaur", "mayar", "ngelunasi". */
const PAYING = new Set(['bayar', 'byr', 'bayarin', 'lunasi', 'lunasin', 'ngelunasi', 'ngelunasin', 'melunasi', 'lunas',
  'tf', 'trf', 'transfer', 'tutup', 'nutup',
  // Paid off bit by bit: "nyicil utang ke supplier kain 200rb" is her tab there all the same (not a loan's instalment).
  'nyicil', 'nyicilin', 'cicil', 'mencicil', 'dicicil', 'ngangsur', 'angsur', 'mengangsur', 'nyicilan']);
/** Her debt at a shop. */
const OWE = ['utang', 'hutang', 'bon', 'kasbon', 'bonnya', 'utangnya', 'hutangnya', 'otang', 'utangku', 'hutangku'];
/** Where: "ke", "di", "sama", Sundanese "ka", Javanese "ning/nang/neng", Balinese "ring". */
const AT = new Set(['ke', 'di', 'sama', 'sm', 'ama', 'ka', 'kepada', 'nang', 'neng', 'ning', 'ring', 'ri', 'dari', 'dr']);
/** Going to: "ke warung", Sundanese "ka", Javanese "nang/ning/neng". */
const TO = new Set(['ke', 'ka', 'nang', 'ning', 'neng']);
/** Her own shop: "warung saya", "warungku". */
const MINE = new Set(['saya', 'sy', 'aku', 'ku', 'kita', 'kami', 'sendiri']);
/** Everyday shops: her tab there may be the home's or the business's. */
const SHOPS = new Set(['warung', 'warong', 'kedai', 'lapo', 'lepau', 'warkop', 'kios', 'toko', 'tokonya', 'warungnya', 'kelontong', 'warunge',
  'mini', 'minimarket', 'pasar', 'kantin']);
/** Those she buys her trade's goods from ("toko" alone is a shop: see SHOPS; "toko kain", "toko bangunan" are supplies). */
const SUPPLY_SHOP_GOODS = new Set(['kain', 'bangunan', 'bahan', 'plastik', 'kue', 'sembako', 'grosir', 'benang', 'tekstil', 'kemasan']);

/**
 * Paying by instalments with the shop right after: "nyicil ke toko bangunan 200rb", "ngangsur nang grosir
 * 300rb" — her tab there as "nyicil utang ke …" is, the debt word left unsaid.
 */
const INSTALMENT_VERBS = ['nyicil', 'nyicilin', 'cicil', 'mencicil', 'ngangsur', 'mengangsur'];
const T_OWE = trigger(OWE, INSTALMENT_VERBS);
const OWE_SET = new Set(OWE);
const INSTALMENT_SET = new Set(INSTALMENT_VERBS);

/** Paid in the passive, nobody named: "dibayar", "udah dilunasi", "lunas". */
const PAID_PASSIVE = new Set(['dibayar', 'dilunasi', 'dilunasin', 'ditransfer', 'lunas', 'dicicil']);
/** Already, between: "udah dibayar". */
const ALREADY = new Set(['sudah', 'udah', 'udh', 'sdh', 'dah', 'tadi', 'td', 'baru', 'akhirnya', 'wis', 'wes']);

/** Whether a passive paying verb stands at k (after "udah"-words), with no one after it ("dibayar sama bu Ani"). */
function passiveAfter(tokens: readonly Token[], k: number): boolean {
  while (ALREADY.has(tokens[k]?.key ?? '')) k++;
  const t = tokens[k];
  if (t?.type !== T_WORD || !PAID_PASSIVE.has(t.key)) return false;
  const by = tokens[k + 1]?.key ?? '';
  return by !== 'sama' && by !== 'sm' && by !== 'oleh' && by !== 'ama';
}

/** Her "I" (after "udah"-words) and her paying verb at k: "udah aku bayar", "sudah saya lunasi". */
// (Javanese "tak bayar", Minang "ambo"; "kubayar", "kulunasi" written as one word.)
const I = new Set(['aku', 'saya', 'sy', 'gue', 'gw', 'aq', 'ak', 'kulo', 'abdi', 'beta', 'nyong', 'inyong', 'tak', 'ambo']);
const I_PAID = new Set(['kubayarin', 'kulunasi', 'kulunasin', 'takbayar', 'taklunasi']);
// ("udah kubayar" reaches here as "sudah bayar": the "ku-" is read away — a paying verb right after the
// "already" word, nobody named, is taken as hers too; only an expense or repayment is ever asked.)
function herPaysAt(tokens: readonly Token[], k: number): boolean {
  const from = k;
  while (ALREADY.has(tokens[k]?.key ?? '')) k++;
  if (k > from && PAYING.has(tokens[k]?.key ?? '')) return true;
  return I_PAID.has(tokens[k]?.key ?? '') || (I.has(tokens[k]?.key ?? '') && PAYING.has(tokens[k + 1]?.key ?? ''));
}

/** 'supplier' or 'shop' for her tab paid at one, else null. */
export function tabPaid(a: Analysis): 'supplier' | 'shop' | null {
  if (!present(a, T_OWE)) return null;
  const { tokens } = a;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (INSTALMENT_SET.has(t.key) && TO.has(tokens[i + 1]?.key ?? '')) {
      const shop = tokens[i + 2];
      if (shop?.type !== T_WORD) continue;
      if (isSupplierWord(shop.key) && shop.key !== 'toko' && shop.key !== 'tokonya') return 'supplier';
      if (SHOPS.has(shop.key)) return tokens[i + 3]?.type === T_WORD && SUPPLY_SHOP_GOODS.has((tokens[i + 3] as Token).key) ? 'supplier' : 'shop';
      continue;
    }
    if (!OWE_SET.has(t.key)) continue;
    // Her paying verb right before the debt word (one word may stand between: "bayar semua utang").
    const p1 = tokens[i - 1];
    const p2 = tokens[i - 2];
    const hers = (p1?.type === T_WORD && PAYING.has(p1.key)) || (p2?.type === T_WORD && PAYING.has(p2.key));
    let j = i + 1;
    if (tokens[j]?.type === T_WORD && AT.has((tokens[j] as Token).key)) j++;
    const where = tokens[j];
    // "utang ke supplier dibayar 300rb", "bon di agen udah dilunasi": her debt opening the message, paid in the
    // passive with nobody named — hers to a supplier all the same. (Not a shop: "bon warung pak Darto dilunasi"
    // may be a customer's tab at hers.)
    if (!hers) {
      if (i === 0 && where?.type === T_WORD && isSupplierWord(where.key) && where.key !== 'toko' && where.key !== 'tokonya' &&
        (passiveAfter(tokens, j + 1) || herPaysAt(tokens, j + 1))) return 'supplier';
      // "utang di toko bu Imah udah lunas 75rb", "bon warung pak Darto dilunasi": a tab at a shop (its owner
      // named or not) opening the message, paid in the passive — hers or a customer's, asked either way. Only
      // a repayment or an expense reaches the guard below; a tab read as a customer's stays that reader's.
      // ("hutang di warung bu Sumi udah aku bayar": her "I" paying, the tab first — hers, asked as above.)
      if (i === 0 && where?.type === T_WORD && SHOPS.has(where.key) && [1, 2, 3].some((n) => passiveAfter(tokens, j + n) || herPaysAt(tokens, j + n))) return 'shop';
      continue;
    }
    // "tf ke supplier buat lunasin utang 400rb": the supplier said before, after "ke".
    if (tokens.some((w, k) => k < i && w.type === T_WORD && isSupplierWord(w.key) && w.key !== 'toko' && AT.has(tokens[k - 1]?.key ?? ''))) return 'supplier';
    // "aku ke warung bu Imah bayar utang aku 45rb": she went TO a shop, then paid her debt — her tab there, asked.
    // ("di warung saya" is her own shop: a customer paying there is no tab of hers.)
    // (Only when no lender follows the debt word: "bayar utang 45rb", "bayar utang aku 45rb" — "utang koperasi" is a loan.)
    const noLender = where === undefined || where.type !== T_WORD || I.has(where.key);
    if (noLender && tokens.some((w, k) => k < i && w.type === T_WORD && SHOPS.has(w.key) && TO.has(tokens[k - 1]?.key ?? '') &&
      !MINE.has(tokens[k + 1]?.key ?? ''))) return 'shop';
    if (where === undefined || where.type !== T_WORD) continue;
    if (isSupplierWord(where.key) && where.key !== 'toko' && where.key !== 'tokonya') return 'supplier';
    if (SHOPS.has(where.key)) {
      const next = tokens[j + 1];
      return next?.type === T_WORD && SUPPLY_SHOP_GOODS.has(next.key) ? 'supplier' : 'shop';
    }
  }
  return null;
}

/**
 * A repayment or a confident expense read from her tab at a supplier or shop: an expense, asked
 * (see the file comment). Her loan instalments never reach here (no shop word after the debt word).
 */
export function guardTabPaid(a: Analysis, r: ParseResult): ParseResult {
  if (r.intent !== 'repayment' && r.intent !== 'record') return r;
  if (!present(a, T_OWE)) return r;
  if (r.intent === 'record' && (r.entries.length !== 1 || r.entries[0]?.kind !== 'expense')) return r;
  const tab = tabPaid(a);
  if (tab === null) return r;
  const note = tab === 'supplier' ? 'own_debt' : 'tab_whose';
  if (r.intent === 'record') {
    if ((r.notes ?? []).includes(note)) return r;
    return { ...r, confidence: Math.min(r.confidence, C_DOUBT), notes: [...(r.notes ?? []).filter((n) => n !== 'own_debt' && n !== 'goods_on_credit'), note] };
  }
  if (r.amount === null) return r;
  const notes = [...(r.notes ?? []), note];
  // ("nyicil ke supplier 500rb": no debt word said — the supplier paid, as instalment-owner.ts names it.)
  const owed = a.tokens.some((t) => OWE_SET.has(t.key));
  const item = tab === 'supplier' ? (owed ? 'utang ke pemasok' : 'supplier') : owed ? 'bon warung' : 'toko';
  // (Its day: the one written for the paying — "kemarin nyicil ke grosir 300rb" — else today; asked either way.)
  const date = dayPaid(a) ?? a.today;
  return { intent: 'record', entries: [{ kind: 'expense', amount: r.amount, item,
    quantity: null, unit: null, unitPrice: null }], date, confidence: Math.min(r.confidence, C_DOUBT), notes };
}

// Without these words it returns its reading unchanged (its second line): applyGuards skips it (guard-lists.ts).
guardTabPaid.words = T_OWE;

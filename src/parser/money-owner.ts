/**
 * Whose money moved, and what kind of movement it was — read from a few words, before a
 * record is trusted. Money that is not the business's (savings, arisan, dues, gifts and
 * money from her family, loans) is never a sale or an expense; a return of goods is not a
 * sale; change handed back is not a sale; "setor" is a loan instalment only when it says so.
 *
 * Each reader answers from the tokens alone (no I/O); record.ts decides what to do with
 * the answer (an entry of the right kind, or a question with a note).
 */
import { isServiceWord } from './service-work.ts';
import { customerActAt } from './money-came-in.ts';
import { AGENT_WORDS, RESELLERS } from './resellers.ts';
import type { Analysis } from './analyze.ts';
import { M_HIDDEN } from './marks.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { F_EXPENSE, F_FUTURE, F_NEG, F_NUMWORD, F_PAYVERB, F_QUESTION, F_REPAY, F_SALE, F_WEAK, G_CAPITAL, G_HONORIFIC, G_LOAN, G_WITHDRAW } from './word-roles.ts';
import { present, trigger } from './triggers.ts';
import { rootOf } from './root-forms.ts';
import { GIVER_VERBS, homePurpose, kinGives, stockPurpose } from './kin-stock-purpose.ts';
import { toNumber } from './numeral.ts';
import { promiseLines } from './promise-lines.ts';
import type { ParsedEntry } from './types.ts';

/** Savings, rotating savings, dues, donations: the household's or the group's money. */
export const NOT_BUSINESS = new Set(['arisan', 'nabung', 'menabung', 'tabungan', 'tabung', 'simpanan', 'iuran', 'sumbangan',
  'kondangan', 'sedekah', 'zakat', 'infak', 'infaq', 'angpao', 'angpau', 'celengan', 'nyelengi',
  // aid and grants: "dapat BLT 600rb", "terima bansos 300rb", "dapat bantuan 600rb"
  'bantuan', 'blt', 'bansos', 'bpum', 'pkh', 'bst', 'santunan', 'hibah']);

/**
 * She gives a buyer's money back ("saya kembalikan uangnya 15rb", "ngembaliin duit Bu Ani
 * 25rb", "mengembalikan uang pelanggan 40rb"): a refund she gives lowers her sales, like a
 * return. (Money given back TO her is "dikembalikan … sama supplier": returnToSupplier.)
 */
export const REFUND_VERBS = new Set(['kembalikan', 'kembaliin', 'ngembaliin', 'ngembalikan', 'mengembalikan', 'ngembaliken',
  'balikkan', 'ngebalikin', 'mbalekke', 'mbalekake', 'balekke', 'malikeun', 'mulangkeun', 'refundkan', 'ngerefund',
  // Javanese "mbalekno", "mbalikno", Sundanese "ngabalikeun": she gives back
  'mbalekno', 'mbalikno', 'balekno', 'mbalekaken', 'ngabalikeun', 'ngembalikeun',
  // her "I" glued on ("kubalikin"), and "pulangin" (send back)
  'kubalikin', 'kukembalikan', 'kukembaliin', 'pulangin', 'mulangin', 'mulangke',
  // Banjar "bulikakan", Minang "mambaliakan", English "refunded"
  'bulikakan', 'mambulikakan', 'mambaliakan', 'baliakan', 'refunded']);

/** Goods coming back: "retur 1 mukena 90rb", "dikembalikan pembeli 1 gamis", "barang kembali". */
const RETURN_WORDS = new Set(['retur', 'return', 'returan', 'diretur', 'dikembalikan', 'dikembaliin', 'dibalikin',
  'balikin', 'dibalikkan', 'refund', 'direfund', 'pengembalian', 'dipulangkan', 'dikembalikannya',
  // she gives the money back: "saya kembalikan uangnya 15rb", "ngembaliin duit pembeli 25rb"
  ...REFUND_VERBS]);

/** A word that gives money or goods back ("retur", "refund", "dibalikin", "kembalikan"). */
export function isReturnWord(w: string): boolean {
  return RETURN_WORDS.has(w) || w === 'balik' || w === 'kembali';
}

/** Change handed back to a buyer ("kembalian 5rb"): part of a sale, never one. */
export const CHANGE_WORDS = new Set(['kembalian', 'kembaliannya', 'susuk', 'susuke', 'susukan', 'uang kembali']);

/** Her family: money from them is a gift or a loan, not turnover. */
export const FAMILY = new Set(['anak', 'anakku', 'suami', 'suamiku', 'istri', 'adik', 'adikku', 'kakak', 'kakakku', 'ibu', 'ibuku',
  'bapak', 'bapakku', 'ayah', 'ayahku', 'mama', 'mamah', 'mamak', 'emak', 'ortu', 'mertua', 'saudara', 'keluarga', 'ponakan',
  'keponakan', 'cucu', 'menantu', 'orangtua', 'bapake', 'mbokde', 'simbok', 'anake', 'bojo', 'bojoku']);
/** Family words that are also titles before a customer's name ("dari ibu Sri"). */
export const FAMILY_TITLES = new Set(['ibu', 'bapak', 'kakak', 'adik', 'mama', 'emak']);
/**
 * What follows a family word when it is the family member, not a title: "dikasih ibu 1jt", "dari ibu saya",
 * "dari kakak di Jakarta" (a title is followed by a name, never by where the person lives).
 */
export const AFTER_FAMILY = new Set(['saya', 'sy', 'aku', 'ku', 'kami', 'buat', 'untuk', 'utk', 'sebesar', 'uang', 'duit', 'yang',
  'yg', 'kemarin', 'tadi', 'hari ini', 'sendiri', 'tercinta', 'tersayang', 'lagi', 'di']);
/** Giving words: "dikasih anak 200rb", "kiriman dari anak", "transferan suami". */
export const GIFT_WORDS = new Set(['dikasih', 'dikasi', 'dikasihi', 'dikasihkan', 'dikirim', 'dikirimi', 'dikirimin', 'kiriman',
  'transferan', 'diberi', 'pemberian', 'dibagi', 'nafkah', 'jatah', 'ditransfer', 'ditransferin', 'dapat', 'dapet',
  'terima', 'nerima', 'diterima', 'masuk', 'dari', 'kasih', 'ngasih', 'kasi', 'ngasi', 'transfer', 'tf', 'kirim', 'ngirim',
  'beri', 'memberi', 'ngasihin']);
/** Words that only ever give ("kiriman 1jt", "dikasih 500rb"): without a giver named, asked. */
const GIVEN = new Set(['dikasih', 'dikasi', 'dikasihi', 'kiriman', 'diberi', 'pemberian', 'nafkah', 'jatah']);
/** "buat modal", "untuk usaha": money given to the business is capital. */
export const FOR_BUSINESS = new Set(['modal', 'usaha', 'dagangan', 'jualan', 'warung', 'toko', 'kulakan', 'modal usaha', 'modal usahanya']);

/** Stock a reseller buys by topping up ("setor pulsa 200rb", "deposit pulsa", "isi saldo"). */
const STOCK = new Set(['pulsa', 'saldo', 'deposit', 'depo', 'token', 'voucher', 'kuota', 'paket']);
/** Words that top up stock when a stock word follows. */
const TOP_UP = new Set(['setor', 'setoran', 'nyetor', 'deposit', 'depo', 'isi', 'topup', 'top-up', 'top', 'tambah']);
/** A stock word in the message: `isStockTopUp` can hold nowhere without one (entry-elements.ts asks once a segment). */
export const T_STOCK = trigger(STOCK);
/** "setor" words: an instalment only when the instalment is named. */
const SETOR = new Set(['setor', 'setoran', 'nyetor', 'menyetor', 'disetor']);
/** What "setor" pays when it names it: a loan ("setor cicilan", "setor angsuran", "setor utang"). */
const INSTALMENT = new Set(['cicilan', 'angsuran', 'nyicil', 'mencicil', 'cicil', 'angsur', 'installment', 'instalment',
  'repayment', 'pinjaman', 'utang', 'hutang', 'kredit', 'bulanan', 'mingguan']);

function word(t: Token | undefined): t is Token {
  return t !== undefined && t.type === T_WORD;
}

/** "setor pulsa", "deposit pulsa", "isi saldo": the top-up word at i buys stock. */
export function isStockTopUp(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!word(t) || !TOP_UP.has(t.key)) return false;
  let j = i + 1;
  if (t.key === 'top' && tokens[j]?.key === 'up') j++;
  const n = tokens[j];
  return word(n) && STOCK.has(n.key);
}

/** Any word of `set` in the message. */
function hasAny(a: Analysis, set: ReadonlySet<string>): boolean {
  for (const t of a.tokens) if (t.type === T_WORD && set.has(t.key)) return true;
  return false;
}

/** Words that open a purpose: what follows says what the money is for, not what happened. */
export const PURPOSE_WORDS = new Set(['buat', 'untuk', 'utk', 'bwt', 'for', 'bagi', 'keperluan', 'demi']);
/** Verb-like words that may stand between the purpose word and the verb ("buat modal jualan", "untuk tambah dagangan"). */
const PURPOSE_FILL = new Set(['modal', 'tambah', 'tambahan']);

/**
 * Whether the word at i stands inside a purpose ("beli bumbu buat jualan", "kirim uang buat
 * modal jualan"): a verb there names what the money is for, it does not say what happened.
 */
export function inPurpose(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const t = tokens[j] as Token;
    if (t.type !== T_WORD) return false;
    if (PURPOSE_WORDS.has(t.key) || PURPOSE_WORDS.has(t.text)) return true;
    if (t.info?.kind !== undefined && !PURPOSE_FILL.has(t.key)) return false; // another verb: its own event
  }
  return false;
}

/** A strong sale verb ("laku", "jual", "adol"): her own sale is written ("buat jualan" is a purpose). */
function strongSale(a: Analysis): boolean {
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    // ("ke modal jualan": the business named, not a sale.)
    if (a.tokens[i - 1]?.key === 'modal') continue;
    if (t.type === T_WORD && (t.f & F_SALE) !== 0 && (t.f & F_WEAK) === 0 && !inPurpose(a.tokens, i)) return true;
  }
  return false;
}

const T_RETURN = trigger(RETURN_WORDS, ['kembali']);
export function mentionsReturn(a: Analysis): boolean {
  if (!present(a, T_RETURN)) return false;
  // ("… / nanti kalo arisanku keluar aku balikin": a promise line gives nothing back today, promise-lines.ts.)
  const promised = present(a, promiseLines.words) ? promiseLines(a) : null;
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    // (Words an earlier reading took, "sy kembaliin 14rb" as change handed back, are no return.)
    if (t.type !== T_WORD || a.marks[i] === M_HIDDEN || (promised !== null && promised[i] !== 0)) continue;
    if (RETURN_WORDS.has(t.key)) return true;
    // "barang kembali", "kembali barang", "barangnya kembali"
    if (t.key === 'kembali' && (a.tokens[i - 1]?.key.startsWith('barang') || a.tokens[i + 1]?.key.startsWith('barang'))) return true;
    if (moneyBack(a, i)) return true;
  }
  return false;
}

const MONEY_WORDS = new Set(['uang', 'uangnya', 'duit', 'duitnya', 'dana', 'dananya']);
const MONEY_BACK = new Set(['balik', 'kembali', 'dibalikin', 'dikembalikan', 'dikembaliin', 'keluar', 'balek']);
/** Who brought the goods back: "dikembalikan pembeli", "diretur pelanggan" — words of the return, not goods. */
// (Not her agents by the word alone: "ngutang ke agen" is whom she owes — resellers.ts AGENT_WORDS.)
const BUYERS = new Set(['pembeli', 'pembelinya', 'pelanggan', 'pelanggannya', 'konsumen', 'customer', 'cust', ...RESELLERS.filter((w) => !AGENT_WORDS.has(w))]);
const RETURNED_BY = new Set([...BUYERS, 'oleh', 'sama', 'sm', 'dari', 'ke', 'kepada', 'untuk', 'buat', 'ka', 'nang', 'neng']);
/** Words before a return word that only introduce it: "ada retur", "ada yang balikin". */
const RETURN_LEAD = new Set(['ada', 'yang', 'yg', 'barang', 'barangnya']);

/** Who she buys from: goods going back to them are a return TO THE SUPPLIER (her expense lowered, not her sales). */
const SUPPLIERS = new Set(['supplier', 'suplier', 'suplayer', 'supplayer', 'pemasok', 'grosir', 'grosiran', 'agen', 'toko',
  'pabrik', 'distributor', 'distributornya', 'suppliernya', 'agennya', 'tokonya', 'pabriknya', 'juragan', 'konveksi']);
const TOWARD = new Set(['ke', 'kepada', 'dari', 'sama', 'sm', 'oleh']);

/** A word for whom she buys from ("toko", "grosir", "agen", "supplier"). */
export function isSupplierWord(key: string): boolean {
  return SUPPLIERS.has(key);
}

/**
 * Goods (or money) going back between her and her supplier: "retur 5 kerudung ke grosir",
 * "uang dikembalikan supplier 50rb", or an active "retur ke …" that names no buyer. Not a
 * buyer's return: her sales are not lowered (record.ts asks instead).
 */
export function returnToSupplier(a: Analysis): boolean {
  const { tokens } = a;
  // (Called only when the message speaks of a return: mentionsReturn.)
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (RETURN_WORDS.has(t.key)) {
      // "retur ke Bu Tin", "retur ke grosir": an active return towards someone not a buyer.
      const n = tokens[i + 1];
      const m = tokens[i + 2];
      if ((t.key === 'retur' || t.key === 'return') && word(n) && (n.key === 'ke' || n.key === 'kepada') && !(word(m) && BUYERS.has(m.key))) return true;
    }
    if (!SUPPLIERS.has(t.key)) continue;
    const p = tokens[i - 1];
    if (word(p) && (TOWARD.has(p.key) || RETURN_WORDS.has(p.key))) return true;
    // "supplier balikin uang 50rb": the supplier gives back, her sales are not lowered.
    const n = tokens[i + 1];
    if (word(n) && RETURN_WORDS.has(n.key)) return true;
  }
  return false;
}

/** "uang kembali 15rb" at i: money came back — to a buyer, from the supplier, or change? */
function moneyBack(a: Analysis, i: number): boolean {
  const t = a.tokens[i] as Token;
  return t.key === 'kembali' && MONEY_WORDS.has(a.tokens[i - 1]?.key ?? '');
}

/** Paying words whose payer may be a buyer: "pembeli bayar 50rb", "pelanggan transfer 100rb". */
const BUYER_PAYS = new Set(['bayar', 'membayar', 'bayarin', 'transfer', 'tf', 'nransfer', 'lunasin', 'melunasi', 'nyicil']);
// ("pembeli cuma bayar barang 125rb": only the goods — the buyer still paid her.)
const BETWEEN = new Set(['sudah', 'udah', 'sdh', 'dah', 'baru', 'tadi', 'td', 'yang', 'yg', 'nya', 'cuma', 'cuman', 'cm', 'hanya', 'cuma2',
  'langsung', 'lgsg', 'lsg']);
/** "yang …" naming a buyer by what she did: ordered, bought, took goods (as written). */
const THE_ONE_WHO = new Set(['yang', 'yg', 'yang tadi']);
export const BUYER_ACTS: ReadonlySet<string> = new Set(['pesan', 'pesen', 'mesen', 'memesan', 'order', 'ngorder', 'beli', 'membeli', 'ambil', 'ngambil', 'borong', 'mborong',
  // … in the regions: Javanese "sing tuku", krama "ingkang tumbas", "mundhut", Sundanese "nu meuli", "ngagaleuh" (the buyer).
  'tuku', 'nuku', 'tumbas', 'numbas', 'mundhut', 'mundut', 'meuli', 'ngagaleuh', 'meser']);
/** Words that may stand between the buyer and her paying: when, and the usual "sudah". */
const WHEN_OR_BETWEEN = new Set([...BETWEEN, 'kemarin', 'kemaren', 'kmrn', 'kmarin', 'tadi', 'pagi', 'siang', 'sore', 'malam', 'itu', 'barusan', 'minggu', 'lalu']);

/** When words that may stand between "yang" and the buyer's act ("yang kemarin ambil", "yg tadi pagi pesan"). */
const ACT_WHEN = new Set(['kemarin', 'kemaren', 'kmrn', 'kmarin', 'tadi', 'td', 'pagi', 'siang', 'sore', 'malam', 'barusan', 'minggu', 'lalu',
  'minggu lalu', 'bulan lalu', 'kemarin sore', 'kemarin pagi', 'kemarin malam', 'tadi pagi', 'tadi siang', 'tadi sore', 'tadi malam']);

/**
 * Whether token `i` is what her buyer did, after "yang" and any when words between ("yang beli",
 * "yang kemarin ambil", "yg tadi pagi pesan"): the buyer's act, not hers.
 */
export function buyerActAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!word(t) || !BUYER_ACTS.has(t.text)) return false;
  let k = i - 1;
  while (k >= i - 2 && word(tokens[k]) && ACT_WHEN.has((tokens[k] as Token).text)) k--;
  return word(tokens[k]) && THE_ONE_WHO.has((tokens[k] as Token).key);
}

/** "pembeli", "pelanggan": the word names a buyer, not goods. */
export function isBuyerWord(w: string): boolean {
  return BUYERS.has(w);
}

/** "pembeli bayar 50rb", "pelanggan sudah transfer 100rb": a buyer paid her — money in, not her expense. */
export function buyerPays(a: Analysis): boolean {
  return buyerClause(a) !== null;
}

/**
 * Where the buyer who paid her is named: from the buyer word (or "yang") to the paying verb,
 * or null. A day said inside ("yang ambil kue kemarin udah bayar") is when she took, not when she paid.
 */
export function buyerClause(a: Analysis): { from: number; pay: number } | null {
  const { tokens } = a;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    let j = i + 1;
    // ("yang kemarin ambil kue udah bayar": when she took may come before the act, as after it.)
    if (THE_ONE_WHO.has(t.key)) while (j < i + 3 && word(tokens[j]) && ACT_WHEN.has((tokens[j] as Token).text)) j++;
    // "yang pesan kemarin udah bayar 100rb", "yg order tadi transfer 50rb": the one who ordered
    // or bought from her is a buyer named by what she did — her money coming in.
    // ("arisan ibu2 RT pesen tumpeng 1, bayar 350rb", "ada yang creambath sama potong, bayar 100rb":
    // a group that ordered, someone who had her service — money-came-in.ts.)
    const group = customerActAt(tokens, i);
    // (The act by its text or, for a regional word read as one, "njupuk", "mellè", by its key.)
    if (group || (THE_ONE_WHO.has(t.key) && word(tokens[j]) && (BUYER_ACTS.has((tokens[j] as Token).text) || BUYER_ACTS.has((tokens[j] as Token).key)))) {
      if (group) j = i;
      j++;
      // What was bought may be named on the way ("yang beli bros udah bayar", "yang beli kain
      // 3 meter bayar 60rb"): up to four words or counts, then "sudah"/when words.
      // (A group's order names its goods and count in full: "pesen nasi kuning 5 bungkus, bayar 75rb".)
      const goodsEnd = j + (group ? 6 : 4);
      while (j < tokens.length && j <= i + (group ? 8 : 7) && !(word(tokens[j]) && BUYER_PAYS.has((tokens[j] as Token).key)) &&
        (word(tokens[j]) ? WHEN_OR_BETWEEN.has((tokens[j] as Token).text) || j < goodsEnd
          : ((tokens[j] as Token).type === T_NUM || (tokens[j] as Token).text === ',') && j < goodsEnd)) j++;
      if (word(tokens[j]) && BUYER_PAYS.has((tokens[j] as Token).key)) return { from: i, pay: j };
      continue;
    }
    if (!BUYERS.has(t.key)) continue;
    while (j < tokens.length && j <= i + 2 && BETWEEN.has((tokens[j] as Token).key)) j++;
    if (word(tokens[j]) && BUYER_PAYS.has((tokens[j] as Token).key)) return { from: i, pay: j };
  }
  return null;
}

/** "refund 50rb": money back, with no buyer named — to a buyer, or from the supplier? */
/** Words that show the money went back to a buyer: her money ("uangnya"), goods that failed her. */
const BUYER_SIGNS = new Set(['uangnya', 'duitnya', 'barangnya', 'rusak', 'cacat', 'komplain', 'complain', 'kekecilan', 'kebesaran',
  'retur', 'pesanannya', 'ordernya']);

export function refundUnclear(a: Analysis): boolean {
  // "saya ngembaliin 15rb", "kembalikan uang kas 100rb": money she gives back, to whom? A
  // buyer must show (a buyer word, a titled customer, "uangnya" — the buyer's money).
  let active = false;
  let other = false;
  let buyer = false;
  for (const t of a.tokens) {
    if (t.type !== T_WORD) continue;
    if (REFUND_VERBS.has(t.key)) active = true;
    else if (RETURN_WORDS.has(t.key)) other = true;
    if (BUYERS.has(t.key) || (t.f2 & G_HONORIFIC) !== 0 || BUYER_SIGNS.has(t.key)) buyer = true;
  }
  if (active && !other && !buyer) return true;
  let refund = false;
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (BUYERS.has(t.key)) return false;
    if (t.key === 'refund' || t.key === 'direfund' || moneyBack(a, i)) refund = true;
    else if (RETURN_WORDS.has(t.key)) return false;
  }
  return refund;
}

/**
 * The tokens that say goods came back ("retur", "dikembalikan pembeli", "barang kembali",
 * "ada yang balikin"), marked 1, so the rest can be read as the lines returned. Null when
 * there is no return word.
 */
export function returnWords(a: Analysis): Uint8Array | null {
  const hide = new Uint8Array(a.tokens.length);
  let found = false;
  // ("… / nanti kalo arisanku keluar aku balikin": a promise line gives nothing back today, promise-lines.ts.)
  const promised = present(a, promiseLines.words) ? promiseLines(a) : null;
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (t.type !== T_WORD || (promised !== null && promised[i] !== 0)) continue;
    const pair = t.key === 'kembali' && (a.tokens[i - 1]?.key.startsWith('barang') || a.tokens[i + 1]?.key.startsWith('barang'));
    if (!RETURN_WORDS.has(t.key) && !pair) continue;
    found = true;
    hide[i] = 1;
    if (pair && a.tokens[i + 1]?.key.startsWith('barang')) hide[i + 1] = 1;
    for (let j = i - 1; j >= 0 && j >= i - 2 && word(a.tokens[j]) && RETURN_LEAD.has((a.tokens[j] as Token).key); j--) hide[j] = 1;
    for (let j = i + 1; j < a.tokens.length && j <= i + 2 && word(a.tokens[j]) && RETURNED_BY.has((a.tokens[j] as Token).key); j++) hide[j] = 1;
  }
  // "refund 50rb ke pembeli": the buyer, wherever she is named, is not goods; nor is the
  // money itself ("kembalikan uangnya 15rb").
  if (found) {
    for (let i = 0; i < a.tokens.length; i++) {
      if (!word(a.tokens[i]) || !MONEY_WORDS.has((a.tokens[i] as Token).key)) continue;
      hide[i] = 1;
      // "uang balik 85rb", "duitnya kembali 40rb": the money's coming back is the return's, not goods.
      if (word(a.tokens[i + 1]) && MONEY_BACK.has((a.tokens[i + 1] as Token).key)) hide[i + 1] = 1;
    }
    for (let i = 0; i < a.tokens.length; i++) {
      if (!word(a.tokens[i]) || !BUYERS.has((a.tokens[i] as Token).key)) continue;
      hide[i] = 1;
      if (word(a.tokens[i - 1]) && RETURNED_BY.has((a.tokens[i - 1] as Token).key)) hide[i - 1] = 1;
    }
  }
  return found ? hide : null;
}

/** Words beside "tabung" that make it the gas cylinder ("tabung gas", "elpiji 2 tabung"). */
const CYLINDER_NAMES = new Set(['gas', 'elpiji', 'lpg', 'melon']);

/**
 * "2 tabung gas", "dua tabung" (voice typing spells the count), "tabung elpiji": counted
 * cylinders, never savings ("menabung" is the verb; a bare "tabung" after a count is not).
 */
/** "per tabung", "tiap tabung": a price of one cylinder. */
const PER_CYLINDER = new Set(['per', 'tiap', 'setiap', 'satu', 'sebuah']);

function cylinderAt(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before?.type === T_NUM || (before?.type === T_WORD && ((before.f & F_NUMWORD) !== 0 || CYLINDER_NAMES.has(before.key)))) return true;
  // "22rb per tabung", "21rb/tabung": the price of one cylinder (perunitqty).
  if (before !== undefined && (before.text === '/' || PER_CYLINDER.has(before.key))) return true;
  const after = tokens[i + 1];
  return after?.type === T_WORD && CYLINDER_NAMES.has(after.key);
}

/** A savings, arisan, dues or aid word at i ("2 tabung gas" counts cylinders: not savings). */
export function notBusinessAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.type !== T_WORD || !NOT_BUSINESS.has(t.key)) return false;
  if (t.key === 'tabung' && cylinderAt(tokens, i)) return false;
  // "katering arisan 50 kotak", "jahit seragam arisan": her work for an arisan is a job, not the pot.
  const before = tokens[i - 1];
  // "1,5jt catering kondangan", "katering arisan": the occasion she caters, her customer's, not her own duty.
  // Not when she pays for it ("bayar catering kondangan anak 5jt") or it is her family's ("catering kondangan anakku").
  if ((t.key === 'kondangan' || t.key === 'arisan') && CATERING.has(before?.key ?? '') && !FAMILY_AFTER.has(tokens[i + 1]?.key ?? '') &&
    !tokens.slice(0, i).some((u) => (u.f & (F_EXPENSE | F_PAYVERB)) !== 0 && (u.f & F_SALE) === 0)) return false;
  if (t.key === 'arisan' && paidForGoods(tokens, i)) return false;
  // "laku 4 jilbab @35rb, yg beli ibu2 arisan": who bought, not the pot (story-clauses.ts's buyers).
  if (t.key === 'arisan' && boughtByBefore(tokens, i)) return false;
  // "arisan ibu2 RT pesen tumpeng", "klepon 50 biji pesenan arisan": the arisan ordered from her, a customer.
  // ("sejuta setengah dari pesanan nasi kotak arisan RT 04": the order's goods may stand between.)
  if (t.key === 'arisan' && (ORDER_NOUNS.has(before?.key ?? '') || orderedGoodsBefore(tokens, i) || orderedByGroup(tokens, i))) return false;
  return !(t.key === 'arisan' && before?.type === T_WORD && isServiceWord(before.key));
}

/** Her catering, right before the occasion she caters. */
const CATERING = new Set(['catering', 'katering', 'ketering', 'cathering']);
/** Her family after the occasion: "kondangan anak", "arisan keluarga" are the home's. */
const FAMILY_AFTER = new Set(['anak', 'anakku', 'anak2', 'suami', 'keluarga', 'adik', 'adikku', 'kakak', 'ponakan', 'keponakan', 'cucu',
  'saya', 'sy', 'aku', 'kami', 'sendiri', 'mertua', 'sodara', 'saudara']);

/** An order she received, right before "arisan": "pesenan arisan". */
const ORDER_NOUNS = new Set(['pesanan', 'pesenan', 'orderan', 'pesananan']);

/**
 * An order noun a few words before the arisan at i with only the goods between, none of them a
 * verb, a negation, a plan or a money word: "pesanan nasi kotak arisan", "orderan tumpeng arisan".
 */
function orderedGoodsBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const u = tokens[k] as Token;
    if (u.type !== T_WORD) return false;
    if (ORDER_NOUNS.has(u.key)) return k < i - 1;
    if ((u.f & (F_SALE | F_EXPENSE | F_NEG | F_FUTURE | F_QUESTION)) !== 0 || NOT_BUSINESS.has(u.key) || MONEY_WORDS_HERE.has(u.key)) return false;
  }
  return false;
}
const MONEY_WORDS_HERE = new Set(['uang', 'duit', 'dana', 'setoran', 'bayar', 'buat', 'untuk', 'utk', 'bwt']);

/** Whether the arisan at i, with its group words after it, is who ordered ("arisan ibu2 RT pesen"). */
function orderedByGroup(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) if (customerActAt(tokens, k)) return true;
  return false;
}

/** A buyers' act ("yang beli", "yg pesan") or "pembeli" earlier in the clause of token i. */
function boughtByBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const u = tokens[k] as Token;
    if (u.type !== T_WORD) return false;
    if (buyerActAt(tokens, k) || BUYERS.has(u.key)) return true;
  }
  return false;
}

/** "bayaran", "pembayaran": the money paid for something. */
const PAID_FOR = new Set(['bayaran', 'pembayaran', 'bayarannya']);

/**
 * "in 150k bayaran snack box arisan RT": the payment for goods she made, for an arisan's meeting —
 * the arisan is her customer's occasion, not her own pot or dues. Goods must stand between the
 * payment word and "arisan" ("bayaran arisan 100rb" is the dues).
 */
function paidForGoods(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 2; j >= 0 && j >= i - 4; j--) {
    const t = tokens[j] as Token;
    if (t.type !== T_WORD) return false;
    if (PAID_FOR.has(t.key)) return true;
  }
  return false;
}

export function mentionsNotBusiness(a: Analysis): boolean {
  for (let i = 0; i < a.tokens.length; i++) if (notBusinessAt(a.tokens, i)) return true;
  return false;
}

/** "dapat kiriman 1jt", "dikasih 500rb": money given to her, by someone not named. */
export function mentionsGift(a: Analysis): boolean {
  if (strongSale(a)) return false;
  // (A giving word already read and set aside — "dikasih 100rb kembali 30rb", the money a buyer
  // handed over, change-given.ts — is no gift.)
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (t.type === T_WORD && GIVEN.has(t.key) && a.marks[i] !== M_HIDDEN) return true;
  }
  return false;
}

/**
 * "narik arisan 1jt", "ambil tabungan 500rb": savings or an arisan pot taken out — the
 * withdrawal verb's object is the savings, so it is not business money taken home.
 * ("ambil 50rb buat arisan" has the amount first: the arisan is the purpose.)
 */
export function withdrawsSavings(a: Analysis): boolean {
  const { tokens } = a;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    // (A paying verb read as the taking, "bayar arisan 50rb pake uang warung" (household-use.ts), pays
    // the arisan: it takes no pot out.)
    if (t.type !== T_WORD || (t.f2 & G_WITHDRAW) === 0 || (t.f & F_PAYVERB) !== 0) continue;
    let j = i + 1;
    if (tokens[j]?.key === 'uang' || tokens[j]?.key === 'duit') j++;
    const n = tokens[j];
    if (word(n) && NOT_BUSINESS.has(n.key)) return true;
  }
  return false;
}

const T_GIFT_FAMILY = trigger(GIFT_WORDS);
const T_FAMILY = trigger(FAMILY);
/**
 * Money from her family ("dikasih anak 200rb", "kiriman dari anak", "dapat 200rb dari
 * suami", "transferan ibu 500rb"): 'capital' when it is for the business ("… buat modal"),
 * 'personal' otherwise, null when no family member gives anything. A sale written with a
 * strong verb ("laku 3 kue ke anak tetangga") is not a gift.
 */
export function familyMoney(a: Analysis): 'capital' | 'personal' | null {
  if (!present(a, T_GIFT_FAMILY)) return null;
  if (strongSale(a) || (a.f2 & G_CAPITAL) !== 0) return null;
  // "dikasih abang 300rb utk beli bahan": kin beyond FAMILY giving for her stock (kin-stock-purpose.ts).
  if (!present(a, T_FAMILY)) { // (a gift and a family member must be named)
    const kin = kinGives(a);
    return !kin ? null : stockPurpose(a.tokens) ? 'capital' : homePurpose(a.tokens) ? 'personal' : null;
  }
  const { tokens } = a;
  let gift = false;
  let family = false;
  let giverTitle = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (GIFT_WORDS.has(t.key)) gift = true;
    if (FAMILY.has(t.key)) {
      const n = tokens[i + 1];
      const isFamily = !FAMILY_TITLES.has(t.key) || n === undefined || n.type === T_NUM || n.type === T_NL ||
        n.type === T_PUNCT || (n.type === T_WORD && AFTER_FAMILY.has(n.key));
      if (isFamily) family = true;
      // ("bapak ngasih 500rb buat kulakan": a title opening the message and giving is the giver, not a title before a name.)
      else if (i === 0 && n?.type === T_WORD && (GIVER_VERBS.has(n.key) || GIVER_VERBS.has(n.text))) giverTitle = true;
    }
  }
  // (The giving title decides only for stock: "mama transfer 500rb buat modal" is read as before.)
  // ("adik ngasih 100rb buat beli bahan dapur": given for the home — the family's money, as "dikasih adik …" is.)
  if (!family && giverTitle && gift) return stockPurpose(tokens) ? 'capital' : homePurpose(tokens) ? 'personal' : null;
  if (!gift || !family) return null;
  // "kasih anak 20rb jaga warung", "ngasih adek 25rb": her giving opens the message, her family after it
  // — money she gave them (a wage? pocket money?), never capital from them unasked.
  const first = tokens[0];
  if (first?.type === T_WORD && SHE_GIVES.has(first.key) && FAMILY.has(tokens[1]?.key ?? '')) return 'personal';
  // "dr suami 250rb buat beli bahan": given for her stock (kin-stock-purpose.ts).
  return hasAny(a, FOR_BUSINESS) || stockPurpose(tokens) ? 'capital' : 'personal';
}
/** Giving verbs in the active voice, which open a message she writes about her own giving. */
const SHE_GIVES = new Set(['kasih', 'kasi', 'ngasih', 'ngasi', 'beri', 'memberi', 'ngasihin', 'ngasiin']);

/**
 * Putting money in: "masukin uang pribadi 250rb ke usaha", "nambahin 100rb ke warung". The verbs
 * by their root (root-forms.ts: "masukkan" is every form of it, "tambah" is "nambahin", "nambihan").
 */
const PUT_IN = new Set(['masukkan', 'naruh', 'taruh', 'menaruh', 'tambah', 'suntik', 'setorin']);
/** Her own money: "uang pribadi", "duit sendiri", "gaji saya". */
const OWN = new Set(['pribadi', 'sendiri', 'pribadiku', 'gaji', 'gajiku']);
/** Words before the business that say the money goes into it. */
const INTO = new Set([...PURPOSE_WORDS, 'ke', 'jadi', 'sebagai', 'dalam', 'kedalam']);
/** What the money goes into (capital, the business): without one of them it is never money put in. */
const T_INTO_BUSINESS = trigger(FOR_BUSINESS);

/** An "item" that only names the money and its putting in ("masukin uang pribadi"), not goods. */
export function namesOnlyMoneyPutIn(item: string): boolean {
  return item.split(' ').every((w) => PUT_IN.has(rootOf(w) ?? w) || OWN.has(w) || w === 'uang' || w === 'duit' || FOR_BUSINESS.has(w));
}

/** Her savings: "tabungan", "celengan", "simpanan", an arisan pot she received. */
const SAVINGS = new Set(['tabungan', 'tabunganku', 'tabungannya', 'celengan', 'celenganku', 'simpanan', 'simpananku', 'arisan',
  'nabung', 'tabung']);
/** The business as where money goes, anywhere in the message: "buat modal", "modal pakai tabungan". */
const BUSINESS_SINK = new Set(['modal', 'modal usaha', 'modal usahanya', 'usaha', 'warung', 'toko']);
/** What a business buys with money put in: "beli dagangan", "kulakan", "belanja bahan". */
const STOCK_GOODS = new Set(['dagangan', 'barang', 'bahan', 'stok', 'stock', 'kulakan', 'kulak', 'jualan', 'nyetok', 'restock']);
/** Words that make savings money something else: a loan, or putting money INTO savings. */
const NOT_SAVINGS_OUT = new Set(['pinjam', 'minjam', 'pinjem', 'pinjaman', 'setor', 'nyetor', 'nabung', 'menabung', 'masuk']);

/**
 * Savings taken for the business ("pakai tabungan 500rb buat modal", "pecah celengan 200rb
 * buat modal", "modal pakai tabungan 2jt", "uang arisan 1jt buat modal"): capital, never an
 * expense or a household withdrawal. 'stock' when it names buying goods with it ("… buat
 * beli dagangan"): capital that is also spent, asked. Null otherwise ("ambil tabungan
 * 500rb" alone is her savings, not the business's).
 */
/** Words that open the next step of a story: "…, terus beli kain", "langsung dibeliin". */
const THEN_WORDS = new Set(['terus', 'trus', 'trs', 'lalu', 'langsung', 'lsg', 'abis', 'habis', 'kemudian', 'sesudah', 'setelah']);

/** Whether "ke/jadi/buat <the business>" follows the word at i: where the money goes. */
function sinkFollows(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j + 1 < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.type === T_NL) return false;
    if (t.type === T_WORD && INTO.has(t.key) && (BUSINESS_SINK.has((tokens[j + 1] as Token).key) || (tokens[j + 1] as Token).key === 'kas')) return true;
  }
  return false;
}

/** Words before where money goes: "ke tabungan", "masuk tabungan". */
const INTO_SAVINGS = new Set(['ke', 'kedalam', 'masuk', 'masukin', 'masukkan']);

/** "… ke modal warung", "… ke usaha": the business named as where the money goes, after `from`. */
function sinkAfterKe(tokens: readonly Token[], from: number): boolean {
  for (let k = from + 1; k < tokens.length - 1; k++) {
    if ((tokens[k] as Token).key === 'ke' && BUSINESS_SINK.has((tokens[k + 1] as Token).key)) return true;
  }
  return false;
}

/** Paying into an arisan: "bayar arisan", "setor arisan". */
const PAID_IN = new Set(['bayar', 'byr', 'bayarin', 'setor', 'nyetor']);
const T_SAVINGS = trigger(SAVINGS);
export function savingsIntoBusiness(a: Analysis, purse: readonly [number, number] = [-1, -1]): 'capital' | 'stock' | null {
  if (!present(a, T_SAVINGS)) return null; // (savings must be named)
  if (strongSale(a)) return null;
  let savings = false;
  let sink = false;
  let buys = false;
  let stock = false;
  // "tambah modal 500rb dari tabungan, langsung dibeliin kain 500rb": a purchase in a clause
  // of its own after the savings went in is the capital spent — the capital stays capital.
  let clauseBreak = false;
  let laterBuy = false;
  // "Setor modal dr tabungan sendiri 500rb, buat kulakan": capital put in, said so by its verb
  // (G_CAPITAL: "setor modal", "tambah modal", "modal dari"); the stock is only what it is for.
  let putAsCapital = false;
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (t.type === T_NL || (t.type === T_PUNCT && (t.text === ',' || t.text === ';' || t.text === '.'))) clauseBreak = true;
    if (t.type !== T_WORD) continue;
    if (THEN_WORDS.has(t.key)) clauseBreak = true;
    if (NOT_SAVINGS_OUT.has(t.key) && !SAVINGS.has(t.key)) return null;
    // "… ke tabungan pribadi": the savings are where the money goes, not where it came from.
    // ("masukin tabungan pribadi 300rb ke modal warung": the savings are put in, the business is
    // where they go — "ke modal", or "ke kas", "jadi modal" after a putting verb.)
    if (SAVINGS.has(t.key) && i > 0 && INTO_SAVINGS.has((a.tokens[i - 1] as Token).key) &&
      !((a.tokens[i - 1] as Token).key !== 'ke' && (sinkAfterKe(a.tokens, i) ||
        (PUT_IN.has((a.tokens[i - 1] as Token).key) && sinkFollows(a.tokens, i))))) return null;
    // ("uang modal kepake 100rb buat bayar arisan", "modal 100rb buat arisan": the arisan paid, where the
    // money went — dues, no savings taken out.)
    if (t.key === 'arisan' && (inPurpose(a.tokens, i) || PAID_IN.has((a.tokens[i - 1] as Token | undefined)?.key ?? ''))) continue;
    // ("gas elpiji utk jualan 2 tabung @22rb": counted cylinders, never savings — as notBusinessAt reads them.)
    if (SAVINGS.has(t.key) && !(t.key === 'tabung' && cylinderAt(a.tokens, i))) savings = true;
    else if (SAVINGS.has(t.key)) continue;
    // (The business's purse named as the source, "duit warung" — `purse` — is where it came from.)
    else if ((BUSINESS_SINK.has(t.key) && (i < purse[0] || i >= purse[1])) || (t.f2 & G_CAPITAL) !== 0) {
      sink = true;
      if ((t.f2 & G_CAPITAL) !== 0 && !inPurpose(a.tokens, i)) putAsCapital = true;
    }
    else if ((t.f & F_EXPENSE) !== 0 && (t.f & F_WEAK) === 0 && inPurpose(a.tokens, i)) buys = true;
    else if (STOCK_GOODS.has(t.key) && inPurpose(a.tokens, i)) stock = true; // "… buat tambah dagangan"
    else if ((t.f & F_EXPENSE) !== 0 && (t.f & F_WEAK) === 0) {
      if (savings && sink && clauseBreak) laterBuy = true;
      else return null; // "beli kain pakai tabungan": her purchase
    }
  }
  if (!savings || !(sink || buys || stock)) return null;
  // The purchase is a line of its own (record-owner.ts keeps it an expense when it has its
  // own amount, and asks when it has none).
  if (laterBuy) return 'stock';
  if (!buys || putAsCapital) return sink ? 'capital' : 'stock';
  // "… buat beli dagangan": stock for the business; "… buat beli motor" is the household's.
  for (const t of a.tokens) if (STOCK_GOODS.has(t.key)) return 'stock';
  return sink ? 'stock' : null;
}

/**
 * Her own money put into the business ("masukin uang pribadi 250rb ke usaha", "pakai uang
 * sendiri 200rb buat modal", "dapat 300rb buat modal"): capital, never a sale or an expense.
 * Needs both a source or a putting/receiving verb and the business as where the money goes.
 */
export function ownMoneyForBusiness(a: Analysis): boolean {
  if (!present(a, T_INTO_BUSINESS) || strongSale(a)) return false;
  const { tokens } = a;
  let put = false;
  let received = false;
  let into: 'modal' | 'business' | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (PUT_IN.has(t.key) || OWN.has(t.key) || (t.f2 & G_CAPITAL) !== 0) put = true;
    if (GIFT_WORDS.has(t.key)) received = true;
    if (INTO.has(t.key) || INTO.has(t.text)) {
      for (let j = i + 1; j <= i + 2 && j < tokens.length; j++) {
        const u = tokens[j] as Token;
        if (u.type !== T_WORD) break;
        if (u.key === 'modal' || u.key === 'modal usaha' || u.key === 'modal usahanya') into = 'modal';
        else if (FOR_BUSINESS.has(u.key) && u.key !== 'jualan' && u.key !== 'dagangan') into ??= 'business';
      }
    }
  }
  // "dapat 300rb buat modal": received for capital. "masuk 300rb ke toko" may be takings: not here.
  return (put && into !== null) || (received && into === 'modal');
}

/**
 * "…, 100rb dari anak": a line whose item names her family (not a title before a name) is
 * money from them, even next to a real sale ("dapat 300rb dari jualan, 100rb dari anak").
 */
export function familyItem(item: string | null): boolean {
  if (item === null) return false;
  // The family member leads the item ("anak", "suami saya"); "baju anak" is goods.
  const words = item.split(' ');
  const w = words[0] as string;
  return FAMILY.has(w) && (!FAMILY_TITLES.has(w) || words.length === 1 || AFTER_FAMILY.has(words[1] as string));
}
/**
 * Sending or giving money, right after a family word: "kakak transfer 1jt", "ibu ngirim 500rb" — the
 * kin sends her money (a title before a name is followed by the name, not by the verb).
 */
const SENDS = new Set(['transfer', 'tf', 'trf', 'transferin', 'nransfer', 'mentransfer', 'kirim', 'ngirim', 'kirimin', 'ngirimin',
  'kasih', 'ngasih', 'kasi', 'ngasi', 'minjemin', 'pinjemin', 'nyumbang']);

/**
 * Whether an amount her kin sends ("…, kakak transfer 1jt", "ibu ngirim 500rb") was read as a sale:
 * money from family beside a sale is not turnover (capital, or asked — never a sale unasked).
 */
export function kinSendsSale(a: Analysis, entries: readonly ParsedEntry[]): boolean {
  const { tokens } = a;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!FAMILY.has((tokens[i] as Token).key) || !SENDS.has((tokens[i + 1] as Token).key)) continue;
    const k = a.numIn[i + 2] ?? -1;
    const value = k === -1 ? null : a.nums[k]?.value ?? null;
    if (value !== null && entries.some((e) => e.kind === 'sale' && e.amount === toNumber(value))) return true;
  }
  return false;
}

const T_SETOR = trigger(TOP_UP, SETOR);
/**
 * What a "setor" message pays: 'instalment' when the instalment or loan is named ("setor
 * cicilan 100rb"), 'saving' for savings ("setor tabungan"), 'stock' for a reseller's top-up
 * ("setor pulsa 200rb"), 'unclear' for a bare "setor 50rb"; null when there is no setor word
 * (or it is capital: "setor modal").
 */
export function setorKind(a: Analysis): 'instalment' | 'saving' | 'stock' | 'unclear' | null {
  if (!present(a, T_SETOR)) return null;
  const { tokens } = a;
  let setor = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (isStockTopUp(tokens, i)) return 'stock';
    if (SETOR.has(t.key)) setor = true;
  }
  if (!setor || (a.f2 & G_CAPITAL) !== 0) return null;
  for (const t of tokens) {
    if (t.type !== T_WORD) continue;
    if (INSTALMENT.has(t.key) || (t.f2 & G_LOAN) !== 0 || ((t.f & F_REPAY) !== 0 && !SETOR.has(t.key))) return 'instalment';
  }
  if (hasAny(a, NOT_BUSINESS)) return 'saving';
  return 'unclear';
}

// Without these words it reads nothing (its first test): its caller does not call it (guard-lists.ts says why).
setorKind.words = T_SETOR;

/**
 * Capital from outside the business, in the wordings members use for it (issue 15):
 *
 * - her own valuables sold or pawned for the business: "jual kalung emas 1,5jt masukin usaha",
 *   "gadai emas 3jt buat tambah modal", "gadai BPKB motor 5jt buat modal usaha" — capital, never
 *   her sale (she sold her jewellery, not her goods) nor turnover;
 * - a business-loan programme paid out to her: "cair KUR 10jt", "dapat Mekaar 2jt", "pinjaman
 *   PNM cair 3jt" — those loans are lent only for a business (KUR is "kredit usaha rakyat",
 *   PNM Mekaar lends to women's micro-businesses), so capital even with no purpose said;
 * - household pay put in: "uang THR 1jt buat modal", "gaji suami 2jt masuk modal".
 *
 * Pawning with no purpose, or for the home ("gadai emas 3jt"), is borrowing: `loan_mention`,
 * asked, as any other loan. Exactly one amount, with no date, question or person named;
 * anything else is left to the record reader.
 */
import type { Analysis } from '../analyze.ts';
import { S_PLAIN } from '../amount.ts';
import { C_GUESS } from '../confidence.ts';
import { T_NUM, T_WORD } from '../lexer.ts';
import type { ParseResult } from '../types.ts';
import { namesIntoBusiness } from '../into-business.ts';
import { G_HONORIFIC, G_HOUSEHOLD } from '../word-roles.ts';
import { present, trigger } from '../triggers.ts';
import { forTradeTool } from './business-cash.ts';

/** Selling (her own things): the verb before a valuable. */
const SELL = new Set(['jual', 'dijual', 'ngejual', 'kujual', 'menjual', 'jualin', 'dijualin', 'njual', 'adol', 'didol', 'ngedol']);
/** Pawning: borrowing against a valuable. */
const PAWN = new Set(['gadai', 'gadaikan', 'gadaiin', 'digadai', 'digadaikan', 'digadein', 'gadein', 'nggadai', 'ngegadai',
  'menggadaikan', 'pegadaian', 'gadaian', 'nggadein', 'sekolahin', 'disekolahin', 'sekolahkan', 'disekolahkan']);
/** Things of her household's that are sold or pawned to raise money (not goods she trades in). */
const VALUABLES = new Set(['emas', 'perhiasan', 'kalung', 'cincin', 'gelang', 'anting', 'liontin', 'antam', 'motor', 'mobil',
  'bpkb', 'sertifikat', 'hp', 'handphone', 'laptop', 'tv', 'kulkas', 'sepeda', 'sapi', 'kambing', 'tanah', 'sawah', 'kebun']);
/** Loans lent only for a business: KUR (kredit usaha rakyat), PNM Mekaar / ULaMM. */
const BUSINESS_LOANS = new Set(['kur', 'mekaar', 'pnm', 'ulamm']);
/** The loan reaching her: paid out, received, taken. */
const PAID_OUT = new Set(['cair', 'cairnya', 'dicairkan', 'pencairan', 'turun', 'keluar', 'dapat', 'dapet', 'terima', 'nerima',
  'diterima', 'pinjam', 'minjam', 'pinjem', 'minjem', 'ambil', 'ngambil', 'masuk', 'pinjaman']);
/** Paying a loan back: an instalment, not capital. */
const REPAY = new Set(['bayar', 'byr', 'setor', 'nyetor', 'angsuran', 'angsur', 'cicilan', 'cicil', 'nyicil', 'lunas', 'lunasin',
  'pelunasan', 'tunggakan', 'nunggak', 'telat', 'denda']);
/** Household pay: put into the business it is capital. */
const PAY = new Set(['thr', 'thrnya', 'gaji', 'gajinya', 'gajian', 'gajiku', 'bonus', 'pesangon', 'pensiun', 'pensiunan', 'honor']);
const PURPOSE = new Set(['buat', 'untuk', 'utk', 'bwt', 'bt']);
/** Her staff: "THR karyawan 500rb buat …" is a wage she pays. */
const STAFF = new Set(['karyawan', 'pegawai', 'pekerja', 'tukang', 'buruh', 'asisten', 'pembantu', 'kuli', 'sopir', 'supir']);
/** The business as where money goes. */
const BUSINESS = new Set(['modal', 'modal usaha', 'modal usahanya', 'usaha', 'warung', 'toko', 'dagangan', 'jualan', 'kulakan', 'kas']);
/** Words before the business that send the money into it. */
const INTO = new Set(['buat', 'untuk', 'utk', 'bwt', 'bt', 'jadi', 'dijadikan', 'jadiin', 'masuk', 'masukkan',
  'dimasukkan', 'tambah', 'ke', 'kedalam', 'sebagai', 'suntik']);
/** A customer, a seller's sale, the goods for sale: not her own things. */
const TRADE = new Set(['pembeli', 'pelanggan', 'konsumen', 'customer', 'laku', 'terjual', 'kulakan', 'stok', 'dagangan']);

/** The one money amount of the message, or null when there is none, more than one, or a doubtful one. */
function oneAmount(a: Analysis): number | null {
  let amount: number | null = null;
  for (const ex of a.nums) {
    if (ex.rupiah === null || ex.strength === S_PLAIN || ex.ambiguous || ex.approx) return null;
    if (amount !== null) return null;
    amount = ex.rupiah;
  }
  return amount;
}


function capital(a: Analysis, amount: number, item: string): ParseResult {
  return { intent: 'record', entries: [{ kind: 'capital', amount, item, quantity: null, unit: null, unitPrice: null }], date: a.today,
    confidence: 0.9 };
}

/** An arisan pot she received: "dapet arisan 1,5jt", "narik arisan", "menang arisan" (not paying in: REPAY). */
const POT = new Set(['arisan', 'arisannya']);
const POT_GOT = new Set(['dapat', 'dapet', 'dpt', 'narik', 'menang', 'keluar', 'cair', 'terima', 'nerima', 'oleh', 'entuk', 'meunang',
  'giliran']);

const T_OUTSIDE = trigger(PAWN, BUSINESS_LOANS, PAY, POT);
const T_SELL = trigger(SELL);
const T_VALUABLES = trigger(VALUABLES);
export function detectOutsideCapital(a: Analysis): ParseResult | null {
  // (Every reading below needs a pawning, business-loan or household-pay word, or a valuable sold.)
  if (!present(a, T_OUTSIDE) && !(present(a, T_SELL) && present(a, T_VALUABLES))) return null;
  if (a.question || a.truncated || a.dates.length > 0) return null;
  if (a.tokens.some((t) => t.type === T_NUM && t.num === null)) return null;
  const words = a.tokens.filter((t) => t.type === T_WORD);
  if (words.some((t) => (t.f2 & G_HONORIFIC) !== 0 || TRADE.has(t.key))) return null;
  const amount = oneAmount(a);
  if (amount === null) return null;
  const into = namesIntoBusiness(words, 0, INTO, BUSINESS);
  const valuables = words.filter((t) => VALUABLES.has(t.key)).map((t) => t.key);
  // "gadai emas 3jt buat modal", "jual kalung emas 1,5jt masukin usaha".
  const pawn = words.findIndex((t) => PAWN.has(t.key) || PAWN.has(t.text));
  const sell = words.findIndex((t) => SELL.has(t.key) || SELL.has(t.text));
  if (pawn >= 0 && (valuables.length > 0 || into)) {
    // Pawning is borrowing: for the business capital, otherwise a loan (asked).
    if (into) return capital(a, amount, ['gadai', ...valuables].join(' '));
    return { intent: 'unknown', confidence: C_GUESS, notes: ['loan_mention'] };
  }
  if (sell >= 0 && into && valuables.length > 0 && words.slice(sell + 1, sell + 4).some((t) => VALUABLES.has(t.key))) {
    return capital(a, amount, ['jual', ...valuables].join(' '));
  }
  // "cair KUR 10jt", "dapat Mekaar 2jt": a business loan paid out.
  const loan = words.some((t) => BUSINESS_LOANS.has(t.key));
  if (loan && !words.some((t) => REPAY.has(t.key)) && words.some((t) => PAID_OUT.has(t.key))) {
    // A business loan said to go elsewhere ("buat renovasi rumah", "buat beli motor") is not
    // capital unasked: a loan, as any other.
    const purpose = words.some((t) => PURPOSE.has(t.key) || (t.f2 & G_HOUSEHOLD) !== 0);
    // ("dapet pinjaman mekaar 2jt buat beli etalase": a tool of her trade is the business's, business-cash.ts.)
    if (purpose && !into && !forTradeTool(words)) return { intent: 'unknown', confidence: C_GUESS, notes: ['loan_mention'] };
    return capital(a, amount, 'pinjaman');
  }
  // "dapet arisan 1,5jt, semua masuk modal warung": her arisan pot put into the business, as her pay is.
  const pot = words.findIndex((t) => POT.has(t.key));
  if (into && pot > 0 && POT_GOT.has(words[pot - 1]?.key ?? '') && !words.some((t) => REPAY.has(t.key) || STAFF.has(t.key))) {
    return capital(a, amount, 'arisan');
  }
  // "uang THR 1jt buat modal": household pay put into the business.
  if (into && words.some((t) => PAY.has(t.key)) && !words.some((t) => STAFF.has(t.key) || REPAY.has(t.key))) {
    return capital(a, amount, words.find((t) => PAY.has(t.key))?.key ?? 'thr');
  }
  return null;
}

/**
 * "jual motor 8jt buat modal usaha dan beli etalase 2jt": in a record of several lines, her own
 * valuable sold for the business is capital — true when the message says so (a selling verb
 * before a valuable, the business as where the money went, no buyer or trade word).
 */
export function valuableSoldForBusiness(a: Analysis): boolean {
  // (A valuable and a selling or pawning word, or nothing to read: this runs on every record.)
  if (!present(a, T_VALUABLES) || !(present(a, T_SELL) || present(a, T_OUTSIDE))) return false;
  const words = a.tokens.filter((t) => t.type === T_WORD);
  if (words.some((t) => (t.f2 & G_HONORIFIC) !== 0 || TRADE.has(t.key)) || !namesIntoBusiness(words, 0, INTO, BUSINESS)) return false;
  return words.some((t, i) => (SELL.has(t.key) || SELL.has(t.text) || PAWN.has(t.key)) &&
    words.slice(i + 1, i + 4).some((u) => VALUABLES.has(u.key)));
}

/** Whether an entry's item names one of her valuables ("motor", "kalung emas"). */
export function namesValuable(item: string | null): boolean {
  return item !== null && item.split(' ').some((w) => VALUABLES.has(w));
}

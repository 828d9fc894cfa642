/**
 * A bill paid, said in the passive with the bill as its subject: "listrik dibayar 100rb", "wifi udah
 * dibayar 300rb", "kontrakan dilunasi 1,5jt", "sewa kios dibayar 500rb", "spp anak terbayar 200rb",
 * Javanese "listrik wis dibayar", "banyu kebayar", Sundanese "listrik geus dibayar", "cai dibayar".
 * The electricity, the rent, the school fee is paid BY her (or her home): never money that came in.
 *
 * WHY: "dibayar" is also the customer's paying ("pesanan bu Ani dibayar 200rb", "utang bu Tin dibayar
 * 50rb": money in), so the lexicon holds it as a weak sale word, and with a bill as its subject the
 * bill became a confident sale. Here the passive verb is read as her "bayar", so the message reads
 * exactly as "bayar listrik 100rb" / "listrik bayar 100rb" does: the business's expense, or the
 * home's bill asked as a withdrawal (household-bill.ts) — the same answer the active voice gets.
 *
 * Only known words decide: a bill word opening the clause (after a day or "udah" at most), the passive
 * verb within a few words after it, and nothing between that names someone's tab or order (utang,
 * bon, pesanan, a title): "utang bu Tin dibayar", "pesanan listrik dibayar" stay as read. A payer named
 * right after the verb ("ongkir dibayar pembeli", "listrik dibayarin sama anak") is someone else paying:
 * left as read. Wages only with her workers named ("gaji karyawan dibayar"): "gaji dibayar 2jt" may be
 * a wage paid to her household (left to the others). Gas and phone credit are left out: many a warung
 * sells LPG and pulsa ("gas dibayar 20rb" may be her customer paying), and so is a boarding room ("kos
 * dibayar": she may let rooms).
 */
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { retag } from './retag.ts';
import { tokenTrigger } from './token-triggers.ts';
import { G_HONORIFIC } from './word-roles.ts';
import { isBuyerWord } from './money-owner.ts';

/** Paid, passive or stative: Indonesian, chat, Javanese "kebayar/dibayari", Banjar and Sundanese "dibayar". */
const PASSIVE_PAID = new Set(['dibayar', 'dibayarin', 'dibayarkan', 'dibayari', 'dibayarno', 'kebayar', 'terbayar', 'terbayarkan',
  'dilunasi', 'dilunasin', 'dilunaskan', 'lunas', 'dibyr', 'dbyr', 'dbayar', 'ditransfer', 'ditf', 'ditrf',
  // Sundanese "dibayarna", Javanese "dibayare", Bugis/Makassar "nabayarmi", "nalunasimi".
  'dibayarna', 'dibayare']);

/**
 * Bills she (or her home) pays, as the subject: read as "bayar <bill>" is ("kontrakan dibayar 1jt" is the
 * home's rent, asked as "bayar kontrakan" is; without this reader "dibayar" made it a confident sale).
 */
export const BILLS = new Set(['listrik', 'pln', 'air', 'pdam', 'ledeng', 'banyu', 'cai', 'wifi', 'wi-fi', 'internet', 'indihome',
  'sewa', 'sewo', 'sewaan', 'kontrakan', 'kontrak', 'kontrakkan', 'spp', 'iuran', 'arisan',
  'ongkir', 'pajak', 'retribusi', 'bpjs', 'sampah', 'kebersihan', 'keamanan', 'lapak']);
/**
 * Rent is hers only for a place of her trade ("sewa kios", "sewa lapak"): "sewa tenda 500rb dibayar" may
 * be her renting tents out (asked elsewhere). ("tagihan …" is bill-side.ts's: a bill may be hers to send.)
 */
const RENT = new Set(['sewa', 'sewo', 'sewaan']);
// (Not the places she may let: "sewa kamar no 3 udah dibayar 600rb" is a landlady's rent coming in — rumah,
// kontrakan, kamar, kos — asked as rent_whose elsewhere.)
const PLACES = new Set(['kios', 'lapak', 'tempat', 'ruko', 'toko', 'warung', 'los', 'gerobak', 'stand', 'booth', 'kantin',
  'bulanan', 'tahunan']);
/** Water she may sell ("air galon dibayar 50rb": a customer paid for it): after "air", not a bill. */
const WATER_GOODS = new Set(['galon', 'isi', 'refill', 'mineral', 'minum', 'es', 'botol', 'gelas', 'aqua']);
/** Wages: a bill only with her workers after them ("gaji karyawan", "upah tukang"). */
const WAGES = new Set(['gaji', 'gajian', 'upah', 'bayaran']);
const WORKERS = new Set(['karyawan', 'pegawai', 'pekerja', 'tukang', 'buruh', 'penjaga', 'kuli', 'asisten', 'art',
  'pembantu', 'karyawati', 'crew', 'kru', 'staf', 'staff']);
/** Before the bill, still opening the clause: already-words and days. */
const OPENERS = new Set(['udah', 'sudah', 'sdh', 'udh', 'dah', 'wis', 'wes', 'uwis', 'geus', 'tadi', 'td', 'kemarin', 'kmrn',
  'kemaren', 'hari', 'ini', 'barusan', 'alhamdulillah', 'alhamdulilah', 'oh', 'eh', 'yg', 'yang']);
/** Someone's tab or order between the bill and the verb: the passive is a customer's paying. */
const SOMEONES = new Set(['utang', 'hutang', 'utangnya', 'hutangnya', 'bon', 'bonnya', 'kasbon', 'pesanan', 'pesenan', 'orderan',
  'order', 'piutang', 'cicilan', 'angsuran', 'nota', 'dagangan', 'jualan', 'pembeli', 'pelanggan', 'customer', 'cust']);
/** After the verb: a payer named ("dibayar pembeli", "dibayarin sama anak", "dibayar oleh bu Tin"). */
const PAYER_AFTER = new Set(['oleh', 'olh', 'ulih', 'sama', 'sm', 'ama', 'kalawan', 'ku', 'pembeli', 'pelanggan', 'customer',
  'cust', 'konsumen', 'langganan', 'reseller', 'suami', 'anak', 'adik', 'kakak', 'ibu', 'bapak', 'mertua', 'dia', 'tetangga', 'bos',
  'kantor', 'pemesan', 'buyer']);
/** How many words the verb may stand after the bill ("listrik bulan ini udah dibayar"). */
const REACH = 5;

/**
 * Wakes the pass: the bills, rent and wages (not the verbs: "dibayar" is a key settlePaidPassive writes
 * after the mask is taken, and no gate may hold one — tests/unit/parser/token-triggers.test.ts).
 */
export const W_BILL_PASSIVE = tokenTrigger(BILLS, RENT, WAGES);

const word = (t: Token | undefined): t is Token => t !== undefined && t.type === T_WORD;
const endsClause = (t: Token): boolean => t.type === T_NL || (t.type === T_PUNCT && /^[,.;:!?]$/.test(t.text));

/** The bill opening the clause that ends before `verb`, or -1 (paid-by-other.ts asks who paid it when a payer follows). */
export function billBefore(tokens: readonly Token[], verb: number): number {
  let start = verb;
  while (start > 0 && !endsClause(tokens[start - 1] as Token)) start--;
  let i = start;
  while (i < verb && word(tokens[i]) && OPENERS.has((tokens[i] as Token).key)) i++;
  const bill = tokens[i];
  if (!word(bill) || verb - i > REACH) return -1;
  const next = tokens[i + 1];
  const isBill = (BILLS.has(bill.key) && !RENT.has(bill.key)) ||
    // (Bare "sewa dibayar 500rb" names no place: her rent paid, or a tenant's paid to her — left asked, rent_whose.)
    (RENT.has(bill.key) && word(next) && (PLACES.has(next.key) || OPENERS.has(next.key))) ||
    (WAGES.has(bill.key) && word(next) && WORKERS.has(next.key));
  if (!isBill || (bill.key === 'air' && WATER_GOODS.has(tokens[i + 1]?.key ?? ''))) return -1;
  for (let j = i + 1; j < verb; j++) {
    const t = tokens[j] as Token;
    if (t.type === T_WORD && (SOMEONES.has(t.key) || (t.f2 & G_HONORIFIC) !== 0)) return -1;
  }
  return i;
}

/** Her own "I" after the agent word: "listrik dibayar sama aku" is her paying, as "bayar listrik" is. */
// (Not "ku": Sundanese "dibayar ku bu Tin" is "paid by".)
// (Betawi "ane", chat "gua", "sya", Balinese "tiang", Sasak "aku" as typed: the lexicon keys none of them "saya".)
const SELF = new Set(['aku', 'saya', 'sy', 'sya', 'aq', 'ak', 'gue', 'gua', 'gw', 'ane', 'kami', 'kita', 'kulo', 'abdi', 'beta', 'awak', 'ulun',
  'ambo', 'tiang']);
const AGENT = new Set(['oleh', 'olh', 'ulih', 'sama', 'sm', 'ama', 'karo', 'kalawan']);

/**
 * Whether a payer is named right after the verb at i (an amount may stand between: "dibayar 20rb oleh
 * pembeli") — or a word the lexicon does not know right after it, a name ("listrik dibayar Tigor 100rb").
 */
export function payerAfter(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + 3; j++) {
    const t = tokens[j] as Token;
    if (endsClause(t)) return false;
    if (t.type !== T_WORD) continue;
    if (SELF.has(t.key) || (AGENT.has(t.key) && SELF.has(tokens[j + 1]?.key ?? ''))) return false;
    // "listrik dibayar sama air 150rb", "dibayar ama duit jualan": "sama" is "with" before a bill or her money;
    // "listrik dibayar ku 100rb": an agent word with no one after it is her own "by me".
    if (PAYER_AFTER.has(t.key) && !PAYER_WORDS.has(t.key) && !personNext(tokens[j + 1])) return false;
    if (PAYER_AFTER.has(t.key)) return true;
    // "dibayar bu Tin"; "listrik dibayar bu 100rb", "… kak 100rb": a title with no name after it is her speaking to us.
    if ((t.f2 & G_HONORIFIC) !== 0) return word(tokens[j + 1]);
    // ("dibayar si Butet": "si" before a name.)
    if ((j === i + 1 && unknownName(t)) || (t.key === 'si' && tokens[j + 1] !== undefined && unknownName(tokens[j + 1] as Token))) return true;
  }
  return false;
}

/** How it was paid, words the lexicon may not hold: never a payer's name. */
const HOW_PAID = new Set(['tunai', 'cash', 'kes', 'cas', 'kontan', 'lunas', 'full', 'penuh', 'langsung', 'lgsg', 'lsg', 'qris', 'tf', 'trf',
  'transfer', 'debit', 'online', 'otomatis', 'autodebet', 'autodebit', 'cod', 'manual',
  // … through what: "dibayar via dana", "lewat bri", "pake m-banking" (the wallets and banks are no payer either).
  'via', 'lewat', 'lwt', 'pake', 'pakai', 'pakek', 'dengan', 'dgn', 'dg', 'dana', 'ovo', 'gopay', 'shopeepay', 'linkaja', 'bca', 'bri', 'bni',
  'mandiri', 'brimo', 'mbanking', 'atm', 'indomaret', 'alfamart', 'alfa', 'pos',
  // … with what: her own money ("dibayar sama uang kas", "ama duit jualan", "dari tabungan").
  'uang', 'duit', 'duwit', 'kas', 'tabungan', 'modal', 'saldo', 'laci', 'dompet', 'celengan']);
/**
 * Words that follow a paying verb and say when, how much, together with what, or who (herself, the seller):
 * "listrik dibayar dulu 100rb", "dibayar sekalian", "dibayar sendiri", "ongkir dibayar penjual", "dibayar
 * cuma 100rb", "dibayar kok". The lexicon holds none (it keys only words with a role), so without this list
 * each was taken for a payer's name and her own bill asked as paid by another.
 */
const AFTER_PAYING = new Set([
  'dulu', 'duluan', 'dluan', 'belakangan', 'barusan', 'brusan', 'pas', 'tepat', 'telat', 'terlambat', 'waktu', 'tiap', 'setiap', 'per',
  'perbulan', 'pertahun', 'perminggu', 'perhari', 'sebulan', 'setahun', 'seminggu', 'sehari', 'bulanan', 'tahunan', 'mingguan', 'harian',
  'awal', 'akhir', 'tengah', 'nanti', 'ntar', 'besok', 'sekarang', 'skrg', 'pagi', 'siang', 'sore', 'malam', 'mlm',
  'sekalian', 'skalian', 'sekaligus', 'bareng', 'barengan', 'bersamaan', 'patungan', 'semua', 'semuanya', 'smua', 'total', 'cuma', 'cuman', 'cma', 'hanya',
  'sebagian', 'separo', 'separuh', 'setengah', 'sisa', 'sisanya', 'sebesar', 'senilai', 'seharga', 'sejumlah', 'sekitar', 'kira', 'kurang',
  'lebih', 'sekeluarga', 'juga', 'jg', 'aja', 'aj', 'saja', 'doang', 'lagi', 'lg', 'kok', 'mah', 'kan', 'sih', 'deh', 'dong', 'nih', 'tuh',
  'ya', 'yah', 'lah', 'pun', 'alhamdulillah', 'alhamdulilah',
  'sendiri', 'sndiri', 'sndri', 'sendirian', 'penjual', 'seller', 'toko', 'warung', 'kios', 'lapak', 'olshop']);

/** A word the lexicon does not know, shaped as a name ("Tigor", "Sari"), no way of paying, time or part. */
export function unknownName(t: Token): boolean {
  return t.type === T_WORD && t.info === null && /^[a-z]{3,12}$/.test(t.key) && !HOW_PAID.has(t.key) && !AFTER_PAYING.has(t.key) &&
    !SELF.has(t.key) && !PAYER_AFTER.has(t.key) && !isBuyerWord(t.key);
}

/** The payer words of PAYER_AFTER (a person, not the agent words "oleh", "sama", "ku" before one). */
const PAYER_WORDS = new Set([...PAYER_AFTER].filter((w) => !AGENT.has(w) && w !== 'ku'));

/** Whether the word after an agent word may be a person: not a bill, her money, a time or a way of paying. */
function personNext(t: Token | undefined): boolean {
  return t !== undefined && t.type === T_WORD && !BILLS.has(t.key) && !HOW_PAID.has(t.key) && !AFTER_PAYING.has(t.key);
}

/**
 * Whether the word after the passive's agent word ("sama", "oleh", Sundanese "ku") is a person, not a
 * bill or her money ("listrik dibayar sama air": with the water bill): paid-by-other.ts.
 */
export function agentIsPerson(t: Token | undefined): boolean {
  return personNext(t) && !SELF.has((t as Token).key);
}

/** Reads the passive paying verb as her "bayar" where a bill is its subject (see the file comment). */
export function settleBillPassive(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || !(PASSIVE_PAID.has(t.text) || PASSIVE_PAID.has(t.key))) continue;
    if (billBefore(tokens, i) >= 0 && !payerAfter(tokens, i)) retag(t, 'bayar');
  }
}

/**
 * Household bills written as spending: "bayar listrik rumah 120rb", "spp anak 150rb",
 * "belanja dapur 80rb", "beli beras buat makan 60rb", "bayar kontrakan rumah 500rb". The
 * money paid the home, not the business: at most a withdrawal (when it came from the
 * business's money), never a confident business expense. "listrik kios", "sewa lapak",
 * "beli beras buat jualan nasi" name the business and stay its expenses.
 */
import { regionalMeaning } from './regional-words.ts';
import { cooksWares } from './trade-dishes.ts';
import { T_WORD, type Token } from './lexer.ts';
import type { ParsedEntry } from './types.ts';

/** Words that put a bill in the home. ("makan" only as a purpose: "buat makan", "untuk makan".) */
const HOME = new Set(['rumah', 'dapur', 'spp', 'sekolah', 'anak', 'keluarga', 'pribadi', 'suami', 'kontrakan', 'kondangan',
  'berobat', 'rumahtangga', 'dirumah',
  // School and pocket money as the regions write them: Minang "sakola", Banjar "sakulah", Javanese "sangu"; Minang "dapua".
  'sakola', 'sakolah', 'sakulah', 'sekola', 'sangu', 'dapua',
  // English in a mixed message: "bought rice 30k for home", "school fees for the kids".
  'home', 'household', 'groceries', 'grocery', 'family', 'husband', 'school', 'kids', 'children']);

/** Words that put it in the business: where she sells, what she sells, who buys. */
const BUSINESS = new Set(['kios', 'warung', 'lapak', 'toko', 'usaha', 'dagangan', 'dagang', 'jualan', 'jual', 'dijual', 'stok',
  'stock', 'modal', 'produksi', 'bahan', 'pembeli', 'pelanggan', 'kedai', 'gerobak', 'booth', 'olshop', 'toko', 'katering',
  'catering', 'pesanan', 'orderan', 'kantin', 'ruko', 'tempat', 'lokasi', 'kulakan', 'kulak', 'karyawan', 'pegawai', 'pekerja',
  'shop', 'stall', 'business', 'customer', 'customers', 'ingredients', 'supplies', 'order', 'orders', 'sell', 'selling']);

/** Bills of the home that no one is paid for as a sale ("spp anak", not "THR anak"). */
/** Whose the errand was: a customer's ("langganan"), not the home's. */
const CUSTOMERS = new Set(['langganan', 'pelanggan', 'penumpang', 'customer']);
const BILLS = new Set(['spp', 'sekolah', 'kontrakan', 'dapur', 'rumah', 'sakola', 'sakolah', 'sakulah', 'sekola', 'dapua',
  // "jajan anak 5rb" under a day's sales: the child's snack money, never another sale (asked).
  'jajan']);

const PURPOSE = new Set(['buat', 'untuk', 'utk', 'bwt', 'bt', 'for']);
/** Helping her: "bantu", "bantuin", "ngebantu", "membantu", "bantu2" (wages-paid.ts's helper). */
const HELPER = /^(?:nge|mem)?bantu(?:in|2|-bantu)?$/;

function homeWords(words: readonly string[]): boolean {
  let home = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (BUSINESS.has(w)) return false;
    // "gaji anak buah": her workers, the business's cost.
    if (w === 'anak' && words[i + 1] === 'buah') return false;
    // "gaji anak yg bantu jahit", "upah anak yang bantuin jaga warung": her child as her helper, paid a wage.
    if (HOME.has(w) && (words[i + 1] === 'yg' || words[i + 1] === 'yang') && HELPER.test(words[i + 2] ?? '')) return false;
    if (HOME.has(w)) home = true;
    // "buat makan", "untuk makan sehari-hari": eating at home; "warung makan" names a business (above).
    // ("buat masak gudeg": cooking a stall dish is making her goods, trade-dishes.ts.)
    else if ((w === 'makan' || w === 'masak') && i > 0 && PURPOSE.has(words[i - 1] as string) && !cooksWares(w, words[i + 1], words[i + 2])) home = true;
  }
  return home;
}

/**
 * Turns expense entries that name a household bill into withdrawals and says so (true), when
 * nothing in the message names the business. `tokens` are the message's tokens (its words are read).
 */
export function householdBills(entries: ParsedEntry[], tokens: readonly Token[], kindGuessed: boolean): boolean {
  // Only an entry that its own words could make a bill (see `mayBeBill`) makes the message's
  // words worth gathering: most records end here.
  let may = false;
  for (let i = 0; i < entries.length && !may; i++) may = mayBeBill(entries[i] as ParsedEntry, entries.length);
  if (!may) return false;
  const written = tokens.filter((t) => t.type === T_WORD).map((t) => t.text);
  // Regional words as the Indonesian they mean: "jajan bocah", "duit sakola budak" (regional-words.ts).
  const all = written.map(indonesian);
  const words = withoutMoneySource(all);
  if (words.some((w) => BUSINESS.has(w))) return false;
  let any = false;
  for (const e of entries) {
    // "spp anak 150rb" with no verb: a guessed sale is the home's bill too; so is one whose
    // only sale word names the money it was paid from ("spp anak 150rb dari uang jualan").
    const saleFromSource = e.kind === 'sale' && !words.some((w) => SALE_WORDS.has(w)) && all.some((w) => SALE_WORDS.has(w));
    // "laku kue 75rb\njajan anak 5rb": a line with no verb of its own took the sale above it.
    const carriedSale = e.kind === 'sale' && entries.length >= 2;
    if ((e.kind !== 'expense' && !(kindGuessed && e.kind === 'sale') && !saleFromSource && !carriedSale) || e.item === null) continue;
    const own = e.item.split(/\s+/).map(indonesian);
    if (e.kind === 'sale' && !own.some((w) => BILLS.has(w))) continue;
    // "jemput anak sekolah langganan 15rb": a customer's child taken to school is a driver's fare.
    if (e.kind === 'sale' && own.some((w) => CUSTOMERS.has(w))) continue;
    // "beli baju anak 10 potong 300rb": goods counted by the handful are stock she sells.
    if (e.quantity !== null && e.quantity >= 3) continue;
    if (!homeWords(own) && !(entries.length === 1 && homeWords(words))) continue;
    e.kind = 'withdrawal';
    any = true;
  }
  return any;
}

/**
 * What the loop of `householdBills` asks of an entry before the message's words, read on the
 * entry alone: an expense or sale naming something, a sale only with a bill's word, fewer than
 * three pieces, home words of its own or the message's only entry. Never false for an entry
 * the loop would turn, so ruling out on it changes no result.
 */
function mayBeBill(e: ParsedEntry, entryCount: number): boolean {
  if (e.item === null || (e.kind !== 'expense' && e.kind !== 'sale')) return false;
  if (e.quantity !== null && e.quantity >= 3) return false;
  if (e.kind === 'expense' && entryCount === 1) return true;
  const own = e.item.split(/\s+/).map(indonesian);
  if (e.kind === 'sale' && !own.some((w) => BILLS.has(w))) return false;
  return entryCount === 1 || homeWords(own);
}

/** Words that make a message a sale, unless they name the money ("uang jualan"). */
const SALE_WORDS = new Set(['jual', 'jualan', 'dagangan', 'laku', 'terjual']);

/** Money words before a business word: "uang dagangan", "hasil jualan", "duit warung". */
export const MONEY_OF: ReadonlySet<string> = new Set(['uang', 'duit', 'hasil', 'kas']);

/**
 * The words without the business's money named as the source ("bayar listrik rumah 150rb
 * pake uang dagangan"): where the money came from does not make the bill the business's.
 */
function withoutMoneySource(words: readonly string[]): string[] {
  return words.filter((w, i) => !(BUSINESS.has(w) && i > 0 && MONEY_OF.has(words[i - 1] as string)));
}

function indonesian(w: string): string {
  return regionalMeaning(w) ?? w;
}

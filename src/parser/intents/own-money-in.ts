/**
 * Her own money drawn out and put into the business, said in one clause:
 *   "tarik tunai 200rb dari rekening pribadi buat nambah modal warung",
 *   "ambil di ATM 300rb buat tambah modal toko", "transfer dari tabungan 1jt ke kas usaha",
 *   "narik 150rb dari rekening sendiri buat modal dagangan";
 * and the business topped up from her money: "tambah kas warung dari uang pribadi 250rb",
 *   "isi modal usaha dari tabungan 500rb", "nambahin modal dari gaji suami 1jt".
 *
 * WHY: "tarik tunai" / "ambil di ATM" alone is money taken out (a withdrawal guess), and the
 * record reader kept that reading even when the clause says where the money went: into the
 * business ("buat (nambah) modal", "ke kas usaha"). Money she puts in from her own account or
 * savings is capital. Only when the money comes from somewhere of hers (her account, savings,
 * an ATM, cash of her own) and goes to the business named; one amount, no date, question or
 * person, no home purpose, no group cash ("setor ke kas koperasi" is no capital).
 */
import type { Analysis } from '../analyze.ts';
import { S_PLAIN } from '../amount.ts';
import { T_NUM, T_WORD, type Token } from '../lexer.ts';
import type { ParseResult } from '../types.ts';
import { namesIntoBusiness } from '../into-business.ts';
import { G_CAPITAL, G_HONORIFIC, G_HOUSEHOLD, G_LOAN } from '../word-roles.ts';
import { present, trigger } from '../triggers.ts';

/** Drawing money out of where she keeps it. */
const DRAW = new Set(['tarik', 'narik', 'ditarik', 'ambil', 'ngambil', 'mengambil', 'diambil', 'transfer', 'tf', 'trf', 'pindah', 'pindahin',
  'pindahkan', 'pakai', 'pake', 'pakai uang', 'pake uang', 'cairkan', 'cairin', 'dicairkan']);
/** Where her own money is kept: an account, savings, an ATM, cash of her own. */
const KEPT = new Set(['rekening', 'rek', 'tabungan', 'atm', 'tunai', 'celengan', 'simpanan', 'pribadi', 'sendiri', 'bank', 'dompet']);
/** Money that is not hers, or the business paying out: any of these and this reader stands aside. */
const OTHER = new Set(['koperasi', 'kelompok', 'arisan', 'bumdes', 'pkk', 'majelis', 'paguyuban', 'hasil', 'omset', 'setoran',
  'pembeli', 'pelanggan', 'customer', 'cust', 'bayar', 'cicilan', 'angsuran', 'balikin', 'kembalikan', 'fee', 'admin']);

/** Words before the business that send the money into it. */
const INTO = new Set(['buat', 'untuk', 'utk', 'bwt', 'bt', 'kanggo', 'keur', 'jadi', 'masuk', 'masukkan', 'tambah',
  'ke', 'sebagai']);
/**
 * The business as where the money goes. Not stock ("buat kulakan", "buat dagangan"): money
 * spent at once on goods may be the purchase itself, asked as before (`savings_for_stock`).
 */
const BUSINESS = new Set(['modal', 'modal usaha', 'modal usahanya', 'usaha', 'warung', 'toko', 'kios', 'lapak', 'kas', 'kas usaha']);
/** Where money comes from: "dari jualan", "dr kas warung" is the business's own money, no capital. */
const FROM = new Set(['dari', 'dr', 'drpd']);
const BUSINESS_SOURCE = new Set(['jualan', 'dagangan', 'usaha', 'warung', 'toko', 'kas', 'laci', 'kios', 'lapak', 'kas usaha']);


/** Topping the business up: "tambah kas warung", "isi modal usaha", "nambahin modal". */
// By root (root-forms.ts): "tambah" is "nambahin", "manambah", "nambihan"; "isi" is "ngisi", "isiin".
const TOP_UP = new Set(['tambah', 'ditambah', 'isi', 'diisi']);
/** Money of hers or her household's named as the source, after "dari": "uang pribadi", "gaji suami", "THR". */
const OWN_SOURCE = new Set([...KEPT, 'thr', 'gaji', 'gajinya', 'gajiku', 'bonus', 'pesangon', 'pensiun', 'suami', 'istri', 'simpananku',
  'tabunganku', 'uangku', 'duitku']);
/** What marks the source after the business: "dari", or "pake uang sendiri". */
const SOURCE_MARK = new Set([...FROM, 'pake', 'pakai', 'pakek', 'make', 'memakai', 'pakei']);
/** Between "dari" and the source: "dari uang pribadi", "dari duit tabungan saya". */
const MONEY_WORD = new Set(['uang', 'duit', 'uangnya', 'duitnya', 'hasil', 'saya', 'aku', 'sy']);

/**
 * "tambah kas warung dari uang pribadi 250rb", "isi modal usaha dari tabungan 500rb", "nambahin
 * modal dari gaji suami 1jt": the business topped up, the money's source hers. The business
 * right after the verb, "dari" then her own money within two words; the business's own money
 * ("dari hasil jualan") is no source of hers.
 */
function toppedUpFromOwn(words: readonly Token[]): boolean {
  // ("tambah modal" may be read as one word, capital named.)
  const up = words.findIndex((t, i) => (TOP_UP.has(t.key) && BUSINESS.has(words[i + 1]?.key ?? '')) ||
    ((t.f2 & G_CAPITAL) !== 0 && TOP_UP.has(t.key.split(' ')[0] ?? '')));
  if (up < 0) return false;
  for (let i = up + 1; i < words.length; i++) {
    if (!SOURCE_MARK.has((words[i] as Token).key)) continue;
    for (let j = i + 1; j <= i + 3 && j < words.length; j++) {
      const w = words[j] as Token;
      if (OWN_SOURCE.has(w.key)) return true;
      if (!MONEY_WORD.has(w.key) || w.key === 'hasil') return false;
    }
  }
  return false;
}

const T_DRAW = trigger(DRAW);
const T_KEPT = trigger(KEPT);
const T_TOP_UP = trigger(TOP_UP);

/** Capital put in from her own money, or null (see the file comment). */
export function detectOwnMoneyIn(a: Analysis): ParseResult | null {
  return drawnIn(a) ?? toppedUp(a);
}

/** The one amount of a plain statement (no date, question or loan), or null. */
function plainAmount(a: Analysis): number | null {
  if (a.question || a.truncated || a.dates.length > 0 || (a.f2 & G_LOAN) !== 0) return null;
  if (a.tokens.some((t) => t.type === T_NUM && t.num === null)) return null;
  let amount: number | null = null;
  for (const ex of a.nums) {
    if (ex.rupiah === null || ex.strength === S_PLAIN || ex.ambiguous || ex.approx || amount !== null) return null;
    amount = ex.rupiah;
  }
  return amount;
}

function capital(a: Analysis, amount: number): ParseResult {
  return { intent: 'record', entries: [{ kind: 'capital', amount, item: 'uang pribadi', quantity: null, unit: null, unitPrice: null }],
    date: a.today, confidence: 0.9 };
}

function toppedUp(a: Analysis): ParseResult | null {
  if (!present(a, T_TOP_UP)) return null;
  const amount = plainAmount(a);
  if (amount === null) return null;
  const words = a.tokens.filter((t) => t.type === T_WORD);
  // Group cash, a customer, someone titled: not her money into her business.
  if (words.some((t) => (OTHER.has(t.key) && t.key !== 'hasil') || (t.f2 & G_HONORIFIC) !== 0)) return null;
  return toppedUpFromOwn(words) ? capital(a, amount) : null;
}

function drawnIn(a: Analysis): ParseResult | null {
  if (!present(a, T_DRAW) || !present(a, T_KEPT)) return null;
  const amount = plainAmount(a);
  if (amount === null) return null;
  const words = a.tokens.filter((t) => t.type === T_WORD);
  const draw = words.findIndex((t) => DRAW.has(t.key) || DRAW.has(t.text));
  if (draw < 0 || !words.some((t) => KEPT.has(t.key) || KEPT.has(t.text))) return null;
  // ("pribadi" is a household word too: here it is whose account, not what the money is for.)
  if (words.some((t) => OTHER.has(t.key) || (t.f2 & G_HONORIFIC) !== 0 || ((t.f2 & G_HOUSEHOLD) !== 0 && !KEPT.has(t.key)))) return null;
  // "ambil 100rb dari kas warung buat modal": the business's own money, moved within it.
  if (words.some((t, i) => FROM.has(t.key) && BUSINESS_SOURCE.has(words[i + 1]?.key ?? ''))) return null;
  if (!namesIntoBusiness(words, draw + 1, INTO, BUSINESS)) return null;
  return capital(a, amount);
}

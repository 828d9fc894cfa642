/**
 * Money sent out for the business, in online sellers' and traders' words: the words that say
 * so are not buying or paying verbs the lexicon knows, so the kind was guessed (a sale, asked)
 * or read as money taken home. Settled once per message before amounts are read
 * (context-words.ts), by giving the word the meaning of the verb it stands for:
 *
 * - **Sent to a trade she pays**: `tf/trf/transfer/kirim` (and `ditransfer`, `ditf`, `dikirim`)
 *   with `ke/kepada/buat/ka/nang` + a payee by trade later in its clause — `sdh tf 500rb ke
 *   suplier kain`, `tf 1,2jt ke vendor tenda`, `transfer ke rek mbak supplier 275rb`, `kirim
 *   uang ke konveksi 2jt` — reads as `bayar`: her expense, never a customer paying her.
 *   `kirim` counts only with money and nothing else between it and `ke` (`kirim 20 pcs ke agen`,
 *   `nota kirim ke toko Sinar 600rb` may be goods sent out: left as they were). A person by name only (`tf ke bu Ani 200rb`) is not read here: a loan,
 *   a gift or a payment, whose kind stays asked.
 * - **Goods taken from a supplier**: `ambil/ngambil/njupuk` (or `stok/restock` opening the
 *   clause) with `dari/dr/di` + a supplier — `ambil stok dr supplier 12 pcs kerudung 420rb`,
 *   `ngambil 2 kodi dari konveksi 900rb` — reads as `kulakan`: a purchase, not her own use. A
 *   customer who takes goods from HER (`bu Ani ambil 3 kerudung`, `reseller ambil 20 pcs dari
 *   saya`) keeps her sale: the verb must open its clause, and the source must be a supplier.
 * - **Restocking a cooler or a shelf**: `ngisi/isi/mengisi` + `freezer/kulkas/etalase/rak/stok`
 *   (`ngisi freezer: es krim 1 dus 185rb`) reads as `belanja`. Not `isi ulang` (a refill she may
 *   sell), not `isi 10 pcs` (what a pack holds), not with a home word (`isi kulkas rumah`).
 * - **A marketplace's or an affiliate's cut**: `komisi/fee` + `marketplace/shopee/layanan…` reads as
 *   `biaya`; + `affiliate/afiliasi/kreator` too when a sale of hers is said in the message (`…,
 *   checkout 9 pcs 405k, komisi affiliate 40k`): what she pays for a sale, never the agent's fee
 *   she earns. Alone (`komisi affiliate 40rb`: she may be the affiliate), or with money coming in
 *   said in its clause (`dapat komisi affiliate 120rb`), it is left to the fee reader.
 *
 * - **Dues of her market**: `iuran` with `pasar`/`lapak`/`kios`/`paguyuban`/`pedagang` in the three
 *   words after it (`bayar iuran keamanan pasar 10rb`) reads as `biaya`: a cost of her stall, not
 *   the household's dues (`iuran keamanan RT`, `iuran arisan` stay as they were) nor a purchase shared.
 *   With a period said (`… pasar minggu ini 10rb`: dues for a week, maybe a sum) it is asked as before.
 * - **Advertising** (`iklan`, `ads`, `boost`, `endorse`, `promote`) is a cost noun (cost-nouns.ts):
 *   `topup iklan shopee 50rb`, `boost ig 3 hari 75k` are expenses. Beside money coming in or a word
 *   of paid work or a sale in its clause (`dapat endorse 300rb`, `hasil iklan 200rb`, `jasa boost ig
 *   50rb`, `fee endorse 200rb`) it is her own
 *   work or unsaid: the word is read as before (no kind of its own).
 * - **Buyers checking out in her live selling** (`live tiktok 2 jam, checkout 9 pcs lip tint 405k`):
 *   `checkout` with a live word in the message reads as `laku`, so the cut beside it has its sale.
 *   Without one (`checkout shopee 150rb`) it may be her own shopping: left as it was.
 *
 * Pure: tokens in, tokens retagged in place.
 */
import { AD_COSTS } from './cost-nouns.ts';
import { retag } from './retag.ts';
import { tokenTrigger } from './token-triggers.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { F_DATE, F_FILLER, F_NEG, F_PERIOD, F_SALE, F_WEAK, F_SCALE, F_CUR_POST, F_CUR_PRE, F_SLANG, F_UNIT, G_HONORIFIC, G_HOUSEHOLD, G_SELF } from './word-roles.ts';

/** Trades she pays, by the word for them: `ke supplier`, `ke vendor tenda`, `ke konveksi`. */
const PAYEES = new Set(['supplier', 'suplier', 'supplayer', 'suplayer', 'supllier', 'supliyer', 'splr', 'spl', 'vendor', 'vendornya',
  'suppliernya', 'supliernya', 'agen', 'agennya', 'grosir', 'grosiran', 'toke', 'tauke', 'taoke', 'konveksi', 'penjahit', 'kurir',
  'distributor', 'pabrik', 'pemasok', 'produsen', 'juragan', 'percetakan', 'sablon', 'ekspedisi', 'tukang', 'maklon', 'importir',
  // craftspeople who make her goods to order: "DP ke pengrajin rotan", "ngirim duit ka pengrajin anyaman"
  'pengrajin', 'perajin', 'pengrajinnya', 'perajinnya']);
/** Branchless banking after "agen": "agen brilink", "agen bni46", "agen bank", "agen laku pandai". */
const BANK_AGENTS = new Set(['brilink', 'bri', 'bni', 'bni46', 'bank', 'bca', 'mandiri', 'bsi', 'btn', 'bjb', 'linkaja', 'laku', 'lakupandai',
  'pos', 'ppob', 'payment', 'pembayaran', 'transfer', 'tarik', 'tunai', 'atm', 'dana', 'ovo', 'gopay', 'pulsa', 'keuangan']);
/** Payees a taking verb reads as a supplier ("ambil dari grosir"): not a courier or a tailor she pays for work. */
const SOURCES = new Set(['supplier', 'suplier', 'supplayer', 'suplayer', 'supllier', 'supliyer', 'splr', 'spl', 'vendor', 'vendornya',
  'suppliernya', 'supliernya', 'agen', 'agennya', 'grosir', 'grosiran', 'toke', 'tauke', 'taoke', 'konveksi', 'distributor', 'pabrik',
  'pemasok', 'produsen', 'juragan', 'importir', 'maklon', 'pengepul']);

/** Sending money: read as "bayar" before a payee. */
const SEND = new Set(['tf', 'trf', 'transfer', 'transfr', 'trasfer', 'tranfer', 'transferan', 'transferin', 'ditransfer', 'ditf', 'ditrf',
  'kirim', 'kirimin', 'ngirim', 'dikirim', 'mengirim']);
/** Sending that is as often goods ("kirim 20 pcs ke agen"): money only when nothing but money stands before "ke". */
const SEND_GOODS = new Set(['kirim', 'kirimin', 'ngirim', 'dikirim', 'mengirim']);
/** "ke", "kepada", "buat", Sundanese/Minang "ka", Javanese "nang/neng/ning". */
const TO = new Set(['ke', 'kepada', 'kpd', 'buat', 'bwt', 'untuk', 'nang', 'neng', 'ning', 'ka', 'to']);
/** Her account word before the payee: "ke rek supplier", "ke rekening vendor". */
const ACCOUNT = new Set(['rek', 'rekening', 'norek', 'akun', 'nomor']);
/** Money words allowed between "kirim" and "ke": "kirim uang 500rb ke supplier". */
const MONEY = new Set(['uang', 'duit', 'dana', 'dp', 'pelunasan', 'lunasan', 'bayaran', 'pembayaran']);

/** A down payment's words: paid by her when sent to a payee. */
const DOWN = new Set(['dp', 'terima dp', 'panjar', 'persekot']);

/** Whether the message names a trade she paid after "ke" ("… 400rb ke penjahit"): what the money was for. */
export function namesPayee(tokens: readonly Token[]): boolean {
  for (let j = 0; j + 1 < tokens.length; j++) if (TO.has(word(tokens[j])) && payeeAt(tokens, j + 1, PAYEES)) return true;
  return false;
}

/** A trade she pays at j ("pengrajin rotan", "rek mbak supplier"): for down-payment-way.ts. */
export function paidPartyAt(tokens: readonly Token[], j: number): boolean {
  return payeeAt(tokens, j, PAYEES);
}

/** Taking goods in (the lexicon's "ambil"; "njupuk", "nyandak", "ngala" fold to it). */
const TAKE = new Set(['ambil', 'ngambil', 'mengambil', 'ngambik']);
/** Stock opening a clause: "stok dr supplier 20 pcs 400rb". */
const STOCK = new Set(['stok', 'stock', 'restok', 'restock', 'setok']);
/** Goods arriving, not bought here: "stok dari supplier datang" (goods-received.ts reads it). */
const ARRIVED = new Set(['datang', 'dateng', 'nyampe', 'nyampai', 'sampai', 'sampe', 'tiba', 'diterima', 'masuk']);
const FROM = new Set(['dari', 'dr', 'di', 'ke', 'ti', 'tina']);

/** Where stock is kept: "ngisi freezer", "isi etalase", "ngisi stok". */
const STORES = new Set(['freezer', 'frezer', 'frizer', 'freser', 'kulkas', 'chiller', 'etalase', 'showcase', 'rak', 'lemari', 'gudang', 'stok',
  'stock', 'stoknya', 'cooler', 'display', 'etalasenya', 'freezernya', 'kulkasnya']);
/**
 * Of those, the ones a home has too ("isi kulkas 300rb" may be the family's fridge): restocking only
 * with goods for sale or her shop named in the message (`SHOP_SAID`); else left as before, asked.
 */
const HOME_STORES = new Set(['kulkas', 'kulkasnya', 'lemari', 'rak']);
/** Her trade named: "isi kulkas warung", "ngisi kulkas buat jualan", "isi rak toko: sabun 2 dus". */
const SHOP_SAID = new Set(['warung', 'toko', 'kios', 'lapak', 'kedai', 'jualan', 'dagangan', 'jual', 'dijual', 'dagang', 'kantin', 'booth',
  'stand', 'gerobak', 'minimarket', 'etalase', 'freezer', 'dijualin', 'usaha', 'stok', 'stock',
  // Goods counted in the trade's bulk units are stock: "ngisi kulkas: teh botol 2 krat 96rb".
  'krat', 'krat2', 'dus', 'dos', 'karton', 'kardus', 'bal', 'slop', 'renteng', 'lusin', 'kodi', 'pack', 'pak', 'box']);
/** Written forms of "isi" that are the verb, not the noun ("isi 10 pcs"); bare "isi" only opening its clause. */
const FILL_FORMS = new Set(['ngisi', 'ngisiin', 'ngisikan', 'mengisi', 'mengisikan', 'isiin', 'ngiseni', 'ngisii', 'ngisiken', 'ngisian']);

/** An affiliate's or a platform's cut: "komisi affiliate", "fee kreator", "komisi host". */
const CUT = new Set(['komisi', 'komisinya', 'fee', 'feenya']);
/** The platform's cut: always hers to pay ("fee shopee 5rb", "komisi marketplace 12rb"). */
const CUT_PLATFORMS = new Set(['marketplace', 'shopee', 'tiktok', 'tokped', 'tokopedia', 'lazada', 'platform', 'aplikasi', 'layanan']);
/**
 * People paid a cut of a sale: hers to pay only beside a sale of hers in the message ("jual 5 lipstik
 * 250rb, fee affiliate 25rb"); alone ("komisi affiliate 40rb") she may be the affiliate: as before.
 */
const CUT_PEOPLE = new Set(['affiliate', 'afiliate', 'affiliasi', 'afiliasi', 'affiliator', 'afiliator', 'aff', 'affi', 'kreator', 'creator']);
/** Money coming in, beside a cut: hers ("dapat komisi affiliate 120rb"). */
const MONEY_IN = new Set(['dapat', 'dapet', 'dpt', 'terima', 'nerima', 'diterima', 'masuk', 'cair', 'dicairkan', 'income', 'pemasukan']);

/** Advertising bought (cost-nouns.ts), and the words that make it work she is paid for instead. */
const ADS = new Set(AD_COSTS);
/** "jasa boost ig", "job endorse", "fee endorse", "rate endorse": advertising as her own paid work, or whose is unsaid. */
const AD_WORK = new Set(['jasa', 'job', 'jobs', 'projek', 'project', 'proyek', 'rate', 'ratecard', 'honor', 'bayaran', ...CUT]);

/** Buyers checking out during her live selling: "live tiktok 2 jam, checkout 9 pcs lip tint 405k". */
const CHECKOUT = new Set(['checkout', 'chekout', 'cekout', 'ceckout', 'checkot', 'checkoutan']);
const LIVE = new Set(['live', 'livestream', 'live-nya', 'livenya', 'ngelive', 'nglive', 'live-an', 'livean', 'siaran']);

/** Dues of the market she trades in: "iuran keamanan pasar", "iuran paguyuban pedagang" (not "iuran RT", "iuran arisan"). */
const DUES = new Set(['iuran', 'iurannya']);
const MARKET = new Set(['pasar', 'lapak', 'los', 'kios', 'paguyuban', 'pedagang', 'pkl', 'ruko', 'bazar', 'bazaar', 'pujasera',
  'foodcourt', 'kantin']);

/**
 * A school or a child named: "iuran kantin sekolah anak 15rb" is the family's school dues (the
 * household's), not a market stall's; left as before, asked.
 */
const SCHOOL = new Set(['sekolah', 'sekolahan', 'skolah', 'sklh', 'sd', 'smp', 'sma', 'smk', 'mts', 'mi', 'ma', 'tk', 'paud', 'pondok',
  'pesantren', 'ponpes', 'kampus', 'kuliah', 'kelas', 'komite', 'murid', 'siswa', 'guru', 'anak', 'anakku', 'anakku', 'anaknya', 'cucu', 'kantor']);
function schoolSaid(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.type === T_WORD && (SCHOOL.has(t.key) || SCHOOL.has(t.text)));
}

/** The traders' own savings or gifts ("iuran arisan pedagang pasar"): no cost of her stall. */
const SAVINGS = new Set(['arisan', 'tabungan', 'simpanan', 'nabung', 'sumbangan', 'kondangan', 'sedekah', 'infak', 'infaq', 'zakat', 'qurban',
  'kurban', 'santunan', 'takziah', 'layatan']);

const TRIGGERS = new Set([...SEND, 'bayar', ...DUES, ...TAKE, ...STOCK, ...FILL_FORMS, 'isi', ...CUT, ...ADS, ...CHECKOUT]);
/** settleMoneyOut wakes on these words, by text or key (token-triggers.ts). */
export const W_MONEY_OUT = tokenTrigger(TRIGGERS);

function untag(t: Token): void {
  t.key = t.text;
  t.info = null;
  t.f = 0;
  t.f2 = 0;
}

const isBreak = (t: Token | undefined): boolean => t === undefined || t.type === T_NL || (t.type === T_PUNCT && t.text !== '-' && t.text !== '/'
  && t.text !== '@' && t.text !== '.');
const word = (t: Token | undefined): string => (t !== undefined && t.type === T_WORD ? t.key : '');

/** A payee at j (after "ke"): an account word and a title may come first ("ke rek mbak supplier"). */
function payeeAt(tokens: readonly Token[], j: number, payees: ReadonlySet<string>): boolean {
  if (ACCOUNT.has(word(tokens[j]))) j++;
  const t = tokens[j];
  if (t !== undefined && t.type === T_WORD && (t.f2 & G_HONORIFIC) !== 0 && !payees.has(t.key)) j++;
  const p = tokens[j];
  if (p === undefined || p.type !== T_WORD) return false;
  // "tf ke agen brilink 500rb": an agent of a bank (cash in or out, a bill paid for her), no supplier.
  if ((p.key === 'agen' || p.key === 'agennya') && BANK_AGENTS.has(word(tokens[j + 1]))) return false;
  if (payees.has(p.key) || payees.has(p.text)) return true;
  // "ke toko Makmur", "ke toko sebelah": another's shop (not "toko sendiri", "tokoku").
  if (payees === PAYEES && p.key === 'toko') {
    const n = tokens[j + 1];
    return n !== undefined && n.type === T_WORD && n.key !== 'sendiri' && (n.f2 & G_SELF) === 0;
  }
  return false;
}

/**
 * Whether money, and only money, fillers or dates, stand between i and j ("kirim uang 500rb ke",
 * "kirim 1jt ke"): "kirim ke toko Sinar 600rb", "nota kirim ke …" may be goods sent out (her sale).
 */
function onlyMoneyBetween(tokens: readonly Token[], i: number, j: number): boolean {
  let money = false;
  for (let k = i + 1; k < j; k++) {
    const t = tokens[k] as Token;
    if (t.type === T_NUM || MONEY.has(t.key)) money = true;
  }
  if (!money) return false;
  for (let k = i + 1; k < j; k++) {
    const t = tokens[k] as Token;
    if (t.type === T_NUM) {
      const n = tokens[k + 1];
      if (n !== undefined && n.type === T_WORD && (n.f & F_UNIT) !== 0) return false; // "20 pcs": goods
      continue;
    }
    if (t.type !== T_WORD) return false;
    if (MONEY.has(t.key) || (t.f & (F_SCALE | F_CUR_PRE | F_CUR_POST | F_SLANG | F_FILLER | F_DATE)) !== 0) continue;
    return false;
  }
  return true;
}

/** The "ke <payee>" after the sending verb at i, in its clause: the index of "ke", or -1. */
function sentTo(tokens: readonly Token[], i: number): number {
  for (let j = i + 1; j < tokens.length - 1 && !isBreak(tokens[j]); j++) {
    if (TO.has(word(tokens[j])) && payeeAt(tokens, j + 1, PAYEES)) return j;
  }
  return -1;
}

/** Whether the verb at i opens its clause: nothing before it but fillers, dates and her ("saya", "sdh", "tadi"). */
function opensClause(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (isBreak(t) || (t.type === T_PUNCT && t.text === '-')) return true;
    if (t.type !== T_WORD) return false;
    if ((t.f2 & G_HONORIFIC) !== 0) return false; // "bu Ani ambil …": her customer
    if ((t.f2 & G_SELF) !== 0 || (t.f & (F_FILLER | F_DATE)) !== 0) continue;
    return false;
  }
  return true;
}

/** Money taken, not goods: "ambil uang dari agen brilink 500rb" is cash drawn, no purchase. */
const CASH = new Set(['uang', 'duit', 'tunai', 'cash', 'saldo', 'dana', 'kas', 'doku']);

/** "dari supplier" later in the clause of the verb at i (and no goods arriving, no money taken). */
function fromSupplier(tokens: readonly Token[], i: number): boolean {
  let found = false;
  for (let j = i + 1; j < tokens.length && !isBreak(tokens[j]); j++) {
    const k = word(tokens[j]);
    if (ARRIVED.has(k) || CASH.has(k)) return false;
    if (FROM.has(k) && payeeAt(tokens, j + 1, SOURCES)) found = true;
  }
  return found;
}

/** A shop, named by its keeper after it: "toko bu Ani", "warung pak Darto". */
const KEPT_SHOPS = new Set(['toko', 'warung', 'kios']);
const AT_OR_FROM = new Set(['di', 'dari', 'dr', 'ning', 'neng', 'nang', 'ing', 'ring']);
/** Paid words after a negation: "belum bayar", "blm dibayar", "belum lunas". */
const PAID_WORDS = new Set(['bayar', 'dibayar', 'lunas', 'dilunasi', 'kebayar']);

/**
 * "ambil barang 300rb di toko bu Ani belum bayar", "ambil kain di bu Ani belum dibayar": goods taken at
 * someone's shop, not paid yet — her buying on credit (never her own shop's goods taken home: she does
 * not owe her own shop). Only with the keeper named (after the shop word, or a title and a name right
 * after "di"/"dari"), in the verb's clause, and "not paid" said in the message.
 */
function fromKeptShopUnpaid(tokens: readonly Token[], i: number): boolean {
  if (!tokens.some((t, k) => t.type === T_WORD && (t.f & F_NEG) !== 0 && PAID_WORDS.has(word(tokens[k + 1])))) return false;
  for (let j = i + 1; j + 2 < tokens.length && !isBreak(tokens[j]); j++) {
    const k = word(tokens[j]);
    if (ARRIVED.has(k) || CASH.has(k)) return false;
    if (AT_OR_FROM.has(k) && KEPT_SHOPS.has(word(tokens[j + 1])) && ((tokens[j + 2] as Token).f2 & G_HONORIFIC) !== 0) return true;
    // "ambil kain di bu Ani 500rb belum dibayar", "dari pak Darto": the keeper named without the shop word.
    if (AT_OR_FROM.has(k) && ((tokens[j + 1] as Token).f2 & G_HONORIFIC) !== 0 && (tokens[j + 2] as Token).type === T_WORD) return true;
  }
  return false;
}

/** A home word anywhere: "isi kulkas rumah" is the household's shopping. */
function homeSaid(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.type === T_WORD && (t.f2 & G_HOUSEHOLD) !== 0);
}

/** Her trade or goods for sale named anywhere but at the store word `at` ("ngisi kulkas warung 300rb"). */
function shopSaid(tokens: readonly Token[], at: number): boolean {
  return tokens.some((t, k) => k !== at && t.type === T_WORD && (SHOP_SAID.has(t.key) || SHOP_SAID.has(t.text) ||
    ((t.f & F_SALE) !== 0 && (t.f & F_WEAK) === 0)));
}

/**
 * Money from someone, said after the ad word at i in its clause: "endorse dari brand 500rb", "uang
 * iklan 300rb dari pak rt" — money coming IN, never her cost. Not "dari saldo/rekening/kas" (what she
 * paid from), nor beside a paying verb ("bayar iklan dari saldo shopee").
 */
const PAID_FROM = new Set(['saldo', 'rek', 'rekening', 'kas', 'modal', 'tabungan', 'uang', 'duit', 'dompet', 'atm', 'gopay', 'ovo', 'dana',
  'shopeepay', 'spay', 'hasil', 'omset', 'omzet', 'untung', 'laba', 'keuntungan', 'pribadi', 'sendiri', 'kantong', 'kocek', 'budget', 'anggaran',
  'penjualan', 'jualan', 'takings']);
const PAYING = new Set(['bayar', 'topup', 'top', 'isi', 'beli', 'tf', 'trf', 'transfer', 'keluar', 'biaya', 'ongkos', 'habis', 'spend', 'spent']);
function moneyFrom(tokens: readonly Token[], i: number): boolean {
  let from = false;
  for (let j = i - 1; j >= 0 && !isBreak(tokens[j]); j--) if (PAYING.has(word(tokens[j])) || PAYING.has(tokens[j]?.text ?? '')) return false;
  for (let j = i + 1; j < tokens.length && !isBreak(tokens[j]); j++) {
    const k = word(tokens[j]);
    if (PAYING.has(k)) return false;
    if ((k === 'dari' || k === 'dr' || k === 'from') && !PAID_FROM.has(word(tokens[j + 1]))) from = true;
  }
  return from;
}

/** Money coming in, or a sale, said in the clause around i ("dapat endorse", "hasil iklan", "laku 3 pcs dari iklan"). */
function moneyInNear(tokens: readonly Token[], i: number): boolean {
  const into = (t: Token | undefined): boolean => MONEY_IN.has(word(t)) || (t !== undefined && t.type === T_WORD && (t.f & F_SALE) !== 0);
  for (let j = i - 1; j >= 0 && !isBreak(tokens[j]); j--) if (into(tokens[j])) return true;
  // ("iklan jualan 50rb": "jualan" right after the ad word is what is advertised, no money in — goods-for-selling.ts.)
  for (let j = i + 1; j < tokens.length && !isBreak(tokens[j]); j++) if (into(tokens[j]) && !(j === i + 1 && tokens[j]?.text === 'jualan')) return true;
  return false;
}

/** The cut word at i names whom it goes to, right before or after it ("komisi affiliate", "shopee fee"). */
function cutBy(tokens: readonly Token[], i: number, takers: ReadonlySet<string>): boolean {
  return takers.has(word(tokens[i + 1])) || takers.has(word(tokens[i - 1]));
}

/** A sale of hers said somewhere in the message by a strong selling word ("jual", "laku", "checkout" in live selling). */
function saleSaid(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.type === T_WORD && (t.f & F_SALE) !== 0 && (t.f & F_WEAK) === 0);
}

/** Gives the words of money sent out for the business the verb they stand for (see the file's note), in place. */
export function settleMoneyOut(tokens: Token[]): void {
  let any = false;
  for (const t of tokens) if (t.type === T_WORD && (TRIGGERS.has(t.key) || TRIGGERS.has(t.text))) { any = true; break; }
  if (!any) return;
  // (Buyers' checkouts first: a cut later in the message is paid out of that sale.)
  if (tokens.some((u) => u.type === T_WORD && LIVE.has(u.text))) for (const t of tokens) if (t.type === T_WORD && CHECKOUT.has(t.text)) retag(t, 'laku');
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (SEND.has(t.text) || SEND.has(t.key) || t.key === 'bayar') {
      const to = sentTo(tokens, i);
      if (to < 0 || (SEND_GOODS.has(t.text) && !onlyMoneyBetween(tokens, i, to))) continue;
      if (t.key !== 'bayar') retag(t, 'bayar');
      // "tf dp 300rb ke percetakan": the down payment she paid, not one a customer paid her.
      for (let k = i + 1; k < to; k++) if (DOWN.has((tokens[k] as Token).key)) untag(tokens[k] as Token);
    } else if ((TAKE.has(t.key) || TAKE.has(t.text)) && opensClause(tokens, i) && (fromSupplier(tokens, i) || fromKeptShopUnpaid(tokens, i))) {
      retag(t, 'kulakan');
    } else if (STOCK.has(t.text) && opensClause(tokens, i) && fromSupplier(tokens, i) &&
      !tokens.some((u) => u.type === T_WORD && u.info?.kind !== undefined && u !== t)) {
      retag(t, 'kulakan');
    } else if (t.key === 'isi' && (FILL_FORMS.has(t.text) || (t.text === 'isi' && opensClause(tokens, i))) && STORES.has(word(tokens[i + 1])) &&
      !homeSaid(tokens) && (!HOME_STORES.has(word(tokens[i + 1])) || shopSaid(tokens, i + 1))) {
      retag(t, 'belanja');
    } else if (CUT.has(t.key) && !moneyInNear(tokens, i) && (cutBy(tokens, i, CUT_PLATFORMS) || (cutBy(tokens, i, CUT_PEOPLE) && saleSaid(tokens)))) {
      retag(t, 'biaya');
    } else if (DUES.has(t.text) && [1, 2, 3].some((d) => MARKET.has(word(tokens[i + d]))) && !schoolSaid(tokens) &&
      !tokens.some((u) => u.type === T_WORD && (SAVINGS.has(u.key) || (u.f & F_PERIOD) !== 0))) {
      retag(t, 'biaya');
    } else if (ADS.has(t.key) && (moneyInNear(tokens, i) || moneyFrom(tokens, i) || AD_WORK.has(word(tokens[i - 1])) || AD_WORK.has(word(tokens[i + 1])))) {
      // "dapat endorse 300rb", "job endorse masuk", "jasa boost ig 50rb": paid to her, or unsaid —
      // read as before the word was a cost (a sale when money came in; else the kind asked).
      untag(t);
    }
  }
}

/**
 * Which way the money went: the purse it came out of and the party it went to. The verb alone
 * does not say it ("bayar" is her paying or a customer paying; "ambil" is her taking from the
 * business or from her savings); the source and the payee do:
 *
 * - The business's purse named as the source: "ambil/pake/narik duit|uang warung|dagangan|jualan|usaha",
 *   "njupuk duit dagangan", "nyandak artos warung", "dari kas", "dari laci", "dari hasil jualan".
 *   Money out of it for the home or for herself is a withdrawal, never capital put in, a sale, or
 *   an instalment of her business loan.
 * - The party she paid: "(di)bayar(kan)/(di)transfer/kasih ke <person or supplier>" ("dibayar ke pak
 *   Yusuf", "ditransfer ke bu Ani", "kasih ke toko Makmur"). That person is paid, not paying: never
 *   a customer's payment. ("bu Sri transfer ke saya", "dibayar sama bu Ani": the customer paying.)
 * - A purpose of her own or her home's: "pribadi(nya)", a household word ("jajan anak", "sekolah",
 *   "arisan PKK"), dues and savings ("iuran", "kondangan"): not the business's.
 *
 * Readers ask this (payment-received.ts, money-owner.ts, intents/purse-taken.ts) where they decide
 * a kind, so the same words mean the same direction everywhere.
 */
import type { Analysis } from './analyze.ts';
import { T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import { G_HONORIFIC, G_HOUSEHOLD, G_WITHDRAW } from './word-roles.ts';
import { notBusinessAt } from './money-owner.ts';

/** Money as a noun ("artos", "pitih" fold to these). */
const MONEY = new Set(['uang', 'duit', 'duitnya', 'uangnya', 'doku', 'fulus']);
/** The business, after a money word: "duit warung", "uang dagangan", "uang kas". */
const BUSINESS = new Set(['warung', 'dagangan', 'jualan', 'usaha', 'toko', 'kas', 'dodolan', 'lapak', 'kios', 'jualanku', 'daganganku',
  'jualannya', 'dagangannya', 'usahaku', 'warungku', 'tokoku', 'omset', 'omzet', 'setoran',
  // her trade's place or work, named as the purse: "duit laundry", "uang salon", "uang jahitan"
  'laundry', 'londri', 'salon', 'bengkel', 'katering', 'catering', 'kedai', 'konter', 'jahitan', 'gerai', 'olshop', 'depot']);
/** Of BUSINESS, the words that name the business right after "dari" with no money word: "ambil 100rb dari jualan". */
const BUSINESS_ALONE = new Set(['warung', 'dagangan', 'jualan', 'usaha', 'dodolan', 'lapak', 'kios', 'jualanku', 'daganganku', 'icalan',
  'jualannya', 'dagangannya', 'usahaku', 'warungku', 'laundry', 'londri', 'salon', 'bengkel', 'katering', 'catering', 'jahitan']);
/**
 * Money leaving the purse without a taking verb: moved ("transfer", "simpen", "nabung"), borrowed
 * from her own business ("pinjam uang kas usaha"), or paid out of it ("bayar arisan dari uang usaha").
 * They say the money left only with the business's purse named as its source.
 */
const MOVE = new Set(['transfer', 'tf', 'trf', 'transferin', 'pindah', 'pindahin', 'pindahkan', 'simpan', 'simpen', 'nyimpen', 'disimpan',
  'disimpen', 'kirim', 'kirimin', 'setor', 'setorin', 'nyetor', 'pinjam', 'pinjem', 'minjam',
  'minjem', 'meminjam', 'bayar', 'byr', 'bayarin', 'membayar',
  // given away out of it: "kasih adik 100rb dr uang jualan"
  'kasih', 'ngasih', 'kasi', 'ngasi', 'kasihin', 'ngasihin', 'kasihkan', 'dikasih', 'dikasihkan']);
/**
 * Her own people, as the one the money was given or sent to ("kasih adik 100rb", "tf ke ibu buat jatah
 * bulanan"): with the business's purse named as the source, the money went home. Only right after a
 * giving verb or "ke": "ibu" elsewhere is a title ("bu Ani bayar").
 */
const KIN = new Set(['adik', 'adek', 'adikku', 'kakak', 'kakakku', 'ibu', 'ibuku', 'mama', 'mamah', 'mamak', 'emak', 'mak', 'bapak',
  'bapakku', 'ayah', 'papa', 'abah', 'ortu', 'mertua', 'mertuaku', 'anak', 'anakku', 'suami', 'suamiku', 'ponakan', 'keponakan',
  'nenek', 'kakek', 'mbah', 'simbok']);
/** Giving verbs before her own people: "kasih adik", "ngasih ibu", "tf ke ibu", "kirim ke mertua". */
const GIVE_TO = new Set(['kasih', 'ngasih', 'kasi', 'ngasi', 'kasihin', 'ngasihin', 'kasihkan', 'ke', 'kepada', 'buat', 'untuk', 'utk']);
/** The business's cash box, after "dari" or a taking verb: "dari kas", "dari laci", "narik kas". */
const CASH_BOX = new Set(['kas', 'laci', 'kasir', 'kotak', 'lacinya', 'kasnya']);
/** Its takings: "dari hasil jualan", "dari hasil dagangan". */
const TAKINGS = new Set(['hasil', 'pendapatan', 'penghasilan', 'untung']);
const FROM = new Set(['dari', 'dr', 'drpd', 'teko', 'tina', 'ti', 'tekan']);
/** Taking or using money, beyond the lexicon's withdrawal verbs: "pake", "ambek", "nyokot". */
const TAKE = new Set(['ambil', 'ngambil', 'mengambil', 'diambil', 'pake', 'pakai', 'make', 'makai', 'dipake', 'dipakai', 'kepake', 'kepakai',
  'tarik', 'narik', 'ditarik', 'ambek', 'njukuk', 'cokot', 'ambiak', 'ngambik', 'took', 'use', 'used']);

/** Her paying verbs (active or passive), before "ke <party>". */
const PAY_OUT = new Set(['bayar', 'byr', 'membayar', 'dibayar', 'dibayarkan', 'dibayarin', 'bayarin', 'bayarkan', 'bayarke',
  'transfer', 'tf', 'trf', 'ditransfer', 'transferin', 'ditf', 'kasih', 'kasihkan', 'dikasihkan', 'ngasih', 'kirim', 'kirimin', 'dikirim',
  'lunas', 'lunasin', 'dilunasi', 'dilunasin', 'setorin', 'paid', 'pay']);
/** "ke", "kepada", Javanese "nang/neng/ning", Sundanese "ka", English "to". */
const TO = new Set(['ke', 'kepada', 'kpd', 'nang', 'neng', 'ning', 'marang', 'ka', 'to']);
/** Herself as the one paid: "transfer ke saya". */
const SELF = new Set(['saya', 'sy', 'aku', 'ku', 'aq', 'gue', 'gw', 'kami', 'kita', 'me', 'rekening', 'rek', 'kas', 'dompet',
  'tabungan', 'akun', 'nomor', 'no']);
/** Sellers she pays by their trade: "bayar ke toko Makmur", "transfer ke supplier". */
const SELLER = new Set(['toko', 'agen', 'supplier', 'suplier', 'grosir', 'grosiran', 'distributor', 'sales', 'juragan', 'tengkulak',
  'pabrik', 'konveksi', 'pemilik', 'yang punya', 'yg punya', 'pengepul', 'bos', 'boss']);

/**
 * The business's own purses, by the word for a purse and the business after it: "rekening usaha",
 * "tabungan usaha", "dompet usaha", "kas warung", "rek toko". ("tabungan" or "rekening" alone may
 * be hers: only the business word makes them its.)
 */
const PURSE_NOUN = new Set(['kas', 'laci', 'rekening', 'rek', 'rekeningnya', 'tabungan', 'tabungannya', 'dompet', 'celengan', 'brankas',
  'saldo', 'akun', 'atm', 'bank']);
/** The business, after a purse word (BUSINESS less the money it takes in: "kas setoran"). */
const OWNER_BUSINESS = new Set([...BUSINESS].filter((b) => b !== 'setoran' && b !== 'omset' && b !== 'omzet' && b !== 'kas'));
/** A word right after a bare cash box that makes it a group's ("ke kas koperasi", "kas RT"): not the business's. */
const GROUP = new Set(['koperasi', 'kelompok', 'rt', 'rw', 'pkk', 'arisan', 'masjid', 'musholla', 'mushola', 'paguyuban', 'kantor',
  'sekolah', 'kelas', 'desa', 'kampung', 'komplek', 'dasawisma', 'posyandu', 'pengajian']);
/** Where money goes: "ke", "masuk", "buat" (a purse as a purpose: "tarik dari rekening usaha buat kas"). */
const INTO = new Set(['ke', 'kedalam', 'masuk', 'masukin', 'buat', 'untuk', 'utk', 'jadi', 'nang', 'neng', 'ka', 'to', 'into']);

/** A purpose of her own: "cicilan motor pribadinya", "hp pribadi". */
const PERSONAL = new Set(['pribadi', 'pribadinya', 'pribadiku', 'pribadi2', 'personal']);
/**
 * Her family's health insurance: "duit warung tak enggo bayar BPJS 150rb". Paid out of the business's
 * purse named as the source it is the home's, as "spp" is. (Not a household word of the lexicon:
 * "bayar BPJS 150rb" alone, no purse said, may be her workers' and is left as it is read.)
 */
const OWN_DUES = new Set(['bpjs', 'bpjsnya', 'jkn']);

export interface MoneyDirection {
  /** 'business' when the business's purse is named as where the money came from; null when not said. */
  from: 'business' | null;
  /** The tokens naming that purse ("duit warung", "dari kas"), [start, end); [-1, -1] when none. */
  purse: [number, number];
  /** Whether a taking or using verb is written ("ambil", "pake", "njupuk"). */
  taken: boolean;
  /** The party she paid ("dibayar ke pak Yusuf"): its tokens [start, end), or null. */
  paidTo: [number, number] | null;
  /** Whether the money was for herself or her home ("pribadi", "arisan PKK", "jajan anak"). */
  personal: boolean;
  /** Whether "pribadi" itself is written (her own instalment, her own phone). */
  ownWord: boolean;
  /**
   * Whether the money only moved between the business's own purses ("pindahin 300rb dari kas ke
   * tabungan usaha", "tf 1jt dari rekening usaha ke kas"): it never left the business, no entry.
   */
  within: boolean;
}

function w(a: Analysis, i: number): Token | undefined {
  const t = a.tokens[i];
  return t !== undefined && t.type === T_WORD ? t : undefined;
}

function takes(t: Token | undefined): boolean {
  return t !== undefined && (TAKE.has(t.key) || TAKE.has(t.text) || (t.f2 & G_WITHDRAW) !== 0);
}

/** Her own things, before "sendiri": "HP sendiri", "motor sendiri". */
const OWN_THINGS = new Set(['hp', 'hape', 'handphone', 'ponsel', 'motor', 'baju', 'kamar']);

/** After a cash box, the trade it holds the takings of: "kas jualan", "kotak jualan", "kas usaha". */
const BOX_OWNER = new Set(['jualan', 'jualanku', 'jualannya', 'dagangan', 'daganganku', 'usaha', 'usahaku', 'dodolan']);

/** The business's purse as a source, [start, end), or null. */
function businessPurse(a: Analysis): [number, number] | null {
  for (let i = 0; i < a.tokens.length; i++) {
    const t = w(a, i);
    if (t === undefined) continue;
    const n = w(a, i + 1);
    // "duit warung", "uang dagangan", "uang kas" — but "uang kas koperasi" is the group's.
    if (MONEY.has(t.key) && n !== undefined && BUSINESS.has(n.key)) return [i, i + 2];
    // "dari kas", "dari laci", "dari hasil jualan", "dari uang warung" (taken above).
    if (FROM.has(t.key) && n !== undefined) {
      // ("dari kas jualan", "dr kotak jualan", "dari kas usaha": the box, then whose it is — one purse.)
      if (CASH_BOX.has(n.key)) return [i, BOX_OWNER.has(w(a, i + 2)?.key ?? '') ? i + 3 : i + 2];
      if (BUSINESS_ALONE.has(n.key)) return [i, i + 2];
      if (TAKINGS.has(n.key) && BUSINESS.has(w(a, i + 2)?.key ?? '')) return [i, i + 3];
    }
    // "bayar arisan 100rb dari uang modal", "pake duit modal", "ambil dari modal": the business's capital
    // named as where the money came from (after "dari", or a using verb and a money word: "uang modal 2jt dari suami" is
    // capital coming in) — its purse, never capital put in.
    // ("tabungan aku pakai modal dagangan": "pakai modal" with no money word is using it AS capital.)
    if ((FROM.has(t.key) || (takes(t) && MONEY.has(n?.key ?? ''))) && modalPurseAt(a, i + 1) > 0) return [i, i + 1 + modalPurseAt(a, i + 1)];
    // "dari rekening usaha", "dari tabungan warung": the business's account or savings.
    if (FROM.has(t.key) && ownPurseAt(a, i + 1) > 0) return [i, i + 1 + ownPurseAt(a, i + 1)];
    // "narik kas 50rb", "ambil laci": the cash box right after the taking verb.
    if (takes(t) && n !== undefined && CASH_BOX.has(n.key)) return [i + 1, BOX_OWNER.has(w(a, i + 2)?.key ?? '') ? i + 3 : i + 2];
  }
  return null;
}

/** The business's capital as a purse: "modal", "uang modal", "duit modal usaha" (2–3 words); 0 when none. */
const CAPITAL_PURSE = new Set(['modal', 'modalnya']);
function modalPurseAt(a: Analysis, at: number): number {
  const money = MONEY.has(w(a, at)?.key ?? '') ? 1 : 0;
  if (!CAPITAL_PURSE.has(w(a, at + money)?.key ?? '')) return 0;
  return money + 1 + (OWNER_BUSINESS.has(w(a, at + money + 1)?.key ?? '') ? 1 : 0);
}

/**
 * How many words from `at` name one of the business's purses: "rekening usaha" (2), "rekening bank
 * usaha" (3), "kas" or "laci" alone (1, unless a group's: "kas koperasi"); 0 when none.
 */
function ownPurseAt(a: Analysis, at: number): number {
  const t = w(a, at);
  if (t === undefined || !PURSE_NOUN.has(t.key)) return 0;
  for (let j = at + 1; j <= at + 2; j++) {
    const n = w(a, j);
    if (n === undefined) break;
    if (OWNER_BUSINESS.has(n.key)) return j - at + 1;
    if (n.key !== 'bank' && n.key !== 'buat' && n.key !== 'untuk') break;
  }
  if (!CASH_BOX.has(t.key)) return 0;
  return GROUP.has(w(a, at + 1)?.key ?? '') ? 0 : 1;
}

/** The business's own purse the money went into ("ke tabungan usaha", "masuk kas"), after the source: [start, end) or null. */
function intoOwnPurse(a: Analysis, source: [number, number]): [number, number] | null {
  for (let i = 0; i + 1 < a.tokens.length; i++) {
    if (i >= source[0] && i < source[1]) continue;
    if (!INTO.has(w(a, i)?.key ?? '')) continue;
    const n = ownPurseAt(a, i + 1);
    if (n > 0 && (i + 1 >= source[1] || i + 1 + n <= source[0])) return [i + 1, i + 1 + n];
  }
  return null;
}

/** The party right after "<paying verb> ke": a titled person or a seller, not herself. */
function paidParty(a: Analysis): [number, number] | null {
  for (let i = 0; i + 2 < a.tokens.length; i++) {
    if (!PAY_OUT.has(w(a, i)?.key ?? '') || !TO.has(w(a, i + 1)?.key ?? '')) continue;
    const p = w(a, i + 2);
    if (p === undefined || SELF.has(p.key)) continue;
    if ((p.f2 & G_HONORIFIC) !== 0 || SELLER.has(p.key)) return [i + 2, w(a, i + 3) !== undefined ? i + 4 : i + 3];
  }
  return null;
}

const T_DIRECTION = trigger(MONEY, FROM, TAKE, PAY_OUT, CASH_BOX, PERSONAL);
const NONE: MoneyDirection = { from: null, purse: [-1, -1], taken: false, paidTo: null, personal: false, ownWord: false, within: false };

/** A message's direction with the tokens it was read from (a view with tokens of its own reads its own). */
export interface DirectionSeen {
  tokens: readonly Token[];
  dir: MoneyDirection;
}

/**
 * The direction of the money in the message (see the head of this file). Read once per message:
 * several readers ask, and its words ("uang", "dari", "bayar") are in most messages.
 */
export function moneyDirection(a: Analysis): MoneyDirection {
  const seen = a.direction;
  if (seen != null && seen.tokens === a.tokens) return seen.dir;
  const dir = readDirection(a);
  a.direction = { tokens: a.tokens, dir };
  return dir;
}

function readDirection(a: Analysis): MoneyDirection {
  if (!present(a, T_DIRECTION)) return NONE;
  const purse = businessPurse(a);
  const paidTo = paidParty(a);
  const into = purse === null ? null : intoOwnPurse(a, purse);
  let taken = false;
  let personal = false;
  let ownWord = false;
  for (let i = 0; i < a.tokens.length; i++) {
    const t = w(a, i);
    if (t === undefined || (purse !== null && i >= purse[0] && i < purse[1])) continue;
    // ("ke tabungan usaha": the business's savings, not hers.)
    if (into !== null && i >= into[0] && i < into[1]) continue;
    if (takes(t) || (purse !== null && MOVE.has(t.key))) taken = true;
    if (PERSONAL.has(t.key)) ownWord = personal = true;
    // "beli pulsa HP sendiri": her own phone, motorbike, clothes — for herself, not the business.
    else if (t.key === 'sendiri' && OWN_THINGS.has(w(a, i - 1)?.key ?? '')) ownWord = personal = true;
    // (The one who took it, right before the verb — "suami ambil …" — is no purpose.)
    else if (((t.f2 & G_HOUSEHOLD) !== 0 || notBusinessAt(a.tokens, i)) && !takes(w(a, i + 1))) personal = true;
    else if (purse !== null && OWN_DUES.has(t.key)) personal = true;
    // "kasih adik 100rb dr uang jualan", "tf ke ibu buat jatah bulanan": given to her own people.
    else if (purse !== null && KIN.has(t.key) && GIVE_TO.has(w(a, i - 1)?.key ?? '') && w(a, i + 1)?.type !== T_WORD) personal = true;
  }
  // Moved from one of its purses into another, for nobody's home: still the business's money.
  const within = into !== null && !personal && paidTo === null;
  return { from: purse === null ? null : 'business', purse: purse ?? [-1, -1], taken, paidTo, personal, ownWord, within };
}

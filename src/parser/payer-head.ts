/**
 * A third person opening the message as the one who pays: "pak ojek yg ngutang rokok kemarin udah
 * bayar", "Mace Yosina su bayar", "tetangga sebelah udah bayar", "yang kasbon kemarin udah lunas",
 * "Teh Euis geus mayar". Read by debtor-paid.ts (someone who owed her pays) and someone-paid.ts
 * (a third person paying is never her own expense or instalment).
 *
 * WHY at the head only: "saya bayar utang ke bu Ani", "bayar utang sayur ke mace Yosina" name the
 * person after her own paying verb — she is the payer there, the person the payee.
 */
import type { Analysis } from './analyze.ts';
import { T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { CROWD_BUYERS, KIN_CUSTOMERS, TAKE_WORDS, TAKER_TITLES } from './takers.ts';
import { AGENT_WORDS, RESELLERS } from './resellers.ts';
import { isSupplierWord } from './money-owner.ts';
import { customerAt } from './intents/customer.ts';
import { F_DATE, F_NEG, F_NUMWORD, F_PERIOD, F_WEAK, G_CREDIT, G_HONORIFIC } from './word-roles.ts';

/** Words that may open the message before the payer ("tadi pak ojek …", "alhamdulillah tetangga …"). */
const OPENERS = new Set(['tadi', 'td', 'barusan', 'alhamdulillah', 'kemarin', 'kmrn', 'kemaren', 'nah', 'eh', 'the', 'my']);

/**
 * Titles that are also other words — Manado and Papuan "ko" (you), "ci" (rare alone), "bli" (typed
 * for "beli"), Sundanese "teh" (tea): a title only before a word the lexicon does not know (a name).
 */
// ("si Budi bayar utang 30rb": "si" before a name is a third person, as a title is.)
// Balinese "Men"/"Pan" (mother/father of), "Nang", "Luh", "Dayu" (a Brahmin woman) are everyday words too
// ("men" English, "pan" a pan, "nang" to): titles only before a name the lexicon does not know.
const WEAK_TITLES = new Set(['ko', 'ci', 'bli', 'si', 'men', 'pan', 'nang', 'luh', 'dayu', ...TAKER_TITLES]);

/** Customers named by their role alone ("tetangga bayar bon", "pelanggan yg ngutang …"). */
// Resellers and collectors buy her goods and run tabs with her ("reseller tf pelunasan stok"); not
// "juragan", as often the boss she owes.
// Her friends and the one who ordered ("kawan kamek dah bayar utang", "pemesan catering yg kemarin …"), and
// the crowds that buy from her ("ibu2 arisan yg ambil kerudung …": takers.ts CROWD_BUYERS) pay her too.
const ROLES = new Set(['tetangga', 'tetanggaku', 'pelanggan', 'pelangganku', 'langganan', 'langgananku', 'pembeli',
  'customer', 'cust', 'konsumen', 'neighbour', 'neighbor', 'buyer', ...RESELLERS.filter((w) => w !== 'juragan' && !AGENT_WORDS.has(w)),
  'kawan', 'kawanku', 'teman', 'temen', 'temanku', 'temenku', 'sahabat', 'sahabatku', 'pemesan', 'pemesannya', ...CROWD_BUYERS]);
/**
 * Words that may say which customer between the role and "yang …" ("pelanggan laundry yang
 * kemarin ngebon", "cust COD kmrn yg kurang bayar"): at most two, and only before the owing
 * clause — "pelanggan laundry bayar 35rb" keeps today's reading.
 */
const MAX_ROLE_WORDS = 2;
/** "yang punya" (the owner), after a relative word. */
const OWNER_WORDS = new Set(['punya', 'pny', 'empunya', 'mpunya']);

/** Roles that are her resellers and agents, which a place or a name may follow ("reseller Dumai", "agen di Bukittinggi"). */
const RESELLER_ROLES = new Set([...RESELLERS.filter((w) => w !== 'juragan' && !AGENT_WORDS.has(w)), 'langganan', 'pelanggan']);
/** Between a reseller and its place or name: "di", "dari", "si", a title. */
const PLACE_LEADS = new Set(['di', 'dari', 'dr', 'si', ...TAKER_TITLES]);

/** After a reseller at `k`, "[di|si|title] Name" right before a paying verb: the end after the name, else -1. */
function resellerWhich(a: Analysis, k: number): number {
  let j = k;
  if (PLACE_LEADS.has(a.tokens[j]?.key ?? '')) j++;
  if (!nameLike(a.tokens[j], j, a) || RESELLERS.includes(a.tokens[j]?.key ?? '')) return -1;
  let v = j + 1;
  while (v < j + 3 && BEFORE_PAY.has(a.tokens[v]?.key ?? '')) v++;
  return PAYER_PAYS.has(a.tokens[v]?.key ?? '') ? j + 1 : -1;
}

/** A word after a role that says which one ("tetangga sebelah", "pelanggan lama"). */
// (Malay "kamek", "kami": "kawan kamek" is her friend, as "temen saya" is.)
const ROLE_WHICH = new Set(['sebelah', 'depan', 'belakang', 'lama', 'baru', 'setia', 'ku', 'saya', 'aku', 'kami', 'gue', 'gw']);

/** Her friends, whom a word or two may say whose or which: "teman kantor suami", "temen arisan". */
const FRIENDS = new Set(['kawan', 'teman', 'temen', 'temannya', 'temennya', 'sahabat', 'konco', 'kanca', 'batur', 'rekan']);
/**
 * Words saying whose or which friend: her family's ("teman suami", "kawan anakku"), where they met
 * ("teman kantor", "temen arisan", "kawan sekolah"). Never the paying or owing words, nor her "I".
 */
const FRIEND_WHICH = new Set(['suami', 'suamiku', 'istri', 'istriku', 'bojo', 'bojoku', 'misua', 'laki', 'lakiku', 'anak', 'anakku',
  'adik', 'adikku', 'kakak', 'kakakku', 'abang', 'ibu', 'bapak', 'mama', 'papa', 'kantor', 'sekantor', 'kerja', 'kerjaan', 'sekolah',
  'kampus', 'kuliah', 'arisan', 'pengajian', 'ngaji', 'gereja', 'masjid', 'komplek', 'kompleks', 'kos', 'kost', 'senam', 'gym',
  'main', 'lama', 'dekat', 'deket', 'sd', 'smp', 'sma', 'smk', 'pabrik', 'pasar', 'sebelah']);

/**
 * After a friend word at i-1: the end of one or two FRIEND_WHICH words when the paying verb (after
 * "udah"-words) comes right after them, else -1 — "teman kantor suami bayar" names one payer.
 */
function friendWhichEnd(a: Analysis, i: number): number {
  let end = i;
  while (end < i + 2 && word(a.tokens[end]) && a.marks[end] === 0 && FRIEND_WHICH.has((a.tokens[end] as Token).key)) end++;
  if (end === i) return -1;
  let v = end;
  while (v < end + 2 && BEFORE_PAY.has(a.tokens[v]?.key ?? '')) v++;
  return PAYER_PAYS.has(a.tokens[v]?.key ?? '') ? end : -1;
}

/** Brackets, which wrap an amount in the owing clause and are no word of it. */
const BRACKETS = new Set(['(', ')', '[', ']']);

/** Where a neighbour lives, before a letter or a number: "blok C", "gang 3", "no 12". */
const BLOCK = new Set(['blok', 'block', 'gang', 'gg', 'lorong', 'no', 'nomor', 'nmr']);

/** A block's letter or number: one or two letters, or a number. */
function blockMark(t: Token | undefined): boolean {
  return t !== undefined && (t.type === T_NUM || (t.type === T_WORD && /^[a-z]{1,2}\d?$/i.test(t.text)));
}

/** Words that open a clause about the payer ("yg ngutang rokok kemarin", "who owed me"). */
const RELATIVE = new Set(['yang', 'yg', 'who', 'that']);
/** Owing in English ("the customer who owed me paid 50k"); Indonesian owing words are G_CREDIT. */
const OWED = new Set(['owed', 'owes', 'owe', 'owing']);

/**
 * "yang hutang di agen", "yg utang ke supplier", "yang bon sama koh Acong": a place or party
 * after the owing says whom SHE owed (her debt), unless it is her ("ngutang ke saya", "di
 * warungku") or a time ("ngutang dari kemarin").
 */
const OWED_AT = new Set(['di', 'ke', 'sama', 'sm', 'ama', 'dari', 'dr', 'to', 'at', 'from']);
/** After OWED_AT: her, her shop, or a time: still someone who owed her. */
const OWED_HERS = new Set(['saya', 'sy', 'aku', 'aq', 'ak', 'ku', 'gue', 'gw', 'kami', 'kita', 'me', 'us', 'abdi', 'awak', 'beta',
  'warungku', 'tokoku', 'lapakku', 'kiosku', 'kemarin', 'kmrn', 'kemaren', 'tadi', 'td', 'minggu', 'bulan', 'tahun', 'taun', 'lalu', 'pagi',
  'siang', 'sore', 'malam', 'lama', 'dulu', 'yesterday', 'last']);
/** A shop word that is hers only when "saya"/"ku" follows ("di warung saya", not "di toko grosir"). */
const SHOP = new Set(['warung', 'toko', 'lapak', 'kios', 'tempat', 'tempatku']);

/**
 * Whether the words from `k` (an OWED_AT word) name someone she owed, not herself or a time.
 * `third`: the one owing is a third person named before ("tetangga yg ngebon di warung …"): a shop
 * with no owner or kind after it ("di warung", "di warung bulan lalu", "di warung nyicil …") is
 * then the member's own — the neighbour ran a tab at HER warung; "di warung bu Tarmi", "di toko
 * grosir" stay someone else's.
 */
function owedElsewhere(tokens: readonly Token[], k: number, third: boolean): boolean {
  const n = tokens[k + 1];
  if (!word(n) || OWED_HERS.has(n.key)) return false;
  if (!SHOP.has(n.key)) return true;
  const after = tokens[k + 2];
  if (OWED_HERS.has(after?.key ?? '')) return false;
  return !(third && (!word(after) || PAYER_PAYS.has(after.key) || BEFORE_PAY.has(after.key) || (after.f & (F_DATE | F_PERIOD)) !== 0));
}

/** Whether, within the owing clause from `j`, a place or party she owed is named (OWED_AT); `third` as owedElsewhere. */
function owedByHerFrom(tokens: readonly Token[], j: number, third = false): boolean {
  for (let k = j; k < tokens.length && k <= j + 6; k++) {
    const key = tokens[k]?.key ?? '';
    if (PAYER_PAYS.has(key) || BEFORE_PAY.has(key)) return false;
    if (OWED_AT.has(key) && owedElsewhere(tokens, k, third)) return true;
  }
  return false;
}

/**
 * "yg ngutang ke koh Acong udah bayar 300rb": the message opens with the owing and names whom
 * she owed — her own debt paid, never a named customer paying her (payment-received.ts asks this).
 */
export function herDebtAtHead(a: Analysis): boolean {
  const { tokens } = a;
  let i = 0;
  while (i < tokens.length && i < 2 && word(tokens[i]) && OPENERS.has((tokens[i] as Token).key)) i++;
  const rel = tokens[i];
  const owing = tokens[i + 1];
  if (!word(rel) || !RELATIVE.has(rel.key) || !word(owing) || ((owing.f2 & G_CREDIT) === 0 && !OWED.has(owing.key))) return false;
  return owedByHerFrom(tokens, i + 2);
}

/** Already, just, earlier — between the payer and the paying verb; "su", "so" (Papuan, Maluku, Manado). */
export const BEFORE_PAY = new Set(['sudah', 'udah', 'sdh', 'dah', 'uda', 'udh', 'su', 'so', 'baru', 'tadi', 'td', 'wis', 'uwis', 'wes',
  'geus', 'tos', 'atos', 'parantos', 'sampun', 'alah', 'lah', 'la', 'already', 'just', 'barusan', 'akhirnya', 'akhire', 'ahirnya',
  'finally',
  // Acehnese "ka" (already: "Kak Nur ka geubayeue"), Balinese "suba", "sube", Batak "nunga", Bugis "purani".
  'ka', 'suba', 'sube', 'nunga', 'purani',
  // Sasak "uah", "wah" (already: "Inaq Sumi uah bayar", "Amaq Rudi wah bayar utang"; between a payer and
  // the paying verb "wah" is never the exclamation), eastern "suda", "sdah", "udha" as typed.
  'uah', 'wah', 'suda', 'sdah', 'udha', 'udag']);

/** Paying verbs said of the payer (regional ones read "bayar": regional-words.ts). */
export const PAYER_PAYS = new Set(['bayar', 'membayar', 'nyicil', 'cicil', 'mencicil', 'lunasin', 'lunasi', 'melunasi', 'ngelunasin',
  'lunas', 'transfer', 'tf', 'nransfer', 'paid', 'pays', 'repaid', 'settled']);

export interface PayerHead {
  /**
   * The payer as the books name them: a title kept ("Mace Yosina", "Pak ojek"), a role ("Tetangga");
   * empty for "dia", "beliau" (someone, not named).
   */
  name: string;
  /** Token index of the paying verb. */
  pay: number;
  /** Token range of the payer's words (payer-name.ts checks they are a name). */
  start: number;
  end: number;
  /** The owing was said between the payer and the verb ("yg ngutang rokok kemarin", "yang bon"). */
  owedSaid: boolean;
}

function word(t: Token | undefined): t is Token {
  return t !== undefined && t.type === T_WORD;
}

function cap(s: string): string {
  return s.length > 0 ? `${(s[0] as string).toUpperCase()}${s.slice(1)}` : s;
}

/** A word that may be the word after a title ("ojek", "kos", "Yosina"): no paying, owing or waiting word. */
function afterTitle(t: Token | undefined, a: Analysis, i: number): boolean {
  return word(t) && a.marks[i] === 0 && !PAYER_PAYS.has(t.key) && !BEFORE_PAY.has(t.key) && !RELATIVE.has(t.key) &&
    (t.f2 & (G_CREDIT | G_HONORIFIC)) === 0 && t.key.length >= 2;
}

/** After a role, the end of a word or two saying which one, when "yang" and the owing follow; else `end`. */
function roleWordsEnd(a: Analysis, end: number): number {
  const { tokens } = a;
  for (let k = end; k < end + MAX_ROLE_WORDS && k < tokens.length; k++) {
    const t = tokens[k];
    if (!word(t) || (a.marks[k] !== 0 && (t.f & F_DATE) === 0) || PAYER_PAYS.has(t.key) || BEFORE_PAY.has(t.key) || (t.f2 & G_CREDIT) !== 0) return end;
    if (RELATIVE.has(t.key)) return end;
    if (RELATIVE.has(tokens[k + 1]?.key ?? '')) return k + 1;
  }
  return end;
}

/**
 * The owing word of a relative clause at k: a credit word ("ngutang", "kasbon"), English "owed",
 * or "kurang bayar" (paid short: "yg kurang bayar udh tf kurangnya 15rb") — the index of its
 * last word, or -1.
 */
function owingAt(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!word(t)) return -1;
  if ((t.f2 & G_CREDIT) !== 0 || OWED.has(t.key)) return k;
  return SHORT.has(t.key) && PAYER_PAYS.has(tokens[k + 1]?.key ?? '') ? k + 1 : -1;
}
/** Short, before a paying word: "kurang bayar" (underpaid). */
const SHORT = new Set(['kurang', 'kurg', 'krg']);

/** A time of day after "yang tadi" ("yang tadi pagi ngebon …"), or "tadi" itself. */
const DAYTIME = new Set(['pagi', 'siang', 'sore', 'malam', 'tadi', 'td', 'barusan']);

const CROWD = new Set(CROWD_BUYERS);
/** A word at k saying which crowd ("arisan", "pengajian", "komplek"), the paying verb (after "udah"-words) right after it. */
function crowdWhich(a: Analysis, k: number): boolean {
  const t = a.tokens[k];
  if (!word(t) || a.marks[k] !== 0 || PAYER_PAYS.has(t.key) || BEFORE_PAY.has(t.key) || RELATIVE.has(t.key) || (t.f2 & G_CREDIT) !== 0) return false;
  let j = k + 1;
  while (j < k + 3 && BEFORE_PAY.has(a.tokens[j]?.key ?? '')) j++;
  return PAYER_PAYS.has(a.tokens[j]?.key ?? '');
}

/** The payer at token i: [name, end] or null. */
export function payerAt(a: Analysis, i: number): [string, number] | null {
  const { tokens } = a;
  // "2 orang bayar 100rb", "tiga orang udah transfer 150rb", "ada 2 orang nyicil 100rb": a count of people
  // paying — her customers paying her (a sale, or a debt paid?), never her own expense or instalment
  // unasked; no name for the books (asked: someone_paid). ("bayar 2 orang tukang" has her verb first.)
  const counted = countedPeopleEnd(a, i);
  if (counted > 0) return ['', counted];
  const t = tokens[i];
  if (!word(t) || a.marks[i] !== 0) return null;
  const titled = customerAt(a, i);
  if (titled) return [titled.name, titled.end];
  const n = tokens[i + 1];
  // "pak ojek", "ibu kos", "mas kurir": a title before a role the lexicon knows.
  if ((t.f2 & G_HONORIFIC) !== 0 && afterTitle(n, a, i + 1)) return [`${cap(t.text)} ${(n as Token).text}`, i + 2];
  // "Teh Euis geus mayar", "ko Ahong su bayar": a title of two meanings before a name only.
  // ("Made" is a Balinese name as well as English "made": a weak word is a name here too.)
  if (WEAK_TITLES.has(t.text) && afterTitle(n, a, i + 1) && ((n as Token).info === null || ((n as Token).f & F_WEAK) !== 0)) return [`${cap(t.text)} ${cap((n as Token).text)}`, i + 2];
  // "teman kantor suami bayar …", "temen arisan udah tf …": a friend and whose or which, right before the paying.
  const friend = FRIENDS.has(t.key) ? friendWhichEnd(a, i + 1) : -1;
  if (friend > 0) return [`${cap(t.text)} ${tokens.slice(i + 1, friend).map((u) => u.text).join(' ')}`, friend];
  if (ROLES.has(t.key)) {
    const end = ROLE_WHICH.has(tokens[i + 1]?.key ?? '') ? i + 2 : i + 1;
    // "tetangga blok C", "tetangga gang 3": where the neighbour lives says which one, and is part of the name.
    if (BLOCK.has(tokens[end]?.key ?? '') && blockMark(tokens[end + 1])) {
      // (The block's letter as a capital, as it is painted: "blok C".)
      const mark = (tokens[end + 1] as Token).text;
      const which = tokens.slice(i + 1, end + 1).map((u) => u.text).join(' ');
      return [`${cap(t.text)} ${which} ${/^[a-z]$/.test(mark) ? mark.toUpperCase() : mark}`, roleWordsEnd(a, end + 2)];
    }
    // "ibu2 arisan nyicil 100rb", "bapak2 ronda udah bayar": a crowd and the one word saying which crowd,
    // right before the paying — they paid, not she.
    if (end === i + 1 && CROWD.has(t.key) && crowdWhich(a, i + 1)) return [`${cap(t.text)} ${(tokens[i + 1] as Token).text}`, i + 2];
    // "reseller Dumai transfer …", "agen di Bukittinggi setor …", "reseller ulun si Ifah bayar …": her
    // reseller or agent and where they sell or who they are, right before the paying.
    const placed = RESELLER_ROLES.has(t.key) ? resellerWhich(a, end) : -1;
    if (placed > 0) return [`${cap(t.text)} ${cap((tokens[placed - 1] as Token).text)}`, placed];
    return [cap(t.text), roleWordsEnd(a, end)];
  }
  // "kantor kecamatan bayar pesanan …", "PKK RW 05 transfer …", "bubuhan kantor mambayar utang", "warung
  // sebelah bayar keripik yg kemarin dibon": an institution or a group of her customers.
  const group = groupPayerAt(a, i);
  if (group !== null) return group;
  // "yang kasbon kemarin udah bayar": the one who owes, named by the owing alone; "yg kemarin
  // ngutang pulsa 25rb udh bayar", "yang minggu lalu kasbon …": when, then the owing.
  // "yang punya bayar 30rb", "yg punya kios transfer": the owner — someone, not she (no name: asked).
  if (RELATIVE.has(t.key) && OWNER_WORDS.has(n?.key ?? '')) return ['', i + 2];
  if (RELATIVE.has(t.key) || t.key === 'yang tadi') {
    let k = i + 1;
    while (k < i + 3 && word(tokens[k]) && (((tokens[k] as Token).f & (F_DATE | F_PERIOD)) !== 0 || DAYTIME.has((tokens[k] as Token).key))) k++;
    const owing = tokens[k];
    if (word(owing) && (owing.f2 & G_CREDIT) !== 0) return [`Yang ${owing.text}`, k];
  }
  // "Namboru udah bayar utang 30rb", "Etek alah bayar": a word of address alone, the way she names a
  // customer ("namboru bayar utang" reads so already, customer.ts); "udah" between must not make it hers.
  // (Not a word that is also "I": Banyumas "nyong wis bayar utang" is hers.)
  if (KIN_CUSTOMERS.has(t.key) && !NOT_PAYER_NAME.has(t.key)) return [cap(t.text), i + 1];
  // "Paman udah bayar utang 30rb", "Kakak bayar utang": her own family alone — someone else paid, but
  // whether they paid her or paid her debt for her is asked (no name for the books).
  // ("anaknya" is keyed "anak": someone else's family is told by the word as typed.)
  if ((HEAD_KIN.has(t.key) || KIN_OF_ANOTHER.includes(t.text)) && !childrensParent(tokens, i)) return ['', i + 1];
  // "ibu yang jual sayur udah bayar utang 30rb", "orang yang ngutang kemarin udah bayar": someone
  // described, not named — not her, and no name for the books (asked: someone_paid, debtor-paid.ts).
  if (((t.f2 & G_HONORIFIC) !== 0 || HEAD_KIN.has(t.key) || t.key === 'orang' || t.key === 'org') && RELATIVE.has(n?.key ?? '')) {
    for (let k = i + 2; k < tokens.length && k <= i + 8; k++) {
      const u = tokens[k] as Token;
      if (u.type !== T_WORD) break;
      if (BEFORE_PAY.has(u.key) || PAYER_PAYS.has(u.key)) return k > i + 2 ? ['', k] : null;
    }
  }
  // "dia bayar utang 40rb", "beliau udah bayar": a third person with no name — not her, so never
  // her repayment unasked (someone-paid.ts asks), but no name for the books (debtor-paid.ts asks).
  if (thirdPerson(t)) return ['', i + 1];
  // "ada yang bayar utang 50rb", "ada yg nyicil 100rb", "seseorang bayar utang": someone, not she —
  // a customer paying her or a debt paid for her, never her own repayment unasked; no name (asked).
  const someone = someoneEnd(tokens, i);
  if (someone > 0) return ['', someone];
  // "Tanta Ona so bayar", "Inaq Sahnun bayah", "Ti Ani so bayar": a regional word of address the
  // lexicon does not hold, then a name (a word it does not know).
  // (Betawi "ama" is read as "sama": the title is the word as typed.)
  if ((HEAD_TITLES.has(t.key) || HEAD_TITLES.has(t.text.toLowerCase())) && nameLike(n, i + 1, a)) return [`${cap(t.text)} ${cap((n as Token).text)}`, i + 2];
  // "Wayan suba mayah utang", "Made Rai mayah": a Balinese birth-order name, alone or before a name.
  if (BALI_NAMES.has(t.key)) return nameLike(n, i + 1, a) ? [`${cap(t.text)} ${cap((n as Token).text)}`, i + 2] : [cap(t.text), i + 1];
  // WHY no bare unknown word: phones capitalise a message's first word, so "Ona bayar utang" looks
  // like "Alhamdulilah bayar utang", "Sekalian bayar utang", "Sayah bayar utang" (a typo of hers),
  // "Bini bayar utang": nothing at the head tells a name from any other word. With no title, role
  // or birth-order name the message keeps her own reading (her repayment).
  return null;
}

/**
 * Institutions and groups that buy from her as one customer: offices, the village, women's and farmers'
 * groups, schools, a mosque's committee — "kantor kecamatan", "kelurahan", "PKK", "kelompok tani",
 * "Dharma Wanita", "sekolah", Banjar "bubuhan kantor" (the office folk). Not a lender or a group she pays
 * dues to: "koperasi", "bank", "arisan" are never here (her instalment, her dues).
 */
const GROUP_PAYERS = new Set(['kantor', 'kecamatan', 'kelurahan', 'kantor desa', 'desa', 'balai', 'pkk', 'posyandu', 'puskesmas', 'sekolah',
  'sekolahan', 'sd', 'smp', 'sma', 'tk', 'paud', 'madrasah', 'pesantren', 'pondok', 'masjid', 'mushola', 'musholla', 'gereja', 'panitia',
  'dharma', 'dasawisma', 'karang', 'bubuhan', 'rombongan', 'instansi', 'dinas', 'kodim', 'polsek', 'koramil', 'rt', 'rw', 'bumdes',
  'kelompok', 'majelis', 'pengajian', 'yayasan', 'perusahaan', 'pabrik', 'hotel', 'katering', 'warung', 'toko', 'kios', 'kantin']);
/** Words that name a group only when a second word says which ("warung sebelah", "toko depan", "kelompok tani"). */
const GROUP_NEEDS_WHICH = new Set(['warung', 'toko', 'kios', 'kantin', 'kelompok', 'karang', 'dharma', 'rt', 'rw', 'balai', 'desa',
  'majelis', 'hotel', 'pabrik', 'katering', 'perusahaan']);
/** The second word: which one, or what kind ("sebelah", "tani", "wanita", "taruna", "kecamatan"). */
const GROUP_WHICH = new Set([...ROLE_WHICH, 'sebelah', 'seberang', 'ujung', 'tani', 'wanita', 'taruna', 'kecamatan', 'kelurahan', 'desa',
  'kantor', 'ta\'lim', 'taklim', 'pkk', 'rt', 'rw']);

/** A group payer at i and the end of its name ("PKK RW 05", "kantor kecamatan"), or null. */
function groupPayerAt(a: Analysis, i: number): [string, number] | null {
  const { tokens } = a;
  const t = tokens[i];
  if (!word(t) || !GROUP_PAYERS.has(t.key)) return null;
  let end = i + 1;
  const n = tokens[end];
  const which = word(n) && (GROUP_WHICH.has(n.key) || GROUP_PAYERS.has(n.key) || (n.info === null && nameLike(n, end, a)));
  if (GROUP_NEEDS_WHICH.has(t.key) && !which) return null;
  // The group's name: up to three words or a number ("PKK RW 05", "kantor kecamatan", "bubuhan kantor").
  while (end < tokens.length && end < i + 4) {
    const u = tokens[end] as Token;
    // (A number only as the RT's or RW's: "PKK RW 05".)
    const prev = tokens[end - 1]?.key ?? '';
    const named = u.type === T_WORD ? GROUP_WHICH.has(u.key) || GROUP_PAYERS.has(u.key) || (u.info === null && nameLike(u, end, a))
      : u.type === T_NUM && (prev === 'rt' || prev === 'rw');
    if (!named) break;
    end++;
  }
  const name = tokens.slice(i, end).map((u) => u.text).join(' ');
  return [cap(name), end];
}

/**
 * Regional words of address no lexicon list holds, a title only before a name: Manado "tanta",
 * Gorontalo "ti", Sasak "inaq", "amaq", Manado and Ambon "opa", "oma", "nene", Papuan "tete".
 * Also Sasak "papuq" (grandparent), "mamiq" (a noble father), "baiq", "dende" (noble women);
 * Bima and Sumbawa "ina", "ama" (mother, father: "Ina Ati bayar bon"); NTT "bapa", "ade"; Manado
 * and Ambon "bung"; Toraja "indo", "ambe"; Bugis "indo"; Acehnese "cut", "teungku", "tgk".
 * (Not Bugis "ambo": Minang "ambo" is "I" — "ambo bayar utang" is hers.)
 */
// (Palembang "cek" — an elder woman, "Cek Ani bayar kasbon" — only before a name, as the others.)
const HEAD_TITLES = new Set(['cek', 'tanta', 'ti', 'inaq', 'amaq', 'opa', 'oma', 'nene', 'tete', 'papuq', 'mamiq', 'baiq', 'dende', 'ina', 'ama',
  'bapa', 'ade', 'bung', 'indo', 'ambe', 'cut', 'teungku', 'tgk']);

/**
 * Balinese birth-order names, which are a person on their own ("Wayan", "Made", "Nyoman",
 * "Ketut", "Putu", "Kadek", "Komang", "Gede", "Nengah"): before a paying verb at the head they
 * are someone paying her, whatever else the word means ("made" in English, "putu" a cake).
 */
const BALI_NAMES = new Set(['wayan', 'made', 'nyoman', 'ketut', 'putu', 'kadek', 'komang', 'gede', 'nengah']);

/**
 * Her own pronouns in every region, and third persons with no name, which the lexicon does not
 * know: never a payer's name ("beta bayar utang", "lon ka lon bayar", "tiang mayah utang" are
 * hers; "dia bayar utang" keeps today's reading). Known ones ("saya", "kita", "ambo", "ulun",
 * "engko") are no name anyway.
 */
export const NOT_PAYER_NAME = new Set(['sa', 'sy', 'sya', 'aq', 'ak', 'qu', 'gue', 'gua', 'gw', 'beta', 'awak', 'lon', 'abdi', 'tiang', 'titiang',
  'icang', 'kulo', 'kula', 'aing', 'urang', 'inyong', 'nyong', 'enyong', 'ane', 'ana', 'aye', 'den', 'ambo', 'ulun', 'engko', 'kami',
  'dia', 'beliau', 'doi', 'ybs', 'mereka', 'dorang', 'dong', 'de', 'ia', 'ko', 'kau', 'ente', 'lu', 'elu', 'wah', 'eh', 'ah', 'nah',
  'brusan', 'akhirnya', 'udag', 'sdah', 'udha', 'uda']);

/** The children, after "bapaknya"/"ibunya": "bapaknya anak-anak" (the children's father) is her husband. */
const CHILDREN = new Set(['anak', 'anak-anak', 'anak2', 'anakanak', 'bocah-bocah', 'bocil', 'cah', 'krucil']);

/** Whether the kin word at i is the parent of her children ("bapaknya anak-anak", "bapake bocah"): her household. */
export function childrensParent(tokens: readonly Token[], i: number): boolean {
  return KIN_OF_ANOTHER.includes(tokens[i]?.text ?? '') && CHILDREN.has(tokens[i + 1]?.key ?? '');
}

/** Family words with "-nya"/"-e" (someone else's): a customer's mother, father, child, spouse … */
export const KIN_OF_ANOTHER = ['ibunya', 'ibuknya', 'bapaknya', 'bapanya', 'bpknya', 'bpaknya', 'ibunye', 'bapaknye', 'emaknye', 'anaknye', 'ayahnya', 'emaknya', 'maknya', 'mamanya', 'mamaknya', 'papanya',
  'anaknya', 'suaminya', 'istrinya', 'bininya', 'lakinya', 'kakaknya', 'adiknya', 'adeknya', 'abangnya', 'neneknya', 'kakeknya', 'tantenya',
  'omnya', 'pamannya', 'bibinya', 'mertuanya', 'ortunya', 'orangtuanya', 'keluarganya', 'saudaranya', 'sodaranya', 'iparnya',
  'ponakannya', 'keponakannya', 'sepupunya', 'cucunya', 'mantunya', 'ibune', 'bapake', 'anake', 'bojone', 'mbokne'];

/**
 * Her family by relation, alone at the head before paying: never her own repayment unasked. Batak
 * "tulang" (mother's brother), "amangboru". Most are also how she addresses a customer ("Bibi", "Kak").
 * (Not her household — "suami", "bini", "mertua", "mamak": they pay her debts as hers, cases-trust-wave2-review.)
 */
export const HEAD_KIN = new Set(['paman', 'bibi', 'bi', 'tulang', 'amangboru', 'pakde', 'bude', 'budhe', 'bulik', 'paklik', 'pakdhe', 'kakak',
  'kak', 'abang', 'adik', 'adek', 'mbah', 'nenek', 'kakek', 'sepupu', 'ipar', 'keponakan', 'ponakan', 'uwa', 'wak', 'makcik', 'pakcik', 'opung', 'ompung',
  // Someone else's family, "-nya" (his, hers, theirs): "ibunya bayar utang 50rb" is a customer's mother
  // paying — never her own repayment unasked. (Javanese "-e": "ibune", "bapake".)
  ...KIN_OF_ANOTHER]);

/** He, she, they: Indonesian, chat "doi", "ybs", Papuan "de", "dorang", Manado "dia"; "kalian" (you all). */
// (As typed: "dy", "dya", "mrk", "mrka"; Betawi "die".) Also (cases-trust-payer): Batak, Balinese, Bugis and
// Makassar "ia" (he, she — chat's "iya" typed "ia" is asked too, never her expense unasked), Bugis and Makassar
// "na" written apart before its verb ("na bayara 50 sebbu": he pays), Javanese "de'e", Jakarta "doski", Minang
// "inyo", Banjar "inya", Acehnese "gobnyan", Madurese "aba'na". (Sundanese "manehna", Javanese "dheweke",
// "deweke", Palembang "dio" are keyed "dia" by the lexicon.) "doi" is keyed "duit" (money): matched as typed.
export const THIRD_PERSON = new Set(['dia', 'beliau', 'doi', 'ybs', 'de', 'dorang', 'mereka', 'kalian', 'dy', 'dya', 'mrk', 'mrka', 'die',
  'ia', 'na', 'de\'e', 'doski', 'inyo', 'inya', 'gobnyan', 'aba\'na',
  // Manado, Ambon and Papuan "dong" (they), at the head before paying ("dong so bayar"); Jakarta's "dong" (please)
  // comes after the verb ("bayar dong").
  'dong']);

/** Whether the word at t is a third person (as keyed, or as typed: "doi" is keyed "duit"). */
export function thirdPerson(t: Token): boolean {
  return THIRD_PERSON.has(t.key) || THIRD_PERSON.has(t.text);
}

/** Someone, unnamed: "seseorang", "orang" alone, English "someone". */
// ("orangnya", Javanese "wonge" keyed so: the person — someone, not she.)
const SOMEONE = new Set(['seseorang', 'sesorang', 'orang', 'org', 'someone', 'somebody', 'orangnya', 'orgnya']);
/** After "ada" (there is): "ada yang", "ada yg", "ada yang tadi" (one token), "ada orang", "ada seseorang". */
const THERE_IS_WHO = new Set(['yang', 'yg', 'yang tadi', ...SOMEONE]);

/** The end of an unnamed someone at i ("ada yang", "ada org", "seseorang"), or -1. */
function someoneEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!word(t)) return -1;
  if (SOMEONE.has(t.key)) return i + 1;
  const n = tokens[i + 1];
  return t.key === 'ada' && word(n) && THERE_IS_WHO.has(n.key) ? i + 2 : -1;
}

/** People counted: "orang", "org", Javanese "wong", Sundanese "urang" is "I" there, so not it. */
const PEOPLE_COUNTED = new Set(['orang', 'org', 'wong', 'pelanggan', 'pembeli', 'customer', 'cust', 'konsumen', 'ibu2', 'ibu-ibu']);

/**
 * The end of a count of people at i ("2 orang", "dua org", "ada 3 orang"), or -1. The count is a
 * number or a number word (F_NUMWORD); the people word right after it. What follows must be the
 * paying verb (payerAtHead checks), so "2 orang kuli …" with her reading of a wage is left as read.
 */
function countedPeopleEnd(a: Analysis, i: number): number {
  const { tokens } = a;
  const k = tokens[i]?.key === 'ada' ? i + 1 : i;
  const c = tokens[k];
  if (c === undefined || !(c.type === T_NUM || (c.type === T_WORD && (c.f & F_NUMWORD) !== 0))) return -1;
  const n = tokens[k + 1];
  return word(n) && PEOPLE_COUNTED.has(n.key) ? k + 2 : -1;
}

/** A word that may be a name (or an unlisted word of address) at i: one the lexicon does not know, not a pronoun. */
function nameLike(t: Token | undefined, i: number, a: Analysis): boolean {
  return word(t) && a.marks[i] === 0 && t.info === null && t.key.length >= 2 && t.key.length <= 15 && /^[a-z]+$/.test(t.key) &&
    !NOT_PAYER_NAME.has(t.key) && !PAYER_PAYS.has(t.key) && !BEFORE_PAY.has(t.key) && !RELATIVE.has(t.key);
}

/** The payer opening the message and their paying verb, or null. */
export function payerAtHead(a: Analysis): PayerHead | null {
  const { tokens } = a;
  let i = 0;
  while (i < tokens.length && i < 2 && word(tokens[i]) && OPENERS.has((tokens[i] as Token).key)) i++;
  const payer = payerAt(a, i);
  if (!payer) return null;
  let j = payer[1];
  let owedSaid = false;
  // "yg ngutang rokok kemarin", "who owed me": the owing, then a few words of what and when.
  if (RELATIVE.has(tokens[j]?.key ?? '') || (tokens[j]?.f2 ?? 0) & G_CREDIT) {
    let k = RELATIVE.has(tokens[j]?.key ?? '') ? j + 1 : j;
    // "yang kemarin ngutang", "yg minggu lalu bon": when, before the owing.
    while (k < j + 3 && word(tokens[k]) && ((tokens[k] as Token).f & (F_DATE | F_PERIOD)) !== 0) k++;
    const owed = owingAt(tokens, k);
    if (owed < 0) {
      // "bu rina yg rumahnya di lorong sebelah tadi datang bayar utang …", "ibu2 arisan yg ambil kerudung
      // bulan lalu nyicil 100rb": a clause that describes the payer, up to her paying verb.
      const said = describedUntilPay(a, j);
      if (said === null) return null;
      [j, owedSaid] = said;
    } else {
      owedSaid = true;
      j = owed + 1;
      // "yang hutang di agen udah lunas": she owed the agent — her debt, not a debtor paying her.
      if (owedByHerFrom(tokens, j, payer[0] !== '')) return null;
      // (Brackets round the amount owed — "2 kotak nasi (36rb)" — do not count towards the six.)
      let brackets = 0;
      while (j < tokens.length && j <= k + 6 + brackets && !PAYER_PAYS.has(tokens[j]?.key ?? '') && !BEFORE_PAY.has(tokens[j]?.key ?? '')) {
        if (BRACKETS.has((tokens[j] as Token).text)) brackets++;
        j++;
      }
    }
  }
  // "orang itu bayar 25rb", "ibu tsb sudah transfer": a pointing word after the payer is part of them.
  if (THAT.has(tokens[j]?.key ?? '')) j++;
  for (let n = 0; n < 3 && (BEFORE_PAY.has(tokens[j]?.key ?? '') || CAME.has(tokens[j]?.key ?? '')); n++) j++;
  if (!word(tokens[j]) || !PAYER_PAYS.has((tokens[j] as Token).key)) return null;
  return { name: payer[0], pay: j, owedSaid, start: i, end: payer[1] };
}

/** Pointing words after the payer: "orang itu", "ibu tsb", "bapak tersebut". */
const THAT = new Set(['itu', 'tu', 'tsb', 'tersebut', 'nih', 'ini']);

/** Coming to pay: "tadi datang bayar utang", "mampir bayar" — between the payer and the verb. */
const CAME = new Set(['datang', 'dateng', 'dtg', 'kesini', 'kemari', 'mampir', 'nyamperin']);
/** How far a describing clause may reach before the paying verb. */
const DESCRIBED_REACH = 10;
/** After "blm bayar" in the describing clause, how far the paying verb may still come ("…, nah tadi sore baru bayar"). */
const UNPAID_REACH = 6;
/** The paying after a "not paid then": "baru bayar" (only now), "udah bayar", "akhirnya bayar", "tadi bayar", "hari ini bayar". */
const NOW_PAID = new Set(['baru', 'br', 'sudah', 'akhirnya', 'skrg', 'sekarang', 'tadi', 'td', 'barusan', 'brusan', 'ini', 'hari ini']);
/**
 * What the payer took from her, said in the clause: taking, ordering or buying ("yg ambil kerudung",
 * "yg pesen nasi kotak bulan kemarin", "yang beli sarung") — what she pays for was owed.
 */
const TOOK = new Set([...TAKE_WORDS, 'pesan', 'pesen', 'mesen', 'memesan', 'order', 'ngorder', 'beli', 'belanja', 'ngambil']);
/**
 * Words that make the clause about her or about lending: "bu Rina yg minjemin aku modal bayar …" — she
 * owed Bu Rina, or the subject changed; never read as the payer described.
 */
const NOT_DESCRIBED = new Set(['saya', 'sy', 'aku', 'aq', 'ak', 'ku', 'gue', 'gw', 'kami', 'kita', 'pinjam', 'minjam', 'minjem',
  'minjemin', 'pinjemin', 'pinjamin', 'meminjamkan', 'ngutangin', 'dipinjam', 'dipinjem', 'modalin', 'pinjaman']);

/**
 * A relative clause at j ("yg rumahnya di lorong sebelah", "yg ambil kerudung bulan lalu") that describes
 * the payer, then her paying verb in the same clause: [index of the verb, whether the clause says she
 * took goods], or null when a break, her own word or a lending word comes first.
 */
function describedUntilPay(a: Analysis, j: number): [number, boolean] | null {
  const { tokens } = a;
  if (!RELATIVE.has(tokens[j]?.key ?? '')) return null;
  let took = false;
  let before = false;
  let unpaid = false;
  let reach = j + DESCRIBED_REACH;
  for (let k = j + 1; k < tokens.length && k <= reach; k++) {
    const t = tokens[k] as Token;
    // "yg ambil ayam Sabtu kemarin kan blm bayar, nah tadi baru bayar": once the goods taken on a day
    // before are said, a comma only ends the telling of it; the paying comes after.
    if (t.type === T_PUNCT && t.text === ',' && took && before) continue;
    if (t.type !== T_WORD && t.type !== T_NUM) return null;
    if (t.type === T_NUM) continue;
    if (NOT_DESCRIBED.has(t.key) || RELATIVE.has(t.key) || (t.f2 & G_CREDIT) !== 0) return null;
    // "… kan blm bayar": not paid THEN — the owing said in other words; the paying is the verb after it.
    if ((PAYER_PAYS.has(t.key) || t.key === 'dibayar') && ((tokens[k - 1]?.f ?? 0) & F_NEG) !== 0) {
      if (!took || !before || unpaid) return null;
      unpaid = true;
      reach = k + UNPAID_REACH;
      continue;
    }
    // (Taken on a day before this one is owed: "yg ambil kerudung bulan lalu"; "yg beli rendang baru bayar"
    // may be a sale paid now.)
    if (PAYER_PAYS.has(t.key)) return k > j + 1 && (!unpaid || NOW_PAID.has(tokens[k - 1]?.key ?? '')) ? [k, took && before] : null;
    if (TOOK.has(t.key)) took = true;
    if ((t.f & (F_DATE | F_PERIOD)) !== 0 && t.key !== 'tadi' && t.key !== 'td') before = true;
  }
  return null;
}

/** Paid onward: "ke", "kepada". */
const ONWARD = new Set(['ke', 'kepada', 'kpd']);
/** Lenders a payer may pay instead of her: "… bayar utang ke bank". */
const LENDERS = new Set(['bank', 'koperasi', 'kop', 'rentenir', 'pinjol', 'leasing', 'pegadaian']);

/**
 * "Bu Ani bayar utang ke supplier 500rb", "pak Budi yg … bayar ke bu Rina": in the paying verb's clause (from
 * `pay`) the payer pays a supplier, a lender or a titled person — someone other than her. No money to her:
 * the payment readers leave it (the guards ask), never `payment_received` unasked.
 */
export function paidOnward(a: Analysis, pay: number): boolean {
  const { tokens } = a;
  for (let k = pay + 1; k < tokens.length && k <= pay + 6; k++) {
    const t = tokens[k] as Token;
    if (t.type !== T_WORD && t.type !== T_NUM) return false;
    if (t.type !== T_WORD || !ONWARD.has(t.key)) continue;
    const n = tokens[k + 1];
    if (word(n) && (isSupplierWord(n.key) || LENDERS.has(n.key) || (n.f2 & G_HONORIFIC) !== 0)) return true;
  }
  return false;
}

/** A debtor named at i, with a past-owing clause after them. */
export interface DebtorAt {
  name: string;
  start: number;
  end: number;
  /** Token index just past the owing word ("ngutang", "kasbon"). */
  owed: number;
}

/**
 * The one who owed her, named at i with the owing said after them — "pelanggan yg ngutang bulan lalu",
 * "bu Ani yang kasbon", "tetangga yg kemarin ngebon": their name and where the owing word ends; null
 * for no payer, no owing clause, or a debt she herself owes ("yang hutang di agen").
 * (For a payer not at the head: "transferan masuk dari pelanggan yg ngutang …", debtor-paid.ts.)
 */
export function debtorAt(a: Analysis, i: number): DebtorAt | null {
  const { tokens } = a;
  const payer = payerAt(a, i);
  if (!payer || payer[0] === '') return null;
  const j = payer[1];
  if (!RELATIVE.has(tokens[j]?.key ?? '')) return null;
  let k = j + 1;
  while (k < j + 3 && word(tokens[k]) && ((tokens[k] as Token).f & (F_DATE | F_PERIOD)) !== 0) k++;
  const owed = owingAt(tokens, k);
  if (owed < 0 || owedByHerFrom(tokens, owed + 1, true)) return null;
  return { name: payer[0], start: i, end: j, owed: owed + 1 };
}

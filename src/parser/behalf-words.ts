/**
 * The words of recording for someone else (behalf.ts), in Indonesian and as the regions say
 * them: the verb ("catat", Javanese "cathet", Minang "tulih", Sundanese "catatkeun", "masukin",
 * "input"), the owner or beneficiary ("punya", Minang "punyo", Javanese "duweke", krama
 * "kagungan", Sundanese "gadah", "nu", "kanggo", "pikeun", "untuak", "atas nama"), and who the
 * other person is: a name, or a title or kin word ("Etek", "Namboru", "Bulik", "Acil", "Mace").
 *
 * Words the regional maps already translate are read through them (regionalMeaning: "kanggo",
 * "pikeun", "untuak", "gasan" are "untuk"); the lists here are only words no map gives, because
 * most of them mean something else outside a request to record ("nu" is "which", "input" and
 * "tulis" are everyday verbs): they are read so only in behalf.ts's scanner.
 */
import { lookupWord } from './lexicon.ts';
import { regionalMeaning } from './regional-words.ts';
import { G_HONORIFIC } from './word-roles.ts';

/** "catat" and its forms: asking to record, never a word of the entry itself. */
export const CATAT = new Set(['catat', 'catatkan', 'catatin', 'catetin', 'catetkan', 'cttkan', 'cttin', 'ctt',
  // Passive and polite: "tolong dicatat punya Bu Sumi …", "dicatetin buat Ani".
  'dicatat', 'dicatet', 'dicatatkan', 'dicatetin', 'dicatetkan', 'dicathet', 'catatlah', 'mencatat', 'nyatet', 'nyatat',
  // Spoken and regional: Betawi/Javanese "catet", Javanese "cathet", "cathetke", "catetno", Sundanese "catatkeun", "catetkeun".
  'catet', 'cathet', 'cathetke', 'catetke', 'cathetno', 'catetno', 'catatno', 'catatkeun', 'catetkeun', 'cathetan']);

/**
 * Verbs that mean recording only beside a person: "tulis", Minang "tulih", "masukin", "input",
 * "rekap" ("rekap Bu Sumi" asks for her recap; "tulis kerudung 5" is her own). They open a
 * reading only with an owner or beneficiary word after them and an entry with a number.
 */
export const WEAK_CATAT = new Set(['tulis', 'tulisin', 'tuliskan', 'ditulis', 'tulih', 'tuliahan', 'tuliskeun',
  'masukin', 'masukkan', 'masukan', 'dimasukin', 'dimasukkan', 'input', 'inputin', 'inputkan', 'diinput', 'rekap', 'rekapin', 'direkap']);

/** Owner words: "punya Bu Sumi", Minang "punyo", Javanese "punyae", "duweke", krama "kagungan", Sundanese "gadah", "nu". */
const OWNER = new Set(['punya', 'punyanya', 'punyo', 'punyae', 'punyane', 'pnya', 'pny', 'milik', 'miliknya', 'duweke', 'duwek',
  'duwene', 'kagungan', 'kagunganipun', 'gadah', 'gadahna', 'nu', 'kepunyaan', 'jualannya', 'jualane', 'jualanne', 'dagangannya',
  'dagangane', 'jualan', 'dagangan', 'setoran', 'setorannya']);
/** Beneficiary words: "untuk", "buat", "bagi" and the regional ones the map reads as "untuk" (kanggo, pikeun, untuak, gasan…). */
const BENEFIT = new Set(['untuk', 'utk', 'buat', 'bwt', 'u', 'bagi', 'tuk', 'kangge']);
/** Words that name the person only before a title or a capitalised name ("nu kamari" is "the one yesterday"). */
const WEAK_OWNER = new Set(['nu', 'bagi', 'u', 'jualan', 'dagangan', 'setoran', 'jualannya', 'jualane', 'jualanne', 'dagangannya', 'dagangane', 'setorannya']);

/** An owner or beneficiary word, as written or as the regional map reads it. */
export function isForWord(w: string): boolean {
  return OWNER.has(w) || BENEFIT.has(w) || regionalMeaning(w) === 'untuk';
}

export function isWeakForWord(w: string): boolean {
  return WEAK_OWNER.has(w);
}

/** Opening a message without a verb: "untuk Ani: …", "punyo Etek: …", "kanggo Mbok Sarmi: …" (not "u", "nu", "bagi", "jualan"). */
export function isForLead(w: string): boolean {
  return isForWord(w) && !WEAK_OWNER.has(w);
}

/**
 * Titles and kin words: before a name they are the name's title ("Etek Ros", "Namboru Tiur"),
 * alone after an owner word they are the person ("punyo Etek": auntie's) — someone not named,
 * asked. The lexicon's honorifics, and kin words it reads otherwise (mama, mamak, emak…).
 */
const KIN = new Set(['bu', 'ibu', 'buk', 'bunda', 'pak', 'bapak', 'mbak', 'mba', 'mas', 'kak', 'teh', 'teteh', 'cik', 'koh', 'bang',
  'om', 'tante', 'mpok', 'neng', 'mak', 'uni', 'uda', 'bude', 'pakde', 'dek', 'adek', 'jeng', 'sdri', 'sdr', 'ny',
  'mama', 'mamak', 'emak', 'amak', 'bundo', 'inaq', 'inak', 'mbah', 'simbok', 'bulek', 'bulik', 'budhe', 'nenek', 'nek', 'oma',
  'opa', 'wa', 'uwa', 'bi', 'bik', 'bibi', 'ompung', 'opung', 'amang', 'nyai', 'mami', 'umi', 'ummi', 'ebu', 'kakak', 'adik']);

export function isTitle(w: string): boolean {
  if (KIN.has(w)) return true;
  const info = lookupWord(w);
  return info !== null && (info.flags2 & G_HONORIFIC) !== 0;
}

/**
 * Titles she calls her facilitator or the bot by: "Uni, laku …", "bu laku 50rb tolong dicatat"
 * speak to someone, not of her. Alone, they never make the person of a reading without an
 * owner word before them.
 */
const ADDRESS = new Set(['bu', 'ibu', 'buk', 'bunda', 'mbak', 'mba', 'kak', 'kakak', 'teh', 'teteh', 'uni', 'uda', 'sis', 'ceu',
  'jeng', 'dek', 'dik', 'adek', 'mas', 'pak', 'bapak', 'min', 'admin', 'kk', 'ka']);

export function isAddress(w: string): boolean {
  return ADDRESS.has(w);
}

/**
 * Herself: "punyaku", "punya saya", Minang "punyo ambo", Javanese "duwekku", Sundanese "gadah
 * abdi" — her own books, never someone else's. Also her own places: "catat punya warung: …".
 */
const SELF = new Set(['saya', 'sy', 'aku', 'ak', 'aq', 'ku', 'gue', 'gw', 'ane', 'abdi', 'aing', 'sendiri', 'dewe', 'dhewe', 'pribadi',
  'kami', 'kita', 'punyaku', 'punyaq', 'punyak', 'punyasaya', 'milikku', 'duwekku', 'duwekmu', 'gadahabdi',
  'punyoambo', 'warung', 'warungku', 'toko', 'tokoku', 'kios', 'lapak', 'usaha', 'usahaku', 'kedai', 'kantin', 'dapur',
  'online', 'offline', 'shopee', 'tokopedia', 'tokped', 'tiktok', 'lazada', 'grab', 'gojek', 'ig', 'fb']);

export function isSelf(w: string): boolean {
  return SELF.has(w) || regionalMeaning(w) === 'saya';
}

/**
 * Particles between the verb and the person: "catat ya punya Bu Sumi", "catet dong buat Ani", and
 * "first, now" ("catat dulu, laku 50rb" was once read as a member called "dulu").
 */
export const PARTICLES = new Set(['ya', 'yah', 'yaa', 'ye', 'yee', 'yak', 'dong', 'deh', 'nih', 'ini', 'yo', 'lah', 'juga', 'jg', 'sekalian', 'skalian',
  'dulu', 'dl', 'dlu', 'sek', 'sik', 'disik', 'dhisik', 'heula', 'riyin', 'sekarang', 'skrg', 'lagi', 'aja', 'saja', 'ae', 'wae']);

/** What only the seller herself does, with the regional words the map reads as selling. */
const SELLER_VERBS = new Set(['laku', 'lku', 'laris', 'terjual', 'jual', 'jualan', 'menjual', 'payu', 'penjualan', 'omset', 'pemasukan']);

export function isSellerVerb(w: string): boolean {
  if (SELLER_VERBS.has(w)) return true;
  const m = regionalMeaning(w);
  return m === 'laku' || m === 'jual';
}

/** Words between a person and her selling: "Bu Sumi tadi laku 80rb", Minang "Etek alah laku", Sundanese "geus payu". */
export const BETWEEN = new Set(['tadi', 'td', 'sudah', 'udah', 'dah', 'sdh', 'udh', 'alah', 'lah', 'wis', 'wes', 'geus', 'tos', 'su',
  'uah', 'wah', 'juga', 'jg', 'hari', 'ini', 'barusan', 'kemarin', 'kmrn', 'semalam', 'baru', 'minta']);

/** Someone named before, pointed at: "catat punya dia ya", "untuk beliau" — who, asked (as a kin word alone). */
const POINTED = new Set(['dia', 'beliau', 'doi', 'ybs', 'die', 'dio', 'iyo', 'nyo', 'ia', 'inya', 'anjeunna', 'piyambakipun']);

export function isPointed(w: string): boolean {
  return POINTED.has(w);
}

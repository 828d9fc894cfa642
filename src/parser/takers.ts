/**
 * Who takes goods from her when it is not she herself: a titled name ("mb Rina", "teh Euis",
 * "uni Ros") or a relation word alone ("tetangga", "saudara", "langganan"). Goods someone
 * else takes are her sale (on credit when paying comes later), never her own use.
 */
import { RESELLERS } from './resellers.ts';

/** Titles before a name. Some are also words ("teh" is tea): a title only before a take verb's taker name. */
export const TAKER_TITLES = new Set(['mb', 'mbk', 'teh', 'teteh', 'ceu', 'uni', 'kak', 'bude', 'budhe', 'mak', 'bu', 'ibu', 'mbak',
  'mba', 'pak', 'mas', 'bang', 'bi', 'bibi',
  // Eastern Indonesia and Medan "mama", "mamak" before a woman's name ("Mama Yuli bayar utang
  // tenun"): alone they are her own mother, so a title only before a name that takes, pays or owes.
  'mama', 'mamak',
  // Palembang "Yuk", "Ayuk" (elder sister; "yuk" is also "let's"), Batak "Namboru" (aunt):
  // titles only before a name that takes, pays or owes.
  'yuk', 'ayuk', 'namboru']);

/** Of those, the ones that are also common words ("yuk" let's): a title only before a word the lexicon does not know. */
export const WORD_TITLES = new Set(['yuk']);

/**
 * People in the plural, who buy from her: "ibu-ibu beli pecel", "emak2 borong sayur", "mas-mas
 * ambil kopi 4 gelas". Written with a 2 ("ibu2") they are read so by the lexer (CROWD_SINGULAR).
 * Not "anak-anak": alone they may be her own children (family-buys.ts).
 */
export const CROWD_SINGULAR = new Set(['ibu', 'ibuk', 'bapak', 'emak', 'mak', 'mas', 'mbak', 'mba']);
export const CROWD_BUYERS = [...CROWD_SINGULAR].map((w) => `${w}-${w}`);

/** People named by relation alone, who take goods and pay her: "tetangga ambil beras 5kg", "pembeli ambil madu 1 botol". */
export const RELATION_TAKERS = new Set(['tetangga', 'tetanggaku', 'saudara', 'sodara', 'langganan', 'pelanggan', 'pelangganku',
  'langgananku', 'customer', 'konsumen', 'pembeli', 'cust', ...CROWD_BUYERS, ...RESELLERS]);

/** Verbs of taking goods ("ambil", Minang "ambiak"), after which a title before a name is one. */
export const TAKE_WORDS = new Set(['ambil', 'ngambil', 'mengambil', 'ambiak', 'maambiak']);

/**
 * Regional words of address that name a person on their own, no name after them: Banjar
 * "Ading manukar 3 bungkus" (the young one bought), "Acil", "Julak"; Betawi "Mpok", "Engkong",
 * "Encing"; Makassar and Bugis "Daeng", "Puang"; Minang "Uni", "Etek"; Madurese "Cak". Just
 * before a buying, taking or owing verb they are her customer (the word is the name kept).
 * Not "bu", "pak", "mak": alone they are as often her own mother or a reader's "you".
 */
export const KIN_CUSTOMERS = new Set(['ading', 'acil', 'julak', 'mpok', 'engkong', 'encing', 'daeng', 'puang', 'uni', 'etek', 'cak',
  // Papuan "pace", "mace", "kaka" (a man, a woman, an elder: "Pace beli 3 ikat sayur"), Maluku
  // "nona", "nyong", "usi"; "om", "tante" as the east and the Chinese-Indonesian shops say them to a
  // buyer, "koh", "cik"; Batak "inang", "amang". (Not Manado "ko": "you". Not "uda": typed for "udah".)
  'pace', 'mace', 'kaka', 'nona', 'nyong', 'usi', 'om', 'tante', 'koh', 'cik', 'inang', 'amang',
  // Batak "namboru" (aunt), Palembang "ayuk" (elder sister; not "yuk": also "let's").
  'namboru', 'ayuk']);

/** A child's pet name after "si" ("si kecil", "si sulung"): her own. Any other word the lexicon does not know is a person's name. */
export const CHILD_PET_NAMES = new Set(['kecil', 'sulung', 'bungsu', 'tengah', 'ragil', 'mbarep', 'bontot', 'adek', 'adik', 'dedek', 'ade', 'kakak',
  'abang', 'kaka', 'nduk', 'genduk', 'thole', 'tole', 'le', 'upik', 'buyung', 'ucok', 'butet', 'cikal', 'unyil', 'mungil', 'gadis', 'bujang']);

/**
 * Everyday bookkeeping words of the languages outside Java, Bali and Lombok — Minangkabau,
 * the Malay of Riau, Jambi, Palembang and Pontianak, Medan Indonesian and Batak, Acehnese,
 * Banjar, Bugis, Makassar, and the Malay of Manado, Ambon, Kupang and Papua — each read as the
 * Indonesian word it means. regional-words.ts merges these pairs into its map, so the lexer
 * gives such a word the Indonesian key and every reader that knows "jual", "terima", "warung",
 * "nanti", "gak" knows it too: "ambo lah manarimo pitih dari urang nan bautang" reads as "saya
 * sudah terima uang dari orang yang ngutang".
 *
 * WHY a file of its own: the words of Java, Bali and Lombok live in regional-words.ts; keeping
 * the outer islands apart keeps each list short enough to check by eye.
 *
 * Only words that are no common Indonesian word, name, unit or item, and that no other region
 * uses with another meaning. Left out on purpose (a wrong meaning would be read everywhere):
 * - "urang" (Minang and Banjar "orang", Sundanese "I, we"), "awak" (Minang "I", Malay "you"),
 *   "mamak" (Medan "mother", Minang "maternal uncle"), "lakoe" (Acehnese "husband", Madurese "sold").
 * - "dak", "tak" (Malay "not", Javanese "I" before a verb), "nak" (Malay "want", Indonesian "child,
 *   dear"), "alah" (Minang "already", Indonesian interjection), "pulo" (Minang "also", "island").
 * - "galo" (Palembang "all", a typo of "galon", a water gallon she sells), "beko" (Jambi "later",
 *   an excavator), "duet" (Palembang "money", a duet), "pajak" (Medan "market", a tax),
 *   "tulang" (Batak "uncle", bone), "ndang" (Batak "not", Javanese "hurry").
 * - "hana" (Acehnese "not", a name), "mantong" (Acehnese "still" and "only"), "ka" (Acehnese
 *   "already", Sundanese and chat "to"), "bri" (Acehnese "give", the bank BRI), "cok" (Acehnese "take",
 *   a Javanese swear), "baroe" (Acehnese "yesterday", old spelling of "baru"), "peng" (Acehnese
 *   "money", and short for "pengeluaran" in a cash book: "pemasukan 200rb peng 50rb"); Acehnese "geubloe",
 *   "jibloe" and Bugis "nawelli" (he, she, they buy): the buyer may be her customer, so "buy" alone would
 *   make a sale her expense ("geubloe timphan 8 boh 16rb"); only the "I" forms are listed.
 * - "siaga" (Bugis "how much", Indonesian "alert"), "indo" (Bugis "mother", Indomaret), "de"
 *   (Bugis "not", Papuan "he, she"), "iyya" (Bugis "I", a typo of "iya").
 * - "dong" (Ambon and Papua "they", an Indonesian particle), "par" (Ambon "for", golf and "per"),
 *   "sa", "ko", "pu" (Papuan "I", "you", "of": numbers, particles); "lawan" (Banjar "with", an opponent),
 *   "wayah" (Banjar "now", Javanese "grandchild"), "laki" ("laki-laki", male, in an item's name), "deng" (Ambon
 *   "with", Jakarta "dong": "eh salah deng"), "bili" (Ambon "buy", the Toba fish "ikan bili": verb-typos.ts).
 * - Words other readers already hold in their own lists by their spelling ("dorang", "lapo", "nunga", "purani",
 *   "sikit", "pitihnyo"): mapping them would move them out of those lists.
 */
/**
 * Words below that are also names: after a title ("bu Nan", "pak Sidin", "kak Beta", "mas Dio", "ci Sian") they stay
 * the name (regional-words.ts reads them so).
 */
export const LUAR_ALSO_NAMES: readonly string[] = ['nan', 'sidin', 'beta', 'dio', 'sian'];

export const LUAR_PAIRS: readonly [string, string][] = [
  // ---- Minangkabau -------------------------------------------------------------------------
  // Receiving, taking, returning, sending, borrowing: "manarimo pitih" (received money), "diambiak"
  // (taken), "mambaliakan" (gives back), "mangirim" (sends), "maminjam" (borrows).
  ...pairs(['tarimo', 'manarimo', 'manarimoan'], 'terima'),
  ...pairs(['ditarimo', 'tatarimo'], 'diterima'),
  ...pairs(['diambiak'], 'diambil'),
  ...pairs(['mandapek'], 'dapat'),
  ...pairs(['mambaliakan', 'baliakan'], 'kembalikan'),
  ...pairs(['dibaliakan'], 'dikembalikan'),
  ...pairs(['kambalian', 'kumbalian'], 'kembalian'),
  ...pairs(['mangirim'], 'kirim'),
  ...pairs(['maminjam'], 'pinjam'),
  ...pairs(['habih'], 'habis'),
  // "tarimo kasiah" is thanks: with "kasiah" read "kasih" the two make the phrase "terima kasih" (phrases.ts).
  ...pairs(['kasiah'], 'kasih'),
  // "adiak" (younger sibling), "saparo", "satangah" (half).
  ...pairs(['adiak'], 'adik'),
  ...pairs(['saparo', 'satangah'], 'setengah'),
  // Price, profit, the rest, the shop, the market: "rago", "hargo" (price), "untuang", "labo", "siso",
  // "kadai", "pasa".
  ...pairs(['rago', 'hargo'], 'harga'),
  ...pairs(['untuang'], 'untung'),
  ...pairs(['labo'], 'laba'),
  ...pairs(['siso'], 'sisa'),
  ...pairs(['kadai'], 'warung'),
  ...pairs(['pasa'], 'pasar'),
  // The Minang possessive "-nyo" is "-nya": "ragonyo", "utangnyo", "bayianyo", "sisonyo" ("pitihnyo" is in the lexicon).
  ...pairs(['ragonyo', 'hargonyo', 'harganyo'], 'harganya'),
  ...pairs(['utangnyo', 'hutangnyo'], 'utangnya'),
  ...pairs(['pitinyo', 'uangnyo', 'duitnyo'], 'uangnya'),
  ...pairs(['bayianyo', 'bayarnyo'], 'bayarnya'),
  ...pairs(['untuangnyo', 'untungnyo'], 'untungnya'),
  ...pairs(['sisonyo'], 'sisanya'),
  ...pairs(['kembaliannyo', 'kambaliannyo'], 'kembaliannya'),
  ...pairs(['modalnyo'], 'modalnya'),
  ...pairs(['totalnyo'], 'totalnya'),
  ...pairs(['jumlahnyo'], 'jumlahnya'),
  ...pairs(['balanjonyo', 'belanjonyo'], 'belanjanya'),
  ...pairs(['labonyo'], 'labanya'),
  // … and where "-nya" itself is read by its stem (kind-suffix.ts, possessive-nouns.ts), the stem's key.
  ...pairs(['lakunyo'], 'laku'),
  ...pairs(['ongkosnyo'], 'ongkos'),
  // "lakinyo" (her husband), "apak" (father).
  ...pairs(['lakinyo'], 'suami'),
  ...pairs(['apak'], 'bapak'),
  // Particles: "indak" (not), "sajo" (only), "juo" (also), "isuak" (tomorrow), "nan" (which, who:
  // "urang nan bautang"; literary Indonesian "nan" is the same word), "barapo" (how much).
  ...pairs(['indak'], 'gak'),
  ...pairs(['sajo'], 'saja'),
  ...pairs(['juo'], 'juga'),
  ...pairs(['isuak'], 'besok'),
  ...pairs(['nan'], 'yang'),
  ...pairs(['barapo'], 'berapa'),

  // ---- Malay of Riau, Jambi, Palembang, Pontianak -------------------------------------------
  // "sayo", "kamek" (I), "kito" (we), "dio" (he, she), "idak" (not), "lum" (not yet), "jugo" (also),
  // "kagek" (later), "ambik" (take), "pegi" (go), "kedai", Medan "kede" (shop),
  // "harge" with the Malay final "e" and its "-nye" (Pontianak, Riau).
  ...pairs(['sayo', 'kamek'], 'saya'),
  // "jiran" (neighbour), "esok" (tomorrow; Indonesian "esok" is the same word, read here as "besok" so a plan is a plan).
  ...pairs(['jiran'], 'tetangga'),
  ...pairs(['esok'], 'besok'),
  ...pairs(['kito'], 'kita'),
  ...pairs(['dio'], 'dia'),
  ...pairs(['idak'], 'gak'),
  ...pairs(['lum'], 'belum'),
  ...pairs(['jugo'], 'juga'),
  ...pairs(['kagek'], 'nanti'),
  ...pairs(['ambik'], 'ambil'),
  ...pairs(['diambik'], 'diambil'),
  ...pairs(['pegi'], 'pergi'),
  ...pairs(['kedai', 'kede'], 'warung'),
  ...pairs(['harge'], 'harga'),
  ...pairs(['hargenye'], 'harganya'),
  ...pairs(['duitnye'], 'uangnya'),

  // ---- Medan and Batak ------------------------------------------------------------------------
  // Toba "manggadis" (sells), "digadis" (sold), "mangalehon" (gives), "manggarar" (pays), "marutang"
  // (owes), "dituhor" (bought), "sadia" (how much).
  ...pairs(['manggadis', 'margadis'], 'jual'),
  ...pairs(['digadis', 'targadis'], 'dijual'),
  ...pairs(['mangalehon', 'mangaleon', 'mangalean'], 'kasih'),
  ...pairs(['dilehon', 'dileon'], 'dikasih'),
  ...pairs(['manggarar', 'mangarar'], 'bayar'),
  ...pairs(['digarar'], 'dibayar'),
  ...pairs(['marutang'], 'ngutang'),
  ...pairs(['dituhor'], 'dibeli'),
  // "manjalo" (receives), "dijalo" (received), "onan" (the market), "sian" (from; also a name, LUAR_ALSO_NAMES).
  ...pairs(['manjalo'], 'terima'),
  ...pairs(['dijalo'], 'diterima'),
  ...pairs(['onan'], 'pasar'),
  ...pairs(['sian'], 'dari'),
  // Toba numbers: "tolu" (3), "onom" (6), "ualu" (8), "sampulu" (10), "pulu" (tens: "tolu pulu ribu").
  ...pairs(['tolu'], 'tiga'), ...pairs(['onom'], 'enam'), ...pairs(['ualu'], 'delapan'), ...pairs(['sampulu'], 'sepuluh'),
  ...pairs(['pulu'], 'puluh'),
  ...pairs(['sadia'], 'berapa'),

  // ---- Acehnese -------------------------------------------------------------------------------
  // "kubloe" (I buy), "kupubloe" (I sell), "meuutang" (owes), numbers "siploh" (10), "sireutoh" (100), "siribee" (1.000), "lapan" (8, Malay too),
  // "keude" (shop), "peukan" (market), "singoh" (tomorrow), "uroe nyoe" (today), "ureueng" (person),
  // "aneuk" (child), "hareuga" (price), "untong", "rugoe", "kamoe" (we), "gopnyan" (he, she).
  ...pairs(['kubloe'], 'beli'),
  ...pairs(['kupubloe', 'kupublo'], 'jual'),
  ...pairs(['meuutang'], 'ngutang'),
  // "teurimong" (receives), "gadoh" (lost), "meukat" (trades, sells), "jinoe" (now), "mandum" (all), "siteungoh" (half).
  ...pairs(['teurimong', 'teurimoeng'], 'terima'),
  ...pairs(['gadoh'], 'hilang'),
  ...pairs(['meukat'], 'jualan'),
  ...pairs(['jinoe'], 'sekarang'),
  ...pairs(['mandum'], 'semua'),
  ...pairs(['siteungoh'], 'setengah'),
  ...pairs(['siploh'], 'sepuluh'),
  ...pairs(['sireutoh'], 'seratus'),
  ...pairs(['siribee', 'sireubee'], 'seribu'),
  ...pairs(['lapan'], 'delapan'),
  ...pairs(['keude', 'keudee'], 'warung'),
  ...pairs(['peukan'], 'pasar'),
  ...pairs(['singoh'], 'besok'),
  ...pairs(['uroe'], 'hari'),
  ...pairs(['nyoe'], 'ini'),
  ...pairs(['ureueng', 'ureung'], 'orang'),
  ...pairs(['aneuk'], 'anak'),
  ...pairs(['hareuga'], 'harga'),
  ...pairs(['untong'], 'untung'),
  ...pairs(['rugoe'], 'rugi'),
  ...pairs(['kamoe'], 'kami'),
  ...pairs(['gopnyan'], 'dia'),

  // ---- Banjar ---------------------------------------------------------------------------------
  // "kada" (not), "handak" (want: a plan), "kaina" (later), "jua" (also), "manjual" (sells), "mambari"
  // (gives), "ikam", "pian" (you), "sidin" (he, she), "hanyar" (just now), "bini" (wife), "sadikit".
  ...pairs(['kada'], 'gak'),
  ...pairs(['handak'], 'mau'),
  ...pairs(['kaina'], 'nanti'),
  ...pairs(['jua'], 'juga'),
  ...pairs(['manjual'], 'jual'),
  ...pairs(['mambari'], 'kasih'),
  ...pairs(['ikam', 'pian'], 'kamu'),
  ...pairs(['sidin'], 'dia'),
  ...pairs(['hanyar'], 'baru'),
  ...pairs(['bini'], 'istri'),
  ...pairs(['sadikit'], 'sedikit'),
  // "haja" (only), "tatangga" (neighbour), "manarima"/"ditarima" (receives, received; Bugis and Kupang "tarima" too),
  // "mambulikakan" (gives back), "barataan" (all), "samunyaan" (all of it), "balanja" (shops; Makassar too).
  ...pairs(['haja'], 'saja'),
  ...pairs(['tatangga'], 'tetangga'),
  ...pairs(['tarima', 'manarima'], 'terima'),
  ...pairs(['ditarima', 'ritarima'], 'diterima'),
  ...pairs(['mambulikakan'], 'kembalikan'),
  ...pairs(['dibulikakan'], 'dikembalikan'),
  ...pairs(['barataan'], 'semua'),
  ...pairs(['samunyaan'], 'semuanya'),
  ...pairs(['balanja'], 'belanja'),

  // ---- Bugis and Makassar ---------------------------------------------------------------------
  // Bugis "ubalu" (I sell), "pabbalu" (seller), "uwelli" (I buy), "riwelli" (bought),
  // "ubayara" (I pay), "bayara" (pays, as in "na bayara": he pays), "ribayara" (paid). Makassar "ammalu'", "kubalukang" (sell), "nibalukang" (sold),
  // "nibayara" (paid), "doe'" (money), "inrang" (a debt), "anginrang" (borrows, owes), "tena" (not;
  // "tena pa" is still "belum": phrases.ts reads the written words), "nakke" (I), "sallang" (later),
  // "ammuko" (tomorrow), "subangngi" (yesterday).
  ...pairs(['ubalu'], 'jual'),
  ...pairs(['pabbalu'], 'penjual'),
  ...pairs(['uwelli'], 'beli'),
  ...pairs(['riwelli'], 'dibeli'),
  ...pairs(['ubayara', 'bayara', 'nabayara', 'kubayara'], 'bayar'),
  ...pairs(['ribayara', 'nibayara', 'nibayarak'], 'dibayar'),
  ...pairs(['ammalu', 'ammaluk', 'ammaluka', 'ammalukka', 'kubalukang', 'kubalu'], 'jual'),
  ...pairs(['nibalukang', 'nibalu'], 'dijual'),
  ...pairs(['doe', 'doeku'], 'uang'),
  ...pairs(['doena'], 'uangnya'),
  ...pairs(['inrang'], 'utang'),
  ...pairs(['anginrang', 'anginranga'], 'ngutang'),
  ...pairs(['tena'], 'gak'),
  ...pairs(['nakke'], 'saya'),
  ...pairs(['sallang'], 'nanti'),
  ...pairs(['ammuko'], 'besok'),
  ...pairs(['subangngi'], 'kemarin'),
  // Bugis "malai" (takes), "riala" (taken), "mabbere" (gives), "ellinna" (its price), "makkokkoe" (now), "sinampe"
  // (just now), "matu" (later), "sitengnga" (half); Makassar "angngalle" (takes), "nialle" (taken), "assare" (gives),
  // "nisare" (given), "sitangnga" (half); "sibatu" (one piece, both).
  ...pairs(['malai'], 'ambil'),
  ...pairs(['riala'], 'diambil'),
  ...pairs(['mabbere', 'mabbére'], 'kasih'),
  ...pairs(['ellinna', 'ellina'], 'harganya'),
  ...pairs(['makkokkoe'], 'sekarang'),
  ...pairs(['sinampe'], 'tadi'),
  ...pairs(['matu'], 'nanti'),
  ...pairs(['angngalle'], 'ambil'),
  ...pairs(['nialle'], 'diambil'),
  ...pairs(['assare'], 'kasih'),
  ...pairs(['nisare'], 'dikasih'),
  ...pairs(['sitengnga', 'sitangnga'], 'setengah'),
  ...pairs(['sibatu'], 'sebiji'),
  // Numbers: Bugis "seddi" (1), "eppa" (4), "enneng" (6), "arua" (8), "asera" (9), "seppulo" (10), "siratu" (100),
  // "sebbu" (thousand: "tellu sebbu"); Makassar "tallu" (3), "annang" (6), "salapang" (9), "sampulo" (10), "sabbu"
  // (thousand). ("pulo", Bugis tens, is also an island; "ratu", hundred, a queen: not listed.)
  ...pairs(['seddi'], 'satu'), ...pairs(['eppa'], 'empat'), ...pairs(['enneng'], 'enam'), ...pairs(['arua'], 'delapan'),
  ...pairs(['asera'], 'sembilan'), ...pairs(['seppulo'], 'sepuluh'), ...pairs(['siratu'], 'seratus'), ...pairs(['sebbu', 'sabbu'], 'ribu'),
  ...pairs(['tallu'], 'tiga'), ...pairs(['annang'], 'enam'), ...pairs(['salapang'], 'sembilan'), ...pairs(['sampulo'], 'sepuluh'),

  // ---- Manado, Ambon, Kupang, Papua -------------------------------------------------------------
  // "kase" (gives: "kase doi"), "dikase" (was given), "torang", "katong", "kotong" (we), "ngana" (you),
  // "beta" (I, Ambon and Kupang), "kalamareng" (yesterday), "tanta" (aunt, a woman addressed: a title like "tante").
  ...pairs(['kase', 'kse'], 'kasih'),
  ...pairs(['dikase'], 'dikasih'),
  ...pairs(['torang', 'katong', 'kotong', 'ketong', 'kitong'], 'kami'),
  // "maitua" (wife), "paitua" (husband), "kamarin" (yesterday, Ambon and Kupang), "somo" (about to: a plan).
  ...pairs(['maitua'], 'istri'),
  ...pairs(['paitua'], 'suami'),
  ...pairs(['kamarin'], 'kemarin'),
  ...pairs(['somo'], 'mau'),
  ...pairs(['ngana'], 'kamu'),
  ...pairs(['beta'], 'saya'),
  ...pairs(['kalamareng', 'kalamarin'], 'kemarin'),
  ...pairs(['tanta'], 'tante'),
];

function pairs(words: readonly string[], meaning: string): [string, string][] {
  return words.map((w) => [w, meaning]);
}

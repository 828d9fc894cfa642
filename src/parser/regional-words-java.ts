/**
 * Everyday bookkeeping words of Java, Madura, Bali, Lombok and Jakarta read as the Indonesian
 * word they mean: Javanese (ngoko, krama, Surabaya/Malang "arek" speech, Banyumas), Sundanese,
 * Madurese, Balinese, Sasak, Betawi. Merged into the map of regional-words.ts (which explains
 * the mechanism: the lexer gives the word the Indonesian key and that word's roles).
 *
 * WHY: a message in these languages was read wrong with confidence wherever one word was unknown,
 * while its Indonesian translation was read right: "tonggo mbayar utang endhog sewidak ewu" (a
 * neighbour paid her tab) was her own repayment; "nu ngahutang … geus mayar 200 rebu" (the one
 * who owed has paid) her expense. Each word here is a word of her books: people, money verbs,
 * particles that change the meaning (not yet, not, only, again, still), money and trade nouns,
 * and the possessive endings of those nouns.
 *
 * Left out, because they are also Indonesian words, names or another region's word with another
 * meaning (a wrong meaning here would be read everywhere):
 * - "maneh" (Javanese again, Sundanese you), "mau" (Javanese just now, Indonesian want), "enjing"
 *   (Sundanese tomorrow, Javanese morning), "engko" (Javanese later, Madurese I: read as I, above).
 * - "beli" (Balinese elder brother: read as buy), "meme" (Balinese mother, an internet meme),
 *   "ane" (Balinese which, Betawi I), "urang" (Sundanese I/we, Minang person), "tangga" (Javanese
 *   neighbour, stairs), "adi" (Sundanese younger sibling, a name), "rika" (Banyumas you, a name),
 *   "babe" (Betawi father), "laki" (Betawi husband, male), "telah" (Balinese used up, already),
 *   "ora", "teu", "mboten" (not: the readers of a negation already hold them as written).
 * - "bapake", "ibune": the gentleman and the lady, and also her husband and herself (the children's
 *   father and mother: "bapake adol wedus" is the household's goats).
 * - "sing" is Javanese "yang" (the one who) and Balinese "not"; it is read as "yang" because the
 *   readers of buyers and payers have long read it so (who-bought.ts, buyer-buys.ts), and Balinese
 *   writes "tusing" (below) as often.
 */
/**
 * Nouns of her books with the possessive ending of each language, read as Indonesian "-nya":
 * Javanese "-e" after a consonant, "-ne" after a vowel (East Java, Bali and Lombok also after a
 * consonant: "utangne"), krama "-ipun"/"-nipun", Sundanese "-na", Betawi "-nye" — "utange",
 * "modalna", "bathine", "reginipun", "sisanye". Only nouns whose forms are no other word and no
 * word the lexicon already reads ("duite", "regane", "hasile", "ongkose" are read there).
 */
const POSSESSED: readonly (readonly [string, string])[] = [
  ['utang', 'utangnya'], ['hutang', 'utangnya'], ['dhuwit', 'uangnya'], ['modal', 'modalnya'], ['bathi', 'untungnya'],
  ['bati', 'untungnya'], ['untung', 'untungnya'], ['dagangan', 'dagangannya'], ['warung', 'warungnya'],
  ['kembalian', 'kembaliannya'], ['sisa', 'sisanya'], ['cicilan', 'cicilannya'], ['angsuran', 'angsurannya'],
  ['rugi', 'ruginya'], ['total', 'totalnya'], ['jumlah', 'jumlahnya'], ['setoran', 'setorannya'], ['gaji', 'gajinya'],
  ['kasbon', 'kasbonnya'], ['pinjaman', 'pinjamannya'], ['silihan', 'pinjamannya'], ['tabungan', 'tabungannya'],
  ['celengan', 'celengannya'], ['laba', 'labanya'], ['pesenan', 'pesanannya'], ['pesanan', 'pesanannya'],
  ['turah', 'sisanya'],
];

export const JAVA_REGIONAL: readonly (readonly [string, string])[] = [
  // People. Neighbour: Javanese "tonggo", "tanggane"; Sundanese and Madurese "tatangga".
  ...pairs(['tonggo', 'tonggone', 'tanggane', 'tonggoku', 'tatangga', 'tatanggana'], 'tetangga'),
  // The one who (owes, bought, paid): Javanese "sing", krama "ingkang", "engkang"; Sundanese "nu"; Sasak "saq".
  ...pairs(['sing', 'ingkang', 'engkang', 'nu', 'saq'], 'yang'),
  // The person (the buyer she speaks of): Javanese "wonge", "uwonge", krama "tiyange"; Sundanese "jelemana".
  ...pairs(['wonge', 'uwonge', 'tiyange', 'tiyangipun', 'jelemana'], 'orangnya'),
  // I: Sundanese "kuring"; Balinese "icang"; Banyumas "inyong". You: Javanese "kowe", "sampeyan", "panjenengan", arek "awakmu",
  // "koen"; Sundanese "anjeun". He, she, they: Javanese "dheweke"; Sundanese "manehna", "aranjeunna".
  ...pairs(['kuring', 'icang', 'inyong'], 'saya'),
  ...pairs(['kowe', 'sampeyan', 'panjenengan', 'awakmu', 'koen', 'anjeun'], 'kamu'),
  ...pairs(['dheweke', 'deweke', 'dheke', 'manehna'], 'dia'),
  ...pairs(['aranjeunna'], 'mereka'),
  // Family: Balinese "somah", "kurenan" (spouse), Sasak "semame" (husband); Balinese "pianak" (child);
  // Javanese "biyung", Betawi "enyak" (mother), Sasak "amaq" (father); Javanese "adhiku"
  // (my younger sibling; "Adhi" alone is a man's name), Sundanese "lanceuk" (elder sibling), "dulur", Madurese "tretan", Balinese and
  // Sasak "semeton" (sibling, relative); Sundanese "dunungan" (employer, boss).
  ...pairs(['somah', 'kurenan', 'semame', 'semamengku'], 'suami'),
  ...pairs(['pianak', 'pianakne'], 'anak'),
  ...pairs(['biyung', 'enyak'], 'ibu'),
  ...pairs(['amaq'], 'bapak'),
  ...pairs(['adhiku', 'adhine'], 'adik'),
  ...pairs(['lanceuk', 'lanceukna'], 'kakak'),
  ...pairs(['dulur', 'tretan', 'semeton'], 'saudara'),
  ...pairs(['dunungan'], 'bos'),

  // Money verbs. Buying for someone, arek "tukokno"; bought (passive): Javanese "dituku", "ditukokno" — a
  // buyer bought from her ("dituku tanggane 3 bungkus": her sale), as Indonesian "dibeli".
  ...pairs(['tukokno', 'nukokno', 'tukokne', 'nukokne', 'tukokke', 'nukokke'], 'beli'),
  ...pairs(['dituku', 'ditukokno', 'ditukokke'], 'dibeli'),
  // Settling a debt: Sundanese "ngalunasan", "dilunasan".
  ...pairs(['ngalunasan', 'ngalunasin'], 'melunasi'),
  ...pairs(['dilunasan'], 'dilunasi'),
  // Lending and borrowing: Javanese "nyilihi" (lends to), "disilih" (was borrowed), "silihan" (a loan);
  // Sundanese "nginjeumkeun" (lends), "injeuman" (a loan).
  ...pairs(['nyilihi', 'nginjeumkeun'], 'pinjam'),
  ...pairs(['disilih', 'diinjeum'], 'dipinjam'),
  ...pairs(['silihan', 'injeuman'], 'pinjaman'),
  // Selling it: Javanese "dolke", "dolno" ("tak dolke 3 iji 45 ewu": I sold 3 pieces).
  ...pairs(['dolke', 'dolno', 'ngedolno'], 'jual'),
  // Giving: Balinese "maang" (gives). (Not Sasak "beng": Beng-Beng is a snack every stall sells.)
  ...pairs(['maang', 'maangin'], 'kasih'),
  // Taking for someone: Javanese "jupukke", "jupukno" ("tak jupukke duit 20 ewu kanggo jajan anake").
  ...pairs(['jupukke', 'njupukke', 'jupukno', 'njupukno'], 'ambil'),
  ...pairs(['dijupukke', 'dijupukno'], 'diambil'),
  // Balinese "nyemak" (takes: "nyemak pipis dagang 150rb anggo mebanten"), passive "jemak".
  ...pairs(['nyemak', 'nyemakang'], 'ambil'),
  // From, to: Banyumas "sekang" (not its short "kang", a Sundanese title), "maring" ("olih 80 ewu sekang dodolan", "nyaur utang maring koperasi").
  ...pairs(['sekang'], 'dari'),
  ...pairs(['maring'], 'ke'),
  // Giving back: Javanese "mbalekke", "mbalekno", "mbalikke" and their passives; Sundanese "mulangkeun".
  ...pairs(['mbalekke', 'mbalekno', 'balekke', 'balekno', 'mbalikke', 'mbalikno', 'mulangkeun', 'malikeun'], 'kembalikan'),
  ...pairs(['dibalekke', 'dibalekno', 'dibalikke', 'dibalikno', 'dipulangkeun', 'dipulangan'], 'dikembalikan'),
  // Change given: Javanese "susuk", "kembalen"; Sundanese "angsul" (krama), "angsulna".
  ...pairs(['susuk', 'kembalen'], 'kembalian'),
  ...pairs(['susuke', 'susukane', 'kembaliane', 'kembalene', 'angsulna'], 'kembaliannya'),
  // Receiving: Javanese "nompo", "ditompo", "ditampa" (not "tampa", a typo of "tanpa" as often).
  ...pairs(['nompo'], 'terima'),
  ...pairs(['ditompo', 'ditampa'], 'diterima'),
  // Used up, gone: Javanese "entek", Sundanese "beak". Saving: Javanese "nyelengi". Sending: Javanese
  // "ngirimi", krama "ngintun"; Sundanese "ngintunkeun". Getting: Banyumas "olih", Balinese "maan".
  ...pairs(['entek', 'enteke', 'beak'], 'habis'),
  ...pairs(['nyelengi', 'celengi'], 'nabung'),
  ...pairs(['ngirimi', 'kirimi', 'ngintun', 'ngintunkeun'], 'kirim'),
  ...pairs(['dikirimi', 'dikintun', 'dikintunkeun'], 'dikirim'),
  ...pairs(['olih', 'maan'], 'dapat'),
  // Losing: Javanese "ilang", "kelangan"; Sundanese "leungit", "kaleungitan".
  ...pairs(['ilang', 'leungit'], 'hilang'),
  ...pairs(['kelangan', 'kaleungitan'], 'kehilangan'),

  // Particles that change the meaning. Already: Balinese "suba", "sube". Not yet: Balinese "tonden",
  // "konden". Not: Balinese "tusing". Only: krama "namung", Sundanese "wungkul", Balinese "dogen".
  ...pairs(['suba', 'sube'], 'sudah'),
  // Days: Balinese "ibi" (yesterday: "ibi ngadep tipat 50 biji").
  ...pairs(['ibi'], 'kemarin'),
  ...pairs(['tonden', 'konden'], 'belum'),
  // … and East Javanese "urung" (not yet: "Bu Tin urung bayar 45 ewu", a tab still open; Indonesian "urung", called
  // off, is no payment either).
  ...pairs(['urung'], 'belum'),
  ...pairs(['tusing'], 'gak'),
  ...pairs(['namung'], 'cuma'),
  ...pairs(['wungkul', 'dogen'], 'saja'),
  // Also: Javanese "uga", krama "ugi", Sundanese "oge". Then: Javanese "banjur", "njur", krama and
  // Sundanese "lajeng", Sundanese "tuluy". So, becomes: Javanese "dadi", krama "dados", "sido" (goes ahead:
  // "ora sido tuku" is "tidak jadi beli", called off).
  ...pairs(['uga', 'ugi', 'oge', 'ogé'], 'juga'),
  ...pairs(['banjur', 'njur', 'lajeng', 'tuluy'], 'lalu'),
  ...pairs(['dadi', 'dados', 'sido', 'sida'], 'jadi'),
  // Again: Javanese "meneh", krama "malih", Sundanese "deui". Still: Javanese "isih", "isik", krama
  // "taksih", "tasih", Sundanese "keneh".
  ...pairs(['meneh', 'malih', 'deui'], 'lagi'),
  ...pairs(['isih', 'isik', 'taksih', 'tasih', 'keneh', 'kénéh'], 'masih'),
  // Tomorrow: Javanese "mbesuk" (not "besuk", also Indonesian "visit the sick"). Morning: Javanese "esuk", Sundanese "isuk", Balinese "semeng".
  // Now: Madurese "sateya" (not Balinese "jani", a name). Just (only now): Sundanese "kakara".
  ...pairs(['mbesuk'], 'besok'),
  ...pairs(['esuk', 'isuk', 'semeng'], 'pagi'),
  ...pairs(['sateya', 'satiya'], 'sekarang'),
  ...pairs(['kakara'], 'baru'),

  // Money and trade nouns. Price: krama "regi" ("regina" is left: a name). Profit: Javanese "bathi", "bati". Loss: krama "kapitunan".
  // All: Madurese "kabbhi", Balinese "makejang". (Half, "separo", is read where it is: a part paid, shared-purchase.ts.) The rest: Javanese "turah", Sundanese "sesa"; remaining: krama and Sundanese
  // "kantun" ("kantun 20 ewu": 20.000 left; not Javanese "kari", also curry).
  ...pairs(['regi'], 'harga'),
  // Krama "selangkung" (25), as ngoko "selawe".
  ...pairs(['selangkung'], 'selawe'),
  // Sundanese "satengah" (half): "satengah kilo", "dua kilo satengah" (trailing-half.ts).
  ...pairs(['satengah'], 'setengah'),
  ...pairs(['reginipun', 'regine'], 'harganya'),
  ...pairs(['bathi', 'bati'], 'untung'),
  ...pairs(['kapitunan'], 'rugi'),
  ...pairs(['kabbhi', 'makejang'], 'semua'),
  ...pairs(['turah', 'sesa'], 'sisa'),
  ...pairs(['kantun'], 'tinggal'),
  // The money of it, "duite" (read by the lexicon as a total, as "uangnya": now with its key, so the readers
  // of a refund, "duite tak balekke 75 ewu", know it), and Betawi "-nye" on the words of her takings.
  ...pairs(['duite'], 'uangnya'),
  ...pairs(['lakunye'], 'lakunya'),
  ...pairs(['harganye', 'reganye'], 'harganya'),
  ...pairs(['jualannye', 'dagangannye'], 'jualannya'),
  ...possessives(),
];

function possessives(): [string, string][] {
  const out: [string, string][] = [];
  for (const [stem, meaning] of POSSESSED) {
    const vowel = /[aeiou]$/.test(stem);
    const endings = vowel ? ['ne', 'na', 'nye', 'nipun'] : ['e', 'ne', 'na', 'nye', 'ipun'];
    for (const x of endings) out.push([stem + x, meaning]);
  }
  return out;
}

function pairs(words: readonly string[], meaning: string): [string, string][] {
  return words.map((w) => [w, meaning]);
}

/**
 * One regional word that says two Indonesian ones: Javanese "susuki" (gives change to: "wonge mbayar
 * 100rb tak susuki 40rb", the buyer paid 100.000 and I gave 40.000 back) is "kasih kembalian", so the
 * reader of change given (change-given.ts) reads it as it reads the Indonesian.
 */
const SPLIT: ReadonlyMap<string, readonly string[]> = new Map([
  ...['susuki', 'nyusuki'].map((w): [string, readonly string[]] => [w, ['kasih', 'kembalian']]),
  ['disusuki', ['dikasih', 'kembalian']],
]);

/** The Indonesian words a regional word says, or null. */
export function regionalSplit(word: string): readonly string[] | null {
  return SPLIT.get(word) ?? null;
}

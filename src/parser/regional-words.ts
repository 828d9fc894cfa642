/**
 * Everyday words of the regions, read as the Indonesian word they mean: who gives, takes,
 * pays or buys, for what, from whom — "bojoku ngekei modal 500 ewu" (Javanese: my husband
 * gave capital), "njupuk duit warung kanggo tuku beras omah" (took the shop's money for rice
 * at home), "nyandak artos dagang kanggo jajan budak" (Sundanese), "ambo ambiak 50 ribu
 * untuak balanjo rumah" (Minang), "melli terigu" (Bugis: bought).
 *
 * The lexer gives such a word the Indonesian word as its key (and that word's roles when it
 * is a keyword), so every reader that knows "kasih", "dari", "ambil", "untuk", "rumah",
 * "bayar" knows the regional word too, without a second list in each file. The text stays as
 * written (items and names are shown to her as she wrote them).
 *
 * Only words that are not also common Indonesian words, names or units are listed ("imah",
 * Sundanese home, is also a name; "tukar" is also exchange; "enjing" is tomorrow in Sundanese
 * but morning in Javanese; "ape" is "what" in Betawi): a wrong meaning here would be read
 * everywhere.
 */
import { JAVA_REGIONAL } from './regional-words-java.ts';
import { LUAR_ALSO_NAMES, LUAR_PAIRS } from './regional-words-luar.ts';

const REGIONAL: ReadonlyMap<string, string> = new Map([
  // Java, Madura, Bali, Lombok, Jakarta (regional-words-java.ts) and the outer islands (regional-words-luar.ts)
  // first: a word listed below keeps its meaning. (A word in both means the same there: tests/unit/parser/regional-translations.test.ts.)
  ...JAVA_REGIONAL,
  ...LUAR_PAIRS,
  // Giving (Javanese, Sundanese, Minang): "bojoku ngekei modal", "dipasihan modal ku salaki".
  ...pairs(['ngekei', 'ngekeki', 'ngeki', 'menehi', 'wenehi', 'nyukani', 'maringi', 'masihan', 'mikeun', 'agiah', 'maagiah'], 'kasih'),
  ...pairs(['dikei', 'dikeki', 'diwenehi', 'diparingi', 'dipasihan', 'dipasihkeun', 'dibere', 'dibikeun', 'diagiah', 'dibari'], 'dikasih'),
  // From: Javanese "seko", "soko". ("teko" is also "came"; Sundanese "ti", "tina" and Javanese "saka" are names too.)
  ...pairs(['seko', 'soko'], 'dari'),
  // … and "seka" ("dijupuk 200 ewu seka kotak dagangan"; Indonesian "seka", wipe, is no word of her books).
  ...pairs(['seka'], 'dari'),
  // Her family: Sundanese "salaki" (husband), "mitoha" (in-laws); Minang "mintuo"; Javanese krama "garwa".
  ...pairs(['salaki', 'salakina', 'salakiku', 'garwa', 'garwane', 'paksu'], 'suami'),
  ...pairs(['mitoha', 'mintuo'], 'mertua'),
  // … Sundanese "caroge" (husband), Javanese "bojo", "bojoku" (spouse; her husband as these women
  // write it); Sundanese "indung", Minang "amak" (mother); Sundanese "bapa" (father, husband).
  // ("ema" and "mbok" are names and titles too: not listed.)
  ...pairs(['caroge', 'carogé', 'carogena', 'bojo', 'bojoku', 'bojone'], 'suami'),
  ...pairs(['indung', 'amak'], 'ibu'),
  ...pairs(['bapa'], 'bapak'),
  // Taking: Javanese "njupuk", krama "mendhet"; Sundanese "nyandak", "nyokot"; Makassar/Bugis "alle".
  ...pairs(['njupuk', 'jupuk', 'mendhet', 'mendet', 'nyandak', 'nyokot', 'ngalap'], 'ambil'),
  ...pairs(['dijupuk', 'dipundhut', 'dicandak', 'dicokot'], 'diambil'),
  // For (a purpose): Javanese "kanggo", "nggo", "go"; Sundanese "keur", "pikeun"; Minang "untuak"; Banjar "gasan".
  ...pairs(['kanggo', 'nggo', 'keur', 'pikeun', 'untuak', 'gasan'], 'untuk'),
  // … and "enggo" as "nggo" is typed with its vowel ("duit warung tak enggo bayar BPJS": I used it to pay).
  ...pairs(['enggo'], 'untuk'),
  // Home and children: Javanese "omah", Balinese "umah", Sundanese "budak" (child), Javanese "bocah".
  ...pairs(['omah', 'omahe', 'umah'], 'rumah'),
  // … Madurese "compok", "bengko" (home: "ghâbây mellè berrâs ka compok", rice for home).
  ...pairs(['compok', 'compo', 'bengko'], 'rumah'),
  ...pairs(['budak', 'bocah', 'bocahe', 'anake'], 'anak'),
  // Money: Sundanese and Javanese krama "artos", "yatra".
  ...pairs(['artos', 'yatra'], 'uang'),
  // … Javanese "dhuwit", "duwit" ("dhuwit metu 50rb kanggo ibu").
  ...pairs(['dhuwit', 'duwit', 'dhuwite', 'duwite'], 'uang'),
  // … and Surabaya/Malang "duwik" ("tak jupuk 100 ewu teko duwik dodolan").
  ...pairs(['duwik', 'duwike'], 'uang'),
  // Buying: Bugis "melli", "mangelli", "nabelli"; Minang "balanjo"; Makassar "ammalli".
  ...pairs(['melli', 'mangelli', 'nabelli', 'ammalli', 'amalli'], 'beli'),
  // Banjar "manukar" (buys: "tukar", "menukar" are also Indonesian "exchange", so they are read in context-words.ts); Madurese "melle".
  ...pairs(['manukar', 'batukar', 'melle', 'mellea', 'meleh'], 'beli'),
  ...pairs(['balanjo', 'babalanjo'], 'belanja'),
  // Paying: Javanese "nyaur" (pays back), Sundanese "mayar", Minang "mambayia", "bayia".
  ...pairs(['nyaur', 'mayar', 'mambayia', 'bayia'], 'bayar'),
  // Madurese "majar", Makassar "bayara" ("tena pa na bayara": she has not paid yet).
  ...pairs(['majar', 'mayare', 'bayara'], 'bayar'),
  ...pairs(['disaur', 'dibayia'], 'dibayar'),
  ...pairs(['mayarna', 'bayarna', 'mbayare', 'bayare'], 'bayarnya'),
  // Later: Sundanese "engke", "pengker"; Javanese "mengko", "mangke".
  ...pairs(['engke', 'mengko', 'mangke'], 'nanti'),
  // Owing: Sundanese "ngahutang", "ngutang"; Minang "bautang".
  ...pairs(['ngahutang', 'ngahutangkeun', 'bautang'], 'ngutang'),
  // … Banjar "bahutang", Madurese "ngotang", Bugis "mainreng" (owes); Bugis "inreng", Madurese "otang" (a debt).
  ...pairs(['bahutang', 'bahutangan', 'ngotang', 'mainreng', "ma'inreng"], 'ngutang'),
  ...pairs(['inreng', 'otang'], 'utang'),
  // Selling: Madurese "ajuwal", "ajual" ("engko' ajuwal rujak": I sell rujak); Balinese "kaadep" (sold).
  ...pairs(['ajuwal', 'ajual', 'ajuwalan', 'ajualan', 'kaadep', 'kaadepang'], 'jual'),
  // Sold, with the Makassar and Bugis particles "-mi" (already), "-ji" (only): "lakumi kueku 30 biji".
  ...pairs(['lakumi', 'lakuji', 'lakuni', 'terjualmi', 'jualmi'], 'laku'),
  // … and the Bugis/Makassar person suffixes on a verb, "-ka" (I), "-ki" (you, polite; also "we"),
  // "-ma" (I already): "jualka tadi songkolo 25 bungkus", "belika santan 12rb", "bayarki utang".
  // (None of these is an Indonesian word.)
  ...pairs(['jualka', 'jualki', 'jualma', 'kujualki', 'kujualka'], 'jual'),
  ...pairs(['lakuka', 'lakuki', 'lakuma'], 'laku'),
  ...pairs(['belika', 'beliki', 'belima', 'bellika', 'bellikka', 'ammallika', 'ammalliki'], 'beli'),
  ...pairs(['bayarka', 'bayarki', 'bayarma', 'bayarkka', 'bayarkki'], 'bayar'),
  ...pairs(['ambilka', 'ambilki', 'ambilma'], 'ambil'),
  // Madurese "pajuh", "paju" (sold, went: "la pajuh 6 bungkus rujak", "la" already).
  ...pairs(['pajuh', 'paju'], 'laku'),
  // Got (money in): Madurese "olle", Sundanese "kenging" ("kenging artos 240 rebu": got 240.000),
  // … and Javanese krama "angsal" ("angsal artos 150 ewu").
  ...pairs(['olle', 'olleh', 'ollena', 'kenging', 'kengeng', 'angsal'], 'dapat'),
  // Money: Batak "hepeng" ("hepengna 60 ribu": its money, 60.000), Balinese "pipisne" (the money).
  // (Balinese "pipis" alone is also Indonesian for "pee": read as money only before an amount, money-got.ts.)
  ...pairs(['hepeng', 'hepengku'], 'uang'),
  ...pairs(['hepengna', 'hepengnya', 'pipisne', 'pipisé', 'pipise'], 'uangnya'),
  // Getting: Manado "dapa"; Minang "dapek" is in the lexicon already.
  ...pairs(['dapa'], 'dapat'),
  // Money in and out of the regions' cash books: Javanese "mlebu"/"metu", Sundanese "lebet"/"kaluar", Manado
  // "maso"/"kaluar" ("doi maso: jual …", "dhuwit metu 50rb"); Sundanese "ditampi"/"nampi" (received, "ditampi
  // ti bu Euis"); Manado "ambe" (takes: "kita ambe 50rb for bayar sekolah"), "babeli" (buys).
  ...pairs(['mlebu', 'maso', 'lebet', 'asup'], 'masuk'),
  ...pairs(['metu', 'kaluar'], 'keluar'),
  ...pairs(['ditampi', 'katampi'], 'diterima'),
  ...pairs(['nampi', 'nampa'], 'terima'),
  ...pairs(['ambe'], 'ambil'),
  ...pairs(['babeli', 'mabeli'], 'beli'),
  // Will (a plan, not a fact): Sundanese "bade"; Javanese "arep", krama "badhe", "ajeng"; Malay "kelak".
  ...pairs(['bade', 'badhe', 'ajeng', 'arep', 'bakalan'], 'mau'),
  ...pairs(['kelak', 'mbenjing', 'mbenjang', 'sesok'], 'nanti'),
  // Banjar "samalam" (yesterday), like "semalam".
  ...pairs(['samalam'], 'kemarin'),
  // Not yet: Javanese "durung", krama "dereng", Sundanese "(teu) acan", Minang "alun" —
  // "durung bayar", "teu acan mayar", "alun dibayia" are "belum bayar": a sale on credit.
  ...pairs(['durung', 'dereng', 'acan', 'alun'], 'belum'),
  // … and Betawi "belon", Banjar "balum", Bugis "de'pa" ("de'pa na bayar": not yet paid by her).
  // (Makassar "tena pa" and Madurese "ghi' ta'" are two words: phrases.ts.)
  ...pairs(['belon', 'blon', 'balum', 'balom', "de'pa", 'depa', 'tenapa'], 'belum'),
  // For now, first: Javanese "sik", "disik", krama "riyin", Sundanese "heula" — "utang sik".
  ...pairs(['sik', 'disik', 'dhisik', 'riyin', 'heula'], 'dulu'),
  // Buying: Sundanese "meser" (krama of "meuli").
  ...pairs(['meser', 'mésér', 'ngameser'], 'beli'),
  // … Balinese "meli" (buys), its high register "numbas", "mablanja" (shops); Batak Toba "manuhor",
  // "tinuhor" (bought); Acehnese "bloe", "meublo". ("Meli" is also a name: after a title or a word
  // that points at a person, "bu Meli", "laku 3 kue ke Meli", it stays the name, below.)
  ...pairs(['meli', 'numbas', 'mablanja', 'manuhor', 'tinuhor', 'bloe', 'meublo'], 'beli'),
  // Borrowing: Javanese "nyilih", "nyileh", Sundanese "nginjeum" — a loan, never her expense.
  ...pairs(['nyilih', 'nyileh', 'nginjeum', 'nambut'], 'pinjam'),
  // And, with: Javanese "lan", "karo"; Sundanese "jeung", "sareng"; Banjar "wan"; Minang "jo" —
  // "tuku lenga 34rb lan tepung 20rb" is two purchases, the joiner no part of the goods.
  ...pairs(['lan', 'jeung', 'sareng', 'wan', 'jo'], 'dan'),
  ...pairs(['karo'], 'sama'),
  // Madurese everyday words: "lako", "lakona" (sold: "rujak lako 18 bungkus"), "mellé" (bought,
  // with its accent), "ngala'" (took; the apostrophe is a glottal stop, dropped by the lexer),
  // "pesse" (money), "kaangguy" (for). ("lako" is also "work" in Madurese: with no amount it is chatter.)
  ...pairs(['lako', 'lakona', 'lakoe'], 'laku'),
  ...pairs(['mellé', 'mellè', 'mellena'], 'beli'),
  // … and as it is typed without the accent, with a final "h" (Madurese spelt as heard: "engkok la melleh
  // rokok", I have bought cigarettes), and its passive "ebelli"/"èbellè" (bought); "engkok"/"sengkok" (I).
  ...pairs(['melleh', 'mellèh', 'melléh', 'mellei', 'melleagi', 'melleaghi', 'ebelli', 'ebelle', 'èbellè', 'ebelleh', 'manggalle'], 'beli'),
  // … and with its last vowel heard as "a" ("mella gula merah 30 ebu" under a day's sales: a purchase,
  // never more of the sale; "Mella" is a name too: after a title it stays the name, ALSO_NAMES).
  ...pairs(['mella', 'mellah'], 'beli'),
  // Shopping: Madurese "blanjeh", "ablanja" ("blanjeh ka pasar:" heads what she bought).
  ...pairs(['blanjeh', 'blanjheh', 'ablanja', 'ablanjeh'], 'belanja'),
  ...pairs(['engkok', 'sengkok', 'engkuk'], 'saya'),
  ...pairs(['ngala', 'ngalak'], 'ambil'),
  ...pairs(['pesse', 'pessena', 'pessse'], 'uang'),
  ...pairs(['kaangguy', 'kaanggui', 'kaangghuy'], 'untuk'),
  // … written in Madurese spelling (its accents folded by the lexer: spelling-marks.ts): passives "èkala'" (taken),
  // "èbâjâr" (paid), "èjuwal" (sold); "otangnga" (her debt); "dâghângan" (trade goods, her stock); "ghâbây"
  // (for; also "make", as Indonesian "buat" is both); "dâ'" (to: "majâr dâ' koperasi"), as "ka" is.
  // ("da" plain is a Sundanese and Minang particle: only the accented "dâ'" is "ke".)
  ...pairs(['ekala', 'ekalak', 'ekalaa'], 'diambil'),
  ...pairs(['ebajar', 'ebayar', 'ebhajar'], 'dibayar'),
  ...pairs(['ejuwal', 'ejual', 'ejuwalan'], 'dijual'),
  ...pairs(['otangnga', 'otangnah', 'otangnya', 'otangna'], 'utangnya'),
  ...pairs(['daghangan', 'dhaghangan', 'daghanganna', 'dagangana'], 'dagangan'),
  ...pairs(['ghabay', 'gabay', 'ghebey', 'gebey', 'ghabai', 'gabai'], 'buat'),
  ...pairs(['dâ'], 'ke'),
  // Javanese krama: "pikantuk" (got, as "angsal"), "saking" (from), "kangge", "kagem" (for), "kulo",
  // "kula" (I), "dipendhet" (taken), "tumbas" with its passive "ditumbas" (bought). (Indonesian "saking"
  // is "so much that": "saking ramenya" stays unread, context-words.ts.)
  ...pairs(['pikantuk', 'pikantok', 'pikantuke', 'angsale'], 'dapat'),
  ...pairs(['kangge', 'kagem'], 'untuk'),
  ...pairs(['kulo', 'kula'], 'saya'),
  ...pairs(['dipendhet', 'dipendet'], 'diambil'),
  ...pairs(['ditumbas'], 'dibeli'),
  // … "and" in krama ("kaliyan"; not "kalih", also "two"; not Madurese "bân", plain "ban" is a tyre).
  ...pairs(['kaliyan'], 'dan'),
  // … krama "arta" (money: "pikantuk arta 150 ewu").
  ...pairs(['arta', 'artanipun'], 'uang'),
  // … as it is spoken and typed, "arto" ("ngampil arto warung": borrowed the shop's money); "Arto" is a
  // man's name too: after a title it stays the name (ALSO_NAMES).
  ...pairs(['arto', 'artone', 'artonipun'], 'uang'),
  // … krama "ngampil" (borrows: "kulo ngampil arto warung 50rb", as "nyilih" below).
  ...pairs(['ngampil', 'ngampel'], 'pinjam'),
  // Madurese plans and loans: "lagghu'" (tomorrow: "lagghu' engko' mellè gula" is a plan, asked), "terro" (want),
  // "nginjem"/"ngenjem" (borrows: a loan, never her sale), "èbâgi" (was given: "èbâgi modal bi' lakè", given capital
  // by her husband), "lakè" (husband).
  ...pairs(['lagghu', 'laggu', 'lagghuk', 'laghu'], 'besok'),
  ...pairs(['terro', 'tero', 'terroa'], 'mau'),
  ...pairs(['nginjem', 'ngenjem', 'nginjam', 'ngenjam'], 'pinjam'),
  ...pairs(['ebagi', 'ebegi', 'ebhagi'], 'dikasih'),
  ...pairs(['lake', 'lakena', 'lakekoh', 'lakeku'], 'suami'),
  // … and "kera-kera" (about: "kera-kera 150rb" is a guess, asked; only lowers confidence, so "monkeys" costs nothing), "berempa" (how much).
  ...pairs(['kera-kera'], 'kira-kira'),
  ...pairs(['berempa', 'barempa'], 'berapa'),
  // Paying in Minang "babayia" (paid: "alun babayia", not yet paid) and Javanese "mbayar".
  ...pairs(['babayia', 'mbayar', 'bayari'], 'bayar'),
  // … Banjar "mambayar" ("Acil Imah mambayar hutang wadai": paid her debt), Sundanese "ngabayar",
  // Bugis "mabbayara'", Makassar "ammayara'" (the glottal stop is dropped by the lexer).
  ...pairs(['mambayar', 'ngabayar', 'mabbayara', 'ammayara'], 'bayar'),
  // … Balinese "mbayah", the spoken form of "mayah" (pay, below): "Men Sari mbayah utang canang 24rb" (paid her tab).
  ...pairs(['mbayah'], 'bayar'),
  // … Makassar with its person prefix and "-mi" (already): "na-" he or she ("Daeng Baji nabayarmi utangna": paid
  // his debt, a debtor of hers — the payer named at the head), "ku-" I ("kubayarmi angsuranku": her own).
  // (na- is never her own paying: read as "dibayar"/"dilunasi", paid by someone — "nabayar utangna 100rb" is
  // a debt paid to her, not her expense, with or without the payer named.)
  ...pairs(['nabayarmi', 'nabayar', 'nabayarki', 'nabayarmo'], 'dibayar'),
  ...pairs(['nalunasimi', 'nalunasi'], 'dibayar'),
  // … and the passive with the particles glued on: Makassar/Bugis "-mi" (already), "-ji" (only), "-ki", Manado
  // "-mo", Malay "-lah" ("dibayarmi utangnya daeng Ratna": her debt is paid — money in from Daeng Ratna).
  ...pairs(['dibayarmi', 'dibayarji', 'dibayarki', 'dibayarmo', 'dibayarlah'], 'dibayar'),
  ...pairs(['kubayarmi', 'kubayar', 'kubayarki', 'kubayarmo', 'kulunasimi'], 'bayar'),
  ...pairs(['angsuranku', 'angsuranta'], 'angsuran'),
  ...pairs(['cicilanku', 'cicilanta'], 'cicilan'),
  // … Sasak "bayah" ("Inaq Sahnun bayah utang": paid her debt), Balinese "mayah", Acehnese "geubayeue"
  // (he or she paid: "Kak Nur ka geubayeue utang"), "bayeue".
  ...pairs(['bayah', 'mayah', 'geubayeue', 'geubayeu', 'bayeue'], 'bayar'),
  // Acehnese numbers ("lhee ploh ribee": thirty thousand): only words no other language uses
  // (not "sa", one, which is Papuan "I"; not "nam", six).
  ...pairs(['lhee'], 'tiga'), ...pairs(['peuet'], 'empat'), ...pairs(['limong'], 'lima'), ...pairs(['tujoh'], 'tujuh'),
  ...pairs(['sikureueng'], 'sembilan'), ...pairs(['ploh'], 'puluh'), ...pairs(['reutoh'], 'ratus'), ...pairs(['ribee', 'ribèe'], 'ribu'),
  // I: Minang "ambo", Banjar "ulun", "unda".
  ...pairs(['ambo', 'ulun', 'unda'], 'saya'),
  // … and Betawi "aye" ("aye ambil duit warung gocap": I took 50rb of the shop's money).
  ...pairs(['aye'], 'saya'),
  // … and Madurese "engko'", "sengko'" (I: "engko' majar otang ka toke": I paid my debt to the
  // trader). The Chinese-Indonesian title is "engkoh", "koh": a different word.
  ...pairs(['engko', 'sengko'], 'saya'),
  // Madurese "ebu'" (mother; a woman addressed or named: "ebu' Suni la majar otang") is "ibu",
  // a title like it.
  ...pairs(['ebu'], 'ibu'),
  // Palembang and Minang "belanjo" (shops: "belanjo tepung sagu 5 kg 60rb samo ikan"), "samo" (and, with).
  ...pairs(['belanjo', 'babelanjo', 'bebelanjo'], 'belanja'),
  ...pairs(['samo'], 'sama'),
  // Balinese "mayah" (pays: "mayah tukang tenun 300rb"), "ngadepang" (sells it), "uling" (from).
  // (Plain "ngadep" is Javanese "faces" too: read in a Balinese message only, money-got.ts.)
  ...pairs(['mayah', 'mayahang', 'mayahin'], 'bayar'),
  ...pairs(['ngadepang'], 'jual'),
  ...pairs(['uling'], 'dari'),
  // Acehnese "publoe", "peubloe" (sells: "lon publoe madu 2 boh botol"; "bloe" is buys, above),
  // "lon" (I), "keu" (for: "bloe gula keu peugot kue").
  ...pairs(['publoe', 'peubloe', 'publo', 'peublo'], 'jual'),
  ...pairs(['lon'], 'saya'),
  ...pairs(['keu'], 'untuk'),
  // Eastern Malay (Manado, Ambon, Kupang, Papua): "su" (already: "sa su bajual"), "pigi" (goes); not: Kupang
  // "sonde", Manado "nyanda", Papua "tra", "trada", and Manado, Makassar, Javanese "nda", "ndak" ("dong nda bayar
  // 50rb": they did not pay). (Manado "so" is also English "so", "pi" (goes) is also "piece" after a count
  // ("3 ribu satu pi"), and "seng" the zinc roofing sold by the sheet: "so" and "pi" are read only before a
  // buying verb, buyer-buys.ts; "seng" not at all.)
  ...pairs(['su'], 'sudah'),
  ...pairs(['pigi'], 'pergi'),
  ...pairs(['sonde', 'nyanda', 'tra', 'trada', 'tarada', 'nda', 'ndak'], 'gak'),
  // Sasak (Lombok): "belanje sayur lekan peken" (shopping for vegetables from the market), "mauk pesenan"
  // (got an order), "inak Rahmah bayah utangne" (mother Rahmah paid her debt), "kepeng" (money), "endeq",
  // "ndeq" (not), "ndeqman" (not yet), "tebeli" (bought), "leq" (at). None is an Indonesian word. Sasak words
  // that are ("tiang", I, is a pole; "wah", already, an exclamation; "jari", so, a finger; "side", you) are
  // read only in a Sasak message: context-words.ts.
  ...pairs(['belanje', 'bebelanje', 'belanjeq'], 'belanja'),
  ...pairs(['lekan', 'lekanan'], 'dari'),
  ...pairs(['peken', 'pekene'], 'pasar'),
  ...pairs(['mauk', 'maukne'], 'dapat'),
  ...pairs(['inak', 'inik'], 'ibu'),
  ...pairs(['utangne', 'utangde', 'utangme'], 'utangnya'),
  ...pairs(['kepeng', 'kepenge'], 'uang'),
  ...pairs(['kepengne', 'kepengde'], 'uangnya'),
  ...pairs(['endeq', 'ndeq', 'ndeqne'], 'gak'),
  ...pairs(['ndeqman', 'endeqman'], 'belum'),
  ...pairs(['tebeli', 'tebelin'], 'dibeli'),
  ...pairs(['bebeli'], 'beli'),
  ...pairs(['leq'], 'di'),
  // Banjar "hagan" (for: as "gasan"), "baras" (rice: "hagan tukar baras di rumah").
  ...pairs(['hagan'], 'untuk'),
  ...pairs(['baras'], 'beras'),
  // Betawi (Jakarta): "aer" (water: "aer galon"), "nyang" (which, who: "utang nyang minggu lalu"), "ame" (and,
  // with; "ama" is in the lexicon), "udeh" (already), "berape" (how much), "aje" (only), "kaga" (not),
  // "semuenye" (all of it).
  ...pairs(['aer'], 'air'),
  ...pairs(['nyang', 'nyng'], 'yang'),
  ...pairs(['ame'], 'sama'),
  ...pairs(['udeh', 'udeeh'], 'sudah'),
  ...pairs(['berape', 'brape'], 'berapa'),
  ...pairs(['aje'], 'saja'),
  ...pairs(['kaga', 'kage'], 'gak'),
  ...pairs(['semuenye', 'semuanye', 'smuanye'], 'semuanya'),
  // Sundanese "saminggu" / "sapekan" (a week), "sabulan" (a month): "Laporan saminggu:".
  ...pairs(['saminggu', 'sapekan'], 'seminggu'),
  ...pairs(['sabulan'], 'sebulan'),
]);

function pairs(words: readonly string[], meaning: string): [string, string][] {
  return words.map((w) => [w, meaning]);
}

/**
 * Regional words that are also women's names: after a title ("bu Meli") they are the name. ("nda", "not", is
 * also the short of Nanda: "bu Nda beli kue 20rb" is a customer buying.)
 */
// ("regi", Javanese krama price, and "tena", Makassar "not", are names too: "pak Regi bayar 50rb", "bu Tena beli kue 20rb".)
const ALSO_NAMES = new Set(['meli', 'mella', 'nda', 'arto', 'regi', 'tena', ...LUAR_ALSO_NAMES]);
/** Titles before a name ("bu Meli", "mbak Meli", "ceu Meli"). */
const TITLES = new Set(['bu', 'ibu', 'buk', 'mbak', 'mba', 'mbk', 'mb', 'kak', 'teh', 'teteh', 'ceu', 'uni', 'jeng', 'tante', 'bude', 'budhe',
  'mak', 'cik', 'ci', 'sis', 'dek', 'adek', 'bi', 'bibi', 'nyonya', 'pak', 'bapak', 'mas', 'om',
  // … and words that point at a person: "laku 3 kue ke Meli", "titip dari Meli", "sama Meli".
  'ke', 'dari', 'sama', 'ama', 'dengan', 'dgn', 'buat', 'untuk', 'utk', 'karo', 'jeung', 'punya', 'si']);

/** The Indonesian word a regional everyday word means, or null; `prev` is the word before it. */
/** A regional word that is also a name, after a title ("bu Meli"): read as the name, not the word. */
export function readsAsName(word: string, prev: string): boolean {
  return ALSO_NAMES.has(word) && TITLES.has(prev);
}

export function regionalMeaning(word: string, prev?: string): string | null {
  if (prev !== undefined && ALSO_NAMES.has(word) && TITLES.has(prev)) return null;
  return REGIONAL.get(word) ?? null;
}

/**
 * The parser's vocabulary: every keyword it knows, with the roles it can play
 * (word-roles.ts). The whole table is built once at module load.
 *
 * Lookup is by exact spelling first, then by the "squeezed" spelling (every run of a
 * repeated letter collapsed to one), which is how elongations ("lakuuu", "terjuall",
 * "bantuaaan") and many doubled-key typos are absorbed without a regex per word.
 */
import {
  F_CUR_POST, F_CUR_PRE, F_DATE, F_DURATION, F_EXPENSE, F_FILLER, F_FUTURE, F_HELP, F_HELP_WEAK, F_ITEMISH, F_LEAD,
  F_LEAD_WEAK, F_NEG, F_NUMWORD, F_PAYVERB, F_PERIOD, F_PRICE, F_PROFIT, F_QUESTION, F_RECAP, F_REPAY, F_REP_ASSET,
  F_REP_EMPLOYEE, F_REP_TURNOVER, F_SALE, F_SCALE, F_SLANG, F_TOTAL, F_UNDO, F_UNIT, F_WEAK, G_AGO, G_APPROX, G_CONJ,
  G_CORRECT, G_CREDIT, G_EACH, G_GREETING, G_HALF, G_HONORIFIC, G_HOUSEHOLD, G_HUNDRED, G_ITEM_FILLER, G_LEADPOST,
  G_LOAN, G_MONTH, G_MULT, G_ORDER, G_ORDINAL, G_PAST, G_PER, G_PERCENT, G_SELF, G_SE_SCALE, G_TEENS, G_TENS,
  G_THANKS, G_TIME, G_TIME_SUFFIX, G_WITHDRAW, G_YEAR, type WordInfo, wordInfo,
} from './word-roles.ts';
import { PIECE_UNITS } from '../core/piece-units.ts';
import { buildVerbTypos } from './verb-typos.ts';
import { hokkienAmount } from './slang-numbers.ts';
import { COST_NOUNS, EN_COST_NOUNS, OUT_WORDS, SUPPLY_NOUNS } from './cost-nouns.ts';
import { VERB_ROOTS, verbForms } from './verb-forms.ts';
import { buildAbbreviations } from './abbreviations.ts';
import { isTriggerWord } from './triggers.ts';

const TABLE = new Map<string, WordInfo>();

function def(words: readonly string[], flags: number, flags2 = 0, extra: Partial<WordInfo> = {}): void {
  for (const w of words) {
    const prev = TABLE.get(w);
    if (prev) {
      prev.flags |= flags;
      prev.flags2 |= flags2;
      Object.assign(prev, extra);
    } else {
      TABLE.set(w, wordInfo(w, flags, flags2, extra));
    }
  }
}

/** Misspellings and abbreviations → canonical word (whose entry they then share). */
const ALIASES: Record<string, string> = {
  lku: 'laku', lk: 'laku', lakuk: 'laku', trjual: 'terjual', terjul: 'terjual', tejual: 'terjual',
  terjuwal: 'terjual', juwal: 'jual', jualn: 'jualan', jlan: 'jualan',
  bli: 'beli', blii: 'beli', belii: 'beli', blanja: 'belanja', blnja: 'belanja', belnja: 'belanja',
  belanj: 'belanja', blj: 'belanja', byr: 'bayar', bayr: 'bayar', byar: 'bayar', bayarin: 'bayar',
  // "trima cuci kiloan 6kg x 6rb": chat spellings of "terima" ("trima kasih" stays thanks: phrases.ts).
  trima: 'terima', trma: 'terima', ditrima: 'diterima',
  dpt: 'dapat', dpat: 'dapat', dapet: 'dapat', dpet: 'dapat', hsl: 'hasil', msk: 'masuk',
  klr: 'keluar', kluar: 'keluar', pngeluaran: 'pengeluaran', pengluaran: 'pengeluaran',
  pngluaran: 'pengeluaran', pemasukkan: 'pemasukan', pmasukan: 'pemasukan', omzet: 'omset',
  kmrn: 'kemarin', kmren: 'kemarin', kmaren: 'kemarin', kemaren: 'kemarin', kmarin: 'kemarin',
  kmrin: 'kemarin', kemrin: 'kemarin', kemarn: 'kemarin', kmrnn: 'kemarin', kemarim: 'kemarin',
  tgl: 'tanggal', tngl: 'tanggal', tangal: 'tanggal', tnggl: 'tanggal', tg: 'tanggal',
  // Sundanese spelt with its accent: "lima rébu", "sarébu".
  'rébu': 'ribu', 'rèbu': 'ribu', 'rébuan': 'ribu', 'sarébu': 'seribu', 'sarébuan': 'seribu',
  // Javanese "iji" (a piece): "pitung iji", "sak iji" (per piece: context-words.ts).
  iji: 'biji',
  // Betawi "ama" is "sama" (and, with): "plastik ceban ama karet gope".
  ama: 'sama',
  rbu: 'ribu', rebu: 'ribu', ewu: 'ribu', rb: 'ribu', k: 'ribu', thousand: 'ribu',
  jt: 'juta', jta: 'juta', jeti: 'juta', million: 'juta', mio: 'juta',
  milyar: 'miliar', billion: 'miliar', // "m" is deliberately NOT a scale: it is metre as often
  rkp: 'rekap', rekp: 'rekap', rekab: 'rekap', rekapan: 'rekap', rekapitulasi: 'rekap',
  btl: 'batal', btal: 'batal', batl: 'batal', batalin: 'batalkan', btlkan: 'batalkan',
  hps: 'hapus', hapusin: 'hapus', bntuan: 'bantuan', bantuin: 'bantu', tlg: 'tolong', tlng: 'tolong',
  mnat: 'minat', karyawn: 'karyawan', krywn: 'karyawan', kryawan: 'karyawan', pegawe: 'pegawai',
  asset: 'aset', assets: 'aset', sy: 'saya', yg: 'yang', utk: 'untuk', dgn: 'dengan',
  sdh: 'sudah', udh: 'sudah', udah: 'sudah', dah: 'sudah', brp: 'berapa', brapa: 'berapa',
  gmn: 'gimana', gmna: 'gimana', bgmn: 'bagaimana', gimn: 'gimana', mggu: 'minggu', mgg: 'minggu',
  mingu: 'minggu', bln: 'bulan', hr: 'hari', hri: 'hari', jm: 'jam', pkl: 'pukul',
  sbln: 'sebulan', smg: 'seminggu', blm: 'belum', belom: 'belum', blom: 'belum', blum: 'belum', tdk: 'tidak', gk: 'gak', ga: 'gak', nggak: 'gak',
  ngga: 'gak', enggak: 'gak', engga: 'gak', tak: 'gak', kagak: 'gak',
  "jum'at": 'jumat', jumaat: 'jumat', jmt: 'jumat', snn: 'senin', sls: 'selasa',
  kms: 'kamis', sbt: 'sabtu', mnggu: 'minggu',
  bks: 'bungkus', bgks: 'bungkus', bngks: 'bungkus', bj: 'biji', bh: 'buah',
  ltr: 'liter', lt: 'liter', kuintal: 'kwintal', mtr: 'meter', kilo: 'kg', kilogram: 'kg', gr: 'gram', pc: 'pcs',
  pieces: 'pcs', piece: 'pcs', psg: 'pasang', lbr: 'lembar', ptg: 'potong', btg: 'batang',
  btr: 'butir', rtg: 'renteng', org: 'orang', krg: 'karung', boks: 'box', saset: 'sachet',
  // "dua ribu lima ratusan", "lima ribuan": the round-number form reads as the number itself
  ratusan: 'ratus', ribuan: 'ribu', rebuan: 'ribu', jutaan: 'juta', ewuan: 'ribu', seribuan: 'seribu', serebuan: 'seribu', sejutaan: 'sejuta',
  // Javanese and Sundanese scale words
  // Minang "puluah", "baleh", "ratuih", "saratuih", "saribu" (puluh, belas, ratus, seratus, seribu).
  puluah: 'puluh', baleh: 'belas', ratuih: 'ratus', saratuih: 'seratus', saribu: 'seribu',
  atus: 'ratus', satus: 'seratus', saratus: 'seratus', yuta: 'juta', sajuta: 'sejuta', sayuto: 'sejuta', atusan: 'ratus',
  masing2: 'masing-masing', msg2: 'masing-masing', masing: 'masing-masing',
  mksh: 'makasih', trims: 'makasih', trimakasih: 'makasih', thx: 'makasih',
  thanks: 'makasih', nomer: 'nomor', nmr: 'nomor', no: 'nomor', prsn: 'persen',
  jml: 'jumlah', jmlh: 'jumlah', ttl: 'total', hrg: 'harga', tot: 'total',
  pdpt: 'pendapatan', pendptn: 'pendapatan', hrian: 'harian', okir: 'ongkir', ongkirnya: 'ongkir', ongkire: 'ongkir', ongkoss: 'ongkos',
  // orders, corrections, credit
  pesenan: 'pesanan', psnan: 'pesanan', psn: 'pesanan', pesnan: 'pesanan', orderan: 'pesanan', orders: 'order',
  hrsnya: 'harusnya', harus_nya: 'harusnya', hrusnya: 'harusnya', harusnyaa: 'harusnya', sharusnya: 'seharusnya',
  krksi: 'koreksi', rlat: 'ralat', ctt: 'catat', ctatan: 'catatan', cttn: 'catatan', catetan: 'catatan',
  lns: 'lunas', ngutng: 'ngutang', dihutangin: 'dihutang', diutang: 'dihutang', diutangin: 'dihutang',
  dihutangi: 'dihutang', piutng: 'piutang', dr: 'dari', pke: 'pake',
  // A customer taking goods on her tab ("Mbak Ani ngebonin rokok 2 bungkus"), and settling one
  // ("tetangga ngelunasi laundry 45rb"), as typed and as spoken in Java.
  ngebonin: 'ngebon', ngbon: 'ngebon', ngasbon: 'kasbon', ngelunasi: 'lunasi', nglunasi: 'lunasi', nglunasin: 'lunasi',
  // Javanese "tak-" glued to a verb is "I (have) …", never "not": "wis takbayar", "takdol 3 iji".
  takbayar: 'bayar', taktuku: 'tuku', takjupuk: 'ambil', takdol: 'adol', taksetor: 'setor', taklunasi: 'lunasi',
  // money in Javanese (duwit), Minang (pitih, piti); Minang "masuak" is "masuk"
  duwit: 'duit', pitih: 'duit', piti: 'duit', masuak: 'masuk', dapek: 'dapat', dapeknyo: 'dapat', hasilnya: 'hasil',
  hasile: 'hasil', bungkuih: 'bungkus', galeh: 'gelas', piriang: 'piring', dapa: 'dapat',
  // "10rban": the "-an" form glued to the short scale, as "ribuan" is (amount.ts: the price each).
  rban: 'ribu', rbuan: 'ribu', rbnan: 'ribu',
  // Sundanese "sarebuan"; Bugis "sebbu" (thousand), "sisebbu" (one thousand); Banjar "buting"
  // (a piece, "biji") and "sabuting" (one piece: "sebiji").
  sarebuan: 'seribu', sewuan: 'seribu', sewonan: 'seribu', sebbu: 'ribu', sisebbu: 'seribu', buting: 'biji', sabuting: 'sebiji', sebuting: 'sebiji', sibiji: 'sebiji', sibuah: 'sebuah',
  // Sundanese "siki" (a piece: "30 siki") and "sasiki" (one piece: "sebiji").
  siki: 'biji', sasiki: 'sebiji',
  // Banjar "ikung" (a piece or a head: "6 ikung wadai") and "saikung" (one: "wadai … saikung 35rb");
  // Banjar "bigi" (a seed, a piece) and "sabigi".
  ikung: 'biji', saikung: 'sebiji', seikung: 'sebiji', bigi: 'biji', sabigi: 'sebiji', sebigi: 'sebiji',
  // Javanese "iji" (a piece: "wolulas iji") and "sewiji" (one piece); Madurese "settong" (one).
  // Javanese "ewunan" is "ewuan" (thousands each); Sundanese "welas" is "belas" ("lima welas" 15).
  sewiji: 'sebiji', saiji: 'sebiji', settong: 'satu', sittong: 'satu', ewunan: 'ribu', welas: 'belas',
  // Madurese scales: "ratos" (hundred: "tello' ratos"), "saratos" (one hundred), "bellas" (teens), "saèbu"
  // (one thousand: "saèbu sabiji"). Its "èbu" (thousand) after a number is read in money-got.ts.
  ratos: 'ratus', saratos: 'seratus', bellas: 'belas', saebu: 'seribu', saebuh: 'seribu',
  // Bugis "doina" (her money, "uangnya"): the total of the line.
  doina: 'uangnya', doi: 'duit',
  // Batak "hepeng" (money), "hepengna" (her money: the total of the line, as "uangnya").
  hepeng: 'duit', hepengna: 'uangnya',
  // Acehnese "ribee" (thousand: "150 ribee"), "saboh" (one piece: "5 ribee saboh" is 5.000 each);
  // Manado "iko" (a head, "ekor": "ikan asin 4 iko"), "samua" (all: the total).
  ribee: 'ribu', ribe: 'ribu', saboh: 'sebiji', iko: 'ekor', samua: 'semua',
  // Sasak "selapuq"/"selapuk" (all: "laku selapuq", all sold).
  selapuq: 'semua', selapuk: 'semua',
};

// ---- verbs -------------------------------------------------------------------------------
// Strong verbs can make a record even with a plain number; weak ones are everyday words
// ("masuk jam 8", "dapat juara 1") and need a money cue or a large plain number.
def(['laku', 'terjual', 'jual', 'jualan', 'menjual', 'payu', 'sold', 'sell', 'sells', 'selling',
  'penjualan', 'sales'], F_SALE, 0, { kind: 'sale' });
def(['omset', 'pemasukan', 'pendapatan', 'income', 'earned', 'earn', 'revenue'], F_SALE, 0, { kind: 'sale' });
def(['laris', 'masuk', 'dapat', 'hasil', 'dibayar', 'terima', 'nerima', 'diterima', 'dp',
  'received', 'got'], F_SALE | F_WEAK, 0, { kind: 'sale' });
// "dana shopee cair 347.500", "COD udah cair": a marketplace paying out her sales. Weak: a loan,
// THR or aid "cair" is caught by whose money it is (money-owner.ts, outside-income.ts).
def(['cair', 'dicairkan', 'dicairin', 'pencairan'], F_SALE | F_WEAK, 0, { kind: 'sale' });
// Regional verbs: Javanese adol/didol/ngedol (sell), tuku/tumbas/blonjo (buy); Sundanese
// ngajual (sell), meuli (buy); Minang manjua (sell), mambali (buy). Minang "bali" alone is
// also the island: it only counts with a money cue, like the weak verbs.
// ("dodol" alone is as often the sweet, "beli dodol 3 bungkus": not a verb; its forms are.)
def(['adol', 'didol', 'ngedol', 'ngadol', 'ngajual', 'dijual', 'manjua', 'payu'], F_SALE, 0, { kind: 'sale' });
// Javanese "dodolan" (selling, like "jualan"), Sundanese "kajual" (sold), and sellers' slang
// "closing" (a deal made: "closing 3 gamis 450rb").
def(['dodolan', 'kajual', 'closing', 'closingan'], F_SALE, 0, { kind: 'sale' });
// Malay/Sasak "bedagang" (trading: selling her goods, as "jualan"; Indonesian "berdagang" is as often "modal berdagang"):
// "tiang bedagang jaje cerorot 40 biji, sebiji 1000".
def(['bedagang'], F_SALE, 0, { kind: 'sale' });
// Renting OUT (a rental trade's takings: "nyewain tenda ke acara RT 750rb"); plain "sewa" is
// read by who the goods go to (clause-payer.ts).
def(['nyewain', 'sewain', 'menyewakan', 'disewakan', 'disewain', 'nyewakan', 'sewakan', 'nyewakno'], F_SALE, 0, { kind: 'sale' });
// Javanese "entuk" / "oleh" (got): after a selling verb they mark the total ("dodolan entuk
// 95rb"); alone ("entuk 95rb") the money may be anything: no verb, so it is asked.
def(['entuk', 'oleh'], F_TOTAL);
// Sundanese "meunang" (got) works as "oleh"; "all together" in Javanese (kabeh, sedoyo),
// Sundanese (sadayana) and Minang (sadonyo) as "semua": "payu 5 bros, kabeh 75 ewu".
def(['kenging', 'olehe', 'entuke', 'uangnya', 'duitnya', 'duite', 'pitihnyo', 'meunangna', 'meunang', 'kabeh', 'kabehe', 'sakabehe', 'sedoyo', 'sedaya', 'sadaya', 'sadayana', 'sadonyo', 'sadoalahnyo'], F_TOTAL);
// Makassar "ji" (just, only: "40 ribu ji semua") carries nothing.
def(['ji'], F_FILLER);
// Acehnese "boh" is the counter of pieces and of fruit ("2 boh botol", "boh u 20 boh"): it adds
// nothing the count and its unit do not say.
def(['boh'], F_FILLER);
def(['tuku', 'nuku', 'tumbas', 'blonjo', 'blanja', 'kulakan', 'meuli', 'mareuli', 'mambali', 'mbeli'], F_EXPENSE, 0,
  { kind: 'expense' });
def(['bali'], F_EXPENSE | F_WEAK, 0, { kind: 'expense' });
// "habis 40rb buat ongkos", colloquial "abis 460 rebu": money spent. Weak: "kerudung habis" (sold out) has no amount,
// and a later strong verb wins ("habis lebaran laku 500rb").
def(['habis', 'abis', 'hbs', 'ngabisin', 'menghabiskan'], F_EXPENSE | F_WEAK, 0, { kind: 'expense' });
// Everyday spending that names its own purpose: "isi bensin 20rb".
def(['bensin', 'bbm', 'solar', 'pertalite', 'pertamax', 'dexlite'], F_EXPENSE | F_WEAK | F_ITEMISH, 0, { kind: 'expense' });
// Costs named without a verb ("parkir 2rb", "ojek antar pesanan 12rb") and supplies ("gas
// 3kg 22rb", "plastik 10rb": asked, she may sell them): cost-nouns.ts.
def([...COST_NOUNS, ...SUPPLY_NOUNS.filter((w) => !w.includes(' '))], F_EXPENSE | F_WEAK | F_ITEMISH, 0, { kind: 'expense' });
def(OUT_WORDS.filter((w) => !w.includes(' ')), F_EXPENSE | F_WEAK, 0, { kind: 'expense' });
def(['beli', 'membeli', 'dibeli', 'belanja', 'belanjaan', 'kulakan', 'kulak', 'nyetok',
  'bought', 'buy', 'buying', 'spent', 'spend', 'pengeluaran', 'expense', 'expenses'], F_EXPENSE, 0, { kind: 'expense' });
def(['bayar', 'membayar', 'modal', 'keluar', 'biaya', 'paid', 'pay', 'cost', 'fee'], F_EXPENSE | F_WEAK, 0, { kind: 'expense' });
def(['ongkos', 'ongkir', 'sewa', 'listrik', 'gaji', 'upah', 'rent', 'tagihan', 'transport'],
  F_EXPENSE | F_WEAK | F_ITEMISH, 0, { kind: 'expense' });
// English (and half-English) costs of running the business, as "ongkir", "listrik", "gaji", "parkir"
// are: "sold 5 cakes 45k each, shipping 10k" names its own kind, never more of the sale.
def(EN_COST_NOUNS, F_EXPENSE | F_WEAK | F_ITEMISH, 0, { kind: 'expense' });
// English verb forms the table lacked: "spending 50k on flour", "paying electricity 150k".
def(['spending', 'spends', 'buys', 'purchased', 'purchase', 'purchasing'], F_EXPENSE, 0, { kind: 'expense' });
def(['paying', 'pays'], F_EXPENSE | F_WEAK, 0, { kind: 'expense' });
def(['paying', 'pays'], F_PAYVERB);
def(['earns', 'earning', 'earnings'], F_SALE, 0, { kind: 'sale' });
// Money that came in, weak as "terima" / "dapat" ("received 200k from customer", "made 300k today":
// "made 20 cakes" has no money cue).
def(['receive', 'receives', 'receiving', 'gets', 'made'], F_SALE | F_WEAK, 0, { kind: 'sale' });
// "dapat" and "hasil" inside a line that already has a verb mark its total ("laku 3 dapat 90rb").
def(['dapat', 'hasil'], F_TOTAL);
// "omset" / "pengeluaran" are also what people ask a recap about.
def(['omset', 'pemasukan', 'pengeluaran', 'pendapatan', 'penjualan', 'untung', 'laba', 'keuntungan',
  'rugi', 'profit', 'hasil', 'total', 'saldo', 'jualan'], F_PROFIT);

// ---- household money and capital ---------------------------------------------------------
// Owner withdrawals: money taken out of the business for the household. "ambil" / "pakai"
// are everyday words too, so they are weak (need a money cue) and without a household
// purpose or "uang" the entry is only a guess (entries.ts notes "withdrawal_guessed").
// They carry no F_EXPENSE: "ambil 20" still answers a lead, "cara pakai" still asks for help.
def(['prive', 'privé'], 0, G_WITHDRAW, { kind: 'withdrawal' });
def(['ambil', 'diambil', 'ngambil', 'mengambil', 'pakai', 'pake', 'dipakai', 'dipake', 'kepake', 'kepakai',
  'terpakai', 'tarik', 'narik', 'ditarik', 'ambiak', 'maambiak',
  // English in a mixed message ("took 30k for groceries at home"): as weak as "ambil".
  'took', 'take', 'taken', 'taking'], F_WEAK, G_WITHDRAW, { kind: 'withdrawal' });
def(['dapur', 'rumah', 'anak', 'sekolah', 'spp', 'keluarga', 'makan', 'jajan', 'pribadi', 'suami', 'istri',
  'kebutuhan', 'keperluan', 'arisan', 'kondangan', 'berobat', 'obat', 'dokter', 'sembako', 'lebaran', 'saku',
  'rumahtangga', 'household', 'personal',
  // English marks of the home ("for groceries at home", "for the kids' school").
  'home', 'groceries', 'grocery', 'kids', 'kid', 'children', 'school', 'family', 'husband', 'pocket',
  // …and as "obat", "dokter", "makan", "istri": "sold 500k, medicine 30k" is asked like "laku 500rb, obat 30rb".
  'medicine', 'medicines', 'meds', 'doctor', 'hospital', 'clinic', 'tuition', 'allowance', 'wife', 'son', 'daughter', 'baby',
  'lunch', 'dinner', 'breakfast', 'meal', 'meals'], 0, G_HOUSEHOLD);

// ---- orders, credit, corrections ----------------------------------------------------------
def(['pesanan', 'order', 'pesan', 'pesen', 'memesan', 'dipesan'], 0, G_ORDER);
// ("nunggak", "menunggak": in arrears — owing, as "ngutang": "pelanggan yg nunggak akhirnya bayar".)
def(['bon', 'dibon', 'kasbon', 'dihutang', 'ngutang', 'ngebon', 'utang', 'hutang', 'piutang', 'nunggak', 'menunggak'], 0, G_CREDIT);
def(['ralat', 'koreksi', 'harusnya', 'seharusnya', 'mestinya', 'semestinya', 'betulnya', 'benarnya',
  'revisi'], 0, G_CORRECT);
def(['bu', 'ibu', 'buk', 'bunda', 'pak', 'bapak', 'mbak', 'mba', 'mas', 'kak', 'teteh', 'cik', 'koh',
  'bang', 'abang', 'om', 'tante', 'mpok', 'neng', 'mak', 'mbok', 'uni', 'uda', 'bude', 'pakde', 'bulik',
  'budhe', 'pakdhe', 'ceu', 'cece', 'bibi', 'nek', 'nenek', 'kek', 'kakek', 'kakak', 'ummi', 'umi',
  'sis', 'jeng', 'dek', 'adek', 'dik',
  // Makassar and Bugis "daeng", Javanese "yu" / "mbakyu", Sundanese "kang" / "akang", Minang "etek", "uwak".
  'daeng', 'yu', 'mbakyu', 'kang', 'akang', 'etek', 'uwak',
  // Banjar "acil" (aunt), "julak", "ading" (younger one); Betawi "engkong", "encing"; Bugis "puang"; Madurese "cak".
  'acil', 'julak', 'ading', 'engkong', 'encing', 'puang', 'cak',
  // Batak "inang" (mother, a woman addressed), "amang", "ito", "eda", "opung", "namboru", "lae".
  'inang', 'amang', 'ito', 'eda', 'opung', 'namboru', 'lae',
  // Papuan "mace", "pace" (a grown woman, man), "kaka"; Maluku "usi" (elder sister), "nyong" (young man),
  // "nona"; Balinese "gek"; Malay and Medan "wak", "encik"; Chinese-Indonesian "cici". (Manado and
  // Papuan "ko" is "you", "ci" rarely stands alone and "bli" is typed for "beli": those three are
  // titles only before a name that pays or owes, debtor-paid.ts.)
  'mace', 'pace', 'kaka', 'usi', 'nyong', 'nona', 'gek', 'wak', 'encik', 'cici'], 0, G_HONORIFIC);

// ---- repayment ---------------------------------------------------------------------------
def(['cicilan', 'angsuran', 'setor', 'setoran', 'nyicil', 'nyetor', 'mencicil', 'cicil', 'angsur',
  'installment', 'instalment', 'repayment', 'repay', 'repaid'], F_REPAY);
def(['pinjaman', 'utang', 'hutang', 'loan', 'kredit', 'pinjam', 'minjam', 'meminjam', 'dipinjami', 'pinjem', 'minjem', 'pinjeman',
  // Kredit Usaha Rakyat, the state's small-business loan; PNM Mekaar / ULaMM, micro-business loans for women
  'kur', 'mekaar', 'pnm', 'ulamm'], 0, G_LOAN);
def(['bayar', 'membayar', 'setor', 'nyetor', 'lunas', 'lunasi', 'melunasi', 'transfer', 'tf',
  'paid', 'pay', 'dibayar', 'lunasin', 'ngelunasin', 'dilunasi', 'dilunasin',
  // English "repay", typed beside Indonesian ("repay pinjaman modal ke BMT 300k").
  'repay', 'repaid'], F_PAYVERB);

// ---- units and counts ----------------------------------------------------------------------
// A number right before one of these is a quantity, never money. No conversion is done:
// the price is per the unit as written ("2 kodi @45rb" = 90.000).
def(['lusin', 'kodi', 'kg', 'gram', 'ons', 'bungkus', 'pcs', 'biji', 'buah', 'porsi', 'gulung',
  'meter', 'pack', 'pak', 'packs', 'liter', 'ikat', 'iket', 'karung', 'sak', 'box', 'dus', 'kardus',
  'kotak', 'toples', 'botol', 'butir', 'ekor', 'lembar', 'potong', 'pasang', 'set', 'renteng',
  'tusuk', 'mangkok', 'mangkuk', 'piring', 'gelas', 'cup', 'bal', 'rim', 'roll', 'rol', 'tray',
  'krat', 'peti', 'kwintal', 'ton', 'sachet', 'kantong', 'kantung', 'keranjang', 'batang', 'helai',
  'unit', 'loyang', 'kaleng', 'galon', 'tabung', 'bundel', 'lonjor', 'papan', 'ember', 'bags', 'bag',
  'boxes', 'bottles', 'bottle', 'kilos', 'dozen', 'dozens', 'sets', 'plates', 'portions', 'portion',
  'bowls', 'bowl', 'cups', 'pairs', 'pair', 'kgs', 'meters', 'yard', 'yards', 'orang', 'people',
  'person', 'persons', 'anggota', 'peserta', 'jiwa', 'bungkusan', 'pieces', 'lot', 'paket', 'stel',
  'potongan', 'kilogram', 'bks', 'gepok', 'kepala', 'sisir', 'tandan', 'rantang', 'jerigen', 'jeriken', 'jirigen',
  // Balinese offerings are counted by the tanding (a set) and the soroh (a full offering).
  'tanding', 'soroh',
  // Javanese "pincuk": a serving wrapped in a banana leaf ("pecel selawe pincuk").
  'pincuk',
  // Eggs by the tray ("2 rak telur", "2 setengah rak @52rb"): a rak of eggs is sold whole or in halves.
  'rak',
  // Javanese people counted as the quantity: "3 uwong", "wong 3", krama "tiyang 3" (people-count.ts).
  'wong', 'uwong', 'tiyang'], F_UNIT);

// A number right before these is a duration or a count of times, never money or a quantity.
def(['hari', 'minggu', 'bulan', 'tahun', 'thn', 'th', 'jam', 'menit', 'mnt', 'detik', 'kali',
  'days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year', 'hours', 'hour', 'minutes',
  'times', 'pekan', 'malam', 'bln'], F_DURATION);

// ---- fillers -------------------------------------------------------------------------------
def(['ya', 'yah', 'iya', 'bu', 'buk', 'bunda', 'ibu', 'pak', 'bapak', 'mbak', 'mba', 'kak', 'mas',
  'deh', 'dong', 'nih', 'aja', 'saja', 'doang', 'tok', 'sudah', 'catat', 'dicatat', 'catatan', 'tolong', 'mohon',
  'saya', 'aku', 'ku', 'kami', 'kita', 'alhamdulillah', 'uang', 'duit', 'sebesar', 'seharga',
  'senilai', 'sebanyak', 'dengan', 'yang', 'untuk', 'buat', 'dari', 'ke', 'di', 'pada', 'the',
  'a', 'an', 'of', 'on', 'for', 'to', 'i', 'my', 'we', 'some', 'ok', 'oke', 'lagi', 'juga', 'jg',
  'nya', 'sih', 'tadi', 'ini', 'itu', 'td', 'hari', 'barusan', 'baru', 'sekitar', 'kurang', 'lebih',
  'ada', 'sama', 'terus', 'trus', 'lalu', 'and', 'dan', 'serta', 'in', 'from', 'total', 'jumlah',
  'at', 'harga', 'each', 'per', 'today', 'yesterday', 'kemarin', 'pagi', 'siang', 'sore', 'malam',
  'semua', 'semuanya', 'semuanye', 'totalnya', 'jumlahnya', 'rupiah', 'perak', 'idr', 'rp', 'sekarang', 'skrg',
  'mau', 'tlg', 'please', 'pls', 'tolong', 'minta', 'bro', 'sis', 'gan', 'kakak', 'adik', 'dik',
  'ibuk', 'bunda', 'ummi', 'umi', 'teteh', 'neng', 'cik', 'koh', 'cece', 'mbok', 'mak'], F_FILLER);
// Batak words of address ("…, hepengna 60 ribu inang"): like "bu" at the end of a line, never goods.
def(['inang', 'amang', 'eda'], F_FILLER, G_HONORIFIC);
// "jual 150rb minus 20rb", "laku 200rb min 15rb": an operator between amounts, never goods; the
// amount after it is then a bare second amount (asked: entry-drafts.ts), not a second sale.
def(['minus', 'min'], F_FILLER);
def(['ito', 'lae', 'opung', 'namboru'], F_FILLER);
// Closing particles and words to the group, never goods left without a price: Medan/Batak "bah",
// Maluku/Ambon "basudara" (brothers and sisters), Bugis/Makassar "tabe" (excuse me, politely).
def(['bah', 'basudara', 'basodara', 'tabe'], F_FILLER);
// Makassar "tawwa" (look at that!, said proudly of a good day) and "ces" (bro, sis): "… 300rb mi tawwa".
def(['tawwa', 'ces'], F_FILLER);
def(['dari', 'untuk', 'buat', 'utk', 'of', 'on', 'for', 'to', 'ke', 'di', 'pada', 'in', 'from',
  'yang', 'sebanyak', 'seharga', 'sebesar', 'senilai'], 0, G_ITEM_FILLER);
def(['saya', 'aku', 'kami', 'i', 'we', 'ibu', 'bu', 'ya', 'iya', 'ok', 'oke', 'siap'], 0, G_SELF);
def(['belum', 'tidak', 'gak', 'bukan', 'not', "didn't", 'never', 'jangan', 'nggak'], F_NEG);
def(['besok', 'nanti', 'akan', 'mau', 'rencana', 'rencananya', 'tomorrow', 'will', 'lusa', 'ingin',
  'pengen', 'pingin', 'mo'], F_FUTURE);
def(['berapa', 'how', 'brp', 'gimana', 'bagaimana', 'apa', 'what', 'kapan', 'dimana', 'siapa'], F_QUESTION);
def(['halo', 'hallo', 'hai', 'hi', 'hello', 'assalamualaikum', 'selamat', 'salam', 'pagi', 'siang',
  'sore', 'malam', 'waalaikumsalam', 'permisi', 'makasih', 'good', 'morning'], 0, G_GREETING);
// The regions' greetings, never goods ("horas, laku 3 ulos 600rb" sold ulos, not "horas"): Batak "horas",
// Karo "mejuah-juah", Pakpak "njuah-njuah", Nias "yaahowu", Lampung and Malay "tabik", Sundanese
// "sampurasun"/"rampes", Javanese "kulonuwun", Balinese "swastiastu" (after "om"), the east's "shalom".
def(['horas', 'mejuah-juah', 'mejuah', 'njuah-njuah', 'yaahowu', 'tabik', 'sampurasun', 'rampes', 'kulonuwun', 'swastiastu', 'shalom',
  'syalom', 'wassalam'], 0, G_GREETING);
def(['makasih'], F_FILLER, G_THANKS);
def(['sekitar', 'kira', 'kira-kira', 'kurang', 'lebih', 'an', 'approx', 'about', 'around', 'kurleb', 'kurlep', 'sekitaran', 'kisaran',
  'kiranya', 'kurang-lebih'], 0, G_APPROX);

// ---- intents -------------------------------------------------------------------------------
def(['rekap', 'laporan', 'ringkasan', 'summary', 'recap', 'report', 'rangkuman', 'resume',
  'statistik'], F_RECAP);
// "dibatalin" is Jakarta speech for "dibatalkan": the same call to cancel.
def(['batal', 'batalkan', 'dibatalkan', 'dibatalin', 'hapus', 'hapuskan', 'dihapus', 'delete', 'undo', 'cancel',
  'salah', 'keliru', 'koreksi', 'ralat'], F_UNDO);
def(['bantuan', 'help', 'menu', 'panduan', 'petunjuk', 'start', 'tutorial'], F_HELP);
def(['tolong', 'bantu', 'bingung', 'cara', 'caranya', 'gimana', 'bagaimana', 'pakai', 'pake',
  'pakainya', 'info', 'how', 'gunakan', 'menggunakan', 'mulai'], F_HELP_WEAK);
def(['minat', 'berminat', 'interested', 'interest', 'minatt'], F_LEAD);
def(['sanggup', 'bisa', 'siap', 'ready', 'can', 'mampu', 'ambil'], F_LEAD_WEAK);
def(['aset', 'harta', 'kekayaan'], F_REP_ASSET);
def(['omset', 'turnover', 'omzet', 'peredaran'], F_REP_TURNOVER);
def(['karyawan', 'pegawai', 'pekerja', 'employees', 'employee', 'staff', 'staf', 'naker',
  'buruh'], F_REP_EMPLOYEE);
def(['butuh', 'dibutuhkan', 'dicari', 'mencari', 'cari', 'pengumuman', 'info', 'informasi',
  'lowongan', 'pesanan', 'order', 'needed', 'need', 'wanted', 'dijual', 'jual-beli', 'promo',
  'diskon', 'tersedia'], 0, G_LEADPOST);

// ---- periods -------------------------------------------------------------------------------
def(['hari', 'harian', 'daily', 'today'], F_PERIOD, 0, { period: 'day' });
def(['minggu', 'mingguan', 'pekan', 'seminggu', 'week', 'weekly', 'sepekan'], F_PERIOD, 0, { period: 'week' });
def(['bulan', 'bulanan', 'sebulan', 'month', 'monthly'], F_PERIOD, 0, { period: 'month' });
def(['lalu', 'kemarin', 'last', 'sebelumnya', 'ago', 'yang'], 0, G_PAST);
def(['lalu', 'ago', 'sebelumnya', 'silam'], 0, G_AGO);

// ---- dates and times -----------------------------------------------------------------------
def(['kemarin', 'yesterday', 'semalam'], F_DATE, 0, { relDays: -1 });
def(['tadi', 'today', 'barusan', 'sekarang', 'skrg'], F_DATE, 0, { relDays: 0 });
def(['besok', 'tomorrow'], F_DATE, 0, { relDays: 1 });
// Javanese and Sundanese day words: wingi / kamari (yesterday), emben / mangkukna (two days
// ago), saiki / ayeuna (now), sesuk / isukan (tomorrow). Phrases: "dino iki",
// "poe ieu" (today), "mau esuk" (this morning; "mau" alone is "want", a future word).
def(['wingi', 'kamari'], F_DATE | F_FILLER, 0, { relDays: -1 });
def(['emben', 'mangkukna'], F_DATE | F_FILLER, 0, { relDays: -2 });
def(['saiki', 'ayeuna'], F_DATE | F_FILLER, 0, { relDays: 0 });
// Minang "bisuak" (tomorrow): a future day, like "besok".
def(['sesuk', 'isukan', 'bisuak'], F_DATE | F_FUTURE, 0, { relDays: 1 });
def(['lusa'], F_DATE, 0, { relDays: 2 });
const WEEKDAYS: [string[], number][] = [
  // Javanese, Sundanese and Betawi names too: Senen, Slasa/Salasa, Rebo, Kemis, Jemuah/Jemuwah/Jumaah, Setu/Saptu.
  [['minggu', 'ahad', 'sunday'], 0],
  [['senin', 'senen', 'monday'], 1],
  [['selasa', 'slasa', 'salasa', 'tuesday'], 2],
  [['rabu', 'rebo', 'wednesday'], 3],
  [['kamis', 'kemis', 'thursday'], 4],
  [['jumat', 'jemuah', 'jemuwah', 'jumaah', 'jumuah', 'friday'], 5],
  [['sabtu', 'setu', 'saptu', 'saturday'], 6],
];
for (const [words, weekday] of WEEKDAYS) def(words, 0, 0, { weekday });
const MONTHS: [string[], number][] = [
  [['januari', 'jan', 'january'], 1],
  [['februari', 'feb', 'pebruari', 'febuari', 'february'], 2],
  [['maret', 'mar', 'march'], 3],
  [['april', 'apr'], 4],
  [['mei', 'may'], 5],
  [['juni', 'jun', 'june'], 6],
  [['juli', 'jul', 'july'], 7],
  [['agustus', 'agu', 'agt', 'ags', 'aug', 'august', 'agust'], 8],
  [['september', 'sep', 'sept', 'sepember'], 9],
  [['oktober', 'okt', 'oct', 'october'], 10],
  [['november', 'nov', 'nop', 'nopember'], 11],
  [['desember', 'des', 'dec', 'december', 'dess'], 12],
];
for (const [words, month] of MONTHS) def(words, 0, G_MONTH, { month });
def(['tanggal'], 0, 0); // handled by the date grammar by its canonical name
def(['jam', 'pukul', 'pkl'], 0, G_TIME);
def(['wib', 'wita', 'wit', 'pagi', 'siang', 'sore', 'malam', 'am', 'pm', 'subuh'], 0, G_TIME_SUFFIX);
def(['persen', 'percent', 'pct'], 0, G_PERCENT);
def(['ke', 'nomor', 'urutan', 'nomer', 'no'], 0, G_ORDINAL);
def(['tahun', 'thn', 'th', 'year'], 0, G_YEAR);

// ---- structure words -----------------------------------------------------------------------
def(['dan', 'and', 'serta', 'plus'], 0, G_CONJ);
def(['harga', 'at', 'price', 'seharga'], F_PRICE);
// "harganya 5rb" (Javanese "regane", Sundanese "hargana"): the same price word.
def(['harganya', 'hrgnya', 'hargane', 'hargana', 'regane', 'rega', 'reganya'], F_PRICE | F_FILLER);
def(['total', 'jumlah', 'totalnya', 'jumlahnya', 'semua', 'semuanya', 'semuanye', 'sejumlah', 'subtotal'], F_TOTAL);
// "harga satuan 85rb", "harga satuannya 85rb": a price each, as "satunya" is.
def(['satuan', 'satuannya', 'persatuan', 'satuane', 'satuanne', 'satuanna'], 0, G_EACH);
// "ecerannya 2rb" (its retail price, by the piece), Javanese "ecerane", Sundanese "eceranna": a
// price each; after a bundle, per piece (piece-counts.ts). Bare "eceran" stays a word ("harga eceran").
def(['ecerannya', 'ecerane', 'eceranne', 'eceranna', 'ecernya'], 0, G_EACH);
def(['each', 'masing-masing', 'satunya', 'sebiji', 'sebuah', 'perbiji', 'perpcs', 'perbungkus',
  'perporsi', 'perkg', 'perlusin', 'perkodi', 'perbuah', 'perpack', 'perbox', 'perekor'], 0, G_EACH);
def(['per', 'tiap', 'setiap', 'a'], 0, G_PER);
// Javanese "saben", Sundanese "unggal" (and "saban"): "every", as "tiap" — "18 mangkok unggal mangkok 12 rebu",
// "20 gelas saben gelas telung ewu" price each unit; "unggal poe", "saben dina" every day, as "tiap hari".
def(['saben', 'saban', 'unggal'], 0, G_PER);
def(['x'], 0, G_MULT);
def(['setengah', 'stengah', 'stgh', 'half'], 0, G_HALF);

// ---- numbers -------------------------------------------------------------------------------
const UNITS: [string, number][] = [
  ['nol', 0], ['kosong', 0], ['satu', 1], ['dua', 2], ['tiga', 3], ['empat', 4], ['lima', 5],
  ['enam', 6], ['tujuh', 7], ['delapan', 8], ['sembilan', 9],
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9],
];
for (const [w, n] of UNITS) def([w], F_NUMWORD, 0, { num: n });
def(['sepuluh', 'ten'], F_NUMWORD, 0, { num: 10 });
def(['sebelas', 'eleven'], F_NUMWORD, 0, { num: 11 });
def(['seratus'], F_NUMWORD, 0, { num: 100 });
const EN_TEENS: [string, number][] = [
  ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
];
for (const [w, n] of EN_TEENS) def([w], F_NUMWORD, 0, { num: n });
const EN_TENS: [string, number][] = [
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70],
  ['eighty', 80], ['ninety', 90],
];
for (const [w, n] of EN_TENS) def([w], F_NUMWORD, G_TENS, { num: n });
def(['ratus', 'hundred'], F_NUMWORD, G_HUNDRED, { num: 100 });
def(['puluh'], F_NUMWORD, G_TENS, { num: 10 });
def(['belas'], F_NUMWORD, G_TEENS, { num: 10 });
def(['ribu'], F_SCALE, 0, { scale: 1_000 });
def(['juta'], F_SCALE, 0, { scale: 1_000_000 });
def(['miliar'], F_SCALE, 0, { scale: 1_000_000_000 });
def(['seribu'], F_SCALE, G_SE_SCALE, { scale: 1_000 });
def(['sejuta'], F_SCALE, G_SE_SCALE, { scale: 1_000_000 });
def(['semiliar', 'semilyar'], F_SCALE, G_SE_SCALE, { scale: 1_000_000_000 });
// Street slang for amounts (from Hokkien numbers): cepek 100, gopek 500, seceng 1.000…
const SLANG: [string[], number][] = [
  [['cepek'], 100], [['gopek'], 500], [['seceng', 'ceceng'], 1_000], [['noceng'], 2_000],
  [['goceng'], 5_000], [['ceban'], 10_000], [['noban'], 20_000], [['goban'], 50_000],
  [['cepekceng', 'cepek ceng', 'cepceng'], 100_000], [['gocap'], 50_000], [['sejeti'], 1_000_000],
  // "gope" is "gopek"; "ceng" alone is "seceng"; "cetiau", "ceti" a million (slang-numbers.ts reads the rest).
  [['gope'], 500], [['cepe'], 100], [['ceng'], 1_000], [['cetiau', 'ceti', 'setiau'], 1_000_000],
  // Javanese "seketi" (sak keti): a hundred thousand.
  [['seketi'], 100_000],
];
// "gocap" is Hokkien for 50, but no one prices anything at Rp50 today: on the street it is 50.000.
for (const [words, slang] of SLANG) def(words, F_SLANG, 0, { slang });
// "goceng-goceng" (and "goceng2", lexer.ts): five thousand each.
for (const [words, slang] of SLANG) for (const w of words) if (!w.includes(' ')) def([`${w}-${w}`], F_SLANG, 0, { slang, eachSlang: true });
// Javanese and Sundanese numbers. The bound forms ("rong", "telung", "patang", "limang"…)
// are numbers only before "atus", "puluh", "ewu" (number-words.ts): "rong ewu" is 2.000, but
// "patang" alone is Minang for yesterday and "rong" alone means nothing. Free forms count
// anywhere, like "tiga". "sewu"/"sarebu" are "seribu"; "satus"/"saratus" are "seratus";
// "selawe" 25, "seket" 50, "sewidak" 60; Javanese teens "sewelas" … "sangalas".
const BOUND_UNITS: [string[], number][] = [
  [['rong'], 2], [['telung'], 3], [['patang'], 4], [['limang'], 5], [['nem'], 6], [['pitung'], 7],
  [['wolung'], 8], [['sangang'], 9],
  // Madurese and krama "sanga'" (9) is also a name ("Daeng Sanga"): a number only before what it counts or scales.
  // Krama "kalih" (2) is also "and, with" ("kula kalih garwa"), "tigang" (3) the bound form: "kalih atus ewu", "tigang dasa".
  // "setunggal" (1) is its own word, as "siji" (after a price it is "each", each-words.ts), and bound: "batik
  // tulis setunggal, regine 350 ewu" counts the goods, it is no Rp1.
  [['sanga'], 9], [['kalih'], 2], [['tigang'], 3], [['setunggal', 'setunggil'], 1],
];
for (const [words, n] of BOUND_UNITS) def(words, F_NUMWORD, 0, { num: n, bound: true });
const FREE_UNITS: [string[], number][] = [
  // "loro" (2) is also "sick"; with no amount next to it that reading is chatter anyway.
  [['siji', 'hiji', 'ciek'], 1], [['loro'], 2], [['telu', 'tilu'], 3], [['papat', 'opat'], 4], [['limo'], 5], [['enem', 'genep'], 6],
  [['pitu'], 7], [['wolu', 'dalapan'], 8], [['songo', 'salapan'], 9],
  // Minang: duo, tigo, ampek, anam, tujuah, sambilan ("ciek" 1, "limo" 5, "salapan" 8 above).
  [['duo'], 2], [['tigo'], 3], [['ampek'], 4], [['anam'], 6], [['tujuah'], 7], [['sambilan'], 9],
  // Madurese: duwâ', tello', empa', lema', ennem, petto', ballu', sanga' (the glottal stop is dropped by the
  // lexer, the accents folded: "duwâ'" is "duwa"); "settong" (1) is an alias of "satu". Not "lemak" (fat).
  [['duwa'], 2], [['tello', 'tellok'], 3], [['empa'], 4], [['lema'], 5], [['ennem'], 6], [['petto', 'pettok'], 7],
  [['ballu', 'balluk'], 8],
  // Krama "sekawan" (4), "gangsal" (5).
  [['sekawan'], 4], [['gangsal'], 5],
];
for (const [words, n] of FREE_UNITS) def(words, F_NUMWORD, 0, { num: n });
def(['sapuluh', 'sedasa', 'sapuluah', 'sapolo'], F_NUMWORD, 0, { num: 10 });
def(['sewelas', 'sabelas', 'sabellas'], F_NUMWORD, 0, { num: 11 });
const JV_TEENS: [string, number][] = [
  ['rolas', 12], ['telulas', 13], ['patbelas', 14], ['limolas', 15], ['nembelas', 16], ['pitulas', 17],
  ['wolulas', 18], ['sangalas', 19], ['selawe', 25], ['seket', 50], ['sewidak', 60],
];
for (const [w, n] of JV_TEENS) def([w], F_NUMWORD, 0, { num: n });
// Not "sebu" (some type it for "seribu"): as many type it for "sebuah" ("beli sebu tas 150rb"), and
// a thousand read there is an entry she never made (review of 6 Dec night).
def(['sewu', 'sarebu', 'sewon'], F_SCALE, G_SE_SCALE, { scale: 1_000 });
// "sewu-sewu", "seribu-seribu", "sarebu-sarebu": a thousand each, as "goceng-goceng" is five.
for (const w of ['seribu', 'serebu', 'sewu', 'sarebu']) def([`${w}-${w}`], F_SLANG, 0, { slang: 1_000, eachSlang: true });
def(['sayuta'], F_SCALE, G_SE_SCALE, { scale: 1_000_000 });
def(['seperempat', 'seprapat', 'saprapat'], 0, G_HALF, { num: 0.25 });

// Units with a size in a base unit: a price per one unit applies to a quantity in another
// ("5 ons, sekilonya 40rb" = Rp20.000; "3 lusin, per biji 5rb" = Rp180.000).
const SIZES: [string[], string, number][] = [
  [['gram', 'gr'], 'g', 1], [['ons'], 'g', 100], [['kg', 'kilo', 'kilogram', 'kilos', 'kgs'], 'g', 1000],
  [['kwintal'], 'g', 100_000], [['ton'], 'g', 1_000_000],
  // Pieces: one table with the leads module's quantities (core/piece-units.ts).
  ...PIECE_UNITS.map(([words, n]): [string[], string, number] => [[...words], 'pc', n]),
  [['liter', 'ltr', 'lt'], 'ml', 1000], [['ml'], 'ml', 1],
];
for (const [words, base, size] of SIZES) for (const w of words) {
  const info = TABLE.get(w);
  if (info) Object.assign(info, { size: { base, n: size } });
  else def([w], F_UNIT, 0, { size: { base, n: size } });
}
// "sekilo", "selusin", "sekodi": one such unit (a quantity of 1 and its price); "sekilonya",
// "per kilo", "perkg": a price per that unit. `perUnit` is the unit the price is for.
const ONE_OF: [string[], string][] = [
  [['sekilo', 'sekg', 'sakilo'], 'kg'], [['seons', 'saons'], 'ons'], [['selusin', 'salusin'], 'lusin'],
  [['sekodi', 'sakodi'], 'kodi'], [['seliter', 'saliter'], 'liter'], [['sekwintal'], 'kwintal'],
];
for (const [words, unit] of ONE_OF) def(words, 0, G_EACH, { perUnit: unit, one: true });
const PER_OF: [string[], string][] = [
  [['sekilonya', 'perkilo', 'perkg', 'kilonya', 'sakilona'], 'kg'], [['seonsnya', 'perons'], 'ons'],
  [['selusinnya', 'perlusin', 'lusinnya'], 'lusin'], [['sekodinya', 'perkodi', 'kodinya'], 'kodi'],
  [['seliternya', 'perliter'], 'liter'], [['perbiji', 'perpcs', 'perbuah', 'sebiji', 'sebuah', 'sabiji'], 'pcs'],
  [['pergram'], 'gram'],
];
for (const [words, unit] of PER_OF) def(words, 0, G_EACH, { perUnit: unit });

def(['rp', 'idr', 'rupiah'], F_CUR_PRE);
def(['rupiah', 'perak', 'idr', 'rp'], F_CUR_POST);

// Regional and everyday selling/buying verbs with their affixed forms (verb-forms.ts): only
// forms that are not already words here, so a known word keeps its own meaning.
for (const v of VERB_ROOTS) {
  const flags = (v.kind === 'sale' ? F_SALE : F_EXPENSE) | (v.weak ? F_WEAK : 0);
  for (const f of verbForms(v)) if (!TABLE.has(f) && !(f in ALIASES)) def([f], flags, 0, { kind: v.kind });
}
// "wis payu", "geus kajual", "sampun tumbas": Javanese and Sundanese "already", never goods.
def(['wis', 'uwis', 'wes', 'uwes', 'sampun', 'geus', 'atos', 'parantos', 'enggeus'], F_FILLER);

// Aliases share their canonical entry (so "kmrn" is exactly "kemarin").
for (const [alias, canon] of Object.entries(ALIASES)) {
  const info = TABLE.get(canon);
  if (info) TABLE.set(alias, info);
}

/** Collapses runs of one repeated character: "lakuuu" → "laku", "terjuall" → "terjual". */
export function squeeze(word: string): string {
  let out = '';
  let prev = '';
  let changed = false;
  for (let i = 0; i < word.length; i++) {
    const c = word[i] as string;
    if (c === prev) {
      changed = true;
      continue;
    }
    out += c;
    prev = c;
  }
  return changed ? out : word;
}

const SQUEEZED = new Map<string, WordInfo>();
for (const [word, info] of TABLE) {
  const sq = squeeze(word);
  // One-letter squeezed forms ("kk" → "k") would turn chat into scale words: never match them.
  if (sq.length < 2) continue;
  if (!SQUEEZED.has(sq)) SQUEEZED.set(sq, info);
}

const TYPOS = buildVerbTypos((w) => TABLE.get(w) ?? SQUEEZED.get(w));
/** "bsk", "rmh", "smua": a keyword with vowels left out (abbreviations.ts). */
const ABBREVIATIONS = buildAbbreviations(TABLE);

/** The keyword entry for a lower-cased word, tolerating elongation; null for ordinary words. */
/**
 * Words found to be no keyword (item names, names, chatter): most words of most messages. The
 * lookups below cost several new strings a word, and the answer depends on the word alone.
 * Cleared when full, so that no text can make it grow without end.
 */
const NOT_KEYWORDS = new Set<string>();
const MAX_NOT_KEYWORDS = 20_000;

export function lookupWord(word: string): WordInfo | null {
  const direct = TABLE.get(word);
  if (direct) return direct;
  if (word.length < 3 || word.length > 30) return null;
  if (NOT_KEYWORDS.has(word)) return null;
  const found = lookupSlow(word);
  if (found === null) {
    if (NOT_KEYWORDS.size >= MAX_NOT_KEYWORDS) NOT_KEYWORDS.clear();
    NOT_KEYWORDS.add(word);
  }
  return found;
}

/**
 * The keyword entry for exactly this spelling, with none of lookupWord's tolerance (no squeezing,
 * no verb typos, no abbreviations): whether a word is written as the lexicon has it.
 */
export function lookupExact(word: string): WordInfo | null {
  return TABLE.get(word) ?? oneOfUnit(word) ?? perUnitWord(word) ?? hokkienWord(word);
}

/** Every spelling the lexicon lists (the vocabulary typo-words.ts corrects slips towards). */
export function listedSpellings(): IterableIterator<string> {
  return TABLE.keys();
}

function lookupSlow(word: string): WordInfo | null {
  const sq = squeeze(word);
  if (sq !== word) {
    const squeezed = SQUEEZED.get(sq);
    if (squeezed) return squeezed;
  }
  // (A word some reader looks for by its letters — "thr", "spp" — is that reader's, never an abbreviation.)
  return oneOfUnit(word) ?? perUnitWord(word) ?? TYPOS.get(word) ?? hokkienWord(word) ?? (isTriggerWord(word) ? null : ABBREVIATIONS(word));
}

/** "samceng", "siceng", "nopek": any Hokkien street amount the table does not list (slang-numbers.ts). */
function hokkienWord(word: string): WordInfo | null {
  const slang = hokkienAmount(word);
  return slang === null ? null : wordInfo(word, F_SLANG, 0, { slang });
}

/**
 * "permeter", "perlembar", "perdus", "perikat", "sepermeter": "per" glued to any counting unit is a price
 * for one of that unit, as "perkilo" is. Only a unit spelt exactly ("permen", "perak",
 * "persen" are other words, and no unit).
 */
function perUnitWord(word: string): WordInfo | null {
  // "sepermeter", "seperkilo": "se" before "per…" says the same, one of that unit.
  const se = word.startsWith('seper') ? 2 : 0;
  if (!word.startsWith('per', se) || word.length < 6 + se) return null;
  let rest = word.slice(3 + se);
  // "permeternya", "perlembarnya", Minang "perkilonyo", Javanese "perbijine", Sundanese "perbungkusna".
  if ((rest.endsWith('nya') || rest.endsWith('nyo')) && rest.length > 5) rest = rest.slice(0, -3);
  else if ((rest.endsWith('ne') || rest.endsWith('na')) && rest.length > 4 && !TABLE.has(rest)) rest = rest.slice(0, -2);
  const unit = TABLE.get(rest);
  if (!unit || (unit.flags & F_UNIT) === 0) return null;
  return wordInfo(word, 0, G_EACH, { perUnit: unit.canon });
}

/**
 * Units whose "se"/"sa" form is another word ("sesak" tight, "sebal" annoyed, "sepak" kick,
 * "seorang" a person) or no price unit at all: never read as "one such unit".
 */
const NOT_ONE_OF = new Set(['sak', 'bal', 'pak', 'set', 'sets', 'ton', 'rim', 'rol', 'lot', 'unit', 'orang', 'people', 'wong', 'uwong', 'tiyang',
  'person', 'persons', 'anggota', 'peserta', 'jiwa', 'kepala', 'bag', 'bags', 'cup', 'cups', 'tray', 'papan', 'kali']);
/** Of those, the units whose possessive "se…nya" form is only ever a price per unit ("sepaknya"). */
const PER_ONLY = new Set(['pak', 'set', 'bal', 'rim', 'rol', 'tray', 'cup']);
const ONE_OF_CACHE = new Map<string, WordInfo>();

/** Whether `rest` is a counting unit, possibly with a possessive ending ("porsine", "bungkus"). */
function unitStem(rest: string): boolean {
  for (const cut of [0, 3, 2, 1]) {
    const stem = cut === 0 ? rest : rest.slice(0, -cut);
    if (stem.length >= 3 && ((TABLE.get(stem)?.flags ?? 0) & F_UNIT) !== 0) return true;
  }
  return false;
}

/**
 * "sepasang", "sebungkus", "se-bungkus", "sabungkus" (one such unit) and "sebungkusnya" (per
 * unit): any counting unit after "se"/"sa" is a price for one of it, as "sekilo" is. So in
 * "4 pasang sandal 35rb sepasang" the 35rb is a unit price, never the whole sale.
 */
function oneOfUnit(word: string): WordInfo | null {
  const hit = ONE_OF_CACHE.get(word);
  if (hit) return hit;
  if (!(word.startsWith('se') || word.startsWith('sa'))) return null;
  // Javanese "sakporsine", "sakbungkus": "sak" is "se".
  const sak = word.startsWith('sak') && unitStem(word.slice(3));
  let rest = word.slice(word[2] === '-' || sak ? 3 : 2);
  // "sebungkusnya", Betawi "sepiringnye", Minang "sekilonyo", Sundanese "sabungkusna", "sebijine", Javanese "sebungkuse".
  let suffix = rest.endsWith('nya') || rest.endsWith('nye') || rest.endsWith('nyo') ? 3 : rest.endsWith('na') || rest.endsWith('ne') ? 2 : 0;
  // Javanese "sebungkuse", "sak porsie": "-e" after a unit ending in a consonant.
  if (suffix === 0 && rest.endsWith('e') && rest.length >= 5 && !'aiueo'.includes(rest[rest.length - 2] as string)) suffix = 1;
  const per = suffix > 0;
  if (per) rest = rest.slice(0, -suffix);
  // "sepaknya 8rb", "sesetnya": the possessive form is a price per pack, never "kick" or "tight".
  if (rest.length < 3 || (NOT_ONE_OF.has(rest) && !(per && PER_ONLY.has(rest)))) return null;
  const unit = TABLE.get(rest);
  if (!unit || (unit.flags & F_UNIT) === 0) return null;
  const info: WordInfo = per ? wordInfo(word, 0, G_EACH, { perUnit: rest })
    : wordInfo(word, 0, G_EACH, { perUnit: rest, one: true });
  if (ONE_OF_CACHE.size < 256) ONE_OF_CACHE.set(word, info);
  return info;
}

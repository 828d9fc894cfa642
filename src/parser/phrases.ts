/**
 * Two-word phrases that mean something neither word means alone ("terima kasih",
 * "hari ini", "tambah modal"): the lexer merges the two tokens into one with this entry.
 */
import {
  F_DATE, F_EXPENSE, F_FILLER, F_HELP, F_ITEMISH, F_NEG, F_PERIOD, F_QUESTION, F_REP_EMPLOYEE, F_SALE, F_TOTAL, F_UNDO, F_WEAK, G_APPROX, G_CAPITAL, G_EACH,
  G_GREETING, G_PAST, G_THANKS, type WordInfo, wordInfo,
} from './word-roles.ts';
import { PLATFORM_CUTS } from './cost-nouns.ts';

/** Phrase (canonical spelling of both words) → the entry of the merged token. */
const PHRASE_INFO = new Map<string, WordInfo>();
function phrase(keys: readonly string[], flags: number, flags2 = 0, extra: Partial<WordInfo> = {}): void {
  for (const k of keys) PHRASE_INFO.set(k, wordInfo(k, flags, flags2, extra));
}
phrase(['terima kasih', 'thank you', 'trima kasih', 'terimakasih banyak', 'makasih banyak'], F_FILLER, G_THANKS | G_GREETING);
phrase(['hari ini', 'hari tadi'], F_DATE | F_PERIOD | F_FILLER, 0, { relDays: 0, period: 'day' });
phrase(['minggu ini', 'pekan ini', 'this week'], F_PERIOD | F_FILLER, 0, { period: 'week' });
phrase(['bulan ini', 'this month'], F_PERIOD | F_FILLER, 0, { period: 'month' });
phrase(['minggu lalu', 'minggu kemarin', 'pekan lalu', 'last week', 'minggu kemaren'],
  F_PERIOD | F_FILLER, G_PAST, { period: 'week' });
phrase(['bulan lalu', 'bulan kemarin', 'last month', 'bulan kemaren'], F_PERIOD | F_FILLER, G_PAST, { period: 'month' });
phrase(['tenaga kerja', 'tenaga kerjanya'], F_REP_EMPLOYEE);
phrase(PLATFORM_CUTS, F_EXPENSE | F_WEAK | F_ITEMISH, 0, { kind: 'expense' });
phrase(['cara pakai', 'cara pakainya', 'cara pake', 'cara menggunakan', 'cara mencatat',
  'cara catat', 'how to'], F_HELP);
phrase(['tidak jadi', 'gak jadi', 'batal aja', 'ga jadi'], F_UNDO);
phrase(['yang tadi', 'yang terakhir', 'the last', 'last one'], F_FILLER);
phrase(['tadi pagi', 'tadi siang', 'tadi sore', 'tadi malam', 'pagi ini', 'siang ini', 'sore ini'],
  F_DATE | F_FILLER, 0, { relDays: 0 });
phrase(['kemarin lusa'], F_DATE | F_FILLER, 0, { relDays: -2 });
// Javanese "dino iki" / "mau esuk" / "mau awan", Sundanese "poe ieu" / "tadi isuk": today.
// ("mau" alone is "want": a future word.) "mau bengi" is last night, like "semalam".
phrase(['dino iki', 'dina iki', 'poe ieu', 'dinten ieu', 'dinten niki', 'mau esuk', 'mau isuk', 'mau awan', 'mau sore', 'tadi isuk', 'tadi esuk'],
  F_DATE | F_FILLER, 0, { relDays: 0 });
// Madurese "arè satèya" (its accents folded by the lexer), krama "dinten menika", "dinten punika": today.
phrase(['are sateya', 'are satea', 'are sateyah', 'are sateya', 'ari sateya', 'dinten menika', 'dinten meniko', 'dinten punika', 'dinten puniki'],
  F_DATE | F_FILLER, 0, { relDays: 0 });
// Krama courtesies holding a number word: "nyuwun sewu" (excuse me; "sewu" is a thousand alone) and
// "matur nuwun" (thank you) are greetings, never Rp1.000 ("sewu" is taken with "nyuwun" before amounts are read).
phrase(['nyuwun sewu', 'nuwun sewu', 'nyuwun sewon', 'suwun sewu', 'nyuwon sewu'], F_FILLER, G_GREETING);
phrase(['matur nuwun', 'matur suwun', 'maturnuwun sanget', 'matur nuhun'], F_FILLER, G_THANKS | G_GREETING);
// … "sewu matur nuwun" (a thousand thanks): "sewu" taken with "matur", the "nuwun" left is no word of the books.
phrase(['sewu matur', 'sewu nuwun'], F_FILLER, G_THANKS | G_GREETING);
phrase(['how much'], F_QUESTION);
phrase(['masing masing'], F_FILLER, G_EACH);
// Bugis "doi na" (her money, "uangnya"), Minang "sa ciek" (one each): a total, and "each".
phrase(['duit na', 'duit nyo', 'pitih nyo'], F_TOTAL);
phrase(['sa ciek', 'sa-ciek'], 0, G_EACH);
// "kerudung segi empat", "jilbab segitiga": a shape in the goods' name, never a count of four.
phrase(['segi empat', 'segi tiga', 'segi lima', 'segi enam', 'empat persegi'], 0);
phrase(['terima dp'], F_SALE | F_WEAK, 0, { kind: 'sale' });
// "es batu 5rb": ice bought for drinks (a supply, asked: cost-nouns.ts); "es teh" stays goods.
// "…, delivery fee 10k", "shipping cost 15k": the cost of sending, as "ongkos kirim" (cost-nouns.ts EN_COST_NOUNS).
phrase(['delivery fee', 'delivery cost', 'shipping fee', 'shipping cost', 'admin fee', 'packing fee', 'packaging cost'],
  F_EXPENSE | F_WEAK | F_ITEMISH, 0, { kind: 'expense' });
phrase(['es batu'], F_EXPENSE | F_WEAK | F_ITEMISH, 0, { kind: 'expense' });
// "terpaksa sy ganti rugi 50rb": what she pays a customer back for damage is her cost, as "ongkos" is.
// Weak, so "dapat ganti rugi 50rb" (paid to her) is read by its own verb.
phrase(['ganti rugi', 'ganti ruginya', 'ngganti rugi', 'gantirugi'], F_EXPENSE | F_WEAK | F_ITEMISH, 0, { kind: 'expense' });
// … but compensation paid TO her ("dapat ganti rugi", "dikasih ganti rugi") is no takings and no cost of hers: asked.
// (Phrases are pairs read left to right: "dapat ganti" is taken first, so "rugi" is left alone.)
phrase(['dapat ganti', 'dapet ganti', 'terima ganti', 'nerima ganti', 'dikasih ganti', 'kasih ganti', 'minta ganti'], 0);
// "isi minyak kereta 20rb" (Medan: fuel for the motorbike), "isi minyak goreng": bought either way.
phrase(['isi minyak', 'ngisi minyak', 'isi pertalite', 'isi pertamax'], F_EXPENSE | F_WEAK | F_ITEMISH, 0, { kind: 'expense' });
// "minyak kereta 20rb antar pesanan" (Medan and Malay Sumatra: "kereta" is the motorbike, "minyak" its
// fuel), "minyak motor", "minyak honda": fuel (or engine oil) for her vehicle, spent as "bensin" is —
// never the cooking oil "minyak" alone may be (an ingredient, asked). Whose trip it was is read as for
// "bensin": "… buat jalan2 sama anak" stays the household's (asked).
phrase(['minyak kereta', 'minyak motor', 'minyak honda', 'minyak mobil', 'minyak oto', 'minyak keretaku', 'minyak motorku'],
  F_EXPENSE | F_WEAK | F_ITEMISH, 0, { kind: 'expense' });
// "jual beli 50rb": trading, neither a sale nor a purchase said (asked).
phrase(['jual beli', 'jual-beli'], 0, 0);
phrase(['kurang lebih', 'kira kira'], F_FILLER, G_APPROX);
// Capital put in. "modal" alone stays an expense ("modal bambu 150rb" is a cost). The verbs are
// keyed by their root (root-forms.ts): "tambah modal" is also "nambihan modal", "manambah modal",
// "nambahi modal"; "masukkan modal" is "masukin modal"; "dikasih modal" is "diberi", "dibere modal".
phrase(['tambah modal', 'ditambah modal', 'tambahan modal', 'setor modal',
  'nyetor modal', 'suntik modal', 'disuntik modal', 'suntikan modal', 'modal awal', 'modal masuk', 'modal tambahan',
  'masukkan modal', 'dimasukkan modal', 'modal dari', 'taruh modal', 'naruh modal', 'dikasih modal',
  'dapat modal', 'dapet modal', 'dapat tambahan modal', 'dikirimi modal'],
  0, G_CAPITAL, { kind: 'capital' });
// The same in English: "added capital 500k", "capital injection 2jt", "top up the business" is
// "top up capital" ("top up" alone is phone credit). "capital" alone stays unknown, as "modal" alone is no capital.
phrase(['add capital', 'added capital', 'adding capital', 'more capital', 'extra capital', 'additional capital', 'capital injection',
  'capital added', 'capital in', 'initial capital', 'starting capital', 'capital from', 'put capital', 'injected capital',
  'invested in', 'invest in'],
  0, G_CAPITAL, { kind: 'capital' });
// Sundanese "teu acan" ("acan" reads "belum": regional-words.ts) is one "belum": "teu acan mayar"
// is "belum bayar", with no stray "teu" left to read as goods.
PHRASE_INFO.set('teu belum', wordInfo('belum', F_NEG, 0));
PHRASE_INFO.set('acan belum', wordInfo('belum', F_NEG, 0));
// Makassar "tena pa" (not yet: "tena pa na bayara") and Madurese "ghi' ta'" ("still not": "ghi' ta' majar") are "belum".
PHRASE_INFO.set('tena pa', wordInfo('belum', F_NEG, 0));
for (const k of ['ghi ta', 'ghi gak', 'gi ta', 'gi gak']) PHRASE_INFO.set(k, wordInfo('belum', F_NEG, 0));
// Javanese "ora sido" (read "ora jadi": regional-words-java.ts), krama "mboten sios", Sundanese "teu jadi": "tidak jadi".
for (const k of ['ora jadi', 'ra jadi', 'mboten jadi', 'boten jadi', 'mboten sios', 'boten sios', 'teu jadi', 'henteu jadi']) {
  PHRASE_INFO.set(k, PHRASE_INFO.get('tidak jadi') as WordInfo);
}
// "modal usaha saya 5jt" states a size, it is not money put in today (index.ts: unknown).
phrase(['modal usaha', 'modal usahanya'], 0, 0);


/** First words of phrases: most word pairs are rejected here without building a key. */
const PHRASE_HEADS = new Set<string>();
for (const k of PHRASE_INFO.keys()) PHRASE_HEADS.add(k.slice(0, k.indexOf(' ')));

/** The merged entry for two consecutive words (by canonical spelling), or null. */
export function lookupPhrase(first: string, second: string): WordInfo | null {
  if (!PHRASE_HEADS.has(first)) return null;
  return PHRASE_INFO.get(`${first} ${second}`) ?? null;
}


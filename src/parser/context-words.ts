/**
 * Words whose meaning depends on the message around them, settled once after the lexer and
 * before dates and amounts are read. The lexicon gives one meaning per spelling; these
 * spellings have two, and a wrong one here would be read confidently everywhere:
 *
 * - Banjar `tukar` / `manukar` / `menukar` is "beli", but in Indonesian `tukar` is "exchange" ("tukar uang
 *   receh", "tukar tambah"). It is a purchase only when the message is Banjar (`ulun`,
 *   `gasan`, `bajual`, `wadai`…) or says the goods are for her trade ("… gasan bajual",
 *   "untuk dijual"), and nothing says exchange (`uang`, `receh`, `tambah`, `dengan`…). Not said
 *   to be Banjar, it is read as a purchase that is asked (`unsureBuyVerb`, record.ts: "bought,
 *   not swapped?"), never a sale carried over from the segment before ("laku nasi …, tukar
 *   telur 25rb"); with an exchange word it stays unread and is asked.
 *   `tukar` of a refill ("tukar gas elpiji 3 tabung", "tukar galon") is buying one, in any message.
 *   "gasan tukar baras": after a purpose word the exchange words are looked for after `tukar` only.
 * - Sasak `tiang` (I; a pole), `wah`/`uah` (already; an exclamation), `jari` (so, "endeq jari" called off; a
 *   finger), `side` (you; English side), `endek`/`ndek` (not; Balinese cloth, Javanese "at") are read so only
 *   in a Sasak message (`inak`, `inaq`, `mauk`, `lekan`, `belanje`, `bayah`, `kepeng`, `endeq`…).
 * - `kali` between money and a count followed by a result word is "x": "goceng kali 6 jadi 30rb" (stated-product.ts).
 * - `abis` between "semuanya" and money, after a buying word, is "came to": the total spent.
 * - Minang `jua` is "jual" only in a Minang message (`ambo`, `bungkuih`, `untuak`, `pitih`…);
 *   elsewhere it is the old "juga".
 * - Minang `patang` (yesterday) is also Javanese "patang" (four, before `atus`/`puluh`/`ewu`):
 *   a date only when no number word follows it.
 * - Javanese `teko` (from; also "came", "teapot") is "dari" between an amount and a selling
 *   word: "payu 250 ewu teko dodolan sayur" (but "sing teko tuku tempe" is someone who came to buy).
 * (Taking the takings of goods left at a shop, "narik hasil titipan …", is read in collected.ts.)
 * - `per` before a word that is already "per that unit" (`per kilonya`, `per porsinya`) is one
 *   each-word, not "per" and a second one.
 * - `sepak` (kick), `sebal`, `seset` after an amount are a price per that unit, as `sepaknya`
 *   is: "plastik klip 3 pak 13 ribu sepak".
 */
import type { Analysis } from './analyze.ts';
import { S_PLAIN } from './amount.ts';
import { driverTakingWords, W_DRIVER } from './driver-takings.ts';
import { MONEY_GOT_WORDS, settleMoneyGot } from './money-got.ts';
import { lookupWord } from './lexicon.ts';
import { lookupPhrase } from './phrases.ts';
import { retag } from './retag.ts';
import { settlePaidPassive, W_PAID } from './paid-passive.ts';
import { settleBillPassive, W_BILL_PASSIVE } from './bill-passive.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { inputKind } from './business-inputs.ts';
import { costGoods } from './carried-kind.ts';
import { knownWares } from './sold-wares.ts';
import { soldOutHeading, type SoldOutWords } from './sold-out-heading.ts';
import { SETOR, setorSold } from './household-setor.ts';
import { spokenFillers, W_SPOKEN_FILLERS } from './spoken-fillers.ts';
import { settleMoneyOut, W_MONEY_OUT } from './money-out.ts';
import { settleDownPaymentWay, W_DOWN_PAYMENT_WAY } from './down-payment-way.ts';
import { settleChannelOrders, W_CHANNEL_ORDERS } from './channel-orders.ts';
import { settleSoldTokens, W_SOLD_TOKENS } from './sold-tokens.ts';
import { closingAddress, W_CLOSING_ADDRESS } from './closing-address.ts';
import { tokenTrigger } from './token-triggers.ts';
import { cooksWares } from './trade-dishes.ts';
import { PRINTING } from './own-material.ts';
import { present, trigger } from './triggers.ts';
import { pickedUpGoods, TAKEN } from './picked-up-goods.ts';
import { F_DATE, F_EXPENSE, F_FILLER, F_NUMWORD, F_PAYVERB, F_PRICE, F_SALE, F_SCALE, F_SLANG, F_UNIT, F_WEAK, G_EACH, G_HUNDRED, G_PER, G_TEENS, G_TENS, type WordInfo } from './word-roles.ts';
import { asBusinessNoun, businessAfterModal, MODAL_WORDS } from './modal-business.ts';
import { ROUND, sellerRound } from './seller-round.ts';
import { KEPT_FOR, keptForSelling, SELLING, sellingCost, sellingGoodsBought } from './goods-for-selling.ts';

/** "ga nyangka", "gak nyangka", "tak disangka", "nggak percaya": surprise, no negation. */
const SURPRISE_NOT = new Set(['ga', 'gak', 'ngga', 'nggak', 'gk', 'g', 'tak', 'tdk', 'tidak', 'ndak', 'nda', 'ora', 'teu']);
const SURPRISED = new Set(['nyangka', 'nyangkanya', 'menyangka', 'disangka', 'nyana', 'dinyana', 'ngira', 'nyangkai', 'nyongko', 'nyangko',
  'ngiro']);
const VERY = new Set(['bgt', 'banget', 'bngt', 'bener', 'sama', 'sekali', 'blas', 'pisan']);

/** Banjar words that are not Indonesian: a message with one is written in Banjar. */
const BANJAR = new Set(['ulun', 'unda', 'pian', 'sidin', 'gasan', 'bajual', 'bajualan', 'tajual', 'wadai', 'kada', 'handak',
  'hanyar', 'samalam', 'habang', 'baisukan', 'manukar', 'ikam', 'dangsanak',
  // "hagan" (for, as "gasan"), "baras" (rice), "wan" (and, with: read "dan", so never the exchange word "dengan").
  'hagan', 'baras', 'wan']);
/** Words that make `tukar` an exchange whatever the language. */
const EXCHANGE = new Set(['uang', 'duit', 'receh', 'recehan', 'tambah', 'guling', 'kado', 'dengan', 'dgn', 'sama', 'jadi',
  'ganti', 'pecahan', 'dolar', 'valas', 'kurs', 'posisi', 'shift', 'jadwal', 'pikiran', 'cincin', 'lain', 'ukuran', 'balik',
  'balikin', 'rusak', 'retur', 'kembali', 'dikembalikan', 'dibalikin']);
/** Banjar buying verbs. */
const TUKAR = new Set(['tukar', 'manukar', 'batukar', 'menukar', 'nukar', 'tuker', 'nuker']);
/** Forms that are also Indonesian "exchange" ("menukar uang", Jakarta "tuker"): a purchase only when the message is Banjar, as "tukar". */
const TUKAR_INDONESIAN = new Set(['tukar', 'menukar', 'nukar', 'tuker', 'nuker']);
/**
 * What is bought by handing in the empty one: "tukar gas elpiji 3 tabung @25rb", "tuker galon 2", "tukar
 * tabung 3kg". A purchase of a refill in everyday Indonesian, whatever the region. (Not "melon" alone: "tuker
 * gas melon" has its "gas", "tukar melon 2 kilo" is fruit, asked.)
 */
const REFILLS = new Set(['gas', 'elpiji', 'lpg', 'galon', 'tabung', 'aqua']);
/** Words that may stand between "tukar" and the refill: "tukar air galon", "tuker aer galon", "tukar isi gas". */
const BEFORE_REFILL = new Set(['air', 'isi', 'isian']);

/** Sasak words that are not Indonesian: a message with one is written in Sasak (regional-words.ts reads most of them). */
const SASAK = new Set(['inak', 'inaq', 'amaq', 'papuq', 'mauk', 'maukne', 'lekan', 'lekanan', 'belanje', 'bebelanje', 'bayah', 'utangne',
  'kepeng', 'kepengne', 'endeq', 'ndeq', 'ndeqman', 'tebeli', 'bebeli', 'leq', 'pire', 'kenyeri', 'baruq']);
/** Sasak words that are also Indonesian (or English, Javanese) words, and what they mean in a Sasak message. */
const SASAK_TWO = new Map([['tiang', 'saya'], ['wah', 'sudah'], ['uah', 'sudah'], ['jari', 'jadi'], ['side', 'kamu'], ['endek', 'gak'],
  ['ndek', 'gak']]);

/** Minang words that are not Indonesian: a message with one is written in Minang. */
const MINANG = new Set(['ambo', 'bungkuih', 'untuak', 'pitih', 'piti', 'ciek', 'tigo', 'ampek', 'tujuah',
  'sapuluah', 'bali', 'mambali', 'bisuak', 'patang', 'dapek', 'masuak', 'kapatang', 'galeh', 'piriang', 'lamang',
  'baliak', 'sadonyo']);
/** Javanese words that are not Indonesian: with one, "dodol" opening the message is "sell" (not the sweet). */
const JAVANESE = new Set(['regane', 'rega', 'ewu', 'iji', 'atus', 'sewidak', 'seket', 'selawe', 'rong', 'telung', 'patang', 'limang',
  'sak', 'siji', 'wingi', 'kabeh', 'entuk', 'hasile',
  // "nang warung" (at the stall), "saiki" (now), "iki" (this), "ora" (not).
  'nang', 'saiki', 'iki', 'ora']);

/** "price list", "daftar harga", "list harga": the two words of a price list, as a paper copied. */
const PRICE_LIST_HEAD = new Set(['price', 'daftar', 'list']);
const PRICE_LIST_TAIL = new Set(['list', 'harga']);

/** Javanese "already" (and its high register): "tak" after it is "I", not "not". */
const JV_ALREADY = new Set(['wis', 'uwis', 'wes', 'uwes', 'wus', 'sampun']);
/**
 * Colloquial Indonesian "already", which Javanese speakers say too: "angsuranku 87.500 udah tak
 * setor". Chat Indonesian says "not" as "ga", "gak"; literary "tak" beside slangy "udah" is the
 * Javanese "I", but only before a paying verb and with no "lagi" after it ("udah tak setor lagi"
 * is "no longer pay": left as a "not").
 */
const ALREADY_SLANG = new Set(['udah', 'udh', 'dah']);
const AGAIN = new Set(['lagi', 'lg', 'maneh', 'meneh']);

/** Whether "tak" at i is Javanese "I": after "wis", "sampun"; after "udah" only before a paying verb. */
function javaneseI(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.text ?? '';
  const next = tokens[i + 1];
  if (next?.type !== T_WORD) return false;
  if (JV_ALREADY.has(before)) return true;
  return ALREADY_SLANG.has(before) && (next.f & F_PAYVERB) !== 0 && !AGAIN.has(tokens[i + 2]?.text ?? '');
}
/** Purpose words before cooking ("nggo", "kanggo", "keur" are read "untuk"). */
const COOK_FOR = new Set(['buat', 'untuk', 'utk', 'bwt', 'bt', 'gawe']);
/**
 * Words of a state before "kosong": "tabungan rumah lg kosong", "stok masih kosong" — empty, never the
 * numeral nought ("kosong" is "0" when spelling out a number: "lima kosong kosong").
 */
const STATE = new Set(['lagi', 'lg', 'lgi', 'masih', 'msh', 'masi', 'udah', 'udh', 'sudah', 'sdh', 'dah', 'wis', 'wes', 'lagek']);
/**
 * Javanese verbs (as written) that take "tak"/"dak", "I", before them: "duit warung tak enggo bayar BPJS"
 * (I used the shop's money to pay), "tak tuku", "dak jupuk". None is Indonesian, so Indonesian "tak"
 * (not) never stands before one; Indonesian verbs after "tak" ("tak bayar") keep it "not".
 */
const JV_I_VERBS = new Set(['enggo', 'nggo', 'anggo', 'gawe', 'tuku', 'tumbas', 'jupuk', 'pek', 'silih', 'ampil', 'kei', 'wenehi',
  'paringi', 'dol', 'adol', 'pundhut', 'pendhet', 'jaluk', 'simpen',
  // … and giving change, giving back, buying for, lending, sending ("tak susuki 40rb": I gave her 40.000 change).
  'susuki', 'balekke', 'balekno', 'balikke', 'tukokno', 'tukokke', 'tukokne', 'silihi', 'utangi', 'kirimi', 'celengi', 'jupukke', 'dolke']);

/** "gave" before a price word: "kasih harga", "ngasih harga", Javanese "wenehi rega". */
const GAVE = new Set(['kasih', 'kasi', 'ksh', 'ngasih', 'ngasi', 'kukasih', 'takkasih', 'wenehi', 'menehi', 'dikasih', 'dikasi']);

/** What follows "dodol" the sweet ("dodol garut", "dodol ketan"): never "sell garut". */
const DODOL_KINDS = new Set(['garut', 'ketan', 'durian', 'duren', 'nanas', 'betawi', 'kudus', 'wijen', 'salak', 'apel', 'sirsak', 'tape',
  'tapai', 'kentang', 'susu', 'menes', 'picnic', 'cina', 'dawet', 'mangga', 'nangka', 'pandan', 'coklat', 'cokelat', 'kacang', 'rumput',
  'manalagi', 'labu', 'waluh', 'ubi', 'talas', 'jahe', 'buah']);

/** A sale or expense verb anywhere but at `skip`. */
function hasVerb(tokens: readonly Token[], skip: number): boolean {
  return tokens.some((t, i) => i !== skip && t.type === T_WORD && (t.f & (F_SALE | F_EXPENSE)) !== 0);
}

/** Minang "jua" (sell): every form the lexicon does not know already. */
const JUA = new Set(['jua']);

/** Goods sold by the litre or bottle that "cair" (liquid) describes: "sabun cair", "gula cair". */
const LIQUID_GOODS = new Set(['sabun', 'deterjen', 'detergen', 'diterjen', 'softener', 'pelembut', 'pewangi', 'parfum', 'susu',
  'gula', 'lem', 'sampo', 'shampo', 'shampoo', 'pembersih', 'karbol', 'pel', 'kaldu', 'lilin', 'pupuk', 'tinta',
  'cuka', 'ragi', 'santan', 'madu', 'obat', 'pemutih', 'kanji', 'pelicin', 'sabunnya', 'handsoap', 'semir', 'cat']);

/** Units whose "se" form is another word: after an amount it is a price per that unit. */
const SE_UNITS = new Map([['sepak', 'sepaknya'], ['sebal', 'sebalnya'], ['seset', 'sesetnya'], ['serim', 'serimnya'],
  ['serol', 'serolnya'], ['setray', 'setraynya']]);

function has(tokens: readonly Token[], words: ReadonlySet<string>, skip: number): boolean {
  return tokens.some((t, i) => i !== skip && t.type === T_WORD && (words.has(t.text) || words.has(t.key)));
}

/** An amount ends at token i: digits, a scale word or slang ("13 ribu", "13rb", "goceng"). */
function amountEnds(t: Token | undefined): boolean {
  return t !== undefined && (t.type === T_NUM || (t.type === T_WORD && (t.f & (F_SCALE | F_SLANG)) !== 0));
}

/** A word that makes "patang" the Javanese four: "patang atus", "patang puluh", "patang ewu". */
function numberFollows(t: Token | undefined): boolean {
  return t !== undefined && t.type === T_WORD && ((t.f & (F_SCALE | F_NUMWORD)) !== 0 || (t.f2 & (G_HUNDRED | G_TENS | G_TEENS)) !== 0);
}

/** "ramenya", "ramene" after "saking": a quality named, no one the money came from. */
function soMuchThat(t: Token | undefined): boolean {
  return t !== undefined && t.type === T_WORD && t.key === t.text && (t.text.endsWith('nya') || t.text.endsWith('ne'));
}

/** Madurese and krama words for tens, numbers only after a unit number word. */
const TENS_AFTER_UNIT = new Set(['polo', 'dasa', 'doso']);

/** A number word for one to nine ("lema'", "duwâ'", "tiga"): what Madurese "polo" multiplies. */
function unitWordBefore(t: Token | undefined): boolean {
  if (t === undefined || t.type !== T_WORD || (t.f & F_NUMWORD) === 0 || (t.f2 & (G_HUNDRED | G_TENS | G_TEENS)) !== 0) return false;
  const n = t.info?.num;
  return n !== undefined && n >= 1 && n <= 9;
}

/** A word that is a price per a unit by itself ("kilonya", "porsinya" after a count of portions). */
function perUnitNext(t: Token | undefined): boolean {
  return t !== undefined && t.type === T_WORD && (t.f2 & G_EACH) !== 0 && t.info?.perUnit !== undefined && t.info.one !== true;
}

/**
 * Which words wake each pass below (token-triggers.ts): analyze.ts looks them up once a message
 * and passes the mask, so a pass whose words are absent costs one bit test, not a walk.
 *
 * | pass | wakes on (text or key) |
 * |---|---|
 * | settleMoneyOut | a sending, paying, taking, cutting or ad word (money-out.ts TRIGGERS) |
 * | settleDownPaymentWay | "dp", "depe", "panjar", "persekot", "uang muka", "uang" |
 * | settleChannelOrders | "order", "orderan", "pesanan" … |
 * | settleSoldTokens | "token" |
 * | closingAddress | "rek", "cak", "yo", "lur" … (as written) |
 * | driverTakingWords | "narik", "penumpang", "tarikan", "ngojek" … (as written) |
 * | payersAfterFree | "gratis", "bonus", "cuma-cuma" … (as written) |
 * | spokenFillers | "apa", "opo", "naon", "gimana", "piye", "kumaha" … |
 * | the surprise ("ga nyangka") | "nyangka", "disangka", "ngira" … (as written) |
 * | the word-by-word loop | each token on its own: `wakesLoop` |
 */
const W_SURPRISE = tokenTrigger(SURPRISED);
/** Every pass awake: for a caller without a mask. */
const ALL_AWAKE = -1;

/** Gives each word of two meanings the one its message says, in place. `wake`: token-triggers.ts wakeOf(tokens). */
export function settleContextWords(tokens: Token[], wake: number = ALL_AWAKE): void {
  // "tf 500rb ke supplier", "ambil stok dr supplier …", "ngisi freezer: …", "komisi affiliate 40k":
  // money sent out for the business, read as the verb it stands for (money-out.ts).
  if ((wake & W_MONEY_OUT) !== 0) settleMoneyOut(tokens);
  // "DP ke pengrajin rotan 300rb", "bayar panjer ke pak Dul": a down payment she paid out (down-payment-way.ts).
  if ((wake & W_DOWN_PAYMENT_WAY) !== 0) settleDownPaymentWay(tokens);
  // "shopee 4 order 312rb": orders by channel, her sales (channel-orders.ts).
  if ((wake & W_CHANNEL_ORDERS) !== 0) settleChannelOrders(tokens);
  // "laku pulsa 60rb, token listrik 156rb": a token sold at her counter, not her electricity (sold-tokens.ts).
  if ((wake & W_SOLD_TOKENS) !== 0) settleSoldTokens(tokens);
  // "payu 18 porsi, total 270 ewu rek": a word of address after the money, no goods (closing-address.ts).
  if ((wake & W_CLOSING_ADDRESS) !== 0) closingAddress(tokens);
  // "narik hr ini dapet 135rb", "ojek pagi 4 penumpang 48rb": a driver's takings (driver-takings.ts).
  if ((wake & W_DRIVER) !== 0) for (const i of driverTakingWords(tokens)) retag(tokens[i] as Token, 'laku');
  // "potong rambut gratis 4 org, yg bayar 2 org @20rb": after goods or work given free, "the
  // ones who paid" are her customers — what they paid is her sale, never her expense.
  const payers = (wake & W_FREE) !== 0 ? payersAfterFree(tokens) : -1;
  if (payers >= 0) retag(tokens[payers] as Token, 'laku');
  // "laku 20 biji eh apa namanya harganya 2rb": a pause while she speaks, not a question (spoken-fillers.ts).
  if ((wake & W_SPOKEN_FILLERS) !== 0) for (const i of spokenFillers(tokens)) retag(tokens[i] as Token, 'ji');
  // "udah dibayar lunas 1.200.000 ga nyangka bgt": "didn't expect it", joy, not a negation of the fact.
  for (let i = 0; (wake & W_SURPRISE) !== 0 && i + 1 < tokens.length; i++) {
    if ((tokens[i] as Token).type === T_WORD && SURPRISE_NOT.has((tokens[i] as Token).text) && SURPRISED.has((tokens[i + 1] as Token).text)) {
      retag(tokens[i] as Token, 'ji');
      retag(tokens[i + 1] as Token, 'ji');
      if (VERY.has((tokens[i + 2] as Token | undefined)?.text ?? '')) retag(tokens[i + 2] as Token, 'ji');
    }
  }
  // "udah paid cust 150rb", "paid 150rb by Rina": the resellers' English passive, money paid to her (paid-passive.ts).
  if ((wake & W_PAID) !== 0) settlePaidPassive(tokens);
  // "listrik dibayar 100rb", "kontrakan udah dilunasi 1jt": a bill paid by her, read as her "bayar" (bill-passive.ts).
  if ((wake & W_BILL_PASSIVE) !== 0) settleBillPassive(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || !wakesLoop(t)) continue;
    let use: 'stock' | 'purpose' | null;
    // "oleh 250 ewu", "pipis ne 45 ribu", "96 ebu": money got, in regional words (money-got.ts).
    if (MONEY_GOT_WORDS.has(t.text) && settleMoneyGot(tokens, i)) continue;
    // "modal awal jualan online 750rb": the business, not a sale (modal-business.ts).
    const trade = MODAL_WORDS.has(t.text) ? businessAfterModal(tokens, i) : -1;
    if (trade >= 0) {
      asBusinessNoun(tokens[trade] as Token);
      continue;
    }
    // "angsuran BMT wis tak bayar 175 ewu", "wes tak dol 3 iji": after Javanese "already",
    // "tak" is her "I (have) …", never Indonesian "not" (Javanese says "ora", "durung"); so too
    // "udah tak setor" (javaneseI), and "tak"/"dak" before a Javanese verb ("tak enggo bayar", "dak tuku").
    if ((t.text === 'tak' && javaneseI(tokens, i)) ||
      ((t.text === 'tak' || t.text === 'dak') && tokens[i + 1]?.type === T_WORD && JV_I_VERBS.has((tokens[i + 1] as Token).text))) {
      retag(t, 'aku');
      // ("dol" alone is Javanese "sell" only here: elsewhere it may be a name or a typo.)
      if ((tokens[i + 1] as Token).text === 'dol') retag(tokens[i + 1] as Token, 'adol');
      continue;
    }
    // "tuku gas 2 nggo masak gudeg": cooking a stall dish after a purpose word is making her goods (trade-dishes.ts).
    if (cooksWares(t.text, tokens[i + 1]?.type === T_WORD ? (tokens[i + 1] as Token).text : undefined, tokens[i + 2]?.key) &&
      COOK_FOR.has(tokens[i - 1]?.key ?? '')) {
      readAs(t, 'bikin');
      continue;
    }
    // "tabungan rumah lg kosong": empty, not the numeral 0 (a number left unread, "zero").
    if (t.text === 'kosong' && STATE.has(tokens[i - 1]?.text ?? '') && (t.f & F_NUMWORD) !== 0) {
      t.f &= ~F_NUMWORD;
      continue;
    }
    // Sasak "ndeq man bayar" written apart is "ndeqman" (not yet: regional-words.ts), never "gak" and
    // a name "man": a debt still open, not her paying.
    if (NOT_YET_APART.has(t.text) && tokens[i + 1]?.type === T_WORD && (tokens[i + 1] as Token).text === 'man') {
      readAs(t, 'belum');
      t.text = `${t.text} man`;
      tokens.splice(i + 1, 1);
      continue;
    }
    if (TUKAR.has(t.text)) {
      const exchange = exchangeSaid(tokens, i);
      const banjar = !TUKAR_INDONESIAN.has(t.text) || has(tokens, BANJAR, i) || forTrade(tokens, i) || (!exchange && refillNext(tokens, i));
      // Not said to be Banjar: read as a purchase (never a sale carried over from the segment
      // before), and asked. Exchange words: left unread and asked.
      if (!exchange) retag(t, 'beli');
      if (!banjar || exchange) UNSURE.add(t);
    } else if (SASAK_TWO.has(t.text)) {
      if (!has(tokens, SASAK, i) && !twoSasak(tokens, i)) continue;
      readAs(t, SASAK_TWO.get(t.text) as string);
      // "endeq jari beli": "gak jadi", one phrase as the lexer would have made it (an event called off).
      const prev = tokens[i - 1];
      const phrase = prev?.type === T_WORD ? lookupPhrase(prev.key, t.key) : null;
      if (phrase !== null && prev !== undefined) {
        tokens.splice(i - 1, 2, { ...prev, text: `${prev.text} ${t.text}`, key: phrase.canon, info: phrase, f: phrase.flags, f2: phrase.flags2 });
        i--;
      }
    } else if (JUA.has(t.text) && has(tokens, MINANG, i)) retag(t, 'jual');
    // "mau setor catetan: in 150rb …": handing the bot her notes, "catat" — no money paid in or back.
    else if (SETOR.has(t.key) && REPORTED.has(tokens[i + 1]?.key ?? tokens[i + 1]?.text ?? '')) retag(t, 'catat');
    // "susu sapi 15 liter @8rb setor ke KUD": produce delivered to a collector, sold (household-setor.ts).
    else if (setorSold(tokens, i)) retag(t, 'laku');
    // "sy kasih harga 9rb", "tak kasih rega 3 ewu": the price she gave, no goods named "kasih".
    else if (GAVE.has(t.text) && ((tokens[i + 1]?.f ?? 0) & F_PRICE) !== 0) retag(t, 'ji');
    // Javanese "dodol jamu sewidak gelas regane telung ewu": "dodol" (sell) opening a Javanese
    // message with no other verb; "jual dodol 5 bungkus", "dodol garut laku 50rb" keep the sweet.
    else if (t.text === 'dodol' && opensClause(tokens, i) && has(tokens, JAVANESE, i) && !hasVerb(tokens, i) &&
      tokens[i + 1]?.type === T_WORD && (tokens[i + 1] as Token).info === null && !DODOL_KINDS.has((tokens[i + 1] as Token).text)) retag(t, 'adol');
    // "gendong jamu 27 gelas x 4rb", "keliling sayur 150rb": a seller's round with her wares, her sale (seller-round.ts).
    else if (ROUND.has(t.text)) {
      const round = sellerRound(tokens, i, opensClause(tokens, i));
      if (round !== null) retag(t, round === 'sale' ? 'jualan' : 'ji');
    }
    else if (t.text === 'manis' && tokens[i - 1]?.key === 'laris') retag(t, 'ji'); // "laris manis": sold well, no goods
    // "isi paket data hp khusus jualan 65rb": what the thing is kept for, the business, not a sale (goods-for-selling.ts).
    else if (keptForSelling(tokens, i)) retag(t, 'ji');
    // "beli gerobak jualan 500rb", "sewa tenda jualan di pasar 75rb": what the goods are for, not a sale (goods-for-selling.ts).
    else if (t.text === 'jualan' && sellingGoodsBought(tokens, i)) retag(t, 'ji');
    // "beli jualan 50rb" (stock bought to sell), "ongkos jualan 20rb", "tenda jualan 75rb" (what a cost is for): no sale (goods-for-selling.ts).
    else if (SELLING.has(t.text) && (use = sellingCost(tokens, i)) !== null) {
      if (use === 'stock') readAs(t, 'dagangan');
      else retag(t, 'ji');
    }
    // "goceng kali 6 jadi 30rb": "kali" between money and a count whose result is said is "x" ("5rb x 6 = 30rb").
    else if (t.text === 'kali' && amountEnds(tokens[i - 1]) && countThenResult(tokens, i)) retag(t, 'x');
    // "abis belanja aer galon 2 ama gas melon 1 semuanya abis gocap": after a buying verb, "all of it came to"
    // — the total spent, said as "semuanya 50rb" is ("kue 20 biji semuanya abis" with no buying is sold out).
    else if (SOLD_OUT.has(t.text) && spentInAll(tokens, i)) {
      tokens.splice(i, 1);
      i--;
    }
    else if (SOLD_OUT.has(t.text) && (soldOutCount(tokens, i) || soldOrDoneThenGot(tokens, i))) retag(t, 'laku');
    // "habis itu dapat 50rb": after that, money got — nothing spent; the money is read (and asked) as if "habis itu" were not said.
    else if (SOLD_OUT.has(t.text) && NOT_DONE.has(tokens[i + 1]?.key ?? '') && opensClause(tokens, i) && receivedBeforeMoney(tokens, i)) {
      retag(t, 'ji');
      retag(tokens[i + 1] as Token, 'itu');
    }
    // "pemasukan 85rb, abis itu 120rb lg": "after that", then money at once, after an amount said before —
    // the next amount of the same story (its kind carried as after "terus"), nothing spent.
    else if (AFTER_THAT.has(t.text) && NOT_DONE.has(tokens[i + 1]?.key ?? '') && afterBreak(tokens, i) && amountBefore(tokens, i) &&
      moneyNext(tokens[i + 2], tokens[i + 3])) {
      retag(t, 'ji');
      retag(tokens[i + 1] as Token, 'itu');
    }
    else if (SOLD_OUT.has(t.text)) {
      const gone = soldOutHeading(tokens, i, HEADING_WORDS) ?? soldOutGoods(tokens, i);
      if (gone !== null) retag(t, 'laku');
      // "gorengan habis 80rb": sold out for 80rb, or 80rb spent on gorengan? The kind is asked.
      if (gone === 'unsure') UNSURE_SOLD.add(t);
    }
    // "sabun cair 5 liter", "susu cair": liquid goods, no money paid out ("KUR cair 10jt" is).
    else if (t.text === 'cair' && LIQUID_GOODS.has(tokens[i - 1]?.key ?? '')) {
      t.info = null;
      t.f = 0;
      t.f2 = 0;
    }
    else if (t.text === 'patang' && !numberFollows(tokens[i + 1])) retag(t, 'kemarin');
    else if (t.text === 'kapatang') retag(t, 'kemarin');
    // "kebaya wisuda sampun dipendhet, dibayar 250 ewu": goods collected, then paid — no money taken out (picked-up-goods.ts).
    else if (pickedUpGoods(tokens, i)) retag(t, 'ji');
    // Madurese "polo" and krama "dasa" (tens: "lema' polo èbu", 50.000; "kalih dasa ewu", 20.000) are numbers only after
    // a unit number word: "kaos polo" is a shirt, "dasa wisma" a neighbourhood group.
    else if (TENS_AFTER_UNIT.has(t.text) && unitWordBefore(tokens[i - 1])) retag(t, 'puluh');
    // Krama "saking" (from: "pikantuk modal saking anak kulo") is Indonesian "so much that" before a "-nya"/"-ne"
    // word that is no word of the books ("saking ramenya", "saking ramene"): "dari" only otherwise ("saking garwane").
    else if (t.text === 'saking' && !soMuchThat(tokens[i + 1])) retag(t, 'dari');
    else if (t.text === 'teko' && amountEnds(tokens[i - 1])) {
      const n = tokens[i + 1];
      if (n !== undefined && n.type === T_WORD && (n.f & F_SALE) !== 0 && (n.f & F_WEAK) === 0) retag(t, 'dari');
      // "tak jupuk 100 ewu teko duwik dodolan": from the money of her trade ("dari uang jualan").
      else if (n !== undefined && n.type === T_WORD && (n.key === 'uang' || n.key === 'duit') && tokens[i + 2]?.type === T_WORD &&
        SELLING.has((tokens[i + 2] as Token).key)) retag(t, 'dari');
    }
    // "fotokopi + laminating price list 12rb", "fc daftar harga": the paper copied is her price list,
    // one noun (own-material.ts), not a price word opening a list of prices.
    else if (PRICE_LIST_TAIL.has(t.text) && PRICE_LIST_HEAD.has(tokens[i - 1]?.text ?? '') && tokens.some((u) => PRINTING.has(u.key))) {
      const prev = tokens[i - 1] as Token;
      tokens.splice(i - 1, 2, { ...prev, text: `${prev.text} ${t.text}`, key: 'pricelist', info: null, f: 0, f2: 0 });
      i--;
    }
    // Balinese "di jumah" (at home) is "di rumah"; "jumah" alone is a typo of "jumlah" (check-lines.ts).
    else if (t.text === 'jumah' && tokens[i - 1]?.key === 'di') readAs(t, 'rumah'); else if (SE_UNITS.has(t.text) && amountEnds(tokens[i - 1])) retag(t, SE_UNITS.get(t.text) as string);
    else if ((t.f2 & G_PER) !== 0 && t.key === 'per' && perUnitNext(tokens[i + 1])) {
      // "12rb per kilonya", "15rb per porsinya": "per" before a word that already says "per
      // that unit" is said twice; left apart it cut the price from its unit (a total of 12rb).
      const n = tokens[i + 1] as Token;
      tokens.splice(i, 2, { ...n, text: `${t.text} ${n.text}`, attached: t.attached });
    } else if (t.info === null && t.text.length >= 5 && t.text.startsWith('per') && amountEnds(tokens[i - 1]) &&
      countedBefore(tokens, i, t.text.slice(3))) {
      // "2 drum … 150rb perdrum", "5 anak 100rb peranak": "per" glued to the thing counted is
      // "per drum" (per-counted.ts reads a price per the very thing counted).
      const per = lookupWord('per') as WordInfo;
      const rest = t.text.slice(3);
      const restInfo = lookupWord(rest);
      tokens.splice(i, 1, { ...t, text: 'per', key: per.canon, info: per, f: per.flags, f2: per.flags2 },
        { ...t, text: rest, key: restInfo?.canon ?? rest, info: restInfo, f: restInfo?.flags ?? 0, f2: restInfo?.flags2 ?? 0, attached: true });
    }
  }
}

const FREE = new Set(['gratis', 'bonus', 'cuma-cuma', 'digratisin', 'digratiskan', 'gratisin']);
const W_FREE = tokenTrigger(FREE);
const THE_ONES = new Set(['yang', 'yg']);
const PAY = new Set(['bayar', 'byr', 'membayar', 'dibayar']);

/** A count's unit or a price each follows: "2 org", "4 @15rb" (not "50rb": money paid, by whom?). */
function counted(t: Token | undefined): boolean {
  return t !== undefined && ((t.type === T_WORD && (t.f & F_UNIT) !== 0) || (t.type === T_PUNCT && t.text === '@'));
}

/** The "bayar" of "yg bayar …" after a free word, with a count or amount right after it; -1 if none. */
function payersAfterFree(tokens: readonly Token[]): number {
  let free = false;
  for (let i = 0; i < tokens.length - 2; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (FREE.has(t.text)) free = true;
    else if (free && THE_ONES.has(t.text) && PAY.has((tokens[i + 1] as Token).text) && (tokens[i + 2] as Token).type === T_NUM &&
      counted(tokens[i + 3])) return i + 1;
  }
  return -1;
}

/**
 * "abis"/"habis": spent or used up ("habis 50rb buat bensin"), or sold out. "ludes", "tandas"
 * (gone to the last one) are read the same way: what is gone decides.
 */
const SOLD_OUT = new Set(['abis', 'habis', 'hbs', 'ludes', 'tandas', 'ludes2',
  // Sundanese "seep", Javanese "entek", krama "telas", Minang "abih" ("rangginang seep", "pecel entek").
  'seep', 'entek', 'telas', 'abih',
  // … Sundanese "beak", Javanese "resik" is "clean" too (not listed); English "soldout" as typed.
  'beak', 'soldout',
  // … with the Bugis/Makassar "-mi" (already): "songkolo abismi".
  'abismi', 'habismi']);

/**
 * The words a branch of settleContextWords' word-by-word loop opens on, as written; with a key
 * of "setor" (household-setor.ts) or "per", or an unknown word beginning with "per", that is every
 * branch. A token none of them fits is passed in one lookup instead of a dozen (token-triggers.ts).
 */
/** Sasak "ndeq", "endeq" (not) before "man": "ndeqman", not yet. */
const NOT_YET_APART = new Set(['ndeq', 'endeq']);
const LOOP_WORDS: ReadonlySet<string> = new Set([...NOT_YET_APART, ...MONEY_GOT_WORDS, ...TUKAR, ...SASAK_TWO.keys(), ...JUA, ...GAVE, 'dodol', 'manis', ...SOLD_OUT, 'cair', ...ROUND,
  'patang', 'kapatang', 'teko', 'jumah', ...PRICE_LIST_TAIL, 'tak', 'dak', 'kosong', 'masak', 'memasak', 'masakin', 'saking', 'kali', ...SELLING, ...KEPT_FOR, ...MODAL_WORDS, ...TENS_AFTER_UNIT, ...SE_UNITS.keys()]);

function wakesLoop(t: Token): boolean {
  return LOOP_WORDS.has(t.text) || SETOR.has(t.key) || TAKEN.has(t.key) || t.key === 'per' || (t.info === null && t.text.startsWith('per'));
}
/** Units of weight and volume: an ingredient bought by them may be used up, not sold. */
const WEIGHED = new Set(['kg', 'kilo', 'ons', 'gram', 'gr', 'liter', 'ltr', 'l']);
/** What may follow a sold-out word at the end of its clause: "abis semua", "ludes semuanya", "entek kabeh", "beak sadayana". */
const ALL_GONE = new Set(['semua', 'semuanya', 'smua', 'smw', 'kabeh', 'kabèh', 'sadayana', 'sadaya', 'sadonyo', 'tuntas', 'total',
  'bersih', 'alhamdulillah', 'alhamdulilah', 'lho', 'loh', 'dong', 'deh', 'nih', 'bu', 'mbak', 'kak', 'hari', 'ini', 'hr', 'td', 'tadi',
  'sudah', 'udah', 'udh', 'sdh', 'dah', 'wis', 'wes', 'mi', 'ji', 'pisan', 'banget', 'bgt',
  // Manado "so" (already: "so abis"), "suda"; Betawi "kagak nyisa" is two words (not read).
  'so', 'suda', 'lah']);
/** Words that name money or what money pays for: "uang habis 50rb", "modal abis 200rb" are spent. */
const MONEY_GONE = new Set(['uang', 'duit', 'doku', 'modal', 'saldo', 'kas', 'dana', 'gaji', 'tabungan', 'anggaran', 'budget', 'ongkos',
  'biaya', 'stok', 'stock', 'persediaan', 'bahan', 'kuota', 'paket']);
/** Words that mark the amount's purpose or the buying: "habis 80rb buat ongkos", "abis 30rb beli gas". */
const SPENT_ON = new Set(['buat', 'utk', 'untuk', 'bwt', 'bt', 'beli', 'belanja', 'bayar', 'byr', 'ke', 'di']);
/** Goods she uses up rather than sells: "habis 3 tabung gas @22rb" is no sale. */
const USED_UP = new Set(['gas', 'elpiji', 'lpg', 'bensin', 'solar', 'pertalite', 'minyak', 'token', 'listrik', 'air', 'plastik',
  'kresek', 'galon', 'rokok', 'pulsa', 'kuota', 'tabung']);
/** The same lists for a sold-out word heading a priced list (sold-out-heading.ts). */
const HEADING_WORDS: SoldOutWords = { soldOut: SOLD_OUT, allGone: ALL_GONE, moneyGone: MONEY_GONE, spentOn: SPENT_ON, usedUp: USED_UP };

/**
 * "abis 30 bungkus kacang @2rb", "habis 20 porsi @10rb": opening the message, then a count and
 * a price each, the goods sold out — a sale. Not with goods she uses up (gas, fuel, plastic
 * bags), and not "habis 50rb" (money spent) or "abis beli …" (after buying).
 */
function soldOutCount(tokens: readonly Token[], i: number): boolean {
  if (tokens.slice(0, i).some((t) => t.type === T_WORD || t.type === T_NUM)) return false;
  const n = tokens[i + 1];
  if (n === undefined || n.type !== T_NUM || !n.num?.plain) return false;
  for (let j = i + 2; j < tokens.length && j <= i + 6; j++) {
    const t = tokens[j] as Token;
    if (t.type === T_PUNCT && t.text === '@') return true;
    if (t.type !== T_WORD || USED_UP.has(t.key) || (t.f & (F_SCALE | F_SLANG)) !== 0) return false;
  }
  return false;
}

/**
 * The goods before a sold-out word: a word she may sell (no verb, money, used-up good or input).
 * With her takings said after it (`received`), an input is goods she sells too: "tempe entek, entuk 95 ewu".
 */
function goodsBefore(tokens: readonly Token[], i: number, received = false): boolean {
  let words = 0;
  const from = clauseStart(tokens, i);
  for (let j = from; j < i; j++) {
    const t = tokens[j] as Token;
    if (t.type !== T_WORD) continue;
    if (MONEY_GONE.has(t.key) || USED_UP.has(t.key) || (t.f & (F_SALE | F_EXPENSE | F_SCALE | F_SLANG)) !== 0) return false;
    words++;
  }
  const prev = tokens[i - 1];
  if (words === 0 || prev === undefined) return false;
  // "tepung habis 2 kg" is flour used up in her kitchen, not sold.
  const goods = tokens.slice(from, i).filter((t) => t.type === T_WORD && (t.f & F_FILLER) === 0).map((t) => t.text).join(' ');
  return received || inputKind(goods) === null;
}

/** Where the clause of token i begins: after a new line, a comma or a semicolon ("laku kue 100rb, gorengan habis …"). */
function clauseStart(tokens: readonly Token[], i: number): number {
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j] as Token;
    if (t.type === T_NL || (t.type === T_PUNCT && (t.text === ',' || t.text === ';'))) return j + 1;
  }
  return 0;
}

/** Where the line of token i ends. */
function clauseEnd(tokens: readonly Token[], i: number): number {
  for (let j = i + 1; j < tokens.length; j++) if ((tokens[j] as Token).type === T_NL) return j;
  return tokens.length;
}

/** A plain count at token j, not the start of an amount ("60 biji", "25", not "60rb", "60 ribu"). */
function countAt(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (t === undefined || t.type !== T_NUM || !t.num?.plain) return false;
  const n = tokens[j + 1];
  return n === undefined || n.type !== T_WORD || (n.f & (F_SCALE | F_SLANG)) === 0;
}

/** A price each anywhere after token i: "@1rb", "3rb satunya", "seribuan", "2rb an", "x 2rb". */
function eachAfter(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.type === T_NL) return false;
    if (t.type === T_PUNCT && t.text === '@') return true;
    if (t.type !== T_WORD) continue;
    if ((t.f2 & G_EACH) !== 0 || t.key === 'x' || t.text === 'an' || /(?:ribu|rb|rebu|ratus|ewu)an$/.test(t.text)) return true;
  }
  return false;
}

/** Any amount with a scale after token i ("80rb", "80 ribu", "goceng"). */
function moneyAfter(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.type === T_NL) return false;
    if (t.type === T_NUM && !t.num?.plain) return true;
    if (t.type === T_WORD && (t.f & (F_SCALE | F_SLANG)) !== 0) return true;
  }
  return false;
}

/**
 * Goods she sells, named before the sold-out word. With a count and a price each ("gorengan
 * habis 60 biji seribuan", "donat abis 25 biji, 3rb satunya", "bakwan 50 biji habis, seribuan")
 * or a count and no amount ("gorengan habis 60 biji": how much is asked) they sold out: 'sure'.
 * With an amount and no price each ("gorengan habis 80rb", "kerupuk habis 10 bungkus 50rb"):
 * her takings, or what she spent on them? Read as the sale and asked: 'unsure'. A purpose or a
 * buying word after it ("… habis 80rb buat ongkos") is money spent: null, as is anything else.
 */
function soldOutGoods(tokens: readonly Token[], i: number): 'sure' | 'unsure' | null {
  const priced = pricedGoodsGone(tokens, i);
  if (priced !== undefined) return priced;
  const counted = countAt(tokens, i + 1) || countAt(tokens, i - 1) || countAt(tokens, i - 2);
  const from = clauseStart(tokens, i);
  const to = clauseEnd(tokens, i);
  let first = i;
  for (let j = from; j < i; j++) if ((tokens[j] as Token).type === T_NUM) { first = j; break; }
  const received = receivedBeforeMoney(tokens, i);
  if (!goodsBefore(tokens, first, received)) return null;
  if (tokens.some((t, j) => j > i && j < to && t.type === T_WORD && (SPENT_ON.has(t.key) || ((t.f & F_EXPENSE) !== 0 && !SOLD_OUT.has(t.text))))) return null;
  if (counted && (eachAfter(tokens, i) || !moneyAfter(tokens, i))) return 'sure';
  // "kukis so abis, dapa doi 120 rebu", "gorengan habis, uangnya 80rb": the money after is what
  // the goods brought in, said with a received word — her takings, not money spent on them.
  if (received && moneyAfter(tokens, i)) return 'sure';
  return moneyAfter(tokens, i) ? 'unsure' : null;
}

/**
 * "bayam 20 ikat @2rb abis semua", "kue 30 biji @2rb habis terjual", "tahu bulat 100 biji @500
 * beak": her goods counted at a price each, then a sold-out word closing the clause (nothing
 * after it but "semua" and the like, or a selling verb). Goods priced one by one and all gone
 * are goods sold: nobody writes the price each of what she used up in her kitchen that way —
 * except what is almost only bought to cook with or pack ("tepung 5kg @12rb habis", "plastik
 * 3 pak @5rb abis": carried-kind.ts costGoods), asked ('unsure'). Fuel and gas used up
 * ("gas 3 tabung @22rb abis") and money spent stay as they were (null). undefined: not this shape.
 */
function pricedGoodsGone(tokens: readonly Token[], i: number): 'sure' | 'unsure' | null | undefined {
  const from = clauseStart(tokens, i);
  let count = -1;
  let each = false;
  for (let j = from; j < i; j++) {
    const t = tokens[j] as Token;
    if (count < 0 && countAt(tokens, j)) count = j;
    else if (count >= 0 && ((t.type === T_PUNCT && t.text === '@') || (t.type === T_WORD && ((t.f2 & G_EACH) !== 0 || t.key === 'x')))) each = true;
  }
  if (count < 0) return undefined;
  // The sold-out word right after the goods' price ("… @2rb abis", "… @2rb udah ludes"), not
  // after other words ("… 45rb bayar nanti abis gajian": "after payday").
  for (let j = i - 1; j > count; j--) {
    const t = tokens[j] as Token;
    if (t.type === T_NUM || (t.type === T_WORD && (t.f & (F_SCALE | F_SLANG | F_UNIT)) !== 0)) break;
    if (t.type === T_WORD && !ALL_GONE.has(t.key) && !ALL_GONE.has(t.text)) return undefined;
  }
  // "bayam 20 ikat 40rb abis semua": a count and a total, then all gone — sold for that, most
  // likely, but "habis 40rb" is also money spent: read as the sale and asked.
  if (!each && !tokens.slice(count + 1, i).some((t) => (t.type === T_NUM && !t.num?.plain) || (t.type === T_WORD && (t.f & (F_SCALE | F_SLANG)) !== 0))) return undefined;
  const to = clauseEnd(tokens, i);
  /** A word after the sold-out word that is none of "semua", a selling verb or a day: the reading is asked. */
  let other = false;
  for (let j = i + 1; j < to; j++) {
    const t = tokens[j] as Token;
    if (t.type === T_PUNCT) {
      if (t.text === ',' || t.text === ';') break;
      continue;
    }
    if (t.type !== T_WORD) return undefined;
    // "… habis buat makan", "… abis beli gas": spent — left to the readers below.
    if (SPENT_ON.has(t.key) || MONEY_GONE.has(t.key) || ((t.f & F_EXPENSE) !== 0 && !SOLD_OUT.has(t.text))) return undefined;
    if ((t.f & (F_SCALE | F_SLANG)) !== 0) return undefined;
    // ("… abis semua alhamdulillah laris", "… ludes tadi pagi".)
    if ((t.f & (F_SALE | F_DATE)) !== 0 || ALL_GONE.has(t.key) || ALL_GONE.has(t.text)) continue;
    other = true;
  }
  const words: string[] = [];
  for (let j = from; j < count; j++) {
    const t = tokens[j] as Token;
    if (t.type !== T_WORD) continue;
    if (MONEY_GONE.has(t.key) || USED_UP.has(t.key) || (t.f & (F_SALE | F_EXPENSE)) !== 0) return null;
    if ((t.f & F_FILLER) === 0) words.push(t.text);
  }
  if (words.length === 0) return undefined;
  // "telur 5kg @27rb habis", "bawang 2kg @30rb habis": an ingredient by the kilo or litre is as
  // likely her kitchen's stock used up: asked. By the bunch, piece or pack it is goods sold.
  const goods = words.join(' ');
  const unit = tokens[count + 1];
  const byWeight = unit !== undefined && unit.type === T_WORD && WEIGHED.has(unit.key) && inputKind(goods) === 'ingredient';
  // Only goods known to be her wares sell out: nappies, feed, medicine or anything not known
  // ("pampers 2 pack @45rb habis", "pakan ayam 2 karung @350rb habis") may be used up: asked.
  return each && !other && !byWeight && !costGoods(goods) && knownWares(words) ? 'sure' : 'unsure';
}

/** Words that say the money came in: "dapat" (and the regional words read as it), "hasilnya", "uangnya". */
const RECEIVED_MONEY = new Set(['dapat', 'hasil', 'uangnya', 'duitnya', 'doina', 'entuk', 'entuke', 'oleh', 'olehe', 'meunang', 'meunangna',
  'terima', 'masuk']);

/** A received word between the sold-out word at i and the first amount after it (a count may stand between: "abis 50 biji, dapet 100rb"). */
function receivedBeforeMoney(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.type === T_NUM && countAt(tokens, j)) continue;
    if (t.type === T_NL || t.type === T_NUM || (t.type === T_WORD && (t.f & (F_SCALE | F_SLANG)) !== 0)) return false;
    if (t.type === T_WORD && RECEIVED_MONEY.has(t.key)) return true;
  }
  return false;
}

/** What she hands the bot after "setor": her notes or report, not money. */
const REPORTED = new Set(['catatan', 'catetan', 'cttn', 'laporan', 'lapran', 'rekap', 'rekapan', 'data', 'pembukuan']);

/** "abis itu", "habis itu", "hbs itu": "after that" (not Minang "abih" nor the other sold-out words). */
const AFTER_THAT = new Set(['abis', 'habis', 'hbs']);

/** Token i follows a line break, a comma, a semicolon or a full stop: it opens a clause or a sentence. */
function afterBreak(tokens: readonly Token[], i: number): boolean {
  const p = tokens[i - 1];
  return p !== undefined && (p.type === T_NL || (p.type === T_PUNCT && (p.text === ',' || p.text === ';' || p.text === '.')));
}

/** An amount stands before token i in the message (the story has told one already). */
function amountBefore(tokens: readonly Token[], i: number): boolean {
  for (let j = 0; j < i; j++) if (moneyNext(tokens[j], tokens[j + 1])) return true;
  return false;
}

/** After the opening "abis"/"habis": words that say money went out, or "after that" (chain-parts.ts). */
const NOT_DONE = new Set(['itu', 'tu', 'itu2', 'gitu']);

/** Nothing said before token i in its clause. */
function opensClause(tokens: readonly Token[], i: number): boolean {
  return !tokens.slice(clauseStart(tokens, i), i).some((t) => t.type === T_WORD || t.type === T_NUM);
}

/**
 * "abis 20 bungkus dapat 100rb" (sold out), "hbs anter pesanan dapat 50rb", "abis ngojol 5 trip
 * dapet 120rb" (after the work): the opening "abis"/"habis"/"hbs", then a count or a verb, then a
 * received word before the money — the money came in: a sale, never money spent. "habis 40rb
 * buat ongkos" has its money first; "abis beli gula …" and "abis itu …" are left to their readers.
 */
function soldOrDoneThenGot(tokens: readonly Token[], i: number): boolean {
  if (!opensClause(tokens, i)) return false;
  const n = tokens[i + 1];
  if (n === undefined) return false;
  if (n.type === T_WORD) {
    if (NOT_DONE.has(n.key) || RECEIVED_MONEY.has(n.key) || MONEY_GONE.has(n.key) || USED_UP.has(n.key) || SPENT_ON.has(n.key) ||
      (n.f & (F_EXPENSE | F_SCALE | F_SLANG)) !== 0) return false;
  } else if (!countAt(tokens, i + 1)) return false;
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.type === T_WORD && RECEIVED_MONEY.has(t.key)) break;
    if (t.type === T_WORD && (USED_UP.has(t.key) || MONEY_GONE.has(t.key) || (t.f & F_EXPENSE) !== 0)) return false;
  }
  return receivedBeforeMoney(tokens, i);
}

/** "semuanya", "semua", "total": all of what was listed. */
const ALL_OF_IT = new Set(['semuanya', 'semua', 'smua', 'total', 'totalnya', 'semuanye', 'kabeh']);

/**
 * The sold-out word at i between "semuanya" and money, in a message that bought before it ("belanja …
 * semuanya abis gocap"): the total spent. Selling words anywhere leave it to the readers below.
 */
function spentInAll(tokens: readonly Token[], i: number): boolean {
  if (!ALL_OF_IT.has(tokens[i - 1]?.key ?? '') || !moneyNext(tokens[i + 1], tokens[i + 2])) return false;
  let bought = false;
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.type !== T_WORD || SOLD_OUT.has(t.text)) continue;
    if ((t.f & F_SALE) !== 0 && (t.f & F_EXPENSE) === 0) return false;
    if (j < i && (t.f & F_EXPENSE) !== 0) bought = true;
  }
  return bought;
}

/** Money starts at t: "gocap", "50rb", "50 ribu". */
function moneyNext(t: Token | undefined, n: Token | undefined): boolean {
  if (t === undefined) return false;
  if (t.type === T_WORD) return (t.f & F_SLANG) !== 0;
  return t.type === T_NUM && (!t.num?.plain || (n !== undefined && n.type === T_WORD && (n.f & F_SCALE) !== 0));
}

/** Sold-out words the message did not settle: the record asks sale or expense. */
const UNSURE_SOLD = new WeakSet<Token>();

/** Only a sold-out word is ever kept as unsure: absent, there is nothing to look for (triggers.ts). */
const T_SOLD_OUT = trigger(SOLD_OUT);

/** A sold-out word read as a sale but not sure: "gorengan habis 80rb". */
export function unsureSoldOut(a: Analysis): boolean {
  return present(a, T_SOLD_OUT) && a.tokens.some((t) => UNSURE_SOLD.has(t));
}

/** Everyday words that begin with "per" and say nothing of a price. */
const PER_WORDS = new Set(['permen', 'pergi', 'pernah', 'perlu', 'perlunya', 'persis', 'pertama', 'permisi', 'perut', 'perempuan', 'percaya',
  'perhatian', 'perasaan', 'periksa', 'perbaiki', 'perumahan', 'persediaan', 'pertamina', 'pertamax', 'perusahaan', 'peralatan',
  'perlengkapan', 'persiapan', 'perjalanan', 'pergantian', 'perbaikan', 'perawatan', 'perkiraan', 'pertemuan',
  // a tailor's alterations ("+35k permak"): her work, not a price per anything
  'permak', 'permakan', 'permak2an']);

/**
 * "150rb perdus2", "20rb perkeping": a "per…" word right after an amount that no reader knows
 * (nor the thing counted, which the pass above splits off). It says the amount is a price
 * for one of something not understood: the record asks rather than keep it as a total.
 */
export function unreadPerWord(a: Analysis): boolean {
  return a.tokens.some((t, i) => t.type === T_WORD && t.info === null && t.text.length >= 5 && t.text.startsWith('per') &&
    !PER_WORDS.has(t.text) && moneyEnds(a, i - 1));
}

/** Money (not a count) ends at token i: "20rb", "dua puluh ribu", "Rp5.000". */
function moneyEnds(a: Analysis, i: number): boolean {
  const ex = i >= 0 ? a.nums[a.numIn[i] as number] : undefined;
  return ex !== undefined && ex.end === i + 1 && ex.rupiah !== null && (ex.strength !== S_PLAIN || ex.rupiah >= 1000);
}

/** `word` was counted before token `end`: "2 drum", "3 polybag" (what "perdrum" is per). */
function countedBefore(tokens: readonly Token[], end: number, word: string): boolean {
  const stem = word.endsWith('nya') ? word.slice(0, -3) : word;
  for (let i = 1; i < end; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_WORD && t.text === stem && (tokens[i - 1] as Token).type === T_NUM) return true;
  }
  return false;
}

/**
 * `tukar` words the message did not make a purchase. Kept by token (the readers' views share
 * the token objects), so a retagged "tukar" is still known to be a guess.
 */
const UNSURE = new WeakSet<Token>();

/** Only a `tukar` word is ever kept as unsure: absent, there is nothing to look for (triggers.ts). */
const T_TUKAR = trigger(TUKAR);

/** A `tukar` the message did not make a purchase: bought or exchanged? The record asks. */
export function unsureBuyVerb(a: Analysis): boolean {
  return present(a, T_TUKAR) && a.tokens.some((t) => UNSURE.has(t));
}

/**
 * An exchange word with the `tukar` at i: anywhere in the message ("uang 100rb tukar receh"), but after a
 * purpose word right before it only after it — "duit bajual … hagan tukar baras" buys rice; the money
 * named before is what paid, not what was swapped.
 */
function exchangeSaid(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev === undefined || prev.type !== T_WORD || prev.key !== 'untuk') return has(tokens, EXCHANGE, i);
  return tokens.some((t, j) => j > i && t.type === T_WORD && (EXCHANGE.has(t.text) || EXCHANGE.has(t.key)));
}

/** A refill right after the `tukar` at i ("tukar gas", "tukar air galon"), then money or a count. */
function refillNext(tokens: readonly Token[], i: number): boolean {
  let j = i + 1;
  if (BEFORE_REFILL.has(tokens[j]?.key ?? '')) j++;
  const t = tokens[j];
  return t !== undefined && t.type === T_WORD && REFILLS.has(t.key) && tokens.some((n, k) => k > j && n.type === T_NUM);
}

/** Another of the Sasak words of two meanings beside the one at i: "tiang ndek jari beli" (I did not buy) is Sasak throughout. */
function twoSasak(tokens: readonly Token[], i: number): boolean {
  const word = (tokens[i] as Token).text;
  return tokens.some((t, j) => j !== i && t.type === T_WORD && t.text !== word && SASAK_TWO.has(t.text));
}

/** The result words after "kali 6": "jadi", "=", and the Sasak "jari" (never a finger between a count and money). */
const RESULT_SAID = new Set(['jadi', 'jd', 'jdi', 'dadi', 'jari', '=']);

/** A plain count after the "kali" at i, then a result word and money: "kali 6 jadi 30rb". */
function countThenResult(tokens: readonly Token[], i: number): boolean {
  const n = tokens[i + 1];
  const r = tokens[i + 2];
  return n !== undefined && n.type === T_NUM && n.num?.plain === true && r !== undefined && (RESULT_SAID.has(r.key) || RESULT_SAID.has(r.text)) &&
    moneyNext(tokens[i + 3], tokens[i + 4]);
}

/** Gives a word the reading of one the lexicon may not hold ("jari" as "jadi"): its key and roles, or none. */
function readAs(t: Token, as: string): void {
  const info = lookupWord(as);
  if (info !== null) retag(t, as);
  else {
    t.key = as;
    t.info = null;
    t.f = 0;
    t.f2 = 0;
  }
}

/** "tukar minyak goreng gasan bajual …": the goods are for her trade, so she bought them. */
function forTrade(tokens: readonly Token[], from: number): boolean {
  for (let i = from + 1; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || t.key !== 'untuk') continue;
    const n = tokens[i + 1] as Token;
    if (n.type === T_WORD && (n.f & F_SALE) !== 0 && (n.f & F_WEAK) === 0) return true;
  }
  return false;
}

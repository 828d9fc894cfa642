/**
 * Someone buying from her: "ono tonggo teko tuku jamu 4 botol" (Javanese: a neighbour came and
 * bought), "tetangga beli 3 bungkus @5rb", "ada yang beli 2 kerudung 180rb". A buying verb
 * whose subject is a buyer is her sale, never her expense. Only with the buyer right before
 * the verb (a coming word between is allowed): "beli ke tetangga" is her buying.
 *
 * "The one who bought" names the buyer too (who-bought.ts): "ingkang mundhut batik tulis
 * setunggal, regine 350 ewu", "yang beli 2 kerudung 150rb", "nu meuli kueh 5 bungkus".
 */
import type { Analysis } from './analyze.ts';
import { T_NUM, T_WORD, type Token } from './lexer.ts';
import { RESELLERS } from './resellers.ts';
import { CROWD_BUYERS, TAKER_TITLES } from './takers.ts';
import { F_DATE, F_DURATION, F_FILLER, F_NUMWORD, F_SCALE, F_SLANG, F_UNIT, G_HONORIFIC, G_ITEM_FILLER } from './word-roles.ts';
import { present, trigger } from './triggers.ts';
import { asSaleWord, withTokens } from './token-rewrite.ts';
import { namesBuyer, SELF, WHO } from './who-bought.ts';
import { countedBuyers, ownPeopleBuy } from './people-count.ts';

// (Krama "mundhut", Sundanese "ngagaleuh", "meser", "mareuli", and "borong" — buying all of it — too.)
// (Eastern "bali" — Ambon, Minang — too: "dong bali 2 papeda".)
const BUY = new Set(['beli', 'nukar', 'membeli', 'tuku', 'nuku', 'tumbas', 'meuli', 'mbeli', 'mambali', 'mundhut', 'mundut', 'ngagaleuh',
  'mareuli', 'borong', 'mborong', 'ngeborong', 'memborong', 'bali']);
/** Buyers as the subject: a neighbour, a customer, "someone" ("ada yang", Javanese "ono sing"). */
const BUYER = new Set(['tetangga', 'pembeli', 'pelanggan', 'langganan', 'konsumen', 'customer', 'yang',
  'nan', ...CROWD_BUYERS, ...RESELLERS]);
/** Words that may stand between the buyer and the verb: came, already. */
const BETWEEN = new Set(['teko', 'teka', 'datang', 'dateng', 'dtg', 'sudah', 'udah', 'wis', 'dah', 'tadi', 'pada', 'pd', 'rame',
  'rame-rame', 'ramai-ramai', 'podo', 'padha', 'sami', 'sampun', 'geus', 'alah',
  // eastern Malay: "so"/"su" (already), "pi"/"pigi" (goes), "ada" and "ma" before a verb in progress
  'so', 'pi', 'pergi', 'ada', 'ma']);
/**
 * Eastern "they" as the subject ("dorang babeli ikan", Ambon and Papua "dong bali 2 papeda"): other people buying,
 * her buyers. "dong" only where it opens her clause: after a verb it is the Jakarta particle ("beli dong").
 */
const THEY = new Set(['dorang', 'dong']);
/** "babeli di sa", "beli pa kita", "beli dari beta": bought from her, so the buyer is someone else. */
const FROM = new Set(['di', 'dari', 'dr', 'pa', 'ke']);
/**
 * Her (and her house as the seller), in the regions' words: Papuan "sa", Ambon "beta", Manado "kita", "torang".
 * (Not Arabic "ana" nor Sundanese "abdi": both are names too — "beli kue di Ana 30rb" is bought at Ana's.)
 */
const SELLER_ME = new Set(['saya', 'sy', 'aku', 'ak', 'sa', 'beta', 'kita', 'kami', 'tong', 'ane', 'awak',
  'gue', 'gw']);
/** "di kita pe tetangga", "ke sa pu rumah", "dari saya punya kios": her someone or something, not her. */
const OWNS = new Set(['pe', 'pu', 'pung', 'punya', 'puny', 'pny', 'po']);
/**
 * Carrying the goods to her: "beli galon antar ke saya", "beli beras kirim ke kami", "dikirim ke aku": what she
 * bought came to her, so a "ke saya" after it is where it went, not whom it was bought from.
 */
const BROUGHT = new Set(['kirim', 'dikirim', 'kirimin', 'dikirimin', 'kirimkan', 'dikirimkan', 'antar', 'diantar', 'anter', 'dianter',
  'anterin', 'dianterin', 'antarkan', 'diantarkan', 'bawa', 'dibawa', 'bawain', 'dibawain', 'bawakan', 'pulang', 'sampai', 'sampe',
  'nyampe', 'ongkir', 'cod']);
/**
 * "ibu-ibu pada beli", "bocah-bocah podo tuku": the plural marker "pada" (Javanese "podo") before
 * the verb has several people as the subject — buyers, not her.
 */
const PLURAL_DOERS = new Set(['pada', 'pd', 'podo', 'padha', 'rame-rame', 'ramai-ramai']);
/** Her own people: "anak-anak pada beli jajan" is the household spending, not buyers. */
const HOUSEHOLD = new Set(['kami', 'kita', 'anak', 'anak-anak', 'anakku', 'anak2', 'bocah-bocah', 'cah', 'krucil', 'suami',
  'suamiku', 'keluarga', 'adik', 'adek', 'kakak', 'barudak', 'murangkalih']);
/** Her own goods as the object: "beli jamu saya", "tuku daganganku", "meuli kueh abdi". */
const MINE = new Set(['saya', 'sy', 'aku', 'gue', 'gw', 'abdi', 'awak', 'daganganku', 'jualanku', 'buatanku', 'produkku']);
/** Words that cannot stand between the verb and "saya" in "beli <goods> saya": "beli gula buat saya". */
const NOT_GOODS = new Set(['buat', 'untuk', 'utk', 'ke', 'sama', 'sm', 'dari', 'dengan', 'dgn', 'bareng', 'kalo', 'kalau',
  'ka', 'ti', 'yang', 'yg', 'punya']);

/** "beli jamu saya", "tuku daganganku": her goods, one or two words after the buying verb. */
function buysHerGoods(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + 3; j++) {
    const u = tokens[j] as Token;
    if (u.type !== T_WORD || NOT_GOODS.has(u.key)) return false;
    // ("yang beli benang saya sendiri": she bought it herself.)
    if (MINE.has(u.key) && SELF.has((tokens[j + 1] as Token | undefined)?.key ?? '')) return false;
    if (MINE.has(u.key)) return u.key === 'saya' || u.key === 'sy' || u.key === 'aku' || u.key === 'gue' || u.key === 'gw' ||
      u.key === 'abdi' || u.key === 'awak' ? j > i + 1 : true;
  }
  return false;
}
/**
 * Titles before a name, beyond the lexicon's honorifics, that only count right before a name:
 * Balinese "Men"/"Pan" (mother/father of), Sundanese "teh"/"mang"/"bi"/"wa", Bugis-Makassar "Daeng"
 * is an honorific already. ("teh" alone is tea: only a title when a name and the buying verb follow.)
 */
const NAME_TITLES = new Set([...TAKER_TITLES, 'men', 'pan', 'nang', 'luh', 'mang', 'bi', 'wa', 'uwa', 'engku', 'ni', 'kang',
  // Manado, Ambon, Gorontalo, Sasak, Papua (payer-head.ts's words of address): "opa Jan babeli ikan"
  'opa', 'oma', 'nene', 'tete', 'inaq',
  // Riau and Malay "Wan" (a Malay-Arab lady or lord: "Wan Siti beli 2 kerudung"), "Datuk"/"Datok", "Tok"/"Atok"
  // (an elder), Bugis "Andi" (nobility), Sumba and Flores "Ama"/"Ina" (father, mother), Javanese "Nyai", "Ning".
  'datuk', 'datok', 'tok', 'atok', 'andi', 'ama', 'ina', 'nyai', 'ning']);
/**
 * Titles that are also everyday words: "teh" (tea: "teh pucuk", "teh poci"), Balinese "pan" (a frying
 * pan: "pan teflon"), "men", "nang" (to), "ni" (this), "wa" (WhatsApp), "bi", "mang", "pace" (noni).
 * Before a word no list knows, "teh Euis meuli" and "teh pucuk beli" are written alike: the buyer
 * is not read from them, and the buying verb loses its expense meaning so the kind is asked.
 */
const TITLE_HOMOGRAPHS = new Set(['teh', 'pan', 'men', 'nang', 'ni', 'wa', 'bi', 'mang', 'pace',
  // "ama" is chat for "sama" (with), Javanese "ning" is "at", "tok" is "only": asked before an unknown word.
  'ama', 'ning', 'tok']);

/** Balinese birth-order names: after "Men"/"Pan" they are a person ("Pan Wayan", "Men Putu"), never a thing. */
const BALI_NAMES = new Set(['wayan', 'made', 'nyoman', 'komang', 'ketut', 'putu', 'kadek', 'gede', 'nengah', 'iluh', 'gusti']);
/**
 * The goods named right after the buying verb ("teh Nining meser kerupuk"): then the words before the verb
 * are the buyer, not the thing bought. A count, a unit, an amount or "buat …" names no goods ("teh pucuk
 * beli 5 dus": the tea was bought).
 */
function goodsAfter(tokens: readonly Token[], i: number): boolean {
  const u = tokens[i + 1];
  return u !== undefined && u.type === T_WORD && (u.f & (F_UNIT | F_FILLER | F_NUMWORD | F_SCALE | F_SLANG | F_DURATION)) === 0 &&
    (u.f2 & G_ITEM_FILLER) === 0;
}

/** Her giving the change ("aku kembaliin 35rb", "kembalian 35rb", Javanese "susuk"): she sold. */
const CHANGE = new Set(['kembalian', 'kembaliannya', 'kembaliin', 'kembaliinnya', 'ngembaliin', 'susuk', 'susuke', 'susukane', 'usuk',
  'angsul', 'angsulan', 'change']);

/**
 * Titles read as "and"/"with" elsewhere (Banjar "wan" → "dan", chat "ama" → "sama"): opening the message or
 * a clause, nothing stands before them to join, so "Wan Siti beli 2 kerudung" names Wan Siti.
 */
const JOINER_TITLES = new Set(['wan', 'ama']);
function joinerTitleAtHead(tokens: readonly Token[], i: number): boolean {
  return JOINER_TITLES.has((tokens[i] as Token).text) && (i === 0 || tokens[i - 1]?.type !== T_WORD);
}

/**
 * A titled name as the buyer ("Men Komang meli jaja", "teh Euis meuli 5 bungkus", "acil Imah manukar"):
 * a title and a word the lexicon does not know (a name) right before the verb. A title alone ("mbak tadi
 * beli …") is a buyer only when she gives the change in the message ("…, aku kembaliin 35rb"): alone it
 * may be whom she writes to ("kak, tadi beli gula 20rb").
 */
function titledBuyer(tokens: readonly Token[], j: number): boolean {
  const who = tokens[j] as Token;
  const title = tokens[j - 1];
  if (who.type === T_WORD && who.info === null && who.key.length >= 2 && title !== undefined && title.type === T_WORD &&
    ((title.f2 & G_HONORIFIC) !== 0 || NAME_TITLES.has(title.key) || joinerTitleAtHead(tokens, j - 1))) return true;
  return who.type === T_WORD && ((who.f2 & G_HONORIFIC) !== 0 || NAME_TITLES.has(who.key)) && (j === 0 || tokens[j - 1]?.type !== T_WORD) &&
    tokens.some((t) => t.type === T_WORD && CHANGE.has(t.text));
}

/** An errand given to her: "titip beli gula ke saya" is someone's shopping she does, not a purchase from her. */
const ERRAND = new Set(['titip', 'nitip', 'titipan', 'dititipi', 'dititipin', 'minta', 'nyuruh', 'disuruh', 'suruh']);

/** "… babeli kue di beta", "… beli pa kita": a from-word and her, after the verb in its clause. */
function boughtFromHer(tokens: readonly Token[], i: number): boolean {
  if (ERRAND.has(tokens[i - 1]?.key ?? '')) return false;
  for (let j = i + 1; j + 1 < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.type !== T_WORD && t.type !== T_NUM) return false;
    if (t.type === T_WORD && (BROUGHT.has(t.key) || BROUGHT.has(t.text) || ERRAND.has(t.key))) return false;
    if (t.type === T_WORD && FROM.has(t.key) && SELLER_ME.has((tokens[j + 1] as Token).key) && !OWNS.has(tokens[j + 2]?.key ?? '')) return true;
  }
  return false;
}

/** Going to buy ("dorang pi beli"), or buying at a place not hers ("dorang babeli ikan di pasar"): not from her. */
const GOING = new Set(['pi', 'pergi', 'ke']);
function wentElsewhere(tokens: readonly Token[], j: number, i: number): boolean {
  for (let k = j + 1; k < i; k++) if (GOING.has((tokens[k] as Token).key)) return true;
  for (let k = i + 1; k + 1 < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.type !== T_WORD && t.type !== T_NUM) return false;
    if (t.type === T_WORD && FROM.has(t.key) && (tokens[k + 1] as Token).type === T_WORD && !SELLER_ME.has((tokens[k + 1] as Token).key)) return true;
  }
  return false;
}

/** "dong" opens her clause: the message's start, or after a line, a punctuation mark or a day word. */
function opensClause(tokens: readonly Token[], j: number): boolean {
  const prev = tokens[j - 1];
  return prev === undefined || prev.type !== T_WORD || (prev.f & F_DATE) !== 0;
}

/** Before "yang" / "sing" / "nu": "ada yang beli", "ono sing tuku", "aya nu meuli". */
const SOMEONE = new Set(['ada', 'ono', 'aya', 'enek', 'ado']);

const T_BUY = trigger(BUY);
/** A view in which a buyer's buying verb is a sale; null when there is none. */
export function buyerBuys(a: Analysis): Analysis | null {
  if (!present(a, T_BUY)) return null;
  const { tokens } = a;
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || !BUY.has(t.key)) continue;
    // Bought from her, whoever the buyer ("babeli kue di sa 25rb", "dorang babeli ikan pa kita"): her sale.
    if (boughtFromHer(tokens, i)) {
      out ??= tokens.slice();
      out[i] = asSaleWord(t);
      continue;
    }
    // "kami 3 orang beli makan", "karyawan 2 org beli makan": she and her staff buying, not buyers.
    if (i === 0 || ownPeopleBuy(tokens, i)) continue;
    let j = i - 1;
    while (j > 0 && BETWEEN.has((tokens[j] as Token).key)) j--;
    // ("Daeng Baji beli", "bu Ani beli" are read so already; the titled name is for the regions' titles.)
    const who = tokens[j] as Token;
    const plural = tokens.slice(j + 1, i).some((u) => PLURAL_DOERS.has(u.key)) && !MINE.has(who.key) && !HOUSEHOLD.has(who.key);
    // "4 org beli", "wong 3 tuku", "3 uwong tuku": counted people buying are her buyers (people-count.ts).
    const counted = countedBuyers(tokens, i);
    if (!plural && !counted && !buysHerGoods(tokens, i)) {
      const they = THEY.has(who.key) && opensClause(tokens, j) && !wentElsewhere(tokens, j, i);
      if (who.type !== T_WORD || (!BUYER.has(who.key) && !they && !titledBuyer(tokens, j))) continue;
      if (WHO.has(who.key) && !SOMEONE.has(tokens[j - 1]?.key ?? '') && !namesBuyer(tokens, j, i)) continue;
    }
    out ??= tokens.slice();
    // (A homograph title before an unknown word: tea bought, or teh Euis buying? Asked, never guessed.)
    const unsure = !plural && !counted && !buysHerGoods(tokens, i) && !BUYER.has(who.key) && who.info === null && TITLE_HOMOGRAPHS.has(tokens[j - 1]?.key ?? '') &&
      !BALI_NAMES.has(who.key) && !goodsAfter(tokens, i) && !tokens.some((u) => u.type === T_WORD && CHANGE.has(u.text));
    out[i] = unsure ? { ...t, key: t.text, info: null, f: 0, f2: 0 } : asSaleWord(t);
  }
  if (!out) return null;
  return withTokens(a, out);
}

// Without these words it reads nothing (its first test): its caller does not call it (guard-lists.ts says why).
buyerBuys.words = T_BUY;

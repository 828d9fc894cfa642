/**
 * Goods or money in a record that are someone else's, by the message's own words: goods she
 * sells for another on consignment ("jual kue titipan bu Ratna 15 biji @2rb", "titip jualan kue
 * tetangga laku 10, 50rb", "dititipin keripik sama bu Ani"), goods named as another's ("titip
 * jual kain tenun punya mama Ros, laku 500rb", Papuan "kaka pu ikan laku 200rb"), another's
 * takings she holds ("uang jualan bu Darmi aku terima dulu 100rb"), or part of an amount owned
 * by another ("jual ikan dapat 300rb tapi 100rb punya kaka").
 *
 * WHY: each read as her own sale of the whole amount, recorded with confidence. What is hers is
 * only her fee or her share, which she alone knows: the record is asked ('others_goods').
 *
 * Her work on another's things is her takings: "permak celana punya pak RT" names her customer, as
 * work-order-paid.ts reads it.
 *
 * Her own goods left at a shop stay her sales (collected.ts): a place before the person ("titip
 * kue di warung bu Sri", "titipan kue ke kantin") names where the goods are, not whose; so do
 * "dari/ke" a buyer. "aku punya 3 toples", "punya modal" (to have) name no owner, and "tolong
 * catat punya Bu Sumi:" is another intent (behalf.ts).
 */
import type { Analysis } from './analyze.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { isSmallGoods } from './goods-price.ts';
import { FAMILY } from './money-owner.ts';
import { OTHERS, othersTakings } from './other-owner.ts';
import { isServiceWord } from './service-work.ts';
import { present, trigger } from './triggers.ts';
import { G_HONORIFIC } from './word-roles.ts';

/** "punya bu Ani", "milik tetangga", "bagian kaka": the owner follows at once. */
// (… and as the regions say it: Minang "punyo", Javanese "duweke", krama "kagungan": "laku 8 bungkuih 80rb punyo Etek".)
const OWNED_BY = new Set(['punya', 'punyanya', 'punyae', 'punyane', 'punyo', 'punyonyo', 'duweke', 'kagungan', 'milik', 'miliknya', 'kepunyaan', 'bagian', 'bagiannya', 'hak', 'haknya']);
/** Goods left with someone to sell: the owner may follow the goods ("titipan kue bu Ani", "titip jualan kue tetangga"). */
const CONSIGN = new Set(['titip', 'titipan', 'titipane', 'titipannya', 'nitip', 'dititip', 'dititipi', 'dititipin', 'dititipkan', 'titipin',
  'nitipin', 'konsinyasi', 'konsinyasian']);
/** Another's wares or takings: "jualan bu Darmi", "dagangan kaka". */
const WARES = new Set(['jualan', 'jualannya', 'dagangan', 'dagangannya']);
/** Papuan and eastern possessive, owner first: "kaka pu ikan", "mama Ros pu kain". */
const OWNER_FIRST = new Set(['pu', 'punya']);
/** Words that make "dari/sama/oleh" name who left the goods with her: only after a consignment word. */
const LEFT_BY = new Set(['dari', 'dr', 'sama', 'sm', 'oleh', 'ama']);
/** Words before the person that make them a place or a buyer, not the owner: "di warung bu Sri", "ke bu Ani". */
const STOP = new Set(['di', 'ke', 'kepada', 'buat', 'untuk', 'utk', 'bwt', 'dengan', 'dgn', 'pake', 'pakai', 'yg', 'yang', 'laku', 'terjual',
  'jual', 'dijual', 'beli', 'dibeli', 'bayar', 'dibayar', 'tapi', 'tp', 'terus', 'trus', 'lalu', 'dan']);
/** Other people, as owners: OTHERS (friends, neighbours, kin beyond the house) and her household. */
const PEOPLE = new Set([...OTHERS, ...FAMILY, 'kk', 'ka', 'dorang', 'dong', 'beliau', 'ortu', 'tetangga', 'pemiliknya', 'pemilik', 'bos',
  'juragan', 'majikan']);
/** Her household: "dagangan suami", "punya anak" are the family business's, as her family selling is (family-sellers.ts). */
const HOUSEHOLD = new Set(['suami', 'suamiku', 'istri', 'istriku', 'anak', 'anakku', 'cucu', 'menantu', 'keluarga']);
/** Her: "aku punya 3 toples" is to have, not another's. ("kami", "kita" too; Papuan "sa", "kitong", Maluku "beta".) */
const HER = new Set(['saya', 'sy', 'aku', 'ak', 'ku', 'gue', 'gw', 'gua', 'ane', 'kami', 'kita', 'sa', 'beta', 'awak', 'abdi',
  'catat', 'dicatat', 'tolong', 'mohon', 'kalau', 'kalo', 'klo', 'pengen', 'ingin', 'mau', 'andai', 'belum', 'blm', 'udah', 'sudah']);
/** What a person owns that is a debt, not goods: "bu Ani punya utang 50rb" is credit (credit.ts). */
const DEBT = new Set(['utang', 'hutang', 'bon', 'kasbon', 'tunggakan', 'cicilan', 'pinjaman']);

const T_OWNERSHIP = trigger(OWNED_BY, CONSIGN, WARES, OWNER_FIRST);

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.type === T_WORD;
}

/** A person other than her stands at i: a title ("bu", "kaka", "mama"), or another person's word. */
function personAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!isWord(t) || HER.has(t.key) || HOUSEHOLD.has(t.key)) return false;
  return (t.f2 & G_HONORIFIC) !== 0 || PEOPLE.has(t.key) || PEOPLE.has(t.text);
}

/** The owner named after an ownership word at i: at once ("punya bu Ani"), or after the goods for consignment and wares. */
function ownerAfter(tokens: readonly Token[], i: number, reach: number, leftBy: boolean): boolean {
  for (let j = i + 1; j <= i + 1 + reach && j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (!isWord(t)) return false;
    if (t.key === 'nya') continue;
    if (personAt(tokens, j)) return true;
    if (leftBy && LEFT_BY.has(t.key)) continue;
    if (STOP.has(t.key) || LEFT_BY.has(t.key)) return false;
  }
  return false;
}

/**
 * Titles that are also everyday words (buyer-buys.ts): Sundanese "teh" (tea), "ni", "wa", "bi", "mang",
 * Balinese "pan", "men". Before a word no list knows ("teh Ani nitip kue") they are a person's title.
 */
const TITLE_HOMOGRAPHS = new Set(['teh', 'ni', 'wa', 'bi', 'mang', 'pan', 'men', 'ceu', 'acil', 'uni', 'uda', 'kang']);
/** Active verbs of leaving goods to be sold: a name alone before them ("Ani nitip kue") is who left them. */
const LEAVES = new Set(['titip', 'nitip', 'nitipin', 'nitipke', 'nitipne', 'titipin', 'titipkan', 'menitipkan']);

/** Unknown words that open a message but are no name: her "I" misspelt ("sayah", "akuu"), a greeting or a laugh. */
const NOT_A_NAME = /^(say|aku|akk|gue|gua|gw|alham|wk|hah|heh|hih|assal|bism|mas?ya|per(mi|isi))/;

/** A name no list knows at j: letters only, a name's length. */
function nameAt(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  return isWord(t) && t.info === null && t.text.length >= 3 && t.text.length <= 12 && /^[a-z]+$/.test(t.text) && !NOT_A_NAME.test(t.text);
}

/** Where a clause opens: the message's start, a line break or a stop. */
function clauseHead(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j - 1];
  return t === undefined || t.type === T_NL || (t.type === T_PUNCT && t.text !== '-');
}

/** The owner named before an ownership word at i ("kaka pu ikan", "tetangga nitip kue"), not after "dari" (money from them). */
function ownerBefore(tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  // "teh Ani nitip kue", "wa Iyah nitip …": a homograph title before a name.
  if (nameAt(tokens, j) && TITLE_HOMOGRAPHS.has(tokens[j - 1]?.text ?? '')) return true;
  // "Ani nitip kue 20 bks di warung": a name alone opening the clause, the active verb after it.
  // (The goods after the verb, not a place: "kue titip di 3 warung" names the goods first, hers.)
  const goods = tokens[i + 1];
  if (nameAt(tokens, j) && !isSmallGoods((tokens[j] as Token).text) && clauseHead(tokens, j) && LEAVES.has((tokens[i] as Token).key) &&
    isWord(goods) && !AT.has(goods.key) && !STOP.has(goods.key)) return true;
  // "mama Ros pu kain": a name after the title.
  if (isWord(tokens[j]) && !personAt(tokens, j) && personAt(tokens, j - 1) && (tokens[j - 1] as Token).f2 & G_HONORIFIC) j--;
  if (!personAt(tokens, j)) return false;
  const before = tokens[j - 1];
  // "Bu Narti sama Bu Ijah nitip ke saya": "sama"/"dan" between two people joins them — both left
  // goods or takings with her — not "from them" ("dapet 50rb sama bu Ani").
  if (isWord(before) && JOIN.has(before.key) && personBefore(tokens, j - 1)) return true;
  return !(isWord(before) && (LEFT_BY.has(before.key) || STOP.has(before.key)));
}

/** "and" between two people: "Bu Narti sama Bu Ijah", "bu Ani dan bu Sri", "bu Ani ama bu Sri". */
const JOIN = new Set(['sama', 'sm', 'ama', 'dan', 'dgn', 'dengan']);

/** A person right before the joining word at k: a titled name ("Bu Narti") or a person word ("tetangga"). */
function personBefore(tokens: readonly Token[], k: number): boolean {
  if (personAt(tokens, k - 1)) return clauseHead(tokens, k - 1);
  return isWord(tokens[k - 1]) && !personAt(tokens, k - 1) && ((tokens[k - 2]?.f2 ?? 0) & G_HONORIFIC) !== 0 && clauseHead(tokens, k - 2);
}

/** Goods left to be sold, named as such: "barang titipan", "kue konsinyasi" (whose, the word does not say). */
const CONSIGNED = new Set(['titipan', 'titipane', 'titipannya', 'konsinyasi', 'konsinyasian', 'konsinyasinya']);
/** "at"/"to" a place (consign-placed.ts's words). */
const AT = new Set(['di', 'ke', 'nang', 'neng', 'ning', 'ring', 'dr', 'dari']);
/** Where her goods are left to be sold (consign-placed.ts's shops). */
const SHOPS = new Set(['warung', 'toko', 'kantin', 'kios', 'koperasi', 'minimarket', 'lapak', 'kedai', 'cafe', 'kafe', 'warkop', 'lapo',
  'lepau', 'gerai', 'swalayan', 'toserba', 'outlet', 'butik', 'counter', 'konter', 'warungnya', 'tokonya', 'kantinnya', 'pasar', 'sekolah']);
/** Her own shop: "warungku", "warung saya". */
const MINE = new Set(['saya', 'sy', 'aku', 'ak', 'ku', 'gue', 'gw', 'kami', 'kita', 'kulo', 'dewe', 'sendiri']);
/** Her takings of goods she left at shops collected: "narik hasil titipan", "nagih titipan". */
const COLLECT = new Set(['narik', 'tarik', 'ditarik', 'ambil', 'diambil', 'ngambil', 'nagih', 'tagih', 'ditagih', 'hasil', 'hasilnya', 'setor',
  'setoran', 'disetor', 'nyetor']);

/** Her own shop at i: "warungku", "kios saya". */
function herShop(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.text.endsWith('ku') && SHOPS.has(t.text.slice(0, -2))) return true;
  return (SHOPS.has(t.key) || SHOPS.has(t.text)) && MINE.has(tokens[i + 1]?.key ?? '');
}

/** A shop at j that is not hers ("warung bu Sri", "3 warung"), or a titled person ("ke bu Rina"). */
function othersPlaceAt(tokens: readonly Token[], j: number): boolean {
  let t = tokens[j];
  if (t !== undefined && t.type === T_NUM) t = tokens[++j];
  if (!isWord(t)) return false;
  if ((t.f2 & G_HONORIFIC) !== 0) return true;
  return (SHOPS.has(t.key) || SHOPS.has(t.text)) && !herShop(tokens, j);
}

/**
 * "barang titipan laku 15 @3rb", "jual kue titipan di warungku 20 biji", "konsinyasi kue laku 15": goods
 * named as left to be sold, with no shop elsewhere she left them at and no takings collected from one —
 * goods left with her, some of the money another's. (Her goods at a shop, "titipan di toko bu Yanti laku
 * 12", "narik hasil titipan …", stay her sales: collected.ts.)
 */
function consignedWithHer(tokens: readonly Token[]): boolean {
  let named = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (COLLECT.has(t.key)) return false;
    if (AT.has(t.key) && othersPlaceAt(tokens, i + 1)) return false;
    if (CONSIGNED.has(t.key) || CONSIGNED.has(t.text)) named = true;
    // "warungku", "kios saya": her shop — the goods there are another's.
    if (herShop(tokens, i) && tokens.some((w) => isWord(w) && CONSIGN.has(w.key))) named = true;
  }
  return named;
}

/**
 * Whether the message names goods or money in it as someone else's (see the file comment). With no sale
 * (`sales` false) only goods or money left with her count: "bayar titipan bu Ani 50rb"; "beli tas punya bu
 * Ani 150rb" is her purchase.
 */
export function othersGoods(a: Analysis, sales: boolean): boolean {
  if (!present(a, T_OWNERSHIP)) return false;
  // ("jualan temen saya laku 500rb": not her sale at all, other-owner.ts says so.)
  if (othersTakings(a)) return false;
  const { tokens } = a;
  if (sales && consignedWithHer(tokens)) return true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    const prev = tokens[i - 1];
    if (sales && (OWNED_BY.has(t.key) || OWNED_BY.has(t.text))) {
      // "aku punya 3 toples", "catat punya Bu Sumi": to have, or the member's record.
      if (i === 0 || (isWord(prev) && HER.has(prev.key))) continue;
      // "permak celana 3 @15rb, yg punya pak RT": the garment she worked on is her customer's; the fee is hers.
      if (tokens.some((w, j) => j < i && w.type === T_WORD && isServiceWord(w.key))) continue;
      if (ownerAfter(tokens, i, 0, false)) return true;
    }
    if (CONSIGN.has(t.key) || CONSIGN.has(t.text)) {
      if (ownerAfter(tokens, i, 3, true)) return true;
      if (ownerBefore(tokens, i)) return true;
    }
    if (!sales) continue;
    if ((WARES.has(t.key) || WARES.has(t.text)) && ownerAfter(tokens, i, 0, false)) return true;
    if (OWNER_FIRST.has(t.text) && ownerBefore(tokens, i)) {
      const n = tokens[i + 1];
      if (isWord(n) && !DEBT.has(n.key) && !HER.has(n.key)) return true;
    }
  }
  return false;
}

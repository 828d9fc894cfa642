/**
 * "The one who bought": a relative marker before a buying verb names the buyer, so the buying
 * is her sale. "ingkang mundhut batik tulis setunggal, regine 350 ewu" (Javanese krama),
 * "yang beli 2 kerudung 150rb", "sing tuku jamu 3 botol", "nu meuli kueh 5 bungkus"
 * (Sundanese), "nyang beli" (Betawi), "nan mambali" (Minang), "orang yang beli".
 *
 * WHY only where the marker opens her clause (after the start, a comma or line, a day word, a
 * greeting, or a joining word after a priced clause: "…harga 8 ribu terus yang beli…") or follows a
 * person or a crowd word ("rame yg beli", "banyak yang beli": many buyers, never she): after goods the same words are what SHE bought, the doer
 * left out ("kain yang beli di pasar 50rb", "saya yang beli"). And never with her doing it
 * said after the verb ("yang beli benang saya sendiri", "yang beli saya") or a place she
 * bought at ("yang beli di pasar"): those keep today's reading, her expense. "The one who
 * bought paid 45rb" ("yang beli bros udah bayar 45rb") is a payment that may settle a debt:
 * left to the payment readers, which ask.
 */
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { F_DATE, F_SCALE, F_UNIT, G_GREETING } from './word-roles.ts';
import { NOT_PAYER_NAME } from './payer-head.ts';
import { STAPLE_WORDS } from './goods-price.ts';

/** The relative markers ("yg" is read as "yang"): Javanese sing, krama ingkang, Sundanese nu, Betawi nyang, Minang nan. */
export const WHO = new Set(['yang', 'sing', 'ingkang', 'engkang', 'nu', 'nyang', 'nan']);
/** "sendiri", Javanese "dewe"/"piyambak", Sundanese "sorangan"/"nyalira", Minang "surang": she herself. */
export const SELF = new Set(['sendiri', 'sendri', 'sndiri', 'dewe', 'dhewe', 'piyambak', 'sorangan', 'nyalira', 'surang', 'myself']);
/** A person before the marker: "orang yang beli", "tiyang ingkang mundhut", "jalma nu meuli". */
const PERSON = new Set(['orang', 'org', 'wong', 'uwong', 'tiyang', 'jalma', 'jelema', 'pembeli', 'pelanggan', 'langganan', 'konsumen',
  'customer', 'tetangga']);
/** Words that may open her clause before the marker: yes-words, particles, her addressee, "earlier". */
const OPENERS = new Set(['nggih', 'inggih', 'injih', 'enggih', 'iya', 'iyo', 'ya', 'yo', 'nah', 'alhamdulillah', 'oh', 'eh', 'muhun',
  'sumuhun', 'bu', 'buk', 'mbak', 'mba', 'kak', 'sis', 'teh', 'uni', 'wau', 'kala', 'terus', 'trus', 'trs', 'lalu', 'terusan']);
/**
 * Many (or few) buyers: "rame yg beli lontong", "banyak yang beli es", Javanese "akeh sing tuku",
 * Sundanese "loba nu meuli", "seueur nu meser", "sepi yg beli". Before the marker they say the
 * buyers were many people — never she herself — wherever the clause opens ("nastar banyak yg beli").
 */
const CROWD = new Set(['rame', 'ramai', 'rmai', 'rami', 'banyak', 'byk', 'bnyk', 'banyk', 'bnyak', 'akeh', 'okeh', 'loba', 'seueur',
  'sepi', 'jarang', 'lumayan', 'lmyn']);
/**
 * Words that join a new clause: after a priced clause ("…28 porsi harga 8 ribu terus yang beli gorengan
 * dapet 60 ribu") the marker opens her next clause, as after a comma.
 */
const JOINERS = new Set(['terus', 'trus', 'trs', 'lalu', 'terusan', 'sama', 'sm', 'dan', 'tambah', 'plus', 'lanjut', 'abis', 'habis',
  'itu']);
/** Her, right after the verb: "yang beli saya" (the one who bought was me). */
const ME = new Set(['saya', 'sy', 'aku', 'gue', 'gw', 'abdi', 'awak']);
/** A place she bought at: "yang beli di pasar", Javanese "ning/teng/wonten", Sundanese "ti/ka". */
const AT = new Set(['di', 'ke', 'dari', 'dr', 'ning', 'neng', 'teng', 'wonten', 'ti', 'ka', 'at', 'from', 'in']);

/** Paying words: with an amount after them, the buyer's payment ("…udah bayar 45rb", "…transfer 250rb"). */
const PAYING = new Set(['bayar', 'byr', 'dibayar', 'bayarnya', 'transfer', 'tf', 'trf', 'lunas', 'lunasin', 'dilunasi', 'nyicil', 'cicil',
  'paid', 'pay', 'pays']);

const isOpener = (t: Token): boolean => t.type === T_WORD && (OPENERS.has(t.key) || (t.f & F_DATE) !== 0 || (t.f2 & G_GREETING) !== 0);
const isBreak = (t: Token): boolean => t.type === T_PUNCT || t.type === T_NL;

/** Whether the marker at `who` names the buyer of the buying verb at `verb` (see the file's note). */
export function namesBuyer(tokens: readonly Token[], who: number, verb: number): boolean {
  if (!WHO.has((tokens[who] as Token).key)) return false;
  let k = who - 1;
  // (Many buyers are never she: "rame yg beli di pasar" is where they bought from her stall.)
  const crowd = CROWD.has(tokens[k]?.key ?? '');
  if (!PERSON.has(tokens[k]?.key ?? '') && !crowd) {
    let joined = false;
    while (k >= 0 && (isOpener(tokens[k] as Token) || JOINERS.has((tokens[k] as Token).key))) {
      if (JOINERS.has((tokens[k] as Token).key)) joined = true;
      k--;
    }
    if (k >= 0 && !isBreak(tokens[k] as Token) && !(joined && endsPricedClause(tokens[k] as Token))) return false;
  }
  if (ME.has(tokens[verb + 1]?.key ?? '')) return false;
  for (let j = verb + 1; j < tokens.length && !isBreak(tokens[j] as Token); j++) {
    const t = tokens[j] as Token;
    if (!crowd && (AT.has(t.key) || SELF.has(t.key))) return false;
  }
  return !paidAmount(tokens, verb);
}

/** An amount, its scale or a count's unit: the end of a priced clause ("…harga 8 ribu", "…28 porsi"). */
function endsPricedClause(t: Token): boolean {
  return t.type === T_NUM || (t.type === T_WORD && (t.f & (F_SCALE | F_UNIT)) !== 0);
}

/** Whether a paying word after `from` has an amount after it in its clause. */
function paidAmount(tokens: readonly Token[], from: number): boolean {
  let paying = false;
  for (let j = from + 1; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (isBreak(t)) paying = false;
    else if (t.type === T_WORD && (PAYING.has(t.key) || PAYING.has(t.text))) paying = true;
    else if (paying && t.type === T_NUM) return true;
  }
  return false;
}

/** Buying verbs that a name may open: "siti beli 2 kerudung", "ani ambil 3 bungkus", "rudi borong". */
const BUYS = new Set(['beli', 'ambil', 'ngambil', 'borong', 'mborong']);
/** Chat words no list holds that open her own sentence: "yuk beli 2 bros", "ayok beli". */
const CHAT_OPENERS = new Set(['yuk', 'yuks', 'yok', 'ayo', 'ayok', 'ayuk', 'hayu', 'hayuk', 'mari', 'wkwk', 'hehe', 'duh', 'aduh', 'oke', 'ok',
  'sip', 'nih', 'tuh', 'gais', 'guys']);
/**
 * "siti beli 2 kerudung 100rb": one word the lexicon does not know, then a buying verb and a count —
 * a name (a customer, or her child sent to buy) or a capitalised word of hers? Read as her purchase,
 * it is asked (`family_or_buyer`), never her expense unasked. Only known words decide, so it is never
 * made her sale either: "Alhamdulilah beli 2 karung beras" (misspelt) has the same shape.
 */
export function unknownBuyerAtHead(tokens: readonly Token[], marks: ArrayLike<number>): boolean {
  const t = tokens[0];
  const v = tokens[1];
  if (t?.type !== T_WORD || t.info !== null || marks[0] !== 0 || !/^[a-z]{3,12}$/.test(t.key) || NOT_PAYER_NAME.has(t.key)) return false;
  if (STAPLE_WORDS.has(t.key) || CHAT_OPENERS.has(t.key) || v?.type !== T_WORD || !BUYS.has(v.key)) return false;
  return tokens[2]?.type === T_NUM;
}

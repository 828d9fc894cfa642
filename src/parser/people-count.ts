import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { F_DATE, F_SALE, F_SCALE, F_WEAK } from './word-roles.ts';

/**
 * Customers counted as the quantity sold: "jual pulsa 10rb ke 6 org, hrg 12rb", "laku ke 3 orang
 * @15rb", "ada 4 org beli", "5 pelanggan", Javanese "3 uwong", "wong 3". The count of people is
 * how many were sold (one each), so with her price each the sale is the count times the price.
 *
 * Read here: after "ke" (to six people) the number is no ordinal ("angsuran ke 4", "ke-3" stay
 * ordinals: only a bare "ke N" with one of these words right after it is freed, marks.ts), and
 * only after a selling word or a top-up in its clause —
 * "kasih ke 3 orang @20rb", "bagi ke 3 orang" give money away, and stay as they were) and a
 * top-up's count may be a count of buyers before the buying verb (intents/face-count.ts).
 */
export const PEOPLE_WORDS = new Set(['orang', 'org', 'orng', 'wong', 'uwong', 'tiyang', 'pembeli', 'pelanggan', 'plg', 'plgn', 'konsumen',
  'customer', 'cust', 'costumer', 'kustomer']);

/** Top-ups, sold to people one each: "isi pulsa ke 5 org @12rb". */
const TOP_UPS = new Set(['pulsa', 'token', 'voucher', 'vocer', 'voucer', 'vcr', 'kuota']);

/** Whether a strong selling word or a top-up stands before token `i` in its clause ("jual kue ke 6 org"). */
export function soldBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.type === T_NL || (t.type === T_PUNCT && t.text !== '-')) return false;
    if (t.type === T_WORD && (((t.f & F_SALE) !== 0 && (t.f & F_WEAK) === 0) || TOP_UPS.has(t.key))) return true;
  }
  return false;
}

/** "yang"/"sing" between the counted people and their verb: "3 org yg beli". */
const WHO = new Set(['yang']);
/** Her own people counted: "kami 3 orang beli makan" is her household, not buyers. */
const US = new Set(['kami', 'kita', 'aku', 'saya', 'sy', 'awak', 'dewe', 'anak', 'karyawan', 'pegawai', 'tukang', 'pekerja']);

/** A small plain count at token `i` ("3", not "3rb"). */
function countAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && t.type === T_NUM && /^[1-9][0-9]?$/.test(t.text) && ((tokens[i + 1]?.f ?? 0) & F_SCALE) === 0;
}

/**
 * Whether a count of people is the subject of the buying verb at `v`: "4 org beli", "ada 3 uwong
 * tuku", "wong 3 yg tuku", "5 pelanggan beli" — buyers, so the buying is her sale. Not her own
 * people ("kami 3 orang beli makan", "karyawan 2 org beli").
 */
export function countedBuyers(tokens: readonly Token[], v: number): boolean {
  const first = countedPeople(tokens, v);
  return first >= 0 && !US.has(tokens[first - 1]?.key ?? '');
}

/** Where the count of people before the verb at `v` starts ("3 orang beli", "orang 3 yg beli"), or -1. */
function countedPeople(tokens: readonly Token[], v: number): number {
  let k = v - 1;
  const who = WHO.has(tokens[k]?.key ?? '');
  if (who) k--;
  if (PEOPLE_WORDS.has(tokens[k]?.key ?? '') && countAt(tokens, k - 1)) return k - 1;
  if (countAt(tokens, k) && PEOPLE_WORDS.has(tokens[k - 1]?.key ?? '')) return k - 1;
  // "ada 3 yg beli", "tadi 3 yang order": a count right before "yang", opening the clause or after "ada" — that many buyers.
  if (who && countAt(tokens, k) && (k === 0 || THERE_WERE.has(tokens[k - 1]?.key ?? '') || tokens[k - 1]?.type === T_PUNCT ||
    tokens[k - 1]?.type === T_NL || ((tokens[k - 1]?.f ?? 0) & F_DATE) !== 0)) return k;
  return -1;
}
/** "ada", Javanese "ono"/"enek", Sundanese "aya", Minang "ado": there were. */
const THERE_WERE = new Set(['ada', 'ono', 'enek', 'aya', 'ado']);

/**
 * Whether the buying verb at `v` has her own people counted as its subject: "kami 3 orang beli
 * makan 45rb", "karyawan 2 org beli makan" — she and her staff buying, never her customers (the
 * people word alone would name buyers: buyer-buys.ts).
 */
export function ownPeopleBuy(tokens: readonly Token[], v: number): boolean {
  const first = countedPeople(tokens, v);
  return first >= 0 && US.has(tokens[first - 1]?.key ?? '');
}

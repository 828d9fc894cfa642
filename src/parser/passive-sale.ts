/**
 * Her goods bought BY someone, in the passive: "2 lusin bros kebeli reseller, 7.500 per biji",
 * "5 kerudung dibeli pelanggan @30rb", "kue diborong Bu Ani 150rb", "10 pcs diambil dropshipper
 * @25rb". The passive buying verb has the goods as its subject and the buyer after it: the money
 * came in, a sale — never her purchase, and never money taken home.
 *
 * Only with the buyer right after the verb (or after "oleh"/"sama": "dibeli oleh tetangga"), as
 * buyer-buys.ts asks of the active voice: "bahan dibeli di pasar 50rb", "kain dibeli dari toko
 * 200rb", "akhirnya kebeli juga kulkas" stay her purchases. "diborong" (bought up, wholesale)
 * names a buyer by itself ("nastar diborong 3 toples 255rb"), unless what follows says where she
 * bought it ("diborong dari grosir").
 */
import type { Analysis } from './analyze.ts';
import { T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { RESELLERS } from './resellers.ts';
import { withoutTokens } from './stated-price.ts';
import { G_HONORIFIC } from './word-roles.ts';
import { present, trigger } from './triggers.ts';
import { asSaleWord, withTokens } from './token-rewrite.ts';

/** Passive buying and taking: "dibeli", "kebeli" (colloquial), "diborong", "diambil", Javanese "ditumbas", "dituku". */
const PASSIVE_BUY = new Set(['dibeli', 'kebeli', 'ditumbas', 'dituku', 'ditukoni', 'dipundhut']);
const BOUGHT_UP = new Set(['diborong', 'diborongin', 'kebrong', 'diborongkan']);
const PASSIVE_TAKE = new Set(['diambil', 'diambilin']);
/** Who buys from her: customers, neighbours, people, resellers. */
const BUYERS = new Set(['pembeli', 'pembelinya', 'pelanggan', 'pelanggannya', 'langganan', 'konsumen', 'customer', 'cust', 'costumer',
  'tetangga', 'orang', 'org', 'orang-orang', 'ibu-ibu', 'bapak-bapak', 'anak-anak sekolah', 'tamu', 'pengunjung', 'pemesan', ...RESELLERS,
  // Shops she supplies: "3 lusin kerupuk dibeli warung" (a place she bought at takes "di"/"dari"; "warung sebelah" is asked).
  'warung', 'toko', 'kantin', 'kios', 'koperasi', 'agen']);
/**
 * Who takes goods as a buyer: "diambil orang" may be theft ("dompet diambil orang"), "diambil
 * tetangga" a loan — a taking is a sale only by a customer or a trader who buys.
 */
const TAKING_BUYERS = new Set(['pembeli', 'pembelinya', 'pelanggan', 'pelanggannya', 'langganan', 'konsumen', 'customer', 'cust',
  'costumer', 'pemesan', ...RESELLERS]);
/** "dibeli oleh pelanggan", "kebeli sama reseller": the agent's marker. */
const BY = new Set(['oleh', 'sama', 'sm', 'ama']);
/** Where she bought: "diborong dari grosir", "dibeli di pasar". */
const FROM_PLACE = new Set(['dari', 'dr', 'di', 'ke', 'pake', 'pakai', 'buat', 'untuk', 'utk']);

const T_PASSIVE = trigger(PASSIVE_BUY, BOUGHT_UP, PASSIVE_TAKE);

/** A buyer at token j: 'word' (a buyer word), 'titled' (a title before a name: "Bu Ani"), or null. */
function buyerAt(tokens: readonly Token[], j: number, taking: boolean): 'word' | 'titled' | null {
  const t = tokens[j];
  if (t === undefined || t.type !== T_WORD) return null;
  const buyers = taking ? TAKING_BUYERS : BUYERS;
  if (buyers.has(t.key) || buyers.has(t.text)) return 'word';
  const n = tokens[j + 1];
  return (t.f2 & G_HONORIFIC) !== 0 && n !== undefined && n.type === T_WORD && n.info === null ? 'titled' : null;
}

/**
 * Whether the passive verb at i has a buyer as its agent (see the file comment): the tokens of a
 * buyer word to set aside (it is no goods), [] when the buyer stays (a titled name, which the
 * credit and customer readers read), null when no buyer.
 */
function boughtBy(tokens: readonly Token[], i: number): number[] | null {
  const t = tokens[i] as Token;
  let j = i + 1;
  if (BY.has(tokens[j]?.key ?? '')) j++;
  const who = buyerAt(tokens, j, PASSIVE_TAKE.has(t.text));
  // "diambil Bu Yati" is read by the takers already (takers.ts), with her credit.
  if (who === 'titled' && !PASSIVE_TAKE.has(t.text)) return [];
  if (who === 'word') return j === i + 1 ? [j] : [i + 1, j];
  if (!BOUGHT_UP.has(t.text)) return null;
  // "diborong 255rb", "diborong semua", "nastar diborong, 3 toples": bought up by someone.
  const n = tokens[i + 1];
  if (n === undefined || n.type === T_NUM || n.type === T_PUNCT) return [];
  return n.type === T_WORD && !FROM_PLACE.has(n.key) ? [] : null;
}

/** Something she sells stands before the verb: a count or a word ("2 lusin bros kebeli …"). */
function goodsBefore(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j] as Token;
    if (t.type === T_PUNCT || t.type === T_WORD && (t.key === 'saya' || t.key === 'aku')) return false;
    if (t.type === T_NUM || (t.type === T_WORD && t.info === null)) return true;
  }
  return false;
}

/** A view in which a passive buying verb with a buyer after it is her sale; null when there is none. */
export function passiveSale(a: Analysis): Analysis | null {
  if (!present(a, T_PASSIVE)) return null;
  const { tokens } = a;
  let out: Token[] | null = null;
  let hide: Uint8Array | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    const buy = PASSIVE_BUY.has(t.text) || BOUGHT_UP.has(t.text);
    if (!buy && !PASSIVE_TAKE.has(t.text)) continue;
    const buyer = boughtBy(tokens, i);
    if (buyer === null || !goodsBefore(tokens, i)) continue;
    out ??= tokens.slice();
    hide ??= new Uint8Array(tokens.length);
    for (const j of buyer) hide[j] = 1;
    out[i] = asSaleWord(t);
  }
  if (!out) return null;
  const view = withTokens(a, out);
  return hide !== null && hide.some((h) => h !== 0) ? withoutTokens(view, hide) : view;
}

// Without these words it reads nothing (its first test): its caller does not call it (guard-lists.ts says why).
passiveSale.words = T_PASSIVE;

/** Shop words among the buyers, and words that place a shop: "warung sebelah" may be where she bought. */
const SHOPS = new Set(['warung', 'toko', 'kantin', 'kios', 'koperasi', 'agen']);
const PLACED = new Set(['sebelah', 'depan', 'dekat', 'deket', 'seberang', 'ujung', 'belakang', 'samping', 'pojok', 'situ', 'sana']);

/**
 * "minyak dibeli warung sebelah 2 liter 36rb": bought BY the shop next door (she supplies it) or
 * AT it ("di" dropped, as it often is)? A shop named by where it stands is asked, never a confident sale.
 */
export function shopBuyerUnclear(a: Analysis): boolean {
  if (!present(a, T_PASSIVE)) return false;
  const { tokens } = a;
  return tokens.some((t, i) => t.type === T_WORD && PASSIVE_BUY.has(t.text) && SHOPS.has(tokens[i + 1]?.key ?? '') &&
    PLACED.has(tokens[i + 2]?.key ?? ''));
}

// Without these words it reads nothing (its first test): its caller does not call it (guard-lists.ts says why).
shopBuyerUnclear.words = T_PASSIVE;

/**
 * Words whose meaning depends on the message around them, settled once after the lexer and
 * before dates and amounts are read. The lexicon gives one meaning per spelling; these
 * spellings have two, and a wrong one here would be read confidently everywhere:
 *
 * - Banjar `tukar` / `manukar` is "beli", but in Indonesian `tukar` is "exchange" ("tukar uang
 *   receh", "tukar tambah"). It is a purchase only when the message is Banjar (`ulun`,
 *   `gasan`, `bajual`, `wadai`…) or says the goods are for her trade ("… gasan bajual",
 *   "untuk dijual"), and nothing says exchange (`uang`, `receh`, `tambah`, `dengan`…). Otherwise
 *   the word stays unread and `unsureVerb` makes the record ask (record.ts): never a sale
 *   carried over from the segment before ("bajual kue …, tukar telur 56rb").
 * - Minang `jua` is "jual" only in a Minang message (`ambo`, `bungkuih`, `untuak`, `pitih`…);
 *   elsewhere it is the old "juga".
 * - Minang `patang` (yesterday) is also Javanese "patang" (four, before `atus`/`puluh`/`ewu`):
 *   a date only when no number word follows it.
 * - Javanese `teko` (from; also "came", "teapot") is "dari" between an amount and a selling
 *   word: "payu 250 ewu teko dodolan sayur" (but "sing teko tuku tempe" is someone who came to buy).
 * - Taking (`narik`, `ambil`) the takings of goods left at a shop to sell (`titipan`,
 *   `konsinyasi`) is her sale collected, not household money: "narik hasil titipan kue di warung
 *   bu Sri 120rb terus di kantin sekolah 85rb" (the school is where, not whose).
 * - `sepak` (kick), `sebal`, `seset` after an amount are a price per that unit, as `sepaknya`
 *   is: "plastik klip 3 pak 13 ribu sepak".
 */
import { lookupWord } from './lexicon.ts';
import { T_NUM, T_WORD, type Token } from './lexer.ts';
import { F_NUMWORD, F_SALE, F_SCALE, F_SLANG, F_WEAK, G_HUNDRED, G_TEENS, G_TENS, type WordInfo } from './word-roles.ts';

/** Banjar words that are not Indonesian: a message with one is written in Banjar. */
const BANJAR = new Set(['ulun', 'unda', 'pian', 'sidin', 'gasan', 'bajual', 'bajualan', 'tajual', 'wadai', 'kada', 'handak',
  'hanyar', 'samalam', 'habang', 'baisukan', 'manukar', 'ikam', 'dangsanak']);
/** Words that make `tukar` an exchange whatever the language. */
const EXCHANGE = new Set(['uang', 'duit', 'receh', 'recehan', 'tambah', 'guling', 'kado', 'dengan', 'dgn', 'sama', 'jadi',
  'ganti', 'pecahan', 'dolar', 'valas', 'kurs', 'posisi', 'shift', 'jadwal', 'pikiran', 'cincin', 'lain', 'ukuran', 'balik',
  'balikin', 'rusak', 'retur', 'kembali', 'dikembalikan', 'dibalikin']);
/** Banjar buying verbs. */
const TUKAR = new Set(['tukar', 'manukar', 'batukar']);

/** Minang words that are not Indonesian: a message with one is written in Minang. */
const MINANG = new Set(['ambo', 'bungkuih', 'untuak', 'pitih', 'piti', 'ciek', 'tigo', 'ampek', 'tujuah',
  'sapuluah', 'bali', 'mambali', 'bisuak', 'patang', 'dapek', 'masuak', 'kapatang', 'galeh', 'piriang', 'lamang',
  'baliak', 'sadonyo']);
/** Minang "jua" (sell): every form the lexicon does not know already. */
const JUA = new Set(['jua']);

/** Taking verbs (lexicon keys) and what may stand between them and the consignment. */
const TAKE = new Set(['narik', 'tarik', 'ambil', 'ngambil', 'nagih', 'tagih']);
const TAKINGS = new Set(['hasil', 'uang', 'duit', 'setoran', 'hasilnya', 'uangnya', 'duitnya']);
const CONSIGNED = new Set(['titipan', 'titip', 'titipannya', 'konsinyasi', 'konsinyasian']);

/** "narik (hasil) titipan …": the word after the verb (or after a takings word) is the consignment. */
function consignedTakings(tokens: readonly Token[], i: number): boolean {
  let j = i + 1;
  if (tokens[j]?.type === T_WORD && TAKINGS.has((tokens[j] as Token).key)) j++;
  const n = tokens[j];
  return n !== undefined && n.type === T_WORD && CONSIGNED.has(n.key);
}

/** Units whose "se" form is another word: after an amount it is a price per that unit. */
const SE_UNITS = new Map([['sepak', 'sepaknya'], ['sebal', 'sebalnya'], ['seset', 'sesetnya'], ['serim', 'serimnya'],
  ['serol', 'serolnya'], ['setray', 'setraynya']]);

function retag(t: Token, as: string): void {
  const info = lookupWord(as) as WordInfo;
  t.key = info.canon;
  t.info = info;
  t.f = info.flags;
  t.f2 = info.flags2;
}

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

/** Gives each word of two meanings the one its message says, in place. */
export function settleContextWords(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (TUKAR.has(t.text)) {
      const banjar = t.text !== 'tukar' || has(tokens, BANJAR, i) || forTrade(tokens, i);
      if (banjar && !has(tokens, EXCHANGE, i)) retag(t, 'beli');
    } else if (JUA.has(t.text) && has(tokens, MINANG, i)) retag(t, 'jual');
    else if (t.text === 'patang' && !numberFollows(tokens[i + 1])) retag(t, 'kemarin');
    else if (t.text === 'kapatang') retag(t, 'kemarin');
    else if (TAKE.has(t.key) && consignedTakings(tokens, i)) retag(t, 'laku');
    else if (t.text === 'teko' && amountEnds(tokens[i - 1])) {
      const n = tokens[i + 1];
      if (n !== undefined && n.type === T_WORD && (n.f & F_SALE) !== 0 && (n.f & F_WEAK) === 0) retag(t, 'dari');
    } else if (SE_UNITS.has(t.text) && amountEnds(tokens[i - 1])) retag(t, SE_UNITS.get(t.text) as string);
  }
}

/** A `tukar` the message did not make a purchase: bought or exchanged? The record asks. */
export function unsureBuyVerb(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.type === T_WORD && TUKAR.has(t.key));
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

/**
 * Which way a down payment went. "DP", "panjar"/"panjer", "persekot", "uang muka" are read as money
 * a customer paid her (the lexicon's weak sale word "dp"); but a down payment goes the way its
 * preposition says:
 *
 * - **Paid out**: the DP word with "ke/ka/kepada/nang/marang <party>" after it in its clause, the party
 *   a known one — a trade she pays ("pengrajin", "tukang las", "penjahit", "supplier": money-out.ts's
 *   payees) or a titled person ("pak Dul", "bu Ani") — `DP ke pengrajin rotan 300rb`, `bayar panjer
 *   sewa tenda ke pak Dul 200rb`, `kasih DP ke tukang las 500rb`. The DP word then reads as "bayar"
 *   (her expense), or loses its sale meaning when a paying verb already opens the clause.
 * - **Paid out, said once**: "ngirim duit ka pengrajin anyaman 400rb, DP kanggo 100 boboko": money sent
 *   to a payee (money-out.ts read the verb as "bayar"), and the DP word in the next clause of the same
 *   message names what that money was — never a second, incoming payment — unless its own clause
 *   says it came in ("dari", "terima", "dapat", "masuk").
 * - **Received** (unchanged): "DP 200rb dari Bu Ani", "Bu Ani DP 200rb", "terima DP dari …",
 *   "bu Ani ngasih panjer", "dp masuk ke rekening" — no party after "ke", or herself.
 *
 * Only known words decide: "ke" before a word that is neither a payee nor a title ("DP ke-2",
 * "dp ke rekening") leaves the DP as it was.
 */
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { paidPartyAt } from './money-out.ts';
import { retag } from './retag.ts';
import { tokenTrigger } from './token-triggers.ts';
import { F_EXPENSE, F_ITEMISH, F_NUMWORD, F_PAYVERB, G_HONORIFIC, G_SELF } from './word-roles.ts';

/** The down payment's words (as written, or as the lexicon folded them). */
const DOWN = new Set(['dp', 'depe', 'panjar', 'panjer', 'persekot', 'uang muka', 'terima dp']);
/** The words a down payment opens with: the DP words and "uang" (of "uang muka"). */
const OPENS = new Set([...DOWN, 'uang']);
/** settleDownPaymentWay wakes on these words, by text or key (token-triggers.ts). */
export const W_DOWN_PAYMENT_WAY = tokenTrigger(OPENS);
/** "ke", "kepada", Sundanese/Minang "ka", Javanese "nang/neng/marang", English "to". */
const TO = new Set(['ke', 'kepada', 'kpd', 'ka', 'nang', 'neng', 'ning', 'marang', 'to']);
/** Money coming in, said in the DP's own clause: the DP stays hers to receive. */
const CAME_IN = new Set(['dari', 'dr', 'ti', 'tina', 'teko', 'seko', 'terima', 'nerima', 'diterima', 'dapat', 'dapet', 'dpt', 'masuk',
  'from', 'received', 'ditampi', 'nampi', 'oleh', 'olih',
  // (The lexer folds "terima dp" into one word.)
  'terima dp']);
/** Her giving verbs before the DP: "kasih DP ke", "ngasih panjer ke". (Paying verbs carry F_PAYVERB.) */
const GIVE = new Set(['kasih', 'ngasih', 'kasi', 'ngasi', 'kirim', 'ngirim', 'kirimin', 'kasihkan']);

/** Her handing a DP over through someone: "titip DP ke bu Ani". */
const HANDED = new Set(['titip', 'nitip', 'titipin', 'nitipin', 'titipkan']);

/** Words that start the next step: "terima DP dari bu Ani 300rb terus DP ke penjahit 100rb". */
const THEN = new Set(['terus', 'trus', 'trs', 'lalu', 'kemudian', 'tapi', 'tp', 'tpi', 'sedangkan', 'sementara', 'lanjut']);
const isBreak = (t: Token | undefined): boolean => t === undefined || t.type === T_NL || (t.type === T_PUNCT && (t.text === ',' || t.text === ';' ||
  t.text === '.' || t.text === '!' || t.text === '?')) || (t.type === T_WORD && THEN.has(t.key));
const key = (t: Token | undefined): string => (t !== undefined && t.type === T_WORD ? t.key : '');

/** A titled person after "ke" ("ke pak Dul", "ka bu Euis"): not herself. */
function titledAt(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  const n = tokens[j + 1];
  return t !== undefined && t.type === T_WORD && (t.f2 & G_HONORIFIC) !== 0 && n !== undefined && n.type === T_WORD && (n.f2 & G_SELF) === 0;
}

/** The clause around i: [start, end) between breaks. */
function clauseOf(tokens: readonly Token[], i: number): [number, number] {
  let s = i;
  while (s > 0 && !isBreak(tokens[s - 1])) s--;
  let e = i + 1;
  while (e < tokens.length && !isBreak(tokens[e])) e++;
  return [s, e];
}

function isDown(t: Token): boolean {
  return t.type === T_WORD && (DOWN.has(t.key) || DOWN.has(t.text));
}

/** Whether "ke <known party>" stands in [from, to). */
function paidToIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to - 1; j++) if (TO.has(key(tokens[j])) && (paidPartyAt(tokens, j + 1) || titledAt(tokens, j + 1))) return true;
  return false;
}

/** Whether a payee by trade (not only a titled person) stands in [from, to): "ke penjahit", "ke mas Agus tukang cat". */
function paidPartyIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (paidPartyAt(tokens, j)) return true;
  return false;
}

/** A word no list knows (goods) in [from, to) — "dp kue ke bu Ani", "dp ke bu Ani utk kue" — and no cost word ("sewa") there. */
function goodsNamedIn(tokens: readonly Token[], from: number, to: number): boolean {
  let goods = false;
  for (let j = from; j < to; j++) {
    const t = tokens[j] as Token;
    if (t.type !== T_WORD) continue;
    if (TO.has(t.key)) continue;
    if ((t.f & (F_ITEMISH | F_EXPENSE)) !== 0) return false;
    const prev = tokens[j - 1];
    if (t.info === null && !(prev !== undefined && prev.type === T_WORD && (prev.f2 & G_HONORIFIC) !== 0)) goods = true;
  }
  return goods;
}

/** The DP word without its sale meaning: read as the plain money word ("uang"), its text kept. */
function untag(t: Token): void {
  t.key = t.text === 'dp' || t.text === 'depe' ? 'uang' : t.text;
  t.info = null;
  t.f = 0;
  t.f2 = 0;
}

/** Her own purse after "ke": "dp masuk ke rekening", "ke saya" — the money came to her. */
const HERS = new Set(['rekening', 'rek', 'norek', 'nomor', 'nmr', 'kas', 'dompet', 'tabungan', 'akun', 'saldo', 'atm', 'bank', 'dana', 'ovo',
  'gopay', 'shopeepay', 'linkaja', 'qris',
  // Her banks and her marketplace purses: "dp ke bri", "DP ke shopee" — paid in to her.
  'bri', 'bca', 'bni', 'mandiri', 'bsi', 'btn', 'bpd', 'seabank', 'jago', 'blu', 'shopee', 'tokopedia', 'tokped', 'lazada', 'tiktok', 'bukalapak']);
/** Ordinals after "ke": "DP ke dua", "dp pesanan ke sekian" — which DP, not to whom. */
const ORDINAL = new Set(['sekian', 'berapa', 'brp', 'pertama', 'terakhir', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan',
  'sembilan', 'sepuluh', 'seratus', 'satu']);

/** "ke <a word>" in [from, to): to someone, even one no list knows (not herself, her purse, or a number: "DP ke-2"). */
function toSomeoneIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to - 1; j++) {
    if (!TO.has(key(tokens[j]))) continue;
    const n = tokens[j + 1] as Token;
    if (n.type === T_WORD && (n.f2 & G_SELF) === 0 && !HERS.has(n.key) && !ORDINAL.has(n.key) && (n.f & F_NUMWORD) === 0 && !n.attached) return true;
  }
  return false;
}

/**
 * Trades' places after "ke" ("dp kain ke toko 300rb", "dp ke catering 500rb"): paid to the shop, as to a payee,
 * unless a customer or a titled payer is named in the clause ("pelanggan dp ke toko": her shop received it).
 */
const SHOPS = new Set(['toko', 'tokonya', 'warung', 'catering', 'katering', 'ketering', 'salon', 'bengkel', 'studio', 'rental', 'penyewaan',
  'dekorasi', 'dekor', 'wo', 'florist']);

/** Carrying the goods: the place after it is where they go ("kirim ke toko", "ambil ke warung"). */
const CARRY = new Set(['kirim', 'dikirim', 'antar', 'diantar', 'anter', 'dianter', 'ambil', 'diambil', 'bawa', 'dibawa', 'datang', 'dateng']);

function paidToShopIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to - 1; j++) {
    if (!TO.has(key(tokens[j])) || !SHOPS.has(key(tokens[j + 1]))) continue;
    // "dp seragam 300rb kirim ke toko", "diambil ke toko": where the goods go, not whom she paid.
    if (CARRY.has(key(tokens[j - 1])) || CARRY.has(tokens[j - 1]?.text ?? '')) return false;
    return !payerNamedIn(tokens, from, to);
  }
  return false;
}

/**
 * Family events ("buat nikahan anak", "sunatan", "syukuran rumah"): a DP she paid for one is her household's
 * spending — or her customer's event, if she caters or rents for events. Asked, never her business expense.
 */
const EVENTS = new Set(['nikahan', 'kawinan', 'resepsi', 'hajatan', 'hajat', 'sunatan', 'khitanan', 'syukuran', 'tahlilan', 'ultah',
  'lamaran', 'walimahan', 'mantenan', 'selametan', 'aqiqah', 'akikah', 'pernikahan']);

/** Her customers, named in a DP's own clause: "…, dp pelanggan 200rb" is money a customer paid her. */
const CUSTOMER = new Set(['pelanggan', 'langganan', 'pembeli', 'konsumen', 'customer', 'cust', 'costumer', 'kustomer', 'pemesan', 'tetangga']);

/** A customer or a titled person (not after "ke") in [from, to): "dp bu Ani 100rb", "dp pelanggan 200rb". */
function payerNamedIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    if (TO.has(key(tokens[j - 1]))) continue;
    if (CUSTOMER.has(key(tokens[j])) || titledAt(tokens, j)) return true;
  }
  return false;
}

/** Her paying or giving verb before i in its clause, with nothing else there but herself ("sy bayar dp", "tf dp"). */
function herVerbBefore(tokens: readonly Token[], s: number, i: number): boolean {
  let verb = false;
  for (let k = s; k < i; k++) {
    const t = tokens[k] as Token;
    // ("dibayar dp", "ditransfer dp": paid to her, the passive is no verb of hers.)
    if (t.type === T_WORD && t.text.startsWith('di')) return false;
    if (GIVE.has(key(t)) || (t.f & F_PAYVERB) !== 0 || key(t) === 'bayar') verb = true;
    else if ((t.f2 & G_SELF) === 0 || titledAt(tokens, k)) return false;
  }
  return verb;
}

/** Nothing but her paying or giving verbs before i in its clause. */
function opensClause(tokens: readonly Token[], s: number, i: number): boolean {
  for (let k = s; k < i; k++) if (!GIVE.has(key(tokens[k])) && ((tokens[k] as Token).f & F_PAYVERB) === 0) return false;
  return true;
}

/** After "dari": what she paid from — herself, her purse, her capital ("DP dari aku ke pengrajin", "… dari kas"). */
const PAID_FROM = new Set([...HERS, 'laci', 'modal', 'uang', 'duit', 'hasil', 'jualan', 'dagangan', 'pribadi', 'sendiri']);
const FROM = new Set(['dari', 'dr', 'ti', 'tina', 'teko', 'seko', 'from']);

/**
 * Herself at j: "saya", "aku" — but "bu"/"ibu" (which the lexicon also reads as her, the way she is
 * addressed) before a name is a titled person: "dp dari bu Ani" came from Bu Ani.
 */
function herselfAt(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (t === undefined || t.type !== T_WORD || (t.f2 & G_SELF) === 0) return false;
  return !titledAt(tokens, j);
}

function cameIn(tokens: readonly Token[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const w = key(tokens[k]);
    if (!CAME_IN.has(w) && !CAME_IN.has(tokens[k]?.text ?? '')) continue;
    const n = tokens[k + 1];
    if (FROM.has(w) && n !== undefined && n.type === T_WORD && (herselfAt(tokens, k + 1) || PAID_FROM.has(n.key))) continue;
    return true;
  }
  return false;
}

/** Gives the words of a down payment she paid out the meaning of her paying (see the file's note), in place. */
export function settleDownPaymentWay(tokens: Token[]): void {
  // (One Set lookup a token: this runs on every message.)
  let any = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!OPENS.has(t.key) && (t.key === t.text || !OPENS.has(t.text))) continue;
    if (t.type === T_WORD && (DOWN.has(t.key) || DOWN.has(t.text) || (t.key === 'uang' && key(tokens[i + 1]) === 'muka'))) { any = i; break; }
  }
  if (any < 0) return;
  // Money already read as paid to a payee somewhere in the message (money-out.ts): "ngirim duit ka pengrajin …, DP kanggo …".
  const paidOut = tokens.some((t, k) => t.type === T_WORD && t.key === 'bayar' && paidToIn(tokens, k, clauseOf(tokens, k)[1]));
  for (let i = any; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const muka = key(t) === 'uang' && key(tokens[i + 1]) === 'muka';
    if (!isDown(t) && !muka) continue;
    const [s, e] = clauseOf(tokens, i);
    if (cameIn(tokens, s, e)) continue;
    // Paid by her (a paying or giving verb of hers opens the clause, or a payee follows) for a family event: the
    // DP and her paying verbs lose their meaning, so the kind is asked ("bayar dp catering buat nikahan anak 1jt").
    // The DP reads as her taking money ("ambil"): a withdrawal with her family named (household-use.ts), else asked.
    if ((herVerbBefore(tokens, s, i) || paidToIn(tokens, i + 1, e) || paidToShopIn(tokens, i + 1, e)) &&
      tokens.slice(s, e).some((u) => u.type === T_WORD && EVENTS.has(u.key))) {
      for (let k = s; k < e; k++) if (k !== i && (((tokens[k] as Token).f & (F_EXPENSE | F_PAYVERB)) !== 0 || GIVE.has(key(tokens[k])))) untag(tokens[k] as Token);
      retag(t, 'ambil');
      continue;
    }
    if (paidToShopIn(tokens, i + 1, e) && !paidToIn(tokens, i + 1, e)) {
      let verb = false;
      for (let k = s; k < i; k++) if (((tokens[k] as Token).f & F_PAYVERB) !== 0 || GIVE.has(key(tokens[k])) || key(tokens[k]) === 'bayar') verb = true;
      if (verb) untag(t);
      else retag(t, 'bayar');
      continue;
    }
    // "nitip DP ke sopir 100rb": sent to someone no list knows — paid out, or a customer's sent in? The DP
    // loses its sale meaning, so the kind is asked rather than guessed.
    if (!paidToIn(tokens, i + 1, e) && toSomeoneIn(tokens, i + 1, e)) {
      untag(t);
      continue;
    }
    // (Said once: the DP must open its clause, "…, DP kanggo 100 boboko"; "…, cust dp 50rb" is the customer's.)
    // (Each DP clause is judged by its own words: "bayar ke penjahit 200rb, dp bu Ani 100rb" names who paid her.)
    if (!paidToIn(tokens, i + 1, e) && !(paidOut && !paidToIn(tokens, s, e) && opensClause(tokens, s, i) && !payerNamedIn(tokens, s, e))) continue;
    // A paying or giving verb of hers before it in the clause already says she paid: the DP word only names what.
    let verb = false;
    for (let k = s; k < i; k++) if (((tokens[k] as Token).f & F_PAYVERB) !== 0 || GIVE.has(key(tokens[k])) || key(tokens[k]) === 'bayar') verb = true;
    // "dp kue ke bu Ani 300rb": only a titled person after "ke", no verb of hers, and goods named — her
    // customer's order taken to Bu Ani, or an order she placed with Bu Ani? Asked ("DP nang pak Slamet
    // 100rb", "dp sewa tenda ke pak RT" name no goods of a trade and stay paid out).
    // ("titip DP ke bu Ani … buat pesan seragam": handed over by her.)
    const handed = tokens.slice(s, i).some((u) => u.type === T_WORD && HANDED.has(u.key));
    if (!verb && !handed && !paidOut && !paidPartyIn(tokens, i + 1, e) && goodsNamedIn(tokens, i + 1, e)) {
      untag(t);
      continue;
    }
    if (muka) {
      if (!verb) retag(t, 'bayar');
      continue;
    }
    if (verb || paidOut) {
      untag(t);
      if (paidOut && !verb && !paidToIn(tokens, i + 1, e)) continue;
    }
    if (!verb) retag(t, 'bayar');
    // "kasih DP ke tukang las": the giving verb is her paying too.
    for (let k = s; k < i; k++) if (GIVE.has(key(tokens[k]))) retag(tokens[k] as Token, 'bayar');
  }
}

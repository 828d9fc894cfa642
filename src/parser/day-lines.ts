/**
 * A whole day in one message: "Catatan 3 Des / jual nasi 150rb / belanja sayur 80rb /
 * alhamdulillah rame / untung 70rb". Lines are given a role before they are read as
 * entries:
 *
 * - a heading (the first line, no amount, no verb, with a date or a heading word:
 *   "Catatan 3 Des", "Senin 30/11:", "Rekap hari ini") gives the day; its "rekap" is not a
 *   request for a recap;
 * - a chatter line (no amount, and a word of feeling, weather, prayer, or a plan:
 *   "alhamdulillah rame", "besok libur", "semoga besok laris") is not money: it is skipped,
 *   and its date, plan or wish does not make the other lines doubtful.
 *
 * Only a message of several lines where some other line has a number gets roles: a single
 * line ("besok laku 50rb") is judged as a whole, as before.
 */
import type { Analysis } from './analyze.ts';
import { F_DATE, F_EXPENSE, F_FILLER, F_FUTURE, F_NEG, F_PERIOD, F_REPAY, F_SALE, F_WEAK, G_CAPITAL, G_WITHDRAW } from './word-roles.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { TELLING } from './plan-guard.ts';

/** Token roles: what a token's line is. */
export const L_ENTRY = 0;
export const L_HEADING = 1;
export const L_CHATTER = 2;

/** Words that make a number-less first line a heading ("Catatan 3 Des", "Rekap hari ini"). */
const HEADING_WORDS = new Set(['catatan', 'catat', 'rekap', 'laporan', 'jurnal', 'pembukuan', 'buku', 'hari', 'tgl',
  'tanggal', 'hasil', 'penjualan', 'jualan', 'dagangan']);

/**
 * Heading words that name the kind of the list under them (checked-list-kind.ts): what she
 * bought in ("stok laundry:", "kulakan:", "modal bahan:") or what she sold ("omset:", "laku:").
 * Many are verbs too; those that are not ("stok", "bahan") still make a number-less first line a heading.
 */
export const PURCHASE_HEADS = new Set(['stok', 'stock', 'setok', 'restock', 'restok', 'nyetok', 'kulakan', 'kulak', 'belanja',
  'belanjaan', 'blanja', 'pembelian', 'beli', 'bahan', 'bahan-bahan', 'pengeluaran', 'biaya', 'keluar', 'expenses', 'expense',
  'purchases', 'restocking', 'persediaan']);
export const SALES_HEADS = new Set(['penjualan', 'jualan', 'laku', 'terjual', 'omset', 'omzet', 'pemasukan', 'masuk', 'sales',
  'income', 'pendapatan']);

/** General words for what she sold or bought, in a heading: "beli bahan", "dagangan laku", "laku 3 jenis:". */
const GENERIC_GOODS = new Set(['bahan', 'bahan-bahan', 'barang', 'barang-barang', 'dagangan', 'stok', 'jenis', 'macam', 'item',
  'produk', 'pulsa', 'token', 'kuota', 'voucher', 'berikut', 'sbb', 'yaitu', 'list', 'daftar', 'rincian', 'detail', 'detailnya', 'rinciannya', 'antara', 'lain', 'ini',
  'tadi', 'yg', 'yang', 'pas', 'banyak', 'pasar', 'grosir', 'agen', 'supermarket', 'minimarket', 'online', 'offline',
  // Her shop named in a heading ("penjualan warung", "jualan toko hr ini"): where, not goods.
  'warung', 'toko', 'kios', 'lapak']);

/**
 * Words of feeling, weather, prayer, plans and small talk: a number-less line with one of them
 * is chatter, not a record line. A line with only goods ("benang") is not chatter: it is a
 * line she meant and forgot the price of, and is asked about.
 */
export const CHATTER_WORDS = new Set(['alhamdulillah', 'alhamdulilah', 'bismillah', 'insyaallah', 'insya', 'masyaallah', 'amin',
  'aamiin', 'amiin', 'syukur', 'bersyukur', 'rame', 'ramai', 'sepi', 'lumayan', 'hujan', 'panas', 'libur', 'tutup', 'capek',
  'cape', 'capai', 'lelah', 'semangat', 'senang', 'seneng', 'sedih', 'makasih', 'terimakasih', 'semoga', 'moga',
  'mudah-mudahan', 'mudahan', 'rencana', 'rencananya', 'target', 'targetnya', 'harapan', 'berharap', 'ingin', 'pengen',
  'pengin', 'pingin', 'doakan', 'doain', 'sehat', 'sakit', 'pulang', 'berangkat', 'hehe', 'wkwk', 'hihi', 'lancar',
  'laris', 'rezeki', 'rejeki', 'berkah', 'barokah', 'prei', 'preian']);

/** What a day of trade is, after a "not": "ga jualan", "gak buka", "ora dodolan", "teu icalan". */
const TRADING = new Set(['jualan', 'jual', 'berjualan', 'dagang', 'buka', 'bukak', 'narik', 'dodolan', 'dodol', 'icalan', 'masak',
  'produksi', 'ngider', 'mangkal', 'keliling']);
/** Words of "not" a regional day may use beside the Indonesian ones (the lexer's F_NEG): Javanese "ora"/"ra", Sundanese "teu". */
const NOT_WORDS = new Set(['ora', 'ra', 'teu', 'hanteu', 'henteu']);

/**
 * "ga jualan", "gak buka", "ora dodolan": a day she did not trade, at token i (the "not"). With no
 * amount on its line it is a day with nothing to record, as "libur" is (per-day.ts: a quiet day).
 */
export function noTradeAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const n = tokens[i + 1];
  return t !== undefined && t.type === T_WORD && ((t.f & F_NEG) !== 0 || NOT_WORDS.has(t.key)) &&
    n !== undefined && n.type === T_WORD && (TRADING.has(n.key) || TRADING.has(n.text));
}

/** Words that make a line with an amount a plan, a target, a wish or a condition: not a fact. */
const PLAN_WORDS = new Set(['rencana', 'rencananya', 'target', 'targetnya', 'semoga', 'moga', 'mudah-mudahan', 'mudahan',
  'pengen', 'pengin', 'pingin', 'ingin', 'harapan', 'berharap', 'kalau', 'kalo', 'klo', 'jika', 'seandainya', 'insyaallah',
  'niat', 'niatnya', 'mau', 'mo', 'akan']);

export interface DayLines {
  /** Per token: L_ENTRY, L_HEADING or L_CHATTER (empty for a one-line message: every token is L_ENTRY). */
  role: Uint8Array;
  heading: boolean;
  chatter: number;
  /** Lines with an amount that are a plan or a wish ("besok rencana beli oven 350rb"): chatter lines, left out. */
  plans: number;
  /** Lines (0-based) that carry at least one number expression. */
  linesWithNumbers: number;
}

function isVerb(t: Token): boolean {
  return (t.f & (F_SALE | F_EXPENSE | F_REPAY)) !== 0 || (t.f2 & (G_WITHDRAW | G_CAPITAL)) !== 0;
}

/** The roles of a one-line message: none (indexing it gives undefined, read as an entry line). */
const NO_ROLES = new Uint8Array(0);
const ONE_LINE: DayLines = Object.freeze({ role: NO_ROLES, heading: false, chatter: 0, plans: 0, linesWithNumbers: 0 });

export function dayLines(a: Analysis): DayLines {
  const { tokens, numIn } = a;
  // Most messages are one line: nothing to give a role to.
  let nl = false;
  for (const t of tokens) {
    if (t.type === T_NL) {
      nl = true;
      break;
    }
  }
  if (!nl) return ONE_LINE;
  const role = new Uint8Array(tokens.length);
  const out: DayLines = { role, heading: false, chatter: 0, plans: 0, linesWithNumbers: 0 };
  // Lines as token ranges, without empty ones.
  const lines: Array<{ s: number; e: number }> = [];
  let s = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i === tokens.length || (tokens[i] as Token).type === T_NL) {
      if (i > s) lines.push({ s, e: i });
      s = i + 1;
    }
  }
  if (lines.length < 2) return out;
  const info = lines.map(({ s: ls, e: le }) => {
    let num = false;
    let verb = false;
    let strongVerb = false;
    let date = false;
    let headingWord = false;
    let chatterWord = false;
    let noTrade = false;
    let future = false;
    let plan = false;
    let words = 0;
    /** Words that are neither a verb nor a heading's own words ("benang" in "beli benang"). */
    let specific = 0;
    for (let i = ls; i < le; i++) {
      const t = tokens[i] as Token;
      if (numIn[i] !== -1) num = true;
      if (t.type !== T_WORD) continue;
      words++;
      if (isVerb(t)) {
        verb = true;
        if ((t.f & F_WEAK) === 0) strongVerb = true;
      }
      if (HEADING_WORDS.has(t.key) || PURCHASE_HEADS.has(t.key)) headingWord = true;
      if (!isVerb(t) && !HEADING_WORDS.has(t.key) && !GENERIC_GOODS.has(t.key) && (t.f & (F_FILLER | F_DATE | F_PERIOD)) === 0 &&
        t.info?.weekday === undefined && t.info?.month === undefined) specific++;
      if (CHATTER_WORDS.has(t.key)) chatterWord = true;
      // ("Rabu ga jualan": no trade that day, said as "libur" says it.)
      if (noTradeAt(tokens, i)) noTrade = true;
      // "mau nyatet iki lho bu, …", "bade nyatet …": telling the bot, not a plan (plan-guard.ts reads it so too).
      if (PLAN_WORDS.has(t.key) && !TELLING.has(tokens[i + 1]?.key ?? '')) plan = true;
      if ((t.f & F_FUTURE) !== 0) future = true;
    }
    let futureDate = false;
    for (const m of a.dates) {
      if (m.start < ls || m.start >= le) continue;
      date = true;
      if (m.future) futureDate = true;
    }
    const colon = tokens[le - 1]?.type === T_PUNCT && tokens[le - 1]?.text === ':';
    let ownVerb = false;
    for (let i = ls; i < le; i++) if ((tokens[i] as Token).type === T_WORD && isVerb(tokens[i] as Token)) ownVerb = true;
    return { num, verb, strongVerb, date, headingWord, chatterWord, noTrade, future, words, colon, specific, ownVerb, plan: plan || futureDate };
  });
  for (const l of info) if (l.num) out.linesWithNumbers++;
  if (out.linesWithNumbers === 0) return out;
  // "besok rencana beli oven 350rb" under the day's lines: a plan, left out; the rest is
  // still the day's record. Only when another line with an amount is not a plan.
  let factLines = 0;
  for (const l of info) if (l.num && !l.plan) factLines++;
  for (let k = 0; k < lines.length && factLines > 0; k++) {
    const l = info[k] as (typeof info)[number];
    if (!l.num || !l.plan) continue;
    const { s: ls, e: le } = lines[k] as { s: number; e: number };
    for (let i = ls; i < le; i++) role[i] = L_CHATTER;
    out.chatter++;
    out.plans++;
  }
  for (let k = 0; k < lines.length; k++) {
    const l = info[k] as (typeof info)[number];
    const { s: ls, e: le } = lines[k] as { s: number; e: number };
    if (l.num || role[ls] !== L_ENTRY) continue;
    let r = L_ENTRY;
    if (k === 0 && !l.verb && (l.date || l.headingWord || l.colon)) r = L_HEADING;
    // "beli bahan", "dagangan laku hari ini", "Rekap jualan hr ini", "laku 3 jenis:": a first
    // line with a verb and only general words, over lines with amounts and no verb of their
    // own, names the kind of those lines (scan-record.ts carries it): no goods of its own.
    else if (k === 0 && l.verb && !l.future && l.specific === 0 && info[1]?.num === true && !(info[1] as (typeof info)[number]).ownVerb) {
      r = L_HEADING;
    }
    // A plan or a wish ("besok libur jualan", "semoga besok laris") is chatter even with a verb.
    else if (l.chatterWord && (!l.strongVerb || l.future)) r = L_CHATTER;
    else if (l.noTrade) r = L_CHATTER;
    else if (l.future && (l.date || !l.verb)) r = L_CHATTER;
    if (r === L_ENTRY) continue;
    if (r === L_HEADING) out.heading = true;
    else out.chatter++;
    for (let i = ls; i < le; i++) role[i] = r;
  }
  return out;
}

/**
 * Money she does not vouch for, or that is not hers to keep: a guard after every reader.
 *
 * - Hearsay about the money itself: "kata bu Ani dia udah transfer 50rb", "Bu Sumiati sudah lunas
 *   angsurannya kata ketua", "katanya bu Tin udah tf 100rb", "menurut suami dia sudah bayar 50rb".
 *   What someone said was paid or sold is not money she saw (`hearsay`). Only when the hearsay
 *   stands in the clause of the money (its amount or its paying or selling word), or closes the
 *   message ("… kata ketua"): "laku 5 kue 25rb, kata bu ani enak" keeps its sale.
 * - A transfer she has not checked: "bu Tin udah tf 100rb tapi belum masuk", "pak Joko bayar utang
 *   100rb, blm dicek", "tp aku blm cek" (`unchecked`). ("belum masuk kas" is where the money sits.)
 * - Money of a group held to pass on: "Terima uang kas kelompok 1jt untuk dibagi ke anggota",
 *   "dapat titipan uang 500rb dari bu RT", "dana kelompok 2jt buat dibagi" (`group_money`): not
 *   her takings nor her capital. ("ambil uang titipan di warung 60rb" is her own goods' takings
 *   collected from a shop: the money word before "titipan" names no one's money left with her.)
 *
 * WHY: each was a confident sale or payment_received of the whole amount. The record is asked
 * (C_DOUBT), never turned into another kind: whether it came, and whose it is, only she knows.
 * A customer's plain paying ("bu Ani bayar utang 50rb") and talk beside a record are untouched.
 */
import { restLaterClause } from './debt-remainder.ts';
import type { Analysis } from './analyze.ts';
import { C_DOUBT } from './confidence.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import { CONFIDENT, type ParseResult } from './types.ts';
import { F_FUTURE, F_REPAY, F_SALE, G_HONORIFIC } from './word-roles.ts';

/** Hearsay words that need no speaker: "katanya", "kabarnya", Javanese "jarene", Sundanese "cenah". */
const HEARSAY = new Set(['katanya', 'ktnya', 'katae', 'katane', 'jarene', 'jare', 'cenah', 'ceunah', 'infonya', 'kabarnya', 'konon',
  'kononnya', 'denger-denger', 'dengar-dengar']);
/** "kata X", "menurut X": hearsay when a person follows. */
const SAID = new Set(['kata', 'kt', 'menurut', 'mnrt', 'ngomong', 'ngomongnya', 'bilang', 'bilangnya', 'ngakunya', 'ngaku', 'mengaku']);
/** Who may be quoted: people and roles (a title before a name is read by its flag). */
const SAYERS = new Set(['orang', 'org', 'dia', 'dio', 'beliau', 'mereka', 'suami', 'suamiku', 'istri', 'anak', 'anakku', 'adik', 'adek',
  'kakak', 'kakakku', 'ibu', 'bu', 'bapak', 'pak', 'mbak', 'mas', 'bang', 'kak', 'tetangga', 'temen', 'teman', 'ketua', 'ketuanya',
  'bendahara', 'sekretaris', 'pengurus', 'kurir', 'kurirnya', 'anaknya', 'suaminya', 'istrinya', 'orangnya', 'pembeli', 'pembelinya',
  'pelanggan', 'mertua', 'ibunya', 'bapaknya', 'ayahnya', 'adiknya', 'kakaknya', 'sopir', 'supir']);
/** Words that never stand before what was quoted: "katanya mau pesan lagi" is the buyer's plan, not hearsay of money. */
const PLAN_AFTER = new Set(['mau', 'mo', 'pengen', 'pengin', 'akan', 'bakal', 'minta', 'besok', 'nanti', 'suka', 'enak', 'puas']);
/** A price moving or to come: the quote is about prices, not money that moved (price-talk.ts). */
const MOVES = new Set(['naik', 'turun', 'mahal', 'murah', 'harga', 'harganya', 'depan', 'besok', 'besuk', 'nanti', 'mau', 'akan']);
/** Paying and settling words a reported payment is said with. */
const PAYS = new Set(['bayar', 'byr', 'dibayar', 'transfer', 'tf', 'trf', 'ditransfer', 'lunas', 'lunasi', 'dilunasi', 'melunasi',
  'nyicil', 'cicil', 'setor', 'nyetor', 'kirim', 'dikirim', 'laku', 'untung', 'untungnya', 'dapat', 'dapet']);
/** Not yet seen: "belum cek", "blm dicek", "belum masuk". */
// (Only "not yet": "laku 50rb, gak liat siapa yg beli", "gak masuk akal" say nothing of the money.)
const NOT_YET = new Set(['belum', 'blm', 'blom', 'belom', 'durung', 'urung', 'acan']);
const CHECK = new Set(['cek', 'dicek', 'ngecek', 'mengecek', 'check', 'dicheck', 'ngecheck']);
/** "belum masuk kas": the money came, not yet put in the till — no doubt that it came. */
const PLACES = new Set(['kas', 'laci', 'buku', 'catatan', 'dompet', 'celengan', 'tabungan']);
/** A group's money: "kas kelompok", "dana PKK", "uang paguyuban". */
const GROUPS = new Set(['kelompok', 'klp', 'pkk', 'paguyuban', 'majelis', 'dasawisma', 'kumpulan', 'komunitas', 'posyandu', 'rt', 'rw']);
const GROUP_MONEY = new Set(['kas', 'dana', 'uang', 'duit', 'duwit', 'saldo']);
/** To be passed on: "untuk dibagi", "buat dibagikan ke anggota", "mau disalurkan". */
const PASS_ON = new Set(['dibagi', 'dibagikan', 'dibagiin', 'disalurkan', 'disalurin', 'diteruskan', 'diterusin', 'diserahkan', 'dibagike']);
const FOR = new Set(['untuk', 'utk', 'buat', 'bwt', 'mau', 'akan', 'nanti', 'kanggo', 'arep']);
/** Money left with her to keep or pass on: "titipan uang", "dititipi duit". */
const LEFT = new Set(['titipan', 'titip', 'nitip', 'dititipi', 'dititipin', 'dititipkan', 'titipin']);
const CLAUSE_WORDS = new Set(['tapi', 'tp', 'tpi', 'namun', 'cuma', 'tetapi']);

const T_UNVOUCHED = trigger(HEARSAY, SAID, NOT_YET, GROUPS, PASS_ON, LEFT);

function word(t: Token | undefined): t is Token {
  return t !== undefined && t.type === T_WORD;
}

function low(t: Token): string {
  return t.key.toLowerCase();
}

/** A person quoted at i: a title, a person's or role's word. */
function sayerAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return word(t) && ((t.f2 & G_HONORIFIC) !== 0 || SAYERS.has(low(t)));
}

/** Clause starts: a line, a comma or stop, or "tapi". */
function clauseOf(tokens: readonly Token[]): Int32Array {
  const id = new Int32Array(tokens.length);
  let n = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_NL || (t.type === T_PUNCT && /^[,.;!?]$/.test(t.text)) || (word(t) && CLAUSE_WORDS.has(low(t)))) n++;
    id[i] = n;
  }
  return id;
}

/** The hearsay of the message's money (see the file comment). */
function hearsay(a: Analysis): boolean {
  const { tokens } = a;
  const clause = clauseOf(tokens);
  // ("nyicil bon 20rb dulu katanya sisanya jumat": what was said is of the rest, to come — debt-remainder.ts.)
  const rest = restLaterClause(a);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!word(t) || (rest !== null && i >= rest.from && i < rest.to)) continue;
    const k = low(t);
    let quoted = HEARSAY.has(k);
    if (!quoted && SAID.has(k)) quoted = sayerAt(tokens, i + 1);
    if (!quoted || PLAN_AFTER.has(tokens[i + 1]?.key ?? '') || PLAN_AFTER.has(tokens[i + 2]?.key ?? '')) continue;
    // The quote alone ("kata ketua", "kata bu Tin", "katanya"): it covers the clause it closes or opens.
    let end = i + 1;
    if (SAID.has(k)) {
      end++;
      const name = tokens[end];
      if (((tokens[i + 1]?.f2 ?? 0) & G_HONORIFIC) !== 0 && word(name) && name.info === null) end++;
    }
    const after = tokens[end];
    const closes = after === undefined || after.type === T_NL || (after.type === T_PUNCT && /^[.!]$/.test(after.text));
    const opens = after !== undefined && after.type === T_PUNCT && /^[,:]$/.test(after.text);
    // Its clause holds the money: an amount or a paying, selling word.
    const own = clause[i] as number;
    const reach = (c: number): boolean => c === own || (closes && i > 0 && c === own - 1) || (opens && c === own + 1);
    // ("bayar sewa 300rb, katanya bulan depan naik jadi 350rb": a price to come, quoted — not this money.)
    if (tokens.some((w, j) => j > i && clause[j] === own && word(w) && (MOVES.has(low(w)) || (w.f & F_FUTURE) !== 0))) continue;
    for (let j = 0; j < tokens.length; j++) {
      if (!reach(clause[j] as number) || j === i) continue;
      const w = tokens[j] as Token;
      if (w.type === T_NUM && a.nums.some((ex) => ex.start === j && ex.rupiah !== null)) return true;
      if (word(w) && (PAYS.has(low(w)) || (w.f & (F_SALE | F_REPAY)) !== 0)) return true;
    }
  }
  return false;
}

/** "belum cek", "blm dicek", "belum saya cek", "belum masuk": money she has not seen. */
function unchecked(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!word(t) || !NOT_YET.has(low(t))) continue;
    for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) {
      const w = tokens[j] as Token;
      if (!word(w)) break;
      if (CHECK.has(low(w))) return true;
      if (low(w) === 'masuk' || low(w) === 'msk') {
        const n = tokens[j + 1];
        if (!(word(n) && (PLACES.has(low(n)) || n.key === 'ke'))) return true;
      }
      if (!['saya', 'sy', 'aku', 'ak', 'ku', 'sempat', 'sempet', 'di', 'tak', 'tek'].includes(low(w))) break;
    }
  }
  return false;
}

/** A group's money, or money left with her to pass on. */
function groupMoney(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!word(t)) continue;
    const k = low(t);
    if (GROUPS.has(k) && word(tokens[i - 1]) && GROUP_MONEY.has(low(tokens[i - 1] as Token))) return true;
    if (PASS_ON.has(k) && word(tokens[i - 1]) && FOR.has(low(tokens[i - 1] as Token))) return true;
    if (LEFT.has(k)) {
      // ("ambil uang titipan di warung 60rb": her own goods' takings collected from a shop, collected.ts.)
      const n = tokens[i + 1];
      if (word(n) && GROUP_MONEY.has(low(n)) && low(n) !== 'kas') return true;
    }
  }
  return false;
}

/** Money in: a sale, capital, or a customer's payment. */
function moneyIn(r: ParseResult): boolean {
  if (r.intent === 'payment_received') return true;
  return r.intent === 'record' && r.entries.some((e) => e.kind === 'sale' || e.kind === 'capital');
}

export function guardUnvouched(a: Analysis, r: ParseResult): ParseResult {
  if (r.confidence < CONFIDENT || !present(a, T_UNVOUCHED)) return r;
  if (r.intent !== 'record' && r.intent !== 'payment_received' && r.intent !== 'repayment') return r;
  // (Her own spending with a price to come quoted beside it, "beli gas 22rb, katanya minggu depan turun", is hers as read: MOVES.)
  const note = hearsay(a) ? 'hearsay' : moneyIn(r) && unchecked(a.tokens) ? 'unchecked' : moneyIn(r) && groupMoney(a.tokens) ? 'group_money' : null;
  if (note === null) return r;
  return { ...r, confidence: C_DOUBT, notes: [...(r.notes ?? []), note] } as ParseResult;
}

// Without these words it returns its reading unchanged (its first line): applyGuards skips it (guard-lists.ts).
guardUnvouched.words = T_UNVOUCHED;

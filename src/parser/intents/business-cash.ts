/**
 * Money moved between the business's cash and the rest of her life, said plainly:
 *   capital   "pinjam koperasi 1jt buat tambah modal", "pinjaman kelompok 2jt untuk modal usaha"
 *             (a loan whose stated purpose is the business), "masukin uang 300rb ke kas usaha",
 *             "setor ke kas usaha 200rb" (money put into the business's cash);
 *   withdrawal "ambil 50rb dr kas buat belanja dapur" (the business's cash taken for the home).
 * One amount and one clear direction only; anything else is left to the record reader (a
 * loan with no purpose stays a loan mention, asked).
 */
import type { IsoDate } from '../../core/dates.ts';
import type { Analysis } from '../analyze.ts';
import { S_PLAIN } from '../amount.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from '../lexer.ts';
import type { ParseResult } from '../types.ts';
import { MONEY_OF } from '../household-bill.ts';
import { F_NEG, F_SCALE, G_HONORIFIC, G_HOUSEHOLD, G_LOAN } from '../word-roles.ts';
import { present, trigger } from '../triggers.ts';
import { TELLING } from '../plan-guard.ts';

const PURPOSE = new Set(['buat', 'untuk', 'utk', 'bwt', 'bt']);
/** What a loan is for when it is the business's: "buat (tambah) modal", "untuk usaha", "buat dagangan". */
const FOR_BUSINESS = new Set(['modal', 'usaha', 'dagangan', 'jualan', 'kulakan', 'stok']);
/**
 * The tools of a trade, bought with a loan: "dapat pinjaman dari koperasi 1jt buat beli mesin jahit", "pinjam
 * KUR 5jt untuk beli gerobak". A loan whose purpose is a tool only a business buys is the business's money,
 * as "buat modal" is. Only these: a fridge, a stove, a washing machine ("mesin cuci") may be the home's, and
 * a loan for them stays asked.
 */
const TRADE_TOOLS = new Set(['etalase', 'showcase', 'gerobak', 'grobak', 'rombong', 'obras', 'booth', 'chiller',
  // A seller's scale ("timbangan", the old beam "dacin"; not "timbangan badan", the bathroom's) and a grinder.
  'timbangan', 'dacin', 'gilingan']);
/** After a tool's word, words that make it the home's: "timbangan badan". */
const HOME_TOOL = new Set(['badan', 'bayi']);
/** "mesin" with what it does: "mesin jahit", "mesin obras", "mesin press" — not "mesin cuci" (the home's as well). */
const HOME_MACHINES = new Set(['cuci', 'air', 'pompa', 'motor']);
/** Buying, after the purpose word (regional forms reach here as "beli": regional-words.ts). */
const BUY = new Set(['beli', 'membeli', 'belikan', 'beliin', 'tambah', 'nambah']);
/** Buying with it, in the clause after the loan: "udah dibeliin …", "tak tukokne …" (read "beli"). */
const BOUGHT = new Set([...BUY, 'dibeli', 'dibeliin', 'dibelikan', 'langsung', 'aku', 'saya', 'sy', 'tak', 'sudah', 'udah', 'wis', 'terus']);

/**
 * Whether the clause after a loan (its words) spends it on a tool of a trade at once: "pinjam
 * 300rb ke pak Sholeh, udah dibeliin timbangan baru", "nyilih nang pak Sholeh 300rb, wis tak
 * tukokne timbangan". As "… buat beli timbangan" says it, the loan is the business's: capital.
 * Only her buying words before the tool, at most three of them (loan-capital-lines.ts asks).
 */
export function spentOnTradeTool(words: readonly Token[]): boolean {
  let p = 0;
  let buys = false;
  while (p < words.length && p < 3 && BOUGHT.has((words[p] as Token).key)) {
    if (BUY.has((words[p] as Token).key) || (words[p] as Token).key.startsWith('dibeli')) buys = true;
    p++;
  }
  return buys && buysTradeTool([{ key: 'buat' } as Token, { key: 'beli' } as Token, ...words.slice(p)], 0);
}

/** Whether the words after the purpose word at p buy a tool of a trade. */
function buysTradeTool(words: readonly Token[], p: number): boolean {
  if (!BUY.has(words[p + 1]?.key ?? '')) return false;
  const t = words[p + 2];
  if (t === undefined) return false;
  if (TRADE_TOOLS.has(t.key)) return !HOME_TOOL.has(words[p + 3]?.key ?? '');
  const n = words[p + 3];
  return t.key === 'mesin' && n !== undefined && !HOME_MACHINES.has(n.key);
}

/** Whether a purpose word ("buat", "untuk") is followed by buying a tool of a trade: "… buat beli gerobak". */
export function forTradeTool(words: readonly Token[]): boolean {
  return words.some((t, p) => PURPOSE.has(t.key) && buysTradeTool(words, p));
}

/** Where a loan went, said after it: "masuk modal", "jadi modal", "masuk ke rekening usaha". */
const INTO_BUSINESS = new Set(['masuk', 'jadi', 'dijadikan', 'buat', 'untuk', 'ke', 'masukkan']);
/** Putting money in: "masukin uang … ke kas", "setor ke kas usaha", "tambah kas". */
// The verbs by root (root-forms.ts): "masukkan" is "masukin", "memasukkan"; "tambah" is "nambahin".
const PUT_IN = new Set(['masukkan', 'dimasukkan', 'setor', 'nyetor', 'taruh', 'taro', 'naruh', 'tambah', 'isi']);
/** Cash that is not hers: "setor ke kas koperasi", "kas kelompok", "kas RT" (savings or dues). */
const GROUP_CASH = new Set(['koperasi', 'kelompok', 'bank', 'arisan', 'bumdes', 'rt', 'rw', 'masjid', 'musholla', 'sekolah', 'kantor', 'pkk',
  'majelis', 'paguyuban', 'posyandu', 'dasawisma']);
/** Where goods come from: "hutang ke toko Budi sembako 150K buat stok" is stock bought on credit, not borrowed cash. */
const SELLER = new Set(['toko', 'warung', 'agen', 'supplier', 'suplier', 'grosir', 'grosiran', 'distributor', 'sales', 'juragan', 'tengkulak',
  'pasar', 'pabrik', 'konveksi']);
const MOVE = new Set(['transfer', 'tf', 'trf', 'transfe', 'pindah', 'pindahin', 'pindahkan', 'kirim', 'simpan', 'simpen']);
/** Her own account or purse, as against the business's. */
const PERSONAL = new Set(['pribadi', 'sendiri']);
const BUSINESS_MONEY = new Set(['jualan', 'dagangan', 'usaha', 'warung', 'toko']);
const TAKE = new Set(['ambil', 'ngambil', 'mengambil', 'tarik', 'narik', 'pakai', 'pake']);
const FROM = new Set(['dari', 'dr', 'drpd']);
const KAS = new Set(['kas', 'laci', 'celengan']);
/** Words that make the message about something else: a date, a person, a question, a return of money. */
// (Lending to others is not money in: "pinjamkan bu Ani 500rb buat modal".)
const OTHER = new Set(['balikin', 'kembalikan', 'dikembalikan', 'bayar', 'cicilan', 'angsuran', 'tabungan', 'arisan', 'tetangga',
  'pinjamkan', 'pinjamin', 'pinjemin', 'minjemin', 'minjamin', 'meminjamkan', 'dipinjamkan', 'dipinjam', 'ngasih', 'kasih',
  // Paying the loan back, in any form ("nyicil pinjaman koperasi buat modal salon 250rb"): an
  // instalment on a loan once taken for capital is her repayment, never capital again.
  'byr', 'membayar', 'nyicil', 'cicil', 'mencicil', 'nyicilin', 'angsur', 'ngangsur', 'mengangsur', 'lunasin', 'lunasi', 'melunasi',
  'ngelunasin', 'pelunasan',
  // The same in English: "repay pinjaman koperasi 300k buat modal".
  'pay', 'paid', 'repay', 'repaid']);
/**
 * A loan not (yet) paid out: applied for ("pengajuan pinjaman koperasi 3jt buat modal"), being
 * processed or surveyed, waited on. With a "not" ("blm cair") it is no money in either: asked.
 */
const NOT_PAID_OUT = new Set(['pengajuan', 'mengajukan', 'ajukan', 'ajuin', 'ngajuin', 'ngajukan', 'diajukan', 'diajuin', 'proses',
  'diproses', 'survei', 'survey', 'disurvei', 'disurvey', 'nunggu', 'menunggu', 'tunggu', 'nungguin', 'rencana', 'rencananya']);
/** "setor pinjaman koperasi 300k buat modal": paid in before the loan is its instalment (put in the cash box is PUT_IN's). */
const PAID_IN = new Set(['setor', 'nyetor', 'disetor', 'setorin']);

/** The one money amount of the message, or null when there is none or more than one. */
function oneAmount(a: Analysis): number | null {
  let amount: number | null = null;
  for (const ex of a.nums) {
    if (ex.rupiah === null || ex.strength === S_PLAIN || ex.ambiguous || ex.approx) return null;
    if (amount !== null) return null;
    amount = ex.rupiah;
  }
  return amount;
}

function has(words: readonly Token[], set: ReadonlySet<string>): number {
  return words.findIndex((t) => set.has(t.key) || set.has(t.text));
}

/** Borrowing verbs she says of herself ("pinjam", "minjem"), as against the loan as a noun ("pinjaman bu Ani"). */
const BORROW = new Set(['pinjam', 'pinjem', 'minjam', 'minjem', 'meminjam', 'ngutang', 'utang', 'hutang']);
/**
 * Between her verb and the lender: "pinjam ke ibu", "pinjem uang dari kakak", Javanese "nyilih nang
 * pak Sholeh", "karo"; the amount's scale word too ("pinjam 300rb ke pak Sholeh").
 */
const TO_LENDER = new Set(['ke', 'dari', 'dr', 'sama', 'sm', 'ama', 'uang', 'duit', 'uangnya', 'duitnya', 'nang', 'neng', 'ning', 'karo']);

/** Whether the title at `at` names the lender right after her borrowing verb at `loan`. */
function lenderAfter(words: readonly Token[], loan: number, at: number, noun = false): boolean {
  if (loan < 0 || at <= loan || at > loan + 4 || (!noun && !BORROW.has((words[loan] as Token).key))) return false;
  for (let i = loan + 1; i < at; i++) {
    const w = words[i] as Token;
    if (!TO_LENDER.has(w.key) && !(i === loan + 1 && (w.f & F_SCALE) !== 0)) return false;
  }
  return at <= loan + 3 || ((words[loan + 1]?.f ?? 0) & F_SCALE) !== 0;
}

/** Giving a loan: "ibu saya kasih pinjaman 300rb", "dikasih pinjaman sama kakak 1jt". */
// By root (root-forms.ts): "kasih" is "ngasih", "beri", "mikeun"; "dikasih" is "diberi", "dibere".
const GIVE = new Set(['kasih', 'dikasih']);
const GIVEN = new Set(['dikasih']);
/** Her own, after the lender's title: "ibu saya", "kakak aku". */
const MINE = new Set(['saya', 'sy', 'aku', 'ku', 'gue', 'gw', 'kita', 'kami']);

/**
 * Whether the loan noun at `loan` was given to her by the one titled at `at`: the lender before
 * the giving verb ("ibu saya kasih pinjaman"), or after it given passively ("dikasih pinjaman
 * sama ibu"). A loan given on to someone ("kasih pinjaman ke bu Ani") is hers lent out: no.
 */
function lentToHer(words: readonly Token[], loan: number, at: number): boolean {
  const give = loan - 1;
  if (give < 0 || !GIVE.has((words[give] as Token).key) || words.slice(loan + 1).some((t) => t.key === 'ke' || t.key === 'kepada')) return false;
  if (GIVEN.has((words[give] as Token).key)) return lenderAfter(words, loan, at, true);
  if (at >= give || at < give - 2) return false;
  for (let i = at + 1; i < give; i++) if (!MINE.has((words[i] as Token).key)) return false;
  return true;
}

/** The one entry read. A module function, not a named closure: see unknown-hints.ts's `has`. */
function record(a: Analysis, amount: number, kind: 'capital' | 'withdrawal', item: string): ParseResult {
  return { intent: 'record', entries: [{ kind, amount, item, quantity: null, unit: null, unitPrice: null }], date: loanDay(a) ?? a.today,
    confidence: 0.9 };
}

/** The one day the message names, none past it (today when none); null for a day ahead, unreal or two days. */
function loanDay(a: Analysis): IsoDate | null {
  let day: IsoDate | null = null;
  for (const m of a.dates) {
    if (m.future || m.date === null || (day !== null && m.date !== day)) return null;
    day = m.date;
  }
  return day ?? a.today;
}

/** Before her addressee at a clause's end: "… buat modal ya bu", "… oke mbak". */
const TO_ADDRESSEE = new Set(['ya', 'yah', 'iya', 'ok', 'oke', 'nggih', 'njih', 'dong', 'deh']);

/**
 * The title at k is the one she writes to, not a lender or borrower: "pinjaman koperasi 1jt udh cair,
 * buat tambah modal ya bu, tolong dicatet" — after "ya" and before a break or the end.
 */
function addressed(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  if ((t.f2 & G_HONORIFIC) === 0) return false;
  if (k === 0) return calledFirst(tokens);
  if (!TO_ADDRESSEE.has(tokens[k - 1]?.key ?? '')) return false;
  const n = tokens[k + 1];
  return n === undefined || n.type === T_PUNCT || n.type === T_NL;
}

/** Before telling her: "mau lapor", "mo info". */
const ABOUT_TO = new Set(['mau', 'mo', 'mao', 'pengen', 'ingin']);

/**
 * The title opening the message calls the one she writes to: "bu mau lapor\npinjaman dr koperasi
 * cair 3jt, buat tambah modal", "bu, pinjaman koperasi …" — followed by a break, or by (about to)
 * telling (plan-guard.ts's TELLING). "bu Ani pinjam 500rb" names who borrows: not called.
 */
function calledFirst(tokens: readonly Token[]): boolean {
  let i = 1;
  const next = tokens[i];
  if (next === undefined || next.type === T_NL || (next.type === T_PUNCT && next.text !== '.')) return true;
  if (ABOUT_TO.has(next.key)) i++;
  return TELLING.has(tokens[i]?.key ?? '');
}

const T_CASH = trigger(MOVE, KAS);
/** `spentOn`: the words of the clause after the loan's, when loan-capital-lines.ts reads the loan apart. */
export function detectBusinessCash(a: Analysis, spentOn: readonly Token[] | null = null): ParseResult | null {
  // (Every reading below needs a moving word, a loan or the cash box named.)
  if ((a.f2 & G_LOAN) === 0 && !present(a, T_CASH)) return null;
  if (a.question || a.truncated) return null;
  // "dpt pinjaman Mekaar 2jt, cair tadi, buat modal", "kemarin dapet pinjaman koperasi 1jt buat
  // modal": a loan received on a day past is capital on that day; a day ahead is a plan, and
  // the cash moves below keep needing no day at all.
  const day = loanDay(a);
  if (day === null || (a.dates.length > 0 && (a.f2 & G_LOAN) === 0)) return null;
  if (a.tokens.some((t) => t.type === T_NUM && t.num === null)) return null;
  const words = a.tokens.filter((t, k) => t.type === T_WORD && !addressed(a.tokens, k));
  const amount = oneAmount(a);
  if (amount === null) return null;
  // The business's money moved to her own: "transfer ke rekening pribadi 500rb dari hasil
  // jualan", "pindahin uang usaha 300rb ke tabungan pribadi": a withdrawal. (Before the
  // check below: her own savings are where the money goes here.)
  const move = has(words, MOVE);
  const own = has(words, PERSONAL);
  if (move >= 0 && own > move && !words.some((t) => (t.f2 & G_HONORIFIC) !== 0) &&
    words.some((t, i) => MONEY_OF.has(t.key) && BUSINESS_MONEY.has(words[i + 1]?.key ?? ''))) {
    return record(a, amount, 'withdrawal', 'ke uang pribadi');
  }
  const loan = words.findIndex((t) => (t.f2 & G_LOAN) !== 0);
  // "pinjem uang ibu 500rb buat modal", "pinjam ke kakak 1jt buat modal": the lender named
  // after her borrowing verb is where the loan came from. A title before it ("bu Ani pinjam
  // 500rb") is someone borrowing from her: not her capital.
  const fromHer = words.some((t, i) => (t.f2 & G_HONORIFIC) !== 0 && lentToHer(words, loan, i));
  if ((has(words, OTHER) >= 0 && !fromHer) ||
    words.some((t, i) => (t.f2 & G_HONORIFIC) !== 0 && !lenderAfter(words, loan, i) && !lentToHer(words, loan, i))) return null;

  // A loan for the business: capital.
  if (loan >= 0) {
    // "hutang ke toko …", "ngutang di agen …": goods taken on credit from a seller, asked.
    if (words.slice(loan + 1, loan + 4).some((t) => SELLER.has(t.key))) return null;
    if (words.slice(0, loan).some((t) => PAID_IN.has(t.key))) return null;
    if (words.some((t) => NOT_PAID_OUT.has(t.key) || (t.f & F_NEG) !== 0)) return null;
    const purpose = has(words, PURPOSE);
    if (purpose > loan && words.slice(purpose + 1, purpose + 4).some((t) => t.key.split(' ').some((w) => FOR_BUSINESS.has(w)))) return record(a, amount, 'capital', 'pinjaman');
    if (purpose > loan && buysTradeTool(words, purpose)) return record(a, amount, 'capital', 'pinjaman');
    // "pinjam 300rb ke pak Sholeh, udah dibeliin timbangan baru 300rb": spent on a tool in the next clause.
    if (purpose < 0 && spentOn !== null && spentOnTradeTool(spentOn)) return record(a, amount, 'capital', 'pinjaman');
    // "…, masuk modal", "masuk rekening usaha", "jadi modal": where the loan went, said after it.
    const into = words.findIndex((t, i) => i > loan && INTO_BUSINESS.has(t.key));
    if (into > loan && words.slice(into + 1, into + 3).some((t) => t.key.split(' ').some((w) => FOR_BUSINESS.has(w)))) return record(a, amount, 'capital', 'pinjaman');
    // "modal dr pinjaman koperasi 1,5jt": the capital named, then where it came from.
    if (loan > 0 && (words[loan - 1]?.key === 'modal dari' || (words[loan - 1]?.key === 'dari' && words[loan - 2]?.key === 'modal'))) return record(a, amount, 'capital', 'pinjaman');
    return null;
  }
  // Money put into the business's cash: capital.
  const put = has(words, PUT_IN);
  const kas = has(words, KAS);
  if (put >= 0 && kas > put && (words[kas - 1]?.key === 'ke' || words[kas + 1]?.key === 'usaha') && has(words, GROUP_CASH) < 0) {
    return record(a, amount, 'capital', 'kas usaha');
  }
  // The business's cash taken for the home: a withdrawal.
  const take = has(words, TAKE);
  if (take >= 0 && kas > take && FROM.has(words[kas - 1]?.key ?? '')) {
    const purpose = has(words, PURPOSE);
    if (purpose > kas && words.slice(purpose + 1).some((t) => (t.f2 & G_HOUSEHOLD) !== 0)) return record(a, amount, 'withdrawal', 'kas');
  }
  return null;
}

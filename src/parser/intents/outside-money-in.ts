/**
 * Money from outside put into the business, whole or in part, and what she bought with it:
 * "laki kasih modal 500rb buat tambah stok", "bapake ngasih 250rb buat belanja stok warung",
 * "BLT cair 600rb, 300rb masuk modal jualan", "narik arisan 1,2jt semuanya jadi modal",
 * "uang kiriman anak 2jt, yg sejuta masuk modal, sisanya buat rumah", "pinjem ke mertua 750rb buat
 * beli mesin obras, trus aku beliin obrasnya 750rb" (capital 750.000 and an expense 750.000).
 *
 * WHY: the giver word ("laki", "bapake", "adek ipar") or the source ("BLT", "PKH", "kiriman",
 * "arisan") was unknown to the record reader, so the money was read as her own purchase, a sale or
 * a withdrawal — or, when part of it went elsewhere, asked. The message is read clause by clause:
 *   - the SOURCE clause holds the first amount and who or what the money came from;
 *   - the CAPITAL clause (that one or a later one) names the business as the purpose ("modal",
 *     "stok", "buat jualan", "buat beli etalase"); its own amount is the part put in, else the
 *     whole source amount is;
 *   - a later clause with a buying verb and one amount is a second entry, the purchase (an
 *     expense); so is "aku pake 1,5jt buat beli freezer buat jualan" in the capital clause itself;
 *   - a clause for the rest ("sisanya buat rumah", "500nya buat bayar utang … bukan usaha") is not
 *     recorded: it never was the business's money.
 * A business purpose negated ("ga buat usaha", "bukan buat dagang") is never capital: with no other
 * business purpose the money is hers, not recorded (`personal_money`). Anything else — a sale
 * beside it, a bank's loan, a question, a day ahead, capital handed to someone else — is left to
 * the other readers.
 * Also here, her paying back such a loan: "balikin pinjaman modal ke kakak 200rb dulu" is a
 * repayment of 200.000.
 */
import type { Analysis } from '../analyze.ts';
import { S_PLAIN } from '../amount.ts';
import { C_GUESS, C_MARKED, C_PARTIAL } from '../confidence.ts';
import { CONFIDENT } from '../types.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from '../lexer.ts';
import type { ParsedEntry, ParseResult } from '../types.ts';
import { present, trigger } from '../triggers.ts';

/** Her people who are never a title before a customer's name. */
const KIN = new Set(['suami', 'suamiku', 'laki', 'lakiku', 'lakik', 'bojo', 'bojoku', 'misua', 'mertua', 'mertuaku', 'ipar', 'iparku',
  'ortu', 'orangtua', 'bapake', 'bapakku', 'ibuku', 'anak', 'anakku', 'anake', 'anak2', 'emak', 'mamak', 'mamake', 'simbok', 'kakakku',
  'adikku', 'adekku', 'abangku', 'nenek', 'kakek', 'mbah', 'mbok', 'amak', 'umak', 'enyak', 'nyak', 'babe', 'bokap', 'nyokap', 'ayah',
  'papa', 'papi', 'mami', 'abah', 'ambu', 'paman', 'bibi', 'pakde', 'bude', 'budhe', 'paklik', 'bulik', 'sepupu', 'keponakan', 'ponakan']);
/** Her people whose word is also a title before a name ("kak Rina", "bang Ucok", "ibu Sri"): kin only when no name follows. */
const KIN_TITLES = new Set(['ibu', 'bapak', 'mama', 'mamah', 'kakak', 'kak', 'kaka', 'adik', 'adek', 'ade', 'abang', 'bang', 'om', 'tante',
  'teteh', 'uni', 'uda', 'mbakyu', 'kakang', 'akang']);
/** What may follow a kin title when it is the person: her, kin, fillers, a place, a giving verb. */
const AFTER_TITLE = new Set(['saya', 'sy', 'aku', 'ku', 'ni', 'nih', 'yang', 'di', 'dari', 'tadi', 'td', 'kemarin', 'sendiri', 'sulung',
  'bungsu', 'tertua', 'pertama', 'kedua', 'ipar', 'iparku', 'kandung', 'buat', 'untuk', 'utk']);
/** Giving, the giver its subject: "laki kasih", "mama ni bagi", "suami nyumbang", "adek ipar minjemin". */
const GIVE = new Set(['kasih', 'kasi', 'ngasih', 'ngasi', 'ngasihin', 'bagi', 'ngebagi', 'beri', 'memberi', 'nyumbang',
  'nyumbangin', 'menyumbang', 'kirim', 'ngirim', 'ngirimin', 'transfer', 'tf', 'nransfer', 'minjemin', 'pinjemin', 'minjamin',
  'pinjamin', 'ngutangin', 'nambahin', 'tambahin', 'nambah', 'tambah', 'tambah modal', 'suntik', 'nyuntik']);
/** Before the giver: "dari kakak", "kiriman anak", "dikasih suami", "pinjem ke mertua". */
// ("sama kakak" alone is as often "together with": "patungan sama kakak".)
const FROM = new Set(['dari', 'kiriman', 'transferan', 'dikasih', 'dikasi', 'diberi', 'dikirim', 'dikirimin',
  'ditransfer', 'uang', 'duit', 'thr', 'dipinjemin', 'dipinjamin', 'dipinjami']);
/** Borrowing, the lender after "ke": "pinjem ke mertua". */
const BORROW = new Set(['pinjem', 'pinjam', 'minjem', 'minjam', 'ngutang', 'utang', 'hutang']);
/** Money from outside that needs no giver: savings, aid, her holiday pay. */
const SOURCES = new Set(['tabungan', 'tabunganku', 'celengan', 'blt', 'pkh', 'bansos', 'bantuan', 'bst', 'thr']);
/** An arisan is money in only when she draws it: "narik arisan", "dapet arisan", "arisan keluar". */
const ARISAN_PAYOUT = new Set(['narik', 'tarik', 'dapat', 'keluar', 'cair', 'menang', 'dapet']);
/** Lenders that are no kin: other readers' (business-cash.ts, outside-capital.ts). */
const INSTITUTIONS = new Set(['bank', 'koperasi', 'kur', 'rentenir', 'pegadaian', 'leasing', 'pinjol', 'emok', 'mekaar', 'bpr', 'ulamm']);
/** The business as a purpose, anywhere in the clause. */
const BUSINESS = new Set(['usaha', 'dagangan', 'dagang', 'kulakan', 'kulak', 'stok', 'stock', 'setok', 'nyetok', 'restock', 'jualan',
  'etalase', 'etalasenya', 'gerobak', 'rombong', 'obras', 'showcase']);
/** Business words that count only after a purpose word: "buat beli bahan", "buat mesin jahit", "buat warung". */
const BUSINESS_AFTER_PURPOSE = new Set(['bahan', 'bahan2', 'mesin', 'oven', 'warung', 'toko', 'lapak', 'kios']);
const PURPOSE = new Set(['buat', 'untuk', 'utk', 'bwt', 'gawe', 'jadi', 'jadiin', 'ke']);
/** Home uses: the clause's money is the household's ("renovasi dapur", "kebutuhan rumah"). */
const HOME = new Set(['dapur', 'rumah', 'renovasi', 'sekolah', 'spp', 'kuliah', 'jajan', 'obat', 'berobat', 'listrik', 'kontrakan', 'beras',
  'lauk', 'popok', 'susu', 'kondangan', 'hajatan', 'nikahan', 'lebaran', 'ultah', 'hp', 'motor', 'cicilan',
  // her family's feasts and her own life: "modal nikah", "bahan syukuran" are no business
  'ulang', 'syukuran', 'sunatan', 'khitanan', 'aqiqah', 'akikah', 'nikah', 'menikah', 'kawin', 'resepsi', 'lamaran', 'umroh', 'umrah',
  'haji', 'liburan', 'wisuda', 'lahiran', 'melahirkan']);
/** A part not said how much: "sebagian buat modal" — asked by the others. */
const PART_UNSAID = new Set(['sebagian', 'sebagiannya', 'separuh', 'separo', 'setengah', 'setengahnya']);
/** Another person's business: "buat modal usahanya". */
const THEIR_BUSINESS = new Set(['usahanya', 'warungnya', 'tokonya', 'dagangannya', 'jualannya', 'lapaknya']);
/** Savings are capital spent at once on stock only when called capital; else asked (savings_for_stock). */
const SAVINGS = new Set(['tabungan', 'tabunganku', 'celengan']);
/** A gift (not a loan) that must be paid back is a loan after all: asked (given-capital.ts). */
const RETURN_OWED = new Set(['dibalikin', 'balikin', 'dikembalikan', 'dikembaliin', 'diganti', 'dicicil', 'nyicil', 'cicil']);
const NOT_NEEDED = new Set(['usah', 'perlu', 'ush']);
const LENDING = new Set(['minjemin', 'pinjemin', 'minjamin', 'pinjamin', 'ngutangin', 'dipinjemin', 'dipinjamin', 'dipinjami', 'pinjem',
  'pinjam', 'minjem', 'minjam', 'pinjaman']);
/** Called off: "batal", "dibatalin", "urung". */
const CALLED_OFF = new Set(['batal', 'dibatalin', 'dibatalkan', 'gajadi', 'gakjadi', 'nggakjadi']);
const NEGATION = new Set(['ga', 'gak', 'nggak', 'enggak', 'engga', 'ngga', 'tidak', 'tdk', 'bukan', 'bkn', 'gk', 'nda', 'ndak']);
/** The rest of the money, said to go elsewhere: "sisanya", "sisa". */
const REST = new Set(['sisanya', 'sisa', 'sisane', 'lainnya']);
/** Buying said as done: "kubelikan", "aku beliin", "etalasenya udh dibeli". */
const BUY = new Set(['beli', 'kubelikan', 'kubeliin', 'beliin', 'belikan', 'dibeli', 'dibeliin', 'dibelikan', 'kubeli', 'belanja', 'kulakan']);
/** Her using the money herself: with a buying verb beside it the purchase is made ("aku pake 1,5jt buat beli freezer"). */
const USED = new Set(['pake', 'pakai', 'dipake', 'dipakai', 'kupake', 'kupakai', 'tak pake']);
/** Plans and conditions: the clause is no fact yet. */
const PLAN = new Set(['mau', 'rencana', 'rencananya', 'pengen', 'pengin', 'kepengen', 'ingin', 'kalau', 'kalo', 'klo', 'kl', 'nanti', 'besok',
  'akan', 'andai', 'andaikan', 'seandainya', 'misal', 'misalnya', 'jika', 'jikalau', 'bila', 'apabila', 'semisal']);
/** Clause joiners that begin a new step: "trus lgsg beli …". */
const JOINERS = new Set(['trus', 'terus', 'trs', 'lalu', 'langsung', 'lgsg', 'lgs', 'kemudian']);
/** Paying a loan back: "balikin pinjaman modal ke kakak". */
const PAY_BACK = new Set(['balikin', 'ngembaliin', 'kembaliin', 'kembalikan', 'mbalikin', 'ngebalikin', 'nyicil', 'cicil', 'lunasin', 'bayar']);
const LOAN_NOUN = new Set(['pinjaman', 'pinjeman', 'utang', 'hutang']);
/** Selling: a sale beside the money is the other readers'. */
const SOLD = new Set(['laku', 'jual', 'terjual', 'laris', 'dijual']);

const T_SOURCE = trigger(KIN, KIN_TITLES, SOURCES, ['arisan']);
const T_PURPOSE = trigger(BUSINESS, BUSINESS_AFTER_PURPOSE, ['modal', 'tambah modal', 'masukkan modal']);

interface Clause {
  from: number;
  to: number;
  words: Token[];
  /** Indexes into a.nums of the amounts in the clause. */
  nums: number[];
}

const isModal = (t: Token): boolean => t.key === 'modal' || t.key.split(' ').includes('modal');
const has = (c: Clause, set: ReadonlySet<string>): boolean => c.words.some((w) => set.has(w.key) || set.has(w.text));

function clausesOf(a: Analysis): Clause[] {
  const walk: ClauseWalk = { out: [], cur: { from: 0, to: 0, words: [], nums: [] } };
  a.tokens.forEach((t, i) => {
    if (t.type === T_NL || (t.type === T_PUNCT && t.text !== '-' && t.text !== '/')) return closeClause(walk, i);
    if (t.type === T_WORD && JOINERS.has(t.key) && (walk.cur.words.length > 0 || walk.cur.nums.length > 0) && (a.numIn[i] ?? -1) < 0) closeClause(walk, i - 1);
    const n = a.numIn[i] as number;
    if (n >= 0) {
      if (!walk.cur.nums.includes(n)) walk.cur.nums.push(n);
    } else if (t.type === T_WORD) walk.cur.words.push(t);
  });
  closeClause(walk, a.tokens.length);
  return walk.out;
}

/** The clauses read so far and the one being read (clausesOf). */
interface ClauseWalk {
  out: Clause[];
  cur: Clause;
}

/**
 * The clause being read ends at token i (kept when it holds a word or an amount); the next opens
 * after it. (A module function, not a closure inside clausesOf: tsx names every closure a
 * function makes, with Object.defineProperty, each time it makes it.)
 */
function closeClause(walk: ClauseWalk, i: number): void {
  walk.cur.to = i;
  if (walk.cur.words.length > 0 || walk.cur.nums.length > 0) walk.out.push(walk.cur);
  walk.cur = { from: i + 1, to: i + 1, words: [], nums: [] };
}

/** Whether the kin word at i is a person (not a title before a name). */
function personAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.type !== T_WORD) return false;
  if (KIN.has(t.key) || KIN.has(t.text)) return !(t.key === 'anak' && ['kos', 'kost', 'sekolah'].includes(tokens[i + 1]?.key ?? ''));
  if (!KIN_TITLES.has(t.key) && !KIN_TITLES.has(t.text)) return false;
  const n = tokens[i + 1];
  return n === undefined || n.type !== T_WORD || AFTER_TITLE.has(n.key) || GIVE.has(n.key) || GIVE.has(n.text) || KIN.has(n.key);
}

/** Whether the person at i gave the money: a giving verb after (within two words), or "dari"/"kiriman"/"pinjem ke" before. */
function giverAt(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) {
    const n = tokens[j] as Token;
    if (n.type !== T_WORD) break;
    if (GIVE.has(n.key) || GIVE.has(n.text)) return true;
  }
  const p = tokens[i - 1];
  const pp = tokens[i - 2];
  if (p?.type === T_WORD && (FROM.has(p.key) || FROM.has(p.text))) return true;
  // "pinjem ke mertua", "minjem sama kakak"
  return p?.type === T_WORD && ['ke', 'sama', 'dari'].includes(p.key) && pp?.type === T_WORD && BORROW.has(pp.key);
}

/** Who or what the money came from, in tokens [from, to): a word for the entry's item, or null. */
function sourceIn(a: Analysis, from: number, to: number): string | null {
  const { tokens } = a;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (personAt(tokens, i) && giverAt(tokens, i)) return t.text;
    // ("tabungan usaha", "tabungan warung": the business's own savings, no money from outside.)
    // ("ke tabungan": money put into savings; "pinjam tabungan": borrowed — not hers from outside.)
    const owner = tokens[i + 1];
    const prev = tokens[i - 1];
    const sourceWord = (SOURCES.has(t.key) || SOURCES.has(t.text)) && !(owner?.type === T_WORD && ['usaha', 'warung', 'toko', 'jualan', 'dagangan'].includes(owner.key));
    if (sourceWord && !(prev?.type === T_WORD && (prev.key === 'ke' || BORROW.has(prev.key)))) return t.text;
    if (t.key === 'arisan') {
      const near = [tokens[i - 1], tokens[i + 1], tokens[i - 2], tokens[i + 2]];
      if (near.some((n) => n?.type === T_WORD && ARISAN_PAYOUT.has(n.key))) return 'arisan';
    }
  }
  return null;
}

/**
 * A debt after the purpose word: "buat bayar utang warung", "untuk lunasi bon toko" — the money pays a
 * tab (whose, asked by the others), the shop word after it names where the tab is, no business purpose.
 */
const DEBT = new Set(['utang', 'hutang', 'bon', 'kasbon', 'cicilan', 'angsuran', 'utangnya', 'hutangnya', 'bonnya']);

/** "gak jadi kasih", "ga ngasih", "batal": the giving called off or denied (see detectOutsideMoneyIn). */
function calledOff(words: readonly Token[]): boolean {
  return words.some((t, i) => CALLED_OFF.has(t.key) || (t.key.endsWith(' jadi') && NEGATION.has(t.key.slice(0, -5))) ||
    (NEGATION.has(t.key) && (GIVE.has(words[i + 1]?.key ?? '') || words[i + 1]?.key === 'jadi')));
}

/** The business as the clause's purpose: "modal", "stok", or "buat beli bahan". */
function businessPurpose(c: Clause): boolean {
  let open = false;
  for (const w of c.words) {
    if (open && DEBT.has(w.key)) return false;
    if (isModal(w) || BUSINESS.has(w.key) || BUSINESS.has(w.text)) return true;
    if (PURPOSE.has(w.key) || PURPOSE.has(w.text)) open = true;
    else if (open && BUSINESS_AFTER_PURPOSE.has(w.key)) return true;
  }
  return false;
}

/** "ga buat usaha", "bukan buat dagang", "bukan usaha": a negation before the purpose or the business. */
function negatedPurpose(c: Clause): boolean {
  return c.words.some((w, i) => {
    if (!NEGATION.has(w.text)) return false;
    const next = c.words.slice(i + 1, i + 3);
    return next.some((n) => isModal(n) || BUSINESS.has(n.key) || BUSINESS_AFTER_PURPOSE.has(n.key) || PURPOSE.has(n.key));
  });
}

function oneAmount(a: Analysis, c: Clause): number | null {
  if (c.nums.length !== 1) return null;
  const ex = a.nums[c.nums[0] as number];
  if (ex === undefined || ex.rupiah === null || ex.rupiah <= 0 || ex.strength === S_PLAIN || ex.ambiguous || ex.approx) return null;
  return ex.rupiah;
}

const ITEM_SKIP = new Set(['aku', 'saya', 'sy', 'ku', 'udh', 'sudah', 'udah', 'jg', 'juga', 'yang', 'nya', 'langsung', 'trus', 'terus']);
function itemOf(c: Clause): string | null {
  const i = c.words.findIndex((w) => BUY.has(w.key) || BUY.has(w.text));
  const rest = c.words.slice(i + 1).filter((w) => !ITEM_SKIP.has(w.key) && !ITEM_SKIP.has(w.text) && !BUY.has(w.key));
  const item = rest.map((w) => w.text).join(' ').trim();
  return item === '' ? null : item;
}

const entry = (kind: 'capital' | 'expense', amount: number, item: string | null): ParsedEntry =>
  ({ kind, amount, item, quantity: null, unit: null, unitPrice: null });

/** "balikin pinjaman modal ke kakak 200rb dulu": her paying back her people's loan for the business. */
function kinLoanRepaid(a: Analysis, cs: readonly Clause[]): ParseResult | null {
  const first = cs[0] as Clause;
  if (!has(first, PAY_BACK) || !has(first, LOAN_NOUN) || !first.words.some(isModal)) return null;
  const { tokens } = a;
  let kin = false;
  for (let i = first.from; i < first.to; i++) {
    const p = tokens[i - 1];
    if (personAt(tokens, i) && p?.type === T_WORD && ['ke', 'sama', 'kepada'].includes(p.key)) kin = true;
  }
  const amount = oneAmount(a, first);
  if (!kin || amount === null || has(first, PLAN) || a.dates.some((d) => d.start < first.to)) return null;
  // Later clauses may only speak of the rest ("sisanya bulan depan"), with no amount.
  if (cs.slice(1).some((c) => c.nums.length > 0 || !has(c, REST))) return null;
  return { intent: 'repayment', amount, confidence: C_MARKED };
}

export function detectOutsideMoneyIn(a: Analysis): ParseResult | null {
  if (!present(a, T_SOURCE) || a.question || a.truncated) return null;
  const cs = clausesOf(a);
  if (cs.length === 0) return null;
  if (!present(a, T_PURPOSE)) return null;
  if (a.tokens.some((t) => t.type === T_WORD && INSTITUTIONS.has(t.key))) return null;
  if (a.tokens.some((t) => t.type === T_NUM && t.num === null)) return null;
  const words = a.tokens.filter((t) => t.type === T_WORD);
  if (words.some((t) => PART_UNSAID.has(t.key))) return null;
  // "suami gak jadi kasih modal 500rb", "batal kasih": the giving called off or denied — no money came in
  // (the other readers ask). A negation before the purpose alone is negatedPurpose's.
  if (calledOff(words)) return null;
  // "suami kasih 300rb buat modal usahanya": capital of someone else's business — asked, whoever else reads it.
  // ("buat modal dia", "usaha mereka": the same, said with a pronoun after the business.)
  const theirs = (t: Token, i: number): boolean => t.text.split(' ').some((w) => THEIR_BUSINESS.has(w)) ||
    ((isModal(t) || BUSINESS.has(t.key)) && ['dia', 'mereka', 'beliau'].includes(words[i + 1]?.key ?? ''));
  if (words.some(theirs)) return { intent: 'unknown', confidence: C_GUESS };
  // "dari hasil jualan": the takings, no money from outside.
  if (words.some((t, i) => t.key === 'hasil' && ['jualan', 'dagangan', 'warung', 'usaha', 'toko'].includes(words[i + 1]?.key ?? ''))) return null;
  // "kakak kasih modal 1jt tapi harus dibalikin": a gift to pay back — asked, unless it was lent ("adek minjemin …, balikin kapan2").
  const owed = words.some((t, i) => RETURN_OWED.has(t.key) && !NOT_NEEDED.has(words[i - 1]?.key ?? ''));
  if (owed && !words.some((t) => LENDING.has(t.key))) return null;
  const repaid = kinLoanRepaid(a, cs);
  if (repaid) return repaid;
  const si = cs.findIndex((c) => c.nums.length > 0);
  if (si < 0) return null;
  const s = cs[si] as Clause;
  const source = sourceIn(a, (cs[0] as Clause).from, s.to);
  if (source === null) return null;
  // "beli gerobak 1,5jt dari kakak": bought, not given. A purchase is only ever after the purpose.
  const firstPurpose = s.words.findIndex((w) => PURPOSE.has(w.key) || isModal(w));
  if (s.words.some((w, i) => (BUY.has(w.key) || BUY.has(w.text) || w.key === 'patungan') && (firstPurpose < 0 || i < firstPurpose))) return null;
  const total = s.nums.length === 1 ? oneAmount(a, s) : null;
  const ci = cs.findIndex((c, i) => i >= si && businessPurpose(c) && !negatedPurpose(c) && !has(c, HOME));
  if (ci < 0) {
    // "uang kiriman anak 1jt buat renovasi dapur, ga buat usaha": hers, not the business's.
    return cs.some((c) => negatedPurpose(c)) && total !== null ? { intent: 'unknown', confidence: C_PARTIAL, notes: ['personal_money'] } : null;
  }
  const c = cs[ci] as Clause;
  if (SAVINGS.has(source) && !c.words.some(isModal)) return null;
  // The money's day: one past day said in its clauses, or today. (A remark after them with no
  // money — "semoga besok lebih rame" — names no day of it.)
  const lastMoney = Math.max(ci, ...cs.map((d, i) => (d.nums.length > 0 ? i : -1)));
  const dates = a.dates.filter((d) => d.start < (cs[lastMoney] as Clause).to);
  if (dates.length > 1 || dates.some((d) => d.future || d.date === null)) return null;
  const date = dates[0]?.date ?? a.today;
  // A plan in any clause up to the capital, or in one holding money: no fact yet.
  if (cs.some((d, i) => (i <= ci || d.nums.length > 0) && has(d, PLAN)) || has(c, REST)) return null;
  // "kasih modal buat usaha adek": the capital of someone else's business.
  const bizAt = c.words.findIndex((w) => isModal(w) || BUSINESS.has(w.key) || BUSINESS_AFTER_PURPOSE.has(w.key));
  if (c.words.slice(bizAt + 1).some((w, k) => {
    const tokenIndex = a.tokens.indexOf(w);
    const before = c.words[bizAt + k];
    return personAt(a.tokens, tokenIndex) && !(before !== undefined && FROM.has(before.key));
  })) return null;
  let capital: number | null;
  if (c.nums.length === 0) capital = total;
  else if (ci === si) capital = total;
  else capital = oneAmount(a, c);
  if (capital === null || total === null || capital > total) return null;
  const entries: ParsedEntry[] = [entry('capital', capital, source)];
  // "aku pake 1,5jt buat beli freezer buat jualan es": the purchase made in the same clause.
  if (ci !== si && has(c, USED) && has(c, BUY)) entries.push(entry('expense', capital, itemOf(c)));
  // A purchase or a sale said with no amount ("…, beli benang", "kemarin beli jarum"): unpriced, asked by the others.
  if (cs.some((d) => d.nums.length === 0 && d !== c && (has(d, BUY) || has(d, SOLD)))) return null;
  for (const d of cs.slice(ci + 1)) {
    if (d.nums.length === 0) continue;
    // "sisanya buat rumah 500rb", "500nya buat bayar utang … bukan usaha", "300rb buat beli obat": the rest, not recorded.
    if (has(d, REST) || has(d, HOME) || d.words.some((w) => NEGATION.has(w.text)) || d.words[0]?.text === 'nya') continue;
    if (has(d, BUY) && !has(d, PLAN) && !negatedPurpose(d) && entries.length === 1) {
      const spent = oneAmount(a, d);
      if (spent === null || spent > capital) return null;
      entries.push(entry('expense', spent, itemOf(d)));
      continue;
    }
    return null;
  }
  // Clauses before the capital other than the source: only the source may hold money.
  if (cs.slice(si + 1, ci).some((d) => d.nums.length > 0)) return null;
  return { intent: 'record', entries, date, confidence: C_MARKED };
}

// Without these words it reads nothing (its first test): its caller does not call it (guard-lists.ts says why).
detectOutsideMoneyIn.words = T_SOURCE;

/** A clause of capital from outside beside her other records: its tokens and its entry. */
export interface CapitalAside {
  from: number;
  to: number;
  entry: ParsedEntry;
  /** Said as a plan ("suami mau kasih modal 200rb"): the other records stand, asked. */
  plan: boolean;
}

/**
 * "laku 500rb, suami kasih modal 200rb": a later clause that is capital from outside on its own —
 * the source, the business as its purpose and one amount, no buying, selling or plan in it. The
 * other clauses are her other records, read without it (index.ts); before, "kasih" made it her
 * expense.
 */
export function capitalAside(a: Analysis): CapitalAside | null {
  if (!present(a, T_SOURCE) || !present(a, T_PURPOSE) || a.question || a.truncated) return null;
  const cs = clausesOf(a);
  const first = cs.findIndex((c) => c.nums.length > 0);
  const found = cs.filter((c, i) => i > first && c.nums.length === 1 && sourceIn(a, c.from, c.to) !== null);
  if (first < 0 || found.length !== 1 || sourceIn(a, (cs[0] as Clause).from, (cs[first] as Clause).to) !== null) return null;
  const c = found[0] as Clause;
  if (!businessPurpose(c) || negatedPurpose(c) || has(c, HOME) || has(c, BUY) || has(c, SOLD) || has(c, REST) || has(c, USED)) return null;
  if (calledOff(c.words)) return null;
  if (c.words.some((w) => PART_UNSAID.has(w.key) || RETURN_OWED.has(w.key) || INSTITUTIONS.has(w.key) || w.text.split(' ').some((x) => THEIR_BUSINESS.has(x)))) return null;
  const amount = oneAmount(a, c);
  const source = sourceIn(a, c.from, c.to);
  if (amount === null || source === null || SAVINGS.has(source)) return null;
  return { from: c.from, to: c.to, entry: entry('capital', amount, source), plan: has(c, PLAN) };
}

// Without these words it reads nothing (its first test): its caller does not call it (guard-lists.ts says why).
capitalAside.words = T_SOURCE;

/**
 * Where the clauses that hold its money end (a token index): the plan guard reads the message up to
 * there, so a plan said with the money asks and a remark after it ("kalo ada yg salah dikoreksi") does not.
 */
export function moneyClausesEnd(a: Analysis): number {
  const cs = clausesOf(a);
  const last = cs.map((c) => (c.nums.length > 0 ? c.to : 0)).reduce((x, y) => Math.max(x, y), 0);
  return Math.min(a.tokens.length, last);
}

/** The same entries, as a multiset of kind and amount. */
function sameEntries(x: readonly ParsedEntry[], y: readonly ParsedEntry[]): boolean {
  const key = (es: readonly ParsedEntry[]): string => es.map((e) => `${e.kind}:${e.amount}`).sort().join(',');
  return key(x) === key(y);
}

/**
 * Which reading of a message this reader read stands: the other readers' when it writes the same
 * money confidently (their item and day are theirs to keep), else this reader's.
 */
export function preferOutsideReading(others: ParseResult, outside: ParseResult): ParseResult {
  if (others.confidence < CONFIDENT) return outside;
  if (others.intent === 'record' && outside.intent === 'record' && sameEntries(others.entries, outside.entries)) return others;
  if (others.intent === 'repayment' && outside.intent === 'repayment' && others.amount === outside.amount) return others;
  return outside;
}

/**
 * Words around a record that are already accounted for, so no question is owed about them:
 *
 * - **Her work, then "dibayar N"** (`workPaid`): "jahit seragam 2 stel, dibayar 180rb", "rias
 *   pengantin di kampung sebelah, dibayar 1,5jt". A word of her paid work (a tailor's, a make-up
 *   artist's, a laundress's …; not one as often her own errand, "servis", "potong", "pijat") opens the message and a passive paying word stands right before the
 *   one amount: she was paid for that work. The work names what the money was for (no
 *   `no_object`), and one count in the work's clause ("2 stel") is how much work it was, not a
 *   number left unread. Not with her family's clothes ("jahit seragam anak saya"), nor with a word
 *   of not yet or later before the paying ("belum dibayar", "nanti dibayar"), nor when a second
 *   count stands beside it (`rok 1, celana 2` stays asked: counts-beside-total.ts).
 * - **Her work finished, the customer paid** (`workFinished`): "kebaya wisuda jadi, pelanggan
 *   bayar 1,2jt": what she made for the customer is done ("jadi", "selesai", "beres") and the
 *   customer paid: today's sale, no old debt to ask about. Not for the rest of an order ("sisanya",
 *   "pelunasan"): that may be a DP's balance.
 * - **The money handed over** (`closingSpans`): "titip kue di warung bu Yati, laku 35 biji @2rb,
 *   uangnya udah dikasih": a clause of only "the money is already given/received/paid" closes the
 *   sale before it (a consignment settled): no purchase or sale left unpriced.
 * - **Goods the takings came from** (`closingSpans`): "masuk 175rb dr jualan gorengan sama kopi":
 *   after her money, "dari jualan" / "hasil dagangan" and the goods: what sold, not goods unpriced.
 * - **A count of people in a remark** (`remarkCounts`): "minggu kemarin sepi cuma 3 pelanggan, tapi
 *   hari ini dapet 156rb": a count of customers or people in a clause with no money and a day, or a
 *   word of how busy it was set against what follows ("…, tapi …") — the story, not a number of the
 *   record. "rame 5 orang, laku 25rb" (no day, no contrast) is left to the self-check: 5 × 25rb?
 * - **Collected and paid** (`collectedAndPaid`): "bedcover 2 @25rb udah diambil n dibayar": the
 *   customer came for it and paid: her sale, never goods taken for home.
 */
import type { Analysis } from './analyze.ts';
import { S_PLAIN, type NumExpr } from './amount.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { clauseSpans, isClauseEnd } from './clause-ends.ts';
import { F_FUTURE, F_NEG } from './word-roles.ts';
import { present, trigger } from './triggers.ts';

/**
 * Words of paid work she does with her hands or skill, done for others. Not words that are as often
 * her own errand ("servis motor", "potong rambut", "pijat", "les", "bikin spanduk"): with those,
 * "dibayar" may be her paying, and the line is asked as before.
 */
const HER_WORK = new Set(['jahit', 'jahitan', 'jait', 'jaitan', 'njahit', 'menjahit', 'permak', 'vermak', 'permakan', 'vermakan', 'obras',
  'ngobras', 'rias', 'merias', 'ngerias', 'dandan', 'dandanin', 'makeup', 'make-up', 'mua', 'cuci', 'nyuci', 'nyuciin', 'cucian', 'setrika',
  'nyetrika', 'nyetrikain', 'setrikaan', 'gosok', 'bordir', 'payet', 'sablon', 'creambath', 'krimbat', 'sanggul', 'nyanggul', 'henna',
  'laundry', 'laundri', 'londri', 'katering', 'catering', 'ngajar', 'ngelesin']);
/** "di salon", "ke penjahit": a place or worker she took it to — her own errand, not her work. */
const TAKEN_TO = new Set(['salon', 'klinik', 'spa', 'bengkel', 'tukang', 'penjahit', 'tempat', 'laundry', 'laundri', 'londri', 'binatu', 'mall']);
/** Words that may open the message before her work: "tadi", "alhamdulillah", "hari ini". */
// ("ambil jahitan gamis 2 pcs, dibayar 160rb": her work collected by the customer, collected.ts.)
const OPENERS = new Set(['tadi', 'td', 'alhamdulillah', 'alhamdulilah', 'hari ini', 'barusan', 'abis', 'habis', 'udah', 'sudah', 'baru', 'pagi',
  'siang', 'sore', 'malam', 'malem', 'ambil', 'ngambil']);
/** The passive paying word: she was paid; or her getting ("jahit 2 rok + permak celana, dpt 85rb"). */
const PAID = new Set(['dibayar', 'dibayarkan', 'dibayar lunas', 'dapat', 'dapet', 'dpt', 'dpet', 'oleh']);
/** Before the paying word: "udah dibayar", "langsung dibayar". */
const PAID_LEAD = new Set(['sudah', 'udah', 'udh', 'dah', 'sdh', 'wis', 'uwis', 'wes', 'sampun', 'lah', 'alah', 'langsung', 'lgsg', 'lgsung', 'trus', 'terus', 'dan', 'n']);
/** Her own family: "jahit seragam anak saya" is her household's clothes, not her work. */
const OWN_FAMILY = new Set(['anak', 'anakku', 'suami', 'suamiku', 'saya', 'sy', 'aku', 'ku', 'sendiri', 'adik', 'adek', 'ortu', 'mertua', 'istri']);
/** After the amount, someone paid: "dibayar 180rb ke penjahit". */
const PAID_TO = new Set(['ke', 'kpd', 'kepada', 'buat', 'untuk', 'utk', 'tukang', 'penjahit']);

const T_WORK_PAID = trigger(PAID);

function numberAt(a: Analysis, j: number): NumExpr | undefined {
  const k = a.numIn[j];
  return k !== undefined && k >= 0 ? a.nums[k] : undefined;
}

interface WorkPaid {
  /** The one amount paid. */
  paid: NumExpr;
  /** The count of the work, when one stands in its clause ("2 stel"). */
  count: NumExpr | null;
}

/** Her work opening the message, then "dibayar N" (see the file comment); null otherwise. */
function readWorkPaid(a: Analysis): WorkPaid | null {
  if (!present(a, T_WORK_PAID) || a.nums.length === 0 || a.nums.length > 2) return null;
  const { tokens } = a;
  let i = 0;
  while (i < tokens.length && tokens[i]?.type === T_WORD && OPENERS.has((tokens[i] as Token).key)) i++;
  if (tokens[i]?.type !== T_WORD || !HER_WORK.has((tokens[i] as Token).key)) return null;
  let pay = -1;
  for (let j = i; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.type === T_NL) return null;
    if (t.type === T_WORD && OWN_FAMILY.has(t.key)) return null;
    if (t.type === T_WORD && TAKEN_TO.has(t.key) && j > i && ['di', 'ke', 'dari', 'dr'].includes(tokens[j - 1]?.key ?? '')) return null;
    if (t.type === T_WORD && PAID.has(t.key)) {
      pay = j;
      break;
    }
  }
  if (pay < 0) return null;
  // "belum dibayar", "nanti dibayar": not paid yet.
  for (let j = pay - 1; j >= 0 && tokens[j]?.type === T_WORD; j--) {
    const t = tokens[j] as Token;
    if ((t.f & (F_NEG | F_FUTURE)) !== 0) return null;
    if (!PAID_LEAD.has(t.key)) break;
  }
  const paid = numberAt(a, pay + 1);
  if (paid === undefined || paid.start !== pay + 1 || paid.rupiah === null || paid.rupiah < 1000) return null;
  const after = tokens[paid.end];
  if (after?.type === T_WORD && PAID_TO.has(after.key)) return null;
  // Every other number is one count in the work's clause, before the paying word.
  let count: NumExpr | null = null;
  for (const ex of a.nums) {
    if (ex === paid) continue;
    if (ex.strength !== S_PLAIN || ex.end > pay || count !== null) return null;
    // (Only the paying clause may follow its clause: "2 meter, udah dibayar".)
    for (let j = ex.end; j < pay; j++) {
      if (isClauseEnd(tokens[j] as Token) && !tokens.slice(j + 1, pay).every((u) => u.type === T_WORD && PAID_LEAD.has(u.key))) return null;
    }
    count = ex;
  }
  return { paid, count };
}

/** Whether her work, then "dibayar N", says what the one amount was for. */
export function workPaid(a: Analysis): boolean {
  return readWorkPaid(a) !== null;
}

/** The count of her paid work ("jahit seragam 2 stel, dibayar 180rb"): accounted for by the work. */
export function workPaidCount(a: Analysis): NumExpr | null {
  return readWorkPaid(a)?.count ?? null;
}

/** Words that say what she made is done. */
const DONE = new Set(['jadi', 'jd', 'selesai', 'beres', 'kelar', 'rampung', 'finish', 'dah jadi']);
/** Words of an order's rest: the balance of a DP may be a debt settled, so still asked. */
const BALANCE = new Set(['sisa', 'sisanya', 'pelunasan', 'pelunasannya', 'kekurangan', 'kekurangannya', 'kurangnya', 'lunasin', 'dp']);
const T_DONE = trigger(DONE);

/** Who paid for the work: her customer. */
const CUSTOMER = new Set(['pelanggan', 'pelanggannya', 'pembeli', 'pembelinya', 'customer', 'cust', 'pemesan', 'pemesannya', 'orangnya',
  'yg punya', 'yang punya', 'konsumen']);

/**
 * "kebaya wisuda jadi, pelanggan bayar 1,2jt": a clause ending in a word of done, then a new clause
 * opened by her customer (see the file comment).
 */
export function workFinished(a: Analysis): boolean {
  if (!present(a, T_DONE)) return false;
  const { tokens } = a;
  for (let i = 1; i + 2 < tokens.length; i++) {
    const done = tokens[i] as Token;
    const comma = tokens[i + 1] as Token;
    if (done.type !== T_WORD || !DONE.has(done.key) || comma.type !== T_PUNCT || comma.text !== ',' || !CUSTOMER.has((tokens[i + 2] as Token).key)) continue;
    // Up to the payer clause's end ("…, nanti kalo ada yg kelewat …" after it is talk, not this payment).
    let end = i + 2;
    while (end < tokens.length && !isClauseEnd(tokens[end] as Token)) end++;
    return !tokens.slice(0, end).some((t) => t.type === T_WORD && (BALANCE.has(t.key) || (t.f & (F_NEG | F_FUTURE)) !== 0));
  }
  return false;
}

/** "uangnya udah dikasih": the words such a clause may hold. */
const MONEY_NOUNS = new Set(['uang', 'uangnya', 'duit', 'duitnya', 'bayarannya', 'hasilnya', 'setorannya']);
const HANDED = new Set(['dikasih', 'dikasi', 'dikasihin', 'dikasihkan', 'diterima', 'ditrima', 'diserahkan', 'diserahin', 'disetor',
  'disetorin', 'dibayar', 'dibayarin', 'masuk', 'lunas', 'ditransfer', 'ditf', 'diberikan', 'dikirim']);
const DONE_WORDS = new Set(['sudah', 'udah', 'udh', 'dah', 'sdh', 'wis', 'uwis', 'langsung', 'lgsg', 'juga', 'semua', 'semuanya', 'tunai', 'cash',
  'kontan', 'alhamdulillah', 'ke', 'saya', 'sy', 'aku', 'ku', 'kok', 'ya', 'bu']);
/** "dari jualan gorengan", "hasil dagangan": the goods the takings came from. */
const SOURCE_LEAD = new Set(['dari', 'dr', 'hasil']);
const SOLD_GOODS = new Set(['jualan', 'dagangan', 'jual', 'penjualan', 'jualanku', 'daganganku']);
const T_CLOSING = trigger(MONEY_NOUNS, SOLD_GOODS);

/** Handing words that can only be her receiving: "uangnya sudah diterima", "duitnya udah masuk". */
const RECEIVED = new Set(['diterima', 'ditrima', 'masuk']);

/**
 * "snack box 60 kotak @8rb, uangnya sdh diterima": a closing clause where the money was received
 * (not "dikasih", which may be her giving it) says the goods before it were sold.
 */
export function moneyReceived(a: Analysis): boolean {
  return closingSpans(a).some(([from, to]) => a.tokens.slice(from, to).some((t, k) =>
    t.type === T_WORD && RECEIVED.has(t.key) && MONEY_NOUNS.has(a.tokens[from]?.key ?? '') && k > 0));
}

/** Money (not a count) ends before token i, on the same line. */
function moneyBefore(a: Analysis, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    if ((a.tokens[j] as Token).type === T_NL) return false;
    const ex = numberAt(a, j);
    if (ex !== undefined && ex.rupiah !== null && ex.rupiah >= 1000 && ex.strength !== S_PLAIN) return true;
  }
  return false;
}

/** Token spans [from, to) of the clauses that close or source a record (see the file comment). */
export function closingSpans(a: Analysis): Array<[number, number]> {
  if (!present(a, T_CLOSING)) return [];
  const { tokens } = a;
  const out: Array<[number, number]> = [];
  for (const [start, i] of clauseSpans(tokens)) {
    if (i <= start || !moneyBefore(a, start)) continue;
    const words = tokens.slice(start, i);
    if (words.some((w) => w.type === T_NUM)) continue;
    // "uangnya udah dikasih": only money, done and handing words, a money noun and a handing word among them.
    if (words.every((w) => w.type === T_WORD && (MONEY_NOUNS.has(w.key) || HANDED.has(w.key) || DONE_WORDS.has(w.key))) &&
      words.some((w) => MONEY_NOUNS.has(w.key)) && words.some((w) => HANDED.has(w.key))) out.push([start, i]);
  }
  // "masuk 175rb dr jualan gorengan sama kopi": from the source words to the clause's end, no number in it.
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const lead = tokens[i - 1] as Token;
    if (t.type !== T_WORD || !SOLD_GOODS.has(t.key) || lead.type !== T_WORD || !SOURCE_LEAD.has(lead.key) || !moneyBefore(a, i - 1)) continue;
    let end = i + 1;
    while (end < tokens.length && !isClauseEnd(tokens[end] as Token) && numberAt(a, end) === undefined) end++;
    if (end < tokens.length && numberAt(a, end) !== undefined) continue;
    out.push([i - 1, end]);
  }
  return out;
}

/** People counted: "3 pelanggan", "5 orang". */
const PEOPLE = new Set(['pelanggan', 'orang', 'org', 'pembeli', 'customer', 'cust', 'tamu', 'konsumen']);
/** How busy it was: "sepi", "rame". */
const BUSY = new Set(['sepi', 'rame', 'ramai', 'lengang', 'sunyi', 'lumayan', 'dikit', 'sedikit', 'cuma', 'cuman', 'hanya']);
/** A past week or month: "minggu lalu", "bulan kemarin" (not day mentions: a.dates has no place for them). */
const PAST_PERIOD = new Set(['minggu lalu', 'minggu kemarin', 'minggu kemaren', 'minggu kmrn', 'bulan lalu', 'bulan kemarin', 'bulan kemaren']);
/** Words that set the next clause against the remark: "tapi", "tp". */
const CONTRAST = new Set(['tapi', 'tp', 'tpi', 'tapii', 'namun', 'cuman', 'untung', 'alhamdulillah', 'tapinya']);
const T_PEOPLE = trigger(PEOPLE);

/**
 * Counts of people in a remark clause with no money (see the file comment): a word of how busy it
 * was, or a day mention, stands in the clause, and money stands in another clause.
 */
export function remarkCounts(a: Analysis): Set<NumExpr> {
  const out = new Set<NumExpr>();
  if (a.nums.length < 2 || !present(a, T_PEOPLE)) return out;
  const { tokens } = a;
  for (const [start, i] of clauseSpans(tokens)) {
    // Another day's remark, or how busy it was set against the money after it ("…, tapi hari ini …").
    let remark = a.dates.some((m) => m.start >= start && m.end <= i);
    const contrast = CONTRAST.has(tokens[i + 1]?.key ?? '');
    const counts: NumExpr[] = [];
    let money = false;
    for (let j = start; j < i; j++) {
      const u = tokens[j] as Token;
      if (u.type === T_WORD && BUSY.has(u.key) && contrast) remark = true;
      if (u.type === T_WORD && PAST_PERIOD.has(u.key)) remark = true;
      // ("besok mau …, 12 orang": a plan, not a remark — its count keeps the line asked.)
      if (u.type === T_WORD && (u.f & F_FUTURE) !== 0) money = true;
      const ex = numberAt(a, j);
      if (ex === undefined) continue;
      if (ex.strength !== S_PLAIN || (ex.rupiah ?? 0) >= 1000) money = true;
      else if (tokens[ex.end]?.type === T_WORD && PEOPLE.has((tokens[ex.end] as Token).key)) counts.push(ex);
      else money = true;
      j = ex.end - 1;
    }
    if (remark && !money) for (const ex of counts) out.add(ex);
  }
  // Money must stand elsewhere: a count alone is the message's only number of the record.
  return a.nums.some((ex) => !out.has(ex) && ex.strength !== S_PLAIN) ? out : new Set();
}

/** "diambil n dibayar", "udah diambil dan dibayar lunas": words between the collecting and the paying. */
const BETWEEN = new Set(['dan', 'n', '&', 'trus', 'terus', 'langsung', 'lgsg', 'sudah', 'udah', 'udh', 'sdh', 'dah', 'sekalian', 'sama', 'juga']);
const PAID_NOW = new Set(['dibayar', 'bayar', 'lunas', 'dilunasi', 'dilunasin', 'dibayarin']);

/** Whether the taking verb at i is a customer collecting and paying (see the file comment). */
export function collectedAndPaid(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.key !== 'diambil') return false;
  for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
    const t = tokens[j] as Token;
    if (t.type !== T_WORD) return false;
    if (PAID_NOW.has(t.key)) return true;
    if (!BETWEEN.has(t.key) && !BETWEEN.has(t.text)) return false;
  }
  return false;
}

/** Her buying verbs: the goods were bought, the paying may still be owed. */
const BOUGHT = new Set(['beli', 'belanja', 'blanja', 'kulakan', 'kulak', 'nyetok', 'borong', 'tuku', 'tumbas', 'meuli', 'mbeli']);
const NOT_YET = new Set(['belum', 'blm', 'blum', 'during']);
const UNPAID = new Set(['bayar', 'dibayar', 'lunas', 'dilunasi', 'dilunasin', 'kebayar', 'terbayar']);
const T_NOT_YET = trigger(NOT_YET);

/**
 * "beli terigu 45rb, belum dibayar", "kulakan gula 300rb blm lunas": a purchase she has not paid
 * yet — bought on her tab. Recorded only when she says so (note `goods_on_credit`, as own-debt.ts): the
 * shop's bill is hers to pay later. Only when every entry is an expense and her buying verb stands
 * before the "not yet paid" words, with her money between.
 */
export function unpaidPurchase(a: Analysis, kinds: readonly string[]): boolean {
  if (kinds.length === 0 || kinds.some((k) => k !== 'expense') || !present(a, T_NOT_YET)) return false;
  const { tokens } = a;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || !NOT_YET.has(t.key) || !UNPAID.has((tokens[i + 1] as Token).key) || !moneyBefore(a, i)) continue;
    for (let j = i - 1; j >= 0 && (tokens[j] as Token).type !== T_NL; j--) if (BOUGHT.has((tokens[j] as Token).key)) return true;
  }
  return false;
}

/** Words that open a plan: "nanti", "ntar", "besok". */
const PLAN_OPENS = new Set(['nanti', 'nanti-nanti', 'ntar', 'entar', 'ntr', 'besok', 'besoknya', 'rencana', 'rencananya', 'mau']);
/** Words that may stand before the plan word: "…, terus nanti …", "…, tapi besok …". */
const PLAN_LEADS = new Set(['terus', 'trus', 'trs', 'tapi', 'tp', 'tpi', 'sama', 'dan', 'abis', 'habis', 'itu', 'baru']);
const T_PLAN = trigger(PLAN_OPENS);

/**
 * Entries read from a plan clause after a comma ("beli gula 20rb, nanti naik angkot 5rb"): the
 * clause opens with a plan word and holds its own amount, and another entry stands before it. The
 * money is not spent yet: left out, and she is asked to confirm the rest (`plan_line_left_out`, as a
 * plan line among the day's lines). `ats` are the entries' token positions.
 */
export function planClauseEntries(a: Analysis, ats: ReadonlyArray<number | undefined>): number[] {
  if (ats.length < 2 || !present(a, T_PLAN)) return [];
  const { tokens } = a;
  const out: number[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const comma = tokens[i - 1] as Token;
    if (comma.type !== T_PUNCT || comma.text !== ',' || !moneyBefore(a, i - 1)) continue;
    let j = i;
    while (j < tokens.length && tokens[j]?.type === T_WORD && PLAN_LEADS.has((tokens[j] as Token).key)) j++;
    if (!PLAN_OPENS.has(tokens[j]?.key ?? '')) continue;
    let end = j;
    while (end < tokens.length && !isClauseEnd(tokens[end] as Token)) end++;
    ats.forEach((at, k) => {
      if (at !== undefined && at >= i && at < end) out.push(k);
    });
  }
  return out.length < ats.length ? out : [];
}

/**
 * "laku 10 donat @2rb, uangnya belum dikasih": a clause of her money not yet handed over — the
 * goods went (a consignment sold, a customer's tab), the money did not: a sale on credit, asked.
 */
export function moneyNotHanded(a: Analysis): boolean {
  if (!present(a, T_NOT_YET) || !present(a, T_CLOSING)) return false;
  const { tokens } = a;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || !NOT_YET.has(t.key) || !HANDED.has((tokens[i + 1] as Token).key)) continue;
    for (let j = i - 1; j >= 0 && j >= i - 3 && !isClauseEnd(tokens[j] as Token); j--) if (MONEY_NOUNS.has((tokens[j] as Token).key)) return true;
  }
  return false;
}

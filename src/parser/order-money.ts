/**
 * Money received for an order or a job, in the shapes the order reader does not take (no
 * goods and price of a new order): "dapat uang 1,2jt dari pesanan seragam", "Pak RT bayar
 * setengah dulu 100rb buat tumpeng", "transfer masuk 85rb buat 2 bros, kirim besok". As
 * "terima dp 200rb dari bu ani" already is, the money received is her sale that day; the
 * order it came from names the goods, and the day the goods go out is not the sale's day.
 */
import { workOrderPaid } from './work-order-paid.ts';
import type { Analysis } from './analyze.ts';
import { T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { customerAt } from './intents/customer.ts';
import { customerPaysWork, isServiceWord } from './service-work.ts';
import { feeFromCustomer, feeOfWork, feePaidToHer, tookInWork } from './took-in-work.ts';
import { isDpAt } from './intents/down-payment.ts';
import { F_UNIT, G_ORDER } from './word-roles.ts';
import { present, trigger } from './triggers.ts';

/** Sending or handing over the goods: "kirim besok", "diantar lusa", "diambil Sabtu". */
const DELIVER = new Set(['kirim', 'dikirim', 'kirimnya', 'antar', 'diantar', 'anter', 'dianter', 'antarnya', 'diambil', 'ambilnya',
  'jadinya', 'selesai', 'dikirimkan', 'diantarkan']);
/** "buat tgl 28", "untuk acara sabtu": with a down payment, the day the order is for. */
const DUE_FOR = new Set(['buat', 'untuk', 'utk', 'bwt', 'acara', 'acaranya', 'tanggal', 'pas']);
/** Words around "buat/dari pesanan X". */
const SOURCE = new Set(['dari', 'buat', 'untuk', 'utk', 'bwt']);
/** Paying part now: "bayar setengah dulu", "bayar separuh", "DP". */
const ADVANCE = new Set(['dulu', 'dl', 'duluan', 'setengah', 'separuh', 'separo', 'sebagian', 'dp', 'panjar', 'panjer', 'persekot']);
const PAYS = new Set(['bayar', 'membayar', 'transfer', 'tf', 'ngasih', 'kasih']);

/**
 * Token flags of a delivery clause with a day ahead ("kirim besok", "diantar lusa"): the day
 * is when the goods go, not when the money came. Null when there is none.
 */
export function deliveryDay(a: Analysis): Uint8Array | null {
  if (a.dates.length === 0) return null; // nothing to hide: the reading below is of the dates
  let hide: Uint8Array | null = null;
  // A down payment is paid before the goods go: with one, "diambil sabtu", "buat tgl 28" is the
  // day ahead even when the day reader took last Saturday or the 28th just past — never the
  // day of the money ("dp kue ultah bu Ani 100rb, diambil sabtu" was dated last Saturday).
  const dp = a.tokens.some((_, i) => isDpAt(a, i) > 0);
  for (const m of a.dates) {
    if (!m.future && !dp) continue;
    let j = m.start - 1;
    while (j >= 0 && (a.tokens[j] as Token).type === T_WORD && ((a.tokens[j] as Token).key === 'nya' || (a.tokens[j] as Token).key === 'ya')) j--;
    const w = a.tokens[j];
    if (!w || w.type !== T_WORD || !(DELIVER.has(w.key) || (dp && DUE_FOR.has(w.key)))) continue;
    hide ??= new Uint8Array(a.tokens.length);
    for (let i = j; i < m.end; i++) hide[i] = 1;
  }
  return hide;
}

const T_SOURCE = trigger(SOURCE);
/** "dari pesanan seragam", "buat orderan nasi kotak": the order the money came from, as the item. */
export function orderSource(a: Analysis): string | null {
  if ((a.f2 & G_ORDER) === 0 || !present(a, T_SOURCE)) return null;
  const { tokens } = a;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    const o = tokens[i + 1] as Token;
    if (t.type !== T_WORD || !SOURCE.has(t.key) || o.type !== T_WORD || (o.f2 & G_ORDER) === 0) continue;
    const words: string[] = [o.text];
    for (let j = i + 2; j < tokens.length && words.length < 5; j++) {
      const u = tokens[j] as Token;
      if (u.type !== T_WORD || a.marks[j] !== 0 || u.info !== null) break;
      words.push(u.text);
    }
    return words.join(' ');
  }
  return null;
}

const T_PAYS = trigger(PAYS);
/**
 * "Pak RT bayar setengah dulu 100rb buat tumpeng": a titled person paying her part of the
 * price now. Returns the tokens to set aside (the name and the advance words), so the rest
 * reads as the money and what it is for; null when it is not such a message.
 */
export function customerAdvance(a: Analysis): Uint8Array | null {
  if (!present(a, T_PAYS)) return null; // (each customer must be followed by a paying word)
  const { tokens } = a;
  for (let i = 0; i < tokens.length; i++) {
    const who = customerAt(a, i);
    if (!who) continue;
    const pay = tokens[who.end];
    if (!pay || pay.type !== T_WORD || !PAYS.has(pay.key)) return null;
    const hide = new Uint8Array(tokens.length);
    for (let j = who.start; j < who.end; j++) hide[j] = 1;
    let advance = false;
    for (let j = who.end + 1; j < tokens.length; j++) {
      const u = tokens[j] as Token;
      if (u.type === T_NUM || u.type === T_PUNCT) break;
      if (u.type === T_WORD && ADVANCE.has(u.key)) {
        hide[j] = 1;
        advance = true;
      } else break;
    }
    return advance ? hide : null;
  }
  return null;
}

// Without these words it reads nothing (its first test): its caller does not call it (guard-lists.ts says why).
customerAdvance.words = T_PAYS;

const FOR = new Set(['buat', 'untuk', 'utk', 'bwt']);

/**
 * "masuk 85rb buat 2 bros", "dapat DP 150rb buat 10 kotak nasi": the count and goods after
 * "buat" are what the money paid for. Returns them (and the count's expression, which is
 * then accounted for) when they follow the amount `amount` directly; null otherwise.
 */
export function goodsAfterAmount(a: Analysis, amount: number): { quantity: number; unit: string | null; item: string | null } | null {
  const { tokens } = a;
  const ex = a.nums.find((n) => n.rupiah === amount);
  if (!ex) return null;
  // "150rb dari Bu Ani buat 10 kotak nasi": who paid may stand between.
  let at = ex.end;
  const from = tokens[at]?.key === 'dari' ? customerAt(a, at + 1) : null;
  if (from) at = from.end;
  const f = tokens[at];
  if (!f || f.type !== T_WORD || !FOR.has(f.key)) return null;
  const k = a.numIn[at + 1] ?? -1;
  const count = k >= 0 ? a.nums[k] : undefined;
  if (!count || count.words || count.rupiah === null || count.rupiah >= 1000 || count.strength !== 0) return null;
  let unit: string | null = null;
  const words: string[] = [];
  for (let j = count.end; j < tokens.length; j++) {
    const u = tokens[j] as Token;
    if (u.type !== T_WORD || a.marks[j] !== 0) break;
    if (unit === null && words.length === 0 && (u.f & F_UNIT) !== 0) unit = u.text;
    else if (u.info === null || (u.f & F_UNIT) !== 0) words.push(u.text);
    else break;
  }
  if (unit === null && words.length === 0) return null;
  return { quantity: count.rupiah, unit, item: words.length > 0 ? words.join(' ') : null };
}

/** People who buy from her. */
const BUYERS = new Set(['pembeli', 'pelanggan', 'konsumen', 'customer', 'cust', 'langganan', 'tamu']);
/** Receiving: "dapat upah", "terima ongkos". */
const RECEIVE = new Set(['dapat', 'dapet', 'terima', 'nerima', 'diterima', 'masuk', 'got', 'get', 'gets', 'received', 'receive', 'earned',
  'earn']);
/** Pay for her work: received, it is her takings ("dapat upah jahit 50rb"); paid, her expense. */
const WORK_PAY = new Set(['upah', 'ongkos', 'bayaran', 'ongkosnya', 'upahnya', 'bayarannya']);
/**
 * Costs that, received, are her earnings: "dapet commission 100k", "terima komisi 50rb", "got
 * delivery 20k", "dapat sewa kamar 500rb". (Not "listrik", "tagihan": "terima tagihan" is a bill.)
 */
const EARNED_COSTS = new Set(['commission', 'commissions', 'komisi', 'fee', 'fees', 'tip', 'tips', 'ongkir', 'delivery', 'shipping',
  'rental', 'sewa', 'sewaan', 'rent', 'wages', 'wage']);
/** Her own family: work done for them is paid by her. */
const OWN_FAMILY = new Set(['anak', 'anakku', 'suami', 'suamiku', 'saya', 'sy', 'aku', 'sendiri', 'keluarga']);

/**
 * Whose money: "pembeli bayar 100rb" (a buyer paid her) and "dapat upah 50rb dari jahit
 * baju" (she was paid for her work) move money in, though "bayar" and "upah" are spending
 * words. 'buyer' (asked: for goods, or a debt paid?) or 'work' (her takings), else null.
 */
export function moneyIn(a: Analysis): 'buyer' | 'work' | 'unclear' | null {
  const { tokens } = a;
  let verbBefore = false;
  let workFirst = false;
  // "terima jahitan gamis, ongkos jahit 85rb udah dibayar": she took the work in, so its fee is
  // paid to her (took-in-work.ts).
  const tookIn = tookInWork(tokens);
  // "cucian bu Rina, bayar 45rb": her customer paying for the work named first (service-work.ts).
  const paysWork = customerPaysWork(tokens);
  if (paysWork !== null) return paysWork;
  // "jahit rok 1, celana 2 potong pesanan Mama Tin, smua 125rb so bayar": her work to a customer's order, paid (work-order-paid.ts).
  if (workOrderPaid(a) === 'work') return 'work';
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    const n = tokens[i + 1] as Token;
    if (tookIn && t.type === T_WORD && WORK_PAY.has(t.key) && feeOfWork(tokens, i, (w) => SERVICE.has(w) || isServiceWord(w)) &&
      !tokens.some((u) => OWN_FAMILY.has(u.key))) return 'work';
    // "jahit 3 gamis ongkos 85rb per gamis": her work named first, then its fee — paid to her
    // (not for her own family's clothes: "jahit baju anak saya ongkos 50rb").
    if (t.type === T_WORD && workFirst && WORK_PAY.has(t.key) && !tokens.some((u) => OWN_FAMILY.has(u.key))) return 'work';
    if (t.type === T_WORD && !verbBefore && isServiceWord(t.key) && n.type === T_NUM) workFirst = true;
    if (t.type !== T_WORD || n.type !== T_WORD) continue;
    if (BUYERS.has(t.key) && PAYS.has(n.key)) return 'buyer';
    if (RECEIVE.has(t.key) && (WORK_PAY.has(n.key) || EARNED_COSTS.has(n.key))) return 'work';
    // "upah jahit 3 baju 150rb", "ongkos jahit kebaya bu Rina": paid to a tailor, or paid as one?
    // Counted in people ("upah jahit 3 orang @50rb") or paid to her workers: wages she pays.
    // "upah sulam kerudung dari bu Ani 150rb": whatever the work, a fee from her customer is paid to her.
    if (i === 0 && WORK_PAY.has(t.key) && feeFromCustomer(tokens, i) && !paysWorkers(a) && !tokens.some((u) => OWN_FAMILY.has(u.key))) return 'work';
    if (!verbBefore && WORK_PAY.has(t.key) && (SERVICE.has(n.key) || isServiceWord(n.key))) {
      if (paysWorkers(a)) return null;
      // "upah jahit 3 gamis dari bu Sri 255rb": from her customer, so paid to her (took-in-work.ts).
      // "ongkos jahit kebaya 250rb udah dibayar": paid with nobody named after the money (took-in-work.ts).
      return feeFromCustomer(tokens, i) || (feePaidToHer(tokens, i) && !tokens.some((u) => OWN_FAMILY.has(u.key))) ? 'work' : 'unclear';
    }
    // "cucian bu Ani 28rb bayar nanti": her work named first, then "bayar": the customer's
    // paying (later) as likely as hers.
    if (!verbBefore && isServiceWord(t.key)) workFirst = true;
    if (workFirst && PAYS.has(n.key)) return 'unclear';
    if (t.info?.kind !== undefined || PAYS.has(t.key)) verbBefore = true;
  }
  return null;
}

/** People she employs: "karyawan", "tukang", "buruh". */
const WORKERS = new Set(['karyawan', 'pegawai', 'pekerja', 'tukang', 'buruh', 'kuli', 'anak buah', 'pembantu', 'asisten']);

/** "3 orang", "2 org": a count of people paid, or a worker named: the pay goes out to them. */
function paysWorkers(a: Analysis): boolean {
  const { tokens } = a;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (WORKERS.has(t.key)) return true;
    if (t.key === 'orang' && tokens[i - 1]?.type === T_NUM) return true;
  }
  return false;
}

/** Work done for a fee: a tailor's, a laundress's, a masseuse's. */
const SERVICE = new Set(['jahit', 'jahitan', 'permak', 'obras', 'cuci', 'setrika', 'gosok', 'pijat', 'urut', 'servis', 'service',
  'rias', 'les', 'bordir', 'payet']);

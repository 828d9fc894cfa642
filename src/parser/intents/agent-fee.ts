/**
 * An agent's fee income: a BRILink, e-wallet or bank agent earns a fee on each withdrawal,
 * transfer or deposit she handles for a customer ("fee brilink 35rb", "dapat fee tarik tunai
 * 5rb x 7", "admin transfer 3 kali @5rb", "untung transfer hari ini 42rb", "tarik tunai 500rb
 * fee 5rb"). The fee is her takings, a sale; the cash handed over or sent is the customer's
 * money passing through her till, neither her sale nor her withdrawal. Read before the general
 * record reader, which took `fee` for a cost and `tarik` for money taken out for the home.
 *
 * Not hers to read: a fee she pays (`bayar admin bank 6.500`, `kena admin 2.500`, `dipotong
 * admin`) or an admin fee with no agent's service near it (`admin shopee 15rb`, a marketplace
 * cost); `biaya admin transfer …` may be either, so the kind is asked. Plans, questions and
 * negations are left to the other readers and the guards.
 */
import type { Analysis } from '../analyze.ts';
import { S_PLAIN, type NumExpr } from '../amount.ts';
import { C_CLEAR, C_MARKED, C_NO_VERB, C_NOT_FACT, C_APPROX, C_DOUBT, Confidence } from '../confidence.ts';
import { T_NUM, T_PUNCT, T_WORD, type Token } from '../lexer.ts';
import { present, trigger } from '../triggers.ts';
import type { ParsedEntry, ParseResult } from '../types.ts';
import { F_FUTURE, F_NEG, F_QUESTION, G_EACH, G_MULT } from '../word-roles.ts';
import { resellerFeeGiven } from '../reseller-fee.ts';

/** Words of the fee itself. */
const FEE = new Set(['fee', 'feenya', 'fe', 'komisi', 'komisinya', 'admin', 'adminnya', 'adm']);
/** Profit words: hers from the service only when the service is named ("untung transfer 42rb"). */
const PROFIT = new Set(['untung', 'untungnya', 'laba', 'keuntungan', 'cuan']);
/** The agent's services and the agencies: what the fee is earned on. */
const SERVICE = new Set(['brilink', 'bri', 'briling', 'agen', 'transfer', 'tf', 'trf', 'transferan', 'tarik', 'tarikan', 'narik', 'tunai',
  'setor', 'setoran', 'nasabah', 'transaksi', 'trx', 'dana', 'ovo', 'gopay', 'shopeepay', 'linkaja', 'ewallet', 'e-wallet', 'topup',
  'laku pandai', 'lakupandai', 'mandiri', 'bni', 'bank', 'kirim', 'kiriman', 'penarikan', 'penyetoran', 'pengiriman']);
/** Words only an agent's work has: the fee on them is hers. */
const AGENT = new Set(['brilink', 'briling', 'agen', 'nasabah', 'pelanggan', 'konsumen', 'tarik', 'tarikan', 'narik', 'tunai', 'penarikan',
  'transaksi', 'trx', 'org', 'orang', 'laku pandai', 'lakupandai', 'komisi', 'komisinya', 'pulsa', 'token', 'ppob']);
/** Top-up goods an agent earns a fee or commission on ("komisi pulsa 15rb"); not with a profit word. */
const TOP_UPS = new Set(['pulsa', 'token', 'ppob', 'kuota', 'voucher']);
/** Words of a fee received: hers whatever it was earned on. */
const RECEIVED = new Set(['dapat', 'dapet', 'dpt', 'terima', 'nerima', 'diterima', 'masuk', 'income']);
/** Fee words that alone are more often earned than paid (not "admin": a marketplace's cost). */
const BARE_FEE = new Set(['fee', 'feenya', 'komisi', 'komisinya']);
/** Words by which she pays a fee rather than earns one. */
const PAYS = new Set(['bayar', 'byr', 'kena', 'dipotong', 'potong', 'potongan', 'kepotong', 'dikenakan', 'kenain']);
/** "biaya admin": the customer's charge (her fee) or the bank's charge on her? Asked. */
const CHARGE = new Set(['biaya', 'ongkos']);
/**
 * Counting words of transactions between a count and its fee each: "3 kali @5rb", "7x", and what
 * was counted ("4 order x 12rb", "3 resi x 2rb", "10 paket x 1.500": a fee on each order or parcel).
 */
const TIMES = new Set(['kali', 'x', 'transaksi', 'trx', 'org', 'orang', 'nasabah', 'order', 'orderan', 'pesanan', 'paket', 'pkt',
  'resi', 'pcs', 'biji', 'item', 'customer', 'cust', 'pembeli', 'konsumen', 'pelanggan']);

/** What stands before the fees' total said again: "= 48rb", "jadi 48rb", "total 48rb". */
const TOTAL_MARK = new Set(['=', 'jadi', 'jd', 'total', 'totalnya', 'semua', 'semuanya']);

function key(t: Token | undefined): string {
  return t !== undefined && t.type === T_WORD ? t.key : '';
}

/** The fee words' money: the first amount after each fee word, with the count it is multiplied by. */
interface Fee {
  at: number;
  word: string;
  num: NumExpr;
  quantity: number | null;
  each: boolean;
  /** The service word of a fee listed by the count after the fee word ("transfer 3x @7rb"). */
  service?: number | null;
}

function isMoney(n: NumExpr): boolean {
  return n.rupiah !== null && (n.strength > S_PLAIN || n.rupiah >= 1000);
}

/** A plain count token. */
function count(t: Token | undefined): number | null {
  return t !== undefined && t.type === T_NUM && t.num?.plain === true && t.num.ok ? t.num.value.m : null;
}

/** "5rb x 7", "5rb x7", "5rb 7x": a count after the fee. */
function countAfter(a: Analysis, end: number): { n: number; to: number } | null {
  const t = a.tokens[end];
  if (t !== undefined && (t.f2 & G_MULT) !== 0) {
    const n = count(a.tokens[end + 1]);
    if (n !== null && a.numIn[end + 1] !== undefined && !isMoneyAt(a, end + 1)) return { n, to: end + 2 };
  }
  const n = count(t);
  if (n !== null && (a.tokens[end + 1]?.f2 ?? 0) & G_MULT) return { n, to: end + 2 };
  return null;
}

function isMoneyAt(a: Analysis, i: number): boolean {
  const k = a.numIn[i] as number;
  const ex = k >= 0 ? a.nums[k] : undefined;
  return ex !== undefined && isMoney(ex);
}

/** "3 kali @5rb", "4 transaksi x 3rb", "10 x 2500": a count before the fee, then an each mark. */
function countBefore(a: Analysis, start: number, from: number): { n: number; at: number } | null {
  let j = start - 1;
  let mark = false;
  while (j > from && a.tokens[j]?.type === T_PUNCT && a.tokens[j]?.text === '@') { mark = true; j--; }
  while (j > from && ((a.tokens[j]?.f2 ?? 0) & (G_MULT | G_EACH)) !== 0) { mark = true; j--; }
  // "4 order kali 12rb": "kali" right before the fee multiplies as "x" does.
  if (!mark && j === start - 1 && j > from && key(a.tokens[j]) === 'kali') { mark = true; j--; }
  // (At most two: "4 order x", "3 kali transaksi @5rb".)
  for (let w = 0; w < 2 && j > from && TIMES.has(key(a.tokens[j])); w++) j--;
  const n = count(a.tokens[j]);
  if (!mark || n === null || isMoneyAt(a, j)) return null;
  return { n, at: j };
}

/** Whether a token lies within a few words after a service word (the cash handed over). */
function afterService(a: Analysis, start: number): boolean {
  for (let j = start - 1; j >= 0 && j >= start - 3; j--) {
    const t = a.tokens[j] as Token;
    if (t.type !== T_WORD) return false;
    if (SERVICE.has(t.key) || SERVICE.has(t.text)) return true;
  }
  return false;
}

const T_AGENT_FEE = trigger(FEE, PROFIT);

export function detectAgentFee(a: Analysis): ParseResult | null {
  // Cheap gate: a fee or profit word must be written.
  if (!present(a, T_AGENT_FEE)) return null;
  let gate = false;
  for (const t of a.tokens) if (t.type === T_WORD && (FEE.has(t.key) || PROFIT.has(t.key))) { gate = true; break; }
  if (!gate) return null;
  const { tokens } = a;
  if (a.question || (a.f & (F_NEG | F_FUTURE | F_QUESTION)) !== 0) return null;
  const fee = tokens.some((t) => t.type === T_WORD && FEE.has(t.key));
  const service = tokens.some((t) => t.type === T_WORD && (SERVICE.has(t.key) || SERVICE.has(t.text) || (fee && TOP_UPS.has(t.key))));
  // "dapat fee 50rb": a fee received is hers whatever the service. "fee 50rb", "komisi 50rb"
  // with neither: earned or paid (to a reseller, a marketplace)? Read as earned, the kind asked.
  const received = fee && tokens.some((t) => t.type === T_WORD && RECEIVED.has(t.key));
  const bare = !service && !received && tokens.some((t) => t.type === T_WORD && BARE_FEE.has(t.key));
  if (!service && !received && !bare) return null;
  // A transfer or an e-wallet alone may be her own ("transfer ke supplier 500rb admin 6.500": the
  // bank's fee on her): the fee is hers for sure only with an agent's word (BRILink, agen, nasabah,
  // tarik tunai), a fee received, a profit word, or fees counted one by one ("3 kali @5rb").
  const agent = received || tokens.some((t) => t.type === T_WORD && (AGENT.has(t.key) || AGENT.has(t.text) || PROFIT.has(t.key)));
  if (tokens.some((t) => t.type === T_WORD && PAYS.has(t.key))) return null;
  // "fee reseller 10k per paket udh aku kasih", "komisi agen 50rb sudah kukasih": the fee she gave her
  // reseller or agent is her cost, read by the record reader (reseller-fee.ts).
  if (resellerFeeGiven(a) !== null) return null;
  const charged = tokens.some((t) => t.type === T_WORD && CHARGE.has(t.key));

  const fees: Fee[] = [];
  const used = new Set<NumExpr>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || !(FEE.has(t.key) || PROFIT.has(t.key))) continue;
    // The first money after the fee word, before the next fee word.
    const num = a.nums.find((n) => n.start > i && isMoney(n) && !used.has(n));
    if (num === undefined) continue;
    const between = tokens.slice(i + 1, num.start);
    if (between.some((b) => b.type === T_WORD && (FEE.has(b.key) || PROFIT.has(b.key)))) continue;
    // "fee tarik tunai 5rb": service words between are what the fee is on; the cash handed over
    // is an amount after a service word with no fee word before it.
    used.add(num);
    const after = countAfter(a, num.end);
    const before = after === null ? countBefore(a, num.start, i) : null;
    fees.push({ at: i, word: t.key, num, quantity: after?.n ?? before?.n ?? null, each: after !== null || before !== null });
  }
  if (fees.length === 0) return null;
  // "Fee brilink: tarik tunai 8x @5rb, transfer 3x @7rb": after a fee word, a fee each by the
  // count is a fee too (the cash handed over is never written count × price).
  const firstFee = (fees[0] as Fee).at;
  for (const n of a.nums) {
    if (used.has(n) || !isMoney(n) || n.start < firstFee) continue;
    const after = countAfter(a, n.end);
    const before = after === null ? countBefore(a, n.start, firstFee) : null;
    if (after === null && before === null) continue;
    used.add(n);
    let at = n.start - 1;
    while (at > firstFee && !(a.tokens[at]?.type === T_WORD && (SERVICE.has(key(a.tokens[at])) || SERVICE.has((a.tokens[at] as Token).text)))) at--;
    fees.push({ at: firstFee, word: (fees[0] as Fee).word, num: n, quantity: after?.n ?? before?.n ?? null, each: true, service: at > firstFee ? at : null });
  }

  const c = new Confidence(C_CLEAR);
  // Any other money must be cash the customer handed over (after a service word), or the fees'
  // total said again ("4 order x 12rb = 48rb"); else asked.
  const feesTotal = fees.reduce((sum, f) => sum + (f.each && f.quantity !== null ? (f.num.rupiah as number) * f.quantity : (f.num.rupiah as number)), 0);
  for (const n of a.nums) {
    if (used.has(n) || !isMoney(n)) continue;
    if (n.rupiah === feesTotal && fees.some((f) => f.each) && TOTAL_MARK.has(key(a.tokens[n.start - 1]) || (a.tokens[n.start - 1]?.text ?? ''))) continue;
    if (!afterService(a, n.start)) c.cap(C_DOUBT, 'unaccounted_number');
  }
  if (fees.some((f) => PROFIT.has(f.word))) c.cap(C_MARKED);
  if (charged || bare || (!agent && !fees.some((f) => f.each))) c.cap(C_NO_VERB, 'kind_guessed');
  if (fees.some((f) => f.num.approx)) c.cap(C_APPROX, 'approximate');
  if (fees.some((f) => f.num.ambiguous)) c.cap(C_DOUBT, 'ambiguous_amount');

  let date = a.today;
  const day = a.dates[0];
  if (day !== undefined) {
    if (day.future || day.date === null) c.cap(C_NOT_FACT, day.future ? 'future_date' : 'invalid_date');
    else date = day.date;
    if (day.vague) c.cap(C_APPROX, 'vague_date');
    if (a.dates.some((m) => m.date !== day.date)) c.cap(C_DOUBT, 'several_dates');
  }

  const entries: ParsedEntry[] = fees.map((f) => {
    const price = f.num.rupiah as number;
    const quantity = f.quantity;
    const amount = f.each && quantity !== null ? price * quantity : price;
    return { kind: 'sale', amount, item: itemOf(a, f), quantity, unit: null, unitPrice: f.each ? price : null };
  });
  return c.notes.length > 0
    ? { intent: 'record', confidence: c.value, entries, date, notes: c.notes }
    : { intent: 'record', confidence: c.value, entries, date };
}

// Without these words it reads nothing (its first test): readIntent does not call it (index.ts, guard-lists.ts).
detectAgentFee.words = T_AGENT_FEE;

/** "fee tarik tunai", "admin transfer", "fee brilink": the fee word and the service after it. */
function itemOf(a: Analysis, f: Fee): string {
  const word = f.word.endsWith('nya') ? f.word.slice(0, -3) : f.word;
  if (f.service !== undefined && f.service !== null) return `${word} ${(a.tokens[f.service] as Token).text}`;
  const words = [word];
  for (let j = f.at + 1; j < f.num.start && words.length < 4; j++) {
    const t = a.tokens[j] as Token;
    if (t.type !== T_WORD || !(SERVICE.has(t.key) || SERVICE.has(t.text))) break;
    words.push(t.text);
  }
  if (words.length === 1) {
    // "tarik tunai 500rb fee 5rb": the service before the fee word.
    const service = a.tokens.find((t) => t.type === T_WORD && (SERVICE.has(t.key) || SERVICE.has(t.text)));
    if (service !== undefined) words.push(service.text);
  }
  return words.join(' ');
}

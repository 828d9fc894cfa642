/**
 * payment_received: a customer's instalment on goods she sold on credit — "cicilan gamis dr Mbak Rina
 * masuk 100rb (ke-3 dari 5)", "cicilan dari pembeli gamis kredit masuk 150rb, sisa 300rb lagi",
 * "angsuran kulkas ti bu Euis 200rb", "nyicil dari Daeng Ngai 50rb".
 *
 * WHY: "cicilan" alone is her own loan's instalment (a repayment); the instalment word never says whose
 * it is. The direction does: "dari/dr/ti/seko <a customer>" — a titled name or a buyer by role — says
 * the money came FROM someone to her. Only those known words decide: "cicilan ke bu Ani" (she paid),
 * "cicilan koperasi", "angsuran KUR", "cicilan pinjaman dari bank" (a lender named) stay her repayment.
 */
import type { Analysis } from '../analyze.ts';
import { C_DOUBT, C_NOT_FACT, C_PARTIAL, Confidence } from '../confidence.ts';
import { T_NL, T_WORD, type Token } from '../lexer.ts';
import { paymentNums, aheadOutsideRest } from '../debt-remainder.ts';
import { present, trigger } from '../triggers.ts';
import type { ParseResult } from '../types.ts';
import { F_DURATION, F_NEG, F_PERIOD } from '../word-roles.ts';
import { customerAt as customerWordsAt, type Customer } from './customer.ts';
import { payerNotAName } from '../payer-name.ts';
import { paidAmount, scored } from './shared.ts';

/** A titled customer at i whose words are a name ("dr ibu berjilbab" describes someone: no payer, payer-name.ts). */
function customerAt(a: Analysis, i: number): Customer | null {
  const c = customerWordsAt(a, i);
  return c !== null && payerNotAName(a, c.start, c.end) === null ? c : null;
}

/** The instalment words (with "-nya"). */
const INSTALMENT = new Set(['cicilan', 'cicilannya', 'angsuran', 'angsurannya', 'nyicil', 'cicil', 'dicicil', 'mencicil', 'nyicilnya',
  'ngangsur', 'mengangsur', 'angsur']);
/** From: Indonesian, chat, Javanese, Sundanese, English. */
const FROM = new Set(['dari', 'dr', 'drpd', 'ti', 'tina', 'seko', 'soko', 'teko', 'from']);
/** Buyers by role after "dari": "dari pembeli gamis kredit". */
const BUYER_ROLES = new Set(['pembeli', 'pelanggan', 'langganan', 'konsumen', 'customer', 'cust', 'costumer', 'reseller', 'tetangga',
  'pembelinya', 'pelanggannya', 'buyer']);
/**
 * Her agents and resellers, who take her goods to sell on and pay for them by instalments: "agen nyicil
 * 200rb", "cicilan dari agen masuk 150rb". Money in — but "agen" is also a lender's counter (BRILink) or
 * her own supplier, so it is asked (`someone_paid`), never her loan's repayment unasked.
 */
const AGENTS = new Set(['agen', 'agennya', 'agenku', 'subagen', 'sub-agen']);
/** Sellers-on who pay her, opening the message ("reseller nyicil 100rb"): asked as any payer at the head is. */
const SELLERS_ON = new Set(['reseller', 'resellerku', 'resellernya', 'reseler', 'dropshipper', 'dropshiper']);
/** Lenders and her own dues: with any of them it is her instalment (as read today). */
const LENDERS = new Set(['koperasi', 'kop', 'bank', 'bri', 'bni', 'bpr', 'mandiri', 'bsi', 'kur', 'mekaar', 'pnm', 'ulamm', 'pinjaman',
  'pinjol', 'leasing', 'kelompok', 'arisan', 'iuran', 'simpanan', 'pegadaian', 'gadai', 'adira', 'fif', 'baf', 'kredivo', 'akulaku',
  'paylater', 'spaylater', 'rentenir', 'bpjs', 'brilink', 'bank-bank']);
/** She paid it: "cicilan ke bu Ani", "bayar cicilan …" (her paying verb before the instalment). */
const TO = new Set(['ke', 'kepada', 'kpd', 'ka']);
const HER_PAYING = new Set(['bayar', 'byr', 'setor', 'nyetor', 'transfer', 'tf']);

/** Goods a household buys on instalment for itself (a motorbike, a car, a phone, a house). */
const OWN_BIG_GOODS = new Set(['motor', 'mtr', 'mobil', 'hp', 'handphone', 'rumah', 'kpr', 'laptop', 'mesin', 'sepeda']);

/** A debt named with the instalment: whose debt it is is not said. */
const DEBT = new Set(['utang', 'hutang', 'utangnya', 'hutangnya', 'utangku', 'hutangku']);

/**
 * What she is owed, named as paid: "piutang bros Rp 30.000 dr bu Lina udah masuk", "piutang dari pak Darto
 * lunas 120rb" — her receivable ("piutang" is never her own debt) from a customer, come in.
 */
const RECEIVABLE = new Set(['piutang', 'piutangnya']);
const CAME_IN = new Set(['masuk', 'dibayar', 'lunas', 'dilunasi', 'dilunasin', 'ditransfer', 'diterima', 'cair', 'dibayarkan']);

const T_INSTALMENT = trigger(INSTALMENT, RECEIVABLE);

/** The customer after a from-word within the five words after the instalment word at i, or null. */
function fromCustomer(a: Analysis, i: number): { name: string } | null {
  const { tokens } = a;
  for (let j = i + 1; j < tokens.length && j <= i + 5; j++) {
    const t = tokens[j] as Token;
    if (t.type === T_NL) return null;
    if (t.type !== T_WORD || !FROM.has(t.key)) continue;
    const n = tokens[j + 1];
    if (n !== undefined && n.type === T_WORD && (BUYER_ROLES.has(n.key) || AGENTS.has(n.key))) return { name: `${n.text[0]?.toUpperCase()}${n.text.slice(1)}` };
    const c = customerWordsAt(a, j + 1);
    if (c === null || !c.titled) return null;
    // ("cicilan dr ibu berjilbab": someone described — a payer with no name, asked below.)
    const notName = payerNotAName(a, c.start, c.end);
    return notName === null ? { name: c.name } : notName === 'described' ? { name: '' } : null;
  }
  return null;
}

/** A titled customer (or a buyer by role) after the instalment word at i, the goods or when between ("cicilan baju bu Ani"), or null. */
function namedAfter(a: Analysis, i: number): { name: string } | null {
  const next = customerAt(a, i + 1);
  if (next !== null && next.titled) return { name: next.name };
  return goodsThenCustomer(a, i);
}

/**
 * A titled customer right before the instalment word, opening the message ("bu Ani cicilan 100rb",
 * "Mbak Rina angsuran 50rb"), or right after it ("cicilan bu Ani 100rb": `after`). Null otherwise.
 */
function namedAround(a: Analysis): { name: string; after: boolean } | null {
  const { tokens } = a;
  const at = tokens.findIndex((t) => t.type === T_WORD && INSTALMENT.has(t.key));
  if (at < 0) return null;
  const head = customerAt(a, 0);
  if (head !== null && head.titled && head.end === at) return { name: head.name, after: false };
  const role = roleAtHead(a, at);
  if (role !== null) return { name: role, after: false };
  const after = namedAfter(a, at);
  return after === null ? null : { name: after.name, after: true };
}

/**
 * An agent or a buyer by role opening the message, then the instalment word (after "udah", or her paying
 * verb: "agen udah nyicil 200rb", "reseller bayar cicilan 100rb"): the one paying it. Its name, or null.
 */
function roleAtHead(a: Analysis, at: number): string | null {
  const head = a.tokens[0];
  if (head === undefined || head.type !== T_WORD || !(AGENTS.has(head.key) || SELLERS_ON.has(head.key) || BUYER_ROLES.has(head.key))) return null;
  let j = 1;
  while (j < at && (BEFORE_PAYING.has(a.tokens[j]?.key ?? '') || HER_PAYING.has(a.tokens[j]?.key ?? ''))) j++;
  return j === at ? `${head.text[0]?.toUpperCase()}${head.text.slice(1)}` : null;
}

/** Her own ("cicilan saya bu Ani 100rb" — hers, written to the one named): the name after it is the one addressed. */
const NOT_GOODS = new Set(['saya', 'aku', 'ku', 'kami', 'gue', 'gw', 'abdi']);
/**
 * When, between the instalment and the name ("cicilan bulan ini bu Ani 100rb", "cicilan kemarin bu Ani"):
 * skipped, neither goods nor a stop. The name may be Bu Ani's instalment this month or the one the message
 * is written to — either way never her own loan's confident repayment: asked, as "cicilan bu Ani" is.
 */
const WHEN = new Set(['ini', 'itu', 'tu', 'kemarin', 'kmrn', 'td', 'tadi', 'lalu', 'kemaren']);

function isWhen(a: Analysis, j: number): boolean {
  const t = a.tokens[j] as Token;
  return WHEN.has(t.key) || (t.f & (F_PERIOD | F_DURATION)) !== 0 || a.dates.some((d) => d.start <= j && j < d.end);
}
/** At most this many words of goods between the instalment word and the customer ("cicilan gamis batik bu Ani"). */
const GOODS_GAP = 2;

/**
 * "cicilan baju bu Ani 100rb", "angsuran gamis Mbak Rina 150rb", "cicilan baju tetangga 100rb": the
 * goods, then a titled customer (or a buyer by role) — the instalment on goods she sold is the
 * customer's, never her own loan's unasked. Only the title (or the role) decides; the goods words
 * between are only skipped, and a lender, a to/from word, a paying verb or a number stops it.
 */
function goodsThenCustomer(a: Analysis, at: number): { name: string; after: boolean } | null {
  const { tokens } = a;
  for (let j = at + 1; j <= at + 1 + GOODS_GAP && j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.type !== T_WORD || a.numIn[j] !== -1 || LENDERS.has(t.key) || FROM.has(t.key) || TO.has(t.key) || HER_PAYING.has(t.key) ||
      INSTALMENT.has(t.key) || DEBT.has(t.key) || NOT_GOODS.has(t.key)) return null;
    if (j === at + 1 || isWhen(a, j)) continue;
    if (BUYER_ROLES.has(t.key)) return { name: `${t.text[0]?.toUpperCase()}${t.text.slice(1)}`, after: true };
    const c = customerAt(a, j);
    if (c !== null && c.titled) return { name: c.name, after: true };
  }
  return null;
}

/** Already, just: between the payer and the paying verb ("bu Ani sudah bayar cicilan"). */
const BEFORE_PAYING = new Set(['sudah', 'udah', 'sdh', 'dah', 'baru', 'tadi', 'td', 'wis', 'wes', 'uwis']);

/** A titled customer opening the message right before the paying verb at `pay` ("mbak tini bayar cicilan …"), or null. */
function payerPays(a: Analysis, pay: number): { name: string } | null {
  const head = customerAt(a, 0);
  if (head === null || !head.titled) return null;
  let j = head.end;
  while (j < pay && BEFORE_PAYING.has(a.tokens[j]?.key ?? '')) j++;
  return j === pay ? { name: head.name } : null;
}

/** A word of goods right after the instalment word at i ("cicilan batik", "cicilan kulkasnya"): one the lexicon does not know. */
function goodsAfter(a: Analysis, i: number): boolean {
  const n = a.tokens[i + 1];
  return n !== undefined && n.type === T_WORD && a.marks[i + 1] === 0 && n.info === null && !LENDERS.has(n.key) && n.key.length >= 3;
}

export function detectCustomerInstalment(a: Analysis): ParseResult | null {
  if (!present(a, T_INSTALMENT)) return null;
  const { tokens } = a;
  let cust: { name: string } | null = null;
  let unsure = false;
  for (let i = 0; i < tokens.length && cust === null; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (RECEIVABLE.has(t.key)) {
      if (tokens.some((u) => u.type === T_WORD && CAME_IN.has(u.key))) cust = fromCustomer(a, i);
      continue;
    }
    if (!INSTALMENT.has(t.key)) continue;
    // "bayar cicilan …": her paying verb right before it — her instalment, unless a titled customer
    // opening the message pays it ("mbak tini bayar cicilan batik 150rb": payerPays).
    // (Goods must be named after it: without them, "bu Ani bayar cicilan 50rb" may be her own
    // loan's instalment, the message written to the one named — read as her repayment, asked.)
    if (HER_PAYING.has(tokens[i - 1]?.key ?? '')) {
      // "agen bayar cicilan 200rb": her agent paying it, asked (roleAtHead).
      const role = roleAtHead(a, i);
      if (role !== null) {
        cust = { name: role };
        unsure = true;
        continue;
      }
      const payer = goodsAfter(a, i) ? payerPays(a, i - 1) : null;
      if (payer !== null) {
        cust = { name: payer.name };
        continue;
      }
      // "bayar cicilan baju bu Ani 100rb", "bayar angsuran bu Ani 100rb": paying an instalment named with
      // someone (no "ke" before them) — Bu Ani paying hers for the clothes, or she paying Bu Ani's? Never her
      // own loan's repayment unasked: Bu Ani's money in, asked (someone_paid, below).
      if (customerAt(a, 0) !== null) return null;
      const named = namedAfter(a, i);
      if (named === null) return null;
      cust = named;
      unsure = true;
      continue;
    }
    cust = fromCustomer(a, i);
  }
  if (cust?.name === '') return { intent: 'unknown', confidence: C_PARTIAL, notes: ['debtor_unnamed'] };
  // "bu Ani cicilan 100rb": the titled customer opening the message as the one paying the instalment;
  // "cicilan bu Ani 100rb": Bu Ani's instalment — or hers to Bu Ani? Money in, asked (someone_paid).
  if (cust === null) {
    const named = namedAround(a);
    if (named === null) return null;
    cust = { name: named.name };
    // (Before it too: "mbak Sri cicilan motor 700rb", "Bu Dewi cicilan 200rb" may be written TO the one
    // named — the facilitator addressed — about her own loan. The name never decides alone: asked.)
    unsure = true;
  }
  // "cicilan hp dari bu Ani", "cicilan motor dari pak Dul": big goods bought on instalment are most often
  // hers (a loan through someone); a customer's instalment only when her trade sells them — asked.
  // "cicilan utang dari bu Ani": a debt paid off by instalments — hers to Bu Ani through someone, or Bu Ani's to her? Asked.
  if (tokens.some((t) => t.type === T_WORD && OWN_BIG_GOODS.has(t.key))) unsure = true;
  // (A buyer by role, "cicilan hutang dr pelanggan", owes her: not asked.)
  if (!BUYER_ROLES.has(cust.name.toLowerCase()) && tokens.some((t) => t.type === T_WORD && DEBT.has(t.key))) unsure = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    // "cicilan ke bu Ani": paid to someone ("ke-3", the instalment's number, is no party).
    if (TO.has(t.key) && tokens[i + 1]?.type === T_WORD) return null;
    if (LENDERS.has(t.key)) return null;
    if ((t.f & F_NEG) !== 0) return null; // "cicilan dari bu Ani belum masuk"
  }
  const c = new Confidence(0.95);
  // The amount paid; a remainder still owed ("sisa 300rb lagi") and a count of instalments ("ke-3
  // dari 5") are none (debt-remainder.ts; plain small numbers carry no rupiah).
  const money = paymentNums(a).filter((e) => e.rupiah !== null && e.rupiah >= 1000);
  const amount = paidAmount(c, money[0], money.length, false);
  if (a.question) c.cap(C_PARTIAL, 'question');
  if (aheadOutsideRest(a)) c.cap(C_NOT_FACT, 'not_a_fact');
  if (a.truncated) c.cap(C_PARTIAL, 'truncated');
  if (money.length === 0) c.cap(C_DOUBT, 'no_amount');
  // An agent ("cicilan dari agen"): hers to pay off goods, or a lender's counter? Asked (AGENTS).
  if (AGENTS.has(cust.name.toLowerCase())) unsure = true;
  if (unsure) c.cap(C_DOUBT, 'someone_paid');
  return scored({ intent: 'payment_received', customer: cust.name, amount, settled: false, order: false, confidence: 0 }, c);
}

// Without these words it reads nothing (its first test): readIntent does not call it (index.ts, guard-lists.ts).
detectCustomerInstalment.words = T_INSTALMENT;

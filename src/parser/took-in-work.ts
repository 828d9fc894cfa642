/**
 * Work she takes in and is paid for: a tailor's "terima jahitan gamis, ongkos jahit 85rb udah
 * dibayar", a laundress's "nerima cucian 5kg, ongkosnya 35rb", a phone repairer's "servis hp
 * ganti lcd, cust bayar 350rb, lcd nya beli 240rb". "ongkos", "upah", "bayar" are spending words
 * when she pays them ("ongkos kirim", "bayar ongkos ojek", "upah jahit ke penjahit"), but the fee
 * of work she took in, and a customer paying for her work, is money in: her sale.
 *
 * - `tookInWork`: a receiving word right before her work ("terima jahitan", "nerima servisan",
 *   "dapat orderan jahit") — the fees in that message are paid to her (order-money.ts).
 * - `customerPaysForWork`: a customer word before a paying word ("cust bayar", "pelanggan tf",
 *   "yg servis bayar") in a message that names repair or service work she does: that paying is
 *   her sale (a view with the verb read as "laku"), even beside the parts she bought for the job.
 *   Without work named ("pembeli bayar 50rb": for goods, or a debt paid?) it stays asked
 *   (money-owner.ts `buyerPays`).
 */
import type { Analysis } from './analyze.ts';
import { T_NUM, T_WORD, type Token } from './lexer.ts';
import { isServiceWord } from './service-work.ts';
import { present, trigger } from './triggers.ts';
import { asSaleWord, withTokens } from './token-rewrite.ts';

/** Receiving work: "terima", "nerima", "dapat" (an order), "ambil" is not (she may take her own). */
const RECEIVE = new Set(['terima', 'nerima', 'diterima', 'menerima', 'dapat', 'dapet']);
/** Work taken in, as the thing received: jobs and orders of a trade. */
const WORK_TAKEN = new Set(['jahitan', 'jaitan', 'cucian', 'setrikaan', 'permakan', 'vermakan', 'obrasan', 'bordiran', 'servisan',
  'servis', 'service', 'orderan', 'order', 'pesanan', 'reparasi', 'garapan', 'borongan']);

/** A receiving word right before work taken in: "terima jahitan gamis", "nerima cucian". */
export function tookInWork(tokens: readonly Token[]): boolean {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    const n = tokens[i + 1] as Token;
    if (t.type !== T_WORD || n.type !== T_WORD || !RECEIVE.has(t.key)) continue;
    if (WORK_TAKEN.has(n.key) || WORK_TAKEN.has(n.text) || isServiceWord(n.key)) return true;
  }
  return false;
}

/** Paying words: a fee after one is paid by her ("bayar ongkos kirim"). */
const HER_PAYING = new Set(['bayar', 'membayar', 'byr', 'bayarin', 'kasih', 'ngasih', 'keluar']);

/**
 * The fee word at i is of the work taken in: after no paying word of hers, and followed by the
 * money, a "-nya", or the work itself ("ongkos jahit 85rb", "ongkosnya 35rb"), never by what
 * else it pays for ("ongkos kirim", "ongkos ojek").
 */
export function feeOfWork(tokens: readonly Token[], i: number, work: (w: string) => boolean): boolean {
  const p = tokens[i - 1];
  if (p !== undefined && p.type === T_WORD && HER_PAYING.has(p.key)) return false;
  const n = tokens[i + 1];
  if (n === undefined || n.type !== T_WORD) return true;
  return work(n.key) || WORK_TAKEN.has(n.key) || n.key === 'nya';
}

/** Titles before a customer's name. */
const TITLES = new Set(['bu', 'ibu', 'buk', 'pak', 'bapak', 'mbak', 'mba', 'mas', 'kak', 'teh', 'teteh', 'cik', 'koh', 'bude', 'tante', 'om',
  'neng', 'uni', 'daeng', 'acil', 'ceu']);

/**
 * "upah jahit 3 gamis dari bu Sri 255rb": the fee of her work came from a customer — paid to her.
 * A "dari" and a titled name or a customer word after the fee word at i, on its line.
 */
export function feeFromCustomer(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length - 1 && j <= i + 8; j++) {
    const t = tokens[j] as Token;
    if (t.type !== T_WORD && t.type !== T_NUM) return false;
    if (t.type !== T_WORD || (t.key !== 'dari' && t.key !== 'dr')) continue;
    const n = tokens[j + 1] as Token;
    return n.type === T_WORD && (CUSTOMERS.has(n.key) || (TITLES.has(n.key) && tokens[j + 2]?.type === T_WORD));
  }
  return false;
}

/** "sudah dibayar", "udah lunas", "dah ditransfer": paid, no payer named. */
const PAID_PASSIVE = new Set(['dibayar', 'dibayarin', 'lunas', 'dilunasi', 'dilunasin', 'ditransfer', 'ditf']);
/** She is the payer: "sudah saya bayar", "udah kubayar". */
const SHE = new Set(['saya', 'sy', 'aku', 'ak', 'gue', 'kutransfer', 'kulunasi']);

/**
 * Garments a customer brings a tailor: the goods named for a fee read as paid to her. "10 masker",
 * "logo 20 pcs", "mesin jahit 1 unit" are not (a batch she may have had made, her own machine
 * serviced): asked.
 */
const GARMENTS = new Set(['kebaya', 'gamis', 'baju', 'kemeja', 'blus', 'rok', 'celana', 'seragam', 'gaun', 'dress', 'tunik', 'jas',
  'mukena', 'daster', 'beskap', 'kostum']);
/** Someone paid after "dibayar/lunas": "udah dibayar ke penjahit", "lunas ke konveksi", "ditransfer ke bu Rina". */
const PAID_TO = new Set(['ke', 'kepada', 'k']);
/** Schooling and uniforms of her own household: "seragam sekolah" is likely her child's. */
const HOUSEHOLD = new Set(['sekolah', 'wisuda']);

/**
 * "ongkos jahit kebaya 1 stel 250rb udah dibayar": the fee of her work and, after its money,
 * a passive "paid" with nobody named — the customer paid her. She paying a tailor says so
 * ("udah saya bayar", "bayar ongkos jahit", "udah dibayar ke penjahit"); a line with her own
 * family's clothes is read before.
 */
export function feePaidToHer(tokens: readonly Token[], i: number): boolean {
  // The job's garment is named ("kebaya 1 stel", "3 gamis"): "ongkos jahit 85rb udah dibayar" alone,
  // with nothing sewn named, is as likely her paying a tailor — asked.
  let goods = false;
  let paid = false;
  for (let j = i + 2; j < tokens.length && j <= i + 12; j++) {
    const t = tokens[j] as Token;
    if (t.key === '\n') break;
    if (t.type !== T_WORD) continue;
    if (SHE.has(t.key) || HOUSEHOLD.has(t.key)) return false;
    // "udah dibayar ke penjahit", "lunas ke bu Tini": she paid someone — never her income.
    if (paid && PAID_TO.has(t.key)) return false;
    if (PAID_PASSIVE.has(t.key)) paid = true;
    else if (!paid && GARMENTS.has(t.key)) goods = true;
  }
  return paid && goods;
}

/** The customer, by a word for one. */
export const CUSTOMERS = new Set(['cust', 'customer', 'costumer', 'kastemer', 'pelanggan', 'pelanggannya', 'pembeli', 'pembelinya', 'konsumen',
  'konsumennya', 'pemilik', 'pemiliknya', 'orangnya', 'yg punya', 'yang punya']);
/** Paying words after the customer: "cust bayar", "pelanggan tf". */
export const PAYS = new Set(['bayar', 'membayar', 'bayarin', 'transfer', 'tf', 'nransfer', 'ngasih', 'kasih']);
/** Words that may stand between: "cust udah bayar", "pelanggan tadi tf". */
export const BETWEEN = new Set(['sudah', 'udah', 'sdh', 'dah', 'tadi', 'td', 'baru', 'langsung', 'lgsg', 'lsg']);
/** Repair and service work by its own word: "servis hp", "ganti lcd", "tambal ban", "sol sepatu". */
const REPAIR = new Set(['servis', 'service', 'servisan', 'reparasi', 'perbaikan', 'benerin', 'betulin', 'tambal', 'sol', 'instal',
  'install', 'flash', 'unlock', 'jasa', 'cukur', 'potong']);

const T_CUSTOMER = trigger(CUSTOMERS);
const T_WORK = trigger(REPAIR, WORK_TAKEN);

/** The paying words of customers in a message naming her work, read as her sale; null when none. */
export function customerPaysForWork(a: Analysis): Analysis | null {
  if (!present(a, T_CUSTOMER)) return null;
  const { tokens } = a;
  if (!present(a, T_WORK) && !tokens.some((t) => t.type === T_WORD && isServiceWord(t.key))) return null;
  // The job is told first, then its paying ("servis hp ganti lcd, cust bayar 350rb"): a payment
  // that only names what it paid ("pembeli bayar ongkos jahit 50rb") may settle an old debt: asked.
  const job = tokens.findIndex((t) => t.type === T_WORD && (REPAIR.has(t.key) || WORK_TAKEN.has(t.key) || isServiceWord(t.key)));
  let out: Token[] | null = null;
  for (let i = job + 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || !CUSTOMERS.has(t.key)) continue;
    let j = i + 1;
    while (j < tokens.length && j <= i + 3 && BETWEEN.has((tokens[j] as Token).key)) j++;
    const pay = tokens[j];
    if (pay === undefined || pay.type !== T_WORD || !PAYS.has(pay.key)) continue;
    // "cust bayar ongkir 15rb": the buyer's postage passes through her, it is no sale (postage.ts).
    const what = tokens[j + 1];
    if (what !== undefined && (what.key === 'ongkir' || (what.key === 'ongkos' && tokens[j + 2]?.key === 'kirim'))) continue;
    out ??= tokens.slice();
    out[j] = asSaleWord(pay);
  }
  if (!out) return null;
  return withTokens(a, out);
}

// Without these words it reads nothing (its first test): its caller does not call it (guard-lists.ts says why).
customerPaysForWork.words = T_CUSTOMER;

/**
 * Work or goods collected by the customer: "bordir jilbab 4 biji udah diambil orangnya,
 * @12,5rb", "dpt jahitan 3 potong udah diambil, 1 potong 35rb", "jahitan yg diambil & dibayar
 * hr ini: …", "ambil jahitan 4 baju seragam, ongkos jahitnya 60rb per baju", and consignment
 * settled ("titip kue di warung, tadi diambil uangnya 68rb dari yang laku"). "diambil" there is
 * the customer (or the shop) taking what she made — never her taking money home. The taking
 * words are shown as plain fillers, so the work or the sale verb names the entry.
 *
 * Only with a sign of whose it is: her paid work named (service-work.ts), a taker after the
 * verb ("orangnya", "pelanggan"), or goods left on consignment ("titip"). "ambil 50rb buat
 * dapur" and "uang diambil 50rb" stay withdrawals.
 */
import type { Analysis } from './analyze.ts';
import { T_WORD, type Token } from './lexer.ts';
import { isClauseEnd } from './clause-ends.ts';
import { lookupWord } from './lexicon.ts';
import type { WordInfo } from './word-roles.ts';
import { isServiceWord } from './service-work.ts';
import { F_FILLER, G_HOUSEHOLD } from './word-roles.ts';
import { present, trigger } from './triggers.ts';
import { asSaleWord, withTokens } from './token-rewrite.ts';

/** Who collects: "diambil orangnya", "diambil pelanggan". */
const TAKERS = new Set(['orangnya', 'orgnya', 'pemiliknya', 'yg punya', 'pelanggan', 'pelanggannya', 'customer', 'customernya', 'pembeli',
  'pembelinya', 'konsumen', 'pemesan', 'pemesannya']);
/** Goods left at a shop to sell, paid for when sold. */
const CONSIGN = new Set(['titip', 'titipan', 'nitip', 'dititip', 'dititipkan', 'konsinyasi', 'konsinyasinya']);
/** Her work, besides the service words: "jahitan", "orderan", "pesanan" collected. */
const WORK = new Set(['jahitan', 'jaitan', 'orderan', 'pesanan', 'cucian', 'bordiran', 'setrikaan']);
const TAKE = new Set(['ambil', 'diambil', 'ngambil']);

/** Pulling money in: "narik hasil titipan", "tarik 450rb dari jualan". */
const PULL = new Set(['narik', 'tarik', 'ditarik', 'nariknya', 'ambil', 'ngambil', 'mengambil', 'nagih', 'menagih', 'ambilin']);
/** Where goods are left to sell: "uang titipan di warung" is consignment money, not money left with her. */
const SHOPS = new Set(['warung', 'kantin', 'toko', 'kios', 'koperasi', 'minimarket', 'lapak', 'cafe', 'kafe', 'sekolah']);
/** What she sold, as where pulled money comes from: "dari jualan nasi uduk", "hasil dagangan". */
const TAKINGS = new Set(['jualan', 'dagangan', 'daganganku', 'jualanku', 'setoran']);
/** Where money is kept rather than earned: pulling from these is a withdrawal ("tarik tunai", "narik dari ATM"). */
const KEPT = new Set(['kas', 'laci', 'celengan', 'tabungan', 'rekening', 'atm', 'bank', 'tunai', 'brilink', 'arisan', 'simpanan']);
const EARN = new Set(['narik', 'nariknya']);
const MONEY = new Set(['uang', 'duit', 'uangnya', 'duitnya']);
const PURPOSE = new Set(['buat', 'untuk', 'utk', 'bwt', 'gawe']);
const FROM = new Set(['dari', 'dr', 'hasil']);

/**
 * The index of a pulling verb whose money is her takings — consignment settled ("narik hasil
 * titipan kue di warung bu Sri 120rb") or a sale's money brought in ("narik 450rb dari jualan
 * nasi uduk pagi ini") — or -1. Not when the money is kept somewhere ("tarik tunai", "dari
 * kas") or goes to the home ("narik 100rb dari jualan buat dapur": a withdrawal), nor for
 * "uang titipan" alone (money someone left with her).
 */
function pulledTakings(tokens: readonly Token[]): number {
  const at = tokens.findIndex((t) => t.type === T_WORD && PULL.has(t.key));
  if (at < 0) return -1;
  let takings = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (KEPT.has(t.key)) return -1;
    if (PURPOSE.has(t.key) && tokens.slice(i + 1, i + 4).some((u) => (u.f2 & G_HOUSEHOLD) !== 0)) return -1;
    if (i <= at) continue;
    const prev = tokens[i - 1];
    if (CONSIGN.has(t.key) && (!(prev !== undefined && MONEY.has(prev.key)) || atShop(tokens, i))) takings = true;
    // "narik" is also bringing money in by work ("narik ojek"): "narik 450rb dari jualan" is
    // what the selling brought; "ambil/tarik 50rb dari jualan" is money taken out of it.
    if (TAKINGS.has(t.key) && prev !== undefined && FROM.has(prev.key) && EARN.has((tokens[at] as Token).key)) takings = true;
  }
  return takings ? at : -1;
}

/** "titipan di warung", "titipan kue di kantin sekolah": a shop within a few words after. */
function atShop(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + 4; j++) if (SHOPS.has((tokens[j] as Token).key)) return true;
  return false;
}

function shown(t: Token): Token {
  return { ...t, key: t.text, info: null, f: F_FILLER, f2: 0 };
}

const T_COLLECTED = trigger(PULL, TAKE);
/** A view in which a customer's collecting is no withdrawal; null when there is none. */
export function collectedWork(a: Analysis): Analysis | null {
  if (!present(a, T_COLLECTED)) return null;
  const { tokens } = a;
  const pulled = pulledTakings(tokens);
  if (pulled >= 0) {
    // Her takings collected: the pulling verb reads as a sale's.
    const out = tokens.slice();
    const t = tokens[pulled] as Token;
    out[pulled] = asSaleWord(t);
    return withTokens(a, out);
  }
  if (!tokens.some((t) => TAKE.has(t.key))) return null;
  const work = tokens.some((t) => t.type === T_WORD && (isServiceWord(t.key) || WORK.has(t.key)));
  const consign = tokens.some((t) => CONSIGN.has(t.key));
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || !TAKE.has(t.key)) continue;
    const next = tokens[i + 1];
    const taker = next !== undefined && TAKERS.has(next.key);
    // "diambil" with her work or a consignment in the message; "ambil jahitan …": work taken in.
    const passive = t.key === 'diambil' && (work || consign || taker);
    const active = t.key !== 'diambil' && next !== undefined && (WORK.has(next.key) || isServiceWord(next.key));
    if (!passive && !active) continue;
    out ??= tokens.slice();
    out[i] = shown(t);
    if (taker && next) out[i + 1] = shown(next);
    const paid = work ? paidOnCollecting(a, i) : -1;
    if (paid >= 0) out[paid] = asPaidToHer(tokens[paid] as Token);
  }
  return out ? withTokens(a, out) : null;
}

// Without these words it reads nothing (its first test): its caller does not call it (guard-lists.ts says why).
collectedWork.words = T_COLLECTED;

const PAID_TO_HER = lookupWord('dibayar') as WordInfo;
/** The paying word read as "dibayar" (she was paid), as "jahitan … diambil, dibayar 160rb" reads. */
function asPaidToHer(t: Token): Token {
  return { ...t, key: PAID_TO_HER.canon, info: PAID_TO_HER, f: PAID_TO_HER.flags, f2: PAID_TO_HER.flags2 };
}

/** Paying, active: read as the customer's when she collected her work. */
const PAY = new Set(['bayar', 'byr', 'bayarnya']);
/** Her work as the thing made or done, which the customer collects. */
const MADE = new Set(['jahitan', 'jaitan', 'permakan', 'vermakan', 'obrasan', 'bordiran', 'cucian', 'setrikaan', 'laundryan', 'ketikan']);
/** Before the paying: "udah bayar", "langsung bayar". */
const DONE = new Set(['sudah', 'udah', 'udh', 'dah', 'sdh', 'langsung', 'lgsg', 'lgsung', 'terus', 'trus', 'sekalian', 'dan']);
/**
 * Words in the collecting clause that make the collecting hers: a place or a worker she went to ("ambil
 * jahitan di penjahit", "ambil laundry dari tukang cuci"), or her "I" ("aku ambil jahitan").
 */
const HERS = new Set(['di', 'ke', 'dari', 'dr', 'tukang', 'penjahit', 'jasa', 'tempat', 'toko', 'saya', 'sy', 'aku', 'ak', 'gue', 'gw',
  'kami', 'kita', 'punyaku', 'punya', 'anak', 'suami']);

/**
 * "ambil jahitan gamis 2 pcs, bayar 160rb", "jahitan gamis 2 pcs diambil, bayar 160rb": her work collected
 * in the first clause, and the next clause only paying an amount — the customer who collected paid her.
 * The index of that paying word, or -1. Not with a place, a worker or her "I" in the collecting clause,
 * nor with anything but the amount after the paying ("bayar ongkos jahit 160rb", "bayar nanti").
 */
function paidOnCollecting(a: Analysis, take: number): number {
  const { tokens } = a;
  let brk = -1;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (isClauseEnd(t)) {
      brk = k;
      break;
    }
    if (t.type === T_WORD && HERS.has(t.key)) return -1;
  }
  if (brk < 0 || brk < take) return -1;
  // The work she made, as a noun: "ambil jahitan", "cucian … diambil" ("ambil laundry" may be hers, at a laundry).
  const made = tokens[take]?.key === 'diambil' ? tokens.slice(0, take) : [tokens[take + 1]];
  if (!made.some((t) => t !== undefined && MADE.has(t.key))) return -1;
  let p = brk + 1;
  while (p < tokens.length && DONE.has((tokens[p] as Token).key)) p++;
  if (!PAY.has(tokens[p]?.key ?? '')) return -1;
  const n = a.numIn[p + 1] ?? -1;
  const ex = n >= 0 ? a.nums[n] : undefined;
  if (ex === undefined || ex.start !== p + 1 || ex.rupiah === null) return -1;
  return ex.end === tokens.length || isClauseEnd(tokens[ex.end] as Token) ? p : -1;
}


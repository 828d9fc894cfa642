/**
 * Who pays whom in one clause of a list, when the words she uses are spending words in the
 * lexicon but the money comes to her (scan-record.ts calls `payerFix` on every clause read):
 *
 * - Renting out: a rental trade's "sewa tenda 1 set 500rb + kursi 100 @2.500 ke nikahan bu
 *   Sri", "sewa kursi 50 buat hajatan pak Darto", "nyewain sound system ke acara RT". "sewa"
 *   with goods going TO a customer or a customer's event is her sale; "nyewain",
 *   "menyewakan", "disewakan" always rent out. "sewa lapak 300rb", "bayar sewa kios",
 *   "sewa tenda buat nikahan anak saya" (her own family's event) stay her spending.
 * - Pay received for her work: "terima upah bordir 12 seragam @5rb; beli benang …", "dapat
 *   ongkos jahit 85rb, …": a receiving word right before a fee word is money in, even beside
 *   a purchase in the next clause (took-in-work.ts reads the whole-message cases).
 * - A face value then her price: "token listrik 100rb dijual 102rb ke pak Budi" — the amount
 *   before the passive selling verb is what the top-up is worth, not money of hers: only the
 *   price after "dijual" is her sale.
 * - A clause that opens with a verb-shaped word the lexicon does not know ("…, ngadol …",
 *   "…, nempur beras 60rb"), goods and its own amount: it may be any verb of any region, so
 *   it does not take the kind of the clause before with full confidence (`kind_carried`).
 */
import type { Analysis } from './analyze.ts';
import { C_DOUBT, kindNamed } from './confidence.ts';
import type { EntryOut } from './entry-drafts.ts';
import { T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { toNumber } from './numeral.ts';
import type { Segment } from './lines.ts';
import { mentionsFaceValue } from './resale.ts';
import { isServiceWord } from './service-work.ts';
import type { EntryKind } from './types.ts';
import { F_EXPENSE, F_SALE, F_WEAK } from './word-roles.ts';
import { present, trigger } from './triggers.ts';

/** Renting: "sewa" (rent, either way) and the forms that only rent OUT. */
// ("penyewa", the renter, pays her: "penyewa tenda bayar 400rb".)
// (… and renting out in Javanese "nyewakke", "disewakke", Sundanese "nyewakeun", "disewakeun".)
const RENT_OUT = new Set(['nyewain', 'menyewakan', 'disewakan', 'disewain', 'nyewakan', 'sewakan', 'penyewa', 'penyewanya', 'nyewakke',
  'disewakke', 'nyewaake', 'disewaake', 'nyewakeun', 'disewakeun', 'nyewakno', 'disewakno']);
const RENT = new Set(['sewa', 'nyewa', 'disewa', ...RENT_OUT]);
const T_RENT = trigger(RENT);
/** Places and stalls she rents for herself: "sewa lapak", "sewa kios". */
const HER_PLACE = new Set(['lapak', 'tempat', 'kios', 'ruko', 'toko', 'los', 'kontrakan', 'kost', 'kos', 'rumah', 'gerobak', 'stand',
  'booth', 'meja', 'lahan', 'gudang', 'dapur', 'mesin', 'etalase', 'bedak', 'petak', 'lapaknya', 'kiosnya', 'tempatnya']);
/** To whom: "ke nikahan", "buat hajatan", "untuk acara". */
const TO = new Set(['ke', 'buat', 'untuk', 'utk', 'bwt', 'kepada', 'di', 'dipake', 'dipakai']);
/** A customer's event or a customer. */
const EVENTS = new Set(['nikahan', 'nikah', 'kawinan', 'resepsi', 'hajatan', 'hajat', 'sunatan', 'khitanan', 'syukuran', 'pesta',
  'acara', 'arisan', 'pengajian', 'tahlilan', 'ultah', 'lamaran', 'walimahan', 'mantenan', 'nduwe', 'kondangan', 'selametan',
  'pelanggan', 'penyewa', 'customer', 'cust', 'tetangga', 'warga', 'orang']);
const TITLES = new Set(['bu', 'ibu', 'buk', 'pak', 'bapak', 'mbak', 'mba', 'mas', 'kak', 'teh', 'teteh', 'cik', 'koh', 'bude', 'tante', 'om',
  'neng', 'uni', 'daeng', 'acil', 'ceu', 'bang', 'mak']);
/** Her own family: "sewa tenda buat nikahan anak saya" is her spending (a household one). */
const OWN = new Set(['saya', 'sy', 'aku', 'ku', 'anakku', 'anak', 'adik', 'adek', 'kakak', 'suami', 'keluarga', 'sendiri', 'kami']);
/** Her paying words: "bayar sewa". */
const PAYING = new Set(['bayar', 'byr', 'membayar', 'lunas', 'lunasin', 'nyicil', 'cicil']);

/** Receiving and the fee of work: "terima upah", "dapat ongkos", "nerima bayaran". */
const RECEIVE = new Set(['terima', 'nerima', 'diterima', 'menerima', 'trima', 'dapat', 'dapet', 'dpt', 'oleh', 'entuk']);
const FEE = new Set(['upah', 'upahnya', 'ongkos', 'ongkosnya', 'bayaran', 'bayarannya', 'honor', 'honornya', 'jasa', 'fee', 'komisi']);
const T_RECEIVE = trigger(RECEIVE);

/** Passive selling right after an amount: "token 100rb dijual 102rb". */
const SOLD_AT = new Set(['dijual', 'dijualin', 'kujual', 'dijual2', 'terjual', 'dilepas']);
const T_SOLD_AT = trigger(SOLD_AT);

/** Verb prefixes of the regions (ng-, ny-, meng-, mang-, ba-): "ngadol", "nempur", "mambali". */
const VERB_SHAPE = /^(ng|ny|meng|meny|mang|many|mam|mem|nge)[a-z]{2,}$/;

function w(a: Analysis, i: number): Token | undefined {
  const t = a.tokens[i];
  return t !== undefined && t.type === T_WORD ? t : undefined;
}

/** The line the segment is on, as token bounds (a rental's customer may stand after the "+"). */
function lineBounds(a: Analysis, seg: Segment): [number, number] {
  let s = seg.start;
  while (s > 0 && a.tokens[s - 1]?.key !== '\n') s--;
  let e = seg.end;
  while (e < a.tokens.length && a.tokens[e]?.key !== '\n') e++;
  return [s, e];
}

/** Only "ke" sends goods out on a bare "sewa": "sewa tenda ke nikahan bu Sri", "sewa kursi ke pak Darto". */
const TO_OUT = new Set(['ke', 'kepada']);

/**
 * "sewa … ke nikahan bu Sri", "nyewain …": goods rented OUT on this clause's line ('out').
 * A bare "sewa" "buat/untuk" an event ("sewa gedung buat nikahan", "sewa tenda buat pengajian
 * di rumah") is as likely her own family's event she rented for: 'unclear' (asked), unless a
 * titled person's event is named ("buat hajatan pak Darto"). null: not renting out.
 */
function rentedOut(a: Analysis, seg: Segment): 'out' | 'unclear' | null {
  if (!present(a, T_RENT)) return null;
  const [s, lineEnd] = lineBounds(a, seg);
  let e = lineEnd;
  let rentAt = -1;
  for (let i = s; i < e && rentAt < 0; i++) if (RENT.has(w(a, i)?.key ?? '')) rentAt = i;
  // "sewa alat pesta:\nkursi 100 @2500\n…\ndibayar lunas": a heading line of renting, with no
  // number, over the lines of goods: read with the whole message after it.
  if (rentAt < 0) {
    rentAt = rentHeading(a, s);
    e = a.tokens.length;
  }
  if (rentAt < 0) return null;
  const verb = (a.tokens[rentAt] as Token).key;
  // "bayar sewa …", "bayar panjer sewa tenda ke pak Dul", "bayar DP sewa …": her paying, a few words
  // before with no amount between, is her renting (the person after "ke" is the one she paid).
  for (let k = rentAt - 1; k >= Math.max(s, rentAt - 3); k--) {
    if (a.tokens[k]?.type !== T_WORD) break;
    if (PAYING.has(w(a, k)?.key ?? '')) return null;
  }
  if (RENT_OUT.has(verb) && verb.startsWith('penyewa')) return 'out';
  const what = w(a, rentAt + 1)?.key ?? '';
  if (HER_PLACE.has(what)) return null;
  if (RENT_OUT.has(verb)) return 'out';
  let unclear = false;
  for (let i = rentAt + 1; i < e - 1; i++) {
    const to = w(a, i)?.key ?? '';
    if (!TO.has(to)) continue;
    let event = false;
    let person = false;
    for (let j = i + 1; j < Math.min(e, i + 4); j++) {
      const k = w(a, j)?.key ?? '';
      if (OWN.has(k)) return null;
      if (EVENTS.has(k)) event = true;
      if (TITLES.has(k) && w(a, j + 1) !== undefined) person = true;
    }
    if (person || (event && TO_OUT.has(to))) return 'out';
    if (event) unclear = true;
  }
  if (unclear) return 'unclear';
  return rentedBy(a, rentAt, e);
}

/** The rent word of a heading line before token `before` (a line with a rent word and no number), or -1. */
function rentHeading(a: Analysis, before: number): number {
  let found = -1;
  for (let i = 0; i < before; i++) {
    const t = a.tokens[i] as Token;
    if (t.key === '\n') {
      if (found >= 0) return found;
      continue;
    }
    if (t.type !== T_WORD && t.type !== T_PUNCT) return -1;
    if (found < 0 && RENT.has(t.key)) found = i;
  }
  return -1;
}

/** Time a rental lasts: "2 hari @100rb", "3 malam @150rb". */
const RENT_TIME = new Set(['hari', 'hr', 'malam', 'mlm', 'minggu', 'mg', 'bulan', 'bln', 'tahun', 'thn', 'jam', 'pekan']);
/** Whoever rented from her: "penyewa", "yang nyewa", "yg sewa". */
const RENTERS = new Set(['penyewa', 'penyewanya', 'penyewane', 'nyewa', 'sewa', 'nyewo']);
/** Paid, passive: "dibayar lunas" — paid TO her, as a rental trade writes it. */
const PAID_TO = new Set(['dibayar', 'dibayarin', 'dibayarkan', 'dibyr', 'dilunasi', 'dilunasin']);

/**
 * Renting out said by other words than "ke" an event (rentedOut): "tenda disewa pak RT", "yang
 * nyewa bayar 300rb", a renter named ('out'). Goods priced each, paid passively, or both ("sewa
 * kursi 100 @2500", "sewa tenda 500rb dibayar", "sewa tenda 2 unit @200rb dibayar kontan"):
 * rented in or out? Asked ('unclear'). A bare "sewa tenda 500rb" stays her spending (null).
 */
function rentedBy(a: Analysis, rentAt: number, e: number): 'out' | 'unclear' | null {
  let priced = false;
  let paidTo = false;
  for (let i = rentAt + 1; i < e; i++) {
    const t = a.tokens[i] as Token;
    // ("sewa tenda 2 hari @100rb": a price per day is how long she rented, no goods counted out.)
    if (t.type === T_PUNCT && t.text === '@' && !RENT_TIME.has(w(a, i - 1)?.key ?? '')) priced = true;
    if (t.type !== T_WORD) continue;
    if (HER_PLACE.has(t.key) && i === rentAt + 1) return null;
    if (PAID_TO.has(t.key)) paidTo = true;
  }
  const [s] = [rentAt];
  for (let i = Math.max(0, s - 6); i < e; i++) {
    const t = w(a, i);
    if (t === undefined) continue;
    if (t.text === 'penyewa' || t.text === 'penyewanya') return 'out';
    // "tenda disewa pak RT", "disewa 2 hari kursi 50 @3rb": rented by someone named, or goods
    // counted out; "motor disewa 3 hari @100rb" alone may be the one she hired: asked.
    if (t.key === 'disewa') return priced || TITLES.has(w(a, i + 1)?.key ?? '') || TITLES.has(w(a, i + 2)?.key ?? '') ? 'out' : 'unclear';
    if ((t.key === 'yang' || t.key === 'yg') && RENTERS.has(w(a, i + 1)?.text ?? '')) return 'out';
  }
  // Goods priced each and paid passively ("sewa tenda 2 unit @200rb dibayar kontan") is a
  // rental bill, but whose? Hers to a customer, or the one she paid: "dibayar" names no payer.
  // Asked, as either alone is; only a renting-out word or a renter named above decides.
  return priced || paidTo ? 'unclear' : null;
}

/**
 * An allowance from a meeting or an organisation, not pay for her work, named right after the fee
 * word: "dapat ongkos transport dari rapat PKK", "terima honor rapat posyandu", "uang saku
 * pelatihan". Asked. ("terima upah jahit seragam kader posyandu", "bayaran katering rapat desa"
 * name her work first: her pay.)
 */
const ALLOWANCE = new Set(['transport', 'transpor', 'transportasi', 'saku', 'makan', 'rapat', 'pertemuan', 'pelatihan', 'sosialisasi',
  'penyuluhan', 'duduk', 'lelah', 'sidang', 'kader', 'panitia']);

/** "terima upah bordir …": the clause opens with receiving the fee of work ('fee'); an allowance ('allowance'). */
function feeReceived(a: Analysis, seg: Segment): 'fee' | 'allowance' | null {
  if (!present(a, T_RECEIVE)) return null;
  for (let i = seg.start; i + 1 < seg.end; i++) {
    const t = w(a, i);
    if (t === undefined) continue;
    if (!RECEIVE.has(t.key)) return null;
    const n = w(a, i + 1);
    // ("terima jahitan, ongkos ojek 12rb": the work taken in, then her own cost — took-in-work.ts.)
    if (n === undefined || (!FEE.has(n.key) && n.key !== 'uang' && n.key !== 'duit')) return null;
    if (ALLOWANCE.has(w(a, i + 2)?.key ?? '')) return 'allowance';
    return FEE.has(n.key) ? 'fee' : null;
  }
  return null;
}

/** The face value before a passive selling verb and the price after it: "token 100rb dijual 102rb". */
function faceBeforeSold(a: Analysis, seg: Segment): [number, number] | null {
  if (!present(a, T_SOLD_AT) || !mentionsFaceValue(a.tokens.slice(seg.start, seg.end))) return null;
  for (let i = seg.start + 1; i + 1 < seg.end; i++) {
    if (!SOLD_AT.has(w(a, i)?.key ?? '')) continue;
    const face = a.nums.find((x) => x.end === i);
    const price = a.nums.find((x) => x.start === i + 1);
    if (face !== undefined && price !== undefined && face.value !== null && price.value !== null) return [toNumber(face.value), toNumber(price.value)];
  }
  return null;
}

/** A clause opening with an unknown, verb-shaped word and then goods ("nempur beras 60rb"). */
function unknownVerbOpens(a: Analysis, seg: Segment): boolean {
  const t = a.tokens[seg.start];
  const n = a.tokens[seg.start + 1];
  if (t === undefined || t.type !== T_WORD || t.info !== null || t.key !== t.text || !VERB_SHAPE.test(t.text)) return false;
  if (n === undefined || n.type !== T_WORD) return false;
  for (let i = seg.start; i < seg.end; i++) if (((a.tokens[i] as Token).f & (F_SALE | F_EXPENSE)) !== 0) return false;
  return true;
}

/** The fee of a job: "ongkos", "upah", "bayaran" (order-money.ts reads the same words for a whole message). */
const JOB_FEE = new Set(['upah', 'ongkos', 'bayaran', 'ongkosnya', 'upahnya', 'bayarannya', 'ongkose', 'upahe']);
/** Whose clothes or whose workers: "jahit baju anak saya ongkos 50rb", "upah jahit 3 orang": paid by her. */
const NOT_HER_JOB = new Set(['anak', 'anakku', 'suami', 'suamiku', 'saya', 'sy', 'aku', 'sendiri', 'keluarga', 'karyawan', 'pegawai',
  'pekerja', 'tukang', 'buruh', 'penjahit', 'kuli', 'orang']);

/**
 * "jahit gamis 2 stel ongkos 85rb per stel, beli benang …": in one clause, her work named first
 * (no verb before it), then its fee — what she charges, her sale ('work'), even beside a purchase
 * in the next clause (order-money.ts reads the whole-message case only when nothing else is
 * bought). "…, ongkos jahit kebaya 150rb": the fee first, then the work — paid to a tailor or
 * paid as one? Asked ('unclear'). Her family's clothes or her workers' pay: null (her cost).
 */
function workFee(a: Analysis, seg: Segment): 'work' | 'unclear' | null {
  let verbBefore = false;
  let workFirst = false;
  for (let i = seg.start; i < seg.end; i++) {
    const t = w(a, i);
    if (t === undefined) continue;
    if (NOT_HER_JOB.has(t.key)) return null;
    if (JOB_FEE.has(t.key)) {
      if (workFirst) return 'work';
      const n = w(a, i + 1);
      if (verbBefore || n === undefined || !isServiceWord(n.key)) return null;
      for (let j = i + 2; j < seg.end; j++) if (NOT_HER_JOB.has(w(a, j)?.key ?? '')) return null;
      return 'unclear';
    }
    if (!verbBefore && isServiceWord(t.key)) workFirst = true;
    else if (t.info?.kind !== undefined) verbBefore = true;
  }
  return null;
}

/** A spending verb that is not a weak one outside the clause ("…, beli benang 17.500"). */
function boughtElsewhere(a: Analysis, seg: Segment): boolean {
  return a.tokens.some((t, i) => (i < seg.start || i >= seg.end) && (t.f & F_EXPENSE) !== 0 && (t.f & F_WEAK) === 0);
}

/** Turns the clause's entries around where the money comes to her, or doubts an inherited kind. */
export function payerFix(a: Analysis, seg: Segment, entries: EntryOut[], carried: EntryKind | null, first: boolean): void {
  if (entries.length === 0) return;
  const rent = rentedOut(a, seg);
  const fee = feeReceived(a, seg);
  const job = entries.some((e) => e.kind === 'expense') ? workFee(a, seg) : null;
  if (entries.some((e) => e.kind === 'expense') && (rent === 'out' || fee === 'fee' || job === 'work')) {
    for (const e of entries) if (e.kind === 'expense') e.kind = 'sale';
  }
  // "tenda disewa pak RT 500rb": no verb the lexicon knows, but renting out is said — her sale, not a guess.
  if (rent === 'out') for (const e of entries) if (e.kind === 'sale') kindNamed(e);
  // (Alone in the message, "ongkos jahit gamis dari Bu Rina 90rb" is read whole by order-money.ts.)
  if (job === 'unclear' && boughtElsewhere(a, seg)) {
    for (const e of entries) {
      e.confidence = Math.min(e.confidence, C_DOUBT);
      if (!e.notes.includes('work_pay_unclear')) e.notes.push('work_pay_unclear');
    }
  }
  // "dapat ongkos transport dari rapat PKK": money in, but no takings and never her spending:
  // offered as money put in, asked. "sewa gedung buat nikahan": rented out, or for her own
  // family? Asked, never recorded unasked.
  if (fee === 'allowance') for (const e of entries) if (e.kind === 'sale' || e.kind === 'expense') e.kind = 'capital';
  const doubt = fee === 'allowance' ? 'allowance' : rent === 'unclear' ? 'rent_whose' : null;
  if (doubt !== null) {
    for (const e of entries) {
      e.confidence = Math.min(e.confidence, C_DOUBT);
      if (!e.notes.includes(doubt)) e.notes.push(doubt);
    }
  }
  const sold = faceBeforeSold(a, seg);
  if (sold !== null && sold[0] !== sold[1] && entries.some((e) => e.amount === sold[1])) {
    for (let k = entries.length - 1; k >= 0; k--) if (entries[k]?.amount === sold[0]) entries.splice(k, 1);
    for (const e of entries) if (e.amount === sold[1]) e.kind = 'sale';
  }
  if (!first && carried !== null && unknownVerbOpens(a, seg)) {
    for (const e of entries) {
      if (e.kind !== carried) continue;
      e.confidence = Math.min(e.confidence, C_DOUBT);
      if (!e.notes.includes('kind_carried')) e.notes.push('kind_carried');
    }
  }
}

/**
 * The roles a keyword can play, as bit flags: the later stages ask "does this token have
 * role X?" many times per message, and with flags that question is one AND. A word often
 * has several roles ("minggu" is Sunday, a week and a duration; "omset" is a sale verb, a
 * report field and a recap topic). Which words have which roles: lexicon.ts and phrases.ts.
 */
import type { EntryKind, Period } from './types.ts';

export const F_SALE = 1 << 0; // sale verb / cue (laku, terjual, omset…)
export const F_EXPENSE = 1 << 1; // expense verb / cue (beli, bayar, ongkos…)
export const F_WEAK = 1 << 2; // verb that is also everyday chat (masuk, dapat, bayar…)
export const F_ITEMISH = 1 << 3; // verb that is also the item (sewa, listrik, ongkir)
export const F_REPAY = 1 << 4; // loan instalment words (cicilan, angsuran, setor)
export const F_PAYVERB = 1 << 5; // "paying" verbs that make a repayment without an amount
export const F_UNIT = 1 << 6; // counting unit (lusin, kg, pcs, orang…)
export const F_DURATION = 1 << 7; // hari, minggu, bulan, jam…: a number before it is not money
export const F_FILLER = 1 << 8; // words that never belong to an item at its edges
export const F_NEG = 1 << 9; // belum, tidak, gak…
export const F_FUTURE = 1 << 10; // besok, nanti, mau, akan…
export const F_QUESTION = 1 << 11; // berapa, brp, how much
export const F_RECAP = 1 << 12; // rekap, laporan, ringkasan
export const F_PROFIT = 1 << 13; // untung, laba, omset…: recap topic when asked about
export const F_PERIOD = 1 << 14; // has `period`
export const F_UNDO = 1 << 15;
export const F_HELP = 1 << 16; // unambiguous help words
export const F_HELP_WEAK = 1 << 17; // tolong, bingung, cara, gimana
export const F_LEAD = 1 << 18; // minat, berminat, interested
export const F_LEAD_WEAK = 1 << 19; // sanggup, bisa, siap (need a number, or stand alone)
export const F_REP_ASSET = 1 << 20;
export const F_REP_TURNOVER = 1 << 21;
export const F_REP_EMPLOYEE = 1 << 22;
export const F_NUMWORD = 1 << 23; // has `num` (0..90, 100, teen/tens/hundred markers)
export const F_SCALE = 1 << 24; // has `scale` (ribu, juta, k, jt…)
export const F_SLANG = 1 << 25; // has `slang` rupiah value (goceng, ceban…)
export const F_CUR_PRE = 1 << 26; // rp, idr before a number
export const F_CUR_POST = 1 << 27; // rupiah, perak, idr after a number
export const F_PRICE = 1 << 28; // harga, hrg, at: the next amount is a unit price
export const F_TOTAL = 1 << 29; // total, jumlah, semua: the next amount is the line total
export const F_DATE = 1 << 30; // has `relDays` or `weekday` (kemarin, tadi, senin…)

// Second flag word (JavaScript bit operations are 32-bit signed, so roles are split in two).
export const G_MONTH = 1 << 0; // has `month`
export const G_TIME = 1 << 1; // jam, pukul: the next number is a time of day
export const G_TIME_SUFFIX = 1 << 2; // wib, pagi, sore: the number before is a time
export const G_PERCENT = 1 << 3; // persen
export const G_ORDINAL = 1 << 4; // ke, no, nomor: the next number is an ordinal
export const G_YEAR = 1 << 5; // tahun, thn
export const G_CONJ = 1 << 6; // dan, and, serta: separate entries
export const G_EACH = 1 << 7; // each, masing-masing: the amount before is a unit price
export const G_PER = 1 << 8; // per: "X per bungkus"
export const G_MULT = 1 << 9; // x, ×
export const G_HALF = 1 << 10; // setengah, half
export const G_SE_SCALE = 1 << 11; // seribu, sejuta: a number with its own scale
export const G_AGO = 1 << 12; // lalu, ago, sebelumnya
export const G_LEADPOST = 1 << 13; // butuh, dicari, pengumuman: a facilitator's post, not a record
export const G_THANKS = 1 << 14; // terima kasih, makasih
export const G_HUNDRED = 1 << 15; // ratus, hundred
export const G_TENS = 1 << 16; // puluh
export const G_TEENS = 1 << 17; // belas
export const G_SELF = 1 << 18; // saya, aku: allowed before "minat"/"bisa"
export const G_LOAN = 1 << 19; // pinjaman, utang: loan words (with a paying verb → repayment)
export const G_APPROX = 1 << 20; // sekitar, kira-kira, an ("20rb-an"): amount is approximate
export const G_PAST = 1 << 21; // "lalu", "kemarin" after a period word: the previous period
export const G_GREETING = 1 << 22;
export const G_ITEM_FILLER = 1 << 23; // dari, untuk, of, on: dropped at an item's start
export const G_WITHDRAW = 1 << 24; // ambil, pakai, prive: owner withdrawal verbs (kind 'withdrawal')
export const G_CAPITAL = 1 << 25; // "tambah modal", "setor modal": capital put in (kind 'capital')
export const G_HOUSEHOLD = 1 << 26; // dapur, sekolah, anak…: a household purpose
export const G_ORDER = 1 << 27; // pesanan, order, pesan: a made-to-order job
export const G_CREDIT = 1 << 28; // bon, dihutang, ngutang, kasbon: sold on credit
export const G_CORRECT = 1 << 29; // ralat, koreksi, harusnya: a correction of the last entry
export const G_HONORIFIC = 1 << 30; // bu, pak, mbak…: a person's title before a name

/** What the parser knows about a keyword (or a two-word phrase). */
export interface WordInfo {
  /** Canonical spelling ("kemarin" for "kmrn"). */
  canon: string;
  flags: number;
  flags2: number;
  /** Value of a number word (satu = 1, sepuluh = 10, seratus = 100; teens/tens use markers). */
  num?: number;
  /** Multiplier of a scale word (ribu = 1000). */
  scale?: number;
  /** Rupiah value of a slang amount (goceng = 5000). */
  slang?: number;
  /** A doubled slang amount ("goceng-goceng"): a price each. */
  eachSlang?: boolean;
  /** A main verb with one slip ("jaul", "blei": verb-typos.ts). */
  typo?: boolean;
  /** Days relative to today for date words (kemarin = -1); positive means future. */
  relDays?: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday?: number;
  /** 1..12. */
  month?: number;
  period?: Period;
  /** The entry kind a verb makes. */
  kind?: EntryKind;
  /** A number word that is one only before ratus/puluh/ribu ("rong" in "rong ewu"). */
  bound?: boolean;
  /** A unit's size in a base unit ("ons" = 100 g, "kodi" = 20 pc): prices convert between sizes. */
  size?: { base: string; n: number };
  /** "sekilonya", "per kilo", "selusin": the amount next to it is a price for one of this unit. */
  perUnit?: string;
  /** "sekilo", "selusin": one such unit — a quantity of 1 as well as a price. */
  one?: boolean;
}

/**
 * A WordInfo with every field present, always in this order (absent ones undefined). WHY: V8
 * gives objects with different sets of fields different hidden classes; the lexicon's entries
 * had dozens (each with its own optional fields, in the order they were added), so every
 * reader's `t.info.weekday`, `.num`, `.perUnit`, `.kind` was a megamorphic load (a lookup in
 * V8's stub cache) instead of one check. One shape makes them all monomorphic. Make every
 * entry with this (a spread of one, `{ ...info, typo: true }`, keeps the shape).
 */
export function wordInfo(canon: string, flags: number, flags2: number, extra?: Partial<WordInfo>): WordInfo {
  const info: WordInfo = {
    canon, flags, flags2, num: undefined, scale: undefined, slang: undefined, eachSlang: undefined, typo: undefined,
    relDays: undefined, weekday: undefined, month: undefined, period: undefined, kind: undefined, bound: undefined,
    size: undefined, perUnit: undefined, one: undefined,
  };
  if (extra !== undefined) Object.assign(info, extra);
  return info;
}

/**
 * "setor ke rumah 50rb buat dapur", "nyetor ke emak 100rb", "setoran buat dapur 75rb": money
 * handed over to her own home is money taken out of the business (a withdrawal), not an
 * instalment. "setor" alone is an instalment, savings or a bank deposit (asked); "setor" to a
 * co-op, a bank, a group or an instalment keeps that reading.
 *
 * WHY: on a day sheet ("laku 310rb / belanja 190rb / setor ke rumah 50rb") the line was taken
 * for a repayment guess and dropped, and the whole sheet was asked. Where it goes is said right
 * after the verb: the home, the kitchen, her mother or husband.
 */
import { T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { F_UNIT, G_LOAN } from './word-roles.ts';

export const SETOR: ReadonlySet<string> = new Set(['setor', 'setoran', 'nyetor', 'menyetor', 'disetor', 'setorin']);
/** The home as where the money goes. */
const HOME = new Set(['rumah', 'dapur', 'keluarga', 'suami', 'istri', 'emak', 'mamak', 'mak', 'ibu', 'bapak', 'ayah', 'mama', 'papa',
  'orang tua', 'ortu', 'kebutuhan', 'rumah tangga', 'rumahtangga', 'makan', 'belanja dapur', 'uang dapur', 'uang belanja']);
/** Between the verb and the home: "ke", "buat", "untuk", "uang". */
const TO = new Set(['ke', 'k', 'buat', 'bwt', 'untuk', 'utk', 'uang', 'duit', 'kasih', 'sama', 'sm']);
/** Money that goes elsewhere than the home, whatever else is said. */
export const ELSEWHERE: ReadonlySet<string> = new Set(['koperasi', 'kop', 'bank', 'bri', 'bni', 'mandiri', 'bca', 'arisan', 'tabungan', 'nabung', 'kelompok', 'cicilan',
  'angsuran', 'kredit', 'bumdes', 'pnm', 'mekaar', 'kur', 'juragan', 'bos', 'toko', 'agen', 'supplier', 'suplier', 'grosir', 'kantor',
  'majelis', 'pkk', 'iuran', 'simpanan', 'kas']);
/** A title before a name: "setor ke ibu Ani" is someone named, not her mother. */
const NAMED = new Set(['ibu', 'bapak', 'mama', 'papa']);

/**
 * Whether the setor word at `i` (within tokens [i, end)) hands money to her home: the home
 * said within three words after it, nothing about loans, savings or a named person.
 */
export function setorToHome(tokens: readonly Token[], i: number, end: number): boolean {
  const t = tokens[i] as Token;
  if (!SETOR.has(t.key)) return false;
  for (let j = i + 1; j < end; j++) {
    const u = tokens[j] as Token;
    if (u.type === T_WORD && (ELSEWHERE.has(u.key) || (u.f2 & G_LOAN) !== 0)) return false;
  }
  let home = false;
  for (let j = i + 1; j < end && j <= i + 3; j++) {
    const u = tokens[j] as Token;
    if (u.type === T_NUM) continue;
    if (u.type !== T_WORD) break;
    if (HOME.has(u.key)) {
      // "ke ibu Ani": a name after the title is someone else.
      const next = tokens[j + 1];
      if (NAMED.has(u.key) && next !== undefined && next.type === T_WORD && j + 1 < end && !TO.has(next.key) && !HOME.has(next.key)) return false;
      home = true;
      break;
    }
    if (!TO.has(u.key)) break;
  }
  return home;
}

/**
 * Who collects a farmer's produce and pays for it: a dairy co-op (KUD), a collector
 * ("pengepul", "tengkulak", "penampung", "pengumpul", "bandar", "toke"/"tauke" of Sumatra).
 * ("koperasi" alone is also where she saves: only with produce named, below.)
 */
const COLLECTORS = new Set(['kud', 'pengepul', 'pengepulnya', 'tengkulak', 'penampung', 'pengumpul', 'bandar', 'toke', 'tauke', 'tokeh',
  'pul', 'loper', 'ngepul']);
/** Produce delivered and paid by weight or volume: "setor susu 20 liter", "setor karet 40kg", "setor gabah". */
const PRODUCE = new Set(['susu', 'karet', 'getah', 'lateks', 'sawit', 'tbs', 'gabah', 'padi', 'kopi', 'kakao', 'coklat', 'cengkeh', 'pala',
  'lada', 'telur', 'telor', 'ikan', 'udang', 'rumput', 'kelapa', 'kopra', 'tembakau', 'jagung', 'singkong', 'sayur', 'sayuran',
  'madu', 'nilam', 'kemiri', 'pinang', 'gula', 'aren']);

/** Money named as what is handed over: paid, not produce delivered. */
const MONEY = new Set(['uang', 'duit', 'doi', 'duitnya', 'uangnya', 'pembayaran', 'bayaran', 'utang', 'hutang', 'bon', 'kasbon']);
/** Who else buys produce delivered: the co-op ("setor susu 20 liter ke koperasi"), the mill. */
const BUYING_PLACES = new Set(['koperasi', 'kop', 'pabrik', 'pks']);
/** Before whom it is handed to. */
const TO_PLACE = new Set(['ke', 'k', 'kpd', 'kepada', 'sama', 'sm', 'ama']);

/**
 * "susu sapi 15 liter @8rb setor ke KUD", "setor karet ke pengepul 40kg @9rb", "setor susu 20
 * liter": produce handed to a collector who pays for it is her sale, not an instalment or a
 * saving. Decided only by known words: produce named and counted by a unit or priced each, handed
 * to a known collector or to no one named; "setor ke koperasi 50rb" (savings, asked), "setor 50rb",
 * money handed over ("setor uang ke bandar ikan 1jt") and produce uncounted or handed to anyone
 * else ("setor ke bandar sayur 500rb", "setor kopi 2 kg ke warung") are asked.
 */
export function setorSold(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (!SETOR.has(t.key)) return false;
  let produce = false;
  let collector = false;
  let counted = false;
  for (let j = 0; j < tokens.length; j++) {
    const u = tokens[j] as Token;
    if (u.type === T_NUM && tokens[j + 1]?.type === T_WORD && ((tokens[j + 1] as Token).f & F_UNIT) !== 0) counted = true;
    if (u.type === T_PUNCT && u.text === '@') counted = true;
    if (u.type !== T_WORD) continue;
    if (ELSEWHERE.has(u.key) && u.key !== 'koperasi' && u.key !== 'kop') return false;
    if ((u.f2 & G_LOAN) !== 0 || HOME.has(u.key)) return false;
    // "setor uang ke bandar ikan 1jt", "setor uang sayur ke bandar": money paid over (for goods
    // taken, a debt), not produce delivered.
    if (MONEY.has(u.key)) return false;
    if (PRODUCE.has(u.key) || PRODUCE.has(u.text)) produce = true;
    if (COLLECTORS.has(u.key) || COLLECTORS.has(u.text) || BUYING_PLACES.has(u.key)) collector = true;
    // "setor kopi 2 kg ke warung": handed to someone not known as a collector — sold, or left to sell? asked.
    const to = tokens[j + 1];
    if (TO_PLACE.has(u.key) && to !== undefined && to.type === T_WORD && !COLLECTORS.has(to.key) && !COLLECTORS.has(to.text) &&
      !BUYING_PLACES.has(to.key) && !PRODUCE.has(to.key)) return false;
  }
  // The produce counted or priced ("20 liter", "40kg", "@9rb"): "setor ke bandar sayur 500rb"
  // alone may be her paying the collector for vegetables taken.
  return produce && counted && (collector || !tokens.some((u) => u.type === T_WORD && TO_PLACE.has(u.key)));
}

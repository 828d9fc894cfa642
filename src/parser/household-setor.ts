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
import { T_NUM, T_WORD, type Token } from './lexer.ts';
import { G_LOAN } from './word-roles.ts';

const SETOR = new Set(['setor', 'setoran', 'nyetor', 'menyetor', 'disetor', 'setorin']);
/** The home as where the money goes. */
const HOME = new Set(['rumah', 'dapur', 'keluarga', 'suami', 'istri', 'emak', 'mamak', 'mak', 'ibu', 'bapak', 'ayah', 'mama', 'papa',
  'orang tua', 'ortu', 'kebutuhan', 'rumah tangga', 'rumahtangga', 'makan', 'belanja dapur', 'uang dapur', 'uang belanja']);
/** Between the verb and the home: "ke", "buat", "untuk", "uang". */
const TO = new Set(['ke', 'k', 'buat', 'bwt', 'untuk', 'utk', 'uang', 'duit', 'kasih', 'sama', 'sm']);
/** Money that goes elsewhere than the home, whatever else is said. */
const ELSEWHERE = new Set(['koperasi', 'kop', 'bank', 'bri', 'bni', 'mandiri', 'bca', 'arisan', 'tabungan', 'nabung', 'kelompok', 'cicilan',
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

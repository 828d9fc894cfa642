/**
 * Pieces taken out to sell and some not sold: "jual kue 30 biji @2rb tapi yg 5 gak laku dibawa
 * pulang", "bawa 40 risol ke sekolah @2rb, sisa 6". What she sold is the pieces that did not
 * come back: (30 − 5) × 2rb. Read as one priced line less the count of the clause that says
 * which did not sell; never the 30 (confidently too much) nor a line without a price.
 *
 * - "yg 5 gak laku", "5 nggak laku", "sisanya 5 dibawa pulang": words that say they were not
 *   sold — the net is confident.
 * - "sisa 6" alone after "bawa", "titip" (taken out, consigned): the rest came back — confident.
 * - "sisa 5" after "jual" may be stock still at home: the net is offered and asked (`rest_unsold`).
 * - After a verb that says they sold ("laku 30, sisa 5": 30 sold, 5 in stock) nothing changes.
 */
import type { Analysis } from './analyze.ts';
import { S_PLAIN } from './amount.ts';
import { C_MARKED } from './confidence.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { scanRecord, type RecordScan } from './scan-record.ts';
import { withoutTokens } from './stated-price.ts';
import { present, trigger } from './triggers.ts';

/** Words that open the clause of the rest ("tapi yg 5 gak laku"). */
const BUT = new Set(['tapi', 'tp', 'tpi', 'tetapi', 'namun', 'cuma', 'cm', 'hanya']);
const REST = new Set(['sisa', 'sisanya', 'tersisa', 'nyisa', 'kesisa']);
const NOT = new Set(['gak', 'ga', 'gk', 'nggak', 'ngga', 'enggak', 'tidak', 'tdk', 'belum', 'blm', 'blum', 'ora', 'teu']);
const SOLD_WORDS = new Set(['laku', 'terjual', 'kejual', 'habis', 'abis', 'laris', 'payu']);
/** Brought back home: "dibawa pulang", "balik", "pulang". */
const HOME = new Set(['pulang', 'dibawa pulang', 'balik', 'kembali', 'dibalikin']);
/** Taken out or left with a shop to sell: the rest is what came back, not stock at home. */
const TAKEN_OUT = new Set(['bawa', 'dibawa', 'bawain', 'titip', 'nitip', 'dititip', 'titipan', 'dititipin', 'setor', 'nyetor', 'antar', 'anter']);

export interface UnsoldRest {
  scan: RecordScan;
  /** The tokens of the rest's clause (its negation is no doubt about the sale). */
  hide: Uint8Array;
  /** `rest_unsold` when the net is a reading to confirm; null when the words say it. */
  doubt: string | null;
}

function edge(t: Token | undefined): boolean {
  return t === undefined || t.type === T_NL || (t.type === T_PUNCT && (t.text === ',' || t.text === ';' || t.text === '.'));
}

const T_REST = trigger(REST);
const T_SOLD = trigger(SOLD_WORDS);
const T_NOT = trigger(NOT);
export function netUnsoldRest(a: Analysis): UnsoldRest | null {
  if (!present(a, T_REST) && !(present(a, T_SOLD) && present(a, T_NOT))) return null;
  const { tokens } = a;
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    const restWord = REST.has(t.key);
    const unsoldWord = SOLD_WORDS.has(t.key) && NOT.has(tokens[i - 1]?.key ?? '');
    if (!restWord && !unsoldWord) continue;
    // The clause: back to an edge or a "tapi", on to the next edge.
    let s = i;
    while (s > 0 && !edge(tokens[s - 1]) && !BUT.has((tokens[s] as Token).key)) s--;
    let e = i;
    while (e < n && !edge(tokens[e])) e++;
    let count: number | null = null;
    let said = unsoldWord;
    for (let k = s; k < e; k++) {
      const w = tokens[k] as Token;
      if (w.type === T_WORD && (HOME.has(w.key) || (SOLD_WORDS.has(w.key) && NOT.has(tokens[k - 1]?.key ?? '')))) said = true;
      const x = a.numIn[k] as number;
      if (x < 0) continue;
      const ex = a.nums[x];
      if (!ex || ex.start !== k || w.type !== T_NUM || ex.strength !== S_PLAIN || ex.rupiah === null || ex.rupiah >= 1000 || count !== null) return null;
      count = ex.rupiah;
      k = ex.end - 1;
    }
    if (count === null) return null;
    const hide = new Uint8Array(n);
    for (let k = s; k < e; k++) hide[k] = 1;
    // A verb outside the clause that says they sold: the rest is stock, not pieces unsold.
    let takenOut = false;
    for (let k = 0; k < n; k++) {
      if (hide[k] !== 0) continue;
      const w = tokens[k] as Token;
      if (SOLD_WORDS.has(w.key) && !said) return null;
      if (TAKEN_OUT.has(w.key)) takenOut = true;
    }
    const scan = scanRecord(withoutTokens(a, hide));
    const sale = scan.entries[0];
    if (scan.entries.length !== 1 || !sale || sale.kind !== 'sale' || scan.unresolved.length > 0 || scan.wordsOnly.length > 0 ||
      scan.leftover > 0 || sale.quantity === null || sale.unitPrice === null || !Number.isInteger(sale.quantity) ||
      count >= sale.quantity || !sale.notes.every((x) => x === 'kind_guessed') || scan.discounted) return null;
    // Taken out to sell with no sale verb ("bawa 40 risol … @2rb"): the rest coming back says they were for sale.
    if (sale.notes.includes('kind_guessed')) {
      if (!takenOut) return null;
      sale.notes = [];
      sale.confidence = Math.max(sale.confidence, C_MARKED);
    }
    sale.quantity -= count;
    sale.amount = sale.quantity * sale.unitPrice;
    return { scan, hide, doubt: said || takenOut ? null : 'rest_unsold' };
  }
  return null;
}
